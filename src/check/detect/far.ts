// Relations whose figures stand farther apart than one sentence: a rate of a plan stated a few
// sentences before (`计划…秋覆膜30万亩。…完成秋覆膜21.6万亩，完成率72%`), a share of a place's whole
// named without its figure (`占全县已完成面积的26.2%`), parts of a split view adding to a whole
// stated earlier (`分区域看，A地68.5万亩，B地54.2万亩…`), and an amount per unit times a quantity
// stated earlier (`补贴资金2400万元，按每亩80元标准补助` with `秋覆膜30万亩`). The figures are tied by
// unit and by the words of their metrics; as several figures may fit, a reading is reported only
// where it holds.
import type { DocView, Figure } from '../model.js';
import { fig, judge, type Relation } from '../relation.js';
import { between, clauseStart, isAverage, isChangeAmount, isPercent, leftOf, sentenceAt, sentenceFigures, sentenceIndexAt, sharesTopic, statedAsGoal } from '../scan.js';
import { baseCueNear, rateStem } from './rate.js';
import {
  BASE_CUES, BREAKDOWN_WORDS, CLAUSE_PUNCT, COMMAS, COMPLEMENTS, COMPLEMENT_SENTENCES_BACK, EACH_VERBS, REMAINDER_PARTS, SEMICOLONS, NOT_PART_PROGRESS, PER_PERIOD, PER_WORD, PLACE_WHOLES, PLAN_SENTENCES_BACK, PROGRESS_SUFFIX,
  SPLIT_VIEW_CLOSERS, SPLIT_VIEW_OPENERS, TOTAL_WORDS, WHOLE_OWNER_PREFIXES,
} from '../words.js';

const PROGRESS = new RegExp(`([\\u4e00-\\u9fff]{2})${PROGRESS_SUFFIX}(?:为|达到|达)?$`, 'u');
/** Between a part and its rate: `，完成率`; no figure between. */
const PART_GAP = new RegExp(`^[${COMMAS}]?[^${CLAUSE_PUNCT}0-9]{0,10}$`, 'u');

/** A plain amount: no range, qualifier, change, average or amount each. */
const plain = (view: DocView, f: Figure) =>
  !isPercent(f) && f.record.unit !== null && f.record.upper === null && f.record.qualifier === null
  && !isChangeAmount(view, f) && !isAverage(view, f) && perUnit(view, f) === undefined;

/** How far back in its clause a plan word may stand (a list of plans after one word). */
const PLAN_CLAUSE = 40;

const holding = (rs: Relation[]) => rs.filter((r) => judge(r)?.holds);

/** The topic of a figure: its metric, else the words before it in its clause. */
const topicOf = (view: DocView, f: Figure) => `${f.record.metric ?? ''}|${leftOf(view, f, 12)}`;

/** Rates (`完成率72%`) and progress (`拨付进度65%`) of a plan stated in the sentences before. */
export function planRateRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const rate of view.figures) {
    const stem = rateStem(view, rate) ?? progressStem(view, rate);
    if (!stem || statedAsGoal(view, rate)) continue;
    const part = partBefore(view, rate, stem);
    if (!part) continue;
    const wholes = [...sameSentenceWholes(view, part), ...plansBefore(view, part)];
    const relations = wholes.map((whole): Relation => ({
      rule: 'ratio', label: rate.record.metric ?? stem, stated: fig(rate), compare: 'equal', onlyIfHolds: true,
      computed: { kind: 'ratio', part: fig(part), whole: fig(whole) },
    }));
    const chosen = holding(relations)[0];
    if (chosen) out.push(chosen);
  }
  return out;
}

function progressStem(view: DocView, f: Figure): string | undefined {
  if (!isPercent(f)) return undefined;
  const m = PROGRESS.exec(leftOf(view, f, 10));
  return m && !NOT_PART_PROGRESS.includes(m[1]) ? m[1] : undefined;
}

