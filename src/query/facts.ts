// Fact queries: filters that compose (AND) into one SQL statement over the store. Each filter is
// plain data, so the command line and the web viewer build the same queries.
import type Database from 'better-sqlite3';
import type { FactRecord } from '../../schemas/index.js';
import { docNumberKey, findDocNumbers } from '../../extractors/doc-number/pattern.js';
import { ftsQuery, matchRanges, queryTerms } from './fts.js';

export interface FactFilters {
  /** record types (`quantity`, `date`, `assignment`, `reference`, `region`); any when empty */
  type?: string[];
  /** substring of the metric as written, or its canonical key */
  metric?: string;
  /** region codes: a region matches itself and everything under it (by code prefix). A quantity or
   * region mention by its own region; a date, assignment or reference by its document's region or
   * a place named in its sentence. */
  regionCodes?: string[];
  /** ISO dates: facts whose date lies within [from, to] — a date's span, a quantity's asOf, an
   * assignment's deadline; a deadline counts as its last day (`上半年` as a deadline = 06-30). */
  from?: string;
  to?: string;
  /** `actual`/`target` (quantities), `point`/`deadline`/`since`/`period` (dates); `deadline`
   * also matches assignments that have one. Several: any of them. */
  role?: string | string[];
  /** document id (or its prefix) or a substring of its source path */
  doc?: string;
  /** exact document ids */
  docIds?: string[];
  /** a quantity's unit, exactly (`户`, `%`, `元`) */
  unit?: string;
  /** full-text search: facts inside sentences that match, best sentence first */
  text?: string;
  /** references to this document number (any bracket form) or, without a number, to a title containing it */
  cites?: string;
  /** `doc` (source, then position; the default), `date`, `value` (largest first) or `rank` (default with `text`) */
  sort?: FactSort;
  limit?: number;
  /** rows to skip before the first returned (paging; with `limit`) */
  offset?: number;
}

export type FactSort = 'doc' | 'date' | 'value' | 'rank';
export const FACT_SORTS: readonly FactSort[] = ['doc', 'date', 'value', 'rank'];

export interface FactRow {
  /** facts.id in the store */
  id: number;
  /** the export-v1 record */
  record: FactRecord;
  /** the document's source path and title */
  source: string;
  title: string | null;
  /** the sentence the fact starts in, and where that sentence starts (code points in the document's text) */
  sentence: string | null;
  sentenceStart: number | null;
  /** BM25 score of the sentence (lower is better) when `text` was given, else null */
  rank: number | null;
  /** code-point ranges in `sentence` of the words `text` asked for (empty without `text`) */
  matches: [number, number][];
}

/** The code prefix that covers a region and everything under it (`532300` → `5323`, `530000` → `53`). */
export function codePrefix(code: string): string {
  if (/^\d{2}0000$/.test(code)) return code.slice(0, 2);
  if (/^\d{4}00$/.test(code)) return code.slice(0, 4);
  return code;
}

/** SQL condition and its parameters; aliases: `f` facts, `d` its document, `s` its sentence. */
interface Condition {
  sql: string;
  params: unknown[];
}

const DEADLINE_LIKE = `(f.role = 'deadline' OR f.type = 'assignment' OR json_extract(f.record, '$.asOf.role') = 'deadline')`;
/** First and last day of a fact's date; a deadline is its last day. */
const WHEN_START = `(CASE WHEN ${DEADLINE_LIKE} THEN coalesce(f.date_end, f.date_start) ELSE coalesce(f.date_start, f.date_end) END)`;
const WHEN_END = 'coalesce(f.date_end, f.date_start)';

/** Conditions on a fact (everything but `text`, `doc`, `sort`, `limit`). */
export function factConditions(f: FactFilters): Condition[] {
  const out: Condition[] = [];
  const add = (sql: string, ...params: unknown[]) => out.push({ sql, params });
  if (f.type?.length) add(`f.type IN (${f.type.map(() => '?').join(', ')})`, ...f.type);
  if (f.metric) add('(instr(f.metric, ?) > 0 OR instr(f.canonical_metric, ?) > 0)', f.metric, f.metric);
  if (f.regionCodes?.length) out.push(regionCondition(f.regionCodes));
  if (f.from) add(`${WHEN_START} >= ?`, f.from);
  if (f.to) add(`${WHEN_END} <= ?`, f.to);
  const roles = f.role === undefined ? [] : Array.isArray(f.role) ? f.role : [f.role];
  if (roles.length) {
    const any = roles.map(() => '?').join(', ');
    const assignment = roles.includes('deadline') ? " OR (f.type = 'assignment' AND f.date_end IS NOT NULL)" : '';
    add(`(f.role IN (${any})${assignment})`, ...roles);
  }
  if (f.unit) add('f.unit = ?', f.unit);
  if (f.cites) out.push(citesCondition(f.cites));
  return out;
}

function regionCondition(codes: string[]): Condition {
  const prefixes = codes.map((c) => `${codePrefix(c)}%`);
  const any = (col: string) => `(${prefixes.map(() => `${col} LIKE ?`).join(' OR ')})`;
  // a place named between the start of the fact's sentence and the end of the fact (an assignment may run past its sentence)
  const named = `EXISTS (SELECT 1 FROM facts r WHERE r.doc = f.doc AND r.type = 'region' AND ${any('r.region_code')}
      AND r.span_start >= min(coalesce(s.span_start, f.span_start), f.span_start)
      AND r.span_start < max(coalesce(s.span_end, f.span_end), f.span_end))`;
  return {
    sql: `(CASE WHEN f.type IN ('quantity', 'region') THEN ${any('f.region_code')} ELSE (${any('d.region_code')} OR ${named}) END)`,
    params: [...prefixes, ...prefixes, ...prefixes],
  };
}

