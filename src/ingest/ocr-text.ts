// Repairs OCR text of one page before it becomes a document's raw text: the misreadings of
// ocr-text.data.ts, and the page number printed in the bottom margin, which tesseract often reads
// as a few stray characters (`— 2 —` → `上汪己`, `二`) that no text rule could tell from words.
import { OCR_REPAIRS } from './ocr-text.data.js';

/** A text line of tesseract's TSV output: its box in pixels and its characters, spaces removed. */
export interface OcrLine {
  top: number;
  bottom: number;
  text: string;
}

/** A page number is this short (`— 12 —`, `第 3 页`), in characters without spaces. */
const MAX_FOLIO_CHARS = 8;
/** The bottom margin of a page, as a share of its height (A4 by GB/T 9704: text ends at 88 %). */
const BOTTOM_MARGIN_FROM = 0.85;

export function repairOcrText(text: string): string {
  let out = text;
  for (const r of OCR_REPAIRS) out = out.replace(r.pattern, r.replacement);
  return out;
}

/** The text lines of a page from tesseract's TSV (level 4 rows, words of level 5), and the page's height. */
export function tsvLines(tsv: string): { height: number; lines: OcrLine[] } {
  let height = 0;
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    const [level, , block, par, line] = f;
    const key = `${block}.${par}.${line}`;
    if (level === '1') height = Number(f[9]);
    else if (level === '4') lines.set(key, { top: Number(f[7]), bottom: Number(f[7]) + Number(f[9]), text: '' });
    else if (level === '5' && lines.has(key)) lines.get(key)!.text += (f[11] ?? '').replace(/\s+/g, '');
  }
  return { height, lines: [...lines.values()].filter((l) => l.text !== '').sort((a, b) => a.top - b.top) };
}

/**
 * The page's last line when it is a page number: short, in the bottom margin, and set apart from
 * the text above by more than a line's height (a body line ends at the bottom of the text block).
 */
export function folioLine(tsv: string): string | null {
  const { height, lines } = tsvLines(tsv);
  const last = lines.at(-1);
  const above = lines.at(-2);
  if (!last || !above || height <= 0) return null;
  const lineHeight = last.bottom - last.top;
  const apart = last.top - above.bottom >= Math.min(lineHeight, above.bottom - above.top);
  return [...last.text].length <= MAX_FOLIO_CHARS && last.top >= height * BOTTOM_MARGIN_FROM && apart ? last.text : null;
}

/** A page's OCR text without its last line when that line is `folio` (compared without spaces). */
export function dropFolio(text: string, folio: string | null): string {
  if (folio === null) return text;
  const trimmed = text.replace(/\s+$/, '');
  const cut = trimmed.lastIndexOf('\n') + 1;
  return trimmed.slice(cut).replace(/\s+/g, '') === folio ? trimmed.slice(0, cut).replace(/\s+$/, '') : text;
}

/** One page's text as the document gets it: page number dropped, misreadings repaired. */
export function cleanOcrPage(text: string, tsv = ''): string {
  return repairOcrText(dropFolio(text, tsv ? folioLine(tsv) : null));
}
