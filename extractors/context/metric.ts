// What a figure counts, in the document's words: the noun phrase after it (`643个出列村`), else
// the phrase before it with the verb that introduces the number removed (`开工率为97%`), with a
// modifier written before the number kept (`剩余的2903户…贫困人口` → 剩余贫困人口). A change
// statement (`X从A减少到B`) gives X to every figure in it; a compound (`2903户8331人`) shares one.
import type { Doc, Fact } from '../../src/core/types.js';
import { factsWithin, placeOf } from './clause.js';
import { AFTER_BREAKS, AFTER_STOPS, CHANGE_VERBS, INTRODUCERS, LEADING_NOISE, MODIFIERS } from './words.js';

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
const MAX_METRIC = 16;

export interface MetricContext {
  doc: Doc;
  facts: Fact[];
}

export function metricOf(q: Fact<'quantity'>, c: MetricContext): string | null {
  const { doc, facts } = c;
  const place = placeOf(doc, q.start, q.end);
  const quantities = factsWithin(facts, 'quantity', place.clauseStart, place.clauseEnd);
  const before = doc.text.slice(place.clauseStart, q.start);
  const change = changeSubject(doc.text.slice(place.clauseStart, place.clauseEnd), q, place.clauseStart);
  if (change) return change;
  const after = afterPhrase(doc, q, quantities, place.clauseEnd);
  const lead = beforePhrase(doc, q, quantities, facts, place.clauseStart);
  const unit = q.record.unit ?? '';
  const useAfter = after && !MEASURE_UNITS.has(unit) && !after.startsWith('的');
  if (useAfter || (!lead && after)) {
    const modifier = MODS.find((m) => before.replace(/的$/, '').endsWith(m));
    return cap(modifier && !after.startsWith(modifier) ? modifier + after : after);
  }
  return lead ? cap(lead) : null;
}

/** `全州贫困发生率从12.25%下降到2.5%`: every figure of the statement measures what stands before 从. */
function changeSubject(clause: string, q: Fact<'quantity'>, clauseStart: number): string | null {
  if (!CHANGE.test(clause)) return null;
  const from = clause.indexOf('从');
  if (q.start < clauseStart + from) return null;
  const subject = stripLeading(clause.slice(0, from));
  return subject || null;
}

function afterPhrase(doc: Doc, q: Fact<'quantity'>, clauseQuantities: Fact<'quantity'>[], clauseEnd: number): string {
  let pos = q.end;
  // a compound figure (`2903户8331人贫困人口`) shares the noun after its last member
  for (const other of clauseQuantities) if (other.start === pos) pos = other.end;
  let end = pos;
  while (end < clauseEnd && end - pos < 24 && !AFTER_BREAKS.includes(doc.text[end]) && !/\d/.test(doc.text[end])) end++;
  if (end === pos) return '';
  if (doc.text[pos] === '的') return '的';
  const words = doc.words(pos, end).map((w) => w.word);
  while (words.length && ['已', '已经', '己', '均', '共', '都', '全部'].includes(words[0])) words.shift();
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

function beforePhrase(doc: Doc, q: Fact<'quantity'>, clauseQuantities: Fact<'quantity'>[], facts: Fact[], clauseStart: number): string {
  let from = clauseStart;
  // start after the last fact that ends before the figure (an earlier figure, a date, a place)
  for (const f of facts) {
    if ((f.type === 'quantity' || f.type === 'date' || f.type === 'region') && f.end <= q.start && f.end > from && f.start >= clauseStart) from = f.end;
  }
  let text = doc.text.slice(from, q.start);
  for (const other of clauseQuantities) if (other.end === q.start) return '';
  text = stripTrailing(text, q.record.unit);
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
