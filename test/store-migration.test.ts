// Migrations 4 and 5: a store at schema 3 holding real rows (offset maps one Int32 a unit, a
// full-text index of jieba words with its own copy of them, the facts' seven indexes), or at
// schema 4 (a contentless index of jieba words, the words kept in sentence_terms), is migrated in
// place and then reads back exactly what a store made afresh holds: the same offset maps, records,
// search hits and BM25 scores, also after a document in it is replaced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocs } from '../src/check/load.js';
import { ingestedFromText } from '../src/core/testing.js';
import { processDocument } from '../src/pipeline/process.js';
import { queryFacts } from '../src/query/facts.js';
import { searchSentences } from '../src/query/sentences.js';
import { Store, type DocumentResult } from '../src/store/index.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../src/store/migrations.js';
import { decodeOffsets } from '../src/store/offsets.js';
import { SEEDS, tempDir } from './helpers/cli.js';
import { storeProblems } from './reliability/corpus.js';

const dir = tempDir('gongwen-migrate-');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const TABLES = ['runs', 'documents', 'sources', 'sections', 'sentences', 'facts', 'diagnostics'];
const DROPPED = ['facts_metric', 'facts_region', 'facts_dates', 'facts_doc_number'];

let results: DocumentResult[];
let fresh: string;

beforeAll(() => {
  results = seeds.map((f) => processDocument(ingestedFromText(readFileSync(join(SEEDS, f), 'utf8'), { source: f })));
  // a PDF with two pages: the offset map has a run at every joined line
  const pdf = readFileSync(join(SEEDS, '002_082f253b5ebad11d.txt'), 'utf8');
  results.push(processDocument(ingestedFromText(`${pdf}\n（附件）`, { source: 'two-pages.pdf', format: 'pdf', pageStarts: [0, pdf.indexOf('（4）')] })));
  fresh = join(dir, 'fresh.db');
  const store = Store.open(fresh);
  const run = store.beginRun('extract', 'test');
  for (const r of results) store.writeDocument(r, run);
  store.close();
}, 60_000);

/**
 * The store gongwen 3 or 4 would have made of the same documents: its schema, its blobs, its
 * index. Their index held jieba words, which gongwen no longer cuts: words of another kind (a
 * sentence's runs of Chinese characters, whole) stand in for them, so a store whose index were not
 * made again would find none of the pieces a search asks for.
 */
function oldStore(path: string, version: 3 | 4): void {
  const conn = new Database(path);
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) conn.exec(m.sql);
  // migration 4 renames the index of schema 3 for its fill to move the words: none to move here
  if (version === 4) conn.exec('DROP TABLE sentence_fts_v3');
  conn.pragma(`user_version = ${version}`);
  conn.exec(`ATTACH DATABASE '${fresh}' AS cur`);
  for (const t of TABLES) conn.exec(`INSERT INTO main.${t} SELECT * FROM cur.${t}`);
  conn.exec('DETACH DATABASE cur');
  if (version === 3) {
    const flat = conn.prepare('UPDATE documents SET raw_offsets = ? WHERE doc = ?');
    for (const r of results) {
      const m = r.doc.rawOffset;
      flat.run(Buffer.from(m.buffer, m.byteOffset, m.byteLength), r.document.doc);
    }
  }
  const fts = conn.prepare('INSERT INTO sentence_fts(rowid, words) VALUES (?, ?)');
  const terms = version === 4 ? conn.prepare('INSERT INTO sentence_terms(sentence, terms) VALUES (?, ?)') : null;
  for (const s of conn.prepare('SELECT rowid, text FROM sentences').all() as { rowid: number; text: string }[]) {
    const words = s.text.replace(/[^\u4e00-\u9fff]+/g, ' ').trim();
    fts.run(s.rowid, words);
    terms?.run(s.rowid, Buffer.from(words));
  }
  conn.close();
}

/** The index's tokens with the number of sentences holding each and of their occurrences. */
function vocabulary(path: string) {
  const conn = new Database(path, { readonly: true });
  conn.exec('CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, sentence_fts, row)');
  const rows = conn.prepare('SELECT term, doc, cnt FROM temp.vocab ORDER BY term').all();
  conn.close();
  return rows;
}

