// What a figure counts, in the document's words: the noun phrase after it (`643个出列村`), else
// the phrase before it with the verb that introduces the number removed (`开工率为97%`), with a
// modifier written before the number kept (`剩余的1200户…搬迁群众` → 剩余搬迁群众). A change
// statement (`X从A减少到B`) gives X to every figure in it; a compound (`1200户3600人`) shares one.
import type { Doc, Fact } from '../../src/core/types.js';
import { cutWords } from '../../src/segment/words.js';
import { factsInside, factsWithin, nextFactStart, placeOf } from './clause.js';
import {
  AFTER_BREAKS, AFTER_STOPS, AVERAGE_WORDS, AFTER_TEXT_STOPS, CHANGE_VERBS, COMPARERS, COMPARISON_BASES, GENERIC_HEADS, GRANT_VERBS, INTRODUCERS,
  JOINT_PREFIXES, LEADING_NOISE, MODIFIERS, MONEY_NOUNS, SIZE_WORDS, SPAN_AFTER, SPAN_BEFORE, SPAN_UNITS, SUBJECT_ENDS, TOTAL_WORDS, TRAILING_HEDGES, TREND_ADVERBS,
} from './words.js';

const byLength = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const INTRO = byLength(INTRODUCERS);
const HEDGES = byLength(TRAILING_HEDGES);
const NOISE = byLength(LEADING_NOISE);
const MODS = byLength(MODIFIERS);
const STOPS = new Set(AFTER_STOPS);
/** `X从A减少到B`, `X由A提高到B`: the subject X stands before 从/由. */
const CHANGE = new RegExp(`^(.*?)[从由].*(?:${CHANGE_VERBS.join('|')})(?:到|至|为)`);
/** Units that measure the thing before them rather than count the noun after them. */
const MEASURE_UNITS = new Set(['%', '‰', '个百分点', '元', '倍']);
/** A relative clause whose head noun follows 的: `有产业发展条件的贫困人口`. */
const RELATIVE_STARTS = ['有', '具有', '符合', '需要', '需', '从事', '属于', '在', '达到', '满足', '享受', '参加'];
const LEADING_AFTER = ['已', '已经', '己', '均', '共', '都', '全部'];
const MAX_METRIC = 24;

export interface MetricContext {
  doc: Doc;
  facts: Fact[];
}

/** Metrics of every quantity: compounds share one, a total takes that of what it sums. */
export function metricsOf(quantities: Fact<'quantity'>[], c: MetricContext): Map<Fact<'quantity'>, string | null> {
  const out = new Map<Fact<'quantity'>, string | null>();
  const sorted = [...quantities].sort((a, b) => a.start - b.start);
  for (const group of compounds(sorted)) {
    const metric = metricOfGroup(group, c);
    for (const q of group) out.set(q, metric);
  }
  for (const [q, metric] of respectiveMetrics(c.doc, sorted)) out.set(q, metric);
  for (let i = 0; i < sorted.length; i++) {
    const q = sorted[i];
    if (strong(out.get(q))) continue;
    const place = placeOf(c.doc, q.start, q.end);
    const sentenceStart = place.sentence?.start ?? place.clauseStart;
    const lead = c.doc.text.slice(place.clauseStart, q.start);
    const earlier: Fact<'quantity'>[] = []; // nearest first; walking back stops at the sentence's start
    for (let j = i - 1; j >= 0 && sorted[j].start >= sentenceStart; j--) if (strong(out.get(sorted[j]))) earlier.push(sorted[j]);
    // `…每村各10万元，合计2950万元`: a total measures what it adds up
    const total = TOTAL_WORDS.some((w) => lead.endsWith(w));
    // `突破2万亿元、达到23562亿元`, `到2025年不低于4.66人`: a figure with no words of its own
    // continues the statement of the figure before it in its sentence
    const prior = total ? earlier.find((p) => p.record.unit === q.record.unit) : earlier[0];
    if (prior) out.set(q, continued(out.get(prior)!, prior, q));
  }
  for (const [q, metric] of changesOfFigures(sorted, out, c.doc)) out.set(q, metric);
  return out;
}

/** Units of a rate or a change of one: an amount after such a figure measures the thing, not its rate. */
const RATE_UNITS = new Set(['%', '‰', '个百分点']);

