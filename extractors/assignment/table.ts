// Task tables (任务分工表): one assignment per row, roles from the column headers.
import type { Cell, Doc, Paragraph, Table } from '../../src/core/types.js';
import { bodiesOf, leadersOf, looksLikePerson } from './lists.js';
import { EMPTY_CELLS, TABLE_MEASURE_HEADERS, TABLE_ROLE_HEADERS, type Role } from './words.js';

export interface TableRow {
  start: number;
  end: number;
  measure: string;
  leaders: string[];
  leadUnits: string[];
  responsibleUnits: string[];
  deadline: string | null;
}

type Column = { role: Role } | { measure: number } | null;

const squash = (s: string) => s.replace(/\s+/g, '');

/** The role or measure rank of each header cell; null when the table assigns nothing. */
export function columnsOf(header: string[]): Column[] | null {
  const cols: Column[] = header.map((h) => {
    // `牵头单位（部门）`, `完成 时限`: notes and spaces do not change the column
    const name = squash(h).replace(/[（(][^）)]*[）)]/gu, '');
    const role = TABLE_ROLE_HEADERS.find((c) => c.pattern.test(name))?.role;
    if (role) return { role };
    const rank = TABLE_MEASURE_HEADERS.findIndex((re) => re.test(name));
    return rank >= 0 ? { measure: rank } : null;
  });
  const units = cols.some((c) => c && 'role' in c && c.role !== 'deadline');
  return units ? cols : null;
}

/** The header: the one ingest found, else one of the first rows (under a caption row or two). */
function headerOf(table: Table): { header: string[]; cols: Column[]; at: number } | null {
  const tries = [table.header, ...table.rows.slice(0, 3).map((r) => r.map((c) => c.text))];
  for (const header of tries) {
    const cols = header ? columnsOf(header) : null;
    if (header && cols) return { header, cols, at: table.rows.findIndex((row) => sameTexts(row, header)) };
  }
  return null;
}

/** Rows of a task table, or [] when the table is not one. */
export function readTaskTable(table: Table, firstListedLeads: boolean): TableRow[] {
  const found = headerOf(table);
  if (!found) return [];
  const { header, cols, at } = found;
  const out: TableRow[] = [];
  let prevEnd = -1;
  // rows above the header (a title spanning the table) and the header itself assign nothing
  for (const row of table.rows.slice(at + 1)) {
    if (spansTable(row)) continue;
    const own = row.filter((c) => c.start >= prevEnd);
    if (own.length) prevEnd = Math.max(...own.map((c) => c.end));
    const read = readRow(alignRight(row, header.length), cols, firstListedLeads);
    if (!read || !own.length) continue;
    const start = Math.min(...own.map((c) => c.start));
    const end = Math.max(...own.map((c) => c.end));
    if (end > start) out.push({ ...read, start, end });
  }
  return out;
}

/**
 * The cells under a deadline header (完成时限, 时间节点) in the document's task tables: a date
 * there is a deadline whatever its own words (`2024年二季度` in a 完成时限 column).
 */
export function deadlineCells(doc: Doc): Cell[] {
  let cells = deadlineCellCache.get(doc);
  if (!cells) deadlineCellCache.set(doc, (cells = [...doc.tables, ...textTables(doc)].flatMap(deadlineCellsOf)));
  return cells;
}

const deadlineCellCache = new WeakMap<Doc, Cell[]>();

function deadlineCellsOf(table: Table): Cell[] {
  const found = headerOf(table);
  if (!found) return [];
  const col = found.cols.findIndex((c) => c !== null && 'role' in c && c.role === 'deadline');
  if (col < 0) return [];
  return table.rows
    .slice(found.at + 1)
    .filter((row) => !spansTable(row))
    .map((row) => alignRight(row, found.header.length)[col])
    .filter((c): c is Cell => c !== null);
}

export const CELL_SEPARATOR = /\t|\|/u;

/**
 * Tables written as text (plain-text and Markdown copies have no table of their own): a line of
 * role headers split by tabs or `|`, and the split lines after it.
 */
