import { copyFileSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ExportRecord } from '../schemas/index.js';
import { SCHEMA_VERSION } from '../src/store/migrations.js';
import { gongwen, jsonl, SEEDS, tempDir } from './helpers/cli.js';

describe('gongwen extract and export (end to end)', () => {
  const dir = tempDir();
  const db = join(dir, 'store.db');

  it('extracts the five seeds into a new store and prints a summary', () => {
    const r = gongwen(['extract', SEEDS, '--db', db]);
    expect(r.stderr).not.toContain('error:');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 files: 5 new, 0 unchanged, 0 replaced, 0 failed');
  });

  it('exports valid export-v1 records: 5 documents and the outline of each', () => {
    const records = jsonl(gongwen(['export', '--db', db]).stdout);
    for (const r of records) expect(ExportRecord.safeParse(r).success).toBe(true);
    const docs = records.filter((r) => r.type === 'document');
    // ids are the first 16 hex digits of SHA-256 of each file's bytes (not the seeds' file names)
    expect(docs.map((d) => d.doc).sort()).toEqual(['0b5de6bee544f813', '2de7622a553b9fab', 'c39773dc5630fea3', 'daa07dc921a421db', 'ee2615b3dd40ab90']);
    const plan = docs.find((d) => String(d.source).endsWith('001_1d944455b0e5cc05.txt'))!;
    const sections = records.filter((r) => r.type === 'section' && r.doc === plan.doc);
    expect(sections).toHaveLength(24);
    expect(sections[2]).toMatchObject({ path: '二/（一）', level: 2, heading: '户户达标、人人过关' });
  });

  it('a second run over unchanged files is a no-op', () => {
    const r = gongwen(['extract', SEEDS, '--db', db]);
    expect(r.stdout).toContain('5 files: 0 new, 5 unchanged, 0 replaced, 0 failed');
  });

  it('a changed file replaces its old records', () => {
    const copy = join(dir, 'corpus');
    mkdirSync(copy);
    copyFileSync(join(SEEDS, '004_dc595c5d65ef9aab.txt'), join(copy, 'reply.txt'));
    expect(gongwen(['extract', copy, '--db', db]).stdout).toContain('1 files: 0 new, 1 unchanged');
    appendFileSync(join(copy, 'reply.txt'), '\n抄送：州人民政府办公室\n');
    expect(gongwen(['extract', copy, '--db', db]).stdout).toContain('1 files: 0 new, 0 unchanged, 1 replaced, 0 failed');
    const docs = jsonl(gongwen(['export', '--db', db]).stdout).filter((r) => r.type === 'document');
    expect(docs).toHaveLength(6);
  });

  it('bad input: one line per file, the run goes on, exit status 1, nothing stored before is lost', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'random.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(bad, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n');
    copyFileSync(join(SEEDS, '000_866b6ceaaad5277c.txt'), join(bad, 'good.txt'));
    const r = gongwen(['extract', bad, join(dir, 'missing.txt'), '--db', db]);
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(4);
    expect(errors).toContain(`error: ${join(bad, 'empty.txt')}: empty file`);
    expect(errors).toContain(`error: ${join(dir, 'missing.txt')}: no such file or directory`);
    expect(errors.find((l) => l.includes('random.txt'))).toMatch(/binary file|cannot decode/);
    expect(errors.find((l) => l.includes('broken.pdf'))).toMatch(/corrupt PDF/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
    expect(r.stdout).toContain('4 failed');
    const docs = jsonl(gongwen(['export', '--db', db]).stdout).filter((d) => d.type === 'document');
    expect(docs).toHaveLength(6); // good.txt is seed 000 again: same bytes, same document
  });

  it('refuses a store from a newer gongwen with a clear message', () => {
    const newer = join(dir, 'newer.db');
    gongwen(['extract', join(SEEDS, '000_866b6ceaaad5277c.txt'), '--db', newer]);
    const conn = new Database(newer);
    conn.pragma('user_version = 99');
    conn.close();
    const r = gongwen(['export', '--db', newer]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: ${newer}: store was made by a newer gongwen (schema 99, this gongwen knows ${SCHEMA_VERSION}); upgrade gongwen`);
  });
});
