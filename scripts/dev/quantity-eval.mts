// Scores the quantity extractor alone against the seed and dev gold, the way shared/eval/score.mjs
// does for quantities (distinct (value, unit, upper) pairs, neutral quotes).
// usage: npx tsx scripts/dev/quantity-eval.mts [-v: every quantity] [-n: extras excused as neutral] [--with-dates]
import { GOLD_SETS, goldDocuments } from './gold-docs.mts';
import { runOn } from '../../src/core/testing.ts';
import type { Extractor } from '../../src/core/types.ts';
import { quantityExtractor } from '../../extractors/quantity/quantity.ts';

const verbose = process.argv.includes('-v');
const showNeutral = process.argv.includes('-n');
const extractors: Extractor[] = [];
if (process.argv.includes('--with-dates')) {
  extractors.push((await import('../../extractors/date/date.ts')).dateExtractor);
}
extractors.push(quantityExtractor);
const squash = (s: string) => s.replace(/\s+/g, '');
const list = (x: unknown) => (Array.isArray(x) ? x : [x]);
const sameNum = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
const matches = (g: any, r: any) => sameNum(g.value, r.value) && list(g.unit).some((u) => (u ?? null) === (r.unit ?? null))
  && (g.upper == null ? r.upper == null : r.upper != null && sameNum(g.upper, r.upper));

for (const set of GOLD_SETS) {
  let tp = 0, fn = 0, fp = 0;
  for (const { file, gold, raw, format, tables } of goldDocuments(set)) {
    const res = runOn(extractors, raw, { format, tables, source: gold.source, meta: { issuedOn: gold.document?.issuedOn ?? null } });
    const qs: any[] = res.facts.filter((f) => f.type === 'quantity').map((f) => f.record);
    const distinct = new Map<string, any>();
    for (const r of qs) { const k = `${r.value}|${r.unit ?? ''}|${r.upper ?? ''}`; if (!distinct.has(k)) distinct.set(k, r); }
    const used = new Set<string>();
    const req = gold.quantities?.required ?? [];
    const neutral: string[] = gold.quantities?.neutral ?? [];
    const lines: string[] = [];
    let dtp = 0, dfn = 0, dfp = 0;
    for (const g of req) {
      const hit = [...distinct.entries()].find(([k, r]) => !used.has(k) && matches(g, r));
      if (hit) { used.add(hit[0]); dtp++; } else { dfn++; lines.push(`  MISS  ${JSON.stringify(g.quote)} ${g.value} ${JSON.stringify(g.unit)} ${g.upper ?? ''}`); }
    }
    for (const [k, r] of distinct) {
      if (used.has(k)) continue;
      const q = squash(r.quote);
      const ok = neutral.some((n) => { const m = squash(n); return q.includes(m) || (q.length >= 2 && m.includes(q)); }) || req.some((g: any) => matches(g, r));
      if (!ok) { dfp++; lines.push(`  EXTRA ${JSON.stringify(r.quote)} ${k}`); }
      else if (showNeutral && !req.some((g: any) => matches(g, r))) lines.push(`  neutral ${JSON.stringify(r.quote)} ${k}`);
    }
    for (const d of res.diagnostics) if (d.extractor === quantityExtractor.id) lines.push(`  DIAG ${d.extractor} ${d.message}`);
    tp += dtp; fn += dfn; fp += dfp;
    console.log(`${set.name} ${file}: tp ${dtp} fn ${dfn} fp ${dfp}`);
    if (lines.length) for (const l of lines) console.log(l);
    if (verbose) for (const r of qs) console.log(`    ${JSON.stringify(r.quote)}\t${r.value}\t${r.unit}\t${r.upper ?? ''}\t${r.qualifier ?? ''}\t${r.precision}`);
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`== ${set.name}: tp ${tp} fn ${fn} fp ${fp}  P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(200 * p * r / (p + r)).toFixed(1)}`);
}
