// `enclosedTitle`: the title of the document a notice issues (`关于印发《X》的通知`): the title
// line after the notice's date, else X as the notice's title names it.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { layoutOf } from './layout.js';
import { ISSUING_VERBS } from './words.js';

export const enclosedTitleExtractor: FieldExtractor = {
  id: 'document.enclosedTitle',
  version: '1.3.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const { title, enclosedTitle } = layoutOf(ctx.doc);
    if (!title || !ISSUING_VERBS.some((v) => title.text.includes(v))) return [];
    if (enclosedTitle && enclosedTitle.start > title.end) {
      return [{ field: 'enclosedTitle', value: enclosedTitle.text, start: enclosedTitle.start, end: enclosedTitle.end }];
    }
    const named = namedInTitle(title.text);
    if (!named) return [];
    const at = title.text.indexOf(named);
    return [{ field: 'enclosedTitle', value: named, start: title.start + at, end: title.start + at + named.length }];
  },
};

/** X of `…印发《X》的通知` or `…印发X的通知`. */
export function namedInTitle(title: string): string | null {
  const verbs = ISSUING_VERBS.join('|');
  const quoted = new RegExp(`(?:${verbs})《(.+)》的?\\p{Script=Han}{1,4}$`, 'u').exec(title);
  if (quoted) return quoted[1];
  const bare = new RegExp(`(?:${verbs})(.+?)的\\p{Script=Han}{1,4}$`, 'u').exec(title);
  return bare ? bare[1] : null;
}
