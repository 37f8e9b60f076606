// A change stated with its before and after figures: `从644个减少到188个，减少456个`,
// `从12.25%下降到2.5%，下降9.75个百分点`, `由645元提高到801元，增长24.2%`. The pair comes from the
// extractor's change links or from `从/由A…到/至B` in the text; the stated change is the figure
// right after a change verb that follows B.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation, type Term } from '../relation.js';
import { between, clauseStart, isPercent, sentenceAt, sentenceFigures } from '../scan.js';
import { CLAUSE_PUNCT, CLOSE_BRACKETS, COMMAS, COMPARED_WORDS, OPEN_BRACKETS, DECREASE_VERBS, INCREASE_VERBS, POINT_UNITS, PRIOR_PERIOD_WORDS, REAL_GROWTH_WORDS } from '../words.js';

const VERBS = [...DECREASE_VERBS, ...INCREASE_VERBS].sort((a, b) => b.length - a.length);
const STATED = new RegExp(`^[${COMMAS}]?(?:共|累计|净|分别)?(${VERBS.join('|')})(?:了)?$`, 'u');
const TO = new RegExp(`(?:${VERBS.join('|')})(?:到|至|为)[^${CLAUSE_PUNCT}0-9]{0,16}$`, 'u');
/** `从…`, `由2023年的…`: a year may stand between 从/由 and the figure before. */
const FROM = new RegExp(`[从由](?:\\d{4}年|[^${CLAUSE_PUNCT}0-9]){0,16}$`, 'u');

export function changeRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const { from, to } of pairs(view)) {
    const sentence = sentenceFigures(view, to);
    const delta = sentence[sentence.indexOf(to) + 1];
    if (!delta) continue;
    const m = STATED.exec(between(view, to, delta));
    if (!m) continue;
    const down = DECREASE_VERBS.includes(m[1]);
    const computed = changeTerm(from, to, delta, down);
    if (!computed) continue;
    out.push({ rule: 'difference', label: `${m[1]}`, stated: fig(delta), compare: 'equal', computed });
  }
  return out;
}

/** The figures before and after of each change statement: from links, else from the text. */
function pairs(view: DocView): { from: Figure; to: Figure }[] {
  const found: { from: Figure; to: Figure }[] = [];
  for (const to of view.figures) {
    const link = to.record.links?.find((l) => l.rel === 'changeFrom');
    const linked = link && view.figures.find((f) => f.record.span[0] === link.span[0] && f.record.span[1] === link.span[1]);
    const from = linked ?? fromInText(view, to);
    if (from) found.push({ from, to });
  }
  return found;
}

/** `从A减少到B`: B follows a change verb with 到/至, A follows 从/由 earlier in the sentence. */
function fromInText(view: DocView, to: Figure): Figure | undefined {
  const lead = view.text.slice(clauseStart(view.text, to.start), to.start);
  if (!TO.test(lead)) return undefined;
  const earlier = sentenceFigures(view, to).filter((f) => f.end <= to.start && f.record.unit === to.record.unit);
  const from = earlier.at(-1);
  if (!from) return undefined;
  const fromLead = view.text.slice(clauseStart(view.text, from.start), from.start);
  return FROM.test(fromLead) ? from : undefined;
}

function changeTerm(from: Figure, to: Figure, delta: Figure, down: boolean): Term | undefined {
  const [a, b] = down ? [to, from] : [from, to];
  const unit = delta.record.unit ?? '';
  if (POINT_UNITS.includes(unit) && isPercent(from)) return { kind: 'difference', from: fig(a), to: fig(b) };
  if (unit === from.record.unit) return { kind: 'difference', from: fig(a), to: fig(b) };
  if (unit === '%' && !isPercent(from)) {
    return down ? decline(from, to) : { kind: 'change', from: fig(from), to: fig(to) };
  }
  return undefined;
}

/** A fall in percent: (A − B)/A × 100, written as the change from B to A over A. */
function decline(from: Figure, to: Figure): Term {
  return { kind: 'ratio', part: { kind: 'difference', from: fig(to), to: fig(from) }, whole: fig(from) };
}

// A change stated both as an amount and as a percentage of the figure before, which is not
// written: `粮食总产量13657亿斤，比上年增加267亿斤，增长2.0%` — 267 / (13657 − 267) = 2.0%.
const COMPARED = new RegExp(`^[${COMMAS}]?(?:${COMPARED_WORDS.join('|')})(?:\\d{4}年)?[^${CLAUSE_PUNCT}0-9%]{0,8}?(${VERBS.join('|')})了?$`, 'u');
const THEN = new RegExp(`^(?:[${OPEN_BRACKETS}][^${CLOSE_BRACKETS}]*[${CLOSE_BRACKETS}])?[${COMMAS}]?(?:${COMPARED_WORDS.join('|')})?(?:上年|去年|同期)?(${VERBS.join('|')})了?$`, 'u');

