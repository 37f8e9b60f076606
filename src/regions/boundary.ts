// Word boundaries: a bare place name must be a whole word of its context (`大理` is not read
// in `大理石`, `全市` not in `全市场`). jieba cuts a small window around the span.
import { cutWords } from '../segment/words.js';

/** True when jieba starts a word at `start`. */
export function isWordStart(text: string, start: number): boolean {
  const from = Math.max(0, start - 4);
  return cutWords(text.slice(from, Math.min(text.length, start + 6)), from).some((w) => w.start === start);
}

/** True when jieba cuts the text around [start, end) at both ends. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 4);
  const words = cutWords(text.slice(from, Math.min(text.length, end + 4)), from);
  return words.some((w) => w.start === start) && words.some((w) => w.end === end);
}
