// Reads the text layer of a PDF page by page with pdf-parse (pdf.js), its runs put in reading
// order (pdf-lines.ts); a PDF without one (a scan) is read by OCR where tesseract is installed
// (ocr.ts). Ruled tables become tab-separated rows with their cells recorded (pdf-tables.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PasswordException, PDFParse } from 'pdf-parse';
import type { RawTable } from '../core/types.js';
import { IngestError, REASONS } from './errors.js';
import { ocrAvailable, ocrPages } from './ocr.js';
import { pageText, type Run } from './pdf-lines.js';
import { openTable, placeTables, type FoundTable, type OpenTable } from './pdf-tables.js';

export interface PdfText {
  /** the pages' text joined by one newline */
  raw: string;
  /** raw offset at which each page starts */
  pageStarts: number[];
  /** the ruled tables located in the text, cells' offsets in `raw` */
  tables: RawTable[];
  /** `ocr` when the text was read from the page images, else absent */
  encoding?: 'ocr';
}

/** Generous: a long report reads in seconds; past this the file is taken as unreadable. */
const TIMEOUT_MS = 120_000;

/**
 * pdf.js's character maps and standard fonts. Without the maps, the text of PDFs that use the
 * predefined Chinese CMaps (UniGB-UCS2-H …, common in government PDFs) comes out empty.
 */
const pdfjsDir = dirname(createRequire(createRequire(import.meta.url).resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));
const CMAP_URL = join(pdfjsDir, 'cmaps') + '/';
const STANDARD_FONT_URL = join(pdfjsDir, 'standard_fonts') + '/';

export async function readPdf(bytes: Buffer): Promise<PdfText> {
  checkEnvelope(bytes);
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    verbosity: 0, // errors only: no warnings on stdout for fonts pdf.js substitutes
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_URL,
    isEvalSupported: false,
  });
  let pages: string[];
  let found: Map<number, FoundTable[]>;
  try {
    pages = (await withTimeout(readPages(parser), TIMEOUT_MS)).map((p) => p.replace(/\s+$/, ''));
    found = await findTables(parser, pages);
  } catch (err) {
    throw toIngestError(err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  if (pages.some((p) => p.trim() !== '')) return joinPages(pages, found);
  return readScan(bytes);
}

/** The parts of pdf.js's document and page that reading the runs needs. */
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}
interface PdfJsPage {
  getViewport(o: { scale: number }): { convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(): Promise<{ items: object[] }>;
  cleanup(): void;
}
interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Each page's text, its runs in reading order. pdf-parse's getText joins the runs in the order
 * the file writes them; the runs are read from pdf.js's document as pdf-parse loaded it (its
 * `load` is private in its types only), or, should a later pdf-parse not offer it, by getText.
 */
async function readPages(parser: PDFParse): Promise<string[]> {
  const load = (parser as unknown as { load?: () => Promise<PdfJsDocument> }).load;
  if (typeof load !== 'function') return (await parser.getText()).pages.map((p) => p.text);
  const doc = await load.call(parser);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const { items } = await page.getTextContent();
    pages.push(pageText(items.filter((i): i is PdfJsTextItem => 'str' in i).map((i) => runOf(i, viewport))));
    page.cleanup();
  }
  return pages;
}

/** A text item placed on the page as read (y down from the top), its size the height of its glyphs. */
function runOf(item: PdfJsTextItem, viewport: ReturnType<PdfJsPage['getViewport']>): Run {
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
  const [ax, ay] = viewport.convertToViewportPoint(e + a, f + b) as [number, number];
  const along = Math.hypot(ax - x, ay - y) || 1;
  return { text: item.str, x, y, dir: [(ax - x) / along, (ay - y) / along], width: item.width, size: Math.hypot(c, d) || item.height };
}

/** Column names of task tables: only pages that hold one are searched for ruled tables. */
const TABLE_PAGE_WORDS = ['牵头单位', '责任单位', '完成时限', '责任部门', '牵头部门', '配合单位'];

/** Past this the tables are given up, not the document. */
const TABLE_TIMEOUT_MS = 30_000;

