// Reading numerals as written in official documents: Arabic (with thousands separators and
// decimals), Chinese (零〇两, 十百千万亿, financial 壹贰叁…拾佰仟), and the mixed forms
// (`3万4000`, `25万6千`, `1.42万`). Arithmetic is exact (decimal.js): `16.4亿` is 1640000000.
import { Decimal } from 'decimal.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can make up a Chinese numeral (for building scanners). */
export const CHINESE_DIGIT_CHARS = Object.keys(DIGITS).join('');
export const CHINESE_UNIT_CHARS = [...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)].join('');

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// The scanners read the same few numerals (`2020`, `12`, `三`) over and over: their values are
// kept. A Decimal is immutable, so one value can be handed to every caller.
const parsed = new Map<string, Decimal | null>();
const values = new Map<string, number | null>();
const MEMO_SIZE = 10_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_SIZE) memo.clear(); // a long run of distinct figures: start afresh rather than grow
  memo.set(key, value);
}

/**
 * The value of a whole string that is one numeral, or null when it is not one.
 * `二〇〇五` (digits without units) is read position by position; `三百五` is 350.
 */
export function parseNumeral(input: string): Decimal | null {
  let value = parsed.get(input);
  if (value === undefined) {
    value = parseUncached(input);
    remember(parsed, input, value);
  }
  return value;
}

function parseUncached(input: string): Decimal | null {
  const s = toHalfWidthDigits(input.trim());
  if (!s) return null;
  if (/^[0-9.,]+$/.test(s)) return parseArabic(s);
  const hasUnits = [...s].some((c) => c in SMALL_UNITS || c in BIG_UNITS);
  if (!hasUnits) return parsePositional(s);
  return parseComposed(s);
}

/** Same as parseNumeral, as a JS number (exact for the integers and short decimals documents use). */
export function numeralValue(input: string): number | null {
  const digits = smallArabic(input);
  if (digits !== null) return digits;
  let value = values.get(input);
  if (value === undefined) {
    const d = parseNumeral(input);
    value = d === null ? null : d.toNumber();
    remember(values, input, value);
  }
  return value;
}

/**
 * The value of a string of at most 15 ASCII digits (what the date reader asks most), else null:
 * exactly what parseArabic gives, since such an integer is exact in a double, without a lookup.
 */
function smallArabic(s: string): number | null {
  if (s.length === 0 || s.length > 15) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

function parseArabic(s: string): Decimal | null {
  const m = ARABIC.exec(s);
  if (!m || m[0].length !== s.length) return null;
  return new Decimal(s.replace(/,/g, ''));
}

function parsePositional(s: string): Decimal | null {
  let intPart = '';
  let fracPart = '';
  let inFraction = false;
  for (const c of s) {
    if (c === '点' || c === '點' || c === '.') {
      if (inFraction) return null;
      inFraction = true;
      continue;
    }
    const d = c in DIGITS ? DIGITS[c] : /[0-9]/.test(c) ? Number(c) : null;
    if (d === null) return null;
    if (inFraction) fracPart += d;
    else intPart += d;
  }
  if (!intPart) return null;
  return new Decimal(fracPart ? `${intPart}.${fracPart}` : intPart);
}

/** Numerals with units: sections below 万 are summed, then scaled by 万 and 亿 in turn. */
function parseComposed(s: string): Decimal | null {
  let total = new Decimal(0); // complete groups of 亿
  let wan = new Decimal(0); // complete group of 万 below the current 亿
  let section = new Decimal(0); // below 万
  let pending: Decimal | null = null; // a number not yet given a unit
  let pendingChinese = false;
  let lastSmallUnit = 0; // for `三百五` = 350 and to reject `十百`
  let sawZero = false;
  let i = 0;
  const chars = [...s];
  while (i < chars.length) {
    const c = chars[i];
    const rest = chars.slice(i).join('');
    const arabic = /^[0-9]/.test(c) ? ARABIC.exec(rest) : null;
    if (arabic) {
      if (pending !== null) return null;
      pending = new Decimal(arabic[0].replace(/,/g, ''));
      pendingChinese = false;
      i += [...arabic[0]].length;
      continue;
    }
    if (c === '点' || c === '點') {
      // Chinese decimal point: the fraction belongs to the whole group written so far
      // (`三点五亿` = 3.5亿, `十二点五万` = 12.5万, `十万点五` = 100000.5)
      let j = i + 1;
      let frac = '';
      while (j < chars.length && chars[j] in DIGITS) frac += DIGITS[chars[j++]];
      if (!frac) return null;
      const whole = section.plus(pending ?? 0);
      if (whole.isZero() && pending === null && wan.isZero() && total.isZero()) return null;
      pending = new Decimal(`${whole.toFixed()}.${frac}`);
      pendingChinese = false;
      section = new Decimal(0);
      lastSmallUnit = 0;
      i = j;
      continue;
    }
    if (c in DIGITS) {
      const d = DIGITS[c];
      if (d === 0) {
        sawZero = true;
        i++;
        continue;
      }
      if (pending !== null) return null;
      pending = new Decimal(d);
      pendingChinese = true;
      i++;
      continue;
    }
    if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c];
      if (lastSmallUnit && u >= lastSmallUnit) return null;
      section = section.plus((pending ?? new Decimal(1)).times(u));
      pending = null;
      lastSmallUnit = u;
      sawZero = false;
      i++;
      continue;
    }
    if (c in BIG_UNITS) {
      const u = BIG_UNITS[c];
      const group = section.plus(pending ?? 0);
      if (group.isZero() && wan.isZero() && total.isZero()) return null;
      if (u === 1e4) {
        if (!wan.isZero() && group.isZero()) return null;
        wan = wan.plus(group.times(u));
      } else {
        total = total.plus(wan).plus(group).times(u);
        wan = new Decimal(0);
      }
      section = new Decimal(0);
      pending = null;
      lastSmallUnit = 0;
      sawZero = false;
      i++;
      continue;
    }
    return null;
  }
  if (pending !== null) {
    // `三百五` means 350: a bare digit right after a unit takes the next unit down
    if (pendingChinese && !sawZero && lastSmallUnit >= 100 && pending.lt(10)) {
      pending = pending.times(lastSmallUnit / 10);
    }
    section = section.plus(pending);
  }
  return total.plus(wan).plus(section);
}
