// `issuedOn`: the 成文日期 — the date line after the signature (or under the title in a web copy),
// read by the project's date reader. The 版记's `…印发` date is the printing date: not this.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { layoutOf } from './layout.js';

export const issuedOnExtractor: FieldExtractor = {
  id: 'document.issuedOn',
  version: '1.0.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const d = layoutOf(ctx.doc).dateLine;
    return d?.date.start ? [{ field: 'issuedOn', value: d.date.start, start: d.start, end: d.end }] : [];
  },
};
