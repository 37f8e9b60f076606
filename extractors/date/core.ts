// The project's one date reader. `readDate` reads one date expression at the start of a string
// (`2020年4月17日`, `二〇〇五年七月十四日`, `6月底前`, `2020年3月30日—6月30日`, `今年以来`);
// `findDates` finds every one in a string. Partial dates take their year from the context
// (DateContext.referenceYear, else the document's date) and say so with `yearInferred`.
import type { DateGranularity, DateRole, DateValue } from '../../schemas/index.js';
import { CharClass } from '../../src/text/chars.js';
import { numeralValue } from '../../src/text/numerals.js';
import {
  ATTRIBUTIVE_MARKS, COMPLETION_ADVERBS, COMPLETION_VERBS, DATE_BLANKS, END_WORDS, FIRST_QUARTERS_PREFIX, HALF_WORDS, LIST_JOINERS, NOT_A_DATE_AFTER,
  NOT_A_DATE_BEFORE, NOT_CUE_AFTER, PREFIX_CUES, QUARTER_DIGITS, RANGE_CLOSE_MARKS, RANGE_OPEN_MARKS, RANGE_SEPARATORS, RELATIVE_MONTHS, RELATIVE_YEARS,
  SAME_PERIOD_AFTER, SINCE_CLOSERS, SUFFIX_CUES, TARGET_LEADS, CONTEXT_RELATIVE_YEARS, WEEKDAY_NOTE, WITHIN_YEAR_WORDS, XUN_WORDS, DAY_PARTS,
} from './words.js';

export interface DateContext {
  /** the year that a date without one takes (the latest year written before it), or null */
  referenceYear: number | null;
  /** the document's date (ISO), for `今年`, `以来` and as the last fallback year */
  documentDate: string | null;
  /** the month that a bare day (`19日`) takes: the month of the date just before it */
  referenceMonth?: number | null;
}

export type DateReading = DateValue & { length: number };

/** A date found in a string: its reading and the UTF-16 offset it starts at (`start` is the ISO day). */
export type FoundDate = DateReading & { at: number };

// ---------------------------------------------------------------------------------------------
// One simple date: a year, a month, a day, a part of a period, each with the year it takes.

type Unit =
  | { kind: 'year' }
  | { kind: 'yearEnd' }
  | { kind: 'half'; half: 1 | 2 }
  | { kind: 'quarters'; from: number; to: number }
  | { kind: 'month'; month: number }
  | { kind: 'monthEnd'; month: number }
  | { kind: 'xun'; month: number; from: 1 | 2 | 3; to: 1 | 2 | 3 }
  | { kind: 'day'; month: number; day: number };

interface Simple {
  unit: Unit;
  /** null when neither the text nor the context gives one */
  year: number | null;
  /** the year is written in the expression (digits, or a word such as 今年 relative to the document) */
  yearWritten: boolean;
  /** the year comes from a word relative to the document (`今年`) */
  relative: boolean;
  end: number;
}

interface Inherit {
  year: number | null;
  yearWritten: boolean;
  month: number | null;
}

const ARABIC_DIGITS = new CharClass('0123456789０１２３４５６７８９');
const CHINESE_DIGITS = '〇零○一二三四五六七八九';
const CHINESE_NUMBER = '〇零○一二两三四五六七八九十';

function skipBlanks(s: string, i: number): number {
  while (i < s.length && DATE_BLANKS.includes(s[i])) i++;
  return i;
}

function startsWithAt(s: string, i: number, word: string): boolean {
  return s.startsWith(word, i);
}

/** A run of characters from `set` at i (at most `max`). */
function run(s: string, i: number, set: CharClass, max: number): string {
  let j = i;
  while (j < s.length && j - i < max && set.at(s, j)) j++;
  return s.slice(i, j);
}

const isArabic = (c: string) => ARABIC_DIGITS.has(c);
const CHINESE_NUMBER_CHARS = new CharClass(CHINESE_NUMBER);
const CHINESE_DIGIT_CHARS = new CharClass(CHINESE_DIGITS);

