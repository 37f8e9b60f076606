// No shell is ever called, and no text is ever run as code: a static check over the source of
// src/ and extractors/ (tests aside). Child processes are allowed only where listed, only
// through spawn/execFile with an argument list (no shell to read a document's words as syntax).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/**
 * Code that may start child processes: the benchmark runs gongwen and the scorer; OCR runs
 * pdftoppm and tesseract on a scanned PDF.
 */
const MAY_SPAWN = ['src/bench/', 'src/ingest/ocr.ts'];
const SAFE_CALLS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs|cjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** What is wrong in one file's source, as `file: problem` lines. */
function shellProblems(file: string, source: string): string[] {
  const out: string[] = [];
  const say = (what: string) => out.push(`${file}: ${what}`);
  const childProcess = /(['"])(?:node:)?child_process\1/;
  for (const m of source.matchAll(/import\s+([^;]*?)\s+from\s*(['"])(?:node:)?child_process\2/g)) {
    const named = /^\{([^}]*)\}$/.exec(m[1]!.trim());
    if (!named) {
      say(`imports all of child_process (${m[1]!.trim()})`);
      continue;
    }
    for (const name of named[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter(Boolean)) {
      if (!SAFE_CALLS.has(name)) say(`imports ${name} from child_process (runs a shell)`);
    }
  }
  if (/require\s*\(\s*(['"])(?:node:)?child_process\1\s*\)|import\s*\(\s*(['"])(?:node:)?child_process\2\s*\)/.test(source)) say('loads child_process dynamically');
  if (childProcess.test(source) && !MAY_SPAWN.some((d) => file.startsWith(d))) say('starts child processes outside ' + MAY_SPAWN.join(', '));
  if (/\bshell\s*:\s*(?!false\b)/.test(source)) say('passes a shell option');
  if (/(?<![.\w])eval\s*\(|\bnew\s+Function\s*\(/.test(source)) say('runs text as code (eval / new Function)');
  if (/(['"])(?:node:)?vm\1/.test(source)) say('uses the vm module');
  return out;
}

describe('no shell, no eval', () => {
  const files = ['src', 'extractors'].flatMap((d) => sourceFiles(join(ROOT, d)));

  it('the check finds what it looks for', () => {
    expect(shellProblems('src/x.ts', "import { exec } from 'node:child_process';\nexec(`pdftotext ${file}`);")).toEqual([
      'src/x.ts: imports exec from child_process (runs a shell)',
      'src/x.ts: starts child processes outside src/bench/, src/ingest/ocr.ts',
    ]);
    expect(shellProblems('src/bench/x.ts', "import { spawnSync } from 'node:child_process';\nspawnSync('sh', ['-c', cmd], { shell: true });")).toEqual([
      'src/bench/x.ts: passes a shell option',
    ]);
    expect(shellProblems('src/y.ts', "import * as cp from 'child_process';")).toHaveLength(2);
    expect(shellProblems('src/z.ts', 'const f = new Function("return " + text);')).toEqual(['src/z.ts: runs text as code (eval / new Function)']);
    expect(shellProblems('src/ok.ts', "const m = ARABIC.exec(s); db.exec('BEGIN IMMEDIATE'); re.exec(text);")).toEqual([]);
  });

  it(`no file of src/ or extractors/ calls a shell or runs text as code`, () => {
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((f) => shellProblems(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });
});
