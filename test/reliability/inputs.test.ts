// Bad and strange input through the real CLI: one folder holding every kind of file an office
// system might export. Each bad file gets its exact one-line reason, the run goes on, exit
// status 1, and the good files of the same run are stored and exported with spans in code points.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestedFromText } from '../../src/core/testing.js';
import { REASONS } from '../../src/ingest/errors.js';
import { ocrAvailable } from '../../src/ingest/ocr.js';
import { normalise } from '../../src/normalise/index.js';
import { makeDocx } from '../fixtures/ingest/make-docx.js';
import { makePdf } from '../fixtures/ingest/make-pdf.js';
import { gongwen, jsonl, ROOT, tempDir, type CliResult } from '../helpers/cli.js';

/** A short notice with figures, a date and an outline: every extractor has something to read. */
const NOTICE = [
  '县人民政府关于印发就业帮扶实施方案的通知',
  '各乡镇人民政府，县直各单位：',
  '一、工作目标',
  '到2025年底，全县新增城镇就业1.2万人，投入资金3亿元，培训农村劳动力4500人次。',
  '二、保障措施',
  '牵头单位：县人力资源和社会保障局',
  '县人民政府',
  '2023年5月8日',
  '',
].join('\n');

/** Deterministic pseudo-random bytes (a fixed LCG). */
function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const dir = tempDir('gongwen-inputs-');
const corpus = join(dir, 'corpus');
const db = join(dir, 'store.db');
const at = (name: string) => join(corpus, name);

const ASTRAL_NAME = '𠮷𪚥报告.txt';
const ASTRAL_TEXT = NOTICE.replace('全县新增', '𠮷全县新增').replace('投入资金', '𪚥投入资金').replace('县人民政府关于', '𠮷𪚥县人民政府关于');
const CONTROL_NAME = '通知\u0001\u0007\t副本.txt';
const DEPTH = 120;
const deepFile = join(corpus, ...Array.from({ length: DEPTH }, (_, i) => `层${i}`), '深处.txt');
const pdf = makePdf([{ lines: ['县人民政府关于印发就业帮扶实施方案的通知'] }, { lines: ['全县新增城镇就业1.2万人。'] }]);

/** Every file of the folder with what the run must say of it (null: stored). */
const EXPECTED: Record<string, string | null> = {
  [at('random.txt')]: 'binary file',
  [at('random.pdf')]: 'corrupt PDF: no %PDF header',
  [at('random.docx')]: 'corrupt DOCX: not a zip archive',
  [at('random.html')]: 'binary file',
  [at('nul.txt')]: 'binary file',
  [at('truncated.pdf')]: 'corrupt PDF: truncated (no %%EOF marker)',
  [at('encrypted.pdf')]: 'encrypted PDF',
  [at('scanned.pdf')]: (await ocrAvailable()) ? REASONS.noTextLayer : REASONS.noTextLayerNoOcr,
  [at('empty.txt')]: 'empty file',
  [at('blank.txt')]: 'empty file',
  [at('empty\nline.txt')]: 'empty file',
  [at('lone-surrogate.txt')]: 'cannot decode text (not UTF-8, GB18030 or UTF-16)',
  [at('huge.txt')]: 'file too large (201 MB; limit 200 MB)',
  [at('dangling.txt')]: 'broken symbolic link',
  [at('loop/up')]: 'symbolic link loop',
  [at('self.txt')]: 'symbolic link loop',
  [at('utf8.txt')]: null,
  [at('utf8-bom.txt')]: null,
  [at('gb18030.txt')]: null,
  [at('utf16le.txt')]: null,
  [at('utf16be.txt')]: null,
  [at('control-chars.txt')]: null,
  [at(CONTROL_NAME)]: null,
  [at(ASTRAL_NAME)]: null,
  [at('good.pdf')]: null,
  [at('good.docx')]: null,
  [deepFile]: null,
};
const FIFO = join(dir, 'pipe.txt');
const MISSING = join(dir, 'missing.txt');

