// Whole gongwen commands as a user runs them, timed from outside, with their peak memory.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CommandRun {
  args: string[];
  seconds: number;
  /** peak resident set size, bytes */
  peakRss: number;
  /** CPU time of all its threads */
  cpuSeconds: number;
  /** the 1-minute load average when it ended: other work on the machine slows it */
  load: number;
  stdout: string;
}

export function runGongwen(root: string, args: string[], work: string): CommandRun {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const hook = pathToFileURL(join(root, 'dist', 'src', 'bench', 'rss-hook.js')).href;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', hook, join(root, 'bin', 'gongwen.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_BENCH_RSS: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`gongwen ${args.join(' ')} failed (${r.status}): ${r.stderr.split('\n').slice(-5).join(' ')}`);
  const { peakRss, cpuSeconds } = JSON.parse(readFileSync(rssFile, 'utf8')) as { peakRss: number; cpuSeconds: number };
  return { args, seconds, peakRss, cpuSeconds, load: loadavg()[0], stdout: r.stdout };
}

/** Removes a store with its WAL files. */
export function removeStore(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}
