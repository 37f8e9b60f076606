// Markdown: the text as written, except pipe tables (`| 序号 | 工作任务 | 牵头单位 |` over a
// `| --- | --- |` row), which are read as tables: each row becomes one line of tab-separated cells,
// as HTML tables are rendered (the normaliser never joins such lines), the delimiter row is
// dropped, and the cells reach the extractors with their offsets (task tables carry assignments).
import type { RawCell, RawTable } from '../core/types.js';

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export function readMarkdown(text: string): { raw: string; tables: RawTable[] } {
  const lines = text.split(/(?<=\n)/);
  const tables: RawTable[] = [];
  let raw = '';
  for (let i = 0; i < lines.length; ) {
    if (!(isRow(lines[i]!) && DELIMITER_ROW.test(lines[i + 1] ?? '') && lines[i + 1]!.includes('-'))) {
      raw += lines[i++];
      continue;
    }
    const table: RawTable = { rows: [], headerRow: 0 };
    const add = (line: string) => {
      const written = writeRow(cellsOf(line), raw.length);
      table.rows.push({ cells: written.cells });
      raw += written.line + (line.endsWith('\n') ? '\n' : '');
    };
    add(lines[i]!);
    i += 2; // the header, then the delimiter row, which holds nothing
    while (i < lines.length && isRow(lines[i]!)) add(lines[i++]!);
    tables.push(table);
  }
  return { raw, tables };
}

/** A line of a pipe table: a `|` outside the line's ends, or a line starting with one. */
function isRow(line: string): boolean {
  const t = line.trim();
  return t.length > 1 && (t.startsWith('|') || t.slice(1, -1).includes('|'));
}

/** The cells of a row: split at unescaped pipes, the outer pipes' empty ends dropped, trimmed. */
function cellsOf(line: string): string[] {
  const cells = line.replace(/\r?\n$/, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
  if (cells.length > 1 && cells[0] === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function writeRow(texts: string[], base: number): { line: string; cells: RawCell[] } {
  const cells: RawCell[] = [];
  let line = '';
  texts.forEach((text, k) => {
    if (k > 0) line += '\t';
    cells.push({ text, start: base + line.length, end: base + line.length + text.length });
    line += text;
  });
  return { line, cells };
}
