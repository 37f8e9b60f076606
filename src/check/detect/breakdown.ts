// The relations of a whole broken into parts (found in breakdowns.ts): each share written with
// a part (`因病致贫10900人，占76.57%`) is checked as part / whole; the parts are checked against
// the whole — equal where the list is known to be complete (its shares add to 100%, it names the
// rest, or its parallel in another unit adds up), else only that they do not exceed it
// (`505项，其中…18项，…341项` is a partial breakdown).
import type { DocView, Figure } from '../model.js';
import { fig, judge, type Relation, type Term } from '../relation.js';
import { figureInterval, overlaps, point, add, type Interval } from '../interval.js';
import { between, clauseStart, isPercent } from '../scan.js';
import { CLAUSE_PUNCT, COMMAS, COMPLEMENTS, NEGATED_LENGTH, NEGATION, OPEN_BRACKETS, REMAINDER_PARTS } from '../words.js';
import { findBreakdowns, genericWhole, isPartOf, type Breakdown } from './breakdowns.js';
import { categoryRuns } from './categories.js';


/** Between a count and its share: `10900人，占76.57%`, `2017人（14.17%）`, `2017人 14.17%`, `占总数的69%`. */
const SHARE_AFTER = new RegExp(`^[${COMMAS}${OPEN_BRACKETS}、\\s]?(?:占(?:到|了)?(?:([^${CLAUSE_PUNCT}\\d]{1,8}?)的)?(?:比例|比重)?|占比)?(?:达到|达|为|约)?$`, 'u');
/** Between a share and its count: a short label (`14.17% 因残2017人`). */
const LABEL_BETWEEN = new RegExp(`^[^${CLAUSE_PUNCT}\\d%]{0,8}$`, 'u');

export function breakdownRelations(view: DocView): Relation[] {
  // category runs first: where their sums hold, they explain the whole better than its 其中 clause alone
  const breakdowns = [...categoryRuns(view), ...findBreakdowns(view)];
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

interface Pair {
  part: Figure;
  share: Figure;
}

function relationsOf(view: DocView, b: Breakdown): Relation[] {
  const unit = b.whole.record.unit;
  const items = b.items.filter((f) => isPercent(f) || isPartOf(view, f, b.whole));
  const parts = items.filter((f) => !isPercent(f));
  if (!parts.length) return [];
  const pairs = pairShares(view, items, b.whole);
  const shares = b.kind === 'list' ? items.filter(isPercent) : pairs.map((p) => p.share);
  const complete = b.complete === true || (shares.length >= 2 && sharesMakeWhole(shares)) || (b.kind !== 'list' && parts.length >= 2 && (namesTheRest(view, b) || coversBands(b, parts)));
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
  for (const r of out) {
    if ((b.loose && !complete) || b.tentative) r.onlyIfHolds = true;
    // a single share of a whole found by position alone may belong to another whole
    if (b.kind === 'shares' && pairs.length < 2 && !b.named) r.onlyIfHolds = true;
    if (b.facet && r.rule !== 'ratio') r.byParts = true;
  }
  return out;
}

/** The labels of a breakdown's parts name the rest (`其他`, `未脱贫`) or every member of a pair (`城镇…农村…`). */
function namesTheRest(view: DocView, b: Breakdown): boolean {
  const counts = b.items.filter((f) => !isPercent(f));
  const labels = counts.map((f, i) => view.text.slice(Math.max(clauseStart(view.text, f.start), i ? counts[i - 1].end : 0), f.start));
  if (labels.some((l) => REMAINDER_PARTS.some((w) => l.includes(w))) || negates(labels)) return true;
  return COMPLEMENTS.some((set) => set.every((w) => labels.some((l) => l.includes(w))));
}

/** `属于生产经营性…3起，非生产经营性…6起`: a label `非X` and a label naming X cover the whole. */
function negates(labels: string[]): boolean {
  return labels.some((l, i) => {
    const rest = l.slice(l.indexOf(NEGATION) + 1, l.indexOf(NEGATION) + 1 + NEGATED_LENGTH);
    return l.includes(NEGATION) && rest.length === NEGATED_LENGTH && labels.some((m, j) => j !== i && m.includes(rest) && !m.includes(NEGATION + rest));
  });
}

/**
 * `0-17岁、18-34岁、35-59岁、60岁及以上…分别为…`: one band per part, from an open bottom (0, `N以下`)
 * to an open top (`N及以上`), each starting where the one before ends, cover every member.
 */
function coversBands(b: Breakdown, parts: Figure[]): boolean {
  const bands = b.items.filter((f) => !isPercent(f) && f.record.unit !== null && f.record.unit !== b.whole.record.unit && !parts.includes(f));
  if (bands.length !== parts.length || bands.length < 2 || new Set(bands.map((f) => f.record.unit)).size !== 1) return false;
  const [first, last] = [bands[0].record, bands.at(-1)!.record];
  const openBottom = (first.value === 0 && first.upper !== null) || (first.qualifier === 'atMost' || first.qualifier === 'lessThan');
  const openTop = last.qualifier === 'atLeast' || last.qualifier === 'moreThan';
  const joined = bands.slice(1).every((f, i) => {
    const top = bands[i].record.upper ?? bands[i].record.value;
    return (i === 0 || bands[i].record.upper !== null) && f.record.value > top - 1e-9 && f.record.value - top <= 1;
  });
  return openBottom && openTop && joined;
}

/** `，占76.57%`, `，占总数的69%`: a share of this whole, not of another one it names (`占全县女性人口的10%`). */
function shareOf(gap: string, whole: Figure): boolean {
  const m = SHARE_AFTER.exec(gap);
  if (!m) return false;
  const named = m[1];
  if (!named) return true;
  const metric = whole.record.metric ?? '';
  return genericWhole(named) || (metric.length >= 2 && (named.includes(metric) || metric.includes(named)));
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
