// Where the responsibility blocks of a text are: parentheses after a measure, and label lines.
import type { Doc } from '../../src/core/types.js';
import { labelsIn, startsWithLabel } from './parse.js';

export interface BlockSpan {
  start: number;
  end: number;
  /** the text read for roles (inside the brackets, or the label lines) */
  content: string;
}

const OPEN = '（(';
const CLOSE = '）)';
/** A block is short; an unmatched bracket must not swallow the rest of the document. */
const MAX_BLOCK = 600;

/** Every top-level bracket pair `（…）` / `(…)`, across line breaks, that `accept` takes. */
export function findBracketBlocks(text: string, accept: (start: number, content: string) => boolean): BlockSpan[] {
  const out: BlockSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.includes(text[i])) continue;
    const close = matchingClose(text, i);
    if (close < 0) continue;
    const content = text.slice(i + 1, close);
    if (accept(i, content)) {
      out.push({ start: i, end: close + 1, content });
      i = close;
    }
  }
  return out;
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_BLOCK);
  for (let j = open; j < limit; j++) {
    if (OPEN.includes(text[j])) depth++;
    else if (CLOSE.includes(text[j]) && --depth === 0) return j;
  }
  return -1;
}

/**
 * Label lines: a paragraph that starts with `责任单位：` (or a label right after a sentence end inside a
 * paragraph), running on through the label paragraphs that follow it (`完成时限：…`).
 */
export function findLabelBlocks(doc: Doc, skip: (offset: number) => boolean): BlockSpan[] {
  const out: BlockSpan[] = [];
  const paras = doc.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const at = labelStart(p.text);
    if (at < 0 || skip(p.start + at)) continue;
    let j = i;
    while (j + 1 < paras.length && startsWithLabel(paras[j + 1].text) && !skip(paras[j + 1].start)) j++;
    const start = p.start + at;
    const end = trimEnd(doc.text, paras[j].end, start);
    out.push({ start, end, content: doc.text.slice(start, end) });
    i = j;
  }
  return out;
}

/** Offset of the label that opens a label block in this paragraph, or -1. */
function labelStart(text: string): number {
  if (startsWithLabel(text)) return text.length - text.replace(/^[\s*]+/u, '').length;
  const after = labelsIn(text).find((m) => /[。；;]\**\s*$/u.test(text.slice(0, m.index)));
  return after ? after.index : -1;
}

function trimEnd(text: string, end: number, start: number): number {
  let e = end;
  while (e > start && /[\s*]/u.test(text[e - 1])) e--;
  return e;
}
