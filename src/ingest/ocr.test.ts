// A scanned notice (one page, a picture, no text layer) read by tesseract through pdftoppm. CI
// installs both (Debian's tesseract-ocr, tesseract-ocr-chi-sim, poppler-utils); elsewhere the
// test is skipped with a warning, and the reason a scan is refused is checked instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/process.js';
import { IngestError } from './errors.js';
import { ingestBytes } from './index.js';
import { ocrAvailable } from './ocr.js';

const SCAN = readFileSync(new URL('../../test/fixtures/ingest/scanned-notice.pdf', import.meta.url));
const present = await ocrAvailable();
if (!present && process.env.CI) throw new Error('tesseract with chi_sim or pdftoppm is missing: CI must install tesseract-ocr tesseract-ocr-chi-sim poppler-utils');
if (!present) console.warn('skipping the OCR tests: tesseract (chi_sim) or pdftoppm is missing');

describe.skipIf(!present)('a scanned PDF', () => {
  it('is read by OCR, page by page, and marked as such', async () => {
    const doc = await ingestBytes('scan.pdf', SCAN);
    expect(doc.encoding).toBe('ocr');
    expect(doc.pageStarts).toEqual([0]);
    expect(doc.raw).toContain('一、全年完成农村饮水安全巩固提升工程投资3.6亿元，受益人口12.5万人。');
  });

  it('gives its figures, dates and title like a text PDF', async () => {
    const result = processDocument(await ingestBytes('scan.pdf', SCAN));
    expect(result.document.title).toBe('关于做好2021年农村饮水安全工作的通知');
    const quantities = result.facts.filter((f) => f.type === 'quantity').map((f) => f.record.type === 'quantity' && [f.record.quote, f.record.value, f.record.unit]);
    expect(quantities).toEqual([['3.6亿元', 360000000, '元'], ['12.5万人', 125000, '人']]);
    const deadline = result.facts.find((f) => f.record.type === 'date' && f.record.quote === '2021年9月底前');
    expect(deadline?.record).toMatchObject({ start: '2021-09-30', end: '2021-09-30', role: 'deadline' });
    expect(result.document.issuedOn).toBe('2021-03-15');
  });
});

describe.skipIf(present)('a scanned PDF without OCR tools', () => {
  it('is refused with a reason that names what would read it', async () => {
    const err = await ingestBytes('scan.pdf', SCAN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toBe('no text layer (scanned PDF? reading it needs tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils)');
  });
});