/**
 * The metric a figure with no words of its own takes from the figure before it: the same, but an
 * amount after a rate (`收入增速高于城镇居民1个百分点，力争达到48000元`) measures the thing rated.
 */
function continued(metric: string, prior: Fact<'quantity'>, q: Fact<'quantity'>): string {
  if (!RATE_UNITS.has(prior.record.unit ?? '') || RATE_UNITS.has(q.record.unit ?? '')) return metric;
  let cut = metric.length;
  for (const w of [...CHANGE_VERBS, ...COMPARERS, ...COMPARISON_BASES]) {
    const at = metric.indexOf(w);
    if (at >= 2 && at < cut) cut = at;
  }
  return metric.slice(0, cut);
}

/** A metric that is only a change (`同比增长`, `比上年下降`, `增长`): it says how, not what. */
const CHANGE_ONLY = new RegExp(`^(?:${COMPARISON_BASES.join('|')})?(?:${CHANGE_VERBS.join('|')})$`);

/**
 * `第一产业增加值1850.6亿元，同比增长4.2%`: a change whose metric names no thing is the change of
 * the figure before it in its sentence: 第一产业增加值同比增长.
 */
function changesOfFigures(sorted: Fact<'quantity'>[], metrics: Map<Fact<'quantity'>, string | null>, doc: Doc): Map<Fact<'quantity'>, string> {
  const out = new Map<Fact<'quantity'>, string>();
  for (let i = 1; i < sorted.length; i++) {
    const metric = metrics.get(sorted[i]);
    if (!metric || !CHANGE_ONLY.test(metric)) continue;
    const place = placeOf(doc, sorted[i].start, sorted[i].end);
    const sentenceStart = place.sentence?.start ?? place.clauseStart;
    for (let j = i - 1; j >= 0 && sorted[j].start >= sentenceStart; j--) {
      const base = thingOf(metrics.get(sorted[j]));
      if (!base) continue;
      out.set(sorted[i], cap(base + metric));
      break;
    }
  }
  return out;
}

/** The thing a metric names, a change phrase at its end dropped (`地区生产总值同比增长` → `地区生产总值`); null if none. */
function thingOf(metric: string | null | undefined): string | null {
  if (!strong(metric) || CHANGE_ONLY.test(metric)) return null;
  for (let cut = 1; cut < metric.length; cut++) {
    if (CHANGE_ONLY.test(metric.slice(cut))) return metric.slice(0, cut);
  }
  return metric;
}

/** A metric of at least two characters that is not just a verb, nor just a span of time. */
function strong(metric: string | null | undefined): metric is string {
  return !!metric && metric.length >= 2 && !INTRO.includes(metric) && !NOISE.includes(metric) && !TIME_SPAN.test(metric);
}

const TIME_SPAN = new RegExp(
  `^(?:${SPAN_BEFORE.join('|')})?[0-9一二三四五六七八九十两]+(?:${SPAN_UNITS.join('|')})(?:${SPAN_AFTER.join('|')})?$`,
);

/** `A、B和C分别占比达30%、20%和10%`: each figure of the list measures its own item. */
function respectiveMetrics(doc: Doc, sorted: Fact<'quantity'>[]): Map<Fact<'quantity'>, string> {
  const out = new Map<Fact<'quantity'>, string>();
  for (const run of listRuns(doc, sorted)) {
    const place = placeOf(doc, run[0].start, run[0].end);
    const lead = doc.text.slice(place.clauseStart, run[0].start);
    const at = lead.lastIndexOf('分别');
    if (at < 0) continue;
    const subject = lead.slice(0, at);
    const items = spreadHead(subject.split(/[、和及与]/).map((x) => stripLeading(x.replace(/^.*[，,]/, ''))).filter((x) => x));
    const joint = jointItems(items, run.length);
    if (joint) run.forEach((q, i) => out.set(q, cap(joint[i])));
    else if (items.length === run.length && items.every((x) => x.length >= 2)) {
      run.forEach((q, i) => out.set(q, cap(items[i])));
    } else {
      const shared = beforePhrase(subject, run[0].record.unit);
      if (shared) for (const q of run) out.set(q, cap(shared));
    }
  }
  return out;
}

