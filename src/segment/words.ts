// Words with offsets. nodejieba's `cut` returns the pieces without positions; they are
// consecutive substrings of the input, so offsets follow from their lengths.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import type { Word } from '../core/types.js';
import { DOMAIN_WORDS } from './domain-words.js';

let loaded = false;
function ensureDictionary(): void {
  if (loaded) return;
  // jieba's own word dictionary and model; the keyword tables, which gongwen never uses, stand-ins
  nodejieba.load({ idfDict: keywordTable('idf.utf8'), stopWordDict: keywordTable('stop_words.utf8') });
  for (const w of DOMAIN_WORDS) nodejieba.insertWord(w);
  loaded = true;
}

/** A file of ./jieba beside this module's source (dist/ runs find it under src/). */
function keywordTable(name: string): string {
  const beside = fileURLToPath(new URL(`./jieba/${name}`, import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL(`../../../src/segment/jieba/${name}`, import.meta.url));
}

/** Words of `text`, offsets relative to `base`. */
export function cutWords(text: string, base = 0): Word[] {
  ensureDictionary();
  return align(nodejieba.cut(text, true), text, base);
}

export function tagWords(text: string, base = 0): (Word & { tag: string })[] {
  ensureDictionary();
  const tagged = nodejieba.tag(text) as { word: string; tag: string }[];
  const words = align(tagged.map((t) => t.word), text, base);
  return words.map((w, i) => ({ ...w, tag: tagged[i]?.tag ?? 'x' }));
}

function align(pieces: string[], text: string, base: number): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const at = text.startsWith(piece, cursor) ? cursor : text.indexOf(piece, cursor);
    if (at < 0) continue; // jieba dropped or altered something: skip rather than misplace
    words.push({ word: piece, start: base + at, end: base + at + piece.length });
    cursor = at + piece.length;
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
    const piece = this.text.slice(from, this.pieceEnds[k]!);
    ensureDictionary();
    for (const w of align(nodejieba.cut(piece, true), piece, from)) {
      this.flags[w.start] |= WORD_START;
      this.flags[w.end] |= WORD_END;
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
