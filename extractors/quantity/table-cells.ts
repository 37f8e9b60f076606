// Figures in the cells of a table whose column header names their unit (`监测户数（户）`,
// `资金（万元）`, `风险消除率（%）`), or whose row does: a plan's indicator table writes the unit
// in the indicator's name (`常住人口城镇化率（%）`) or in a 单位 column, and its year columns
// (`2020年`, `目标值（2025年）`) say when each figure holds. Each cell holding a figure is a
// quantity in that unit; a cell that writes its own unit is the quantity extractor's.
import { Decimal } from 'decimal.js';
import type { DateValue, Qualifier } from '../../schemas/index.js';
import type { Candidate, Cell, Doc, DocMeta, FactExtractor } from '../../src/core/types.js';
import { CELL_SEPARATOR, cellsOf } from '../assignment/table.js';
import { unitAt } from './units.js';
import {
  ACTUAL_COLUMN_WORDS, CUMULATIVE_BRACKETS, HEADER_MULTIPLIERS, PREFIX_QUALIFIERS, SERIAL_HEADERS,
  SUFFIX_QUALIFIERS, TARGET_COLUMN_WORDS, UNIT_COLUMN_HEADERS,
} from './words.js';

interface ColumnUnit {
  /** what the column measures: the header without its unit */
  metric: string;
  unit: string;
  multiplier: Decimal;
}

/** When a year column's figures hold, and whether they are goals or results. */
interface ColumnDate {
  asOf: DateValue;
  role: 'actual' | 'target' | null;
}

/** What one table's header says of its columns. */
interface Layout {
  own: (ColumnUnit | null)[];
  /** the unit of a `单位：万元` line above the table */
  table: ColumnUnit | null;
  headers: string[];
  /** the column naming each row's unit, or -1 */
  unitColumn: number;
  dates: (ColumnDate | null)[];
  /** the last year column of goals (`2025年`): an indicator's 年均增长 and 〔累计〕 figures are goals of that period */
  goal: ColumnDate | null;
}

/** A row's label: the indicator it measures, and the unit its name or its 单位 cell writes. */
interface RowLabel {
  index: number;
  metric: string;
  unit: ColumnUnit | null;
}

/** A figure as a cell writes it: `7左右`, `>10`, `〔25〕`, `5—6`. */
interface CellFigure {
  value: string;
  upper: string | null;
  qualifier: Qualifier | null;
  /** in 〔 〕: a sum over the plan period, in the row's unit */
  cumulative: boolean;
}

/** A header's unit in brackets at its end: `监测户数（户）`, `资金(万元)`. */
const HEADER_UNIT = /^(.*?)\s*[（(]\s*([^（()）]{1,6})\s*[）)]\s*$/u;
/** A table's unit, ending the line above it (the line joiner may have put its title before it). */
const TABLE_UNIT_LINE = /[（(]?单位[:：]\s*([^（()）\s：:]{1,6})[）)]?$/u;
/** A bare figure: digits with an optional sign, thousands commas and decimals. */
const BARE_FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** Two figures joined as a range. */
const RANGE = /^(\S+?)\s*[—–~～至]+\s*(\S+)$/u;
/** A year in a column header: `2020年`, `目标值（2025年）`. */
const HEADER_YEAR = /((?:19|20)\d{2})\s*年/u;

export const tableCellQuantityExtractor: FactExtractor<'quantity'> = {
  id: 'quantity.table',
  version: '1.2.0',
  kind: 'fact',
  type: 'quantity',
  scope: 'document',
  extract(segment, ctx) {
    const out: Candidate<'quantity'>[] = [];
    for (const rows of tablesOf(ctx.doc)) {
      const layout = layoutOf(rows[0]!, unitLineBefore(ctx.doc, rows[0]![0]!.start), ctx.meta);
      for (const row of rows.slice(1)) {
        for (const found of rowFigures(row, layout)) {
          if (!ctx.claimed(found.cell.start, found.cell.end, ['quantity', 'date'])) out.push(candidate(found, segment.start));
        }
      }
    }
    return out;
  },
};

function layoutOf(header: Cell[], table: ColumnUnit | null, meta: DocMeta): Layout {
  const headers = header.map((c) => c.text.replace(/\s+/gu, ''));
  const dates = headers.map((h) => columnDate(h, meta));
  return {
    own: headers.map(columnUnit),
    table,
    headers,
    unitColumn: headers.findIndex((h) => UNIT_COLUMN_HEADERS.includes(h)),
    dates,
    goal: dates.findLast((d) => d?.role === 'target') ?? null,
  };
}

