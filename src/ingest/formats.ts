import { extname } from 'node:path';
import type { SourceFormat } from '../core/types.js';

/** Extensions ingest reads (lower case); matching is case-insensitive. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.pdf', '.html', '.htm', '.docx'] as const;

const FORMAT_OF: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** Lower-cased extension of a path, with its dot (`''` when there is none). */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** The format a path is read as, or null when its extension is not supported. */
export function formatOf(path: string): SourceFormat | null {
  return FORMAT_OF[extensionOf(path)] ?? null;
}