/** The figure just before the rate, in its sentence, whose clause says the stem (`累计完成冬小麦秋播10.2万亩，完成率85%`). */
function partBefore(view: DocView, rate: Figure, stem: string): Figure | undefined {
  const sentence = sentenceFigures(view, rate);
  const part = sentence[sentence.indexOf(rate) - 1];
  if (!part || !plain(view, part) || !PART_GAP.test(between(view, part, rate))) return undefined;
  return leftOf(view, part, 16).includes(stem) ? part : undefined;
}

/** Earlier figures of the part's unit in its sentence (`资金2400万元，…已拨付1560万元，拨付进度65%`). */
function sameSentenceWholes(view: DocView, part: Figure): Figure[] {
  return sentenceFigures(view, part).filter((f) => f.end <= part.start && f.record.unit === part.record.unit && plain(view, f)).reverse();
}

/** Figures named as a plan in the sentences before the part's, in its paragraph, on the part's topic. */
function plansBefore(view: DocView, part: Figure): Figure[] {
  const i = sentenceIndexAt(view, part.start);
  if (i < 0) return [];
  const paragraph = view.sentences[i].paragraph;
  let first = i;
  while (first > 0 && i - first < PLAN_SENTENCES_BACK && view.sentences[first - 1].paragraph === paragraph) first--;
  return view.figures
    .filter((f) => f.start >= view.sentences[first].start && f.end <= view.sentences[i].start)
    .filter((f) => f.record.unit === part.record.unit && plain(view, f) && planCue(view, f) && sharesTopic(f.record.metric, part.record.metric))
    .reverse();
}

/** `计划新建高标准农田8万亩、整治撂荒地5万亩`: the plan word may open a list of plans. */
function planCue(view: DocView, f: Figure): boolean {
  const clause = view.text.slice(Math.max(clauseStart(view.text, f.start), f.start - PLAN_CLAUSE), f.start);
  return baseCueNear(view, f) || BASE_CUES.some((c) => clause.includes(c));
}

const PLACE_SHARE = new RegExp(`^[${COMMAS}]?占(?:${PLACE_WHOLES.join('|')})[^${CLAUSE_PUNCT}0-9]{1,10}的(?:比例|比重)?(?:为|达)?$`, 'u');

/**
 * `上述3个镇共完成秋覆膜5.66万亩，占全县已完成面积的26.2%`: the whole is an earlier figure of the
 * part's unit on its topic (the part's metric or its section's heading).
 */
export function placeShareRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const share of view.figures) {
    if (!isPercent(share) || share.record.qualifier !== null) continue;
    const sentence = sentenceFigures(view, share);
    const part = sentence[sentence.indexOf(share) - 1];
    if (!part || !plain(view, part) || !PLACE_SHARE.test(between(view, part, share))) continue;
    const topic = `${part.record.metric ?? ''}|${headingOf(view, part)}`;
    const from = sentenceAt(view, part.start)?.start ?? part.start;
    const relations = view.figures
      .filter((f) => f.end <= from && f.record.unit === part.record.unit && plain(view, f) && sharesTopic(topicOf(view, f), topic))
      .map((whole): Relation => ({
        rule: 'ratio', label: `share of ${whole.record.metric ?? whole.record.quote}`, stated: fig(share), compare: 'equal', onlyIfHolds: true,
        computed: { kind: 'ratio', part: fig(part), whole: fig(whole) },
      }));
    const found = unique(holding(relations));
    if (found) out.push(found);
  }
  return out;
}

/** `，占一般公共预算支出的80.0%` after the part, or `税收收入占一般公共预算收入的比重为70.0%` naming both. */
const NAMED_SHARE = new RegExp(`^([^${CLAUSE_PUNCT}、0-9]{0,16}?)占([^${CLAUSE_PUNCT}、0-9]{2,16}?)的(?:比重|比例)?(?:为|达到|达)?$`, 'u');

