// What a figure counts, in the document's words: the noun phrase after it (`643个出列村`), else
// the phrase before it with the verb that introduces the number removed (`开工率为97%`), with a
// modifier written before the number kept (`剩余的2903户…贫困人口` → 剩余贫困人口). A change
// statement (`X从A减少到B`) gives X to every figure in it; a compound (`2903户8331人`) shares one.
import type { Doc, Fact } from '../../src/core/types.js';
import { factsWithin, placeOf } from './clause.js';
import {
  AFTER_BREAKS, AFTER_STOPS, CHANGE_VERBS, INTRODUCERS, LEADING_NOISE, MODIFIERS, MONEY_NOUNS, TOTAL_WORDS,
} from './words.js';

const byLength = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const INTRO = byLength(INTRODUCERS);
const NOISE = byLength(LEADING_NOISE);
const MODS = byLength(MODIFIERS);
const STOPS = new Set(AFTER_STOPS);
const CHANGE = new RegExp(`从.*(?:${CHANGE_VERBS.join('|')})(?:到|至|为)`);
/** Units that measure the thing before them rather than count the noun after them. */
const MEASURE_UNITS = new Set(['%', '‰', '个百分点', '元', '倍']);
/** A relative clause whose head noun follows 的: `有产业发展条件的贫困人口`. */
const RELATIVE_STARTS = ['有', '具有', '符合', '需要', '需', '从事', '属于', '在'];
const LEADING_AFTER = ['已', '已经', '己', '均', '共', '都', '全部'];
const MAX_METRIC = 16;

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
  // `…每村各10万元，合计2950万元`: a total without words of its own measures what it adds up
  for (let i = 0; i < sorted.length; i++) {
    const q = sorted[i];
    if (out.get(q)) continue;
    const place = placeOf(c.doc, q.start, q.end);
    const lead = c.doc.text.slice(place.clauseStart, q.start);
    if (!TOTAL_WORDS.some((w) => lead.endsWith(w))) continue;
    const prior = sorted.slice(0, i).reverse().find((p) => p.record.unit === q.record.unit && out.get(p) && p.start >= (place.sentence?.start ?? 0));
    if (prior) out.set(q, out.get(prior)!);
  }
  return out;
}

/** Runs of figures written together with different counters (`2903户8331人`, `58户240万元`). */
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
  const from = leadStart(first, facts, place.clauseStart);
  const rawLead = doc.text.slice(from, first.start);
  const lead = beforePhrase(rawLead, first.record.unit);
  const after = afterPhrase(doc, last, place.clauseEnd, facts);
  const unit = first.record.unit ?? '';
  const countsAfter = after && !after.startsWith('的') && (!MEASURE_UNITS.has(unit) || (unit === '元' && MONEY_NOUNS.some((n) => after.endsWith(n))));
  if (countsAfter || (!lead && after && !after.startsWith('的'))) return cap(withModifier(rawLead, after));
  // `省下达47828人的搬迁任务`: the noun after 的 when nothing stands before the figure
  if (after.startsWith('的') && lead.length < 2) {
    const tail = after.slice(1);
    if (tail.length >= 2) return cap(tail);
  }
  return lead ? cap(lead) : null;
}

/** A short modifier written before the number belongs to the noun after it. */
function withModifier(rawLead: string, after: string): string {
  const trimmed = rawLead.replace(/[\s]+$/, '');
  if (trimmed.endsWith('的')) {
    const mod = stripLeading(trimmed.slice(0, -1)).replace(/^.*[，、]/, '');
    if (mod.length >= 1 && mod.length <= 6 && !after.startsWith(mod)) return mod + after;
  }
  const mod = MODS.find((m) => trimmed.endsWith(m));
  return mod && !after.startsWith(mod) ? mod + after : after;
}

/** `全州贫困发生率从12.25%下降到2.5%`: every figure of the statement measures what stands before 从. */
function changeSubject(clause: string, q: Fact<'quantity'>, clauseStart: number): string | null {
  if (!CHANGE.test(clause)) return null;
  const from = clause.indexOf('从');
  if (q.start < clauseStart + from) return null;
  const subject = stripLeading(clause.slice(0, from));
  return subject || null;
}

/** Start of the phrase before a figure: after the last figure, date or place that precedes it in the clause. */
function leadStart(q: Fact<'quantity'>, facts: Fact[], clauseStart: number): number {
  let from = clauseStart;
  for (const f of facts) {
    if ((f.type === 'quantity' || f.type === 'date' || f.type === 'region') && f.end <= q.start && f.end > from && f.start >= clauseStart) {
      from = f.end;
    }
  }
  return from;
}

function afterPhrase(doc: Doc, q: Fact<'quantity'>, clauseEnd: number, facts: Fact[]): string {
  const pos = q.end;
  let end = pos;
  const nextFact = facts.filter((f) => f.start >= pos && f !== q).reduce((m, f) => Math.min(m, f.start), clauseEnd);
  const limit = Math.min(clauseEnd, nextFact, pos + 24);
  while (end < limit && !AFTER_BREAKS.includes(doc.text[end]) && !/\d/.test(doc.text[end])) end++;
  if (end === pos) return '';
  if (doc.text[pos] === '的') return doc.text.slice(pos, end);
  const words = doc.words(pos, end).map((w) => w.word);
  while (words.length && LEADING_AFTER.includes(words[0])) words.shift();
  let phrase: string[] = [];
  for (const w of words) {
    if (w === '的' && phrase.length && RELATIVE_STARTS.some((r) => phrase.join('').startsWith(r))) {
      phrase = [];
      continue;
    }
    if (STOPS.has(w) || phrase.length >= 4) break;
    phrase.push(w);
  }
  return phrase.join('');
}

function beforePhrase(text: string, unit: string | null): string {
  text = text.replace(/每[\p{Script=Han}]{1,2}各?$/u, '');
  text = stripTrailing(text, unit);
  text = stripLeading(text);
  const de = text.lastIndexOf('的');
  if (de >= 0 && text.length - de - 1 >= 2) text = text.slice(de + 1);
  return text.replace(/^[的、和及与]+|[的、和及与]+$/g, '');
}

function stripTrailing(text: string, unit: string | null): string {
  const keepChange = unit === '%' || unit === '个百分点';
  for (let changed = true; changed && text; ) {
    changed = false;
    text = text.replace(/[\s的]+$/, '');
    if (keepChange && CHANGE_VERBS.some((v) => text.endsWith(v))) break;
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

export function stripLeading(text: string): string {
  for (let changed = true; changed && text; ) {
    changed = false;
    text = text.replace(/^[\s\d.、，,]+/, '');
    const w = NOISE.find((n) => text.startsWith(n));
    if (w && text.length > w.length) {
      text = text.slice(w.length);
      changed = true;
    }
  }
  return text;
}

function cap(metric: string): string {
  return metric.length > MAX_METRIC ? metric.slice(-MAX_METRIC) : metric;
}
