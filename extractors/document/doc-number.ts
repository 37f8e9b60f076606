// `docNumber`: the document's own 发文字号, read in the 版头 or under the title, else in the page's
// metadata table (above the text, or after it) — never one it cites.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { layoutOf } from './layout.js';

export const docNumberExtractor: FieldExtractor = {
  id: 'document.docNumber',
  version: '1.3.1',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const n = layoutOf(ctx.doc).docNumber;
    return n ? [{ field: 'docNumber', value: n.value, start: n.start, end: n.end }] : [];
  },
};
