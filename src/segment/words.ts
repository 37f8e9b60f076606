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

/** Search terms of a text: its words and their sub-words (for a full-text index and its queries). */
export function searchTerms(text: string): string[] {
  return new WordCut(text).searchTerms(0, text.length);
}

const WORD_START = 1;
const WORD_END = 2;
const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * One jieba cut of a whole text, made once and asked many times: whether a span is cut as whole
 * words (place names must be), and the search terms of a part of it (the full-text index). One
 * cut of a document costs what a few hundred window cuts cost in calls into the native module.
 */
export class WordCut {
  private readonly pieces: string[];
  private readonly starts: Int32Array;
  private readonly flags: Uint8Array;

  /**
   * `parts`: [start, end) ranges cut one by one (a document's sentences), so that a sentence's
   * words are those of the sentence cut alone, as a query is; text between them is cut too.
   */
  constructor(readonly text: string, parts: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }]) {
    ensureDictionary();
    const words: Word[] = [];
    let at = 0;
    const cut = (from: number, to: number) => {
      if (to <= from) return;
      const piece = text.slice(from, to);
      for (const w of align(nodejieba.cut(piece, true), piece, from)) words.push(w);
    };
    for (const part of parts) {
      if (part.start < at) continue;
      cut(at, part.start);
      cut(part.start, part.end);
      at = part.end;
    }
    cut(at, text.length);
    this.pieces = words.map((w) => w.word);
    this.starts = Int32Array.from(words, (w) => w.start);
    this.flags = new Uint8Array(text.length + 1);
    for (const w of words) {
      this.flags[w.start] |= WORD_START;
      this.flags[w.end] |= WORD_END;
    }
  }

  /** True when a word starts at `start` and a word ends at `end`. */
  isWhole(start: number, end: number): boolean {
    return (this.flags[start]! & WORD_START) !== 0 && (this.flags[end]! & WORD_END) !== 0;
  }

  /**
   * The search terms of the words lying in [start, end): each word with a letter or digit, and of a
   * Chinese word longer than two characters its two-character (and, past three, three-character)
   * parts, so that `扶贫` finds `精准扶贫`.
   */
  searchTerms(start: number, end: number): string[] {
    const terms: string[] = [];
    for (let k = this.firstAt(start); k < this.pieces.length && this.starts[k]! < end; k++) {
      const word = this.pieces[k]!;
      if (this.starts[k]! + word.length > end || !LETTER_OR_DIGIT.test(word)) continue;
      if (word.length > 2 && HAN.test(word)) terms.push(...subWords(word));
      terms.push(word);
    }
    return terms;
  }

  /** Index of the first word starting at or after `offset`. */
  private firstAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function subWords(word: string): string[] {
  const parts: string[] = [];
  for (let n = 2; n <= 3 && n < word.length; n++) {
    for (let i = 0; i + n <= word.length; i++) parts.push(word.slice(i, i + n));
  }
  return parts;
}
