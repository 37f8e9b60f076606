// Finding the numerals of a text: Arabic (with thousands separators, decimals and the 万/亿
// multipliers: `1.42万`, `3万4000`, `25万6千`), Chinese (`三万五千`, `壹仟贰佰`) and `百分之三十`.
// Values come from the one numeral reader (src/text/numerals.ts); this module only finds where
// numerals are and how they were written.
import { Decimal } from 'decimal.js';
import { CharClass, isAsciiDigitAt, WordTable } from '../../src/text/chars.js';
import { CHINESE_DIGIT_CHARS, CHINESE_UNIT_CHARS, parseNumeral } from '../../src/text/numerals.js';
import { INFIX_APPROX, MINUS_SIGNS, NEGATIVE_AFTER, PERCENT_PREFIXES, UNITS } from './words.js';

export interface NumeralToken {
  start: number;
  end: number;
  written: string;
  value: Decimal;
  /** product of the multipliers written after the last digits (`1.42万` → 10000), 1 if none */
  multiplier: Decimal;
  /** place value of the last written digit, multipliers applied (`1.42万` → 100) */
  precision: Decimal;
  script: 'arabic' | 'chinese';
  /** a Chinese numeral with no digit, a bare power of ten above 十 (`百`, `千`, `百亿`) */
  barePower: boolean;
  /** unit given by a prefix (`百分之三十` → `%`), else null */
  prefixUnit: string | null;
  /** `多`/`余` written before the multiplier (`8000多万`): an approximate figure */
  approxInside?: true;
}

const ARABIC_CORE = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y;
const BIG = '万亿萬億';
const SMALL_AFTER_ARABIC = '百千';
// scanNumerals tries every position: what a numeral may start with is tested by code unit
const CHINESE_CHARS = new CharClass([...CHINESE_DIGIT_CHARS, ...CHINESE_UNIT_CHARS]);
const PERCENT_FIRST = new CharClass([...PERCENT_PREFIXES.keys()].map((p) => p[0]));
const ZEROS = new Set(['零', '〇', '○']);
/** Words that end a numeral before them: units of more than one character and the percent prefixes. */
const NUMERAL_STOPS = new WordTable([...[...UNITS.keys()].filter((k) => k.length > 1), ...PERCENT_PREFIXES.keys()]);

/** All numerals of `text`, in order, not overlapping. */
export function scanNumerals(text: string): NumeralToken[] {
  const out: NumeralToken[] = [];
  let i = 0;
  while (i < text.length) {
    const tok = percentPrefixed(text, i) ?? signed(text, arabicAt(text, i)) ?? chineseAt(text, i);
    if (tok === undefined) {
      i++;
      continue;
    }
    if (tok.token) out.push(tok.token);
    i = Math.max(tok.next, i + 1);
  }
  return out;
}

interface Step {
  token: NumeralToken | null;
  next: number;
}

function percentPrefixed(text: string, i: number): Step | undefined {
  if (!PERCENT_FIRST.at(text, i)) return undefined;
  for (const [prefix, unit] of PERCENT_PREFIXES) {
    if (!text.startsWith(prefix, i)) continue;
    const inner = arabicAt(text, i + prefix.length) ?? chineseAt(text, i + prefix.length);
    if (!inner?.token) return undefined;
    // `百分之百`: the inner numeral is a plain figure here, not a vague `百`
    const token = { ...inner.token, start: i, written: text.slice(i, inner.token.end), prefixUnit: unit, barePower: false };
    return { token, next: inner.next };
  }
  return undefined;
}

function arabicAt(text: string, i: number): Step | undefined {
  if (!isAsciiDigitAt(text, i)) return undefined;
  if (i > 0 && (isAsciiDigitAt(text, i - 1) || text[i - 1] === '.')) return undefined;
  ARABIC_CORE.lastIndex = i;
  const core = ARABIC_CORE.exec(text);
  if (!core) return undefined;
  let end = i + core[0].length;
  let lastDigitsEnd = end;
  let lastDigits = core[0];
  let approxAt = -1;
  for (;;) {
    const c = text[end];
    if (c !== undefined && approxAt < 0 && INFIX_APPROX.includes(c) && BIG.includes(text[end + 1] ?? '_')) {
      // `8000多万人`, `1万余亿元`: the word of approximation sits before the multiplier
      approxAt = end++;
      continue;
    }
    if (c !== undefined && BIG.includes(c)) {
      end++;
      const mixed = mixedTail(text, end);
      if (mixed) {
        end = mixed.end;
        lastDigits = mixed.digits;
        lastDigitsEnd = mixed.digitsEnd;
      }
      continue;
    }
    if (c !== undefined && SMALL_AFTER_ARABIC.includes(c) && !startsUnitOrPercent(text, end)) {
      end++;
      continue;
    }
    break;
  }
  let written = text.slice(i, end);
  let value = parseNumeral(approxAt < 0 ? written : written.slice(0, approxAt - i) + written.slice(approxAt - i + 1));
  if (value === null) {
    approxAt = -1;
    end = i + core[0].length;
    written = core[0];
    lastDigits = core[0];
    lastDigitsEnd = end;
    value = parseNumeral(written)!;
  }
  const multiplier = multiplierOf(text.slice(lastDigitsEnd, end));
  const precision = placeOfLastDigit(lastDigits).times(multiplier);
  return {
    token: {
      start: i, end, written, value, multiplier, precision, script: 'arabic', barePower: false, prefixUnit: null,
      ...(approxAt >= 0 ? { approxInside: true as const } : {}),
    },
    next: end,
  };
}

