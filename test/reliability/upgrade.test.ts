// Upgrades: a store made at schema version 1 is migrated to the latest version by the current
// gongwen, its rows kept (and searchable); a store from a newer gongwen, a file that is not a
// database and another program's database are refused with one line, never touched.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.js';
import { gongwen, jsonl, SEEDS, tempDir } from '../helpers/cli.js';
import { exportOf, storeProblems } from './corpus.js';

const dir = tempDir('gongwen-upgrade-');
const SEED = join(SEEDS, '001_1d944455b0e5cc05.txt');
/** The tables of schema version 1, in the order their keys allow filling them. */
const V1_TABLES = ['runs', 'documents', 'sources', 'sections', 'sentences', 'facts', 'diagnostics', 'failures'];

let current: { db: string; export: string };

beforeAll(() => {
  const db = join(dir, 'current.db');
  expect(gongwen(['extract', SEED, '--db', db]).status).toBe(0);
  current = { db, export: exportOf(db) };
}, 120_000);

/** A store as gongwen made it at schema version 1: migration 1 run by hand, the rows of a real extraction copied in. */
function versionOneStore(path: string): void {
  const conn = new Database(path);
  conn.exec(MIGRATIONS[0]!.sql);
  conn.pragma('user_version = 1');
  conn.exec(`ATTACH DATABASE '${current.db}' AS cur`);
  for (const table of V1_TABLES) conn.exec(`INSERT INTO main.${table} SELECT * FROM cur.${table}`);
  conn.exec('DETACH DATABASE cur');
  conn.close();
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a store from an older gongwen', () => {
  it('is migrated to the latest schema, every old row kept', () => {
    const db = join(dir, 'v1.db');
    versionOneStore(db);
    const before = new Database(db, { readonly: true });
    const rows = Object.fromEntries(V1_TABLES.map((t) => [t, (before.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
    before.close();
    expect(rows.facts).toBeGreaterThan(50);

    const exported = exportOf(db); // a reading command migrates it
    const after = new Database(db, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    for (const t of V1_TABLES) expect((after.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, t).toBe(rows[t]);
    after.close();
    expect(exported).toBe(current.export);
    expect(storeProblems(db)).toEqual([]); // full-text rows included
  });

  it('its old sentences are found by a text search after the upgrade', () => {
    const db = join(dir, 'v1-search.db');
    versionOneStore(db);
    const r = gongwen(['query', '--text', '贫困发生率', '--format', 'jsonl', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const hits = jsonl(r.stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBe(jsonl(gongwen(['query', '--text', '贫困发生率', '--format', 'jsonl', '--db', current.db]).stdout).length);
  });

  it('an upgraded store takes new documents; the old ones are unchanged, not extracted again', () => {
    const db = join(dir, 'v1-extract.db');
    versionOneStore(db);
    const r = gongwen(['extract', SEEDS, '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 files: 4 new, 1 unchanged, 0 replaced, 0 failed');
    expect(storeProblems(db)).toEqual([]);
  });
});

describe('stores this gongwen must not touch', () => {
  const COMMANDS: string[][] = [
    ['export'],
    ['extract', SEED],
    ['query', '--type', 'quantity'],
    ['sql', 'SELECT 1'],
    ['show', 'x'],
    ['series', '--metric', '贫困发生率'],
    ['check'],
    ['serve', '--port', '0'],
  ];

  function refusedByAll(file: string, message: string): void {
    const hash = sha(file);
    for (const args of COMMANDS) {
      const r = gongwen([...args, '--db', file]);
      expect(r.stderr.trim(), args[0]).toBe(`error: ${file}: ${message}`);
      expect(r.status, args[0]).toBe(2);
    }
    expect(sha(file)).toBe(hash);
  }

  it('a store from a newer gongwen: every command refuses it with one line, the file unchanged', () => {
    const newer = join(dir, 'newer.db');
    copyFileSync(current.db, newer);
    const conn = new Database(newer);
    conn.pragma('wal_checkpoint(TRUNCATE)');
    conn.pragma('journal_mode = DELETE');
    conn.pragma('user_version = 99');
    conn.close();
    refusedByAll(newer, `store was made by a newer gongwen (schema 99, this gongwen knows ${SCHEMA_VERSION}); upgrade gongwen`);
  }, 120_000);

  it('a newer store given to merge as an input is refused too', () => {
    const newer = join(dir, 'newer.db');
    const r = gongwen(['merge', newer, '--db', join(dir, 'merged.db')]);
    expect(r.stderr.trim()).toBe(`error: ${newer}: store was made by a newer gongwen (schema 99, this gongwen knows ${SCHEMA_VERSION}); upgrade gongwen`);
    expect(r.status).toBe(2);
  });

  it('a file that is not a database', () => {
    const file = join(dir, 'random.db');
    writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    refusedByAll(file, 'not a gongwen store (file is not a database)');
  }, 120_000);

  it("another program's SQLite database is never written into", () => {
    const file = join(dir, 'other.db');
    const conn = new Database(file);
    conn.exec("CREATE TABLE documents(title TEXT); INSERT INTO documents VALUES ('台账')");
    conn.close();
    refusedByAll(file, 'not a gongwen store (it holds tables of another program)');
  }, 120_000);
});
