import { z } from 'zod';

/** ISO calendar day, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** [start, end) in Unicode code points of the document's normalised text. */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, 'span end before start');

/** A region of the national division list (GB/T 2260): six-digit code and official name. */
export const Region = z.object({
  code: z.string().regex(/^\d{6}(\d{3}|\d{6})?$/, 'six-digit GB/T 2260 code (or a longer township code)'),
  name: z.string().min(1),
});

export const DateGranularity = z.enum(['day', 'month', 'quarter', 'half', 'year', 'range']);
export const DateRole = z.enum(['point', 'deadline', 'since', 'period']);

/** The value part of a date record, shared by `date`, `quantity.asOf` and `assignment.deadline`. */
export const DateValue = z.object({
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  granularity: DateGranularity,
  role: DateRole,
  yearInferred: z.boolean(),
});

/** Fields every record but `document` carries: where it was read from. */
export const Located = z.object({
  doc: z.string().regex(/^[0-9a-f]{16}$/),
  quote: z.string(),
  span: Span,
  section: z.string().nullable(),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type Span = z.infer<typeof Span>;
export type Region = z.infer<typeof Region>;
export type DateValue = z.infer<typeof DateValue>;
export type DateRole = z.infer<typeof DateRole>;
export type DateGranularity = z.infer<typeof DateGranularity>;
