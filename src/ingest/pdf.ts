// Reads the text layer of a PDF page by page with pdf-parse (pdf.js); a PDF without one (a scan)
// is read by OCR where tesseract is installed (ocr.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PasswordException, PDFParse } from 'pdf-parse';
import { IngestError, REASONS } from './errors.js';
import { ocrAvailable, ocrPages } from './ocr.js';

export interface PdfText {
  /** the pages' text joined by one newline */
  raw: string;
  /** raw offset at which each page starts */
  pageStarts: number[];
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
  try {
    const result = await withTimeout(parser.getText(), TIMEOUT_MS);
    pages = result.pages.map((p) => p.text.replace(/\s+$/, ''));
  } catch (err) {
    throw toIngestError(err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  if (pages.some((p) => p.trim() !== '')) return joinPages(pages);
  return readScan(bytes);
}

async function readScan(bytes: Buffer): Promise<PdfText> {
  if (!(await ocrAvailable())) throw new IngestError(REASONS.noTextLayerNoOcr);
  const pages = await ocrPages(bytes).catch((err: unknown) => {
    throw new IngestError(REASONS.ocrFailed(shortReason(err instanceof Error ? err.message : String(err))));
  });
  if (pages.every((p) => p.trim() === '')) throw new IngestError(REASONS.noTextLayer);
  return { ...joinPages(pages), encoding: 'ocr' };
}

function joinPages(pages: string[]): PdfText {
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + 1;
  }
  return { raw: pages.join('\n'), pageStarts };
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
