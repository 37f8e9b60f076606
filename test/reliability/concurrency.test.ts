// Concurrent use of one store: two `extract` processes over overlapping corpora at once, and
// readers (`export`, `query`, `serve`) in a loop while `extract` writes. Nothing is lost and no
// SQLITE_BUSY or "database is locked" ever reaches the user.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gongwen, ROOT, tempDir } from '../helpers/cli.js';
import { exportOf, factCount, makeCorpus, startCli, storedCount, storeProblems, type Running } from './corpus.js';

const DOCS = 60;
const dir = tempDir('gongwen-concurrent-');
const corpus = makeCorpus(join(dir, 'corpus'), DOCS);
const LOCKED = /SQLITE_BUSY|database is locked|SQLITE_LOCKED|busy/i;

let cleanExport: string;

beforeAll(() => {
  const db = join(dir, 'clean.db');
  expect(gongwen(['extract', corpus, '--db', db]).status).toBe(0);
  cleanExport = exportOf(db);
}, 300_000);

/** Runs the CLI to its end without blocking the event loop (so that several can run at once). */
function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const r = startCli(args);
  return r.done.then(({ status }) => ({ status, stdout: r.stdout(), stderr: r.stderr() }));
}

/** Runs `read` again and again until `writer` ends; returns every result. */
async function readWhile<T>(writer: Running, read: () => Promise<T>): Promise<T[]> {
  let ended = false;
  void writer.done.then(() => (ended = true));
  const results: T[] = [];
  while (!ended) results.push(await read());
  return results;
}

describe('two extract processes on the same store', () => {
  for (const [name, first, second] of [
    ['overlapping halves', [0, 40], [20, 60]],
    ['the same corpus twice', [0, 60], [0, 60]],
  ] as const) {
    it(`${name}: both exit 0, nothing lost, the export equals a clean run's`, async () => {
      const db = join(dir, `two-${first.join('-')}-${second.join('-')}.db`);
      const files = (range: readonly [number, number]) =>
        Array.from({ length: range[1] - range[0] }, (_, k) => join(corpus, `doc-${String(range[0] + k).padStart(3, '0')}.txt`));
      const [a, b] = await Promise.all([
        runCli(['extract', ...files(first), '--db', db]),
        runCli(['extract', ...files(second), '--db', db]),
      ]);
      for (const r of [a, b]) {
        expect(r.stderr).not.toMatch(LOCKED);
        expect(r.stderr).not.toContain('error');
        expect(r.status).toBe(0);
      }
      expect(storeProblems(db)).toEqual([]);
      const exported = exportOf(db);
      expect(factCount(exported)).toBe(factCount(cleanExport));
      expect(exported).toBe(cleanExport);
    }, 300_000);
  }
});

describe('processes opening a new store at the same moment', () => {
  /** Opens the store in a fresh process (Store.open, as every command does); resolves with its stderr and status. */
  function openStore(db: string, at: number): Promise<{ status: number | null; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/reliability/open-store.ts'), db, String(at)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
  }

  it('three at once, five times: each store is made once, migrated to the latest version, never an error', async () => {
    for (let round = 0; round < 5; round++) {
      const db = join(dir, `new-${round}.db`);
      const at = Date.now() + 2500; // all three loaded by then
      const results = await Promise.all([openStore(db, at), openStore(db, at), openStore(db, at)]);
      for (const r of results) {
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
      expect(storeProblems(db)).toEqual([]);
    }
  }, 300_000);
});

describe('readers while extract writes', () => {
  it('export and query in a loop: never locked, every read complete, counts only grow', async () => {
    const db = join(dir, 'read-while-write.db');
    // the store exists (and is migrated) before the readers start: a reader of a missing store is refused
    expect(gongwen(['extract', join(corpus, 'doc-000.txt'), '--db', db]).status).toBe(0);
    const writer = startCli(['extract', corpus, '--db', db]);
    let last = 0;
    const reads = await readWhile(writer, async () => {
      const [exported, queried] = await Promise.all([
        runCli(['export', '--db', db]),
        runCli(['query', '--type', 'quantity', '--format', 'jsonl', '--db', db]),
      ]);
      const docs = exported.stdout.split('\n').filter((l) => l.startsWith('{"type":"document"')).length;
      const grew = docs >= last;
      last = docs;
      return { exported, queried, docs, grew };
    });
    const ended = await writer.done;
    expect(writer.stderr()).not.toMatch(LOCKED);
    expect(ended.status).toBe(0);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const r of reads) {
      for (const c of [r.exported, r.queried]) {
        expect(c.stderr).not.toMatch(LOCKED);
        expect(c.status).toBe(0);
      }
      // every exported line is a whole JSON record
      for (const line of r.exported.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
      expect(r.grew).toBe(true);
    }
    expect(exportOf(db)).toBe(cleanExport);
    console.log(`readers: ${reads.length} export + query rounds while extract wrote; documents seen: ${reads.map((r) => r.docs).join(', ')}`);
  }, 300_000);

  it('serve answers pages in a loop while extract writes: never an error page', async () => {
    const db = join(dir, 'serve-while-write.db');
    expect(gongwen(['extract', join(corpus, 'doc-000.txt'), '--db', db]).status).toBe(0);
    const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', '--db', db], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let serverErr = '';
    server.stderr!.setEncoding('utf8').on('data', (d: string) => (serverErr += d));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /(http:\/\/[^\s]+)/.exec(out);
        if (m) resolve(m[1]!.replace(/\/$/, ''));
      });
      server.on('close', () => reject(new Error(`serve ended: ${serverErr}`)));
    });
    try {
      const writer = startCli(['extract', corpus, '--db', db]);
      const statuses = await readWhile(writer, async () => {
        const pages = await Promise.all(['/', '/facts?type=quantity'].map((p) => fetch(url + p).then(async (r) => ({ status: r.status, body: await r.text() }))));
        return pages;
      });
      expect((await writer.done).status).toBe(0);
      expect(statuses.length).toBeGreaterThanOrEqual(2);
      for (const pages of statuses) {
        for (const p of pages) {
          expect(p.status).toBe(200);
          expect(p.body).not.toMatch(LOCKED);
        }
      }
      expect(serverErr).not.toMatch(LOCKED);
      expect(storedCount(db)).toBe(DOCS);
    } finally {
      server.kill('SIGTERM');
    }
  }, 300_000);
});
