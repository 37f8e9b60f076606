// Ruled tables of a PDF page (found by pdf-parse's getTable from the ruling lines) put into the
// page's text the way HTML tables are: one line per row, cells split by tabs, offsets recorded.
import type { RawCell, RawTable } from '../core/types.js';

/** A table as getTable gives it: rows of cell texts (a wrapped cell holds `\n`). */
export type FoundTable = string[][];

export interface PlacedPage {
  /** the page's text with each located table's span replaced by its rows */
  text: string;
  /** the tables located, offsets relative to the page's text */
  tables: RawTable[];
  /** the first table continues the table left open at the end of the page before */
  continues?: boolean;
}

/** A table that ends its page (a page number aside): the next page may carry on with it. */
export interface OpenTable {
  width: number;
  /** its header cells' texts, or null */
  header: string[] | null;
}

/**
 * Puts the tables found on a page into its text. A table replaces the lines its cells occupy
 * (so its text is not there twice); a table whose cells cannot be located is left out and the
 * page's text kept as it is.
 */
export function placeTables(page: string, found: FoundTable[], open: OpenTable | null = null): PlacedPage {
  const located = found
    .filter(isDataTable)
    .map((table) => ({ rows: table.map((row) => row.map(cellText)), span: locate(page, table) }))
    .filter((t): t is { rows: string[][]; span: [number, number] } => t.span !== null)
    .sort((a, b) => a.span[0] - b.span[0]);
  const first = located[0];
  const continues = !!first && !!open && edgeOnly(page.slice(0, first.span[0])) && widthOf(first.rows) === open.width;
  // a header row repeated atop the new page is furniture, like a page number: the rows run on without it
  if (continues && open.header && first.rows[0]?.join('\t') === open.header.join('\t')) first.rows.shift();
  let text = '';
  let from = 0;
  const tables: RawTable[] = [];
  let joined = false;
  for (const t of located) {
    if (t.span[0] < from) continue; // two tables over the same text: keep the first
    text += page.slice(from, t.span[0]);
    const rendered = render(t.rows, text.length);
    text += rendered.text;
    if (rendered.table.rows.length) {
      joined ||= continues && t === first;
      tables.push(rendered.table);
    }
    from = t.span[1];
  }
  return { text: text + page.slice(from), tables, ...(joined ? { continues: true } : {}) };
}

/**
 * The table left open by a page: its last table, when only a page number follows it. `text` is
 * the page's text as placed, `table` its last table.
 */
export function openTable(text: string, table: RawTable | undefined): OpenTable | null {
  if (!table || !edgeOnly(text.slice(table.rows.at(-1)!.cells.at(-1)!.end))) return null;
  const header = table.headerRow === null ? null : table.rows[table.headerRow]!.cells.map((c) => c.text);
  return { width: widthOf(table.rows.map((r) => r.cells)), header };
}

/** Two rows of two cells or more, with some text: a grid of data, not a frame around a paragraph. */
function isDataTable(table: FoundTable): boolean {
  return table.filter((row) => row.length >= 2).length >= 2 && table.some((row) => row.some((c) => c.trim() !== ''));
}

/** A cell on one line: its wrapped lines joined by a space, as HTML cells are (normalise drops it beside Chinese). */
const cellText = (cell: string) => cell.replace(/\s+/g, ' ').trim();

const isSpace = (ch: string) => /\s/.test(ch);

/**
 * The span of whole lines of the page that holds exactly the table's cells. getText writes the
 * cells in content-stream order (cell by cell, or line by line across a row of wrapped cells), so
 * the span is found as the window of the page's non-space characters that holds the same
 * characters as the cells, in any order. Text in the window that is in no cell (a note set inside
 * the grid's box but outside every cell, a mark on a ruling line) makes the window differ: the
 * table is then not located, and the page keeps its text as getText gave it, rather than lose
 * that text or keep the cells twice. The span must start and end on line boundaries, so no text
 * beside the table is swallowed.
 */
export function locate(page: string, table: FoundTable): [number, number] | null {
  const want = new Map<string, number>();
  let size = 0;
  for (const ch of table.flat().join('')) {
    if (isSpace(ch)) continue;
    want.set(ch, (want.get(ch) ?? 0) + 1);
    size++;
  }
  if (size === 0) return null;
  const at: number[] = []; // offsets of the page's non-space characters
  for (let i = 0; i < page.length; i++) if (!isSpace(page[i]!)) at.push(i);
  // diff = window count - wanted count per character; `off` counts characters where it is not 0
  const diff = new Map<string, number>();
  let off = want.size;
  const bump = (ch: string, by: number) => {
    const before = (diff.get(ch) ?? -(want.get(ch) ?? 0));
    const after = before + by;
    diff.set(ch, after);
    if (before === 0) off++;
    if (after === 0) off--;
  };
  for (let k = 0; k < at.length; k++) {
    bump(page[at[k]!]!, 1);
    if (k >= size) bump(page[at[k - size]!]!, -1);
    if (k < size - 1 || off !== 0) continue;
    const start = lineStart(page, at[k - size + 1]!);
    const end = lineEnd(page, at[k]! + 1);
    if (start !== null && end !== null) return [start, end];
  }
  return null;
}

/** The start of the line `i` is on, when only spaces come before `i` on it. */
function lineStart(page: string, i: number): number | null {
  let s = i;
  while (s > 0 && page[s - 1] !== '\n') {
    if (!isSpace(page[s - 1]!)) return null;
    s--;
  }
  return s;
}

/** The end of the line `i` is on, when only spaces come after `i` on it. */
function lineEnd(page: string, i: number): number | null {
  let e = i;
  while (e < page.length && page[e] !== '\n') {
    if (!isSpace(page[e]!)) return null;
    e++;
  }
  return e;
}

/** The rows as lines of tab-separated cells, starting at `offset`; rows with no text are dropped. */
function render(rows: string[][], offset: number): { text: string; table: RawTable } {
  const kept = rows.filter((row) => row.some((c) => c !== ''));
  let text = '';
  const out: RawTable['rows'] = kept.map((row, r) => {
    if (r > 0) text += '\n';
    const cells: RawCell[] = row.map((cell, c) => {
      if (c > 0) text += '\t';
      const start = offset + text.length;
      text += cell;
      return { text: cell, start, end: start + cell.length };
    });
    return { cells };
  });
  return { text, table: { rows: out, headerRow: headerRow(kept) } };
}

/** A header cell is short and does not end a sentence (as html-text.ts judges). */
const MAX_HEADER_CELL = 20;

/**
 * The header: the first row of two cells or more, under any title rows (one cell spanning the
 * table), when its cells look like column names: short, not sentences, not all numbers.
 */
function headerRow(rows: string[][]): number | null {
  const r = rows.findIndex((row) => row.length >= 2);
  if (r < 0 || r > 2) return null;
  const cells = rows[r]!;
  const names = cells.every((c) => c !== '' && [...c].length <= MAX_HEADER_CELL && !/[。；;]$/.test(c));
  const numbers = cells.every((c) => /^[\d.,%\s]+$/.test(c));
  return names && !numbers ? r : null;
}

/** A page number (`— 3 —`, `第3页`) is the most a page break leaves beside a table running on. */
const EDGE_TEXT_MAX = 10;

function edgeOnly(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length === 0 || (lines.length === 1 && [...lines[0]!].length <= EDGE_TEXT_MAX);
}

const widthOf = (rows: unknown[][]) => rows.reduce((w, r) => Math.max(w, r.length), 0);
