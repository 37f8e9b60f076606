import { z } from 'zod';
import { Located } from './common.js';

/** A place named in the text (an addition to v1: region mentions with their spans). */
export const RegionMentionRecord = Located.extend({
  type: z.literal('region'),
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'prefecture', 'county', 'township']),
});
export type RegionMentionRecord = z.infer<typeof RegionMentionRecord>;
