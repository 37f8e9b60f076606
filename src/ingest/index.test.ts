import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/fixtures/ingest/make-docx.js';
import { makePdf } from '../../test/fixtures/ingest/make-pdf.js';
import { IngestError, ingestFile, listInputs, SUPPORTED_EXTENSIONS } from './index.js';
import { REASONS } from './errors.js';
import { ocrAvailable } from './ocr.js';

/** A scan with nothing to read: refused, with a word on OCR where its tools are missing. */
const NOTHING_TO_READ = (await ocrAvailable()) ? REASONS.noTextLayer : REASONS.noTextLayerNoOcr;

const DEV = new URL('../../../shared/eval/dev/docs/', import.meta.url).pathname;
const SENTENCE = '打好 “产业战 ”，增收措施落地见效。';
let dir: string;

async function reasonOf(path: string): Promise<string> {
  try {
    await ingestFile(path);
  } catch (err) {
    if (err instanceof IngestError) return err.reason;
    throw err;
  }
  return 'no error';
}

/** Deterministic pseudo-random bytes (a fixed LCG). */
function randomBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 7;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongwen-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingestFile', () => {
  it('exports the supported extensions', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.md', '.pdf', '.html', '.htm', '.docx']);
  });

  it('reads the GBK dev document: id is the SHA-256 prefix of its bytes, encoding gb18030', async () => {
    const path = join(DEV, 'nanning_2016-71_keji_shisanwu_guihua_gbk.txt');
    const doc = await ingestFile(path);
    expect(doc).toMatchObject({ id: '03723fa6046a88bf', source: path, format: 'txt', encoding: 'gb18030', byteLength: 50096, tables: [] });
    expect(doc.raw).toContain('南宁市人民政府办公厅关于印发南宁市');
    expect(doc.pageStarts).toBeUndefined();
  });

  it('reads a whole web page as its article, tables included', async () => {
    const doc = await ingestFile(join(DEV, 'gz_2023-1930_jiating_yisheng_shishi_fangan.html'));
    expect(doc).toMatchObject({ id: '989ed1534c914990', format: 'html', encoding: 'utf-8', byteLength: 517546 });
    expect(doc.tables).toHaveLength(2);
    expect(doc.raw.startsWith('广州市卫生健康委等4部门关于印发')).toBe(true);
  });

  it('reads a folder of mixed encodings, each file right', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    await writeFile(join(mixed, '1-utf8.txt'), SENTENCE);
    await writeFile(join(mixed, '2-gbk.txt'), iconv.encode(SENTENCE, 'gbk'));
    await writeFile(join(mixed, '3-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]));
    await writeFile(join(mixed, '4-gbk.html'), iconv.encode(`<meta charset="gb2312"><p>${SENTENCE}</p>`, 'gbk'));
    const { files } = await listInputs([mixed]);
    const docs = await Promise.all(files.map(ingestFile));
    expect(docs.map((d) => [d.encoding, d.raw])).toEqual([
      ['utf-8', SENTENCE],
      ['gb18030', SENTENCE],
      ['utf-16le', SENTENCE],
      ['gb18030', SENTENCE],
    ]);
  });

  it('reads a PDF with its page starts', async () => {
    const path = join(dir, 'two.pdf');
    const bytes = makePdf([{ lines: ['第一页'] }, { lines: ['第二页'] }]);
    await writeFile(path, bytes);
    expect(await ingestFile(path)).toEqual({
      id: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
      source: path,
      format: 'pdf',
      encoding: 'binary',
      raw: '第一页\n第二页',
      pageStarts: [0, 4],
      tables: [],
      byteLength: bytes.length,
    });
  });

  it('reads a .docx through HTML, so its table is kept', async () => {
    const path = join(dir, 'plan.DOCX');
    await writeFile(path, makeDocx(['一、总体要求', '（一）加强组织领导。'], [['序号', '牵头单位'], ['1', '市科技局']]));
    const doc = await ingestFile(path);
    expect(doc.format).toBe('docx');
    expect(doc.raw).toBe('一、总体要求\n（一）加强组织领导。\n序号\t牵头单位\n1\t市科技局');
    expect(doc.tables).toEqual([
      {
        headerRow: 0,
        rows: [
          { cells: [{ text: '序号', start: 18, end: 20 }, { text: '牵头单位', start: 21, end: 25 }] },
          { cells: [{ text: '1', start: 26, end: 27 }, { text: '市科技局', start: 28, end: 32 }] },
        ],
      },
    ]);
  });

  it('reads a 50 MB text file and a single 1 MB line', async () => {
    const line = `${SENTENCE.repeat(60_000)}\n`;
    const big = join(dir, 'big.txt');
    await writeFile(big, line.repeat(28));
    const bigDoc = await ingestFile(big);
    expect(bigDoc.byteLength).toBeGreaterThan(50_000_000);
    expect(bigDoc.raw.length).toBe(line.length * 28);
    const long = join(dir, 'long.md');
    await writeFile(long, line.trim());
    expect((await ingestFile(long)).raw).toBe(line.trim());
  });

  it('keeps control characters in otherwise good text', async () => {
    const path = join(dir, 'controls.txt');
    await writeFile(path, `${SENTENCE}\u0007\n\u001b${SENTENCE}`);
    expect((await ingestFile(path)).raw).toBe(`${SENTENCE}\u0007\n\u001b${SENTENCE}`);
  });
});

describe('ingestFile: bad input, one reason each', () => {
  const cases: [string, string | Buffer, string][] = [
    ['zero.txt', '', 'empty file'],
    ['zero.pdf', '', 'empty file'],
    ['blank.txt', ' \n\u3000\u3000\r\n\t', 'empty file'],
    ['blank.html', '<html><body><script>var a = 1;</script><p> </p></body></html>', 'empty file'],
    ['random.txt', randomBytes(5000), 'binary file'],
    ['random.html', randomBytes(5000), 'binary file'],
    ['random.pdf', randomBytes(5000), 'corrupt PDF: no %PDF header'],
    ['latin1.txt', Buffer.from('Crème brûlée à la française, déjà vu.', 'latin1'), 'cannot decode text (not UTF-8, GB18030 or UTF-16)'],
    ['truncated.pdf', makePdf([{ lines: ['第一页'] }]).subarray(0, 400), 'corrupt PDF: truncated (no %%EOF marker)'],
    ['encrypted.pdf', makePdf([{ lines: ['第一页'] }], { encrypted: true }), 'encrypted PDF'],
    ['scanned.pdf', makePdf([{ image: true }]), NOTHING_TO_READ],
    ['notzip.docx', '这不是 docx', 'corrupt DOCX: not a zip archive'],
    ['old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'corrupt DOCX: not a DOCX package (legacy .doc or encrypted)'],
    ['table.xyz', 'text', 'unsupported file type .xyz'],
  ];
  for (const [name, content, reason] of cases) {
    it(`${name}: ${reason}`, async () => {
      const path = join(dir, name);
      await writeFile(path, content);
      expect(await reasonOf(path)).toBe(reason);
    });
  }

  it('a missing file', async () => {
    expect(await reasonOf(join(dir, 'absent.txt'))).toBe('no such file or directory');
  });

  it('a directory named like a file', async () => {
    await mkdir(join(dir, 'folder.txt'));
    expect(await reasonOf(join(dir, 'folder.txt'))).toBe('is a directory');
  });

  it('the reason is the whole message, on one line', async () => {
    const path = join(dir, 'zero.txt');
    await writeFile(path, '');
    const err = await ingestFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).message).toBe('empty file');
    expect(await readFile(path)).toHaveLength(0);
  });
});
