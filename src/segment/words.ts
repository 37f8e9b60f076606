// Words with offsets. nodejieba's `cut` returns the pieces without positions; they are
// consecutive substrings of the input, so offsets follow from their lengths.
import nodejieba from 'nodejieba';
import type { Word } from '../core/types.js';
import { DOMAIN_WORDS } from './domain-words.js';

let loaded = false;
function ensureDictionary(): void {
  if (loaded) return;
  for (const w of DOMAIN_WORDS) nodejieba.insertWord(w);
  loaded = true;
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

/** Search terms of a text: words and their sub-words (for a full-text index and its queries). */
export function searchTerms(text: string): string[] {
  ensureDictionary();
  return nodejieba.cutForSearch(text, true).map((w) => w.trim()).filter((w) => /[\p{L}\p{N}]/u.test(w));
}