/** A number written in digits or Chinese numerals at i, with where it ends. */
function readNumber(s: string, i: number, maxLen: number): { value: number; end: number; chinese: boolean } | null {
  let text = run(s, i, ARABIC_DIGITS, maxLen);
  let chinese = false;
  if (!text) {
    text = run(s, i, CHINESE_NUMBER_CHARS, maxLen);
    chinese = true;
  }
  if (!text) return null;
  const value = numeralValue(text);
  if (value === null || !Number.isInteger(value)) return null;
  return { value, end: i + text.length, chinese };
}

/** `2020年`, `二〇〇五年`: four digits then 年. */
function readYear(s: string, i: number): { year: number; end: number } | null {
  let digits = run(s, i, ARABIC_DIGITS, 5);
  if (digits.length !== 4) {
    digits = run(s, i, CHINESE_DIGIT_CHARS, 5);
    if (digits.length !== 4) return null;
  }
  const year = numeralValue(digits);
  if (year === null || year < 1900 || year > 2100) return null;
  const j = skipBlanks(s, i + digits.length);
  if (s[j] !== '年') return null;
  return { year, end: j + 1 };
}

/** `2020.4.17`, `2020-04-17`, `2020/4/17`: a day written in figures only. */
const NUMERIC_DATE = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d.])/;

function readNumericDate(s: string, i: number): Simple | null {
  const m = NUMERIC_DATE.exec(s.slice(i, i + 12));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  return { unit: { kind: 'day', month, day }, year, yearWritten: true, relative: false, end: i + m[0].length };
}

/** `4月`, `十二月`, `3月份`. Chinese months only where a year or a day vouches for them. */
function readMonth(s: string, i: number): { month: number; end: number; chinese: boolean } | null {
  const n = readNumber(s, i, 3);
  if (!n || n.value < 1 || n.value > 12) return null;
  const j = skipBlanks(s, n.end);
  if (s[j] !== '月') return null;
  let end = j + 1;
  if (s[end] === '份') end++;
  return { month: n.value, end, chinese: n.chinese };
}

/** `17日`, `十四日`, `5号`. */
function readDay(s: string, i: number): { day: number; end: number } | null {
  const n = readNumber(s, i, 3);
  if (!n || n.value < 1 || n.value > 31) return null;
  const j = skipBlanks(s, n.end);
  if (s[j] !== '日' && s[j] !== '号') return null;
  return { day: n.value, end: j + 1 };
}

// the tables as lists, made once: these readers run at every position where a date may start
const XUN_ENTRIES = Object.entries(XUN_WORDS);
const HALF_ENTRIES = Object.entries(HALF_WORDS);
const YEAR_END_WORDS = ['年底', '年末'];
/** QUARTER_DIGITS by code unit (an object read with a fresh one-character string is a slow lookup). */
const QUARTERS = new Map(Object.entries(QUARTER_DIGITS).map(([c, q]) => [c.charCodeAt(0), q]));

/** What follows a month: a day, the month's end, or one of its ten-day parts. */
function readInMonth(s: string, i: number, month: number): { unit: Unit; end: number } {
  const j = skipBlanks(s, i);
  const day = readDay(s, j);
  if (day) return { unit: { kind: 'day', month, day: day.day }, end: day.end };
  for (const w of END_WORDS) {
    if (s[i] === w) return { unit: { kind: 'monthEnd', month }, end: i + 1 };
    if (startsWithAt(s, i, '月' + w)) return { unit: { kind: 'monthEnd', month }, end: i + 2 };
  }
  for (const [w, [from, to]] of XUN_ENTRIES) {
    if (startsWithAt(s, i, w)) return { unit: { kind: 'xun', month, from, to }, end: i + w.length };
  }
  return { unit: { kind: 'month', month }, end: i };
}

/** A part of a year without a month: `上半年`, `一季度`, `第三季度`, `前三季度`, `一、二季度`. */
function readYearPart(s: string, i: number): { unit: Unit; end: number } | null {
  for (const [w, half] of HALF_ENTRIES) {
    if (startsWithAt(s, i, w)) return { unit: { kind: 'half', half }, end: i + w.length };
  }
  let j = i;
  let firstN = false;
  if (s[j] === FIRST_QUARTERS_PREFIX) {
    firstN = true;
    j++;
  } else if (s[j] === '第') j++;
  const q = QUARTERS.get(s.charCodeAt(j));
  if (!q) return null;
  // `一、二季度`: a list of quarters read as the range they cover
  let to: number = q;
  let k = j + 1;
  while (LIST_JOINERS.includes(s[k] as never) && QUARTERS.get(s.charCodeAt(k + 1)) === to + 1) {
    to = QUARTERS.get(s.charCodeAt(k + 1))!;
    k += 2;
  }
  if (!startsWithAt(s, k, '季度')) return null;
  const end = k + 2;
  // `一季度末前`: the quarter's last day, as `3月底` (not the whole quarter)
  if (!firstN && END_WORDS.includes(s[end] as never)) return { unit: { kind: 'monthEnd', month: to * 3 }, end: end + 1 };
  if (firstN) return { unit: { kind: 'quarters', from: 1, to: q }, end };
  return { unit: { kind: 'quarters', from: q, to }, end };
}

