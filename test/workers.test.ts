// Extraction on worker threads gives the same store as extraction on one thread.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, tempDir, type CliResult } from './helpers/cli.js';

const DEV = resolve(ROOT, '..', 'shared', 'eval', 'dev', 'docs');
const inputs = [SEEDS, ...(existsSync(DEV) ? [DEV] : [])];

/** The CLI from source, as in helpers/cli.ts, but without blocking the test runner for the minutes a loaded machine may take. */
function gongwen(args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => done({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('gongwen extract --workers', () => {
  const dir = tempDir('gongwen-workers-');
  const exportOf = async (workers: number): Promise<string> => {
    const db = join(dir, `w${workers}.db`);
    const r = await gongwen(['extract', ...inputs, '--db', db, '--workers', String(workers)]);
    expect(r.stderr).not.toContain('error:');
    expect(r.status).toBe(0);
    return (await gongwen(['export', '--db', db])).stdout;
  };

  it('exports the seeds and dev documents byte for byte alike with 1, 2 and 3 workers', async () => {
    const one = await exportOf(1);
    expect(one.split('\n').filter((l) => l.includes('"type":"document"'))).toHaveLength(existsSync(DEV) ? 13 : 5);
    expect(await exportOf(2)).toBe(one);
    expect(await exportOf(3)).toBe(one);
  }, 240_000);

  it('a re-run with workers finds every document unchanged', async () => {
    const r = await gongwen(['extract', ...inputs, '--db', join(dir, 'w2.db'), '--workers', '2']);
    const n = existsSync(DEV) ? 13 : 5;
    expect(r.stdout).toContain(`${n} files: 0 new, ${n} unchanged, 0 replaced, 0 failed`);
  }, 120_000);

  it('a file a worker cannot read fails with the same one-line reason as on one thread', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'random.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(bad, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n');
    copyFileSync(join(SEEDS, '000_866b6ceaaad5277c.txt'), join(bad, 'good.txt'));
    const errorsWith = async (workers: number) => {
      const r = await gongwen(['extract', bad, '--db', join(dir, `bad${workers}.db`), '--workers', String(workers)]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('4 files: 1 new, 0 unchanged, 0 replaced, 3 failed');
      return r.stderr.split('\n').filter((l) => l.startsWith('error: ')).sort();
    };
    const pooled = await errorsWith(2);
    expect(pooled).toContain(`error: ${join(bad, 'empty.txt')}: empty file`);
    expect(pooled.find((l) => l.includes('random.txt'))).toMatch(/binary file|cannot decode/);
    expect(pooled.find((l) => l.includes('broken.pdf'))).toContain('corrupt PDF');
    expect(await errorsWith(1)).toEqual(pooled);
  }, 120_000);

  it('refuses a number of workers below 1', async () => {
    const r = await gongwen(['extract', SEEDS, '--db', join(dir, 'x.db'), '--workers', '0']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--workers must be a positive whole number');
  });
});
