/**
 * An expected reason a file cannot be ingested (empty, binary, encrypted …). The message is the
 * one-line reason alone; the caller prints it after the path: `error: seeds/x.pdf: empty file`.
 * Anything that is not an IngestError is a bug and keeps its stack.
 */
export class IngestError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'IngestError';
    this.reason = reason;
  }
}

/** The one-line reasons, in one place so callers and tests agree on the wording. */
export const REASONS = {
  missing: 'no such file or directory',
  permission: 'permission denied',
  isDirectory: 'is a directory',
  notRegular: 'not a regular file',
  symlinkLoop: 'symbolic link loop',
  brokenLink: 'broken symbolic link',
  empty: 'empty file',
  binary: 'binary file',
  undecodable: 'cannot decode text (not UTF-8, GB18030 or UTF-16)',
  noTextLayer: 'no text layer (scanned PDF?)',
  noTextLayerNoOcr: 'no text layer (scanned PDF? reading it needs tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils)',
  ocrFailed: (why: string) => `scanned PDF could not be read by OCR: ${why}`,
  encryptedPdf: 'encrypted PDF',
  pdfTimeout: 'PDF took too long to read',
  noReadableFiles: 'no readable files (supported: .txt .md .pdf .html .htm .docx)',
  unsupported: (ext: string) => (ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)'),
  corruptPdf: (why: string) => `corrupt PDF: ${why}`,
  corruptDocx: (why: string) => `corrupt DOCX: ${why}`,
  tooLarge: (mb: number, limitMb: number) => `file too large (${mb} MB; limit ${limitMb} MB)`,
} as const;

/** Maps a Node fs error to an IngestError when it is an expected one (missing, unreadable …). */
export function fsError(err: unknown): IngestError | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new IngestError(REASONS.missing);
    case 'EACCES':
    case 'EPERM':
      return new IngestError(REASONS.permission);
    case 'EISDIR':
      return new IngestError(REASONS.isDirectory);
    case 'ELOOP':
      return new IngestError(REASONS.symlinkLoop);
    case 'ENAMETOOLONG':
      return new IngestError('path too long');
    default:
      return null;
  }
}
