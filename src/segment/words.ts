// Words with offsets. jieba's cut (src/segment/jieba.ts) gives where each word ends; the words
// are consecutive, so their text and starts follow.
import type { Word } from '../core/types.js';
import { cutEnds, tag } from './jieba.js';

export { startDictionary } from './jieba.js';

/** Words of `text`, offsets relative to `base`. */
export function cutWords(text: string, base = 0): Word[] {
  const words: Word[] = [];
  let start = 0;
  for (const end of Array.from(cutEnds(text))) {
    words.push({ word: text.slice(start, end), start: base + start, end: base + end });
    start = end;
  }
  return words;
}

export function tagWords(text: string, base = 0): (Word & { tag: string })[] {
  const tagged = tag(text);
  const words: (Word & { tag: string })[] = [];
  let cursor = 0;
  for (const t of tagged) {
    const at = text.startsWith(t.word, cursor) ? cursor : text.indexOf(t.word, cursor);
    if (at < 0) continue; // jieba altered something: skip rather than misplace
    words.push({ word: t.word, start: base + at, end: base + at + t.word.length, tag: t.tag });
    cursor = at + t.word.length;
  }
  return words;
}

const WORD_START = 1;
const WORD_END = 2;

/**
 * jieba's cut of a text, made piece by piece where it is asked about: whether a span is cut as
 * whole words (place names must be). The text is cut as parts (a document's sentences) and the
 * text between them, each piece alone, as a query is; a piece is cut the first time a question
 * touches it — about a fifth of a document's text has a name to test, and cutting costs more
 * than everything else the extractors do to a sentence.
 */
export class WordCut {
  /** [start, end) of each piece, in order, covering the text */
  private readonly pieceStarts: Int32Array;
  private readonly pieceEnds: Int32Array;
  private readonly done: Uint8Array;
  private readonly flags: Uint8Array;
  /** pieces cut so far (what the laziness saves shows here) */
  piecesCut = 0;

  /**
   * `parts`: [start, end) ranges cut one by one (a document's sentences), so that a sentence's
   * words are those of the sentence cut alone; text between them is cut too.
   */
  constructor(readonly text: string, parts: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }]) {
    const starts: number[] = [];
    const ends: number[] = [];
    const piece = (from: number, to: number) => {
      if (to <= from) return;
      starts.push(from);
      ends.push(to);
    };
    let at = 0;
    for (const part of parts) {
      if (part.start < at) continue;
      piece(at, part.start);
      piece(part.start, part.end);
      at = part.end;
    }
    piece(at, text.length);
    this.pieceStarts = Int32Array.from(starts);
    this.pieceEnds = Int32Array.from(ends);
    this.done = new Uint8Array(starts.length);
    this.flags = new Uint8Array(text.length + 1);
  }

  /** True when a word starts at `start` and a word ends at `end`. */
  isWhole(start: number, end: number): boolean {
    this.cutAround(start, false);
    if ((this.flags[start]! & WORD_START) === 0) return false;
    this.cutAround(end, true);
    return (this.flags[end]! & WORD_END) !== 0;
  }

  /** True when a word starts at `offset`. */
  startsWord(offset: number): boolean {
    this.cutAround(offset, false);
    return (this.flags[offset]! & WORD_START) !== 0;
  }

  /** Cuts the piece a word starting at `offset` (or, `ending`, a word ending there) lies in. */
  private cutAround(offset: number, ending: boolean): void {
    const k = this.pieceOf(ending ? offset - 1 : offset);
    if (k < 0 || this.done[k]) return;
    this.done[k] = 1;
    this.piecesCut++;
    const from = this.pieceStarts[k]!;
    let start = from;
    for (const end of Array.from(cutEnds(this.text.slice(from, this.pieceEnds[k]!)))) {
      this.flags[start] |= WORD_START;
      this.flags[from + end] |= WORD_END;
      start = from + end;
    }
  }

  /** Index of the piece holding `offset`, or -1 outside the text. */
  private pieceOf(offset: number): number {
    if (offset < 0 || offset >= this.text.length) return -1;
    let lo = 0;
    let hi = this.pieceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.pieceStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