interface FoundFigure {
  cell: Cell;
  figure: CellFigure;
  unit: ColumnUnit;
  date: ColumnDate | null;
}

/** The figures of one row, each with its unit and the date its column gives. */
function rowFigures(row: Cell[], layout: Layout): FoundFigure[] {
  // a row short of cells (`合计` across 序号 and 地区, a merged 类别) lines its figures up with the right-hand columns
  const shift = Math.max(0, layout.headers.length - row.length);
  const label = rowLabel(row, shift, layout);
  const out: FoundFigure[] = [];
  row.forEach((cell, k) => {
    const col = k + shift;
    if (col === layout.unitColumn || SERIAL_HEADERS.includes(layout.headers[col] ?? '')) return;
    const figure = cellFigure(cell.text);
    const unit = figure && unitFor(figure, col, label, layout);
    const date = layout.dates[col] ?? (label?.unit ? layout.goal : null);
    if (figure && unit) out.push({ cell, figure, unit, date });
  });
  return out;
}

/**
 * The unit of a figure: its column header's, else its row's (the indicator's name or its 单位
 * cell), else the table's. A period sum (`〔25〕` in a 年均增长（%） column) is in the row's unit.
 */
function unitFor(figure: CellFigure, col: number, label: RowLabel | null, layout: Layout): ColumnUnit | null {
  const own = layout.own[col] ?? null;
  const row = label?.unit ?? null;
  if (figure.cumulative && row) return row;
  // an indicator's own column (`年均增长（%）`) measures the indicator: 地区生产总值年均增长
  if (own) return row ? { ...own, metric: indicatorMetric(label!.metric, own.metric) } : own;
  if (row) return row;
  if (!layout.table || !layout.headers[col]) return null;
  if (!BARE_FIGURE.test(figure.value) || figure.upper) return null;
  // `其中：产业发展`: the first of the parts a total column is split into
  return { ...layout.table, metric: layout.headers[col]!.replace(/^其中[:：]?/u, '') };
}

/** `地区生产总值` + `年均增长`; an indicator that already names a rate (`研发经费投入增长`) stands alone. */
function indicatorMetric(indicator: string, column: string): string {
  return indicator.endsWith(column.slice(-2)) ? indicator : indicator + column;
}

/**
 * The row's label: the last cell written before its first figure (serial numbers, empty cells
 * and the 单位 cell skipped), with the unit the row names.
 */
function rowLabel(row: Cell[], shift: number, layout: Layout): RowLabel | null {
  let label: RowLabel | null = null;
  for (let k = 0; k < row.length; k++) {
    const col = k + shift;
    const text = row[k]!.text.replace(/\s+/gu, '');
    if (col === layout.unitColumn || SERIAL_HEADERS.includes(layout.headers[col] ?? '') || !text || /^[—\-－/／]+$/u.test(text)) continue;
    if (cellFigure(text)) break;
    const named = columnUnit(text);
    label = { index: k, metric: named?.metric ?? text, unit: named };
  }
  if (!label || layout.unitColumn < 0) return label;
  const written = row[layout.unitColumn - shift]?.text.replace(/\s+/gu, '') ?? '';
  const unit = written ? unitOf(written) : null;
  return unit ? { ...label, unit: { metric: label.metric, ...unit } } : label;
}

/** A cell's figure, or null when the cell holds anything else (a name, a phrase, `—`). */
export function cellFigure(text: string): CellFigure | null {
  let s = text.replace(/\s+/gu, '');
  const prefix = longestAffix(s, PREFIX_QUALIFIERS, (w) => s.startsWith(w));
  if (prefix) s = s.slice(prefix[0].length);
  const suffix = longestAffix(s, SUFFIX_QUALIFIERS, (w) => s.endsWith(w));
  if (suffix) s = s.slice(0, s.length - suffix[0].length);
  const bracket = CUMULATIVE_BRACKETS.find(([open, close]) => s.startsWith(open) && s.endsWith(close));
  if (bracket) s = s.slice(bracket[0].length, s.length - bracket[1].length);
  const range = RANGE.exec(s);
  const [value, upper] = range && BARE_FIGURE.test(range[1]!) && BARE_FIGURE.test(range[2]!) ? [range[1]!, range[2]!] : [s, null];
  if (!BARE_FIGURE.test(value)) return null;
  return { value, upper, qualifier: prefix?.[1] ?? suffix?.[1] ?? null, cumulative: Boolean(bracket) };
}

