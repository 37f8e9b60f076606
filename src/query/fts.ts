// Full-text search over sentences. The index (`sentence_fts`) holds each sentence's search terms
// (jieba words and the parts of long ones, src/segment/words.ts), and a query is cut by the same
// function: FTS5's own tokenisers do not find Chinese words. Offsets returned here are code points, like export-v1 spans.
import { searchTerms } from '../segment/words.js';

/**
 * The words a query asks for: its search terms without those contained in a longer one
 * (`易地扶贫搬迁` is cut into 易地, 扶贫, 搬迁 and 易地扶贫搬迁; asking for all four would
 * only repeat the longest).
 */
export function queryTerms(text: string): string[] {
  const terms = [...new Set(searchTerms(text))];
  return terms.filter((t) => !terms.some((u) => u !== t && u.includes(t)));
}

/** An FTS5 MATCH expression: every term (`AND`) or any term (`OR`), each quoted. */
export function ftsQuery(text: string, join: 'AND' | 'OR' = 'AND'): string {
  return queryTerms(text).map((t) => `"${t.replace(/"/g, '""')}"`).join(` ${join} `);
}

/** [start, end) code-point ranges of the terms in `text`, longest first where they overlap, in order. */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const chars = Array.from(text);
  const lower = chars.map((c) => c.toLowerCase());
  const sorted = [...terms].map((t) => Array.from(t.toLowerCase())).filter((t) => t.length).sort((a, b) => b.length - a.length);
  const ranges: [number, number][] = [];
  for (let i = 0; i < lower.length; ) {
    const hit = sorted.find((t) => t.every((c, k) => lower[i + k] === c));
    if (hit) {
      ranges.push([i, i + hit.length]);
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