function reads(path: string) {
  const store = Store.openReadOnly(path);
  try {
    const db = store.db;
    const offsets = Object.fromEntries(
      (db.prepare('SELECT doc, raw_offsets FROM documents ORDER BY doc').all() as { doc: string; raw_offsets: Buffer }[]).map((d) => [d.doc, d.raw_offsets]),
    );
    return {
      offsets,
      records: [...store.records()],
      facts: queryFacts(db, { text: '贫困发生率' }),
      quantities: queryFacts(db, { text: '脱贫攻坚', type: ['quantity'], limit: 30 }),
      sentences: searchSentences(db, '易地扶贫搬迁'),
      // a run inside a word of the old index, one character, digits with a character
      inside: searchSentences(db, '扶贫搬'),
      one: searchSentences(db, '州', { limit: 40 }),
      digits: searchSentences(db, '2020年', { limit: 40 }),
      checkViews: loadDocs(store).map((v) => [v.doc, Array.from(v.rawOffset)]),
    };
  } finally {
    store.close();
  }
}

describe('migrations 4 and 5 of a store holding documents', () => {
  it('converts the offset maps: every document reads back the map it was extracted with', () => {
    const old = join(dir, 'v3-offsets.db');
    oldStore(old, 3);
    const flatBytes = (new Database(old, { readonly: true }).prepare('SELECT sum(length(raw_offsets)) AS n FROM documents').get() as { n: number }).n;
    Store.open(old).close();
    const conn = new Database(old, { readonly: true });
    expect(conn.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const rows = conn.prepare('SELECT doc, raw_offsets FROM documents').all() as { doc: string; raw_offsets: Buffer }[];
    const stored = (conn.prepare('SELECT sum(length(raw_offsets)) AS n FROM documents').get() as { n: number }).n;
    conn.close();
    expect(rows).toHaveLength(results.length);
    for (const r of results) {
      const row = rows.find((x) => x.doc === r.document.doc)!;
      expect(decodeOffsets(row.raw_offsets)).toEqual(r.doc.rawOffset);
    }
    expect(stored).toBeLessThan(flatBytes / 5);
  });

  it.each([3, 4] as const)('from schema %i reads back what a new store holds: same blobs, records, search hits and scores, check views', (version) => {
    const old = join(dir, `v${version}-reads.db`);
    oldStore(old, version);
    const migrated = reads(old);
    const made = reads(fresh);
    expect(migrated.facts.length).toBeGreaterThan(0);
    expect(migrated.quantities.length).toBeGreaterThan(0);
    expect(migrated.sentences.length).toBeGreaterThan(0);
    expect(migrated.inside.length).toBeGreaterThan(0);
    expect(migrated.one).toHaveLength(40);
    expect(migrated.digits.length).toBeGreaterThan(0);
    expect(migrated).toEqual(made);
    expect(storeProblems(old)).toEqual([]);
  });

  it.each([3, 4] as const)('from schema %i: no copy of the words anywhere, the unused indexes dropped, a replaced document taken out of the index', (version) => {
    const old = join(dir, `v${version}-replace.db`);
    oldStore(old, version);
    const store = Store.open(old);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'sentence_%' ORDER BY name").pluck().all() as string[];
    expect(tables).not.toContain('sentence_fts_content');
    expect(tables).not.toContain('sentence_terms');
    expect(tables.filter((t) => t.startsWith('sentence_fts_v3'))).toEqual([]);
    const indexes = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'").pluck().all();
    expect(indexes.sort()).toEqual(['facts_doc', 'facts_type']);
    expect(store.db.prepare('SELECT words FROM sentence_fts LIMIT 1').pluck().get()).toBeNull();
    // the same file again under its path: the old rows go, index rows included
    store.writeDocument(results[0]!, null);
    store.close();
    expect(storeProblems(old)).toEqual([]);
    const conn = new Database(old, { readonly: true });
    const count = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM sentence_fts')).toBe(count('SELECT count(*) AS n FROM sentences'));
    conn.close();
    // every token, in as many sentences as often as in a new store: the old rows were taken out whole
    expect(vocabulary(old)).toEqual(vocabulary(fresh));
    // facts of the rewritten document have new ids; what they say, and what is found and its score, is the same
    const [again, made] = [reads(old), reads(fresh)];
    expect(again.records).toEqual(made.records);
    expect(again.offsets).toEqual(made.offsets);
    expect(again.sentences).toEqual(made.sentences);
    expect(again.one).toEqual(made.one);
    expect(again.digits).toEqual(made.digits);
  });

  it('a new store is made at the latest schema directly, with none of what migrations 4 and 5 remove', () => {
    const conn = new Database(fresh, { readonly: true });
    expect(conn.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const names = conn.prepare('SELECT name FROM sqlite_master').pluck().all();
    for (const gone of [...DROPPED, 'sentence_fts_content', 'sentence_fts_v3', 'sentence_terms']) expect(names).not.toContain(gone);
    expect(names).toContain('sentence_fts');
    conn.close();
  });
});
