// The document's lines as they were set: the normaliser joins lines it takes for one broken
// sentence, which can run a masthead, a document number, a title and the addressees into one
// line (`楚贫组发〔2020〕8号楚雄州…的通知各县市…：`). The 版头 is read on the lines of the source
// text instead: a normalised line is cut wherever the raw text had a line break — but not inside
// a bracket pair, a document number or a date, which no line of a header ends in (`国函〔1997` /
// `〕46号` is a column's wrap, not two lines of the 版头).
import type { Doc } from '../../src/core/types.js';
import { findDocNumbers } from '../doc-number/pattern.js';
import { MAX_TITLE_LENGTH, UNBROKEN_PAIRS } from './words.js';

export interface Line {
  text: string;
  /** [start, end) in the normalised text */
  start: number;
  end: number;
  /** the normalised line holding it has a sentence end: it is part of running text */
  inProse: boolean;
  /** length of the normalised line holding it */
  paragraphLength: number;
  /** the normaliser joined it to the line before (one normalised line, cut at a raw break) */
  joined: boolean;
}

const SENTENCE_END = /[。！？!?]/u;
const cache = new WeakMap<Doc, Line[]>();

export function sourceLines(doc: Doc): Line[] {
  let lines = cache.get(doc);
  if (!lines) {
    lines = cutLines(doc);
    cache.set(doc, lines);
  }
  return lines;
}

function cutLines(doc: Doc): Line[] {
  const { text } = doc;
  const out: Line[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x0a) continue; // by code: text[i] would make a string per character
    const para = { inProse: SENTENCE_END.test(text.slice(lineStart, i)), paragraphLength: i - lineStart };
    const first = out.length;
    let start = lineStart;
    let kept: [number, number][] | null = null; // computed at the paragraph's first raw break only
    for (let j = lineStart + 1; j < i; j++) {
      if (!rawBreakBefore(doc, j)) continue;
      kept ??= unbroken(text, lineStart, i);
      if (kept.some(([a, b]) => a < j && j < b)) continue;
      push(out, text, start, j, para);
      start = j;
    }
    push(out, text, start, i, para);
    for (let k = first + 1; k < out.length; k++) out[k].joined = true;
    lineStart = i + 1;
  }
  return out;
}

/** A date written out in full (`1997年6月10日`, `二○○五年十一月二十一日`): no line of a header ends inside one. */
const FULL_DATE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/gu;

/** Spans of text[from, to) that no line break cuts: bracket pairs (not too long), document numbers, full dates. */
function unbroken(text: string, from: number, to: number): [number, number][] {
  const para = text.slice(from, to);
  // a number from its code's last two characters on: the code read before the year may take in
  // a name run on before it (`发布:湖州卫生健康委` / `湖卫健发〔2023〕1号`)
  const out: [number, number][] = findDocNumbers(para).map((n) => [from + n.start + Math.max(0, n.agency.length - 2), from + n.end]);
  for (const d of para.matchAll(FULL_DATE)) out.push([from + d.index, from + d.index + d[0].length]);
  const open: number[] = []; // indices of the open brackets, innermost last
  for (let i = 0; i < para.length; i++) {
    const c = para[i];
    if (OPENERS.has(c)) open.push(i);
    else if (OPENERS_OF.has(c)) {
      const at = open.findLastIndex((o) => OPENERS_OF.get(c)!.includes(para[o]));
      if (at < 0) continue;
      if (i - open[at] <= MAX_TITLE_LENGTH) out.push([from + open[at], from + i + 1]);
      open.length = at;
    }
  }
  return out;
}

/** Every bracket of UNBROKEN_PAIRS the text opens is closed, in order. */
export function balanced(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if (OPENERS.has(c)) open.push(c);
    else if (OPENERS_OF.has(c)) {
      const o = open.pop();
      if (!o || !OPENERS_OF.get(c)!.includes(o)) return false;
    }
  }
  return open.length === 0;
}

const OPENERS = new Set(UNBROKEN_PAIRS.map((p) => p[0]));
/** closer → the openers it closes */
const OPENERS_OF = new Map<string, string>();
for (const [o, c] of UNBROKEN_PAIRS) OPENERS_OF.set(c, (OPENERS_OF.get(c) ?? '') + o);

/** Spaces, and the cell borders a web page's table leaves at the ends of a line (`…1997年6月10日 |`). */
const EDGE = /[ |]/;

function push(out: Line[], text: string, start: number, end: number, para: Pick<Line, 'inProse' | 'paragraphLength'>): void {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, ...para, joined: false });
}

/** The raw text had a line break between normalised offsets j-1 and j. */
function rawBreakBefore(doc: Doc, j: number): boolean {
  const from = doc.rawOffset[j - 1] + 1;
  const to = doc.rawOffset[j];
  return to > from && doc.raw.slice(from, to).includes('\n');
}

/** Lines first..last of one normalised line as one line (their text as the normaliser joined it). */
export function joinLines(doc: Doc, first: Line, last: Line): Line {
  return { ...first, text: doc.text.slice(first.start, last.end), end: last.end };
}

/** The text of [start, end) with one space wherever the source had white space between characters. */
export function textWithGaps(doc: Doc, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    if (i > start && /\S/.test(doc.text[i - 1]) && /\S/.test(doc.text[i])) {
      const gap = doc.raw.slice(doc.rawOffset[i - 1] + 1, doc.rawOffset[i]);
      if (/\s/.test(gap)) out += ' ';
    }
    out += doc.text[i];
  }
  return out;
}

/** The normalised offset of the n-th character of source lines joined from `start` (line breaks skipped). */
export function offsetInJoined(doc: Doc, start: number, n: number): number {
  let i = start;
  for (let seen = 0; seen < n; i++) if (doc.text[i] !== '\n') seen++;
  while (doc.text[i] === '\n') i++;
  return i;
}
