// Figures in the cells of a table whose column header names their unit (`监测户数（户）`,
// `资金（万元）`, `风险消除率（%）`): each cell holding a bare number is a quantity in that unit,
// measuring what the header names. A cell that writes its own unit is the quantity extractor's.
import { Decimal } from 'decimal.js';
import type { Candidate, Cell, Doc, FactExtractor } from '../../src/core/types.js';
import { CELL_SEPARATOR, cellsOf } from '../assignment/table.js';
import { unitAt } from './units.js';
import { HEADER_MULTIPLIERS, SERIAL_HEADERS } from './words.js';

interface ColumnUnit {
  /** what the column measures: the header without its unit */
  metric: string;
  unit: string;
  multiplier: Decimal;
}

/** A header's unit in brackets at its end: `监测户数（户）`, `资金(万元)`. */
const HEADER_UNIT = /^(.*?)\s*[（(]\s*([^（()）]{1,6})\s*[）)]\s*$/u;
/** A table's unit, ending the line above it (the line joiner may have put its title before it). */
const TABLE_UNIT_LINE = /[（(]?单位[:：]\s*([^（()）\s：:]{1,6})[）)]?$/u;
/** A bare figure: digits with an optional sign, thousands commas and decimals. */
const BARE_FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;

export const tableCellQuantityExtractor: FactExtractor<'quantity'> = {
  id: 'quantity.table',
  version: '1.1.0',
  kind: 'fact',
  type: 'quantity',
  scope: 'document',
  extract(segment, ctx) {
    const out: Candidate<'quantity'>[] = [];
    for (const rows of tablesOf(ctx.doc)) {
      const units = columnUnits(rows[0]!, unitLineBefore(ctx.doc, rows[0]![0]!.start));
      if (!units.some(Boolean)) continue;
      for (const row of rows.slice(1)) {
        // a row short of cells (`合计` across 序号 and 地区) lines its figures up with the right-hand columns
        const shift = Math.max(0, units.length - row.length);
        row.forEach((cell, k) => {
          const unit = units[k + shift];
          if (!unit || !BARE_FIGURE.test(cell.text) || ctx.claimed(cell.start, cell.end, ['quantity', 'date'])) return;
          out.push(candidate(cell, unit, segment.start));
        });
      }
    }
    return out;
  },
};

/** Each column's unit: its header's own, else the table's (`单位：万元`) unless it holds serial numbers. */
function columnUnits(header: Cell[], tableUnit: ColumnUnit | null): (ColumnUnit | null)[] {
  return header.map((cell) => {
    const own = columnUnit(cell.text);
    if (own || !tableUnit || !cell.text || SERIAL_HEADERS.includes(cell.text)) return own;
    // `其中：产业发展`: the first of the parts a total column is split into
    return { ...tableUnit, metric: cell.text.replace(/^其中[:：]?/u, '') };
  });
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

/** The unit a column header gives its cells, or null (`序号`, `乡镇`, `备注`, a unit not known). */
export function columnUnit(header: string): ColumnUnit | null {
  const m = HEADER_UNIT.exec(header.replace(/\s+/gu, ''));
  const unit = m && m[1] ? unitOf(m[2]!) : null;
  return unit ? { metric: m![1]!, ...unit } : null;
}

/** `万元` → 元 × 10000, `户` → 户 × 1: a known unit of amount, a multiplier before it allowed. */
function unitOf(written: string): Omit<ColumnUnit, 'metric'> | null {
  for (const [prefix, factor] of [['', 1] as const, ...HEADER_MULTIPLIERS]) {
    if (!written.startsWith(prefix)) continue;
    const rest = written.slice(prefix.length);
    const u = unitAt(rest, 0);
    if (u && u.written === rest && u.entry.kind === 'amount') return { unit: u.entry.unit, multiplier: new Decimal(factor) };
  }
  return null;
}

function candidate(cell: Cell, column: ColumnUnit, base: number): Candidate<'quantity'> {
  const figure = new Decimal(cell.text.replace(/,/gu, '').replace('−', '-'));
  const decimals = /\.(\d+)$/u.exec(cell.text)?.[1]!.length ?? 0;
  return {
    type: 'quantity',
    start: cell.start - base,
    end: cell.end - base,
    fields: {
      value: figure.times(column.multiplier).toNumber(), unit: column.unit, upper: null, qualifier: null,
      metric: column.metric, region: null, asOf: null, role: null,
      precision: new Decimal(10).pow(-decimals).times(column.multiplier).toNumber(),
    },
  };
}
