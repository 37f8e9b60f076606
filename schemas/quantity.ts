import { z } from 'zod';
import { DateValue, Located, Region } from './common.js';

export const Qualifier = z.enum(['atLeast', 'atMost', 'moreThan', 'lessThan', 'approx']);
export const QuantityRole = z.enum(['actual', 'target']);

/** A link between quantities of one statement (change, progress), kept for the checks. */
export const QuantityLink = z.object({
  rel: z.enum(['changeFrom', 'changeTo', 'progressTarget', 'progressShare', 'progressDone', 'compound']),
  /** code-point span of the other quantity in the same document */
  span: z.tuple([z.number().int(), z.number().int()]),
});

export const QuantityRecord = Located.extend({
  type: z.literal('quantity'),
  value: z.number().finite(),
  unit: z.string().min(1).nullable(),
  upper: z.number().finite().nullable(),
  qualifier: Qualifier.nullable(),
  metric: z.string().nullable(),
  region: Region.nullable(),
  asOf: DateValue.nullable(),
  role: QuantityRole.nullable(),
  // additions to v1
  /** Normalised key for comparing one metric across documents. */
  canonicalMetric: z.string().nullable().optional(),
  /** Digits of precision as written, e.g. `1.42万` → the value is exact to ±50. */
  precision: z.number().nullable().optional(),
  links: z.array(QuantityLink).optional(),
});
export type QuantityRecord = z.infer<typeof QuantityRecord>;
export type Qualifier = z.infer<typeof Qualifier>;
