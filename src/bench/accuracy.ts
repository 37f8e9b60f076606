// F1 on the seeds' gold for quantities and dates: gongwen's export and the peer's results mapped
// to the same records, both scored by ../shared/eval/score.mjs.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointMapper } from '../core/offsets.js';
import { exportJsonl } from '../export/jsonl.js';
import { ingestFile } from '../ingest/index.js';
import { listInputs } from '../ingest/walk.js';
import { extractCorpus } from '../pipeline/extract.js';
import { processDocument } from '../pipeline/process.js';
import { peerRecords, type loadPeer } from './peer.js';

export interface PartScore {
  precision: number;
  recall: number;
  f1: number;
}
export interface Accuracy {
  quantities: PartScore;
  dates: PartScore;
}

export interface ScoreSetup {
  docs: string;
  gold: string;
  /** ../shared/eval/score.mjs */
  scorer: string;
  /** a scratch directory */
  work: string;
}

export async function gongwenAccuracy(s: ScoreSetup): Promise<Accuracy | null> {
  const db = join(s.work, 'accuracy.db');
  await extractCorpus([s.docs], { db, quiet: true, workers: 0, force: true });
  const file = join(s.work, 'gongwen.jsonl');
  const out = createWriteStream(file);
  await exportJsonl(db, out);
  await new Promise<void>((done) => out.end(done));
  return score(s, file);
}

export async function peerAccuracy(suite: NonNullable<ReturnType<typeof loadPeer>>, s: ScoreSetup): Promise<Accuracy | null> {
  const { files } = await listInputs([s.docs]);
  const lines: string[] = [];
  for (const source of files) {
    const result = processDocument(await ingestFile(source));
    const { id: doc, text, sentences } = result.doc;
    lines.push(JSON.stringify({ type: 'document', doc, source }));
    // the peer is given the document's date as its reference, as a careful user would
    const refDate = new Date(result.document.issuedOn ?? `${new Date().getFullYear()}-01-01`);
    const toCp = codePointMapper(text);
    for (const sentence of sentences) {
      for (const r of peerRecords(suite, doc, sentence.text, refDate)) {
        const span: [number, number] = [toCp(sentence.start + r.span[0]), toCp(sentence.start + r.span[1])];
        lines.push(JSON.stringify({ ...r, span }));
      }
    }
  }
  const file = join(s.work, 'peer.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return score(s, file);
}

function score(s: ScoreSetup, exported: string): Accuracy | null {
  if (!existsSync(s.scorer)) return null;
  const json = `${exported}.score.json`;
  const r = spawnSync(process.execPath, [s.scorer, '--gold', s.gold, '--export', exported, '--json', json], { encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(json)) return null;
  const rows = (JSON.parse(readFileSync(json, 'utf8')) as { rows: ({ part: string } & PartScore)[] }).rows;
  const part = (name: string): PartScore => {
    const row = rows.find((x) => x.part === name);
    return { precision: row?.precision ?? 0, recall: row?.recall ?? 0, f1: row?.f1 ?? 0 };
  };
  return { quantities: part('quantities'), dates: part('dates') };
}