/** `城乡居民人均可支配收入分别增长6%、6.5%`: 城乡 names the two items, 城镇… and 农村…. */
function jointItems(items: string[], count: number): string[] | null {
  if (items.length !== 1) return null;
  for (const [prefix, parts] of Object.entries(JOINT_PREFIXES)) {
    if (items[0].startsWith(prefix) && parts.length === count && items[0].length > prefix.length + 1) {
      return parts.map((p) => p + items[0].slice(prefix.length));
    }
  }
  return null;
}

/**
 * `城镇和农村居民人均可支配收入`, `中小学和幼儿园教师`: the items before the last name only what
 * sets them apart, and share the last one's head. When each is as long as the last item's first
 * word (城镇 ~ 农村), they take the rest of it (居民人均可支配收入).
 */
function spreadHead(items: string[]): string[] {
  const last = items.at(-1);
  if (!last || items.length < 2) return items;
  const first = cutWords(last)[0]?.word ?? '';
  const head = last.slice(first.length);
  if (first.length < 2 || head.length < 2) return items;
  if (!items.slice(0, -1).every((x) => x.length === first.length && !x.endsWith(head))) return items;
  return [...items.slice(0, -1).map((x) => x + head), last];
}

/** Runs of figures written as a list (`30%、20%和10%`, `2413元、2512元、2121元`). */
export function listRuns(doc: Doc, sorted: Fact<'quantity'>[]): Fact<'quantity'>[][] {
  const runs: Fact<'quantity'>[][] = [];
  let run: Fact<'quantity'>[] = [];
  for (const q of sorted) {
    const last = run.at(-1);
    if (last && /^[、和及与]$/.test(doc.text.slice(last.end, q.start)) && last.record.unit === q.record.unit) run.push(q);
    else {
      if (run.length > 1) runs.push(run);
      run = [q];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** Runs of figures written together with different counters (`1200户3600人`, `58户240万元`). */
function compounds(sorted: Fact<'quantity'>[]): Fact<'quantity'>[][] {
  const groups: Fact<'quantity'>[][] = [];
  for (const q of sorted) {
    const last = groups.at(-1)?.at(-1);
    const joins = last && last.end === q.start && isCounter(last) && isCounter(q) && last.record.unit !== q.record.unit;
    if (joins) groups.at(-1)!.push(q);
    else groups.push([q]);
  }
  return groups;
}

function isCounter(q: Fact<'quantity'>): boolean {
  return q.record.unit !== null && !MEASURE_UNITS.has(q.record.unit);
}

function metricOfGroup(group: Fact<'quantity'>[], c: MetricContext): string | null {
  const { doc, facts } = c;
  const first = group[0];
  const last = group[group.length - 1];
  const place = placeOf(doc, first.start, last.end);
  const change = changeSubject(doc.text.slice(place.clauseStart, place.clauseEnd), first, place.clauseStart);
  if (change) return cap(change);
  const { from, cutBy } = leadStart(first, facts, place.clauseStart);
  const rawLead = withAside(doc, facts, first, from, place.clauseStart) ?? doc.text.slice(from, first.start);
  let lead = beforePhrase(rawLead, first.record.unit);
  if (lead.length < 2 && cutBy?.type === 'region') {
    // `东距巴东县城18公里`: a place cut off its own word
    lead = beforePhrase(doc.text.slice(place.clauseStart, first.start), first.record.unit);
  }
  if (lead.length < 2 && cutBy?.type === 'date') lead = beforeDate(doc, cutBy, facts, place.clauseStart, first.record.unit) ?? lead;
  if (!lead && doc.text[place.clauseStart - 1]?.match(/[（(]/)) {
    // `抬高水位（156米及175米）`: the figures in brackets measure what stands before them
    const outer = placeOf(doc, place.clauseStart - 1, place.clauseStart - 1);
    lead = beforePhrase(doc.text.slice(outer.clauseStart, place.clauseStart - 1), first.record.unit);
  }
  const after = afterPhrase(doc, last, place.clauseEnd, facts);
  const unit = first.record.unit ?? '';
  const countsAfter = after && !after.startsWith('的') && (!MEASURE_UNITS.has(unit) || (unit === '元' && MONEY_NOUNS.some((n) => after.endsWith(n))));
  if (countsAfter || (!lead && after && !after.startsWith('的'))) return cap(withModifier(rawLead, after));
  // `省下达47828人的搬迁任务`, `加强15%的中医馆…`: the noun after 的 when only a verb stands before
  // the figure; `最高不超过15万元的创业担保贷款`: the sum of what follows
  if (after.startsWith('的')) {
    const tail = after.slice(1);
    const money = unit === '元' && MONEY_NOUNS.some((n) => tail.endsWith(n));
    const size = SIZE_WORDS.some((w) => lead.endsWith(w));
    if (tail.length >= 2 && (lead.length <= 2 || money || size)) return cap(tail);
  }
  if (lead.length < 2) return cellBefore(doc, first) ?? grantBefore(doc, first, place.clauseStart) ?? trendBefore(doc, first, place.clauseStart) ?? (lead || null);
  if (AVERAGE_WORDS.includes(lead)) return sentenceSubject(doc, place) ?? lead;
  return cap(lead);
}

/** The noun a sentence opens with, before its first verb, when the figure is in a later clause: null if none. */
function sentenceSubject(doc: Doc, place: ReturnType<typeof placeOf>): string | null {
  const start = place.sentence?.start;
  if (start === undefined || start >= place.clauseStart - 1) return null;
  const opening = doc.text.slice(start, place.clauseStart);
  const clauseEnd = opening.search(/[，,；;（(]/);
  let end = clauseEnd;
  for (const w of SUBJECT_ENDS) {
    const at = opening.indexOf(w);
    if (at >= 2 && at < end) end = at;
  }
  if (end === clauseEnd) return null;
  const subject = stripLeading(opening.slice(0, end));
  return subject.length >= 2 && subject.length <= 12 && !/\d/.test(subject) ? subject : null;
}

/**
 * `给予一次性交通补助，每人不超过1000元`: a sum whose clause only says per what (`每人`, `每亩`)
 * measures the grant the clause before it names.
 */
function grantBefore(doc: Doc, q: Fact<'quantity'>, clauseStart: number): string | null {
  if (q.record.unit !== '元' || !doc.text.slice(clauseStart, q.start).trimStart().startsWith('每')) return null;
  if (!/[，,]/.test(doc.text[clauseStart - 1] ?? '')) return null;
  const before = placeOf(doc, clauseStart - 2, clauseStart - 2);
  const text = doc.text.slice(before.clauseStart, clauseStart - 1);
  let at = -1;
  for (const v of GRANT_VERBS) {
    const i = text.lastIndexOf(v);
    if (i >= 0) at = Math.max(at, i + v.length);
  }
  const noun = at < 0 ? '' : stripLeading(text.slice(at));
  return noun.length >= 2 && MONEY_NOUNS.some((n) => noun.endsWith(n)) ? cap(noun) : null;
}

const TREND = new RegExp(`^(.+?)(?:${TREND_ADVERBS.join('|')})(?:${CHANGE_VERBS.join('|')})$`);

/** `用于产业发展的比重逐年提高，2021年不低于55%`: the thing whose trend the clause before states. */
function trendBefore(doc: Doc, q: Fact<'quantity'>, clauseStart: number): string | null {
  if (!/[，,]/.test(doc.text[clauseStart - 1] ?? '')) return null;
  const before = placeOf(doc, clauseStart - 2, clauseStart - 2);
  const m = TREND.exec(doc.text.slice(before.clauseStart, clauseStart - 1));
  const thing = m ? beforePhrase(m[1], q.record.unit) : '';
  return thing.length >= 2 ? cap(thing) : null;
}

/** An aside in brackets of at most this many characters (`（下同）`, `（现价）`) is skipped in a lead. */
const MAX_ASIDE = 8;

/**
 * `地区生产总值同比(下同)增长4.5%`: the clause starts after a short aside; the lead is the text
 * before the aside and after it. null when no such aside closes just before the clause.
 */
function withAside(doc: Doc, facts: Fact[], q: Fact<'quantity'>, from: number, clauseStart: number): string | null {
  if (from !== clauseStart || !/[)）]/.test(doc.text[clauseStart - 1] ?? '')) return null;
  const open = Math.max(doc.text.lastIndexOf('(', clauseStart - 1), doc.text.lastIndexOf('（', clauseStart - 1));
  if (open < 0 || clauseStart - open - 2 > MAX_ASIDE || /\d/.test(doc.text.slice(open, clauseStart))) return null;
  const outer = placeOf(doc, open, open);
  const before = leadStart(q, facts, outer.clauseStart).from;
  return before < open ? doc.text.slice(before, open) + doc.text.slice(clauseStart, q.start) : null;
}

/** A short modifier written before the number belongs to the noun after it. */
function withModifier(rawLead: string, after: string): string {
  const trimmed = rawLead.replace(/[\s]+$/, '');
  if (trimmed.endsWith('的')) {
    const mod = stripLeading(trimmed.slice(0, -1).replace(/^.*[，、和及与]/, ''));
    if (mod.length >= 1 && mod.length <= 8 && !after.startsWith(mod)) return mod + after;
  }
  const mod = MODS.find((m) => trimmed.endsWith(m));
  return mod && !after.startsWith(mod) ? mod + after : after;
}

/** `全州贫困发生率从12.25%下降到2.5%`: every figure of the statement measures what stands before 从 (or 由). */
function changeSubject(clause: string, q: Fact<'quantity'>, clauseStart: number): string | null {
  const m = CHANGE.exec(clause);
  if (!m) return null;
  const from = m[1].length;
  if (q.start < clauseStart + from) return null;
  const subject = stripLeading(clause.slice(0, from));
  return subject || null;
}

/**
 * `新能源汽车产量2022年达到52.7万辆`: a year between the thing and its verb; the figure measures
 * the phrase before the date. null when that phrase is not a name.
 */
function beforeDate(doc: Doc, date: Fact, facts: Fact[], clauseStart: number, unit: string | null): string | null {
  let from = clauseStart;
  for (const f of factsInside(facts, clauseStart, date.start)) {
    if (f !== date && (f.type === 'quantity' || f.type === 'date' || f.type === 'region') && f.end > from) from = f.end;
  }
  const lead = beforePhrase(doc.text.slice(from, date.start), unit);
  return lead.length >= 2 ? lead : null;
}

/** Start of the phrase before a figure: after the last figure, date or place that precedes it in the clause. */
function leadStart(q: Fact<'quantity'>, facts: Fact[], clauseStart: number): { from: number; cutBy: Fact | null } {
  let from = clauseStart;
  let cutBy: Fact | null = null;
  for (const f of factsInside(facts, clauseStart, q.start)) {
    if ((f.type === 'quantity' || f.type === 'date' || f.type === 'region') && f.end > from) {
      from = f.end;
      cutBy = f;
    }
  }
  return { from, cutBy };
}

/** In a table row, the cell before a figure's cell names what it measures (`就诊率\t…达到60%`). */
function cellBefore(doc: Doc, q: Fact<'quantity'>): string | null {
  const paragraph = doc.paragraphAt(q.start);
  if (!paragraph || !paragraph.text.includes('\t')) return null;
  const at = q.start - paragraph.start;
  const cellStart = paragraph.text.lastIndexOf('\t', at - 1);
  if (cellStart < 0) return null;
  const prevStart = paragraph.text.lastIndexOf('\t', cellStart - 1) + 1;
  const cell = paragraph.text.slice(prevStart, cellStart).trim();
  return cell && !/^[\d.%\s]+$/.test(cell) && cell.length <= MAX_METRIC ? cell : null;
}

function afterPhrase(doc: Doc, q: Fact<'quantity'>, clauseEnd: number, facts: Fact[]): string {
  const pos = q.end;
  let end = pos;
  const limit = Math.min(nextFactStart(facts, pos, q, clauseEnd), pos + 24);
  while (end < limit && !AFTER_BREAKS.includes(doc.text[end]) && !/\d/.test(doc.text[end])) end++;
  const span = doc.text.slice(pos, end);
  for (const w of AFTER_TEXT_STOPS) {
    const at = span.indexOf(w);
    if (at > 0) end = Math.min(end, pos + at);
  }
  if (end === pos) return '';
  if (doc.text[pos] === '的') return doc.text.slice(pos, end);
  const words = doc.words(pos, end).map((w) => w.word);
  while (words.length && LEADING_AFTER.includes(words[0])) words.shift();
  let phrase: string[] = [];
  let relative = false;
  for (const w of words) {
    if (!phrase.length && RELATIVE_STARTS.includes(w)) relative = true;
    if (w === '的' && relative) {
      // `达到国际服务标准的家庭医生`, `有产业发展条件的贫困人口`: the head noun follows 的
      phrase = [];
      relative = false;
      continue;
    }
    if (relative) {
      phrase.push(w);
      continue;
    }
    if (w === '为' && phrase.length >= 2) return withoutVerb(doc, pos, phrase);
    if (STOPS.has(w) || phrase.length >= 6 || phrase.join('').length >= 14) break;
    phrase.push(w);
  }
  return relative ? '' : phrase.join('');
}

/** `4个省级开发区升级为…`: the verb before 为 is no part of the noun phrase. */
function withoutVerb(doc: Doc, pos: number, phrase: string[]): string {
  const text = phrase.join('');
  const last = doc.tagged(pos, pos + text.length).at(-1);
  const verb = last && last.end === pos + text.length && /^v/.test(last.tag) && last.word === phrase.at(-1);
  return verb ? phrase.slice(0, -1).join('') : text;
}

function beforePhrase(text: string, unit: string | null): string {
  // per-unit phrases say how the figure is counted, not what: `为每人每月`, `每村各`
  text = text.replace(/(?:为)?(?:每[\p{Script=Han}]){1,3}(?:分别)?各?(?:为)?$/u, '');
  // `X占Y的比重达到15%`, `X按Y的1.5倍确定`: the figure measures X, relative to Y
  const relative = /^(.{2,}?)(?:占|按|相当于|是|为)[^，。；]{2,}的(?:比例|比重|比率|份额)?(?:达到|达|为|超过)?$/u.exec(text.replace(/[\s]+$/, ''));
  if (relative && (unit === '%' || unit === '倍' || unit === '‰')) text = relative[1];
  text = stripTrailing(text, unit);
  // `…出列村由州级财政奖励`: what the agent after 由 does is the measure
  const agent = text.lastIndexOf('由');
  if (agent >= 0 && text.length - agent > 2) text = text.slice(agent + 1);
  text = stripLeading(text);
  const de = text.lastIndexOf('的');
  if (de >= 0 && text.length - de - 1 >= 2) {
    // `用于产业发展的比例`: a generic head keeps what it is the share of
    const head = text.slice(de + 1);
    text = GENERIC_HEADS.includes(head) && de >= 2 ? text.slice(0, de) + head : head;
  }
  return text.replace(/^[的、和及与]+|[的、和及与]+$/g, '');
}

function stripTrailing(text: string, unit: string | null): string {
  const keepChange = unit === '%' || unit === '个百分点';
  for (let changed = true; changed && text; ) {
    changed = false;
    text = text.replace(/[\s的]+$/, '');
    if (keepChange && CHANGE_VERBS.some((v) => text.endsWith(v))) break;
    // a hedge stands right after the metric (`亩均投入原则上不低于`): what is before it is kept whole
    const hedge = HEDGES.find((h) => text.endsWith(h));
    if (hedge) return text.length > hedge.length ? text.slice(0, -hedge.length).replace(/[\s的]+$/, '') : '';
    const w = INTRO.find((i) => text.endsWith(i)) ?? CHANGE_VERBS.find((v) => text.endsWith(v));
    if (w && text.length > w.length) {
      text = text.slice(0, -w.length);
      changed = true;
    } else if (w) {
      text = '';
    }
  }
  return text;
}

/** Drops leading noise words, whole words only (`对外投资` keeps its 对). */
export function stripLeading(text: string): string {
  for (let changed = true; changed && text; ) {
    changed = false;
    // `5G基站数量`: a number that starts a name stays
    text = text.replace(/^(?:[\s、，,]+|[\d.]+(?![\dA-Za-z.]))+/, '');
    const starting = NOISE.filter((n) => text.startsWith(n));
    if (!starting.length) break;
    // jieba only when a noise word starts the text: most metrics have none
    const boundaries = wordEnds(text);
    const w = starting.find((n) => boundaries.has(n.length));
    if (w && text.length > w.length) {
      text = text.slice(w.length);
      changed = true;
    }
  }
  return text;
}

function wordEnds(text: string): Set<number> {
  return new Set(cutWords(text.slice(0, 12)).map((w) => w.end));
}

function cap(metric: string): string {
  return metric.length > MAX_METRIC ? metric.slice(-MAX_METRIC) : metric;
}
