// Prints every quantity of a document with its context fields: npx tsx scripts/dev/figures.mts FILE [filter]
import { ingestFile } from '../../src/ingest/index.js';
import { processDocument } from '../../src/pipeline/process.js';

const [file, filter] = process.argv.slice(2);
const result = processDocument(await ingestFile(file));
for (const f of result.facts) {
  if (f.type !== 'quantity') continue;
  const r = f.record as any;
  const line = `${r.quote}\t${r.value}${r.unit ?? ''}\tmetric=${r.metric}\tkey=${r.canonicalMetric}\tregion=${r.region?.name ?? '-'}\tasOf=${r.asOf ? `${r.asOf.start}..${r.asOf.end}` : '-'}\trole=${r.role}\t| ${result.doc.text.slice(Math.max(0, f.start - 25), f.end + 12).replace(/\n/g, '⏎')}`;
  if (!filter || line.includes(filter)) console.log(line);
}
