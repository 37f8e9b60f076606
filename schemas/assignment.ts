import { z } from 'zod';
import { DateValue, Located } from './common.js';

export const AssignmentRecord = Located.extend({
  type: z.literal('assignment'),
  measure: z.string(),
  leaders: z.array(z.string()),
  leadUnits: z.array(z.string()),
  responsibleUnits: z.array(z.string()),
  deadline: DateValue.nullable(),
});
export type AssignmentRecord = z.infer<typeof AssignmentRecord>;
