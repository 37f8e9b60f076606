// A table copied as text, its cells set apart by spaces (an ideographic space, or two or more
// spaces): the stray-space rule would glue its cells together and the line joiner its rows. Three
// or more consecutive lines of at least three short cells each, about as many on every line, are
// such a table; their gaps become tabs, the cell separator every later stage reads.
import { rewrite, type MappedText } from './mapped.js';

/** A gap between cells: any run holding an ideographic space, or two or more plain spaces. */
const GAP = /[ \u00A0]*\u3000[ \u3000\u00A0]*|[ \u00A0]{2,}/gu;
const MIN_ROWS = 3;
const MIN_CELLS = 3;
/** A cell of a table is a name, a figure or a short phrase; a longer run is prose. */
const MAX_CELL = 24;

export function tabulateSpacedTables(t: MappedText): MappedText {
  if (!/\u3000| {2}/u.test(t.text)) return t;
  const rows = tableLineRanges(t.text);
  if (!rows.length) return t;
  let k = 0;
  return rewrite(t, GAP, (m) => {
    while (k < rows.length && rows[k]![1] <= m.index) k++;
    const inRow = k < rows.length && rows[k]![0] < m.index && m.index + m[0].length < rows[k]![1];
    return inRow ? '\t' : null;
  });
}

/** [start, end) of the lines (indentation excluded) that are rows of a space-set table. */
function tableLineRanges(text: string): [number, number][] {
  const lines: { start: number; end: number; cells: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.replace(/^[ \u3000\u00A0\t]+/u, '').length;
    const body = line.slice(lead).replace(/[ \u3000\u00A0\t]+$/u, '');
    lines.push({ start: at + lead, end: at + lead + body.length, cells: cellCount(body) });
    at += line.length + 1;
  }
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.cells >= MIN_CELLS && Math.abs(lines[j]!.cells - lines[i]!.cells) <= 1) j++;
    if (j - i >= MIN_ROWS) for (let r = i; r < j; r++) out.push([lines[r]!.start, lines[r]!.end]);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The cells of a line split at its gaps, or 0 when a piece is too long to be a cell. */
function cellCount(line: string): number {
  if (!line) return 0;
  const cells = line.split(GAP);
  return cells.every((c) => c.length > 0 && c.length <= MAX_CELL) ? cells.length : 0;
}