/**
 * `为-3.19‰`, `、-5.64、`: a minus sign right before an Arabic figure, where a value is introduced
 * or listed, makes it negative; after a digit or a unit it is a range dash (`1-2个`, `0-17岁`).
 */
function signed(text: string, step: Step | undefined): Step | undefined {
  const tok = step?.token;
  if (!tok) return step;
  const sign = tok.start - 1;
  if (!MINUS_SIGNS.includes(text[sign] ?? '') || !(sign === 0 || NEGATIVE_AFTER.includes(text[sign - 1]!))) return step;
  return { ...step!, token: { ...tok, start: sign, written: text.slice(sign, tok.end), value: tok.value.negated() } };
}

/** `3万4000`, `25万6千`: Arabic digits right after 万/亿, smaller than the multiplier before them. */
function mixedTail(text: string, at: number): { end: number; digits: string; digitsEnd: number } | null {
  const m = /^\d+/.exec(text.slice(at, at + 8));
  if (!m) return null;
  const digitsEnd = at + m[0].length;
  if (text[digitsEnd] === '.' || /[0-9]/.test(text[digitsEnd] ?? '')) return null;
  const mult = text[at - 1] === '万' || text[at - 1] === '萬' ? 1e4 : 1e8;
  let end = digitsEnd;
  if (SMALL_AFTER_ARABIC.includes(text[end] ?? '') && !startsUnitOrPercent(text, end)) end++;
  const tail = parseNumeral(text.slice(at, end));
  if (tail === null || tail.gte(mult)) return null;
  return { end, digits: m[0], digitsEnd };
}

function startsUnitOrPercent(text: string, at: number): boolean {
  return NUMERAL_STOPS.matchAt(text, at) !== undefined;
}

function multiplierOf(suffix: string): Decimal {
  let m = new Decimal(1);
  for (const c of suffix) {
    if (c === '万' || c === '萬') m = m.times(1e4);
    else if (c === '亿' || c === '億') m = m.times(1e8);
    else if (c === '千') m = m.times(1e3);
    else if (c === '百') m = m.times(100);
  }
  return m;
}

/** 10^-d for an Arabic numeral with d decimals: every written digit counts, trailing zeros too. */
function placeOfLastDigit(arabic: string): Decimal {
  const dot = arabic.indexOf('.');
  const decimals = dot < 0 ? 0 : arabic.length - dot - 1;
  return powerOfTen(-decimals);
}

const powers = new Map<number, Decimal>();

/** 10^n, made once per n: every numeral's precision is one. */
function powerOfTen(n: number): Decimal {
  let p = powers.get(n);
  if (!p) powers.set(n, (p = new Decimal(10).pow(n)));
  return p;
}

function chineseAt(text: string, i: number): Step | undefined {
  if (!CHINESE_CHARS.at(text, i)) return undefined;
  let end = i;
  while (end < text.length) {
    const c = text[end];
    if (CHINESE_CHARS.at(text, end) && !(end > i && startsUnitOrPercent(text, end))) end++;
    else if ((c === '点' || c === '點') && end > i && CHINESE_CHARS.at(text, end + 1)) end++;
    else break;
  }
  const written = text.slice(i, end);
  const chars = [...written];
  const hasUnit = chars.some((c) => CHINESE_UNIT_CHARS.includes(c));
  // runs that are not one numeral (`十三五`, `一二三产`) and digit strings (`二〇二〇`, `一一`) are labels or years
  const value = parseNumeral(written);
  const point = chars.findIndex((c) => c === '点' || c === '點');
  const intDigits = point < 0 ? chars.length : point;
  if (value === null || (!hasUnit && intDigits > 1) || value.isZero()) return { token: null, next: end };
  const hasDigit = chars.some((c) => CHINESE_DIGIT_CHARS.includes(c) && !ZEROS.has(c));
  return {
    token: {
      start: i, end, written, value, multiplier: new Decimal(1), precision: chinesePrecision(value),
      script: 'chinese', barePower: !hasDigit && written !== '十' && written !== '拾', prefixUnit: null,
    },
    next: end,
  };
}

/** Chinese numerals write no trailing zeros: the last written digit is the last non-zero one. */
function chinesePrecision(value: Decimal): Decimal {
  if (value.isZero()) return new Decimal(1);
  const [int, frac = ''] = value.toFixed().split('.');
  if (frac) return powerOfTen(-frac.length);
  const zeros = int.length - int.replace(/0+$/, '').length;
  return powerOfTen(zeros);
}
