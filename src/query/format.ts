// Output forms for rows: aligned tables for terminals (Chinese characters are two columns wide),
// CSV for spreadsheets (RFC 4180, with a UTF-8 BOM so Excel on Chinese Windows reads it as UTF-8).
import type { Cell } from './columns.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width forms, 0 for marks. */
function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd) || cp === 0x27e6 || cp === 0x27e7;
  return wide ? 2 : 1;
}

/** Terminal columns a string takes (ANSI colour codes take none). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** The longest prefix of `s` that fits `width` columns, with `…` when cut; colour codes are kept and closed. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  let coloured = false;
  for (const piece of s.split(/(\x1b\[[0-9;]*m)/)) {
    if (piece.startsWith('\x1b[')) {
      out += piece;
      coloured = true;
      continue;
    }
    for (const ch of piece) {
      const cw = charWidth(ch.codePointAt(0)!);
      if (w + cw > width - 1) return out + '…' + (coloured ? '\x1b[0m' : '');
      out += ch;
      w += cw;
    }
  }
  return out;
}

export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isInteger(c) ? c.toFixed(0) : String(c);
  return String(c).replace(/\r?\n/g, ' ⏎ ');
}

export interface TableOptions {
  /** terminal width: long cells are cut so each line fits (none: never cut, as in a pipe) */
  maxWidth?: number;
}

/**
 * An aligned table: a header, a rule, one line per row. Given `maxWidth`, the widest columns are
 * narrowed (never below 8) until a line fits.
 */
export function renderTable(headers: string[], rows: Cell[][], opts: TableOptions = {}): string {
  const text = rows.map((r) => r.map(cellText));
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...text.map((r) => displayWidth(r[i] ?? ''))));
  if (opts.maxWidth) fit(widths, opts.maxWidth - 2 * (headers.length - 1));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const cut = truncate(c, widths[i]);
        return i === cells.length - 1 ? cut : cut + ' '.repeat(widths[i] - displayWidth(cut));
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...text.map(line)].join('\n') + '\n';
}

function fit(widths: number[], room: number): void {
  while (widths.reduce((a, b) => a + b, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= 8) return;
    widths[widest]--;
  }
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF. */
function csvField(c: Cell): string {
  if (c === null || c === undefined) return '';
  const s = typeof c === 'number' ? cellText(c) : String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const BOM = '\uFEFF';

/** A whole CSV document: BOM, header, rows, CRLF line ends (as RFC 4180 and Excel expect). */
export function toCsv(headers: string[], rows: Cell[][]): string {
  return BOM + [headers, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Whether to colour a stream: a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
