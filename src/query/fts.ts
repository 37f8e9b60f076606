// Full-text search over sentences. The index (`sentence_fts`) holds each sentence's overlapping
// character pairs (src/text/grams.ts): a run of Chinese characters in a query is asked for as the
// phrase of its pairs, which finds exactly the sentences holding it as a substring, whatever words
// it cuts across. Offsets returned here are code points, like export-v1 spans.
import { queryRuns, type QueryRun } from '../text/grams.js';

/** The pieces a query asks for, each a substring a sentence must hold (and what is marked in it). */
export function queryTerms(text: string): string[] {
  return queryRuns(text).map((r) => r.text);
}

/**
 * An FTS5 MATCH expression: every piece of the query (`AND`) or any (`OR`). A run of Chinese
 * characters is the phrase of its pairs; a single character the prefix query `X*` (it is the
 * first character of a pair, or the last of its run, indexed alone); a word of other characters
 * is quoted, and the index's tokenizer makes it the phrase of its tokens (`6.5` → `6 5`).
 */
export function ftsQuery(text: string, join: 'AND' | 'OR' = 'AND'): string {
  return queryRuns(text).map(phrase).join(` ${join} `);
}

function phrase(run: QueryRun): string {
  if (!run.han) return quote(run.text);
  const chars = Array.from(run.text);
  if (chars.length === 1) return `${quote(run.text)}*`;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return quote(pairs.join(' '));
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * [start, end) code-point ranges of the terms in `text`, longest first where they overlap, in
 * order; ranges that touch are one (`2020年` asks for 2020 and 年: marked as one piece).
 */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const chars = Array.from(text);
  const lower = chars.map((c) => c.toLowerCase());
  const sorted = [...terms].map((t) => Array.from(t.toLowerCase())).filter((t) => t.length).sort((a, b) => b.length - a.length);
  const ranges: [number, number][] = [];
  for (let i = 0; i < lower.length; ) {
    const hit = sorted.find((t) => t.every((c, k) => lower[i + k] === c));
    if (hit) {
      const last = ranges.at(-1);
      if (last && last[1] === i) last[1] = i + hit.length;
      else ranges.push([i, i + hit.length]);
      i += hit.length;
    } else i++;
  }
  return ranges;
}

/** `text` with each code-point range wrapped in `open`…`close` (ranges in order, not overlapping). */
export function markRanges(text: string, ranges: [number, number][], open: string, close: string): string {
  const chars = Array.from(text);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += chars.slice(at, s).join('') + open + chars.slice(s, e).join('') + close;
    at = e;
  }
  return out + chars.slice(at).join('');
}

/** `text` with the terms marked (a convenience over matchRanges + markRanges). */
export function highlight(text: string, terms: string[], [open, close]: [string, string]): string {
  return markRanges(text, matchRanges(text, terms), open, close);
}