function makeCorpus(): void {
  mkdirSync(corpus);
  writeFileSync(at('random.txt'), randomBytes(8192, 7));
  writeFileSync(at('random.pdf'), randomBytes(8192, 9));
  writeFileSync(at('random.docx'), randomBytes(8192, 11));
  writeFileSync(at('random.html'), randomBytes(8192, 13));
  writeFileSync(at('nul.txt'), NOTICE + '\u0000'.repeat(16));
  writeFileSync(at('truncated.pdf'), pdf.subarray(0, pdf.length >> 1));
  writeFileSync(at('encrypted.pdf'), makePdf([{ lines: ['内部资料'] }], { encrypted: true }));
  writeFileSync(at('scanned.pdf'), makePdf([{ image: true }, { image: true }]));
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\u3000\r\n\t\n');
  writeFileSync(at('empty\nline.txt'), '');
  // UTF-16 with a high surrogate that no low one follows
  writeFileSync(at('lone-surrogate.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(NOTICE, 'utf-16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]));
  writeFileSync(at('huge.txt'), '');
  truncateSync(at('huge.txt'), 201 * 1024 * 1024); // sparse: no disk used
  symlinkSync('nowhere.txt', at('dangling.txt'));
  mkdirSync(at('loop'));
  symlinkSync('..', at('loop/up'));
  symlinkSync('self.txt', at('self.txt'));
  // one notice in every encoding offices use
  writeFileSync(at('utf8.txt'), NOTICE);
  writeFileSync(at('utf8-bom.txt'), '\uFEFF' + NOTICE);
  writeFileSync(at('gb18030.txt'), iconv.encode(NOTICE, 'gb18030'));
  writeFileSync(at('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(NOTICE, 'utf-16le')]));
  writeFileSync(at('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(NOTICE, 'utf-16be')]));
  writeFileSync(at('control-chars.txt'), NOTICE.replace('全县', '全\u0001县\u0007').replace('投入', '\u001b[2J投入'));
  writeFileSync(at(CONTROL_NAME), NOTICE.replace('3亿元', '4亿元'));
  writeFileSync(at(ASTRAL_NAME), ASTRAL_TEXT);
  writeFileSync(at('good.pdf'), pdf);
  writeFileSync(at('good.docx'), makeDocx(NOTICE.split('\n').filter(Boolean)));
  mkdirSync(join(deepFile, '..'), { recursive: true });
  writeFileSync(deepFile, NOTICE.replace('1.2万人', '1.3万人'));
  spawnSync('mkfifo', [FIFO]);
}

/** Control characters as the CLI prints them. */
const shown = (s: string) => s.replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('error: '));
}

interface StoredDoc {
  doc: string;
  source: string;
  text: string;
}

function storedDocs(path: string): StoredDoc[] {
  const conn = new Database(path, { readonly: true });
  try {
    return conn.prepare('SELECT doc, source, text FROM documents ORDER BY source').all() as StoredDoc[];
  } finally {
    conn.close();
  }
}

let run: CliResult;
let records: Record<string, unknown>[];
let docs: StoredDoc[];

beforeAll(() => {
  makeCorpus();
  run = gongwen(['extract', corpus, FIFO, MISSING, '--db', db]);
  records = jsonl(gongwen(['export', '--db', db]).stdout);
  docs = storedDocs(db);
}, 300_000);

describe('bad input: one line per file, the run goes on', () => {
  it('says exactly why each bad file was not read, one line each, and exits 1', () => {
    const expected = Object.entries(EXPECTED).filter(([, reason]) => reason !== null).map(([path, reason]) => `error: ${shown(path)}: ${reason}`);
    expected.push(`error: ${FIFO}: not a regular file`, `error: ${MISSING}: no such file or directory`);
    expect(errorLines(run.stderr).sort()).toEqual(expected.sort());
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error|Error:/); // no stack traces, no bugs
    const good = Object.values(EXPECTED).filter((r) => r === null).length;
    const bad = expected.length;
    // walk errors (links, fifo, missing) count as failed files too
    expect(run.stdout).toContain(`: ${good} new, 0 unchanged, 0 replaced, ${bad} failed`);
  });

  it('every stderr line is an error line or a progress line: no name breaks a line or reaches the terminal raw', () => {
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^(error: |\[\d+\/\d+\] )/);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(run.stderr).toContain(`new       ${at('通知\\x01\\x07\\t副本.txt')} (`);
  });

  it('stores and exports every good file of the same run, each source under its own name', () => {
    const good = Object.entries(EXPECTED).filter(([, r]) => r === null).map(([p]) => p).sort();
    expect(docs.map((d) => d.source).sort()).toEqual(good);
    const exported = records.filter((r) => r.type === 'document').map((r) => r.source).sort();
    expect(exported).toEqual(good);
  });

  it('reads a file 120 folders deep', () => {
    const deep = docs.find((d) => d.source === deepFile)!;
    const facts = records.filter((r) => r.doc === deep.doc && r.type === 'quantity').map((r) => r.quote);
    expect(facts).toEqual(['1.3万人', '3亿元', '4500人次']);
  });

  it('mixed encodings in one folder give one and the same text and the same figures', () => {
    const names = ['utf8.txt', 'utf8-bom.txt', 'gb18030.txt', 'utf16le.txt', 'utf16be.txt'].map(at);
    const same = docs.filter((d) => names.includes(d.source));
    expect(same).toHaveLength(5);
    expect(new Set(same.map((d) => d.doc)).size).toBe(5); // different bytes, different ids
    expect(new Set(same.map((d) => d.text)).size).toBe(1);
    expect(same[0]!.text).toBe(normalise(ingestedFromText(NOTICE)).text); // the text the normaliser makes of the notice
    const figures = (doc: string) => records.filter((r) => r.doc === doc && r.type === 'quantity').map((r) => [r.quote, r.value, r.span]);
    for (const d of same) expect(figures(d.doc)).toEqual([['1.2万人', 12000, [58, 63]], ['3亿元', 300000000, [68, 71]], ['4500人次', 4500, [79, 85]]]);
  });

  it('control characters in the text are dropped by the normaliser, figures kept', () => {
    const d = docs.find((x) => x.source === at('control-chars.txt'))!;
    expect(d.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(d.text).toContain('全县新增城镇就业1.2万人，[2J投入资金3亿元');
    const figures = records.filter((r) => r.doc === d.doc && r.type === 'quantity').map((r) => r.quote);
    expect(figures).toEqual(['1.2万人', '3亿元', '4500人次']);
  });

  it('a name with control characters is stored under its exact name', () => {
    const d = docs.find((x) => x.source === at(CONTROL_NAME))!;
    expect(records.filter((r) => r.doc === d.doc && r.type === 'quantity').map((r) => r.quote)).toContain('4亿元');
  });

  it('characters outside the BMP, in the name and before figures: export spans count code points', () => {
    const d = docs.find((x) => x.source === at(ASTRAL_NAME))!;
    const money = records.find((r) => r.doc === d.doc && r.quote === '3亿元')!;
    const cps = [...d.text];
    const [a, b] = money.span as [number, number];
    expect(cps.slice(a, b).join('')).toBe('3亿元');
    expect(a).toBe(cps.indexOf('3'));
    expect(d.text.indexOf('3亿元') - a).toBe(4); // four astral characters before it: four UTF-16 units more
  });

  it('every exported span of every stored document is its quote, in code points', () => {
    let checked = 0;
    for (const d of docs) {
      const cps = [...d.text];
      for (const r of records.filter((x) => x.doc === d.doc && Array.isArray(x.span))) {
        const [a, b] = r.span as [number, number];
        expect(cps.slice(a, b).join(''), `${r.type} in ${d.source}`).toBe(r.quote);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('unreadable files and folders', () => {
  /** Runs the CLI as `nobody` when the tests run as root (root reads anything). */
  function asUser(args: string[]): CliResult {
    const node = [process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args];
    const [cmd, ...rest] = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
    const r = spawnSync(cmd!, rest, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('says "permission denied" for a file and a folder it may not read, and stores the rest', () => {
    const base = tempDir('gongwen-perm-');
    chmodSync(base, 0o777);
    const folder = join(base, 'corpus');
    mkdirSync(join(folder, 'locked-dir'), { recursive: true });
    writeFileSync(join(folder, 'locked-dir', 'inside.txt'), NOTICE);
    writeFileSync(join(folder, 'locked.txt'), NOTICE.replace('3亿元', '5亿元'));
    writeFileSync(join(folder, 'open.txt'), NOTICE);
    chmodSync(folder, 0o755);
    chmodSync(join(folder, 'open.txt'), 0o644);
    chmodSync(join(folder, 'locked.txt'), 0o000);
    chmodSync(join(folder, 'locked-dir'), 0o000);
    const store = join(base, 'store.db');
    const r = asUser(['extract', folder, '--db', store]);
    expect(errorLines(r.stderr).sort()).toEqual([
      `error: ${join(folder, 'locked-dir')}: permission denied`,
      `error: ${join(folder, 'locked.txt')}: permission denied`,
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2 files: 1 new, 0 unchanged, 0 replaced, 2 failed');
    expect(storedDocs(store).map((d) => d.source)).toEqual([join(folder, 'open.txt')]);
  });
});
