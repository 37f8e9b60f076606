// Scores the assignment extractor alone on the seeds and the development set, as
// ../shared/eval/score.mjs scores assignments (measure contains measureKey, then role/name pairs).
// usage: npx tsx scripts/dev/assignments.mts [--verbose] [--dump NAME]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyMeta } from '../../src/core/meta.js';
import { ingestFile } from '../../src/ingest/index.js';
import { normalise } from '../../src/normalise/index.js';
import { buildDoc } from '../../src/segment/index.js';
import { runExtractors } from '../../src/extract/runner.js';
import { assignmentExtractor } from '../../extractors/assignment/index.js';

const root = resolve(import.meta.dirname, '..', '..');
const shared = resolve(root, '..', 'shared', 'eval');
const sets = [
  { name: 'seeds', docs: join(root, 'seeds'), gold: join(shared, 'gold') },
  { name: 'dev', docs: join(shared, 'dev', 'docs'), gold: join(shared, 'dev', 'gold') },
];
const verbose = process.argv.includes('--verbose');
const dump = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : null;
const squash = (s: string) => s.replace(/\s+/g, '');

for (const set of sets) {
  const tally: Record<string, { tp: number; fn: number; fp: number }> = {};
  const add = (k: string, what: 'tp' | 'fn' | 'fp') => ((tally[k] ??= { tp: 0, fn: 0, fp: 0 })[what] += 1);
  for (const file of readdirSync(set.gold).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(set.gold, file), 'utf8'));
    if (!gold.assignments) continue;
    const ingested = await ingestFile(join(set.docs, gold.source));
    const doc = buildDoc(ingested, normalise(ingested));
    const meta = { ...emptyMeta(), issuedOn: gold.document?.issuedOn ?? null };
    const { facts, diagnostics } = runExtractors(doc, [assignmentExtractor], [], meta);
    const got = facts.filter((f) => f.type === 'assignment').map((f) => f.record) as any[];
    if (dump && gold.source.includes(dump)) for (const a of got) console.log(JSON.stringify({ m: a.measure, s: a.section, L: a.leaders, lu: a.leadUnits, ru: a.responsibleUnits, d: a.deadline && [a.deadline.start, a.deadline.end] }));
    for (const d of diagnostics) console.log(`  ${gold.source} DIAG ${d.message}`);
    if (!gold.assignments.length && got.length) console.log(`  ${gold.source}: ${got.length} assignments where gold has none`);
    for (const g of gold.assignments) {
      const r = got.find((a) => squash(a.measure).includes(squash(g.measureKey)));
      if (!r && verbose) console.log(`  ${gold.source} no measure for ${g.measureKey}`);
      for (const role of ['leaders', 'leadUnits', 'responsibleUnits']) {
        const want = (g[role] ?? []).map(squash);
        const have = (r?.[role] ?? []).map(squash);
        for (const w of want) { const ok = have.includes(w); add(role, ok ? 'tp' : 'fn'); if (!ok && verbose) console.log(`  ${gold.source} ${role} missing ${g.measureKey}: ${w}`); }
        for (const x of have) if (!want.includes(x)) { add(role, 'fp'); if (verbose) console.log(`  ${gold.source} ${role} extra ${g.measureKey}: ${x}`); }
      }
      if (g.deadline) {
        const ok = r?.deadline?.start === g.deadline.start && r?.deadline?.end === g.deadline.end;
        add('deadline', ok ? 'tp' : 'fn');
        if (!ok && verbose) console.log(`  ${gold.source} deadline ${g.measureKey}: got ${JSON.stringify(r?.deadline ?? null)}`);
      }
    }
  }
  console.log(`== ${set.name}`);
  for (const [k, t] of Object.entries(tally)) {
    const p = t.tp / (t.tp + t.fp || 1), r = t.tp / (t.tp + t.fn || 1);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`  assign.${k.padEnd(17)} P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F ${(100 * f).toFixed(1)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})`);
  }
}
