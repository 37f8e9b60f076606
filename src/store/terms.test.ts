import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingestedFromText } from '../core/testing.js';
import { processDocument } from '../pipeline/process.js';
import { decodeTerms, encodeTerms, indexSentence, unindexDocument } from './terms.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('stored search words', () => {
  it.each(seeds)('every sentence of seed %s gets back the words it was indexed with, in a third of their size', (name) => {
    const r = processDocument(ingestedFromText(readFileSync(join(SEEDS, name), 'utf8'), { source: name }));
    let stored = 0;
    let plain = 0;
    r.doc.sentences.forEach((s, i) => {
      const words = r.searchWords![i]!;
      const blob = encodeTerms(words, s.text);
      expect(decodeTerms(blob, s.text)).toBe(words);
      stored += blob.length;
      plain += Buffer.byteLength(words);
    });
    expect(plain).toBeGreaterThan(0);
    expect(stored).toBeLessThan(plain / 3);
  });

  it('a word cut from the sentence comes back as its place; parts before the word, negative steps', () => {
    const text = '全州易地扶贫搬迁1.2万人';
    const words = '易地 扶贫 搬迁 易地扶 地扶贫 扶贫搬 贫搬迁 易地扶贫搬迁 1.2 万人';
    const blob = encodeTerms(words, text);
    expect(decodeTerms(blob, text)).toBe(words);
    // 10 words, two one-byte varints each
    expect(blob.length).toBe(20);
  });

  it('a word the text does not hold is kept as it is written, with the others still placed', () => {
    const text = '贫困发生率降至0.5%';
    const words = '贫困 发生率 扶贫 0.5';
    const blob = encodeTerms(words, text);
    expect(decodeTerms(blob, text)).toBe(words);
    expect(blob.includes(Buffer.from('扶贫'))).toBe(true);
  });

  it('keeps empty words, doubled spaces and characters outside the BMP exactly', () => {
    const text = '𠮷野家在𠮷林';
    for (const words of ['', ' ', '𠮷野家  𠮷林', '𠮷林 𠮷']) expect(decodeTerms(encodeTerms(words, text), text)).toBe(words);
  });

  it('a sentence indexed and taken out again leaves the index as if it had never been there', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE sentences(doc TEXT, text TEXT);
      CREATE VIRTUAL TABLE sentence_fts USING fts5(words, content = '', tokenize = 'unicode61 remove_diacritics 0');
      CREATE TABLE sentence_terms(sentence INTEGER PRIMARY KEY, terms BLOB NOT NULL);`);
    const sql = (text: string) => db.prepare(text);
    const add = (doc: string, text: string, words: string) => {
      const row = db.prepare('INSERT INTO sentences(doc, text) VALUES (?, ?)').run(doc, text);
      indexSentence(sql, row.lastInsertRowid, text, words);
    };
    const score = () => db.prepare("SELECT rowid, bm25(sentence_fts) AS s FROM sentence_fts WHERE sentence_fts MATCH '扶贫' ORDER BY rowid").all();
    add('a', '精准扶贫精准脱贫', '精准 扶贫 精准 脱贫');
    add('a', '扶贫资金', '扶贫 资金');
    const before = score();
    add('b', '产业扶贫带动脱贫增收', '产业 扶贫 带动 脱贫 增收');
    expect(score()).not.toEqual(before);
    unindexDocument(sql, 'b');
    db.prepare("DELETE FROM sentences WHERE doc = 'b'").run();
    expect(score()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM sentence_terms').pluck().get()).toBe(2);
    db.exec("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')");
    db.close();
  });
});