function citesCondition(cites: string): Condition {
  if (findDocNumbers(cites).length) {
    return { sql: "(f.type = 'reference' AND gongwen_docnumber_key(f.doc_number) = ?)", params: [docNumberKey(cites)] };
  }
  const title = cites.replace(/^《|》$/g, '');
  return { sql: "(f.type = 'reference' AND instr(json_extract(f.record, '$.title'), ?) > 0)", params: [title] };
}

/** Documents by id prefix or source path substring (any path the document was extracted from). */
export function docCondition(doc: string, alias = 'd'): Condition {
  return {
    sql: `(substr(${alias}.doc, 1, length(?)) = ? OR instr(${alias}.source, ?) > 0
           OR EXISTS (SELECT 1 FROM sources x WHERE x.doc = ${alias}.doc AND instr(x.path, ?) > 0))`,
    params: [doc, doc, doc, doc],
  };
}

/** The sentence holding a position of a document (alias `s`), joined on a fact `f`. */
const SENTENCE_OF_FACT = `sentences s ON s.rowid = (
  SELECT x.rowid FROM sentences x WHERE x.doc = f.doc AND x.span_start <= f.span_start AND x.span_end > f.span_start
  ORDER BY x.span_start DESC LIMIT 1)`;

const ORDER: Record<FactSort, string> = {
  doc: 'd.source, f.doc, f.span_start, f.span_end, f.type, f.id',
  date: `${WHEN_START} IS NULL, ${WHEN_START}, ${WHEN_END}, d.source, f.span_start, f.id`,
  value: 'f.value IS NULL, f.value DESC, d.source, f.span_start, f.id',
  rank: 'h.score, d.source, f.span_start, f.id',
};

/** Registers the SQL functions queries use (idempotent per connection). */
export function prepareConnection(db: Database.Database): void {
  if (prepared.has(db)) return;
  db.function('gongwen_docnumber_key', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? docNumberKey(s) : null));
  prepared.add(db);
}
const prepared = new WeakSet<Database.Database>();

/** Facts matching every filter, sorted. */
export function queryFacts(db: Database.Database, f: FactFilters): FactRow[] {
  prepareConnection(db);
  const conds = factConditions(f);
  if (f.doc) conds.push(docCondition(f.doc));
  if (f.docIds) conds.push({ sql: `f.doc IN (${f.docIds.map(() => '?').join(', ') || 'NULL'})`, params: f.docIds });
  const text = f.text?.trim() ? f.text : undefined;
  const sort = f.sort ?? (text ? 'rank' : 'doc');
  if (sort === 'rank' && !text) return queryFacts(db, { ...f, sort: 'doc' });
  const run = (match: string | null) => {
    // with text, the matching sentences lead and their facts are found by position (index facts_doc)
    const from = match
      ? `(SELECT rowid AS sid, bm25(sentence_fts) AS score FROM sentence_fts WHERE sentence_fts MATCH ?) h
         JOIN sentences s ON s.rowid = h.sid
         JOIN facts f ON f.doc = s.doc AND f.span_start >= s.span_start AND f.span_start < s.span_end
         JOIN documents d ON d.doc = f.doc`
      : `facts f JOIN documents d ON d.doc = f.doc LEFT JOIN ${SENTENCE_OF_FACT}`;
    const sql = `
      SELECT f.id, f.record, d.source, d.title, s.text AS sentence, s.span_start AS sentence_start, ${match ? 'h.score' : 'NULL'} AS rank
      FROM ${from}
      ${conds.length ? `WHERE ${conds.map((c) => c.sql).join(' AND ')}` : ''}
      ORDER BY ${ORDER[sort]}
      ${f.limit ? `LIMIT ${Math.floor(f.limit)}${f.offset ? ` OFFSET ${Math.floor(f.offset)}` : ''}` : ''}`;
    const params = [...(match ? [match] : []), ...conds.flatMap((c) => c.params)];
    return db.prepare(sql).all(...params) as RawFactRow[];
  };
  let rows: RawFactRow[];
  if (text) {
    const every = ftsQuery(text, 'AND');
    if (!every) return [];
    rows = run(every);
    // no sentence has every word: fall back to any of them, still ranked
    if (!rows.length && queryTerms(text).length > 1) rows = run(ftsQuery(text, 'OR'));
  } else rows = run(null);
  const terms = text ? queryTerms(text) : [];
  return rows.map((r) => ({
    id: r.id, record: JSON.parse(r.record) as FactRecord, source: r.source, title: r.title,
    sentence: r.sentence, sentenceStart: r.sentence_start, rank: r.rank,
    matches: text && r.sentence ? matchRanges(r.sentence, terms) : [],
  }));
}

interface RawFactRow {
  id: number;
  record: string;
  source: string;
  title: string | null;
  sentence: string | null;
  sentence_start: number | null;
  rank: number | null;
}

// searchSentences lived here first; the web viewer may import it from this module
export { searchSentences, type SentenceHit, type SentenceOptions } from './sentences.js';