export function growthRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const now of view.figures) {
    if (isPercent(now) || now.record.unit === null) continue;
    const sentence = sentenceFigures(view, now);
    const i = sentence.indexOf(now);
    const amount = nextSkippingAlternative(view, sentence, i);
    if (!amount || amount.record.unit !== now.record.unit) continue;
    const first = COMPARED.exec(betweenSkippingAlternative(view, now, amount));
    if (!first) continue;
    const rate = nextSkippingAlternative(view, sentence, sentence.indexOf(amount));
    if (!rate || !isPercent(rate)) continue;
    const second = THEN.exec(between(view, amount, rate));
    if (!second || DECREASE_VERBS.includes(first[1]) !== DECREASE_VERBS.includes(second[1])) continue;
    // GDP and value added grow at comparable prices, not as the amounts written
    const said = view.text.slice(sentenceAt(view, now.start)?.start ?? now.start, rate.end);
    if (REAL_GROWTH_WORDS.some((w) => said.includes(w))) continue;
    const down = DECREASE_VERBS.includes(first[1]);
    // the figure before is now − amount (now + amount after a fall)
    const before: Term = down ? { kind: 'sum', terms: [fig(now), fig(amount)] } : { kind: 'difference', from: fig(amount), to: fig(now) };
    out.push({ rule: 'change', label: second[1], stated: fig(rate), compare: 'equal', computed: { kind: 'ratio', part: fig(amount), whole: before } });
  }
  return out;
}

/** The next figure of the sentence, past an alternative in brackets (`167万吨（33亿斤）`). */
function nextSkippingAlternative(view: DocView, sentence: Figure[], i: number): Figure | undefined {
  const next = sentence[i + 1];
  if (!next) return undefined;
  const gap = between(view, sentence[i], next);
  return /^[（(]$/.test(gap) ? sentence[i + 2] : next;
}

function betweenSkippingAlternative(view: DocView, a: Figure, b: Figure): string {
  return view.text.slice(a.end, b.start).replace(/^[（(][^）)]*[）)]/, '');
}

// A figure, the same figure of the earlier period, then the change between them:
// `发生各类安全事故34起，去年同期20起，同比事故起数上升70%` — (34 − 20)/20 — and
// `损失23.24万元，去年同期73.52万元，同比下降50.28万` — 73.52万 − 23.24万.
const PRIOR = new RegExp(`^[${COMMAS}]\\s*(?:${PRIOR_PERIOD_WORDS.join('|')})(?:为|是)?([^${CLAUSE_PUNCT}0-9%]{0,6})$`, 'u');
const PRIOR_CHANGE = new RegExp(`^[${COMMAS}]\\s*(?:${COMPARED_WORDS.join('|')})?[^${CLAUSE_PUNCT}0-9%]{0,10}?(${VERBS.join('|')})了?\\s*$`, 'u');

export function priorPeriodRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const now of view.figures) {
    if (isPercent(now) || now.record.unit === null) continue;
    const sentence = sentenceFigures(view, now);
    const [base, delta] = sentence.slice(sentence.indexOf(now) + 1);
    if (!base || !delta || base.record.unit !== now.record.unit || !isPriorFigure(between(view, now, base))) continue;
    const m = PRIOR_CHANGE.exec(between(view, base, delta));
    if (!m || REAL_GROWTH_WORDS.some((w) => view.text.slice(clauseStart(view.text, now.start), delta.end).includes(w))) continue;
    const r = priorChange(base, now, delta, DECREASE_VERBS.includes(m[1]));
    if (r) out.push({ ...r, label: m[1] });
  }
  return out;
}

// The earlier figure written inside the comparison: `额度1139.1亿元，比上年同期的1070.6亿元增长6.4%`,
// `比2023年的12.5万户减少2.1万户`.
const PRIOR_INLINE = new RegExp(`^[${COMMAS}]?\\s*(?:${COMPARED_WORDS.join('|')})(?:${PRIOR_PERIOD_WORDS.join('|')}|\\d{4}年(?:同期|底|末)?)的$`, 'u');
const INLINE_CHANGE = new RegExp(`^(?:${VERBS.join('|')})了?$`, 'u');

export function inlinePriorRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const now of view.figures) {
    if (isPercent(now) || now.record.unit === null) continue;
    const sentence = sentenceFigures(view, now);
    const [base, delta] = sentence.slice(sentence.indexOf(now) + 1);
    if (!base || !delta || base.record.unit !== now.record.unit || !PRIOR_INLINE.test(between(view, now, base))) continue;
    const m = INLINE_CHANGE.exec(between(view, base, delta));
    if (!m || REAL_GROWTH_WORDS.some((w) => view.text.slice(clauseStart(view.text, now.start), delta.end).includes(w))) continue;
    const r = priorChange(base, now, delta, DECREASE_VERBS.includes(m[1]));
    if (r) out.push({ ...r, label: m[1] });
  }
  return out;
}

/** `，去年同期20起`, `，去年同期死亡5人` — not `，去年同期增加5人` (a change itself). */
function isPriorFigure(gap: string): boolean {
  const m = PRIOR.exec(gap);
  return !!m && !VERBS.some((v) => m[1].includes(v));
}

/** The change from the earlier figure: in percent, or as an amount (a bare `50.28万` takes the unit of the pair, and is reported only where it holds). */
export function priorChange(base: Figure, now: Figure, delta: Figure, down: boolean): Omit<Relation, 'label'> | undefined {
  const [a, b] = down ? [now, base] : [base, now];
  if (isPercent(delta)) {
    const computed = down ? decline(base, now) : { kind: 'change' as const, from: fig(base), to: fig(now) };
    return { rule: 'change', stated: fig(delta), compare: 'equal', computed };
  }
  if (delta.record.unit !== now.record.unit && delta.record.unit !== null) return undefined;
  return { rule: 'difference', stated: fig(delta), compare: 'equal', computed: { kind: 'difference', from: fig(a), to: fig(b) }, onlyIfHolds: delta.record.unit === null };
}
