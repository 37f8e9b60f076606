// Joining lines that PDF extraction broke mid-sentence, and removing the debris a page break
// leaves (`…；责\n\n责任单位：` → `…；责任单位：`).
import { LINE_LABEL, matchMarker } from '../segment/markers.js';
import { CLOSERS, LINE_FINAL, OPENERS } from './chars.js';
import { applyEdits, type Edit, type MappedText } from './mapped.js';

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

/** Width of a full line of the page the text was set on: the commonest length of lines that wrap. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines
    .map((l) => [...l.text.trim()].length)
    .filter((n, i) => n >= 8 && !endsClause(lines[i].text.trim()));
  if (lengths.length === 0) return Infinity;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)];
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

/** A line that is a heading or a label: never the first half of a broken sentence. */
function standsAlone(line: string): boolean {
  const m = matchMarker(line);
  return m !== null && !/[。；]/.test(line) && [...line].length <= 40;
}

/** A line that starts something new: an outline marker or a `label：`. */
function startsNew(line: string): boolean {
  return matchMarker(line) !== null || LINE_LABEL.test(line);
}

function shouldJoin(prev: string, next: string, width: number, logical: string): boolean {
  if (!prev || !next || endsClause(prev) || standsAlone(logical) || startsNew(next)) return false;
  if (prev.includes('\t') || next.includes('\t')) return false; // table rows
  if (unbalanced(logical)) return true;
  if (/[，、,（“《]$/.test(prev)) return true;
  // `…确保完成1200` / `户改造任务…`: a number split from its unit
  if (/\d$/.test(prev) && /^[\p{Script=Han}%]/u.test(next)) return true;
  return [...prev].length >= width * 0.85 && [...prev].length >= 10;
}

/**
 * Joins broken lines. Blank lines between wrapped lines (common in PDF text) are ignored when
 * deciding; a join removes the break and any blank lines and indentation around it.
 */
export function joinBrokenLines(t: MappedText): MappedText {
  const lines = linesOf(t.text);
  const width = typicalWidth(lines);
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
      const join = debris > 0 || shouldJoin(last.text, trimmed, width, logical);
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