/**
 * The ruled tables of the pages (1-based page number → tables). Tables are extra: a failure or a
 * timeout of the detection leaves the text as getText gave it, never fails the document.
 */
async function findTables(parser: PDFParse, pages: string[]): Promise<Map<number, FoundTable[]>> {
  const partial = pages.flatMap((text, i) => (TABLE_PAGE_WORDS.some((w) => text.includes(w)) ? [i + 1] : []));
  const found = new Map<number, FoundTable[]>();
  if (partial.length === 0) return found;
  try {
    const result = await withTimeout(parser.getTable({ partial }), TABLE_TIMEOUT_MS);
    for (const page of result.pages) found.set(page.num, page.tables);
  } catch {
    found.clear();
  }
  return found;
}

async function readScan(bytes: Buffer): Promise<PdfText> {
  if (!(await ocrAvailable())) throw new IngestError(REASONS.noTextLayerNoOcr);
  const pages = await ocrPages(bytes).catch((err: unknown) => {
    throw new IngestError(REASONS.ocrFailed(shortReason(err instanceof Error ? err.message : String(err))));
  });
  if (pages.every((p) => p.trim() === '')) throw new IngestError(REASONS.noTextLayer);
  return { ...joinPages(pages, new Map()), encoding: 'ocr' };
}

/**
 * Joins the pages (tables placed) by one newline. A table running on over a page break is one
 * table: the rows on the next page are appended to it.
 */
function joinPages(pages: string[], found: Map<number, FoundTable[]>): PdfText {
  const pageStarts: number[] = [];
  const texts: string[] = [];
  const tables: RawTable[] = [];
  let offset = 0;
  let open: OpenTable | null = null;
  for (const [i, page] of pages.entries()) {
    const placed = placeTables(page, found.get(i + 1) ?? [], open);
    placed.tables.forEach((table, k) => {
      const shifted = shift(table, offset);
      if (k === 0 && placed.continues) tables.at(-1)!.rows.push(...shifted.rows);
      else tables.push(shifted);
    });
    const next = openTable(placed.text, placed.tables.at(-1));
    // a table running on over several pages keeps the header of its first page
    open = next && placed.continues && placed.tables.length === 1 ? { ...next, header: open!.header } : next;
    pageStarts.push(offset);
    texts.push(placed.text);
    offset += placed.text.length + 1;
  }
  return { raw: texts.join('\n'), pageStarts, tables };
}

function shift(table: RawTable, by: number): RawTable {
  const rows = table.rows.map((row) => ({ cells: row.cells.map((c) => ({ ...c, start: c.start + by, end: c.end + by })) }));
  return { rows, headerRow: table.headerRow };
}

/** Where PDF readers look for the header and the end marker (Acrobat: the first/last 1024 bytes). */
const ENVELOPE_BYTES = 1024;

/**
 * A PDF starts with `%PDF-` and ends with `%%EOF`. A file cut short lacks the marker: pdf.js
 * would rebuild what it can and silently return part of the text, so it is refused instead.
 */
function checkEnvelope(bytes: Buffer): void {
  if (!bytes.subarray(0, ENVELOPE_BYTES).includes('%PDF-')) throw new IngestError(REASONS.corruptPdf('no %PDF header'));
  if (!bytes.subarray(-ENVELOPE_BYTES).includes('%%EOF')) throw new IngestError(REASONS.corruptPdf('truncated (no %%EOF marker)'));
}

function toIngestError(err: unknown): Error {
  if (err instanceof IngestError) return err;
  if (err instanceof PasswordException || (err as Error)?.name === 'PasswordException') {
    return new IngestError(REASONS.encryptedPdf);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new IngestError(REASONS.corruptPdf(shortReason(message)));
}

/** pdf.js messages as one short lower-case line: `Invalid PDF structure.` → `invalid PDF structure`. */
function shortReason(message: string): string {
  const line = message.split('\n')[0]!.trim().replace(/\.$/, '');
  const short = line.length > 100 ? `${line.slice(0, 97)}...` : line;
  return short ? short[0]!.toLowerCase() + short.slice(1) : 'unreadable';
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IngestError(REASONS.pdfTimeout)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
