// Versioned schema migrations. PRAGMA user_version holds the version a store is at; a store
// from a newer gongwen (higher version than we know) is refused, never touched.
import type Database from 'better-sqlite3';
import { searchTerms } from '../segment/words.js';

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
  raw_offsets BLOB NOT NULL,          -- Int32 little-endian: raw offset of each normalised UTF-16 offset
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
    // sentences stored before the index existed are indexed now, or no search would find them
    fill: indexSentences,
  },
  {
    version: 3,
    description: 'index of sentences by position, for finding the sentence a fact sits in',
    sql: `CREATE INDEX sentences_span ON sentences(doc, span_start);`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

function indexSentences(db: Database.Database): void {
  const batch = db.prepare('SELECT rowid, text FROM sentences WHERE rowid > ? ORDER BY rowid LIMIT 2000');
  const insert = db.prepare('INSERT INTO sentence_fts(rowid, words) VALUES (?, ?)');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as { rowid: number; text: string }[];
    if (!rows.length) return;
    for (const r of rows) insert.run(r.rowid, searchTerms(r.text).join(' '));
    after = rows.at(-1)!.rowid;
  }
}