/** What follows `2020年`: a month (and what follows it), a part of the year, its end, or nothing. */
function readAfterYear(s: string, i: number): { unit: Unit; end: number } {
  const j = skipBlanks(s, i);
  const month = readMonth(s, j);
  if (month) return readInMonth(s, month.end, month.month);
  const part = readYearPart(s, j);
  if (part) return part;
  for (const w of END_WORDS) {
    if (s[i] === w) return { unit: { kind: 'yearEnd' }, end: i + 1 };
    if (startsWithAt(s, i, '年' + w)) return { unit: { kind: 'yearEnd' }, end: i + 2 };
  }
  if (s[i] === '度') return { unit: { kind: 'year' }, end: i + 1 };
  return { unit: { kind: 'year' }, end: i };
}

/** Years named relative to the document's date, then to the year in context (built once: it is read at every position). */
const RELATIVE_YEAR_WORDS: [string, number][] = [...Object.entries(RELATIVE_YEARS), ...Object.entries(CONTEXT_RELATIVE_YEARS)];
const relativeYears = (): [string, number][] => RELATIVE_YEAR_WORDS;
/** The first characters of those words: most positions start none of them. */
const RELATIVE_YEAR_FIRST = new CharClass(RELATIVE_YEAR_WORDS.map(([w]) => w[0]));

const RELATIVE_MONTH_WORDS = Object.entries(RELATIVE_MONTHS);
const RELATIVE_MONTH_FIRST = new CharClass(RELATIVE_MONTH_WORDS.map(([w]) => w[0]));

/** `本月`, `上月25日`, `本月底`: a month counted from the document's date (none without one). */
function readRelativeMonth(s: string, i: number, ctx: DateContext): Simple | null {
  if (!ctx.documentDate || !RELATIVE_MONTH_FIRST.at(s, i)) return null;
  const hit = RELATIVE_MONTH_WORDS.find(([w]) => startsWithAt(s, i, w));
  if (!hit) return null;
  const months = Number(ctx.documentDate.slice(0, 4)) * 12 + Number(ctx.documentDate.slice(5, 7)) - 1 + hit[1];
  const inMonth = readInMonth(s, i + hit[0].length, (months % 12) + 1);
  return { unit: inMonth.unit, year: Math.floor(months / 12), yearWritten: false, relative: true, end: inMonth.end };
}

function documentYear(ctx: DateContext): number | null {
  return ctx.documentDate ? Number(ctx.documentDate.slice(0, 4)) : null;
}

/** The year a partial date takes: the context's, else the document's. */
function contextYear(ctx: DateContext): number | null {
  return ctx.referenceYear ?? documentYear(ctx);
}

