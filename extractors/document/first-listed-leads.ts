// `firstListedLeads`: the document states once that the body listed first in a
// `（X、Y负责）` block leads (`列第一位者为牵头单位`), as central documents do.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { FIRST_LISTED_LEADS } from './words.js';

export const firstListedLeadsExtractor: FieldExtractor = {
  id: 'document.firstListedLeads',
  version: '1.1.0',
  kind: 'field',
  scope: 'document',
  extract(segment): FieldCandidate[] {
    const m = FIRST_LISTED_LEADS.exec(segment.text);
    return m ? [{ field: 'firstListedLeads', value: true, start: m.index, end: m.index + m[0].length }] : [];
  },
};
