// The quantity extractor: a number with what it counts (`1200户`, `5.6亿元`, `30%以上`,
// `450元—500元`). Numbers that name something (slogans, ranks, grades, codes), dates, durations
// and document numbers are left alone. Metric, region, date and role are filled in later.
import type { Decimal } from 'decimal.js';
import type { Candidate, FactExtractor } from '../../src/core/types.js';
import type { Qualifier } from '../../schemas/quantity.js';
import {
  insideName, isCode, labelAfterUnit, limitedBefore, nameSpans, notAmountBefore, sessionLabel, sloganAfter, yearIsLevel,
} from './context.js';
import { scanNumerals, type NumeralToken } from './scan.js';
import { adverbQualifier, prefixQualifier, readUnit, suffixQualifier, type UnitMatch } from './units.js';
import {
  CLASS_COUNTERS, LIST_JOINER, NOT_SCORE_AFTER, ONE_CHARS, ORDINAL_TWO_CHARS, RANGE_INCLUSIVE_MARKS, RANGE_SEPARATORS, RATIO_NAMES,
  RATIO_VERBS,
  RESPECTIVELY, type UnitEntry,
} from './words.js';

/** How far back `分别` is looked for, and what ends its clause. */
const RESPECTIVELY_REACH = 20;
const CLAUSE_BREAKS = /[，。；,;！？]/;
/** How far before a bare figure the name of a ratio is looked for (its verb included). */
const RATIO_REACH = 12;

export interface QuantityReading {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  upper: number | null;
  qualifier: Qualifier | null;
  precision: number;
  /** the numeral's own span (without qualifier words and unit), for claimed-span checks */
  numeralStart: number;
  numeralEnd: number;
}

export const quantityExtractor: FactExtractor<'quantity'> = {
  id: 'quantity',
  version: '1.5.1',
  kind: 'fact',
  type: 'quantity',
  scope: 'paragraph',
  extract(segment, ctx) {
    return readQuantities(segment.text)
      .filter((q) => !ctx.claimed(segment.start + q.numeralStart, segment.start + q.numeralEnd, ['date', 'reference']))
      .map(toCandidate);
  },
};

function toCandidate(q: QuantityReading): Candidate<'quantity'> {
  return {
    type: 'quantity',
    start: q.start,
    end: q.end,
    fields: {
      value: q.value, unit: q.unit, upper: q.upper, qualifier: q.qualifier,
      metric: null, region: null, asOf: null, role: null, precision: q.precision,
    },
  };
}

/** Every quantity of a text, offsets relative to it. */
export function readQuantities(text: string): QuantityReading[] {
  const tokens = scanNumerals(text);
  const names = nameSpans(text);
  const out: QuantityReading[] = [];
  let taken = 0; // end of the last reading: a numeral inside its unit (`10千伏`) is not another
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].start < taken) continue;
    const read = readAt(text, tokens, k);
    if (!read) continue;
    if (read.upperToken) k++;
    taken = read.q.end;
    if (!insideName(names, read.q.numeralStart, read.q.numeralEnd)) out.push(read.q);
  }
  return out;
}

interface Tail {
  unit: UnitMatch | null;
  approx: boolean;
  end: number;
}

function tailOf(text: string, tok: NumeralToken): Tail {
  if (tok.prefixUnit) {
    const entry: UnitEntry = { unit: tok.prefixUnit, kind: 'amount' };
    return { unit: { entry, written: '', end: tok.end }, approx: false, end: tok.end };
  }
  return readUnit(text, tok.end);
}

interface Range {
  upper: NumeralToken;
  tail: Tail;
}

/**
 * `450元—500元`, `1-2个`, `1.5-2万元`: a second figure right after a separator, in the same unit.
 * A score band may mark its low end inclusive before the separator (`80分（含）至90分`).
 */
function rangeAfter(text: string, tokens: NumeralToken[], k: number, first: Tail): Range | null {
  const next = tokens[k + 1];
  if (!next) return null;
  const mark = RANGE_INCLUSIVE_MARKS.find((m) => text.startsWith(m, first.end));
  const at = first.end + (mark?.length ?? 0);
  const sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, at));
  if (!sep || next.start !== at + sep.length) return null;
  const tail = tailOf(text, next);
  if (!tail.unit) return null;
  if (first.unit && first.unit.entry.unit !== tail.unit.entry.unit) return null;
  return { upper: next, tail };
}

/**
 * `拉动贡献分别为0.15、-5.64、1.34个百分点`: after `分别`, bare figures listed with `、` before one
 * that carries a unit share it.
 */
