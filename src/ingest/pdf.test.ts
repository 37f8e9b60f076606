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

  it('reads runs written out of order in reading order: the pieces of a line left to right, lines top to bottom', async () => {
    // as a word processor may write a page: the page number first, each line in pieces (a number
    // on its own), a piece of a line before the piece left of it, the signature block last
    const pdf = makePdf([{ runs: [
      { text: '— 3 —', x: 270, y: 60, size: 14 },
      { text: '各县（市、区）人民政府，', x: 72, y: 760 },
      { text: '市直各单位：', x: 264, y: 760 },
      { text: '年高标准农田建设任务', x: 216, y: 736 },
      { text: '2024', x: 152, y: 736 },
      { text: '现将', x: 104, y: 736 },
      { text: '《', x: 136, y: 736 },
      { text: '，共', x: 376, y: 736 },
      { text: '5.2', x: 408, y: 736 },
      { text: '万亩。', x: 456, y: 736 },
      { text: '某市人民政府办公室', x: 344, y: 688 },
      { text: '2024年3月8日', x: 360, y: 664 },
    ] }]);
    expect((await readPdf(pdf)).raw).toBe(
      '各县（市、区）人民政府，市直各单位：\n现将《2024年高标准农田建设任务，共5.2万亩。\n某市人民政府办公室\n2024年3月8日\n— 3 —',
    );
  });

  it('reads a run drawn twice a little apart (a fake bold) once', async () => {
    const pdf = makePdf([{ runs: [{ text: '一、总体要求', x: 104, y: 760, redraw: 0.3 }, { text: '坚持问题导向。', x: 104, y: 736 }] }]);
    expect((await readPdf(pdf)).raw).toBe('一、总体要求\n坚持问题导向。');
  });

  it('reads a page turned a quarter in its own frame, its lines from the left', async () => {
    const pdf = makePdf([{ runs: [{ text: '完成时限', x: 100, y: 400, up: true }, { text: '牵头单位', x: 100, y: 336, up: true }, { text: '县农业农村局', x: 130, y: 336, up: true }] }]);
    expect((await readPdf(pdf)).raw).toBe('牵头单位完成时限\n县农业农村局');
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