/** One simple date at i; `inherit` fills what the second half of a range leaves out. */
function readSimple(s: string, i: number, ctx: DateContext, inherit: Inherit | null): Simple | null {
  const numeric = readNumericDate(s, i);
  if (numeric) return numeric;
  const year = readYear(s, i);
  if (year) {
    const after = readAfterYear(s, year.end);
    return { unit: after.unit, year: year.year, yearWritten: true, relative: false, end: after.end };
  }
  for (const [w, offset] of RELATIVE_YEAR_FIRST.at(s, i) ? relativeYears() : []) {
    if (!startsWithAt(s, i, w)) continue;
    const toDocument = w in RELATIVE_YEARS;
    const base = toDocument ? documentYear(ctx) ?? ctx.referenceYear : contextYear(ctx);
    const after = readAfterYear(s, i + w.length);
    // `同年龄`, `次年度`: a year relative to the context is read only with a month or a part of it
    if (!toDocument && after.unit.kind === 'year') continue;
    return { unit: after.unit, year: base === null ? null : base + offset, yearWritten: false, relative: true, end: after.end };
  }
  const relativeMonth = inherit ? null : readRelativeMonth(s, i, ctx);
  if (relativeMonth) return relativeMonth;
  const fallbackYear = inherit?.year ?? contextYear(ctx);
  const yearWritten = inherit?.yearWritten ?? false;
  const month = readMonth(s, i);
  if (month) {
    const inMonth = readInMonth(s, month.end, month.month);
    // `七月` alone is too often a label (`一月一分析`); a Chinese month needs its day
    if (month.chinese && inMonth.unit.kind !== 'day') return null;
    return { unit: inMonth.unit, year: fallbackYear, yearWritten, relative: false, end: inMonth.end };
  }
  const part = readYearPart(s, i);
  if (part) return { unit: part.unit, year: fallbackYear, yearWritten, relative: false, end: part.end };
  for (const w of YEAR_END_WORDS) {
    if (startsWithAt(s, i, w)) return { unit: { kind: 'yearEnd' }, year: fallbackYear, yearWritten, relative: false, end: i + w.length };
  }
  const bareMonth = inherit?.month ?? ctx.referenceMonth ?? null;
  if (bareMonth !== null) {
    // a bare `15号` is more often a document number's than a day
    const day = readDay(s, i);
    if (day && !inherit && s[day.end - 1] !== '日') return null;
    if (day) return { unit: { kind: 'day', month: bareMonth, day: day.day }, year: fallbackYear, yearWritten, relative: false, end: day.end };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** First and last day of a simple date, or null when the day does not exist. */
function interval(u: Unit, y: number): [string, string] | null {
  switch (u.kind) {
    case 'year':
      return [iso(y, 1, 1), iso(y, 12, 31)];
    case 'yearEnd':
      return [iso(y, 12, 31), iso(y, 12, 31)];
    case 'half':
      return u.half === 1 ? [iso(y, 1, 1), iso(y, 6, 30)] : [iso(y, 7, 1), iso(y, 12, 31)];
    case 'quarters':
      return [iso(y, u.from * 3 - 2, 1), iso(y, u.to * 3, daysIn(y, u.to * 3))];
    case 'month':
      return [iso(y, u.month, 1), iso(y, u.month, daysIn(y, u.month))];
    case 'monthEnd':
      return [iso(y, u.month, daysIn(y, u.month)), iso(y, u.month, daysIn(y, u.month))];
    case 'xun': {
      const first = (u.from - 1) * 10 + 1;
      const last = u.to === 3 ? daysIn(y, u.month) : u.to * 10;
      return [iso(y, u.month, first), iso(y, u.month, last)];
    }
    case 'day':
      return u.day > daysIn(y, u.month) ? null : [iso(y, u.month, u.day), iso(y, u.month, u.day)];
  }
}

function granularityOf(u: Unit): DateGranularity {
  switch (u.kind) {
    case 'year':
      return 'year';
    case 'half':
      return 'half';
    case 'quarters':
      return u.from === u.to ? 'quarter' : 'range';
    case 'month':
    case 'xun':
      return 'month';
    default:
      return 'day';
  }
}

/** A date with no cue: a day or an end is a point in time, anything longer a period. */
function defaultRole(u: Unit): DateRole {
  return u.kind === 'day' || u.kind === 'monthEnd' || u.kind === 'yearEnd' ? 'point' : 'period';
}

/** The month a following bare day would take. */
function monthOf(u: Unit): number | null {
  return 'month' in u ? u.month : null;
}

// ---------------------------------------------------------------------------------------------
// Ranges, cues, and the reading.

function readPrefix(s: string, i: number): { role: DateRole | 'from'; end: number } | null {
  for (const cue of PREFIX_CUES) {
    if (startsWithAt(s, i, cue.word)) return { role: cue.role, end: skipBlanks(s, i + cue.word.length) };
  }
  return null;
}

/** A clock time after a day (`24时`, `晚8时35分`), skipped on the way to a cue: `12月31日24时前`. */
function skipClock(s: string, i: number): number {
  let j = skipBlanks(s, i);
  const part = DAY_PARTS.find((w) => startsWithAt(s, j, w));
  if (part) j += part.length;
  const h = readNumber(s, j, 2);
  if (!h || (s[h.end] !== '时' && s[h.end] !== '点')) return i;
  j = h.end + 1;
  const m = readNumber(s, j, 2);
  if (m && s[m.end] === '分') j = m.end + 1;
  return j;
}

function readSuffix(s: string, i: number): { role: DateRole; end: number } | null {
  return readCue(s, i) ?? readCue(s, skipClock(s, skipWeekday(s, i)));
}

/** `（星期五）` after a day, skipped on the way to a cue: `4月30日（星期五）前`. */
function skipWeekday(s: string, i: number): number {
  const m = WEEKDAY_NOTE.exec(s.slice(skipBlanks(s, i), skipBlanks(s, i) + 6));
  return m ? skipBlanks(s, i) + m[0].length : i;
}

function readCue(s: string, i: number): { role: DateRole; end: number } | null {
  const j = skipBlanks(s, i);
  for (const cue of SUFFIX_CUES) {
    if (!startsWithAt(s, j, cue.word)) continue;
    const next = j + cue.word.length;
    if ((NOT_CUE_AFTER[cue.word] ?? []).some((w) => startsWithAt(s, next, w))) return null;
    return { role: cue.role, end: next };
  }
  return null;
}

function readSeparator(s: string, i: number): number | null {
  const j = skipBlanks(s, i);
  for (const sep of RANGE_SEPARATORS) if (startsWithAt(s, j, sep)) return skipBlanks(s, j + sep.length);
  return null;
}

/** A year (digits or `今年`) and a month written before a bare range: `2019年1—6月`, `今年7月5—11日`. */
function readHeads(s: string, i: number, ctx: DateContext): { inherit: Inherit; end: number }[] {
  const heads: { inherit: Inherit; end: number }[] = [];
  let year: number | null = null;
  let yearWritten = false;
  let j = i;
  const written = readYear(s, i);
  if (written) [year, yearWritten, j] = [written.year, true, skipBlanks(s, written.end)];
  else {
    for (const [w, offset] of RELATIVE_YEAR_FIRST.at(s, i) ? relativeYears() : []) {
      if (!startsWithAt(s, i, w)) continue;
      const base = w in RELATIVE_YEARS ? documentYear(ctx) ?? ctx.referenceYear : contextYear(ctx);
      [year, j] = [base === null ? null : base + offset, skipBlanks(s, i + w.length)];
      break;
    }
  }
  if (j > i) heads.push({ inherit: { year, yearWritten, month: null }, end: j });
  const month = readMonth(s, j);
  if (month) {
    const y = j > i ? year : contextYear(ctx);
    heads.push({ inherit: { year: y, yearWritten, month: month.month }, end: skipBlanks(s, month.end) });
  }
  return heads.reverse();
}

/**
 * A range whose first half is a bare number: `1—6月`, `2016—2020年`, `一至三季度`, and after a
 * written year or month `2019年1—6月`, `7月5—11日`; `7、8月` (two months listed) is read alike.
 */
function readBareRange(s: string, i: number, ctx: DateContext): { first: Simple; second: Simple } | null {
  for (const head of readHeads(s, i, ctx)) {
    const range = readBareFrom(s, head.end, ctx, head.inherit);
    if (range) return range;
  }
  return readBareFrom(s, i, ctx, null);
}

function readBareFrom(s: string, i: number, ctx: DateContext, inherit: Inherit | null): { first: Simple; second: Simple } | null {
  const n = readNumber(s, i, 4);
  if (!n) return null;
  let sep = readSeparator(s, n.end);
  const listed = sep === null && LIST_JOINERS.includes(s[n.end] as never);
  if (listed) sep = n.end + 1;
  if (sep === null) return null;
  const second = readSimple(s, sep, ctx, inherit);
  if (!second || second.year === null) return null;
  const firstUnit = bareFirst(n, second.unit, listed);
  const firstYear = firstUnit?.kind === 'year' ? n.value : second.year;
  if (!firstUnit || firstYear > second.year) return null;
  const first: Simple = { unit: firstUnit, year: firstYear, yearWritten: second.yearWritten, relative: second.relative, end: n.end };
  return { first, second };
}

/** What the bare number before a range's second half stands for, or null. */
function bareFirst(n: { value: number; chinese: boolean; end: number }, u: Unit, listed: boolean): Unit | null {
  const v = n.value;
  // a list must be of neighbours (`7、8月`); `3、5月` is two months, not a span
  if (listed && (u.kind === 'year' || !('month' in u || u.kind === 'quarters'))) return null;
  if (u.kind === 'year' && !listed && v >= 1900 && v <= 2100 && !n.chinese) return { kind: 'year' };
  if (u.kind === 'month' && v >= 1 && v < u.month && (!listed || v === u.month - 1)) return { kind: 'month', month: v };
  if (u.kind === 'day' && v >= 1 && v < u.day && !listed) return { kind: 'day', month: u.month, day: v };
  if (u.kind === 'quarters' && v >= 1 && v < u.from && (!listed || v === u.from - 1)) return { kind: 'quarters', from: v, to: v };
  return null;
}

function isoYear(d: string): number {
  return Number(d.slice(0, 4));
}

/** The reading of one date expression at the start of `text`, or null. */
export function readDate(text: string, ctx: DateContext): DateReading | null {
  const prefix = readPrefix(text, 0);
  const body = prefix ? prefix.end : 0;
  const reading = readBody(text, body, ctx, prefix?.role ?? null);
  if (reading || !prefix) return reading;
  return readBody(text, 0, ctx, null);
}

function readBody(text: string, at: number, ctx: DateContext, prefixRole: DateRole | 'from' | null): DateReading | null {
  let first: Simple | null = null;
  let second: Simple | null = null;
  const bare = readBareRange(text, at, ctx);
  if (bare) ({ first, second } = bare);
  else {
    first = readSimple(text, at, ctx, null);
    if (!first) return null;
    const sep = readSeparator(text, first.end) ?? (prefixRole === 'from' ? afterOpenMark(text, first.end) : null);
    if (sep !== null) {
      const inherit = { year: first.year, yearWritten: first.yearWritten || first.relative, month: monthOf(first.unit) };
      second = readSimple(text, sep, ctx, inherit);
    }
  }
  if (first.year === null) return nullReading(first, text, prefixRole);
  const a = interval(first.unit, first.year);
  if (!a) return null;
  const start = a[0];
  let end: string | null = a[1];
  let granularity = granularityOf(first.unit);
  let stop = first.end;
  if (second && second.year !== null) {
    const b = interval(second.unit, second.year);
    if (b && b[1] > a[1]) {
      end = b[1];
      granularity = 'range';
      stop = closeMarkEnd(text, second.end);
    }
  }
  if (isDuration(text, stop) || isSamePeriod(first.unit, text, stop)) return null;
  let role: DateRole = granularity === 'range' ? 'period' : defaultRole(first.unit);
  const suffix = readSuffix(text, stop);
  if (suffix) {
    role = suffix.role;
    stop = suffix.end;
  } else if (prefixRole && prefixRole !== 'from' && !isAttributive(text, stop)) {
    role = prefixRole;
  } else if (role === 'period' && isCompletion(text, stop)) {
    role = 'deadline';
  } else if (prefixRole === 'from' && sinceAtClauseEnd(text, stop)) {
    role = 'since';
  }
  if (role === 'since') end = sinceEnd(start, ctx);
  const yearInferred = !first.yearWritten;
  return { start, end, granularity, role, yearInferred, length: stop };
}

/** `自7月15日起至9月30日`: the separator after the 起 that marks a range's start. */
function afterOpenMark(text: string, i: number): number | null {
  const mark = RANGE_OPEN_MARKS.find((m) => startsWithAt(text, i, m));
  return mark ? readSeparator(text, i + mark.length) : null;
}

/** `至9月30日止`: the 止 closing a range is part of it. */
function closeMarkEnd(text: string, i: number): number {
  const mark = RANGE_CLOSE_MARKS.find((m) => startsWithAt(text, i, m));
  return mark ? i + mark.length : i;
}

/** `自2020年全区开展达标评估以来`: 自 opens the clause, 以来 closes it, with what began in between. */
const SINCE_REACH = 40;
const CLAUSE_END = /[，。；！？,;]/;

function sinceAtClauseEnd(text: string, stop: number): boolean {
  const rest = text.slice(stop, stop + SINCE_REACH);
  const clause = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
  return SINCE_CLOSERS.some((w) => clause.endsWith(w));
}

/** `减少到2018年底的13675户`: a date qualifying a figure is the figure's time, not a deadline. */
function isAttributive(text: string, stop: number): boolean {
  return ATTRIBUTIVE_MARKS.includes(text[skipBlanks(text, stop)] as never);
}

/** `上半年全部完成`: a period as the time by which a task is done. */
function isCompletion(text: string, stop: number): boolean {
  const j = skipBlanks(text, stop);
  return COMPLETION_ADVERBS.some((a) => startsWithAt(text, j, a) && COMPLETION_VERBS.some((v) => startsWithAt(text, j + a.length, v)));
}

/**
 * `去年同期20起`, `比2020年同期增长`: the same months of that year, which the text does not name
 * here; the whole year would be wrong, so no date is read.
 */
function isSamePeriod(unit: Unit, text: string, stop: number): boolean {
  const j = skipBlanks(text, stop);
  return unit.kind === 'year' && SAME_PERIOD_AFTER.some((w) => startsWithAt(text, j, w));
}

/** A month or year followed by 个/多/余/左右 is a count of them, not a date. */
function isDuration(text: string, stop: number): boolean {
  const j = skipBlanks(text, stop);
  return NOT_A_DATE_AFTER.some((w) => startsWithAt(text, j, w));
}

/** A since-date runs to the document's date, or is open when it starts after it. */
function sinceEnd(start: string, ctx: DateContext): string | null {
  if (!ctx.documentDate || ctx.documentDate < start) return null;
  return ctx.documentDate;
}

/** A partial date with no year to be had: the reading is kept (its span is known), its days are not. */
function nullReading(first: Simple, text: string, prefixRole: DateRole | 'from' | null): DateReading {
  let role: DateRole = defaultRole(first.unit);
  let stop = first.end;
  const suffix = readSuffix(text, stop);
  if (suffix) {
    role = suffix.role;
    stop = suffix.end;
  } else if (prefixRole && prefixRole !== 'from') role = prefixRole;
  return { start: null, end: null, granularity: granularityOf(first.unit), role, yearInferred: true, length: stop };
}

// ---------------------------------------------------------------------------------------------
// Finding every date in a string.

/** True when a date may start at i: not inside a number or a longer word. */
function canStartAt(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = s[i - 1];
  if (isArabic(prev) || prev === '·') return false;
  // `1.2020年…` is an item number before a year; `1.5年` a figure
  if ((prev === '.' || prev === '．') && !/^(?:19|20)\d{2}\s*年/.test(s.slice(i, i + 8))) return false;
  // `十二月` is not `二月`; `三年内` is a duration, not `年内`
  if (CHINESE_NUMBER.includes(prev) && (CHINESE_NUMBER.includes(s[i]) || CALENDAR_WORD_START.includes(s[i]))) return false;
  if (isArabic(s[i]) && /[A-Za-z]/.test(prev)) return false;
  const before = s.slice(Math.max(0, i - 3), i);
  return !NOT_A_DATE_BEFORE.some((w) => before.endsWith(w)) && !/每(?:年|月|季度?)$/.test(before);
}

/** Words a date may start with that read as a count after a numeral (`三年内`, `两年底`). */
const CALENDAR_WORD_START = '年月日季';

/** Characters a date (or its cue) can start with. */
const START = new CharClass(
  `0123456789０１２３４５６７８９${CHINESE_NUMBER}上下前第年截到至自从直完时${RELATIVE_YEAR_WORDS.map(([w]) => w[0]).join('')}`,
);

/**
 * Every date expression in `text`, left to right, non-overlapping. Years written along the way
 * become the reference year of the partial dates after them (`2019年…6月底` is June 2019).
 */
export function findDates(text: string, ctx: DateContext): FoundDate[] {
  const found: FoundDate[] = [];
  let local: DateContext = { ...ctx };
  let targeted = -1; // end of the last date a 力争/争取/确保 made a target
  let i = 0;
  while (i < text.length) {
    if (!START.at(text, i) || !canStartAt(text, i)) {
      i++;
      continue;
    }
    const r = readDate(text.slice(i), local) ?? readWithinYear(text, i, local);
    if (!r) {
      i++;
      continue;
    }
    if (opensSinceClause(text, i, r)) found.push({ ...r, role: 'since', end: sinceEnd(r.start!, local), at: i });
    else found.push(isTargeted(text, i, r) || listedTarget(text, i, r, targeted) ? { ...r, role: 'deadline', at: i } : { ...r, at: i });
    if (isTargeted(text, i, r)) targeted = i + r.length;
    local = advanceContext(local, r, countsFromDocument(text.slice(i, i + r.length)));
    i += r.length;
  }
  return found;
}

/**
 * `2016年我省全面推开…改革以来，…`: a written date opening a clause that 以来 closes names when
 * what the clause tells began, as `自…以来` does.
 */
function opensSinceClause(text: string, at: number, r: DateReading): boolean {
  if (r.role !== 'point' && r.role !== 'period') return false;
  if (r.granularity === 'range' || r.yearInferred || !r.start) return false;
  return (opensClause(text, at) && sinceAtClauseEnd(text, at + r.length)) || shortSinceAfter(text, at + r.length);
}

/** `自贸试验区2020年9月挂牌以来`: a verb of at most SHORT_SINCE_VERB characters between a date and 以来. */
const SHORT_SINCE_VERB = 3;
const SHORT_SINCE = new RegExp(`^\\p{Script=Han}{1,${SHORT_SINCE_VERB}}(?:${SINCE_CLOSERS.join('|')})`, 'u');

function shortSinceAfter(text: string, stop: number): boolean {
  return SHORT_SINCE.test(text.slice(stop, stop + SHORT_SINCE_VERB + 2));
}

/** Nothing but white space between `at` and the start of the text or the last clause break. */
function opensClause(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  return j < 0 || CLAUSE_END.test(text[j]);
}

/** `力争2025年达到…`: a date with no cue of its own, led by a word of aiming, is a deadline. */
function isTargeted(text: string, at: number, r: DateReading): boolean {
  if (r.role === 'since' || r.role === 'deadline' || r.granularity === 'range') return false;
  const before = text.slice(Math.max(0, at - 3), at).replace(/到$/, '');
  return TARGET_LEADS.some((w) => before.endsWith(w));
}

/**
 * `力争一季度实现“开门红”、上半年实现“双过半”`: a date opening a later item (after `、`) of the
 * clause a target word governs is a target too.
 */
function listedTarget(text: string, at: number, r: DateReading, targeted: number): boolean {
  if (targeted < 0 || r.role !== 'period' || r.granularity === 'range' || text[at - 1] !== '、') return false;
  return !/[，。；！？,;!?\n]/u.test(text.slice(targeted, at));
}

/** `年内`: within the document's year, a deadline. */
function readWithinYear(text: string, i: number, ctx: DateContext): DateReading | null {
  for (const w of WITHIN_YEAR_WORDS) {
    if (!startsWithAt(text, i, w)) continue;
    const y = documentYear(ctx) ?? ctx.referenceYear;
    const value = y === null ? null : iso(y, 12, 31);
    return { start: value === null ? null : iso(y!, 1, 1), end: value, granularity: 'year', role: 'deadline', yearInferred: true, length: w.length };
  }
  return null;
}

/** The year (and month) written in a reading become the context of what follows. */
/** `今年`, `到去年底`: a date counted from the document's date, its year as sure as a written one. */
const DOCUMENT_YEAR_WORDS = Object.keys(RELATIVE_YEARS);
const countsFromDocument = (quote: string) => DOCUMENT_YEAR_WORDS.some((w) => quote.includes(w));

/**
 * The context after a date: its year (written, or counted from the document: `到今年底` after
 * `2023—2025年` makes a later `第一季度末` this year's) and its month.
 */
function advanceContext(ctx: DateContext, r: DateReading, documentRelative = false): DateContext {
  if ((r.yearInferred && !documentRelative) || !r.start) {
    return r.start && r.granularity !== 'year' ? { ...ctx, referenceMonth: Number(r.start.slice(5, 7)) } : ctx;
  }
  const last = r.role === 'since' || !r.end ? r.start : r.end;
  const month = r.granularity === 'day' || r.granularity === 'month' ? Number(last.slice(5, 7)) : null;
  return { ...ctx, referenceYear: isoYear(last), referenceMonth: month };
}
