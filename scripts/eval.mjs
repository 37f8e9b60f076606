#!/usr/bin/env node
// npm run eval [-- --set seeds|dev] [--verbose] [--no-build]
// Extracts the seeds and the development set into fresh stores, exports them (and runs
// `gongwen check` when the command exists) and scores each with ../shared/eval/score.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
const verbose = args.includes('--verbose');
const sets = [
  { name: 'seeds', docs: join(root, 'seeds'), gold: join(shared, 'eval', 'gold') },
  { name: 'dev', docs: join(shared, 'eval', 'dev', 'docs'), gold: join(shared, 'eval', 'dev', 'gold') },
].filter((s) => !only || s.name === only);

if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error(`error: ${shared}/eval/score.mjs not found: the eval needs ../shared beside the project`);
  process.exit(2);
}
if (!args.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });

const gongwen = join(root, 'bin', 'gongwen.js');
const work = mkdtempSync(join(tmpdir(), 'gongwen-eval-'));
let failed = false;
try {
  for (const set of sets) {
    const db = join(work, `${set.name}.db`);
    const exported = join(work, `${set.name}.jsonl`);
    const findings = join(work, `${set.name}.findings.jsonl`);
    const ex = spawnSync('node', [gongwen, 'extract', set.docs, '--db', db, '--quiet'], { encoding: 'utf8' });
    if (ex.status !== 0) process.stderr.write(ex.stderr);
    execFileSync('node', [gongwen, 'export', '--db', db, '--out', exported], { stdio: ['ignore', 'ignore', 'inherit'] });
    const scoreArgs = [join(shared, 'eval', 'score.mjs'), '--gold', set.gold, '--export', exported];
    const check = spawnSync('node', [gongwen, 'check', '--db', db, '--format', 'jsonl', '--out', findings], { encoding: 'utf8' });
    if ((check.status === 0 || check.status === 1) && existsSync(findings)) scoreArgs.push('--findings', findings);
    if (verbose) scoreArgs.push('--verbose');
    console.log(`\n== ${set.name} (${set.docs})`);
    const score = spawnSync('node', scoreArgs, { stdio: 'inherit' });
    failed ||= score.status !== 0;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
