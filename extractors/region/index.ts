// The region extractors, in the order they must run (after the document-field extractors, which
// fill ctx.meta.issuer and ctx.meta.title): the document's region first, then the mentions, which
// read bare names against it.
import type { Extractor } from '../../src/core/types.js';
import { documentRegionExtractor } from './document-region.js';
import { regionMentionExtractor } from './region-mention.js';

export const REGION_EXTRACTORS: readonly Extractor[] = [documentRegionExtractor, regionMentionExtractor];
export { documentRegionExtractor, regionMentionExtractor };
