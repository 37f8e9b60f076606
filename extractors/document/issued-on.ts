// `issuedOn`: the 成文日期 — the date line after the signature (or under the title in a web copy;
// in a copy that ran lines together, the date ending the body's last line or standing before the
// attachment), read by the project's date reader, else the 成文日期/发文日期 of the site's metadata table. The
// 版记's `…印发` date is the printing date, and the table's 发布日期 the page's: neither is this.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { readDate } from '../date/core.js';
import { layoutOf, type Layout } from './layout.js';

export const issuedOnExtractor: FieldExtractor = {
  id: 'document.issuedOn',
  version: '1.4.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const layout = layoutOf(ctx.doc);
    const d = layout.dateLine;
    if (d?.date.start) return [{ field: 'issuedOn', value: d.date.start, start: d.start, end: d.end }];
    const m = fromMetadata(layout);
    return m ? [m] : [];
  },
};

/** The first labelled value that opens with a whole date (`2025-01-14`, `2025年1月14日`). */
function fromMetadata({ metadata }: Layout): FieldCandidate | null {
  for (const v of metadata.issuedOn) {
    const d = readDate(v.text, { referenceYear: null, documentDate: null });
    if (d?.start && d.granularity === 'day' && !d.yearInferred) return { field: 'issuedOn', value: d.start, start: v.start, end: v.start + d.length };
  }
  return null;
}
