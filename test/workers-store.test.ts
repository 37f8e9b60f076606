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
    reader.close();
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
