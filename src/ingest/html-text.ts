// Renders a DOM subtree as text: block elements and <br> make line breaks, tables become one line
// per row with tab-separated cells, and every table cell's offsets are recorded.
import type { RawCell, RawTable } from '../core/types.js';
import { type AnyNode, type Element, childElements, isElement, isText, textOf, walk } from './html-dom.js';
import { BLOCK_TAGS } from './html.data.js';

/** HTML's collapsible white space; U+00A0 and U+3000 are content and kept as they are. */
const COLLAPSIBLE = /[ \t\n\r\f]+/;
/** Characters between which a line break is no space in Chinese (CSS segment-break rules). */
const WIDE = /[\u2018-\u201d\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Appends text while collapsing white space as a browser does: runs of spaces become one, and
 * spaces at the start or end of a line disappear. A source line break between two Chinese
 * characters disappears too. In `inline` mode (a table cell) line breaks become such soft
 * spaces, since a row must stay on one line.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  private lineEmpty = true;
  /** white space waiting for the next content: `soft` is dropped between two wide characters */
  private pending: 'none' | 'space' | 'soft' = 'none';
  private lastChar = '';
  /** newlines at the end of the output; starts high so leading breaks are dropped */
  private trailingNewlines = 2;

  constructor(private readonly inline = false) {}

  text(data: string): void {
    for (const piece of data.split(/([ \t\n\r\f]+)/)) {
      if (piece === '') continue;
      if (COLLAPSIBLE.test(piece[0]!)) {
        this.space(/[\n\r]/.test(piece) ? 'soft' : 'space');
        continue;
      }
      this.content(piece);
    }
  }

  /** Text appended as it is (no collapsing); returns its [start, end). */
  verbatim(data: string): [number, number] {
    if (data === '') return [this.length, this.length];
    this.content(data); // may write a pending space first: the span is measured after it
    return [this.length - data.length, this.length];
  }

  /** A block boundary: ends the current line if it has content. */
  block(): void {
    if (this.inline) this.space('soft');
    else if (!this.lineEmpty) this.newline();
  }

  /** `<br>`: always a line break, but never more than one blank line in a row. */
  lineBreak(): void {
    if (this.inline) return this.block();
    if (this.trailingNewlines < 2) this.newline();
  }

  /** Tab between cells of a row: cells are joined by exactly one tab, never collapsed. */
  tab(): void {
    this.pending = 'none';
    this.push('\t');
    this.lineEmpty = false;
  }

  toString(): string {
    return this.parts.join('').replace(/\n+$/, '');
  }

  private space(kind: 'space' | 'soft'): void {
    if (this.lineEmpty || this.pending === 'space') return;
    this.pending = kind;
  }

  private content(s: string): void {
    const soft = this.pending === 'soft' && WIDE.test(this.lastChar) && WIDE.test(s[0]!);
    if (this.pending !== 'none' && !soft) this.push(' ');
    this.pending = 'none';
    this.push(s);
    this.lastChar = s[s.length - 1]!;
    this.lineEmpty = false;
    this.trailingNewlines = 0;
  }

  private newline(): void {
    this.pending = 'none';
    this.push('\n');
    this.lineEmpty = true;
    this.trailingNewlines++;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

/** Renders `root` into `out`, appending the data tables it meets to `tables`. */
export function renderNode(root: AnyNode, out: TextBuilder, tables: RawTable[] | null): void {
  let preDepth = 0;
  walk(
    root,
    (node) => {
      if (isText(node)) {
        if (preDepth > 0) writePre(node.data, out);
        else out.text(node.data);
        return false;
      }
      if (!isElement(node)) return 'children' in node; // the document root, or a comment
      const name = node.name;
      if (name === 'br') {
        out.lineBreak();
        return false;
      }
      if (name === 'table' && tables && isDataTable(node)) {
        out.block();
        const table = renderTable(node, out);
        if (table) tables.push(table);
        out.block();
        return false;
      }
      if (BLOCK_TAGS.has(name)) out.block();
      if (name === 'pre') preDepth++;
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      if (node.name === 'pre') preDepth--;
      if (BLOCK_TAGS.has(node.name)) out.block();
    },
  );
}

function writePre(data: string, out: TextBuilder): void {
  data.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) out.lineBreak();
    out.verbatim(line.replace(/\t/g, ' '));
  });
}

/** The text of one table cell, on one line: inner blocks and <br> become spaces, tabs too. */
function cellText(cell: Element): string {
  const b = new TextBuilder(true);
  renderNode(cell, b, null);
  return b.toString().replace(/[\t\n]/g, ' ').trim();
}

/** Rows of a table itself (not of tables nested in its cells), in document order. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      rows.push(...childElements(child).filter((e) => e.name === 'tr'));
    }
  }
  return rows;
}

function ownCells(row: Element): Element[] {
  return childElements(row).filter((e) => e.name === 'td' || e.name === 'th');
}

/** A cell bigger than this is a page region laid out with a table, not a table cell. */
const MAX_DATA_CELL_CHARS = 3000;

