// The gold documents of the seeds and the dev set, read as the dev scripts need them: the gold
// record, and the document's text (visible text and tables for HTML).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RawTable } from '../../src/core/types.ts';
import { decodeText } from '../../src/ingest/decode.ts';
import { readHtml } from '../../src/ingest/html.ts';

const shared = '/work/shared/eval';
export const GOLD_SETS = [
  { name: 'seeds', docs: '/work/main/seeds', gold: join(shared, 'gold') },
  { name: 'dev', docs: join(shared, 'dev', 'docs'), gold: join(shared, 'dev', 'gold') },
];

export interface GoldDocument {
  file: string;
  gold: any;
  raw: string;
  format: 'txt' | 'html';
  tables: RawTable[];
}

/** Each gold file of a set, in name order, with its document read. */
export function* goldDocuments(set: (typeof GOLD_SETS)[number]): Generator<GoldDocument> {
  for (const file of readdirSync(set.gold).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(set.gold, file), 'utf8'));
    const text = decodeText(readFileSync(join(set.docs, gold.source))).text;
    if (gold.source.endsWith('.html')) yield { file, gold, format: 'html', ...readHtml(text) };
    else yield { file, gold, format: 'txt', raw: text, tables: [] };
  }
}
