import { z } from 'zod';
import { Span } from './common.js';

export const SectionRecord = z.object({
  type: z.literal('section'),
  doc: z.string().regex(/^[0-9a-f]{16}$/),
  path: z.string().min(1),
  level: z.number().int().min(1),
  heading: z.string(),
  quote: z.string(),
  span: Span,
});
export type SectionRecord = z.infer<typeof SectionRecord>;
