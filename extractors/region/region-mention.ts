// `region` records: one per explicit place name in a paragraph (`武定县`, `楚雄州`, `昆明`),
// with its code, official name and level. Bare names are read against the document's region
// (ctx.meta.region, set by region.document), so this runs after it.
import type { Candidate, FactExtractor } from '../../src/core/types.js';
import { findExplicitMentions } from '../../src/regions/index.js';

export const regionMentionExtractor: FactExtractor<'region'> = {
  id: 'region.mention',
  version: '1.1.0',
  kind: 'fact',
  type: 'region',
  scope: 'paragraph',
  extract(segment, ctx): Candidate<'region'>[] {
    return findExplicitMentions(segment.text, {
      within: ctx.meta.region?.code ?? null,
      wholeWord: (start, end) => ctx.doc.isWholeWord(segment.start + start, segment.start + end),
      wordStart: (offset) => ctx.doc.startsWord(segment.start + offset),
    }).map((m) => ({
      type: 'region',
      start: m.start,
      end: m.end,
      fields: { code: m.region.code, name: m.region.name, level: m.level },
    }));
  },
};
