// A table's total row (`合计\t369\t1464\t48.5`) against the rows above or below it, column by
// column: each figure of the total row is the sum of the figures in its column. Rows line up from
// the right when they are short of cells (a `合计` across the 序号 and name columns), as the table
// reader lines them up. A column of percentages is not summed. Where every row has as many cells
// as the header the reading is certain and a sum that fails is reported; otherwise only a sum
// that holds is.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { isPercent } from '../scan.js';
import { TABLE_SUBTOTAL_LABELS, TABLE_TOTAL_LABELS } from '../words.js';

interface Row {
  cells: { text: string; start: number; end: number }[];
}

export function tableTotalRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const rows of tabRowBlocks(view.text)) {
    const totals = rows.map((r, i) => (i > 0 && isTotalRow(r) ? i : -1)).filter((i) => i > 0);
    if (totals.length !== 1 || rows.some((r) => r.cells.slice(0, 2).some((c) => TABLE_SUBTOTAL_LABELS.includes(c.text)))) continue;
    const t = totals[0]!;
    // the total row first under the header sums the rows after it; last, the rows before it
    const parts = t === 1 ? rows.slice(2) : t === rows.length - 1 ? rows.slice(1, t) : [];
    if (parts.length < 2) continue;
    const width = rows[0]!.cells.length;
    const certain = [...parts, rows[t]!].every((r) => r.cells.length === width);
    for (let column = 1; column < width; column++) {
      const total = figureAt(view, rows[t]!, column, width);
      const terms = parts.map((r) => figureAt(view, r, column, width));
      if (!total || isPercent(total) || terms.some((f) => !f || f.record.unit !== total.record.unit)) continue;
      out.push({
        rule: 'sum', label: rows[t]!.cells.find((c) => TABLE_TOTAL_LABELS.includes(c.text))!.text, stated: fig(total), compare: 'equal',
        computed: { kind: 'sum', terms: (terms as Figure[]).map((f) => fig(f)) }, onlyIfHolds: !certain,
      });
    }
  }
  return out;
}

function isTotalRow(row: Row): boolean {
  return row.cells.slice(0, 2).some((c) => TABLE_TOTAL_LABELS.includes(c.text));
}

/** The one figure filling the cell of `column` (rows short of cells line up from the right). */
function figureAt(view: DocView, row: Row, column: number, width: number): Figure | undefined {
  const cell = row.cells[column - (width - row.cells.length)];
  if (!cell) return undefined;
  const inside = view.figures.filter((f) => f.start >= cell.start && f.end <= cell.end);
  return inside.length === 1 && inside[0]!.start === cell.start && inside[0]!.end === cell.end ? inside[0] : undefined;
}

/** Runs of consecutive tab-split lines, each line its cells with offsets. */
function tabRowBlocks(text: string): Row[][] {
  const blocks: Row[][] = [];
  let block: Row[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) block.push({ cells: cellsOf(line, at) });
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
    at += line.length + 1;
  }
  if (block.length) blocks.push(block);
  return blocks;
}

function cellsOf(line: string, base: number): Row['cells'] {
  const cells: Row['cells'] = [];
  let from = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: base + from + lead, end: base + from + lead + text.length });
    from += part.length + 1;
  }
  return cells;
}
