// Large input through the real CLI: a 50 MB text file, 1 MB written as a single line (with and
// without punctuation) and a table of 210,000 cells. Each gives the correct result: the figures of
// a big file are exactly the figures of the parts it is made of, in order, each at its span.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestedFromText } from '../../src/core/testing.js';
import { processDocument } from '../../src/pipeline/process.js';
import { gongwen, gongwenAsync, SEEDS, tempDir } from '../helpers/cli.js';

const dir = tempDir('gongwen-large-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED_FILES = ['000_866b6ceaaad5277c.txt', '001_1d944455b0e5cc05.txt', '002_082f253b5ebad11d.txt', '003_07e0f9554186f11e.txt', '004_dc595c5d65ef9aab.txt'];
/** The five seeds, the figures of seed j raised by j so that no two parts read alike. */
const BLOCKS = SEED_FILES.map((f, j) => readFileSync(join(SEEDS, f), 'utf8').replace(/\d+/g, (m) => String(Number(m) + j)));

/** Quantities as `quote=value`, in text order, read in this process from one text. */
function figuresOf(text: string): string[] {
  return processDocument(ingestedFromText(text))
    .facts.filter((f) => f.type === 'quantity')
    .map((f) => `${f.record.quote}=${(f.record as { value: number }).value}`);
}

/** `parts` repeated, joined by `sep`, until the file is at least `bytes` long; returns how many whole cycles it holds. */
function writeRepeated(path: string, parts: string[], sep: string, bytes: number): number {
  const cycle = parts.join(sep) + sep;
  const cycles = Math.ceil(bytes / Buffer.byteLength(cycle));
  writeFileSync(path, cycle.repeat(cycles));
  return cycles;
}

interface Stored {
  text: string;
  figures: string[];
  /** facts whose quote is not the text at their span (code points) */
  misplaced: number;
}

function stored(db: string): Stored {
  const conn = new Database(db, { readonly: true });
  try {
    const docs = conn.prepare('SELECT doc, text FROM documents').all() as { doc: string; text: string }[];
    expect(docs).toHaveLength(1);
    const { doc, text } = docs[0]!;
    expect(text).not.toMatch(/[\uD800-\uDFFF]/); // no astral characters: code points are UTF-16 offsets here
    const rows = conn
      .prepare('SELECT type, quote, value, span_start AS a, span_end AS b FROM facts WHERE doc = ? ORDER BY span_start, span_end, id')
      .all(doc) as { type: string; quote: string; value: number | null; a: number; b: number }[];
    const misplaced = rows.filter((r) => text.slice(r.a, r.b) !== r.quote).length;
    const figures = rows.filter((r) => r.type === 'quantity').map((r) => `${r.quote}=${r.value}`);
    return { text, figures, misplaced };
  } finally {
    conn.close();
  }
}

async function extractOne(file: string, db: string): Promise<void> {
  const r = await gongwenAsync(['extract', file, '--db', db]);
  expect(r.stderr).not.toContain('error:');
  expect(r.stdout).toContain('1 files: 1 new, 0 unchanged, 0 replaced, 0 failed');
  expect(r.status).toBe(0);
}

describe('large input', () => {
  it('a 50 MB text file: every figure of every part, in order', async () => {
    const file = join(dir, 'yearbook.txt');
    const cycles = writeRepeated(file, BLOCKS, '\n', 50 * 1024 * 1024);
    const perCycle = BLOCKS.flatMap(figuresOf);
    const db = join(dir, 'yearbook.db');
    await extractOne(file, db);
    const s = stored(db);
    expect(s.misplaced).toBe(0);
    expect(s.figures.length).toBe(cycles * perCycle.length);
    expect(s.figures).toEqual(Array.from({ length: cycles }, () => perCycle).flat());
    rmSync(db, { force: true });
  }, 1_200_000);

  it('1 MB on a single line (newlines lost): the figures of the lines it was made of', async () => {
    const file = join(dir, 'one-line.txt');
    const flat = BLOCKS.map((b) => b.replace(/\n/g, ''));
    const cycles = writeRepeated(file, flat, '', 1024 * 1024);
    expect(readFileSync(file, 'utf8')).not.toContain('\n');
    const db = join(dir, 'one-line.db');
    await extractOne(file, db);
    const s = stored(db);
    expect(s.misplaced).toBe(0);
    // the same figures as the documents with their lines
    expect(s.figures).toEqual(Array.from({ length: cycles }, () => BLOCKS.flatMap(figuresOf)).flat());
  }, 600_000);

  it('1 MB on a single line with no punctuation at all: two figures per statement', async () => {
    const parts: string[] = [];
    const expected: string[] = [];
    for (let i = 0, bytes = 0; bytes < 1024 * 1024; i++) {
      const [people, money] = [(i % 97) + 1, (i % 89) + 1];
      const part = `新增就业${people}.2万人投入资金${money}亿元`;
      parts.push(part);
      expected.push(`${people}.2万人=${(people + 0.2) * 10000}`, `${money}亿元=${money * 1e8}`);
      bytes += Buffer.byteLength(part);
    }
    const file = join(dir, 'run-on.txt');
    writeFileSync(file, parts.join(''));
    const db = join(dir, 'run-on.db');
    await extractOne(file, db);
    const s = stored(db);
    expect(s.misplaced).toBe(0);
    expect(s.figures).toEqual(expected);
  }, 600_000);

  it('an HTML table of 70,000 rows (210,000 cells): every row read', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `<tr><td>第${i + 1}村</td><td>${(i % 900) + 100}万元</td><td>已完成</td></tr>`).join('\n');
    const file = join(dir, 'table.html');
    writeFileSync(file, `<html><body><h1>各村项目资金表</h1><table><tr><th>村</th><th>资金</th><th>进度</th></tr>\n${rows}</table></body></html>`);
    const db = join(dir, 'table.db');
    await extractOne(file, db);
    const s = stored(db);
    expect(s.misplaced).toBe(0);
    const money = s.figures.filter((f) => /^\d+万元=/.test(f));
    expect(money).toEqual(Array.from({ length: 70_000 }, (_, i) => `${(i % 900) + 100}万元=${((i % 900) + 100) * 10000}`));
  }, 600_000);
});
