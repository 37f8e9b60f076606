// Whether a figure is a goal or a reported result, read from the narrowest context that tells:
// the noun it quantifies (`改厕任务38283座`), its sentence's date (a deadline ahead, a year gone
// by), the passage (`一、2022年工作回顾`, `一、2025年主要预期目标`), its sentence's words
// (`确保…`, `已…`, `累计完成`), then the document (a bulletin reports, a plan sets goals).
// null where nothing tells.
import type { Doc, DocMeta, Fact } from '../../src/core/types.js';
import { factsWithin, lastFactBefore, MAX_CLAUSE, placeOf } from './clause.js';
import { documentRole, documentYear, isComparisonDate, passageRole, type Role } from './passage.js';
import { ACTUAL_CUES, GOAL_WORDS as GOALS, NOT_CUES, TASK_COUNTERS, TASK_LINKS, TASK_NOUNS, WEAK_TARGET_CUES } from './words.js';

type Strength = 'goal' | 'weak' | 'actual' | 'none';

const CUES = [
  ...GOALS.map((w) => ({ w, kind: 'goal' as Strength })),
  ...WEAK_TARGET_CUES.map((w) => ({ w, kind: 'weak' as Strength })),
  ...ACTUAL_CUES.map((w) => ({ w, kind: 'actual' as Strength })),
  ...NOT_CUES.map((w) => ({ w, kind: 'none' as Strength })),
].sort((a, b) => b.w.length - a.w.length);

type Cue = (typeof CUES)[number];

/** The cues by their last character, in CUES order: the cue ending nearest a figure is found walking back from it. */
const CUES_BY_LAST = new Map<number, Cue[]>();
for (const cue of CUES) {
  const last = cue.w.charCodeAt(cue.w.length - 1);
  CUES_BY_LAST.set(last, [...(CUES_BY_LAST.get(last) ?? []), cue]);
}

const TASK_LEADS = TASK_NOUNS.flatMap((n) => TASK_LINKS.map((l) => n + l)).sort((a, b) => b.length - a.length);

/** The cue in [from, to) that ends last, the longest of those ending there; `at` is where it starts. */
function lastCue(text: string, from: number, to: number): (Cue & { at: number }) | null {
  for (let end = to; end > from; end--) {
    for (const cue of CUES_BY_LAST.get(text.charCodeAt(end - 1)) ?? []) {
      const start = end - cue.w.length;
      if (start >= from && text.startsWith(cue.w, start)) return { ...cue, at: start };
    }
  }
  return null;
}

/**
 * The role the words before a figure give it: the nearest goal or result word; a weak verb
 * (`完成`, `新增`) takes that of the nearest such word before it, else is `weak`.
 */
function cueRole(text: string, from: number, to: number): Role | 'weak' | null {
  let weak = false;
  for (let end = to; end > from; ) {
    const cue = lastCue(text, from, end);
    if (!cue) break;
    if (cue.kind === 'goal') return 'target';
    if (cue.kind === 'actual') return 'actual';
    weak ||= cue.kind === 'weak';
    end = cue.at;
  }
  return weak ? 'weak' : null;
}

export function roleOf(q: Fact<'quantity'>, doc: Doc, meta: DocMeta, facts: Fact[]): Role | null {
  const place = placeOf(doc, q.start, q.end);
  // cues are looked for in the sentence, not past the reach of a clause (run-on text would make it quadratic)
  const from = Math.max(place.sentence?.start ?? place.clauseStart, q.start - MAX_CLAUSE);
  if (isTaskFigure(doc.text, place.clauseStart, q)) return 'target';
  const dated = sentenceDateRole(q, from, doc, meta, facts);
  if (dated) return dated;
  const passage = passageRole(doc, meta, facts, q);
  if (passage) return passage;
  const cue = cueRole(doc.text, from, q.start);
  if (cue === 'target' || cue === 'actual') return cue;
  // `…完成了N` / `N已…`: a cue right after the figure
  if (/^[^，。；]{0,6}(?:已|已经|完成了|实现了)/.test(doc.text.slice(q.end, place.clauseEnd))) return 'actual';
  // `刚刚过去的2015年，…。城镇新增就业116.8万人`: a paragraph dated before the document reports
  if (pastParagraph(q, from, doc, meta, facts)) return 'actual';
  return documentRole(meta) ?? (cue === 'weak' ? 'target' : null);
}

/** The paragraph of a figure is dated before the document's date, in a sentence before the figure's. */
function pastParagraph(q: Fact<'quantity'>, sentenceStart: number, doc: Doc, meta: DocMeta, facts: Fact[]): boolean {
  const paragraphStart = Math.max(doc.paragraphAt(q.start)?.start ?? sentenceStart, q.start - 4 * MAX_CLAUSE);
  const dated = lastFactBefore(facts, 'date', paragraphStart, sentenceStart, (d) => d.record.role !== 'deadline' && !isComparisonDate(doc, d));
  return !!dated && isPast(dated.record, meta);
}

/** A date that ends before the document's date (before its year when only that is known). */
function isPast(d: Fact<'date'>['record'], meta: DocMeta): boolean {
  const year = documentYear(meta);
  if (d.role === 'since' || year === null) return false;
  const end = d.end ?? d.start ?? '9999';
  return meta.issuedOn ? end < meta.issuedOn : Number(end.slice(0, 4)) < year;
}

/** `农村改厕任务38283座`, `完成年初预算数60999万元`: the amount of a task is a goal. */
function isTaskFigure(text: string, clauseStart: number, q: Fact<'quantity'>): boolean {
  if (q.record.unit && TASK_COUNTERS.includes(q.record.unit)) return false;
  const lead = text.slice(Math.max(clauseStart, q.start - 6), q.start);
  return TASK_LEADS.some((w) => lead.endsWith(w));
}

/**
 * A deadline ahead of the document's date in the sentence makes a goal; a date before the
 * document's year (`减少到2018年底的13675户` in 2019) a result, unless a goal word says otherwise.
 */
function sentenceDateRole(q: Fact<'quantity'>, from: number, doc: Doc, meta: DocMeta, facts: Fact[]): Role | null {
  const year = documentYear(meta);
  const now = meta.issuedOn ?? (year !== null ? `${year}-01-01` : null);
  const deadline = factsWithin(facts, 'date', from, q.start).find((d) => d.record.role === 'deadline');
  if (deadline && (!now || (deadline.record.end ?? '') >= now)) return 'target';
  const dated = lastFactBefore(facts, 'date', from, q.start, (d) => !isComparisonDate(doc, d))?.record;
  if (!dated || !isPast(dated, meta)) return null;
  return cueRole(doc.text, from, q.start) !== 'target' ? 'actual' : null;
}
