// `gongwen extract --queue` with `gongwen worker`s against a real redis-server (started here on a
// free loopback port): the store must end up exactly as a local run leaves it.
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gongwen, SEEDS, tempDir } from './helpers/cli.js';
import { gongwenBackground, SKIP_REDIS, startRedis, type Background, type RedisServer } from './helpers/redis.js';

const VARIANTS = 8;

/** The seeds, each also in VARIANTS-1 byte-different copies (trailing blank lines): distinct documents, same text. */
function buildCorpus(dir: string): number {
  mkdirSync(dir);
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (const name of seeds) {
    const bytes = readFileSync(join(SEEDS, name));
    for (let v = 0; v < VARIANTS; v++) writeFileSync(join(dir, `v${v}_${name}`), Buffer.concat([bytes, Buffer.from('\n'.repeat(v))]));
  }
  return seeds.length * VARIANTS;
}

/** Rows per table: a document stored twice, or a fact lost, changes one of them. */
function rowCounts(db: string): Record<string, number> {
  const conn = new Database(db, { readonly: true });
  const tables = ['documents', 'sources', 'sections', 'sentences', 'sentence_fts', 'facts', 'diagnostics'];
  const counts = Object.fromEntries(tables.map((t) => [t, (conn.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  conn.close();
  return counts;
}

const doneLines = (w: Background) => w.output.split('\n').filter((l) => l.startsWith('done ')).length;

describe.skipIf(SKIP_REDIS)('extract --queue with gongwen workers (real redis-server)', () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  const localDb = join(dir, 'local.db');
  let files = 0;
  let redis: RedisServer;
  let localExport = '';
  const workers: Background[] = [];

  const startWorker = async (lock: number) => {
    const w = gongwenBackground(['worker', '--queue', redis.url, '--lock', String(lock)]);
    workers.push(w);
    await w.waitFor(/listening on/);
    return w;
  };
  const runProducer = async (db: string, paths = [corpus]) => {
    const p = gongwenBackground(['extract', ...paths, '--db', db, '--queue', redis.url]);
    const status = await p.exited;
    return { status, output: p.output, process: p };
  };

  beforeAll(async () => {
    files = buildCorpus(corpus);
    redis = await startRedis();
    const r = gongwen(['extract', corpus, '--db', localDb, '-q']);
    expect(r.status).toBe(0);
    localExport = gongwen(['export', '--db', localDb]).stdout;
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) await w.stop('SIGKILL');
    await redis?.stop();
  });

  it('two workers give the same export as a local run, byte for byte; a second run queues nothing', async () => {
    const a = await startWorker(5);
    const b = await startWorker(5);
    const db = join(dir, 'queue.db');
    const run = await runProducer(db);
    expect(run.output).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(run.output).toContain(`${files} files: ${files} new, 0 unchanged, 0 replaced, 0 failed`);
    // progress lines as in a local run, one per file
    expect(run.output.split('\n').filter((l) => / new +\S+ \(\d+ chars\)$/.test(l))).toHaveLength(files);
    expect(doneLines(a)).toBeGreaterThan(0);
    expect(doneLines(b)).toBeGreaterThan(0);
    expect(gongwen(['export', '--db', db]).stdout).toBe(localExport);
    expect(rowCounts(db)).toEqual(rowCounts(localDb));

    const before = doneLines(a) + doneLines(b);
    const again = await runProducer(db);
    expect(again.output).toContain(`${files} files: 0 new, ${files} unchanged, 0 replaced, 0 failed`);
    expect(doneLines(a) + doneLines(b)).toBe(before);

    // SIGTERM: a worker finishes what it runs and exits cleanly
    for (const w of [a, b]) {
      w.kill('SIGTERM');
      expect(await w.exited).toBe(0);
      expect(w.output).toContain('worker stopped');
    }
  }, 180_000);

  it('a worker killed with SIGKILL mid-run loses nothing and stores nothing twice', async () => {
    const a = await startWorker(2);
    const b = await startWorker(2);
    const db = join(dir, 'killed.db');
    const producer = runProducer(db);
    // "done" is logged before the job is marked complete: killed now, the worker holds a job it
    // will never finish, which the other worker's stall check hands back to the queue
    await a.waitFor(/^done /m);
    a.kill('SIGKILL');
    const run = await producer;
    expect(run.output).not.toContain('error:');
    expect(run.output).toContain(`${files} files: ${files} new, 0 unchanged, 0 replaced, 0 failed`);
    expect(gongwen(['export', '--db', db]).stdout).toBe(localExport);
    expect(rowCounts(db)).toEqual(rowCounts(localDb));
    // the killed worker's job was found stalled and retried
    const client = new Redis(redis.url);
    const events = await client.xrange('bull:gongwen-extract:events', '-', '+');
    await client.quit();
    expect(events.some(([, fields]) => fields[1] === 'stalled')).toBe(true);
    await b.stop('SIGTERM');
  }, 180_000);

  it('a producer killed mid-run: the next run stores what workers finished meanwhile, extracting nothing twice', async () => {
    // a long lock: a job run twice here could only be a lock lost to a slow machine
    const w = await startWorker(10);
    const db = join(dir, 'interrupted.db');
    const first = gongwenBackground(['extract', corpus, '--db', db, '--queue', redis.url, '--concurrency', '8']);
    await first.waitFor(/\[3\/\d+\] new/);
    first.kill('SIGKILL');
    await first.exited;
    // the jobs it had queued are still done by the worker, their results kept in Redis
    await new Promise((r) => setTimeout(r, 3000));
    const stored = rowCounts(db).documents;
    const run = await runProducer(db);
    expect(run.output).toContain(`${files} files: ${files - stored} new, ${stored} unchanged, 0 replaced, 0 failed`);
    expect(gongwen(['export', '--db', db]).stdout).toBe(localExport);
    expect(rowCounts(db)).toEqual(rowCounts(localDb));
    expect(doneLines(w)).toBe(files);
    await w.stop('SIGTERM');
  }, 180_000);

  it('bad input through the queue: the same error lines and failed count as a local run', async () => {
    await startWorker(5);
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'random.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(bad, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n');
    copyFileSync(join(SEEDS, '000_866b6ceaaad5277c.txt'), join(bad, 'good.txt'));
    const errorLines = (s: string) => s.split('\n').filter((l) => l.startsWith('error: ')).sort();
    const local = gongwen(['extract', bad, '--db', join(dir, 'bad-local.db')]);
    const queued = await runProducer(join(dir, 'bad-queue.db'), [bad]);
    expect(queued.status).toBe(1);
    expect(errorLines(queued.output)).toHaveLength(3);
    expect(errorLines(queued.output)).toEqual(errorLines(local.stderr));
    expect(queued.output).toContain('4 files: 1 new, 0 unchanged, 0 replaced, 3 failed');
  }, 120_000);

  it('an unreachable Redis or a wrong URL: one line, exit status 2, no store created', () => {
    const db = join(dir, 'never.db');
    // nothing listens on port 1 (a privileged port no test starts a server on)
    const down = gongwen(['extract', SEEDS, '--db', db, '--queue', 'redis://127.0.0.1:1']);
    expect(down.status).toBe(2);
    expect(down.stderr.trim()).toMatch(/^error: cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)$/);
    const wrong = gongwen(['worker', '--queue', 'http://127.0.0.1:6379']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('error: http://127.0.0.1:6379: not a Redis URL (expected redis://HOST:PORT)');
    expect(existsSync(db)).toBe(false);
  });
});
