// Versioned schema migrations. PRAGMA user_version holds the version a store is at; a store
// from a newer gongwen (higher version than we know) is refused, never touched.
import type Database from 'better-sqlite3';
import { indexAllSentences } from './fts.js';
import { decodeFlatOffsets, encodeOffsets } from './offsets.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** fills what the SQL made from the rows a store already holds (same transaction) */
  fill?: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'documents, sources, sections, sentences, facts, runs, diagnostics, failures',
    sql: `
CREATE TABLE documents (
  doc TEXT PRIMARY KEY,               -- first 16 hex digits of SHA-256 of the file's bytes
  source TEXT NOT NULL,               -- path as given to extract (the latest one)
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  title TEXT, doc_number TEXT, issuer TEXT, issued_on TEXT, issued_on_inferred INTEGER NOT NULL DEFAULT 0,
  region_code TEXT, region_name TEXT, kind TEXT,
  record TEXT NOT NULL,               -- the export-v1 document record, JSON
  raw_text TEXT NOT NULL,             -- text as extracted from the file
  text TEXT NOT NULL,                 -- normalised text: spans index this, in code points
  raw_offsets BLOB NOT NULL,          -- raw offset of each normalised UTF-16 offset (run-encoded from schema 4)
  page_starts TEXT,                   -- JSON array of raw offsets where PDF pages start
  pipeline TEXT NOT NULL,             -- JSON: versions of the normaliser, segmenter and each extractor used
  run_id INTEGER,
  extracted_at TEXT NOT NULL
);
CREATE TABLE sources (
  path TEXT PRIMARY KEY,              -- as given to extract
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE
);
CREATE INDEX sources_doc ON sources(doc);
CREATE TABLE sections (
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  path TEXT NOT NULL, level INTEGER NOT NULL, heading TEXT NOT NULL, part INTEGER NOT NULL,
  quote TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (doc, ord)
);
CREATE TABLE sentences (
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  section TEXT,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
);
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  type TEXT NOT NULL,                 -- quantity, date, assignment, reference, region
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,   -- code points in documents.text
  section TEXT,
  quote TEXT NOT NULL,
  extractor TEXT NOT NULL, extractor_version TEXT NOT NULL,
  -- columns for plain SQL; the whole record is in 'record'
  value REAL, upper REAL, unit TEXT, metric TEXT, canonical_metric TEXT, region_code TEXT, role TEXT,
  date_start TEXT, date_end TEXT,     -- a date's span, a quantity's asOf, an assignment's deadline
  doc_number TEXT,                    -- a reference's cited number
  record TEXT NOT NULL                -- the export-v1 record, JSON
);
CREATE INDEX facts_doc ON facts(doc, span_start);
CREATE INDEX facts_type ON facts(type);
CREATE INDEX facts_metric ON facts(canonical_metric);
CREATE INDEX facts_region ON facts(region_code);
CREATE INDEX facts_dates ON facts(date_start, date_end);
CREATE INDEX facts_doc_number ON facts(doc_number);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL, finished_at TEXT,
  gongwen_version TEXT NOT NULL, command TEXT NOT NULL,
  docs_new INTEGER DEFAULT 0, docs_unchanged INTEGER DEFAULT 0, docs_replaced INTEGER DEFAULT 0, docs_failed INTEGER DEFAULT 0
);
CREATE TABLE diagnostics (
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  extractor TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
  span_start INTEGER, span_end INTEGER, candidate TEXT
);
CREATE INDEX diagnostics_doc ON diagnostics(doc);
CREATE TABLE failures (
  run_id INTEGER NOT NULL, source TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    description: 'full-text index of sentences, tokenised with nodejieba',
    sql: `
-- words: the sentence cut into words (nodejieba cutForSearch), space-separated, since FTS5's own
-- tokenisers do not find Chinese words. rowid = sentences.rowid.
CREATE VIRTUAL TABLE sentence_fts USING fts5(words, tokenize = 'unicode61 remove_diacritics 0');
`,
    // (sentences stored before the index existed were indexed here; migration 5 rebuilds the index
    // from the sentences' text, so a store this old waits for it)
  },
  {
    version: 3,
    description: 'index of sentences by position, for finding the sentence a fact sits in',
    sql: `CREATE INDEX sentences_span ON sentences(doc, span_start);`,
  },
  {
    version: 4,
    description: 'smaller, cheaper store: offset maps as runs, a full-text index without a copy of its words, four unused indexes dropped',
    sql: `
-- documents.raw_offsets becomes run-encoded (src/store/offsets.ts): Int32 little-endian
-- [length, at, delta, at, delta, …], raw = normalised + delta from each 'at' on; converted by fill.
-- sentence_fts becomes contentless: it kept a second copy of every sentence's words, which
-- nothing reads. To take a sentence out of it the words are needed: sentence_terms keeps them as
-- places in the sentence's text (src/store/terms.ts), a third of their size. Filled from the old
-- index, which fill then drops.
ALTER TABLE sentence_fts RENAME TO sentence_fts_v3;
CREATE VIRTUAL TABLE sentence_fts USING fts5(words, content = '', tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE sentence_terms (
  sentence INTEGER PRIMARY KEY,       -- sentences.rowid (= sentence_fts.rowid)
  terms BLOB NOT NULL                 -- the words sentence_fts indexed, as places in sentences.text
);
-- no query of gongwen's uses these (their filters are substring, prefix or case expressions, or
-- go through facts_doc / facts_type), and each cost a random B-tree insert per fact: together a
-- fifth of the time spent storing a document
DROP INDEX facts_metric;
DROP INDEX facts_region;
DROP INDEX facts_dates;
DROP INDEX facts_doc_number;
`,
    // (the old index's words were moved into the new one and sentence_terms here; migration 5
    // rebuilds both from the sentences' text, so the old index is only dropped)
    fill: (db) => {
      compactOffsets(db);
      db.exec('DROP TABLE sentence_fts_v3');
    },
  },
  {
    version: 5,
    description: 'a full-text index of character pairs, made again from the sentences\' text (no word cutting, no copy of the words)',
    sql: `
-- words: the sentence's overlapping pairs of Chinese characters, each run's last character alone,
-- other text as it is (src/text/grams.ts), space-separated. The index is made again from
-- sentences.text in the same way to take a sentence out of it, so sentence_terms goes.
DROP TABLE sentence_fts;
DROP TABLE sentence_terms;
CREATE VIRTUAL TABLE sentence_fts USING fts5(words, content = '', tokenize = 'unicode61 remove_diacritics 0');
`,
    fill: indexAllSentences,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Rewrites each document's offset map (one Int32 per UTF-16 unit before schema 4) as runs. */
function compactOffsets(db: Database.Database): void {
  const batch = db.prepare('SELECT rowid, raw_offsets FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 100');
  const update = db.prepare('UPDATE documents SET raw_offsets = ? WHERE rowid = ?');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as { rowid: number; raw_offsets: Buffer }[];
    if (!rows.length) return;
    for (const r of rows) update.run(encodeOffsets(decodeFlatOffsets(r.raw_offsets)), r.rowid);
    after = rows.at(-1)!.rowid;
  }
}
