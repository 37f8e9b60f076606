// A whole broken into parts: `吸纳劳动力12862人，其中贫困劳动力3005人`; `全州共有贫困人口
// 14200人，其中因病致贫10900人，占76.57%…`; and a total standing on its own line followed by a
// list of `share label count` items (`1.42万人` / `14.17% 因残2017人` / `3.82% 因学544人` …).
// Each share is checked as part / whole; the parts are checked against the whole: equal when
// the shares say the list is complete (they add to 100%), else only that they do not exceed
// it (`505项，其中…18项，…341项` is a partial breakdown).
import type { DocView, Figure } from '../model.js';
import { fig, judge, type Relation, type Term } from '../relation.js';
import { figureInterval, overlaps, point, add, type Interval } from '../interval.js';
import { between, clauseStart, hasDigit, isPercent, sentenceAt } from '../scan.js';
import { AMONG_SUFFIX, BREAKDOWN_WORDS, COMPLEMENTS, REMAINDER_PARTS, WHOLE_WORDS } from '../words.js';

const AMONG = new RegExp(`^[^，。；：、,;:0-9]{0,10}${AMONG_SUFFIX}[，,：:]`, 'u');

interface Breakdown {
  whole: Figure;
  /** the figures after the whole that may be its parts and their shares */
  items: Figure[];
  /** 其中 (some of the whole's members), a list in brackets after the whole, or a list under a total on its own line */
  kind: 'among' | 'bracket' | 'list';
  /** the list is known to be complete: a parallel breakdown in another unit adds up */
  complete?: boolean;
}

/** Between a count and its share: `10900人，占76.57%`, `2017人（14.17%）`, `2017人 14.17%`, `占总数的69%`. */
const SHARE_AFTER = /^[，,（(\s]?(?:占(?:到|了)?(?:([^，。；：\d]{1,8}?)的)?(?:比例|比重)?|占比)?(?:达到|达|为|约)?$/u;
/** Between a share and its count: a short label (`14.17% 因残2017人`). */
const LABEL_BETWEEN = /^[^，。；：,;:\d%]{0,8}$/u;

export function breakdownRelations(view: DocView): Relation[] {
  const breakdowns = [...amongBreakdowns(view), ...listBreakdowns(view)];
  markParallel(breakdowns);
  return breakdowns.flatMap((b) => relationsOf(view, b));
}

/**
 * `1193户5992人，其中96户475人，170户898人…`: one list of parts in two units. When the parts of
 * one unit add up to their whole, the list is complete, and the other unit's parts must add up too.
 */
function markParallel(breakdowns: Breakdown[]): void {
  const partsOf = (b: Breakdown) => b.items.filter((f) => f.record.unit === b.whole.record.unit);
  for (const b of breakdowns) {
    const siblings = breakdowns.filter((x) => x.items === b.items && x.kind === b.kind);
    if (siblings.length < 2 || new Set(siblings.map((x) => partsOf(x).length)).size !== 1 || partsOf(b).length < 2) continue;
    const addsUp = (x: Breakdown) => judge({ rule: 'sum', label: '', stated: fig(x.whole), compare: 'equal', computed: { kind: 'sum', terms: partsOf(x).map((p) => fig(p)) } })?.holds;
    if (siblings.some(addsUp)) for (const x of siblings) x.complete = true;
  }
}

/** `W，其中…` (also a sentence that opens with 其中 after W): the wholes are the figures just before. */
function amongBreakdowns(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  for (const word of BREAKDOWN_WORDS) {
    for (let k = view.text.indexOf(word); k >= 0; k = view.text.indexOf(word, k + word.length)) {
      const sentence = sentenceAt(view, k);
      if (!sentence) continue;
      const end = Math.min(regionEnd(view, k + word.length, sentence.end), closingBracket(view, sentence.start, k));
      const items = view.figures.filter((f) => f.start >= k && f.end <= end);
      for (const whole of wholesBefore(view, k, sentence.start)) out.push({ whole, items, kind: 'among' });
    }
  }
  for (let k = view.text.indexOf('（'); k >= 0; k = view.text.indexOf('（', k + 1)) {
    const sentence = sentenceAt(view, k);
    const close = view.text.indexOf('）', k);
    if (!sentence || close < 0 || close > sentence.end || BREAKDOWN_WORDS.some((w) => view.text.startsWith(w, k + 1))) continue;
    const wholes = wholesBefore(view, k, sentence.start);
    if (!wholes.length || view.text.slice(wholes.at(-1)!.end, k).trim() !== '') continue;
    const items = view.figures.filter((f) => f.start > k && f.end <= close);
    for (const whole of wholes) out.push({ whole, items, kind: 'bracket' });
  }
  for (const whole of view.figures) {
    const m = AMONG.exec(view.text.slice(whole.end, whole.end + 14));
    const sentence = sentenceAt(view, whole.start);
    if (!m || !sentence || isPercent(whole) || whole.record.unit === null) continue;
    const from = whole.end + m[0].length;
    const items = view.figures.filter((f) => f.start >= from && f.end <= regionEnd(view, from, sentence.end));
    out.push({ whole, items, kind: 'among' });
  }
  return out;
}

/**
 * The breakdown runs to the end of its sentence; a list opened by `：` runs on through the
 * sentences that end in `；` (or `：`); it stops at the next 其中.
 */
function regionEnd(view: DocView, from: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  const opensList = /^\s*[：:]/.test(view.text.slice(from, from + 3)) || /[：:]\s*$/.test(view.text.slice(from, end));
  for (let n = 0; opensList && n < 12 && /[；;：:]\s*$/.test(view.text.slice(from, end)); n++) {
    const next = view.sentences.find((x) => x.start >= end);
    if (!next || next.end <= end) break;
    end = next.end;
  }
  const nested = BREAKDOWN_WORDS.map((w) => view.text.indexOf(w, from)).filter((i) => i >= 0 && i < end);
  return nested.length ? Math.min(...nested) : end;
}

/** The figures written just before `at` (a compound `55166户196097人` gives two), in the sentence or the one before. */
function wholesBefore(view: DocView, at: number, sentenceStart: number): Figure[] {
  const lead = view.text.slice(sentenceStart, at).replace(/[\s，,：:]/g, '');
  const floor = lead.length === 0 ? previousSentenceStart(view, sentenceStart) : sentenceStart;
  const before = view.figures.filter((f) => f.start >= floor && f.end <= at && !isPercent(f) && f.record.unit !== null);
  const last = before.at(-1);
  if (!last || /[。；;]/.test(view.text.slice(last.end, at))) return [];
  const run = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = between(view, before[i], run[0]);
    if (!/^[、和及]?$/.test(gap) || run.some((f) => f.record.unit === before[i].record.unit)) break;
    run.unshift(before[i]);
  }
  return run;
}

