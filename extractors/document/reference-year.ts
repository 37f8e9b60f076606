// `referenceYear`: the year that dates written without one fall back to — the year of issue,
// else the year the body makes clear (a bulletin with no date line): the explicit year written
// most often, the latest on a tie; `issuedOnInferred` then says the year was inferred.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { findDates } from '../date/core.js';

export const referenceYearExtractor: FieldExtractor = {
  id: 'document.referenceYear',
  version: '1.3.0',
  kind: 'field',
  scope: 'document',
  extract(segment, ctx): FieldCandidate[] {
    const issued = ctx.meta.issuedOn;
    if (issued) return [{ field: 'referenceYear', value: Number(issued.slice(0, 4)), start: 0, end: 0 }];
    const year = bodyYear(segment.text);
    if (!year) return [];
    return [
      { field: 'referenceYear', value: year.year, start: year.start, end: year.end },
      { field: 'issuedOnInferred', value: true, start: year.start, end: year.end },
    ];
  },
};

/** The explicit year written most often (the latest on a tie), with its first occurrence. */
export function bodyYear(text: string): { year: number; start: number; end: number } | null {
  const counts = new Map<number, { n: number; start: number; end: number }>();
  for (const d of findDates(text, { referenceYear: null, documentDate: null })) {
    if (d.yearInferred || !d.start) continue;
    const year = Number(d.start.slice(0, 4));
    const c = counts.get(year);
    if (c) c.n++;
    else counts.set(year, { n: 1, start: d.at, end: d.at + d.length });
  }
  let best: { year: number; start: number; end: number; n: number } | null = null;
  for (const [year, c] of counts) {
    if (!best || c.n > best.n || (c.n === best.n && year > best.year)) best = { year, ...c };
  }
  return best && { year: best.year, start: best.start, end: best.end };
}
