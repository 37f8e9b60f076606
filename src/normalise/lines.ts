// Joining lines that PDF extraction broke mid-sentence, and removing the debris a page break
// leaves (`…；责\n\n责任单位：` → `…；责任单位：`).
import { LINE_LABEL, matchMarker } from '../segment/markers.js';
import { CLOSERS, LINE_FINAL, OPENERS } from './chars.js';
import { applyEdits, type Edit, type MappedText } from './mapped.js';
import { KIND_ENDINGS, LABEL_WORDS, NO_LINE_START } from './words.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** Width of a line in characters, spaces left out. */
function widthOf(line: string): number {
  let w = 0;
  for (const c of line) if (c !== ' ') w++;
  return w;
}

/** Width of a line in ems, as a typeset column measures it: a half-width (ASCII) character is half an em. */
function emsOf(line: string): number {
  let w = 0;
  for (const c of line) if (c !== ' ') w += c.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/** Tab-separated cells and `|` rows are table rows: never a measure of the column. */
function isTableRow(line: string): boolean {
  return line.includes('\t') || line.includes('|');
}

interface Column {
  /** the width of a full line */
  width: number;
  /** the same in ems, for a text set in a column */
  ems: number;
  /** the text was set in a column (few lines run far past it), so a line's width says it wrapped */
  wrapped: boolean;
}

/**
 * A column's width is the median width of the lines that do not end a clause; table rows do not
 * count, so that they cannot push it up. A text set in no column (web text, PDF text broken only at
 * page ends: many lines run far past that width) has no such width; there the median counts table
 * rows as well, which keeps short title and signature lines from looking full.
 */
export interface JoinOptions {
  /**
   * the line ends come from markup (HTML blocks and breaks): a browser wraps the text, so unless
   * the lines were broken at a fixed column (a PDF pasted into a page), a line's width says nothing
   */
  markup: boolean;
}

const NO_COLUMN: Column = { width: Infinity, ems: Infinity, wrapped: false };

function columnOf(lines: Line[], { markup }: JoinOptions): Column {
  const trimmed = lines.map((l) => l.text.trim()).filter((t) => widthOf(t) >= 8);
  const text = trimmed.filter((t) => !isTableRow(t));
  const open = text.filter((t) => !endsClause(t)).map(widthOf);
  if (open.length === 0) return NO_COLUMN;
  const width = median(open);
  const overlong = text.filter((t) => widthOf(t) > width * 1.3).length;
  if (overlong <= text.length * 0.15) {
    return { width, ems: median(text.filter((t) => !endsClause(t)).map(emsOf)), wrapped: true };
  }
  if (markup) return NO_COLUMN;
  return { width: median(trimmed.filter((t) => !endsClause(t)).map(widthOf)), ems: Infinity, wrapped: false };
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

function endsClause(line: string): boolean {
  const stripped = line.replace(new RegExp(`[${CLOSERS}]+$`), '');
  const last = stripped.at(-1) ?? '';
  return LINE_FINAL.includes(last) || (stripped !== line && LINE_FINAL.includes(stripped.at(-1) ?? ''));
}

function unbalanced(line: string): boolean {
  let depth = 0;
  for (const c of line) {
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** A `label：` line that begins with a word of the label table (`责任单位：`, not `知如下：`). */
function isLabel(line: string): boolean {
  return LINE_LABEL.test(line) && LABEL_WORDS.some((w) => line.startsWith(w));
}

/** A line long enough to have been wrapped. */
function isFull(line: string, col: Column): boolean {
  const w = widthOf(line);
  return w >= col.width * 0.85 && w >= 10;
}

/** A line of a text set in a column that runs to the column's edge: it was wrapped, not ended. */
function atEdge(line: string, col: Column): boolean {
  const w = emsOf(line);
  return col.wrapped && w >= col.ems * 0.93 && w <= col.ems * 1.15 && w >= 10;
}

/** Ends inside a word (not after a digit, a punctuation mark or a title's kind): the phrase goes on. */
function endsMidWord(line: string): boolean {
  return /[\p{Script=Han}A-Za-z]$/u.test(line) && !KIND_ENDINGS.some((k) => line.endsWith(k));
}

/** A number cut in two: `增长2.` / `9%`, `972` / `846万元` (an outline number `3.` on the next line is not). */
function splitsNumber(prev: string, next: string, col: Column): boolean {
  if (!/^\d/.test(next)) return false;
  if (/\d\.$/.test(prev)) return true;
  return /\d$/.test(prev) && !matchMarker(next) && widthOf(prev) >= col.width * 0.5;
}

/** An open bracket or a trailing comma: the sentence goes on. */
function isOpen(prev: string, logical: string): boolean {
  return unbalanced(logical) || /[，、,（“《]$/.test(prev);
}

/** `…确保完成1200` / `户改造任务…`: a number split from its unit. */
function numberBeforeUnit(prev: string, next: string): boolean {
  return /\d$/.test(prev) && /^[\p{Script=Han}%]/u.test(next);
}

/** The next line as the joiner sees it: trimmed, and whether it was indented (a paragraph's first line). */
interface Next {
  text: string;
  indented: boolean;
}

function shouldJoin(prev: string, { text: next, indented }: Next, col: Column, logical: string): boolean {
  if (!prev || !next || endsClause(prev)) return false;
  // rows of cells the ingester laid out are never joined; a `|` row of a web copy wraps like text
  if (prev.includes('\t') || next.includes('\t')) return false;
  if (NO_LINE_START.includes(next[0]) || splitsNumber(prev, next, col)) return true;
  if (matchMarker(next)) return false;
  const midPhrase = atEdge(prev, col) && endsMidWord(prev);
  // a label starts a new line unless the break is plainly mid-phrase (`…明确联系⏎电话：`)
  if (isLabel(next)) return unbalanced(logical) || (!isLabel(prev) && midPhrase);
  // `通⏎知如下：`, `各大企业，⏎各高等院校：`: a tail that only looks like a label
  if (LINE_LABEL.test(next)) return unbalanced(logical) || (col.wrapped && isOpen(prev, logical)) || midPhrase;
  // a heading (`一、总体要求`) stands alone unless something is open or it runs to the column's
  // edge and the next line is not indented as a paragraph's first line is
  if (matchMarker(logical) && widthOf(logical) <= 40) {
    return isOpen(prev, logical) || numberBeforeUnit(prev, next) || (atEdge(prev, col) && !indented);
  }
  return isOpen(prev, logical) || numberBeforeUnit(prev, next) || isFull(prev, col);
}

/**
 * Joins broken lines. Blank lines between wrapped lines (common in PDF text) are ignored when
 * deciding; a join removes the break and any blank lines and indentation around it.
 */
export function joinBrokenLines(t: MappedText, options: JoinOptions = { markup: false }): MappedText {
  const lines = linesOf(t.text);
  const col = columnOf(lines, options);
  const edits: Edit[] = [];
  // the physical line before the break, where its content ends, and the logical line so far
  let last: { text: string; contentEnd: number } | null = null;
  let logical = '';
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    const contentStart = line.start + (line.text.length - line.text.trimStart().length);
    const contentEnd = line.start + line.text.trimEnd().length;
    if (last) {
      const debris = pageBreakDebris(last.text, trimmed);
      const indented = contentStart - line.start >= 2;
      const join = debris > 0 || shouldJoin(last.text, { text: trimmed, indented }, col, logical);
      if (join) {
        const latinJoin = /[A-Za-z]$/.test(last.text) && /^[A-Za-z]/.test(trimmed);
        edits.push({ start: last.contentEnd - debris, end: contentStart, replacement: latinJoin ? ' ' : '' });
        logical = logical.slice(0, logical.length - debris) + trimmed;
        last = { text: trimmed, contentEnd };
        continue;
      }
    }
    logical = trimmed;
    last = { text: trimmed, contentEnd };
  }
  return applyEdits(t, edits);
}

/**
 * Length of a fragment at the end of `prev` that the next line repeats at its start, where the
 * fragment begins right after a delimiter: `…；责` then `责任单位：…`.
 */
function pageBreakDebris(prev: string, next: string): number {
  for (let k = 1; k <= 3 && k < prev.length; k++) {
    const fragment = prev.slice(-k);
    const before = prev.at(-k - 1) ?? '';
    if (/^\p{Script=Han}+$/u.test(fragment) && /[；;：:，,、（(]/.test(before) && next.startsWith(fragment) && LINE_LABEL.test(next)) {
      return k;
    }
  }
  return 0;
}