/** Inside a bracket, a breakdown ends at the bracket's close. */
function closingBracket(view: DocView, sentenceStart: number, at: number): number {
  const lead = view.text.slice(sentenceStart, at);
  if (lead.lastIndexOf('（') <= lead.lastIndexOf('）')) return Infinity;
  const close = view.text.indexOf('）', at);
  return close < 0 ? Infinity : close;
}

function previousSentenceStart(view: DocView, start: number): number {
  const prev = sentenceAt(view, start - 1);
  return prev ? prev.start : start;
}

/** A figure alone on its line (or with a short label), followed by a run of short items. */
function listBreakdowns(view: DocView): Breakdown[] {
  const out: Breakdown[] = [];
  view.figures.forEach((whole, i) => {
    if (isPercent(whole) || whole.record.unit === null || !aloneOnLine(view, whole)) return;
    const items: Figure[] = [];
    let prev = whole;
    for (const f of view.figures.slice(i + 1)) {
      const gap = between(view, prev, f);
      if (gap.length > 10 || /[。；;]/.test(gap) || hasDigit(gap)) break;
      if (!isPercent(f) && f.record.unit !== whole.record.unit) break;
      items.push(f);
      prev = f;
    }
    if (items.filter((f) => !isPercent(f)).length >= 3) out.push({ whole, items, kind: 'list' });
  });
  return out;
}

function aloneOnLine(view: DocView, f: Figure): boolean {
  const lineStart = view.text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = view.text.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = view.text.length;
  const rest = view.text.slice(lineStart, f.start) + view.text.slice(f.end, lineEnd);
  return rest.trim().length <= 6 && !hasDigit(rest) && !/[，。；,;]/.test(rest);
}

interface Pair {
  part: Figure;
  share: Figure;
}