/**
 * A share of a whole named by its metric, not its figure (`民生支出5808.28亿元，占一般公共预算支出的
 * 80.0%`, the whole stated in an earlier sentence of its section): the whole is an earlier figure of
 * the part's unit whose metric the name ends with; where the part is named too (`税收收入占…的比重为
 * 70.0%`), it is an earlier figure of that metric. Budget reports write their shares this way.
 */
export function namedShareRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const share of view.figures) {
    if (!isPercent(share) || share.record.qualifier !== null) continue;
    const m = NAMED_SHARE.exec(view.text.slice(clauseStart(view.text, share.start), share.start));
    if (!m) continue;
    const earlier = view.figures.filter((f) => f.end <= share.start && f.record.section === share.record.section && plain(view, f));
    const relations = partsNamed(view, share, m[1], earlier).flatMap((part) => earlier
      .filter((w) => w !== part && w.record.unit === part.record.unit && namesMetric(m[2], w))
      .map((whole): Relation => ({
        rule: 'ratio', label: `share of ${m[2]}`, stated: fig(share), compare: 'equal', onlyIfHolds: true,
        computed: { kind: 'ratio', part: fig(part), whole: fig(whole) },
      })));
    const found = holding(relations);
    if (new Set(found.map(figuresKey)).size === 1) out.push(found[0]);
  }
  return out;
}

/** The part: the figures of the metric named before 占, else the figure just before `，占`. */
function partsNamed(view: DocView, share: Figure, name: string, earlier: Figure[]): Figure[] {
  if (name.length >= 2) return earlier.filter((f) => namesMetric(name, f));
  if (name.length) return [];
  const sentence = sentenceFigures(view, share);
  const before = sentence[sentence.indexOf(share) - 1];
  return before && plain(view, before) && /^[，,]占/u.test(between(view, before, share)) ? [before] : [];
}

/** `省级一般公共预算支出` names a figure whose metric is `一般公共预算支出`. */
function namesMetric(name: string, f: Figure): boolean {
  const metric = f.record.metric;
  if (!metric || metric.length < 2) return false;
  const bare = WHOLE_OWNER_PREFIXES.reduce((n, p) => (n.startsWith(p) ? n.slice(p.length) : n), name);
  return metric === name || metric === bare || (bare.length >= 2 && metric.endsWith(bare));
}

const figuresKey = (r: Relation) =>
  r.computed.kind === 'ratio' && r.computed.part.kind === 'figure' && r.computed.whole.kind === 'figure'
    ? `${r.computed.part.figure.record.value}/${r.computed.whole.figure.record.value}` : '';

/** The one reading that holds, or (where wholes of different values hold) none. */
function unique(rs: Relation[]): Relation | undefined {
  const values = new Set(rs.map((r) => (r.computed.kind === 'ratio' && r.computed.whole.kind === 'figure' ? r.computed.whole.figure.record.value : NaN)));
  return values.size === 1 ? rs[0] : undefined;
}

function headingOf(view: DocView, f: Figure): string {
  const path = f.record.section;
  return path === null ? '' : view.sections.filter((s) => s.path === path && s.start <= f.start).at(-1)?.heading ?? '';
}

const VIEW = new RegExp(`^\\s*(?:${SPLIT_VIEW_OPENERS.join('|')})[^${CLAUSE_PUNCT}0-9]{1,6}?(?:${SPLIT_VIEW_CLOSERS.join('|')})[${COMMAS}：:]`, 'u');
const TOTAL_BEFORE = new RegExp(`(?:${TOTAL_WORDS.join('|')})[^${CLAUSE_PUNCT}0-9]{0,4}$`, 'u');

/**
 * `分区域看，长株潭地区设施农业面积68.5万亩，洞庭湖区54.2万亩，湘南、湘西地区63.6万亩`: the parts of
 * one unit add up to an earlier figure of that unit on their topic.
 */
