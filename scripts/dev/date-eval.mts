// Scores the date extractor alone against the seed and dev gold (as shared/eval/score.mjs does for
// dates), with meta.issuedOn taken from the gold. usage: npx tsx scripts/dev/date-eval.mts [-v]
import { GOLD_SETS, goldDocuments } from './gold-docs.mts';
import { docFromText } from '../../src/core/testing.ts';
import { createContext, segmentsOf } from '../../src/extract/runner.ts';
import { emptyMeta } from '../../src/core/meta.ts';
import { dateExtractor } from '../../extractors/date/date.ts';

const verbose = process.argv.includes('-v');
const squash = (s: string) => s.replace(/\s+/g, '');
const matches = (g: any, r: any) => r.start === g.start && (g.role === 'since' ? r.role === 'since' || r.end === g.end : r.end === g.end);

for (const set of GOLD_SETS) {
  let tp = 0, fn = 0, fp = 0, roleOk = 0, roleAll = 0;
  for (const { file, gold, raw, format, tables } of goldDocuments(set)) {
    const doc = docFromText(raw, { format, tables, source: gold.source });
    const meta = { ...emptyMeta(), issuedOn: gold.document?.issuedOn ?? null };
    // the extractor is called directly: the runner's Fact puts its UTF-16 offsets in `start`/`end`,
    // which are also the date record's own fields
    const ctx = createContext(doc, meta);
    const dates: any[] = [];
    for (const seg of segmentsOf(doc, dateExtractor.scope))
      for (const c of dateExtractor.extract(seg, ctx))
        dates.push({ ...c.fields, quote: seg.text.slice(c.start, c.end) });
    const distinct = new Map<string, any>();
    for (const r of dates) if (!distinct.has(`${r.start}|${r.end}`)) distinct.set(`${r.start}|${r.end}`, r);
    const used = new Set<string>();
    const req = gold.dates?.required ?? [];
    const neutral: string[] = gold.dates?.neutral ?? [];
    const lines: string[] = [];
    for (const g of req) {
      const hit = [...distinct.entries()].find(([k, r]) => !used.has(k) && matches(g, r));
      if (hit) { used.add(hit[0]); tp++; } else { fn++; lines.push(`  MISS ${g.quote} ${g.start}..${g.end} ${g.role}`); }
      const r = dates.find((x) => matches(g, x));
      if (r) { roleAll++; if (r.role === g.role) roleOk++; else lines.push(`  ROLE ${g.quote}: want ${g.role} got ${r.role} (${r.quote})`); }
    }
    for (const [k, r] of distinct) {
      if (used.has(k)) continue;
      const q = squash(r.quote);
      const ok = neutral.some((n) => { const m = squash(n); return q.includes(m) || (q.length >= 2 && m.includes(q)); }) || req.some((g: any) => matches(g, r));
      if (!ok) { fp++; lines.push(`  EXTRA ${r.quote} ${k} ${r.role}`); }
    }
    console.log(`${set.name} ${file}: ${lines.length ? '' : 'ok'}`);
    if (verbose || lines.length) for (const l of lines) console.log(l);
    if (verbose) for (const r of dates) console.log(`    ${r.quote}\t${r.start}..${r.end}\t${r.granularity}\t${r.role}\t${r.yearInferred}`);
  }
  const p = tp / (tp + fp), rc = tp / (tp + fn);
  console.log(`== ${set.name}: P ${p.toFixed(3)} R ${rc.toFixed(3)} F1 ${((2 * p * rc) / (p + rc)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn}); roles ${roleOk}/${roleAll}\n`);
}