function relationsOf(view: DocView, b: Breakdown): Relation[] {
  const unit = b.whole.record.unit;
  const items = b.items.filter((f) => isPercent(f) || f.record.unit === unit);
  const parts = items.filter((f) => !isPercent(f));
  if (!parts.length) return [];
  const pairs = pairShares(view, items, b.whole);
  const shares = b.kind === 'list' ? items.filter(isPercent) : pairs.map((p) => p.share);
  const complete = b.complete === true || (shares.length >= 2 && sharesMakeWhole(shares)) || (b.kind !== 'list' && parts.length >= 2 && namesTheRest(view, b));
  if (!credible(b, pairs, parts, complete)) return [];
  const label = b.whole.record.metric ?? 'total';
  const out: Relation[] = pairs.map((p) => ({
    rule: 'ratio', label: `share of ${label}`, stated: fig(p.share), compare: 'equal',
    computed: { kind: 'ratio', part: fig(p.part), whole: fig(b.whole) },
  }));
  const sum: Term = { kind: 'sum', terms: parts.map((p) => fig(p)) };
  if (complete || (b.kind !== 'among' && parts.length >= 2)) {
    out.push({ rule: 'sum', label, stated: fig(b.whole), computed: sum, compare: 'equal', onlyIfHolds: !complete });
  } else if (b.kind === 'among') {
    const equal: Relation = { rule: 'sum', label, stated: fig(b.whole), computed: sum, compare: 'equal', onlyIfHolds: true };
    const within: Relation = { rule: 'part', label, stated: fig(b.whole), computed: parts.length === 1 ? fig(parts[0]) : sum, compare: 'atLeast' };
    // parts that may overlap (`其中低保户…，特困户…，既是低保户又是特困户的…`) may add to more than the whole
    if (parts.length > 1 && !exclusive(parts)) within.onlyIfHolds = true;
    out.push(parts.length > 1 && judge(equal)?.holds ? equal : within);
  }
  return out;
}

/** The labels of a breakdown's parts name the rest (`其他`, `未脱贫`) or every member of a pair (`城镇…农村…`). */
function namesTheRest(view: DocView, b: Breakdown): boolean {
  const counts = b.items.filter((f) => !isPercent(f));
  const labels = counts.map((f, i) => view.text.slice(Math.max(clauseStart(view.text, f.start), i ? counts[i - 1].end : 0), f.start));
  if (labels.some((l) => REMAINDER_PARTS.some((w) => l.includes(w)))) return true;
  return COMPLEMENTS.some((set) => set.every((w) => labels.some((l) => l.includes(w))));
}

/** `，占76.57%`, `，占总数的69%`: a share of this whole, not of another one it names (`占全县女性人口的10%`). */
function shareOf(gap: string, whole: Figure): boolean {
  const m = SHARE_AFTER.exec(gap);
  if (!m) return false;
  const named = m[1];
  if (!named) return true;
  const metric = whole.record.metric ?? '';
  return WHOLE_WORDS.some((w) => named.endsWith(w)) || (metric.length >= 2 && (named.includes(metric) || metric.includes(named)));
}

/** Shares paired with the count they measure; which comes first is read from the first item. */
function pairShares(view: DocView, items: Figure[], whole: Figure): Pair[] {
  const unit = whole.record.unit;
  const pairs: Pair[] = [];
  const shareFirst = items.length > 0 && isPercent(items[0]);
  for (let i = 0; i + 1 < items.length; i++) {
    const [a, b] = [items[i], items[i + 1]];
    if (shareFirst && isPercent(a) && !isPercent(b) && b.record.unit === unit && LABEL_BETWEEN.test(between(view, a, b))) {
      pairs.push({ part: b, share: a });
    } else if (!shareFirst && !isPercent(a) && isPercent(b) && a.record.unit === unit && shareOf(between(view, a, b), whole)) {
      pairs.push({ part: a, share: b });
    }
  }
  return pairs;
}

function sharesMakeWhole(shares: Figure[]): boolean {
  const total = shares.map((s) => figureInterval(s.record)).reduce((a: Interval, b: Interval) => add(a, b));
  return overlaps(total, point(100));
}

/**
 * A structure read wrongly gives shares that miss their counts; an altered figure breaks one.
 * Most shares must hold against the whole, or (when the shares make 100%) against the sum of
 * the parts — the whole itself may be the altered figure.
 */
function credible(b: Breakdown, pairs: Pair[], parts: Figure[], complete: boolean): boolean {
  if (b.kind === 'list' && pairs.length < 2) return false;
  if (pairs.length < 2) return true;
  const holding = (whole: Term) =>
    pairs.filter((p) => judge({ rule: 'ratio', label: '', stated: fig(p.share), compare: 'equal', computed: { kind: 'ratio', part: fig(p.part), whole } })?.holds).length;
  const enough = (n: number) => n * 3 >= pairs.length * 2;
  if (enough(holding(fig(b.whole)))) return true;
  return complete && enough(holding({ kind: 'sum', terms: parts.map((p) => fig(p)) }));
}

/** Parts about different places cannot overlap. */
function exclusive(parts: Figure[]): boolean {
  const codes = parts.map((p) => p.record.region?.code ?? null);
  return codes.every((c) => c !== null) && new Set(codes).size === codes.length;
}
