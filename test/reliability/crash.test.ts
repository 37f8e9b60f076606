// Crashes: `gongwen extract` killed with SIGKILL in the middle of a corpus, at several points.
// After each kill the store is consistent (integrity check, keys, no orphans), every document in
// it is whole (the same rows as in a clean run), none twice; a re-run finishes the rest and
// exports exactly what a clean run exports.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { gongwen } from '../helpers/cli.js';
import {
  countsByDoc, exportOf, factCount, makeCorpus, startCli, storedCount, storeProblems, waitFor, type DocCounts,
} from './corpus.js';

const DOCS = 60;
const dir = tempDir('gongwen-crash-');
const corpus = makeCorpus(join(dir, 'corpus'), DOCS);

let clean: { export: string; counts: Map<string, DocCounts> };

beforeAll(() => {
  const db = join(dir, 'clean.db');
  const r = gongwen(['extract', corpus, '--db', db]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`${DOCS} files: ${DOCS} new`);
  clean = { export: exportOf(db), counts: countsByDoc(db) };
  expect(clean.counts.size).toBe(DOCS);
  expect(storeProblems(db)).toEqual([]);
}, 300_000);

/** Kill points: after this many documents are reported done on stderr or found in the store, or after this many ms from the start. */
const KILL_POINTS: { name: string; when: { reported: number } | { stored: number } | { ms: number } }[] = [
  { name: 'at once (opening, migrating the new store)', when: { ms: 150 } },
  { name: 'while loading the pipeline', when: { ms: 900 } },
  { name: 'after the first document', when: { reported: 1 } },
  { name: 'after 7 documents (inside the first write group)', when: { reported: 7 } },
  { name: 'after 23 documents', when: { reported: 23 } },
  { name: 'after 41 documents', when: { reported: 41 } },
  { name: 'after 56 documents', when: { reported: 56 } },
  { name: 'as soon as a reader sees the first document in the store', when: { stored: 1 } },
  { name: 'as soon as a reader sees 20 documents in the store', when: { stored: 20 } },
];

const reported = (stderr: string) => (stderr.match(/^\[\d+\/\d+\] /gm) ?? []).length;

describe('SIGKILL in the middle of extract, then a re-run', () => {
  const summary: { point: string; storedAtKill: number }[] = [];

  for (const [i, point] of KILL_POINTS.entries()) {
    it(`killed ${point.name}: consistent, nothing half stored, the re-run finishes the rest`, async () => {
      const db = join(dir, `killed-${i}.db`);
      const run = startCli(['extract', corpus, '--db', db]);
      const when = point.when;
      if ('ms' in when) await new Promise((r) => setTimeout(r, when.ms));
      else if ('stored' in when) expect(await waitFor(() => storedCount(db) >= when.stored, run, 5)).toBe(true);
      else expect(await waitFor(() => reported(run.stderr()) >= when.reported, run, 5)).toBe(true);
      run.child.kill('SIGKILL');
      const ended = await run.done;
      expect(ended.signal ?? 'exited').toBe('SIGKILL'); // it was still running when killed

      const atKill = storedCount(db);
      summary.push({ point: point.name, storedAtKill: atKill });
      if (atKill > 0) {
        expect(storeProblems(db)).toEqual([]);
        // every document stored is whole: the same rows as in the clean run
        for (const [doc, counts] of countsByDoc(db)) expect(counts, doc).toEqual(clean.counts.get(doc));
      }

      const rerun = gongwen(['extract', corpus, '--db', db]);
      expect(rerun.stderr).not.toMatch(/error|SQLITE|locked/i);
      expect(rerun.status).toBe(0);
      expect(rerun.stdout).toContain(`${DOCS} files: ${DOCS - atKill} new, ${atKill} unchanged, 0 replaced, 0 failed`);
      expect(storeProblems(db)).toEqual([]);
      const exported = exportOf(db);
      expect(factCount(exported)).toBe(factCount(clean.export)); // facts lost: 0
      expect(exported).toBe(clean.export);
    }, 300_000);
  }

  it('the kill points hit different states of the store', () => {
    // at least one kill before anything was stored and several in the middle of the corpus
    expect(summary.some((s) => s.storedAtKill === 0)).toBe(true);
    expect(summary.filter((s) => s.storedAtKill > 0 && s.storedAtKill < DOCS).length).toBeGreaterThanOrEqual(3);
    console.log(`kill points: ${summary.map((s) => `${s.point} → ${s.storedAtKill} stored`).join('; ')}`);
  });
});
