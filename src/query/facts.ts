// Fact queries: filters that compose into one SQL statement over the store.
import type Database from 'better-sqlite3';
import type { ExportRecord } from '../../schemas/index.js';
import { searchTerms } from '../segment/words.js';

export interface FactFilters {
  type?: string[];
  /** substring of the metric as written, or its canonical key */
  metric?: string;
  /** region codes: a prefecture's code also matches its counties (by code prefix) */
  regionCodes?: string[];
  /** ISO dates: facts whose date (a date's span, a quantity's asOf, an assignment's deadline) overlaps [from, to] */
  from?: string;
  to?: string;
  role?: string;
  /** document id (or its prefix) or a substring of its source path */
  doc?: string;
  unit?: string;
  /** full-text search: facts inside sentences that match */
  text?: string;
  limit?: number;
}

export interface FactRow {
  record: ExportRecord;
  source: string;
  title: string | null;
  /** the sentence the fact sits in */
  sentence: string | null;
  rank: number | null;
}

/** The code prefix that covers a region and everything under it (`532300` → `5323`, `530000` → `53`). */
export function codePrefix(code: string): string {
  if (/^\d{2}0000$/.test(code)) return code.slice(0, 2);
  if (/^\d{4}00$/.test(code)) return code.slice(0, 4);
  return code;
}

export function ftsQuery(text: string): string {
  const terms = [...new Set(searchTerms(text))];
  const longest = terms.filter((t) => !terms.some((u) => u !== t && u.includes(t)));
  return longest.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

export function queryFacts(db: Database.Database, f: FactFilters): FactRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  let join = '';
  let rank = 'NULL';
  if (f.type?.length) {
    where.push(`f.type IN (${f.type.map(() => '?').join(', ')})`);
    params.push(...f.type);
  }
  if (f.metric) {
    where.push('(instr(f.metric, ?) > 0 OR f.canonical_metric = ? OR instr(f.canonical_metric, ?) > 0)');
    params.push(f.metric, f.metric, f.metric);
  }
  if (f.regionCodes?.length) {
    where.push(`(${f.regionCodes.map(() => 'f.region_code LIKE ?').join(' OR ')})`);
    params.push(...f.regionCodes.map((c) => `${codePrefix(c)}%`));
  }
  if (f.from) {
    where.push('coalesce(f.date_end, f.date_start) >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('f.date_start <= ?');
    params.push(f.to);
  }
  if (f.role) {
    where.push('f.role = ?');
    params.push(f.role);
  }
  if (f.doc) {
    where.push("(f.doc LIKE ? || '%' OR instr(d.source, ?) > 0)");
    params.push(f.doc, f.doc);
  }
  if (f.unit) {
    where.push('f.unit = ?');
    params.push(f.unit);
  }
  if (f.text) {
    join = `JOIN (SELECT s.doc, s.span_start, s.span_end, bm25(sentence_fts) AS score
                  FROM sentence_fts JOIN sentences s ON s.rowid = sentence_fts.rowid
                  WHERE sentence_fts MATCH ?) m
            ON m.doc = f.doc AND f.span_start >= m.span_start AND f.span_start < m.span_end`;
    params.unshift(ftsQuery(f.text));
    rank = 'm.score';
  }
  const sql = `
    SELECT f.record AS record, d.source AS source, d.title AS title, ${rank} AS rank,
      (SELECT s.text FROM sentences s WHERE s.doc = f.doc AND s.span_start <= f.span_start AND f.span_start < s.span_end LIMIT 1) AS sentence
    FROM facts f JOIN documents d ON d.doc = f.doc ${join}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${f.text ? 'rank, ' : ''}d.source, f.span_start, f.type
    ${f.limit ? `LIMIT ${Math.floor(f.limit)}` : ''}`;
  return (db.prepare(sql).all(...params) as { record: string; source: string; title: string | null; sentence: string | null; rank: number | null }[]).map(
    (r) => ({ record: JSON.parse(r.record) as ExportRecord, source: r.source, title: r.title, sentence: r.sentence, rank: r.rank }),
  );
}

export interface SentenceHit {
  doc: string;
  source: string;
  section: string | null;
  span: [number, number];
  text: string;
  /** the text with matching words wrapped in the given markers */
  highlighted: string;
  score: number;
}

/** Sentences matching a full-text query, best first (BM25), with the matching words marked. */
export function searchSentences(db: Database.Database, text: string, limit = 20, marks: [string, string] = ['【', '】']): SentenceHit[] {
  const match = ftsQuery(text);
  if (!match) return [];
  const rows = db
    .prepare(
      `SELECT s.doc, d.source, s.section, s.span_start, s.span_end, s.text, bm25(sentence_fts) AS score
       FROM sentence_fts JOIN sentences s ON s.rowid = sentence_fts.rowid JOIN documents d ON d.doc = s.doc
       WHERE sentence_fts MATCH ? ORDER BY score, d.source, s.idx LIMIT ?`,
    )
    .all(match, limit) as { doc: string; source: string; section: string | null; span_start: number; span_end: number; text: string; score: number }[];
  const terms = [...new Set(searchTerms(text))].sort((a, b) => b.length - a.length);
  return rows.map((r) => ({
    doc: r.doc, source: r.source, section: r.section, span: [r.span_start, r.span_end], text: r.text,
    highlighted: highlight(r.text, terms, marks), score: r.score,
  }));
}

export function highlight(text: string, terms: string[], [open, close]: [string, string]): string {
  if (!terms.length) return text;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(escaped.join('|'), 'g'), (m) => `${open}${m}${close}`);
}