function sharedUnit(text: string, tokens: NumeralToken[], k: number): Tail | null {
  const tok = tokens[k];
  const clause = text.slice(Math.max(0, tok.start - RESPECTIVELY_REACH), tok.start).split(CLAUSE_BREAKS).pop()!;
  if (!clause.includes(RESPECTIVELY)) return null;
  for (let j = k; j + 1 < tokens.length; j++) {
    if (text.slice(tokens[j].end, tokens[j + 1].start) !== LIST_JOINER) return null;
    const next = tailOf(text, tokens[j + 1]);
    if (next.unit) return next.unit.entry.kind === 'amount' ? { unit: { ...next.unit, written: '', end: tok.end }, approx: false, end: tok.end } : null;
  }
  return null;
}

function readAt(text: string, tokens: NumeralToken[], k: number): { q: QuantityReading; upperToken: boolean } | null {
  const tok = tokens[k];
  let first = tailOf(text, tok);
  if (!first.unit && tok.script === 'arabic') first = sharedUnit(text, tokens, k) ?? first;
  const range = rangeAfter(text, tokens, k, first);
  const tail = range ? range.tail : first;
  const unit = tail.unit;
  const prefix = prefixQualifier(text, tok.start);
  const suffix = suffixQualifier(text, tail.end);
  const start = prefix?.start ?? tok.start;
  const marks: Marks = { prefix: prefix !== null, suffix: suffix !== null || range !== null, infix: first.approx || tail.approx || tok.approxInside === true };
  if (!isAmount(text, tok, unit, start, marks)) return null;
  if (range && !isAmount(text, range.upper, unit, range.upper.start, marks)) return null;
  const scale = rangeScale(tok, range);
  return {
    q: {
      start,
      end: suffix?.end ?? tail.end,
      value: tok.value.times(scale).toNumber(),
      unit: unit ? unit.entry.unit : null,
      upper: range ? range.upper.value.toNumber() : null,
      qualifier: prefix?.qualifier ?? suffix?.qualifier ?? (marks.infix ? 'approx' : null) ?? adverbQualifier(text, tok.start),
      precision: tok.precision.times(scale).toNumber(),
      numeralStart: tok.start,
      numeralEnd: range ? range.upper.end : tok.end,
    },
    upperToken: range !== null,
  };
}

/** `1.5-2万元`: the multiplier written once, after the second figure, applies to both. */
function rangeScale(tok: NumeralToken, range: Range | null): Decimal | number {
  if (!range || tok.script !== 'arabic' || !tok.multiplier.eq(1)) return 1;
  return range.upper.multiplier;
}

/** What marks a figure as a measured amount besides its unit. */
interface Marks {
  /** a qualifier word before it (`约`, `超过`) */
  prefix: boolean;
  /** a qualifier word after it (`以上`, `左右`) */
  suffix: boolean;
  /** `多`/`余` between number and unit */
  infix: boolean;
}

function isAmount(text: string, tok: NumeralToken, unit: UnitMatch | null, start: number, marks: Marks): boolean {
  if (notAmountBefore(text, tok) || isCode(text, tok)) return false;
  if (!unit) return bareFigure(text, tok) || ratioValue(text, tok, start);
  if (labelAfterUnit(text, unit.end) || sloganAfter(text, tok, unit.written, unit.end)) return false;
  if (sessionLabel(text, tok, unit.entry.unit, unit.end)) return false;
  switch (unit.entry.kind) {
    case 'duration':
    case 'term':
      return false;
    case 'year':
      return yearIsLevel(text, tok, start);
    case 'grade':
      if (unit.entry.unit === '分' && NOT_SCORE_AFTER.includes(text[tok.start - 1] ?? '')) return false;
      return tok.script === 'arabic';
    default:
      break;
  }
  const qualified = marks.prefix || marks.suffix || marks.infix;
  if (CLASS_COUNTERS.includes(unit.entry.unit) && !qualified) return false;
  if (tok.script === 'arabic') return true;
  if (ONE_CHARS.includes(tok.written) || ORDINAL_TWO_CHARS.includes(tok.written)) return marks.suffix || limitedBefore(text, tok.start);
  if (tok.barePower) return qualified;
  return true;
}

/**
 * `城乡居民收入比缩小至1.7以内`, `基尼系数为0.46`: a ratio or index has no unit; its figure is
 * an amount when the ratio's name (and a verb of reaching) stands right before it.
 */
function ratioValue(text: string, tok: NumeralToken, start: number): boolean {
  if (tok.script !== 'arabic' || /[0-9A-Za-z.%]/.test(text[tok.end] ?? '')) return false;
  let before = text.slice(Math.max(0, start - RATIO_REACH), start);
  const verb = RATIO_VERBS.find((v) => before.endsWith(v));
  if (verb) before = before.slice(0, -verb.length);
  return RATIO_NAMES.some((n) => before.endsWith(n));
}

/** A figure without a unit is an amount only when written with 万/亿 (`84万建档立卡贫困人口`). */
function bareFigure(text: string, tok: NumeralToken): boolean {
  if (tok.script !== 'arabic' || tok.multiplier.lt(1e4)) return false;
  return !/[0-9A-Za-z]/.test(text[tok.end] ?? '');
}
