// The passage a figure stands in: the headings above it (`一、2022年工作回顾`, `一、2025年主要预期
// 目标`), the lead of its paragraph (`2016年主要预期目标是：`), the document's title and kind.
// They say whether its figures report results or set goals, and which year they hold for.
import type { Doc, DocMeta, Fact, Section } from '../../src/core/types.js';
import { CLAUSE_BREAKS, COMPARISON_AFTER, COMPARISON_BEFORE, MIXED_KINDS, PLAN_KINDS, REPORT_KINDS, REVIEW_HEADINGS, SHARE_OPENERS, TARGET_HEADINGS } from './words.js';
import { lastFactBefore } from './clause.js';
import { sectionBefore } from '../../src/segment/section-before.js';

export type Role = 'target' | 'actual';

/** A paragraph's lead ending in a colon this close to its start reads as a heading (`主要预期目标是：`). */
const MAX_LEAD = 24;
/** How far back from a date its comparison word (`与…相比`, `占…的`) is looked for. */
const COMPARISON_REACH = 16;

/** The sections whose body holds an offset, outermost first. */
export function sectionChain(doc: Doc, offset: number): Section[] {
  const chain: Section[] = [];
  for (let path = doc.paragraphAt(offset)?.section ?? null; path; ) {
    const s = sectionBefore(doc, path, offset);
    if (s) chain.unshift(s);
    const cut = path.lastIndexOf('/');
    path = cut < 0 ? null : path.slice(0, cut);
  }
  return chain;
}

/** What the words of a heading or title say its passage is: the kind of word written last wins. */
export function headingWordsRole(heading: string): Role | null {
  const review = lastEnd(heading, REVIEW_HEADINGS);
  const target = lastEnd(heading, TARGET_HEADINGS);
  if (review < 0 && target < 0) return null;
  return review >= target ? 'actual' : 'target';
}

/**
 * The role the headings above a figure give it, the outermost that tells first (a review's
 * subheadings are slogans: `（一）聚焦发展目标…` under `一、2022年工作回顾`): a heading dated
 * before the document's year reviews; else its words. Then the lead of the figure's paragraph.
 */
export function passageRole(doc: Doc, meta: DocMeta, facts: Fact[], q: Fact<'quantity'>): Role | null {
  const year = documentYear(meta);
  for (const s of sectionChain(doc, q.start)) {
    const dated = year !== null ? headingDate(doc, facts, s) : undefined;
    if (dated && year !== null && Number((dated.record.end ?? dated.record.start ?? '9999').slice(0, 4)) < year) return 'actual';
    const role = headingWordsRole(s.heading);
    if (role) return role;
  }
  const lead = paragraphLead(doc, q.start);
  return lead ? headingWordsRole(lead) : null;
}

/** The role the document as a whole gives a figure that says nothing: its title's words, else its kind. */
export function documentRole(meta: DocMeta): Role | null {
  for (const title of [meta.enclosedTitle, meta.title]) {
    const role = title ? headingWordsRole(title) : null;
    if (role) return role;
  }
  const kind = meta.kind ?? '';
  if (!kind || MIXED_KINDS.includes(kind)) return null;
  if (REPORT_KINDS.includes(kind)) return 'actual';
  if (PLAN_KINDS.includes(kind)) return 'target';
  return null;
}

/** The year the document is of: its date's, else the year its body makes clear. */
export function documentYear(meta: DocMeta): number | null {
  return meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : meta.referenceYear;
}

/** The last date written in a section's heading that is not a comparison. */
export function headingDate(doc: Doc, facts: Fact[], s: Section): Fact<'date'> | undefined {
  return lastFactBefore(facts, 'date', s.start, s.end, (d) => !isComparisonDate(doc, d));
}

/** `与2020年相比`, `比2020年`, `占2020年末…总数的`: a date the figure is measured against. */
export function isComparisonDate(doc: Doc, d: Fact<'date'>): boolean {
  let cached = comparisons.get(d);
  if (cached === undefined) comparisons.set(d, (cached = readComparison(doc.text, d.start, d.end)));
  return cached;
}

const comparisons = new WeakMap<Fact, boolean>();

function readComparison(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < COMPARISON_REACH && !CLAUSE_BREAKS.includes(text[from - 1])) from--;
  const before = text.slice(from, start);
  if (COMPARISON_BEFORE.some((w) => before.endsWith(w))) return true;
  const after = text.slice(end, end + 4);
  if (COMPARISON_AFTER.some((w) => after.startsWith(w))) return true;
  // inside `占…的`: an opener before the date with no 的 between
  return SHARE_OPENERS.some((w) => {
    const at = before.lastIndexOf(w);
    return at >= 0 && !before.slice(at).includes('的') && text.slice(end, end + COMPARISON_REACH).includes('的');
  });
}

/** A paragraph's opening words when they end in a colon soon after its start, else null. */
function paragraphLead(doc: Doc, offset: number): string | null {
  const p = doc.paragraphAt(offset);
  if (!p) return null;
  const head = p.text.slice(0, Math.min(MAX_LEAD, offset - p.start));
  const colon = head.search(/[：:]/);
  return colon > 0 ? head.slice(0, colon) : null;
}

function lastEnd(text: string, words: string[]): number {
  let best = -1;
  for (const w of words) {
    const at = text.lastIndexOf(w);
    if (at >= 0) best = Math.max(best, at + w.length);
  }
  return best;
}

