import { z } from 'zod';
import { Span } from './common.js';

export const FindingFact = z.object({
  doc: z.string(),
  quote: z.string(),
  span: Span,
  value: z.number(),
  unit: z.string().nullable(),
});

export const FindingRecord = z.object({
  type: z.literal('finding'),
  kind: z.enum(['arithmetic', 'conflict']),
  status: z.enum(['consistent', 'inconsistent']),
  rule: z.string(),
  facts: z.array(FindingFact),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  message: z.string(),
});
export type FindingRecord = z.infer<typeof FindingRecord>;
