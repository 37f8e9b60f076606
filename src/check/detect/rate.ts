// A rate beside its part and whole: `安排扶贫项目1701个，己开工1650个，开工率为97%`.
// The rate word's stem (`开工`) names the part: the figure written right after (or before) it;
// the whole is an earlier figure of the same unit that no other rate of the sentence claims,
// preferably one named as the task or plan (`任务数20159户`).
import type { DocView, Figure } from '../model.js';
import { fig, judge, type Relation } from '../relation.js';
import { between, figuresIn, isPercent, leftOf, rightOf, sentenceAt, sentenceFigures, sentenceIndexAt, statedAsGoal } from '../scan.js';
import { BASE_CUES, NOT_PART_RATES, RATE_LINKS, RATE_SUFFIX, SEMICOLONS } from '../words.js';

const LINKS = RATE_LINKS.slice().sort((a, b) => b.length - a.length).join('|');
const RATE = new RegExp(`([\\u4e00-\\u9fff]{2})${RATE_SUFFIX}(?:${LINKS})*$`, 'u');

const ENDS_ITEM = new RegExp(`[${SEMICOLONS}]\\s*$`, 'u');
/** How many `；` items back a rate's whole may be named. */
const ITEMS_BACK = 2;

export function rateRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const rate of view.figures) {
    const stem = rateStem(view, rate);
    if (!stem || statedAsGoal(view, rate)) continue;
    const sentence = sentenceFigures(view, rate);
    const counts = sentence.filter((f) => !isPercent(f) && f.end <= rate.start);
    const part = counts.filter((f) => stemNear(view, f, stem)).at(-1);
    if (!part) continue;
    const stems = sentence.map((f) => rateStem(view, f)).filter((s): s is string => !!s);
    const inSentence = wholeCandidates(view, sentence, counts, part, stems);
    // the plan may be stated in the sentence before (`全国计划新开工…5.3万个。…新开工…4.26万个，…开工率80.4%`)
    const wholes = inSentence.length ? inSentence : plannedBefore(view, part);
    const relations = wholes.map((whole): Relation => ({
      rule: 'ratio', label: labelOf(rate, stem), stated: fig(rate), compare: 'equal',
      computed: { kind: 'ratio', part: fig(part), whole: fig(whole) },
    }));
    // of the structural candidates, the one that holds; else the preferred one (unless the plan before is ambiguous)
    const chosen = relations.find((r) => judge(r)?.holds) ?? (inSentence.length || relations.length === 1 ? relations[0] : undefined);
    const fallback = chosen ? undefined : fromItemBefore(view, rate, stem, part);
    if (chosen ?? fallback) out.push((chosen ?? fallback)!);
  }
  return out;
}

/**
 * `监测总数为16369户54851人(…)…；累计消除风险7282户27256人(…)，风险消除率49.69%`: the whole is named in
 * a `；` item before, and a compound part may be the rate's in either unit. Several readings are
 * possible, so one is reported only where it holds.
 */
function fromItemBefore(view: DocView, rate: Figure, stem: string, part: Figure): Relation | undefined {
  const next = view.figures[view.figures.indexOf(part) + 1];
  const parts = next && !isPercent(next) && next.record.unit !== part.record.unit && between(view, part, next) === '' ? [part, next] : [part];
  const wholes = namedInItemsBefore(view, part);
  const relations = parts.flatMap((p) => wholes.filter((w) => w.record.unit === p.record.unit).map((whole): Relation => ({
    rule: 'ratio', label: labelOf(rate, stem), stated: fig(rate), compare: 'equal', onlyIfHolds: true,
    computed: { kind: 'ratio', part: fig(p), whole: fig(whole) },
  })));
  return relations.find((r) => judge(r)?.holds);
}

/** Figures named as a total or plan in the `；` items before the part's, in its paragraph (two at most). */
function namedInItemsBefore(view: DocView, part: Figure): Figure[] {
  const i = sentenceIndexAt(view, part.start);
  const out: Figure[] = [];
  for (let j = i - 1; j >= Math.max(0, i - ITEMS_BACK); j--) {
    const s = view.sentences[j];
    if (s.paragraph !== view.sentences[i].paragraph || !ENDS_ITEM.test(view.text.slice(s.start, s.end))) break;
    out.push(...figuresIn(view, s.start, s.end).filter((f) => !isPercent(f) && !f.record.qualifier && baseCueNear(view, f)));
  }
  return out;
}

/** `开工` for a percentage written `开工率为97%`; undefined for other figures and rates of change. */
export function rateStem(view: DocView, f: Figure): string | undefined {
  if (!isPercent(f)) return undefined;
  const m = RATE.exec(leftOf(view, f, 16));
  if (!m || NOT_PART_RATES.some((w) => m[1].endsWith(w) || w.endsWith(m[1]))) return undefined;
  return m[1];
}

/** The stem is written just before the figure (`己开工1650个`, `竣工12206户`) or just after (`1650个已开工`). */
function stemNear(view: DocView, f: Figure, stem: string): boolean {
  const left = leftOf(view, f, 10);
  const i = left.lastIndexOf(stem);
  if (i >= 0 && left.length - i - stem.length <= 4) return true;
  const j = rightOf(view, f, 8).indexOf(stem);
  return j >= 0 && j <= 3;
}

function wholeCandidates(view: DocView, sentence: Figure[], counts: Figure[], part: Figure, stems: string[]): Figure[] {
  // a figure another rate names as its part is not a whole, unless it is named as the plan (`计划新开工项目270项`)
  let wholes = counts.filter(
    (f) => f.end <= part.start && f.record.unit !== null && f.record.unit === part.record.unit
      && (baseCueNear(view, f) || !stems.some((s) => stemNear(view, f, s))),
  );
  // a whole written after the previous rate of the sentence belongs to this one
  const previousRate = sentence.filter((f) => f.end <= part.start && rateStemOf(view, f)).at(-1);
  if (previousRate) {
    const after = wholes.filter((f) => f.start >= previousRate.end);
    if (after.length) wholes = after;
  }
  const cued = wholes.filter((f) => baseCueNear(view, f));
  return [...cued, ...wholes.filter((f) => !cued.includes(f))];
}

/** Figures of the part's unit named as a plan or task in the sentence before, in the same paragraph. */
function plannedBefore(view: DocView, part: Figure): Figure[] {
  const here = sentenceAt(view, part.start);
  const before = here ? view.sentences[view.sentences.indexOf(here) - 1] : undefined;
  // items of a `；` list are parallel, not a plan and its progress
  if (!here || !before || before.paragraph !== here.paragraph || !/。\s*$/.test(view.text.slice(before.start, before.end))) return [];
  return figuresIn(view, before.start, before.end).filter((f) => f.record.unit === part.record.unit && !f.record.qualifier && baseCueNear(view, f));
}

const rateStemOf = (view: DocView, f: Figure) => rateStem(view, f) !== undefined;

export function baseCueNear(view: DocView, f: Figure): boolean {
  const left = leftOf(view, f, 16);
  const right = rightOf(view, f, 6);
  return BASE_CUES.some((c) => left.includes(c)) || ['任务', '计划', '目标'].some((c) => right.includes(c));
}

function labelOf(rate: Figure, stem: string): string {
  const m = rate.record.metric;
  return m && m.endsWith(RATE_SUFFIX) && m.length <= 12 ? m : `${stem}${RATE_SUFFIX}`;
}
