// The document's lines as they were set: the normaliser joins lines it takes for one broken
// sentence, which can run a masthead, a document number, a title and the addressees into one
// line (`楚贫组发〔2020〕8号楚雄州…的通知各县市…：`). The 版头 is read on the lines of the source
// text instead: a normalised line is cut wherever the raw text had a line break.
import type { Doc } from '../../src/core/types.js';

export interface Line {
  text: string;
  /** [start, end) in the normalised text */
  start: number;
  end: number;
  /** the normalised line holding it has a sentence end: it is part of running text */
  inProse: boolean;
  /** length of the normalised line holding it */
  paragraphLength: number;
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
    let start = lineStart;
    for (let j = lineStart + 1; j < i; j++) {
      if (rawBreakBefore(doc, j)) {
        push(out, text, start, j, para);
        start = j;
      }
    }
    push(out, text, start, i, para);
    lineStart = i + 1;
  }
  return out;
}

/** Spaces, and the cell borders a web page's table leaves at the ends of a line (`…1997年6月10日 |`). */
const EDGE = /[ |]/;

function push(out: Line[], text: string, start: number, end: number, para: Pick<Line, 'inProse' | 'paragraphLength'>): void {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, ...para });
}

/** The raw text had a line break between normalised offsets j-1 and j. */
function rawBreakBefore(doc: Doc, j: number): boolean {
  const from = doc.rawOffset[j - 1] + 1;
  const to = doc.rawOffset[j];
  return to > from && doc.raw.slice(from, to).includes('\n');
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
