import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchGrams } from '../text/grams.js';
import { indexAllSentences, indexSentence, unindexDocument } from './fts.js';

function store() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE sentences(doc TEXT, text TEXT);
    CREATE VIRTUAL TABLE sentence_fts USING fts5(words, content = '', tokenize = 'unicode61 remove_diacritics 0');`);
  const sql = (text: string) => db.prepare(text);
  const add = (doc: string, text: string) => {
    const row = db.prepare('INSERT INTO sentences(doc, text) VALUES (?, ?)').run(doc, text);
    indexSentence(sql, row.lastInsertRowid, searchGrams(text));
  };
  const scores = (match: string) =>
    db.prepare('SELECT rowid, bm25(sentence_fts) AS s FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rowid').all(match);
  return { db, sql, add, scores };
}

describe('the full-text index of sentences', () => {
  it('a document indexed and taken out again leaves the index, and its scores, as if it had never been there', () => {
    const { db, sql, add, scores } = store();
    add('a', '坚持精准扶贫精准脱贫基本方略。');
    add('a', '扶贫资金2950万元');
    const before = scores('"扶贫"');
    add('b', '产业扶贫带动脱贫增收，GDP增长6.5%。');
    expect(scores('"扶贫"')).not.toEqual(before);
    unindexDocument(sql, 'b');
    db.prepare("DELETE FROM sentences WHERE doc = 'b'").run();
    expect(scores('"扶贫"')).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH '\"gdp\"'").pluck().get()).toBe(0);
    db.exec("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')");
    db.close();
  });

  it('a rebuild from the sentences indexes each under its rowid, as indexing them one by one does', () => {
    const one = store();
    const all = store();
    for (const text of ['坚持精准扶贫精准脱贫基本方略。', '扶贫资金2950万元', '贫困发生率降至0.5%']) {
      one.add('a', text);
      all.db.prepare('INSERT INTO sentences(doc, text) VALUES (?, ?)').run('a', text);
    }
    indexAllSentences(all.db);
    for (const match of ['"扶贫"', '"贫"*', '"5"']) expect(all.scores(match)).toEqual(one.scores(match));
    expect(all.scores('"贫"*')).toHaveLength(3);
  });
});
