// Where a figure sits: its sentence, its clause, and the other facts around it.
import type { Doc, Fact, Sentence } from '../../src/core/types.js';
import type { FactType } from '../../schemas/index.js';
import { CharClass } from '../../src/text/chars.js';
import { CLAUSE_BREAKS } from './words.js';

export interface Place {
  sentence: Sentence | undefined;
  /** start of the clause holding the figure (after the last clause break before it) */
  clauseStart: number;
  /** end of the clause (the next clause break) */
  clauseEnd: number;
}

/**
 * Clauses are short; text that runs on without a break (a table flattened into one line) is cut
 * at this many characters either side, or every figure in it would read all of it.
 */
export const MAX_CLAUSE = 500;

/** Tested by code unit: a clause is walked character by character, for every figure. */
const BREAKS = new CharClass(CLAUSE_BREAKS);

export function placeOf(doc: Doc, start: number, end: number): Place {
  const sentence = doc.sentenceAt(start);
  const floor = Math.max(sentence?.start ?? doc.paragraphAt(start)?.start ?? 0, start - MAX_CLAUSE);
  const ceiling = Math.min(sentence?.end ?? doc.paragraphAt(start)?.end ?? doc.text.length, end + MAX_CLAUSE);
  let clauseStart = start;
  while (clauseStart > floor && !BREAKS.at(doc.text, clauseStart - 1)) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < ceiling && !BREAKS.at(doc.text, clauseEnd)) clauseEnd++;
  return { sentence, clauseStart, clauseEnd };
}

/** Facts of a type inside [from, to), by position. */
export function factsWithin<T extends FactType>(facts: Fact[], type: T, from: number, to: number): Fact<T>[] {
  const sorted = byStart(facts, type);
  const out: Fact<T>[] = [];
  for (let i = firstFrom(sorted, from); i < sorted.length && sorted[i].start <= to; i++) {
    if (sorted[i].end <= to) out.push(sorted[i] as Fact<T>);
  }
  return out;
}

/**
 * The last fact of a type inside [from, to) that `accept` takes, walking back from `to`: a long
 * paragraph's dates are not all listed for each of its figures.
 */
export function lastFactBefore<T extends FactType>(facts: Fact[], type: T, from: number, to: number, accept: (f: Fact<T>) => boolean): Fact<T> | undefined {
  const sorted = byStart(facts, type);
  for (let i = firstFrom(sorted, to) - 1; i >= 0 && sorted[i].start >= from; i--) {
    const f = sorted[i] as Fact<T>;
    if (f.end <= to && accept(f)) return f;
  }
  return undefined;
}

/** Where the first fact (of any type, `except` aside) at or after `pos` starts, or `fallback`. */
export function nextFactStart(facts: Fact[], pos: number, except: Fact, fallback: number): number {
  const sorted = byStart(facts, null);
  for (let i = firstFrom(sorted, pos); i < sorted.length; i++) if (sorted[i] !== except) return Math.min(sorted[i].start, fallback);
  return fallback;
}

/** Facts of any type inside [from, to], in the order of the facts array. */
export function factsInside(facts: Fact[], from: number, to: number): Fact[] {
  const sorted = byStart(facts, null);
  const out: Fact[] = [];
  for (let i = firstFrom(sorted, from); i < sorted.length && sorted[i].start <= to; i++) if (sorted[i].end <= to) out.push(sorted[i]);
  const order = indexOf(facts).order;
  return out.sort((a, b) => order.get(a)! - order.get(b)!);
}

interface FactIndex {
  length: number;
  order: Map<Fact, number>;
  byType: Map<FactType | null, Fact[]>;
}

/**
 * Facts sorted by start (stable), per type and all together, built once per facts array: each
 * figure looks around itself, and a scan of every fact per figure is quadratic on long documents.
 */
const indexes = new WeakMap<Fact[], FactIndex>();

function indexOf(facts: Fact[]): FactIndex {
  let entry = indexes.get(facts);
  if (!entry || entry.length !== facts.length) {
    entry = { length: facts.length, order: new Map(facts.map((f, i) => [f, i])), byType: new Map() };
    indexes.set(facts, entry);
  }
  return entry;
}

function byStart(facts: Fact[], type: FactType | null): Fact[] {
  const entry = indexOf(facts);
  let sorted = entry.byType.get(type);
  if (!sorted) {
    sorted = facts.filter((f) => type === null || f.type === type).sort((a, b) => a.start - b.start);
    entry.byType.set(type, sorted);
  }
  return sorted;
}

/** Index of the first fact starting at or after `pos`. */
function firstFrom(sorted: Fact[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
