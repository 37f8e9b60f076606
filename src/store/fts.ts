// The full-text index of sentences (table sentence_fts, FTS5, rowid = sentences.rowid). It is
// contentless: it keeps no copy of what it indexed, and FTS5 takes a row out of such an index only
// when given the tokens it was indexed with (contentless_delete would need none, but FTS5 then
// never takes the row out of the statistics bm25 scores by — row count, tokens per row — so a
// store's scores would drift from those of a store made afresh each time documents are replaced).
// The tokens are the sentence's character pairs (src/text/grams.ts), made again from its text.
import type Database from 'better-sqlite3';
import { searchGrams } from '../text/grams.js';

type Prepare = (sql: string) => Database.Statement;

/** Indexes a sentence (rowid = sentences.rowid) under `grams`, which must be `searchGrams(text)` of its stored text. */
export function indexSentence(sql: Prepare, rowid: number | bigint, grams: string): void {
  sql('INSERT INTO sentence_fts(rowid, words) VALUES (?, ?)').run(rowid, grams);
}

/** Takes a document's sentences out of the full-text index (before the sentences themselves go). */
export function unindexDocument(sql: Prepare, doc: string): void {
  const rows = sql('SELECT rowid AS id, text FROM sentences WHERE doc = ?').all(doc) as { id: number; text: string }[];
  const remove = sql("INSERT INTO sentence_fts(sentence_fts, rowid, words) VALUES ('delete', ?, ?)");
  for (const r of rows) remove.run(r.id, searchGrams(r.text));
}

/** Indexes every stored sentence, in batches (a migration's rebuild of the index). */
export function indexAllSentences(db: Database.Database): void {
  const batch = db.prepare('SELECT rowid, text FROM sentences WHERE rowid > ? ORDER BY rowid LIMIT 2000');
  const insert = db.prepare('INSERT INTO sentence_fts(rowid, words) VALUES (?, ?)');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as { rowid: number; text: string }[];
    if (!rows.length) return;
    for (const r of rows) insert.run(r.rowid, searchGrams(r.text));
    after = rows.at(-1)!.rowid;
  }
}