export function splitViewRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  view.sentences.forEach((s, i) => {
    if (!VIEW.test(view.text.slice(s.start, s.end))) return;
    const end = itemsEnd(view, i);
    const figures = view.figures.filter((f) => f.start >= s.start && f.end <= end);
    const floor = sectionStart(view, s.start);
    for (const unit of new Set(figures.map((f) => f.record.unit))) {
      const ofUnit = figures.filter((f) => f.record.unit === unit);
      if (ofUnit.length < 2 || !ofUnit.every((f) => plain(view, f) && !TOTAL_BEFORE.test(leftOf(view, f, 8)))) continue;
      const topic = ofUnit.map((f) => topicOf(view, f)).join('|');
      // many parts that add up to a figure of their section need no shared words (`按领域分：交通项目…；市政项目…`)
      const fits = (f: Figure) => sharesTopic(f.record.metric, topic) || (ofUnit.length >= MANY_PARTS && f.start >= floor);
      const relations = view.figures
        .filter((f) => f.end <= s.start && f.record.unit === unit && plain(view, f) && fits(f))
        .reverse()
        .map((whole): Relation => ({
          rule: 'sum', label: whole.record.metric ?? 'total', stated: fig(whole), compare: 'equal', onlyIfHolds: true, byParts: true,
          computed: { kind: 'sum', terms: ofUnit.map((f) => fig(f)) },
        }));
      const chosen = holding(relations)[0];
      if (chosen) out.push(chosen);
    }
  });
  return out;
}

/** Parts enough that their adding up to an earlier figure is no chance. */
const MANY_PARTS = 4;

/** End of a split view: its sentence, with the `；` items after it in its paragraph (`按领域分：A…；B…；C…。`). */
function itemsEnd(view: DocView, i: number): number {
  let j = i;
  while (j + 1 < view.sentences.length && view.sentences[j + 1].paragraph === view.sentences[i].paragraph && ENDS_ITEM.test(view.text.slice(view.sentences[j].start, view.sentences[j].end))) j++;
  return view.sentences[j].end;
}

/** Start of the innermost section holding `at` (the document's start if none). */
function sectionStart(view: DocView, at: number): number {
  return view.sections.filter((x) => x.start <= at && at < x.end).reduce((m, x) => Math.max(m, x.start), 0);
}

const REMAINDER = new RegExp(`^\\s*(?:${REMAINDER_PARTS.join('|')})`, 'u');
const ENDS_ITEM = new RegExp(`[${SEMICOLONS}]\\s*$`, 'u');

/**
 * `8个川塬区乡镇…合计完成4.6万亩；其余20个乡镇完成5.6万亩`: an item naming the rest and the item
 * before it are the two parts of a whole stated earlier on their topic.
 */
export function remainderRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  view.sentences.forEach((s, i) => {
    const prev = view.sentences[i - 1];
    if (!prev || prev.paragraph !== s.paragraph || !REMAINDER.test(view.text.slice(s.start, s.end)) || !ENDS_ITEM.test(view.text.slice(prev.start, prev.end))) return;
    for (const rest of view.figures.filter((f) => f.start >= s.start && f.end <= s.end && plain(view, f))) {
      const first = view.figures.find((f) => f.start >= s.start && f.record.unit === rest.record.unit);
      const other = view.figures.filter((f) => f.start >= prev.start && f.end <= prev.end && f.record.unit === rest.record.unit).at(-1);
      if (first !== rest || !other || !plain(view, other)) continue;
      const topic = `${topicOf(view, other)}|${topicOf(view, rest)}`;
      const relations = view.figures
        .filter((f) => f.end <= prev.start && f.record.unit === rest.record.unit && plain(view, f) && sharesTopic(f.record.metric, topic))
        .reverse()
        .map((whole): Relation => ({
          rule: 'sum', label: whole.record.metric ?? 'total', stated: fig(whole), compare: 'equal', onlyIfHolds: true, byParts: true,
          computed: { kind: 'sum', terms: [fig(other), fig(rest)] },
        }));
      const chosen = holding(relations)[0];
      if (chosen) out.push(chosen);
    }
  });
  return out;
}