function longestAffix(s: string, words: ReadonlyMap<string, Qualifier>, fits: (w: string) => boolean): [string, Qualifier] | null {
  let best: [string, Qualifier] | null = null;
  for (const [w, q] of words) if (fits(w) && w.length < s.length && (!best || w.length > best[0].length)) best = [w, q];
  return best;
}

/**
 * The date a year column's figures hold for (`2020年`, `目标值（2025年）`), and their role: its
 * header's words say goal or result, else a year after the document's is a goal.
 */
function columnDate(header: string, meta: DocMeta): ColumnDate | null {
  const m = HEADER_YEAR.exec(header);
  if (!m) return null;
  const year = Number(m[1]);
  const asOf: DateValue = { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year', role: 'period', yearInferred: false };
  const docYear = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : meta.referenceYear;
  if (TARGET_COLUMN_WORDS.some((w) => header.includes(w))) return { asOf, role: 'target' };
  if (ACTUAL_COLUMN_WORDS.some((w) => header.includes(w))) return { asOf, role: 'actual' };
  return { asOf, role: docYear ? (year > docYear ? 'target' : 'actual') : null };
}

/** Each table's rows of cells, its header first: the ingested tables, then tables written as tab-split lines. */
function tablesOf(doc: Doc): Cell[][][] {
  const found: Cell[][][] = [];
  for (const t of doc.tables) {
    const header = t.header;
    const at = header ? t.rows.findIndex((r) => r.length === header.length && r.every((c, k) => c.text === header[k])) : -1;
    if (at >= 0 && t.rows.length > at + 1) found.push(t.rows.slice(at));
  }
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i]!.table !== null || !CELL_SEPARATOR.test(paragraphs[i]!.text)) continue;
    const rows: Cell[][] = [];
    for (; i < paragraphs.length && paragraphs[i]!.table === null && CELL_SEPARATOR.test(paragraphs[i]!.text); i++) {
      const cells = cellsOf(paragraphs[i]!);
      if (cells.length > 1) rows.push(cells);
    }
    if (rows.length > 1) found.push(rows);
  }
  return found;
}

/**
 * `单位：万元` on one of the two lines above a table (its title may come between): the unit of
 * every column whose header names none.
 */
function unitLineBefore(doc: Doc, tableStart: number): ColumnUnit | null {
  const at = doc.paragraphs.findIndex((p) => p.end >= tableStart);
  for (const p of doc.paragraphs.slice(Math.max(0, at - 2), Math.max(0, at)).reverse()) {
    const m = TABLE_UNIT_LINE.exec(p.text.trim());
    const unit = m ? unitOf(m[1]!) : null;
    if (unit) return { metric: '', ...unit };
  }
  return null;
}

/** The unit a column header (or an indicator's name) gives its cells, or null (`序号`, `乡镇`, `备注`, a unit not known). */
export function columnUnit(header: string): ColumnUnit | null {
  const m = HEADER_UNIT.exec(header.replace(/\s+/gu, ''));
  const unit = m && m[1] ? unitOf(m[2]!) : null;
  return unit ? { metric: m![1]!, ...unit } : null;
}

/**
 * `万元` → 元 × 10000, `户` → 户 × 1: a known unit of amount, a multiplier before it allowed.
 * A unit in a header measures a level, so `（年）` (受教育年限) is one too.
 */
function unitOf(written: string): Omit<ColumnUnit, 'metric'> | null {
  for (const [prefix, factor] of [['', 1] as const, ...HEADER_MULTIPLIERS]) {
    if (!written.startsWith(prefix)) continue;
    const rest = written.slice(prefix.length);
    const u = unitAt(rest, 0);
    const measured = u && (u.entry.kind === 'amount' || u.entry.kind === 'year');
    if (measured && u.written === rest) return { unit: u.entry.unit, multiplier: new Decimal(factor) };
  }
  return null;
}

function candidate({ cell, figure, unit, date }: FoundFigure, base: number): Candidate<'quantity'> {
  const read = (s: string) => new Decimal(s.replace(/,/gu, '').replace('−', '-')).times(unit.multiplier).toNumber();
  const decimals = /\.(\d+)$/u.exec(figure.value)?.[1]!.length ?? 0;
  return {
    type: 'quantity',
    start: cell.start - base,
    end: cell.end - base,
    fields: {
      value: read(figure.value), unit: unit.unit, upper: figure.upper ? read(figure.upper) : null, qualifier: figure.qualifier,
      metric: unit.metric || null, region: null, asOf: date?.asOf ?? null, role: date?.role ?? null,
      precision: new Decimal(10).pow(-decimals).times(unit.multiplier).toNumber(),
    },
  };
}
