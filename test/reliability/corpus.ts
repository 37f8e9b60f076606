// Helpers for the crash and concurrency tests: a corpus of distinct documents made from the
// seeds, the CLI started without waiting for it, and what a store holds, document by document.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { gongwen, jsonl, ROOT, SEEDS } from '../helpers/cli.js';

const SEED_FILES = ['000_866b6ceaaad5277c.txt', '001_1d944455b0e5cc05.txt', '002_082f253b5ebad11d.txt', '003_07e0f9554186f11e.txt', '004_dc595c5d65ef9aab.txt'];

/**
 * `n` documents: seed i % 5 with every figure raised by ⌊i / 5⌋ + 1, so that each has its own
 * bytes (its own id) and its own figures. Returns the folder.
 */
export function makeCorpus(dir: string, n: number, from = 0): string {
  mkdirSync(dir, { recursive: true });
  const seeds = SEED_FILES.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  for (let i = from; i < from + n; i++) {
    const raise = Math.floor(i / 5) + 1;
    const text = seeds[i % 5]!.replace(/\d+/g, (m) => String(Number(m) + raise));
    writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), text);
  }
  return dir;
}

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** resolves with the exit status (null when killed) once the process has ended */
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the CLI from source as a user would, without waiting for it. */
export function startCli(args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, done };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `test` holds, checking every `every` ms; false when `running` ended first. */
export async function waitFor(test: () => boolean, running: Running, every = 20): Promise<boolean> {
  let ended = false;
  void running.done.then(() => (ended = true));
  while (!test()) {
    if (ended) return false;
    await sleep(every);
  }
  return true;
}

/** How many rows a store holds for each document, read on a read-only connection. */
export interface DocCounts {
  sections: number;
  sentences: number;
  facts: number;
  diagnostics: number;
  fts: number;
}

export function countsByDoc(db: string): Map<string, DocCounts> {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 15000');
  try {
    const rows = conn
      .prepare(
        `SELECT d.doc AS doc,
          (SELECT count(*) FROM sections s WHERE s.doc = d.doc) AS sections,
          (SELECT count(*) FROM sentences s WHERE s.doc = d.doc) AS sentences,
          (SELECT count(*) FROM facts f WHERE f.doc = d.doc) AS facts,
          (SELECT count(*) FROM diagnostics g WHERE g.doc = d.doc) AS diagnostics,
          (SELECT count(*) FROM sentence_fts WHERE rowid IN (SELECT rowid FROM sentences s WHERE s.doc = d.doc)) AS fts
         FROM documents d`,
      )
      .all() as ({ doc: string } & DocCounts)[];
    return new Map(rows.map(({ doc, ...c }) => [doc, c]));
  } finally {
    conn.close();
  }
}

/** Documents stored so far (0 while the store does not exist or has no tables yet). */
export function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/** What a store must never hold, whatever happened to the process that wrote it. */
export function storeProblems(db: string): string[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 15000');
  const one = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
  try {
    const problems: string[] = [];
    const integrity = conn.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const fk = conn.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} rows break foreign keys`);
    const checks: [string, string][] = [
      ['sources pointing at no document', 'SELECT count(*) AS n FROM sources WHERE doc NOT IN (SELECT doc FROM documents)'],
      ['documents no source maps to', 'SELECT count(*) AS n FROM documents WHERE doc NOT IN (SELECT doc FROM sources)'],
      ['documents without sentences', 'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc = d.doc)'],
      ['facts stored twice', 'SELECT count(*) AS n FROM (SELECT 1 FROM facts GROUP BY doc, type, span_start, span_end, extractor, record HAVING count(*) > 1)'],
      ['full-text rows without a sentence', 'SELECT count(*) AS n FROM sentence_fts WHERE rowid NOT IN (SELECT rowid FROM sentences)'],
      ['sentences without a full-text row', 'SELECT count(*) AS n FROM sentences WHERE rowid NOT IN (SELECT rowid FROM sentence_fts)'],
    ];
    for (const [what, sql] of checks) {
      const n = one(sql);
      if (n) problems.push(`${n} ${what}`);
    }
    return problems;
  } finally {
    conn.close();
  }
}

/** The store's export, as JSON lines. */
export function exportOf(db: string): string {
  const r = gongwen(['export', '--db', db]);
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
  return r.stdout;
}

export function factCount(exported: string): number {
  return jsonl(exported).filter((r) => r.type !== 'document' && r.type !== 'section').length;
}
