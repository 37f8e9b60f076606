// The date a figure holds for, inherited as a partial date's year is (GENRE.md): the latest date
// written before it in its paragraph (`截至2018年底`, `2021年末，…；累计消除…`), the document's
// date for `目前`, else a date in its section's heading (`一、2022年工作回顾`), else the
// document's date (its year when only that is known). Dates it is compared with (`与2020年相比`,
// `比2020年`, `占2020年末…总数的`) are skipped. A goal with no date of its own gets none.
import type { DateValue } from '../../schemas/index.js';
import type { Doc, DocMeta, Fact } from '../../src/core/types.js';
import { lastFactBefore, MAX_CLAUSE, placeOf } from './clause.js';
import { headingDate, isComparisonDate, sectionChain } from './passage.js';
import { PRESENT_CUES } from './words.js';

/** How far back in its paragraph a figure looks for a date. */
const MAX_PARAGRAPH = 4 * MAX_CLAUSE;

export function asOfOf(q: Fact<'quantity'>, doc: Doc, meta: DocMeta, facts: Fact[], role: string | null = null): DateValue | null {
  const place = placeOf(doc, q.start, q.end);
  const sentenceStart = place.sentence?.start ?? place.clauseStart;
  const dating = (d: Fact<'date'>) => !isComparisonDate(doc, d);
  const inSentence = lastFactBefore(facts, 'date', sentenceStart, q.start, dating);
  if (inSentence) return valueOf(inSentence, false);
  const before = doc.text.slice(sentenceStart, q.start);
  if (meta.issuedOn && PRESENT_CUES.some((c) => before.includes(c))) return documentDate(meta.issuedOn, false);
  const paragraphStart = Math.max(doc.paragraphAt(q.start)?.start ?? sentenceStart, q.start - MAX_PARAGRAPH);
  // a deadline dates the goals after it, not the results
  const inherits = (d: Fact<'date'>) => dating(d) && (role === 'target' || d.record.role !== 'deadline');
  const inParagraph = lastFactBefore(facts, 'date', paragraphStart, sentenceStart, inherits);
  if (inParagraph) return valueOf(inParagraph, true);
  for (const s of sectionChain(doc, q.start).reverse()) {
    if (s.start >= paragraphStart) continue; // the figure's own heading was read as its paragraph
    const d = headingDate(doc, facts, s);
    if (d) return valueOf(d, true);
  }
  if (role === 'target') return null;
  if (meta.issuedOn) return documentDate(meta.issuedOn, true);
  if (meta.referenceYear) return { start: `${meta.referenceYear}-01-01`, end: `${meta.referenceYear}-12-31`, granularity: 'year', role: 'period', yearInferred: true };
  return null;
}

/** A date's value; `inherited` marks one not written in the figure's sentence. */
function valueOf(d: Fact<'date'>, inherited: boolean): DateValue {
  const { start, end, granularity, role, yearInferred } = d.record;
  return { start, end, granularity, role, yearInferred: yearInferred || inherited };
}

function documentDate(day: string, inferred: boolean): DateValue {
  return { start: day, end: day, granularity: 'day', role: 'point', yearInferred: inferred };
}
