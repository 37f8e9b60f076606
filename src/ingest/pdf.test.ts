import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePdf } from '../../test/fixtures/ingest/make-pdf.js';
import { IngestError, REASONS } from './errors.js';
import { ocrAvailable } from './ocr.js';
import { readPdf } from './pdf.js';

/** A scan with nothing to read: refused, with a word on OCR where its tools are missing. */
const NOTHING_TO_READ = (await ocrAvailable()) ? REASONS.noTextLayer : REASONS.noTextLayerNoOcr;

async function reasonOf(bytes: Buffer): Promise<string> {
  try {
    await readPdf(bytes);
  } catch (err) {
    if (err instanceof IngestError) return err.reason;
    throw err;
  }
  return 'no error';
}

const TWO_PAGES = makePdf([
  { lines: ['南宁市人民政府办公厅', '南府办〔2016〕71号'] },
  { lines: ['高新技术企业新增150家，比例达到2.2%。'] },
]);

describe('readPdf', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads Chinese text page by page (predefined CMap, non-embedded font) and records where pages start', async () => {
    expect(await readPdf(TWO_PAGES)).toEqual({
      raw: '南宁市人民政府办公厅\n南府办〔2016〕71号\n高新技术企业新增150家，比例达到2.2%。',
      pageStarts: [0, 24], // 10 + 1 + 12 + 1
      tables: [],
    });
  });

  it('prints nothing while reading', async () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => vi.spyOn(console, m));
    await readPdf(TWO_PAGES);
    await reasonOf(makePdf([{ image: true }]));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('keeps an empty page in the page starts', async () => {
    const pdf = makePdf([{ lines: ['第一页'] }, {}, { lines: ['第三页'] }]);
    expect(await readPdf(pdf)).toEqual({ raw: '第一页\n\n第三页', pageStarts: [0, 4, 5], tables: [] });
  });

  it('refuses a PDF whose pages carry images only', async () => {
    expect(await reasonOf(makePdf([{ image: true }, { image: true }]))).toBe(NOTHING_TO_READ);
  });

  it('refuses a PDF whose pages are empty', async () => {
    expect(await reasonOf(makePdf([{}]))).toBe(NOTHING_TO_READ);
  });

  it('refuses an encrypted PDF', async () => {
    expect(await reasonOf(makePdf([{ lines: ['内部资料'] }], { encrypted: true }))).toBe('encrypted PDF');
  });

  it('refuses a truncated PDF', async () => {
    expect(await reasonOf(TWO_PAGES.subarray(0, Math.floor(TWO_PAGES.length / 2)))).toBe('corrupt PDF: truncated (no %%EOF marker)');
  });

  it('refuses bytes that are not a PDF', async () => {
    expect(await reasonOf(Buffer.from('这不是PDF文件，只是文本。'))).toBe('corrupt PDF: no %PDF header');
  });

  it('refuses a PDF envelope around garbage', async () => {
    const garbage = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 'x'), Buffer.from('\n%%EOF\n')]);
    expect(await reasonOf(garbage)).toBe('corrupt PDF: invalid PDF structure');
  });
});
