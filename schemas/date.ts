import { z } from 'zod';
import { DateValue, Located } from './common.js';

export const DateRecord = Located.extend({ type: z.literal('date') }).extend(DateValue.shape);
export type DateRecord = z.infer<typeof DateRecord>;