export function textTables(doc: Doc): Table[] {
  const out: Table[] = [];
  const paras = doc.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const head = cellsOf(paras[i]);
    if (head.length < 2 || paras[i].table !== null || !columnsOf(head.map((c) => c.text))) continue;
    const rows = [head];
    let j = i + 1;
    // a row of a table the ingester already read belongs to that table, not to this one
    for (; j < paras.length && paras[j].table === null && CELL_SEPARATOR.test(paras[j].text); j++) {
      const cells = cellsOf(paras[j]);
      if (cells.length && !cells.every((c) => /^[-:—\s]*$/u.test(c.text))) rows.push(cells);
    }
    out.push({ index: -1, header: head.map((c) => c.text), rows, start: head[0].start, end: rows.at(-1)!.at(-1)!.end });
    i = j - 1;
  }
  return out;
}

/** The cells of a line split by tabs or `|`, trimmed, with their offsets. */
export function cellsOf(p: Paragraph): Cell[] {
  const sep = p.text.includes('\t') ? '\t' : p.text.includes('|') ? '|' : null;
  if (!sep) return [];
  const cells: Cell[] = [];
  let from = 0;
  for (const part of p.text.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text || sep === '\t') cells.push({ text, start: p.start + from + lead, end: p.start + from + lead + text.length });
    from += part.length + 1;
  }
  // a Markdown row `| a | b |` has empty ends
  return sep === '|' ? cells.filter((c) => c.text) : cells.filter((c, k) => c.text || k > 0);
}

function sameTexts(row: Cell[], header: string[]): boolean {
  return row.length === header.length && row.every((c, i) => squash(c.text) === squash(header[i]));
}

/** A caption or a note written across every column. */
function spansTable(row: Cell[]): boolean {
  return row.length > 1 && row.every((c) => c.text === row[0].text);
}

/** A row of a merged (rowspan) cell lacks its leading cells: its cells line up with the last columns. */
function alignRight(row: Cell[], width: number): (Cell | null)[] {
  if (row.length >= width) return row.slice(0, width);
  return [...Array<null>(width - row.length).fill(null), ...row];
}

function readRow(cells: (Cell | null)[], cols: Column[], firstListedLeads: boolean): Omit<TableRow, 'start' | 'end'> | null {
  const r = { leaders: [] as string[], leadUnits: [] as string[], responsibleUnits: [] as string[], deadline: null as string | null };
  const titles: { rank: number; text: string }[] = [];
  cells.forEach((cell, i) => {
    const col = cols[i];
    const text = cell ? squash(cell.text) : '';
    if (!col || EMPTY_CELLS.includes(text)) return;
    if ('measure' in col) titles.push({ rank: col.measure, text });
    else if (col.role === 'deadline') r.deadline ??= text;
    else if (col.role === 'leaders') r.leaders.push(...leadersOf(text));
    else {
      const into = r[col.role];
      const names = bodiesOf(text);
      r.leaders.push(...names.filter(looksLikePerson));
      into.push(...names.filter((b) => !looksLikePerson(b) && !into.includes(b)));
    }
  });
  const leadColumn = cols.some((c) => c && 'role' in c && c.role === 'leadUnits');
  if (firstListedLeads && !leadColumn && r.responsibleUnits.length) r.leadUnits.push(r.responsibleUnits.shift()!);
  if (!r.leaders.length && !r.leadUnits.length && !r.responsibleUnits.length) return null;
  return { ...r, measure: measureOf(titles) };
}

/** The row's title cell and the first sentence of its content cell: `有序扩大家庭医生来源：现阶段…`. */
function measureOf(titles: { rank: number; text: string }[]): string {
  return titles
    .sort((a, b) => a.rank - b.rank)
    .map((t) => firstSentence(t.text))
    .filter((t, i, all) => t && all.indexOf(t) === i)
    .join('：');
}

function firstSentence(s: string): string {
  return s.split(/[。；;！？!?]/u)[0].replace(/[：:，,]+$/u, '');
}
