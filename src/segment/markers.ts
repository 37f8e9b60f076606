// Outline markers of the genre (GENRE.md, export-v1 `section`): the patterns, their rank from
// outermost to innermost, and the canonical path component each one is written as.

const CN = '[一二三四五六七八九十百零〇两]+';

export interface MarkerKind {
  id: 'bian' | 'zhang' | 'jie' | 'tiao' | 'l1' | 'l2' | 'l3' | 'l4';
  /** smaller is outer */
  rank: number;
  /** numbered through the whole document (chapters, articles), not restarting under each parent */
  continuous?: boolean;
  /** matches at the start of a paragraph; group 1 is the number as written */
  pattern: RegExp;
  /** the canonical path component for a match */
  component(m: RegExpExecArray): string;
}

export const MARKER_KINDS: MarkerKind[] = [
  { id: 'bian', rank: 0, pattern: new RegExp(`^第(${CN}|\\d+)[编篇](?=\\s|$|[^\\p{Script=Han}]|[\\p{Script=Han}])`, 'u'), component: (m) => m[0] },
  { id: 'zhang', rank: 1, continuous: true, pattern: new RegExp(`^第(${CN}|\\d+)章`, 'u'), component: (m) => m[0] },
  { id: 'jie', rank: 2, pattern: new RegExp(`^第(${CN}|\\d+)节`, 'u'), component: (m) => m[0] },
  { id: 'tiao', rank: 3, continuous: true, pattern: new RegExp(`^第(${CN}|\\d+)条`, 'u'), component: (m) => m[0] },
  { id: 'l1', rank: 4, pattern: new RegExp(`^(${CN})[、．.]`, 'u'), component: (m) => m[1] },
  { id: 'l2', rank: 5, pattern: new RegExp(`^[（(](${CN})[）)]`, 'u'), component: (m) => `（${m[1]}）` },
  { id: 'l3', rank: 6, pattern: /^(\d{1,2})(?:[、．]|\.(?!\d))/u, component: (m) => m[1] },
  { id: 'l4', rank: 7, pattern: /^[（(](\d{1,2})[）)]/u, component: (m) => `（${m[1]}）` },
];

export interface MarkerMatch {
  kind: MarkerKind;
  /** the marker as written, e.g. `（一）`, `1.` */
  text: string;
  component: string;
  /** the number the marker counts, e.g. 3 for `（三）` */
  number: number;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Small Chinese ordinals as outline markers use them (一 … 九十九). */
export function ordinalValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (c === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else digit = CN_DIGIT[c] ?? 0;
  }
  return total + digit;
}

export function matchMarker(line: string): MarkerMatch | null {
  for (const kind of MARKER_KINDS) {
    const m = kind.pattern.exec(line);
    if (m) return { kind, text: m[0], component: kind.component(m), number: ordinalValue(m[1]) };
  }
  return null;
}

/** A short label ending in a colon at the start of a line (`责任单位：`, `附件：`, `主送：`). */
export const LINE_LABEL = /^[\p{Script=Han}（）()]{2,10}[：:]/u;
