// Scanned PDFs (pages that are pictures, no text layer): each page is rendered by poppler's
// `pdftoppm` and read by `tesseract` with its Simplified Chinese model — Debian's poppler-utils,
// tesseract-ocr and tesseract-ocr-chi-sim. They run as programs with argument lists, never
// through a shell. Without them a scanned PDF is refused with a reason that names them.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanOcrPage } from './ocr-text.js';

const run = promisify(execFile);

/** Resolution the pages are rendered at: tesseract reads Chinese best from about 300 dpi. */
const DPI = '300';
/** Pages read at most: a scanned report of more is cut here rather than taking an hour. */
export const MAX_OCR_PAGES = 200;
const PAGE_TIMEOUT_MS = 120_000;
const LANGUAGE = 'chi_sim';

let available: Promise<boolean> | undefined;

/** Whether tesseract (with its Simplified Chinese model) and pdftoppm can be run here; asked once. */
export function ocrAvailable(): Promise<boolean> {
  available ??= (async () => {
    const langs = await run('tesseract', ['--list-langs'], { timeout: 10_000 }).catch(() => null);
    if (!langs || !new RegExp(`^${LANGUAGE}$`, 'm').test(langs.stdout + langs.stderr)) return false;
    return run('pdftoppm', ['-v'], { timeout: 10_000 }).then(() => true, () => false);
  })();
  return available;
}

/** The text of each page of a PDF, read by OCR, in page order. */
export async function ocrPages(bytes: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-ocr-'));
  try {
    const pdf = join(dir, 'scan.pdf');
    await writeFile(pdf, bytes);
    const timeout = PAGE_TIMEOUT_MS * 4;
    await run('pdftoppm', ['-r', DPI, '-gray', '-png', '-l', String(MAX_OCR_PAGES), pdf, join(dir, 'page')], { timeout });
    const pages: string[] = [];
    for (const image of await pageImages(dir)) pages.push(await readPage(join(dir, image)));
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One page image read by tesseract: its text, and in the same run the boxes of its lines (TSV),
 * which tell a page number in the margin from the text (ocr-text.ts).
 */
async function readPage(image: string): Promise<string> {
  const base = image.replace(/\.png$/, '');
  // one thread per page: extraction already runs a page per worker thread
  await run('tesseract', [image, base, '-l', LANGUAGE, 'txt', 'tsv'], {
    timeout: PAGE_TIMEOUT_MS,
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  const [text, tsv] = await Promise.all([readFile(`${base}.txt`, 'utf8'), readFile(`${base}.tsv`, 'utf8')]);
  return cleanOcrPage(text, tsv).replace(/\s+$/, '');
}

/** pdftoppm's images (`page-1.png` … or `page-01.png` …, by the page count), by page number. */
async function pageImages(dir: string): Promise<string[]> {
  const number = (name: string) => Number(/-(\d+)\.png$/.exec(name)?.[1] ?? NaN);
  return (await readdir(dir)).filter((f) => Number.isFinite(number(f))).sort((a, b) => number(a) - number(b));
}
