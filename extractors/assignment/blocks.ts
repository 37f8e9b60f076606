// Where the responsibility blocks of a text are: parentheses after a measure, and label lines.
import type { Doc } from '../../src/core/types.js';
import { CharClass } from '../../src/text/chars.js';
import { labelsIn, startsWithLabel } from './parse.js';

export interface BlockSpan {
  start: number;
  end: number;
  /** the text read for roles (inside the brackets, or the label lines) */
  content: string;
}

// tested by code unit: every character of the document is looked at
const OPEN = new CharClass('（(');
const CLOSE = new CharClass('）)');
/** A block is short; an unmatched bracket must not swallow the rest of the document. */
const MAX_BLOCK = 600;

/** Every top-level bracket pair `（…）` / `(…)`, across line breaks, that `accept` takes. */
export function findBracketBlocks(text: string, accept: (start: number, content: string) => boolean): BlockSpan[] {
  const out: BlockSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.at(text, i)) continue;
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
    if (OPEN.at(text, j)) depth++;
    else if (CLOSE.at(text, j) && --depth === 0) return j;
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
    const openers = labelOpeners(p.text).map((at) => p.start + at).filter((at) => !skip(at));
    let last = i;
    openers.forEach((start, k) => {
      let end = cutAfterLastLabel(doc.text, start, openers[k + 1] ?? p.end);
      if (k === openers.length - 1 && end === p.end) {
        while (last + 1 < paras.length && startsWithLabel(paras[last + 1].text) && !skip(paras[last + 1].start)) last++;
        end = cutAfterLastLabel(doc.text, start, paras[last].end);
      }
      end = trimEnd(doc.text, end, start);
      out.push({ start, end, content: doc.text.slice(start, end) });
    });
    i = last;
  }
  return out;
}

/** Offsets of the labels that open a block in this paragraph: at its start, or after a sentence end. */
function labelOpeners(text: string): number[] {
  const lead = text.length - text.replace(/^[\s*]+/u, '').length;
  return labelsIn(text)
    .map((m) => m.index)
    .filter((at) => at === lead || afterSentenceEnd(text, at));
}

/** `…。` `…；**` then spaces before `at` (read backwards: testing the whole prefix is quadratic on long lines). */
function afterSentenceEnd(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/u.test(text[i - 1])) i--;
  while (i > 0 && text[i - 1] === '*') i--;
  return i > 0 && '。；;'.includes(text[i - 1]);
}

/** The last label's value ends at a sentence end or at the next item's marker run into the line. */
function cutAfterLastLabel(text: string, start: number, end: number): number {
  const labels = labelsIn(text.slice(start, end));
  const from = start + (labels.at(-1)?.index ?? 0);
  const stop = VALUE_END.exec(text.slice(from, end));
  return stop ? from + stop.index : end;
}

const VALUE_END = /。|[（(][一二三四五六七八九十]+[）)]|(?<![\d.])\d{1,2}[.．、](?!\d)/u;

function trimEnd(text: string, end: number, start: number): number {
  let e = end;
  while (e > start && /[\s*]/u.test(text[e - 1])) e--;
  return e;
}
