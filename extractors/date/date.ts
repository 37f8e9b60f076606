// The `date` fact extractor: every date expression of a paragraph, read by core.ts. A partial
// date takes the latest year written before it in its paragraph, else a year in its section's
// heading (or an ancestor's: `一、2025年工作回顾`), else the year a year-less review heading
// looks back on (`一、过去五年工作回顾`: the year before the document's), else the document's year.
import type { Candidate, Doc, ExtractContext, FactExtractor, Section, Segment } from '../../src/core/types.js';
import { findDates, type DateContext } from './core.js';
import { sectionBefore } from '../../src/segment/section-before.js';
import { deadlineCells } from '../assignment/table.js';
import { RECURRENCE_WORDS, REVIEW_HEADING_WORDS } from './words.js';

export const dateExtractor: FactExtractor<'date'> = {
  id: 'date',
  version: '1.11.3',
  kind: 'fact',
  type: 'date',
  scope: 'paragraph',
  extract(segment: Segment, ctx: ExtractContext): Candidate<'date'>[] {
    const dateCtx: DateContext = {
      referenceYear: headingYear(ctx.doc, segment, documentYear(ctx)) ?? documentYear(ctx),
      documentDate: ctx.meta.issuedOn,
    };
    const out: Candidate<'date'>[] = [];
    const cells = deadlineCells(ctx.doc);
    for (const found of findDates(segment.text, dateCtx)) {
      if (found.start === null) continue;
      const { at, length, start, end, granularity, yearInferred } = found;
      if (yearInferred && repeats(segment.text, at, segment.text.slice(at, at + length))) continue;
      const inDeadlineCell = cells.length > 0 && cells.some((c) => c.start <= segment.start + at && segment.start + at < c.end);
      const role = inDeadlineCell && found.role !== 'since' ? 'deadline' : found.role;
      out.push({ type: 'date', start: at, end: at + length, fields: { start, end, granularity, role, yearInferred } });
    }
    return out;
  },
};

/** Sentence ends: a recurrence word governs the rest of its sentence. */
const SENTENCE_END = /[。！？!?\n]/u;

/** Whether a date without a written year is a step of a rule its sentence repeats (RECURRENCE_WORDS). */
function repeats(text: string, at: number, quote: string): boolean {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  const before = text.slice(from, at);
  for (const [word, period] of Object.entries(RECURRENCE_WORDS)) {
    if (!before.includes(word)) continue;
    if (period === 'year' && !quote.includes('年')) return true;
    if (period === 'month' && (!quote.includes('月') || /^[本上下]月/u.test(quote))) return true;
  }
  return false;
}

/** The latest year written in a dated string (a heading), or null. */
function lastWrittenYear(text: string): number | null {
  let year: number | null = null;
  for (const d of findDates(text, { referenceYear: null, documentDate: null })) {
    if (!d.yearInferred && d.start) year = Number((d.role === 'since' || !d.end ? d.start : d.end).slice(0, 4));
  }
  return year;
}

/** The year a section's heading writes, read once per section (every paragraph under it asks). */
const sectionYears = new WeakMap<Section, number | null>();

function headingYearOf(section: Section): number | null {
  let year = sectionYears.get(section);
  if (year === undefined) sectionYears.set(section, (year = lastWrittenYear(section.heading)));
  return year;
}

/** A year written in the heading of the segment's section or of one of its ancestors, innermost first. */
function headingYear(doc: Doc, segment: Segment, docYear: number | null): number | null {
  let reviewed: number | null = null;
  let path = segment.section;
  while (path) {
    const section = sectionBefore(doc, path, segment.start) ?? doc.section(path);
    // the heading of the segment's own paragraph is read in the paragraph itself
    if (section && section.start < segment.start) {
      const year = headingYearOf(section);
      if (year !== null) return year;
      reviewed ??= reviewedYear(section.heading, docYear);
    }
    const cut = path.lastIndexOf('/');
    path = cut < 0 ? null : path.slice(0, cut);
  }
  return reviewed;
}

/** The year a year-less review heading looks back on: the one before the document's. */
function reviewedYear(heading: string, docYear: number | null): number | null {
  if (docYear === null || !REVIEW_HEADING_WORDS.some((w) => heading.includes(w))) return null;
  return docYear - 1;
}


/**
 * The document's year: given (referenceYear, issuedOn), else the one its body makes clear — the
 * latest year it writes of as a time (not as a deadline to reach): an undated bulletin reports on
 * its own year and looks back on earlier ones.
 */
function documentYear(ctx: ExtractContext): number | null {
  return ctx.meta.referenceYear ?? (ctx.meta.issuedOn ? Number(ctx.meta.issuedOn.slice(0, 4)) : null) ?? bodyYear(ctx.doc);
}

const bodyYears = new WeakMap<Doc, number | null>();

function bodyYear(doc: Doc): number | null {
  if (bodyYears.has(doc)) return bodyYears.get(doc)!;
  const written = findDates(doc.text, { referenceYear: null, documentDate: null }).filter((d) => !d.yearInferred && d.start);
  const times = written.filter((d) => d.role !== 'deadline');
  const years = (times.length ? times : written).map((d) => Number(d.start!.slice(0, 4)));
  // not Math.max(...years): a long document writes more years than a call takes arguments
  const year = years.length ? years.reduce((a, b) => Math.max(a, b)) : null;
  bodyYears.set(doc, year);
  return year;
}
