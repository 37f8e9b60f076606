// Sentences by full-text search, ranked by BM25, with the words asked for marked. Fact filters
// narrow the sentences to those holding a matching fact (`--region 武定县`: a sentence that
// names a place in 武定县 or has a figure about it).
import type Database from 'better-sqlite3';
import { docCondition, factConditions, prepareConnection, type FactFilters } from './facts.js';
import { ftsQuery, markRanges, matchRanges, queryTerms } from './fts.js';

export interface SentenceHit {
  doc: string;
  source: string;
  title: string | null;
  section: string | null;
  /** the sentence's [start, end) in code points of the document's text */
  span: [number, number];
  text: string;
  /** code-point ranges in `text` of the words asked for */
  matches: [number, number][];
  /** the text with those words wrapped in the given marks (default 【】) */
  highlighted: string;
  /** BM25 (lower is better) */
  score: number;
}

export interface SentenceOptions {
  limit?: number;
  marks?: [string, string];
  /** facts a sentence must hold one of (`text`, `sort` and `limit` in it are ignored); `doc` selects documents */
  filters?: FactFilters;
  /** `rank` (best first, the default) or `doc` (in document order) */
  sort?: 'rank' | 'doc';
}

/** Sentences matching a full-text query, best first: every word if any sentence has them all, else any. */
export function searchSentences(db: Database.Database, text: string, options: SentenceOptions | number = {}, marks?: [string, string]): SentenceHit[] {
  const opts: SentenceOptions = typeof options === 'number' ? { limit: options, marks } : options;
  prepareConnection(db);
  const every = ftsQuery(text, 'AND');
  if (!every) return [];
  let rows = run(db, every, opts);
  if (!rows.length && queryTerms(text).length > 1) rows = run(db, ftsQuery(text, 'OR'), opts);
  const terms = queryTerms(text);
  const [open, close] = opts.marks ?? ['【', '】'];
  return rows.map((r) => {
    const matches = matchRanges(r.text, terms);
    return {
      doc: r.doc, source: r.source, title: r.title, section: r.section, span: [r.span_start, r.span_end], text: r.text,
      matches, highlighted: markRanges(r.text, matches, open, close), score: r.score,
    };
  });
}

interface RawHit {
  doc: string;
  source: string;
  title: string | null;
  section: string | null;
  span_start: number;
  span_end: number;
  text: string;
  score: number;
}

function run(db: Database.Database, match: string, opts: SentenceOptions): RawHit[] {
  const filters = opts.filters ?? {};
  const conds = factConditions(filters);
  const where = ['sentence_fts MATCH ?'];
  const params: unknown[] = [match];
  if (filters.doc) {
    const c = docCondition(filters.doc);
    where.push(c.sql);
    params.push(...c.params);
  }
  if (conds.length) {
    // the fact conditions name the fact `f`, its document `d` and its sentence `s`: here, this sentence
    where.push(`EXISTS (SELECT 1 FROM facts f WHERE f.doc = s.doc AND f.span_start >= s.span_start AND f.span_start < s.span_end
      AND ${conds.map((c) => c.sql).join(' AND ')})`);
    params.push(...conds.flatMap((c) => c.params));
  }
  const order = opts.sort === 'doc' ? 'd.source, s.idx' : 'score, d.source, s.idx';
  const sql = `
    SELECT s.doc, d.source, d.title, s.section, s.span_start, s.span_end, s.text, bm25(sentence_fts) AS score
    FROM sentence_fts JOIN sentences s ON s.rowid = sentence_fts.rowid JOIN documents d ON d.doc = s.doc
    WHERE ${where.join(' AND ')}
    ORDER BY ${order}
    ${opts.limit ? `LIMIT ${Math.floor(opts.limit)}` : ''}`;
  return db.prepare(sql).all(...params) as RawHit[];
}
