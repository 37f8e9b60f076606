// Reads a .docx through mammoth's HTML conversion, so its tables keep their rows and cells.
import mammoth from 'mammoth';
import { IngestError, REASONS } from './errors.js';
import { type HtmlText, readHtml } from './html.js';

/** Compound-file signature: a legacy .doc, or an encrypted .docx (Office wraps those in one). */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from('PK');

export async function readDocx(bytes: Buffer): Promise<HtmlText> {
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    throw new IngestError(REASONS.corruptDocx('not a DOCX package (legacy .doc or encrypted)'));
  }
  if (!bytes.subarray(0, 2).equals(ZIP_SIGNATURE)) throw new IngestError(REASONS.corruptDocx('not a zip archive'));
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        // images carry no text: skip them rather than inline them as base64
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (err) {
    throw new IngestError(REASONS.corruptDocx(shortReason(err)));
  }
  return readHtml(html, { findArticle: false });
}

function shortReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/central directory|zip/i.test(message)) return 'not a zip archive';
  if (/main document part/i.test(message)) return 'no main document part';
  const line = message.split('\n')[0]!.trim().replace(/\.$/, '');
  return line.length > 100 ? `${line.slice(0, 97)}...` : line || 'unreadable';
}
