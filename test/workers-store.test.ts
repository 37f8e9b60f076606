// The single writer's grouped transactions: documents become visible to readers a group at a
// time, each stays whole, and closing commits what is left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingestedFromText } from '../src/core/testing.js';
import { processDocument } from '../src/pipeline/process.js';
import { Store } from '../src/store/index.js';
import { searchGrams } from '../src/text/grams.js';
import { SEEDS, tempDir } from './helpers/cli.js';

const seed = readFileSync(join(SEEDS, '004_dc595c5d65ef9aab.txt'), 'utf8');
const resultOf = (i: number) => processDocument(ingestedFromText(`${seed}\n附：第${i}份\n`, { source: `reply-${i}.txt` }));

describe('grouped writes', () => {
  it('commits every N documents, and the rest on close', () => {
    const db = join(tempDir('gongwen-group-'), 'store.db');
    const store = Store.open(db);
    store.groupWrites(2, 60_000);
    const reader = new Database(db, { readonly: true });
    const stored = () => (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    store.writeDocument(resultOf(1), null);
    expect(stored()).toBe(0);
    store.writeDocument(resultOf(2), null);
    expect(stored()).toBe(2);
    store.writeDocument(resultOf(3), null);
    expect(stored()).toBe(2);
    store.close();
    expect(stored()).toBe(3);
    reader.close();
  });

  it('a document that fails to write leaves the others of its group in place', () => {
    const db = join(tempDir('gongwen-group-'), 'store.db');
    const store = Store.open(db);
    store.groupWrites(10, 60_000);
    store.writeDocument(resultOf(1), null);
    const broken = resultOf(2);
    // a fact the facts table refuses (NOT NULL quote) after the document row went in
    broken.facts.push({ ...broken.facts[0], record: { ...broken.facts[0].record, quote: null as unknown as string } });
    expect(() => store.writeDocument(broken, null)).toThrow();
    store.writeDocument(resultOf(3), null);
    store.close();
    const reader = new Database(db, { readonly: true });
    const docs = reader.prepare('SELECT source FROM documents ORDER BY source').all() as { source: string }[];
    expect(docs.map((d) => d.source)).toEqual(['reply-1.txt', 'reply-3.txt']);
    expect((reader.prepare('SELECT count(*) AS n FROM sentences WHERE doc = ?').get(broken.document.doc) as { n: number }).n).toBe(0);
    // the full-text index holds the two documents' sentences, no more: as many hits as sentences with the word
    const hits = reader.prepare("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH '\"楚雄\"'").pluck().get();
    expect(hits).toBe(reader.prepare("SELECT count(*) FROM sentences WHERE text LIKE '%楚雄%'").pluck().get());
    expect(hits).toBeGreaterThan(2);
    reader.close();
  });

  it("indexes a group's sentences at its commit as if each document were written alone, replacements included", () => {
    const revised = (i: number) => processDocument(ingestedFromText(`${seed}\n附：第${i}份（修订）\n`, { source: `reply-${i}.txt` }));
    const grouped = Store.open(join(tempDir('gongwen-group-'), 'store.db'));
    grouped.groupWrites(10, 60_000);
    grouped.writeDocument(resultOf(1), null);
    grouped.writeDocument(resultOf(2), null);
    expect(grouped.writeDocument(revised(1), null)).toBe('replaced'); // new bytes under a path of the group
    expect(grouped.writeDocument(resultOf(2), null)).toBe('replaced'); // the same bytes again
    grouped.writeDocument(resultOf(3), null);
    grouped.close();
    const alone = Store.open(join(tempDir('gongwen-group-'), 'store.db'));
    for (const r of [revised(1), resultOf(2), resultOf(3)]) alone.writeDocument(r, null);
    alone.close();
    const scores = (store: Store, match: string) => {
      const db = new Database(store.db.name); // FTS5's integrity check is written as an insert
      db.exec("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')");
      const rows = db.prepare(
        'SELECT s.doc, s.idx, round(bm25(sentence_fts), 9) AS score FROM sentence_fts JOIN sentences s ON s.rowid = sentence_fts.rowid WHERE sentence_fts MATCH ? ORDER BY s.doc, s.idx',
      ).all(match);
      db.close();
      return rows;
    };
    for (const match of ['"楚雄"', '"修订"', '"份"*']) expect(scores(grouped, match)).toEqual(scores(alone, match));
    expect(scores(grouped, '"修订"')).toHaveLength(1);
    expect(scores(grouped, '"楚雄"').length).toBeGreaterThan(6);
  });

  it('indexes the tokens the worker made, the same as the store would make them', () => {
    const result = resultOf(4);
    expect(result.searchWords).toEqual(result.doc.sentences.map((s) => searchGrams(s.text)));
    const addressee = result.doc.sentences.findIndex((s) => s.text === '南华县政协委员小组：');
    expect(result.searchWords![addressee]).toBe('南华 华县 县政 政协 协委 委员 员小 小组 组 ：');
    const db = join(tempDir('gongwen-group-'), 'store.db');
    const store = Store.open(db);
    store.writeDocument(result, null);
    const hits = store.db
      .prepare("SELECT s.text FROM sentence_fts f JOIN sentences s ON s.rowid = f.rowid WHERE sentence_fts MATCH '楚雄'")
      .all() as { text: string }[];
    store.close();
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text).toContain('楚雄');
  });
});
