// Ingest: a file on disk → an IngestedDocument (its text as extracted, before any repair).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IngestedDocument, SourceFormat } from '../core/types.js';
import { fsError, IngestError, REASONS } from './errors.js';
import { extensionOf, formatOf } from './formats.js';
import { decodeText } from './decode.js';
import { readMarkdown } from './markdown.js';

export { IngestError, REASONS } from './errors.js';
export { SUPPORTED_EXTENSIONS, formatOf } from './formats.js';
export { listInputs, type InputError, type InputList } from './walk.js';

/** Larger files are refused rather than risking the process's memory (a JS string tops out near 512 MB). */
const MAX_BYTES = 200 * 1024 * 1024;

type Body = Pick<IngestedDocument, 'encoding' | 'raw' | 'tables' | 'pageStarts'>;

/**
 * Reads one file. Expected problems (missing, empty, binary, encrypted, scanned …) throw an
 * IngestError whose message is the one-line reason; anything else is a bug and propagates.
 */
export async function ingestFile(path: string): Promise<IngestedDocument> {
  const format = formatOf(path);
  if (!format) throw new IngestError(REASONS.unsupported(extensionOf(path)));
  return ingestBytes(path, await readBytes(path));
}

/** Reads a file's bytes read elsewhere (a queue worker gets them in its job): `source` names it and gives its format. */
export async function ingestBytes(source: string, bytes: Buffer): Promise<IngestedDocument> {
  const format = formatOf(source);
  if (!format) throw new IngestError(REASONS.unsupported(extensionOf(source)));
  if (bytes.length === 0) throw new IngestError(REASONS.empty);
  if (bytes.length > MAX_BYTES) throw tooLarge(bytes.length);
  const body = await readBody(format, bytes);
  if (body.raw.trim() === '') throw new IngestError(REASONS.empty);
  const doc: IngestedDocument = {
    id: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    source,
    format,
    encoding: body.encoding,
    raw: body.raw,
    tables: body.tables,
    byteLength: bytes.length,
  };
  if (body.pageStarts) doc.pageStarts = body.pageStarts;
  return doc;
}

const tooLarge = (size: number) => new IngestError(REASONS.tooLarge(Math.round(size / 1024 / 1024), MAX_BYTES / 1024 / 1024));

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new IngestError(REASONS.isDirectory);
    if (!info.isFile()) throw new IngestError(REASONS.notRegular); // a FIFO would block the read
    if (info.size > MAX_BYTES) throw tooLarge(info.size);
    const bytes = await readFile(path);
    if (bytes.length === 0) throw new IngestError(REASONS.empty);
    return bytes;
  } catch (err) {
    throw fsError(err) ?? err;
  }
}

async function readBody(format: SourceFormat, bytes: Buffer): Promise<Body> {
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { encoding, raw: text, tables: [] };
    }
    case 'md': {
      const { text, encoding } = decodeText(bytes);
      return { encoding, ...readMarkdown(text) };
    }
    // the readers of other formats load their libraries (cheerio, pdf.js, mammoth: a quarter of a
    // second) only when a file needs them: a run over text files, a re-run over an unchanged
    // corpus and each worker thread start without them
    case 'html': {
      const { text, encoding } = decodeText(bytes);
      const { readHtml } = await import('./html.js');
      return { encoding, ...readHtml(text) };
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return { encoding: 'binary', ...(await readPdf(bytes)) };
    }
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return { encoding: 'binary', ...(await readDocx(bytes)) };
    }
  }
}
