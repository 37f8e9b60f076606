import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { IngestError } from './errors.js';

const SEED = readFileSync(new URL('../../seeds/000_866b6ceaaad5277c.txt', import.meta.url), 'utf8');
const SENTENCE = '打好 “产业战 ”，增收措施落地见效。';
const NANNING = new URL('../../../shared/eval/dev/docs/nanning_2016-71_keji_shisanwu_guihua_gbk.txt', import.meta.url);

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof IngestError) return err.reason;
    throw err;
  }
  return 'no error';
}

/** Deterministic pseudo-random bytes (a fixed LCG), so a failure can be replayed. */
function randomBytes(n: number, seed = 42): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('decodeText', () => {
  it('the seed holds the sentence used below', () => {
    expect(SEED).toContain(SENTENCE);
  });

  it('reads GB18030 (no BOM) back to the exact seed text', () => {
    const { text, encoding } = decodeText(iconv.encode(SEED, 'gb18030'));
    expect(encoding).toBe('gb18030');
    expect(text).toBe(SEED);
    expect(text).toContain(SENTENCE);
  });

  it('reads UTF-16LE with BOM and strips the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: SEED, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with BOM', () => {
    const le = Buffer.from(SENTENCE, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: SENTENCE, encoding: 'utf-16be' });
  });

  it('reads UTF-8 with BOM and strips the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('reads UTF-16LE without BOM when its ASCII zero bytes make it unmistakable', () => {
    expect(decodeText(Buffer.from(SEED, 'utf16le'))).toEqual({ text: SEED, encoding: 'utf-16le' });
  });

  it('reads the GBK dev document as gb18030', () => {
    const { text, encoding } = decodeText(readFileSync(NANNING));
    expect(encoding).toBe('gb18030');
    expect(text).toContain('南府办〔2016〕71号');
    expect(text).toContain('研究与试验发展经费支出占全市生产总值的比例达到2.2%');
    expect(text).not.toContain('\uFFFD');
  });

  it('keeps UTF-8 whose last character was cut off, with one replacement character', () => {
    const bytes = Buffer.from(`${SENTENCE}中`, 'utf8');
    const { text, encoding } = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(encoding).toBe('utf-8');
    expect(text).toBe(`${SENTENCE}\uFFFD`);
  });

  it('reads GBK whose last character was cut off', () => {
    const bytes = iconv.encode(`${SENTENCE}中`, 'gbk');
    const { text, encoding } = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(encoding).toBe('gb18030');
    expect(text.startsWith(SENTENCE)).toBe(true);
  });

  it('keeps a few control characters (the normaliser deals with them)', () => {
    const withControls = `${SENTENCE}\u0007\u001b\n${SENTENCE}\u001a`;
    expect(decodeText(Buffer.from(withControls, 'utf8'))).toEqual({ text: withControls, encoding: 'utf-8' });
  });

  it('rejects random bytes as binary', () => {
    expect(reasonOf(() => decodeText(randomBytes(4096)))).toBe('binary file');
  });

  it('rejects NUL-laden data that is not UTF-16 as binary', () => {
    expect(reasonOf(() => decodeText(Buffer.from('ab\u0000\u0000\u0000cd\u0000e', 'latin1')))).toBe('binary file');
  });

  it('rejects text that is mostly control characters as binary', () => {
    const controls = Buffer.from('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(2) + 'abc', 'latin1');
    expect(reasonOf(() => decodeText(controls))).toBe('binary file');
  });

  it('rejects Latin-1 text (neither UTF-8 nor GB18030)', () => {
    const latin1 = Buffer.from('Crème brûlée à la française, déjà vu, garçon.', 'latin1');
    expect(reasonOf(() => decodeText(latin1))).toBe('cannot decode text (not UTF-8, GB18030 or UTF-16)');
  });

  it('rejects a UTF-16 BOM followed by an odd number of bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le').subarray(1)]);
    expect(reasonOf(() => decodeText(bytes))).toBe('cannot decode text (not UTF-8, GB18030 or UTF-16)');
  });
});