/**
 * `纳入监测的2146户8903人…。截至7月31日，已消除风险1327户5518人，尚未消除风险819户3385人`: two parts
 * whose labels name a whole's complementary halves (已/未, 城镇/农村) add up to a figure of their unit in
 * the sentences just before, in each unit.
 */
export function complementRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  view.sentences.forEach((s, i) => {
    const figures = view.figures.filter((f) => f.start >= s.start && f.end <= s.end);
    for (const unit of new Set(figures.map((f) => f.record.unit))) {
      const parts = figures.filter((f) => f.record.unit === unit);
      if (parts.length !== 2 || !parts.every((f) => plain(view, f)) || !halves(parts.map((f) => view.text.slice(clauseStart(view.text, f.start, s.start), f.start)))) continue;
      const first = view.sentences[Math.max(0, i - COMPLEMENT_SENTENCES_BACK)];
      const relations = view.figures
        .filter((f) => f.start >= first.start && f.end <= s.start && f.record.unit === unit && plain(view, f) && sentenceAt(view, f.start)?.paragraph === s.paragraph
          // a 其中 after the whole opens a breakdown, which breakdown.ts reads
          && !BREAKDOWN_WORDS.some((w) => view.text.slice(f.end, parts[0].start).includes(w)))
        .reverse()
        .map((whole): Relation => ({
          rule: 'sum', label: whole.record.metric ?? 'total', stated: fig(whole), compare: 'equal', onlyIfHolds: true, byParts: true,
          computed: { kind: 'sum', terms: parts.map((f) => fig(f)) },
        }));
      const chosen = holding(relations)[0];
      if (chosen) out.push(chosen);
    }
  });
  return out;
}

/** Two clauses whose words name the two halves of a whole, one each. */
const halves = ([a, b]: string[]) => a !== b && COMPLEMENTS.some(([x, y]) => (a.includes(x) && b.includes(y) && !a.includes(y)) || (a.includes(y) && b.includes(x) && !b.includes(y)));

const VERBS = EACH_VERBS.join('|');
const PER_UNIT = new RegExp(`${PER_WORD}([\\u4e00-\\u9fff]{1,2}?)(?:${VERBS})?$`, 'u');

/** `每亩80元`, `每亩补助80元` → `亩`; not `每月` (a period). */
function perUnit(view: DocView, f: Figure): string | undefined {
  const m = PER_UNIT.exec(leftOf(view, f, 8));
  return m && !PER_PERIOD.includes(m[1]) ? m[1] : undefined;
}

/**
 * `落实秋覆膜地膜补贴资金2400万元，按每亩80元标准补助`: the amount next to an amount per unit is that
 * amount times a quantity of the unit stated earlier on the amount's topic (`秋覆膜30万亩`).
 */
export function perUnitProductRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const each of view.figures) {
    const unit = isPercent(each) || each.record.upper !== null ? undefined : perUnit(view, each);
    if (!unit) continue;
    const sentence = sentenceFigures(view, each);
    const k = sentence.indexOf(each);
    const amounts = [sentence[k - 1], sentence[k + 1]].filter((f) => f && f.record.unit === each.record.unit && plain(view, f));
    for (const amount of amounts) {
      const relations = view.figures
        .filter((q) => q.end <= amount.start && q.record.unit === unit && plain(view, q) && sharesTopic(q.record.metric, amount.record.metric))
        .reverse()
        .map((q): Relation => ({
          rule: 'product', label: amount.record.metric ?? 'amount', stated: fig(amount), compare: 'equal', onlyIfHolds: true,
          computed: { kind: 'product', terms: [fig(q), fig(each, true)] },
        }));
      const chosen = holding(relations)[0];
      if (chosen) {
        out.push(chosen);
        break;
      }
    }
  }
  return out;
}
