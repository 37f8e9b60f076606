// The date a figure holds for: a date written before it in its clause (`截至2018年底`,
// `2014年的5200户`), `今年以来` (since the year's start, up to the document's date), the
// document's date for `目前`; else null.
import type { DateValue } from '../../schemas/index.js';
import type { Doc, DocMeta, Fact } from '../../src/core/types.js';
import { factsWithin, placeOf } from './clause.js';
import { PRESENT_CUES } from './words.js';

export function asOfOf(q: Fact<'quantity'>, doc: Doc, meta: DocMeta, facts: Fact[]): DateValue | null {
  const place = placeOf(doc, q.start, q.end);
  const dates = factsWithin(facts, 'date', place.clauseStart, q.start);
  const sentenceDates = dates.length ? dates : factsWithin(facts, 'date', place.sentence?.start ?? place.clauseStart, q.start);
  const nearest = sentenceDates.at(-1);
  if (nearest) {
    const { start, end, granularity, role, yearInferred } = nearest.record;
    return { start, end, granularity, role, yearInferred };
  }
  const before = doc.text.slice(place.sentence?.start ?? place.clauseStart, q.start);
  if (meta.issuedOn && PRESENT_CUES.some((c) => before.includes(c))) {
    return { start: meta.issuedOn, end: meta.issuedOn, granularity: 'day', role: 'point', yearInferred: false };
  }
  return null;
}
