import { z } from 'zod';
import { Located } from './common.js';

export const ReferenceRecord = Located.extend({
  type: z.literal('reference'),
  docNumber: z.string().nullable(),
  title: z.string().nullable(),
});
export type ReferenceRecord = z.infer<typeof ReferenceRecord>;
