// gongwen check end to end: extract into a store, check it, read the reports and the exit status.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingRecord } from '../schemas/index.js';
import { gongwen, jsonl, SEEDS, tempDir } from './helpers/cli.js';

describe('gongwen check', () => {
  const dir = tempDir();
  const seeds = join(dir, 'seeds.db');
  const altered = join(dir, 'altered.db');
  const original = readFileSync(join(SEEDS, '000_866b6ceaaad5277c.txt'), 'utf8');
  const changed = original.replace('己开工 1650 个，开工率为 97%。', '己开工 1560 个，开工率为 97%<script>x</script>。');

  it('on the seeds: every relation consistent, findings valid export-v1 records, exit status 0', () => {
    expect(gongwen(['extract', SEEDS, '--db', seeds, '--quiet']).status).toBe(0);
    const out = join(dir, 'findings.jsonl');
    const r = gongwen(['check', '--db', seeds, '--format', 'jsonl', '--out', out]);
    expect(r.status).toBe(0);
    const findings = jsonl(readFileSync(out, 'utf8'));
    for (const f of findings) expect(FindingRecord.safeParse(f).success).toBe(true);
    expect(findings.filter((f) => f.status === 'inconsistent')).toEqual([]);
    const values = (f: Record<string, unknown>) => (f.facts as { value: number }[]).map((x) => x.value);
    expect(findings.filter((f) => f.rule === 'ratio').map(values)).toContainEqual([1701, 1650, 97]);
    expect(findings.filter((f) => f.rule === 'sum').map(values)).toContainEqual([13, 1000000, 165, 100000, 29500000]);
  });

  it('the text report groups findings by document and ends with the counts', () => {
    const r = gongwen(['check', '--db', seeds]);
    expect(r.status).toBe(0);
    const seed = join(SEEDS, '000_866b6ceaaad5277c.txt');
    expect(r.stdout).toContain(`${seed}  (大理州五场硬战加速推进百日总攻)\n  ✓ ratio`);
    expect(r.stdout).toContain(`  ✓ ratio      开工率 97%: 1650/1701 = 97.0% (${seed}, 打好“项目战”，扶贫…)\n`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('5 documents; 16 relations checked, 0 inconsistent; 0 figures compared across documents, 0 in conflict');
  });

  it('a copy with one figure changed: the inconsistency with both quotes and their lines, exit status 1', () => {
    const docs = join(dir, 'altered');
    mkdirSync(docs);
    writeFileSync(join(docs, 'bulletin.txt'), changed);
    expect(gongwen(['extract', docs, '--db', altered, '--quiet']).status).toBe(0);
    const r = gongwen(['check', '--db', altered, '--only', 'inconsistent']);
    expect(r.status).toBe(1);
    const line = changed.split('\n').findIndex((l) => l.includes('1560')) + 1;
    const source = join(docs, 'bulletin.txt');
    expect(r.stdout).toContain(`  ✗ ratio      Unexpected 开工率 97%: 1560/1701 = 91.7% (${source}, 打好“项目战”，扶贫…)\n`);
    expect(r.stdout).toContain(`      ${source}:${line}  2020全州安排扶贫项目[1701个]，己开工[1560个]，开工率为[97%]<script>x</script>。\n`);
    expect(r.stdout).not.toContain('✓');
  });

  it('--format html marks the quotes in their context and escapes the document text', () => {
    const r = gongwen(['check', '--db', altered, '--format', 'html', '--only', 'inconsistent']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('项目<mark>1701个</mark>，己开工<mark>1560个</mark>，开工率为<mark>97%</mark>&lt;script&gt;x&lt;/script&gt;。');
    expect(r.stdout).not.toContain('<script>');
  });

  it('an output file that cannot be written: one error line, exit status 2', () => {
    const r = gongwen(['check', '--db', seeds, '--out', join(dir, 'missing', 'x.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: .*missing\/x\.jsonl: cannot write \(ENOENT/);
  });

  it('refuses an unknown format', () => {
    const r = gongwen(['check', '--db', seeds, '--format', 'xml']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("argument 'xml' is invalid");
  });
});
