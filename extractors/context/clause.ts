// Where a figure sits: its sentence, its clause, and the other facts around it.
import type { Doc, Fact, Sentence } from '../../src/core/types.js';
import type { FactType } from '../../schemas/index.js';
import { CLAUSE_BREAKS } from './words.js';

export interface Place {
  sentence: Sentence | undefined;
  /** start of the clause holding the figure (after the last clause break before it) */
  clauseStart: number;
  /** end of the clause (the next clause break) */
  clauseEnd: number;
}

export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) {
      found = s[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset < found.end ? found : undefined;
}

export function placeOf(doc: Doc, start: number, end: number): Place {
  const sentence = sentenceAt(doc, start);
  const floor = sentence?.start ?? doc.paragraphAt(start)?.start ?? 0;
  const ceiling = sentence?.end ?? doc.paragraphAt(start)?.end ?? doc.text.length;
  let clauseStart = start;
  while (clauseStart > floor && !CLAUSE_BREAKS.includes(doc.text[clauseStart - 1])) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < ceiling && !CLAUSE_BREAKS.includes(doc.text[clauseEnd])) clauseEnd++;
  return { sentence, clauseStart, clauseEnd };
}

/** Facts of a type inside [from, to), by position. */
export function factsWithin<T extends FactType>(facts: Fact[], type: T, from: number, to: number): Fact<T>[] {
  return facts.filter((f): f is Fact<T> => f.type === type && f.start >= from && f.end <= to).sort((a, b) => a.start - b.start);
}
