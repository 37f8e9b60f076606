// Reading what is written around a numeral: its unit or counter (longest match in the table),
// an alternative counter in brackets (`675（项）个`), a per-unit suffix of money (`元/人/月`), and
// the qualifier words before and after.
import type { Qualifier } from '../../schemas/quantity.js';
import { CharClass, WordTable } from '../../src/text/chars.js';
import {
  ADVERB_QUALIFIERS, INFIX_APPROX, INSIDE_DURATION, NOT_APPROX_BEFORE_JIN, NOT_UNIT_WORDS, PREFIX_QUALIFIERS,
  QUALIFIER_REACH, RATE_SUFFIX_UNITS, SUFFIX_QUALIFIERS, UNITS, type UnitEntry,
} from './words.js';

export interface UnitMatch {
  entry: UnitEntry;
  written: string;
  /** end of the unit as written, bracketed alternatives and per-unit suffixes included */
  end: number;
}

// looked up by the character at the position: units are read after every numeral
const BY_LENGTH = new WordTable([...UNITS.keys()].sort((a, b) => b.length - a.length));
const NOT_UNITS = new WordTable(NOT_UNIT_WORDS);
/** The last characters of the prefix qualifiers: most numerals have none of them before. */
const PREFIX_QUALIFIER_ENDS = new CharClass([...PREFIX_QUALIFIERS.keys()].map((w) => w[w.length - 1]));
const LATIN = /[A-Za-z]/;

/** The unit written at `at`, longest first; a Latin unit must not run on into more letters. */
export function unitAt(text: string, at: number): { written: string; entry: UnitEntry } | null {
  if (NOT_UNITS.matchAt(text, at) !== undefined) return null;
  for (const written of BY_LENGTH.candidatesAt(text, at)) {
    if (!text.startsWith(written, at)) continue;
    if (LATIN.test(written) && LATIN.test(text[at + written.length] ?? '')) continue;
    return { written, entry: UNITS.get(written)! };
  }
  return null;
}

/** `（项）` or `(个)` at `at`: a counter given as an alternative; returns the end, or `at`. */
function bracketedAlternative(text: string, at: number): number {
  const m = /^[（(]([^）)]{1,4})[）)]/.exec(text.slice(at, at + 8));
  if (!m) return at;
  const inner = unitAt(m[1], 0);
  return inner && inner.written === m[1] && inner.entry.kind === 'amount' ? at + m[0].length : at;
}

/** `/人/月` after a money unit. */
function rateSuffix(text: string, at: number): number {
  let end = at;
  for (;;) {
    if (text[end] !== '/' && text[end] !== '／') return end;
    const next = RATE_SUFFIX_UNITS.filter((u) => text.startsWith(u, end + 1)).sort((a, b) => b.length - a.length)[0];
    if (!next) return end;
    end += 1 + next.length;
  }
}

/** The unit after a numeral ending at `at` (past `多`/`余` and bracketed alternatives), and whether `多`/`余` was written. */
export function readUnit(text: string, at: number): { unit: UnitMatch | null; approx: boolean; end: number } {
  let pos = at;
  let approx = false;
  if (INFIX_APPROX.includes(text[pos]) && unitAt(text, pos + 1)) {
    approx = true;
    pos++;
  }
  pos = bracketedAlternative(text, pos);
  const u = durationAcross(text, pos) ?? unitAt(text, pos);
  if (!u) return { unit: null, approx, end: at };
  let end = pos + u.written.length;
  if (u.entry.unit.endsWith('元')) end = rateSuffix(text, end);
  end = bracketedAlternative(text, end);
  return { unit: { entry: u.entry, written: u.written, end }, approx, end };
}

/** `个多月`, `个半小时`: `个`, a word of approximation, then a unit of time make a duration. */
function durationAcross(text: string, at: number): { written: string; entry: UnitEntry } | null {
  if (text[at] !== '个' || !INSIDE_DURATION.includes(text[at + 1])) return null;
  const after = unitAt(text, at + 2);
  return after?.entry.kind === 'duration' ? { written: text.slice(at, at + 2) + after.written, entry: after.entry } : null;
}

/** A qualifier word ending right before `at` (longest first). */
export function prefixQualifier(text: string, at: number): { qualifier: Qualifier; start: number } | null {
  if (!PREFIX_QUALIFIER_ENDS.at(text, at - 1)) return null;
  let best: { qualifier: Qualifier; start: number } | null = null;
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    const start = at - word.length;
    if (start < 0 || !text.startsWith(word, start)) continue;
    if (word === '近' && NOT_APPROX_BEFORE_JIN.includes(text[start - 1] ?? '')) continue;
    if (!best || start < best.start) best = { qualifier, start };
  }
  return best;
}

/**
 * An adverb bounding the figure at `at` across its verb (`至少要完成3000户`): the qualifier only,
 * the figure's span stays its own. Nothing but Chinese characters may stand between them.
 */
export function adverbQualifier(text: string, at: number): Qualifier | null {
  for (let gap = 1; gap <= QUALIFIER_REACH && at - gap > 0; gap++) {
    // `增长最多的县达到30%`: past a 的 the adverb describes something else
    if (!HAN_CHAR.test(text[at - gap]!) || text[at - gap] === '的') return null;
    for (const [word, qualifier] of ADVERB_QUALIFIERS) {
      if (text.startsWith(word, at - gap - word.length)) return qualifier;
    }
  }
  return null;
}
const HAN_CHAR = /[\u4e00-\u9fff]/;

/** A qualifier word starting at `at` (longest first). */
export function suffixQualifier(text: string, at: number): { qualifier: Qualifier; end: number } | null {
  let best: { qualifier: Qualifier; end: number } | null = null;
  for (const [word, qualifier] of SUFFIX_QUALIFIERS) {
    if (!text.startsWith(word, at)) continue;
    if (!best || at + word.length > best.end) best = { qualifier, end: at + word.length };
  }
  return best;
}
