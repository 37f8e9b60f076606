// Context rules that tell a number that names something (a slogan, a rank, a code, a grade)
// from an amount. They read only the characters around the number and the word tables.
import { CharClass } from '../../src/text/chars.js';
import { CHINESE_DIGIT_CHARS } from '../../src/text/numerals.js';
import type { NumeralToken } from './scan.js';
import { unitAt } from './units.js';
import {
  FORMULA_HEADS, LABEL_AFTER_UNIT, LEVEL_VERBS, LIMITERS, NOT_AMOUNT_BEFORE, QUOTE_CLOSERS, QUOTE_OPENERS,
  RANK_BEFORE_CHINESE, SESSION_BODIES, SESSION_NOUNS,
} from './words.js';

/** Longest quoted text that can still be a name or slogan (`“12345”`, `“三个一批”`). */
const MAX_NAME_QUOTE = 20;
const CLAUSE_PUNCT = /[，。；！？,;!?]/;
const TITLE_OPEN = '《';
// nameSpans reads every character of a paragraph
const OPENERS = new CharClass(QUOTE_OPENERS);
const CLOSERS = new CharClass(QUOTE_CLOSERS);

/**
 * Spans between quotation marks that hold a name, slogan or title rather than quoted prose:
 * anything in 《》, and short quotes without clause punctuation.
 */
export function nameSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPENERS.at(text, i)) open.push(i);
    else if (CLOSERS.at(text, i) && open.length) {
      const from = open.pop()!;
      const inner = text.slice(from + 1, i);
      if (text[from] === TITLE_OPEN || (inner.length <= MAX_NAME_QUOTE && !CLAUSE_PUNCT.test(inner))) spans.push([from + 1, i]);
    }
  }
  return spans;
}

export function insideName(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

/** `第三`, `每万人口`, `逐一`, `十届三次`; and for Chinese numerals the ranks `前三位`, `后三位`. */
export function notAmountBefore(text: string, tok: NumeralToken): boolean {
  const prev = text[tok.start - 1] ?? '';
  return NOT_AMOUNT_BEFORE.includes(prev) || (tok.script === 'chinese' && RANK_BEFORE_CHINESE.includes(prev));
}

/** A number glued to Latin letters or path characters is part of a code (`PM_2.5`, `5G`, `4A级`, `IPv6`). */
export function isCode(text: string, tok: NumeralToken): boolean {
  if (tok.script !== 'arabic') return false;
  const prev = text[tok.start - 1] ?? '';
  const next = text[tok.end] ?? '';
  if (/[A-Za-z_/\\#@.]/.test(prev)) return !unitAt(text, tok.end);
  return /[A-Za-z]/.test(next) && !unitAt(text, tok.end);
}

/** `至少一项`, `只享受一次`: a limiting word shortly before, in the same clause. */
export function limitedBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 4), at);
  const clause = window.split(CLAUSE_PUNCT).pop() ?? '';
  return LIMITERS.some((w) => clause.includes(w));
}

/** `十二届人大四次会议`: the session's number, written after its body, not a count of meetings. */
export function sessionLabel(text: string, tok: NumeralToken, unit: string, unitEnd: number): boolean {
  if (unit !== '次' || !SESSION_NOUNS.some((n) => text.startsWith(n, unitEnd))) return false;
  const before = text.slice(Math.max(0, tok.start - 3), tok.start);
  return SESSION_BODIES.some((b) => before.endsWith(b));
}

/** `30万千瓦级`, `3人制`, `一次性`: a unit followed by a class word names a class. */
export function labelAfterUnit(text: string, unitEnd: number): boolean {
  return LABEL_AFTER_UNIT.includes(text[unitEnd] ?? '');
}

/**
 * `三个一批`, `一户一策`: a Chinese count followed directly by another numeral is a slogan;
 * so is `三个代表`, `四个全面`: a Chinese count of 个 before the head of a formula.
 */
export function sloganAfter(text: string, tok: NumeralToken, unit: string, unitEnd: number): boolean {
  if (tok.script !== 'chinese') return false;
  const next = text[unitEnd] ?? '';
  if (next !== '' && CHINESE_DIGIT_CHARS.includes(next)) return true;
  return unit === '个' && FORMULA_HEADS.some((h) => text.startsWith(h, unitEnd));
}

/**
 * `N年` is a duration (neutral) unless it is a measured level: a decimal figure (`9.6年`) or one
 * reached (`受教育年限达11年`). Four-digit years are dates.
 */
export function yearIsLevel(text: string, tok: NumeralToken, qualifierStart: number): boolean {
  if (tok.script !== 'arabic' || tok.value.gte(200)) return false;
  if (!tok.value.isInteger()) return true;
  return LEVEL_VERBS.some((v) => text.slice(qualifierStart - v.length, qualifierStart) === v);
}