/**
 * Tables that hold data (rows of cells) as opposed to layout tables that place page regions:
 * a data table has at least two rows of two cells or more, no nested table and no huge cell.
 * Layout tables are rendered as ordinary blocks.
 */
export function isDataTable(table: Element): boolean {
  let multiCellRows = 0;
  for (const row of ownRows(table)) {
    const cells = ownCells(row);
    if (cells.length >= 2) multiCellRows++;
    for (const cell of cells) {
      let nested = false;
      walk(cell, (n) => {
        if (isElement(n) && n.name === 'table') nested = true;
        return !nested;
      });
      if (nested || textOf(cell).length > MAX_DATA_CELL_CHARS) return false;
    }
  }
  return multiCellRows >= 2;
}

interface Slot {
  text: string;
  /** identity of the source cell and the row it is written in: columns of a colspan share it */
  key: string;
  header: boolean;
}

const MAX_SPAN = 64;

function span(cell: Element, attr: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.attribs[attr] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * Lays the table out on its grid. A cell spanning several rows is repeated, text included, in
 * each row it covers, so every row reads complete on its own line (a 牵头单位 cell merged down
 * three rows belongs to all three). A cell spanning several columns is written once per row; its
 * `RawCell` is repeated for each column it covers (same offsets), so columns keep their indices.
 */
function layOut(table: Element): Slot[][] {
  const grid: Slot[][] = [];
  /** per column: the cell still spanning down, and for how many more rows */
  const carry: ({ slot: Omit<Slot, 'key'>; id: number; rows: number } | undefined)[] = [];
  let cellId = 0;
  ownRows(table).forEach((row, r) => {
    const slots: Slot[] = [];
    const fillCarried = () => {
      for (let c = slots.length; carry[c] && carry[c]!.rows > 0; c = slots.length) {
        const k = carry[c]!;
        slots.push({ ...k.slot, key: `${k.id}@${r}` });
        k.rows--;
      }
    };
    for (const cell of ownCells(row)) {
      fillCarried();
      const id = cellId++;
      const slot = { text: cellText(cell), header: cell.name === 'th' };
      const rows = span(cell, 'rowspan');
      for (let i = 0; i < span(cell, 'colspan'); i++) {
        carry[slots.length] = rows > 1 ? { slot, id, rows: rows - 1 } : undefined;
        slots.push({ ...slot, key: `${id}@${r}` });
      }
    }
    fillCarried();
    // columns past the end of this row that are still carried from above
    for (let c = slots.length; c < carry.length; c++) {
      const k = carry[c];
      if (k && k.rows > 0) {
        while (slots.length < c) slots.push({ text: '', header: false, key: `pad${c}@${r}` });
        slots.push({ ...k.slot, key: `${k.id}@${r}` });
        k.rows--;
      }
    }
    grid.push(slots);
  });
  return grid;
}

/** Writes the table one row per line and returns its cells' offsets; null when it has no text. */
function renderTable(table: Element, out: TextBuilder): RawTable | null {
  for (const caption of childElements(table).filter((e) => e.name === 'caption')) {
    out.text(cellText(caption));
    out.block();
  }
  const rows: RawTable['rows'] = [];
  const headerFlags: boolean[] = [];
  const titleFlags: boolean[] = [];
  for (const slots of layOut(table)) {
    if (slots.every((s) => s.text === '')) continue;
    const cells: RawCell[] = [];
    slots.forEach((slot, i) => {
      const prev = slots[i - 1];
      if (prev && prev.key === slot.key) {
        cells.push({ ...cells[i - 1] });
        return;
      }
      if (i > 0) out.tab();
      const [start, end] = out.verbatim(slot.text);
      cells.push({ text: slot.text, start, end });
    });
    out.block();
    rows.push({ cells });
    headerFlags.push(slots.length > 0 && slots.every((s) => s.header));
    titleFlags.push(new Set(slots.map((s) => s.key)).size === 1);
  }
  if (rows.length === 0) return null;
  return { rows, headerRow: findHeaderRow(rows, headerFlags, titleFlags) };
}

/** A header cell is short and does not end a sentence. */
const MAX_HEADER_CELL = 20;

/**
 * The header row: the first row of <th> cells among the first three, else the first row after
 * any full-width title rows when its cells look like column names (short, not sentences, not
 * all numbers).
 */
function findHeaderRow(rows: RawTable['rows'], thRow: boolean[], titleRow: boolean[]): number | null {
  for (let r = 0; r < Math.min(3, rows.length); r++) if (thRow[r]) return r;
  let r = 0;
  while (r < rows.length && titleRow[r]) r++;
  const cells = rows[r]?.cells;
  if (!cells || cells.length < 2) return null;
  const looksLikeNames = cells.every(
    (c) => c.text !== '' && [...c.text].length <= MAX_HEADER_CELL && !/[。；;]$/.test(c.text),
  );
  const allNumbers = cells.every((c) => /^[\d.,%\s]+$/.test(c.text));
  return looksLikeNames && !allNumbers ? r : null;
}
