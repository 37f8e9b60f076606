// Compares the document fields and references extracted by extractors/document and
// extractors/reference with the gold of the seeds and the development set (as score.mjs does:
// white space removed, accepted lists). npx tsx scripts/dev/doc-fields.mts [--show]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_EXTRACTORS } from '../../extractors/document/index.js';
import { referenceExtractor } from '../../extractors/reference/reference.js';
import { ingestFile } from '../../src/ingest/index.js';
import { normalise } from '../../src/normalise/index.js';
import { buildDoc } from '../../src/segment/index.js';
import { runExtractors } from '../../src/extract/runner.js';

const show = process.argv.includes('--show');
const sets = [
  { docs: 'seeds', gold: '../shared/eval/gold' },
  { docs: '../shared/eval/dev/docs', gold: '../shared/eval/dev/gold' },
];
const squash = (s: unknown) => String(s ?? '').replace(/\s+/g, '');
for (const set of sets) {
  const t = { doc: [0, 0, 0], ref: [0, 0, 0] }; // tp, fn, fp
  for (const file of readdirSync(set.gold).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(set.gold, file), 'utf8'));
    const doc0 = await ingestFile(join(set.docs, gold.source));
    const doc = buildDoc(doc0, normalise(doc0));
    const { meta, facts } = runExtractors(doc, [...DOCUMENT_EXTRACTORS, referenceExtractor]);
    const lines: string[] = [];
    for (const [field, want] of Object.entries(gold.document ?? {})) {
      if (field === 'region' || want == null) continue;
      const got = (meta as any)[field];
      const ok = [want].flat().some((w) => squash(w) === squash(got));
      t.doc[ok ? 0 : 1]++;
      if (!ok) lines.push(`  MISS ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    const refFacts = facts.filter((f) => f.type === 'reference').map((f: any) => f.record ?? f);
    const refs = new Set(refFacts.map((r: any) => squash(r.docNumber)).filter(Boolean));
    const goldRefs = new Set((gold.references ?? []).map(squash));
    for (const g of goldRefs) { const ok = refs.has(g); t.ref[ok ? 0 : 1]++; if (!ok) lines.push(`  MISS ref ${g}`); }
    for (const r of refs) if (!goldRefs.has(r)) { t.ref[2]++; lines.push(`  EXTRA ref ${r}`); }
    console.log(`${file}${lines.length ? '' : '  ok'}`);
    for (const l of lines) console.log(l);
    if (show) {
      const { title, docNumber, issuer, issuedOn, issuedOnInferred, kind, enclosedTitle, recipients, copyTo, printCount, referenceYear, firstListedLeads } = meta;
      console.log('   ', JSON.stringify({ title, docNumber, issuer, issuedOn, issuedOnInferred, kind, enclosedTitle, recipients, copyTo, printCount, referenceYear, firstListedLeads }));
      for (const r of refFacts) console.log('    ref', r.docNumber, '|', r.title, '|', r.quote);
    }
  }
  const f1 = ([tp, fn, fp]: number[]) => (tp + fn + fp === 0 ? '-' : ((2 * tp) / (2 * tp + fn + fp)).toFixed(3));
  console.log(`== ${set.docs}: document F1 ${f1(t.doc)} (${t.doc[0]}/${t.doc[0] + t.doc[1]}), references F1 ${f1(t.ref)} (tp ${t.ref[0]} fn ${t.ref[1]} fp ${t.ref[2]})\n`);
}
