// `title`: the document's own title — for a notice that issues another document, the notice's
// title; when the page lost it, the enclosed document's title (the notice's subject).
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { layoutOf } from './layout.js';

export const titleExtractor: FieldExtractor = {
  id: 'document.title',
  version: '1.3.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const { title, enclosedTitle } = layoutOf(ctx.doc);
    const t = title ?? enclosedTitle;
    return t ? [{ field: 'title', value: t.text, start: t.start, end: t.end }] : [];
  },
};
