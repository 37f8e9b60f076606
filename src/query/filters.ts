// Turning what a user types (region names, partial dates, lists) into plain filter values.
import type Database from 'better-sqlite3';
import type { Region } from '../../schemas/index.js';
import { candidatesOf, lineage, placeOf, resolveRegion, toRegion } from '../regions/index.js';
import { QueryError } from './errors.js';
import { FACT_SORTS, queryFacts, type FactFilters, type FactRow, type FactSort } from './facts.js';
import { queryTerms } from './fts.js';
import { searchSentences, type SentenceHit } from './sentences.js';

export const FACT_TYPES = ['quantity', 'date', 'assignment', 'reference', 'region'] as const;
export type QueryFactType = (typeof FACT_TYPES)[number];

/** Values of a repeatable, comma-separated option: `--type quantity,date --type region`. */
export function splitList(values: string | string[] | undefined): string[] {
  const all = values === undefined ? [] : Array.isArray(values) ? values : [values];
  return all.flatMap((v) => v.split(/[,，、]/)).map((v) => v.trim()).filter(Boolean);
}

export function parseTypes(values: string | string[] | undefined): QueryFactType[] {
  const types = splitList(values);
  for (const t of types) {
    if (!(FACT_TYPES as readonly string[]).includes(t)) throw new QueryError(`unknown type '${t}' (types: ${FACT_TYPES.join(', ')})`);
  }
  return types as QueryFactType[];
}

/**
 * The region a user means: a six-digit GB/T 2260 code, or a name (official, short or chained,
 * `楚雄州`, `武定县`, `湖北省巴东县`). An unknown or ambiguous name is an error naming the choices.
 */
export function regionArg(value: string): Region {
  const v = value.trim();
  if (/^\d{6}(\d{3})?$/.test(v)) {
    const place = placeOf(v);
    if (!place) throw new QueryError(`unknown region code '${v}'`);
    return toRegion(place);
  }
  const region = resolveRegion(v, {});
  if (region) return region;
  const choices = candidatesOf(v);
  if (choices.length > 1) {
    const named = choices.slice(0, 6).map((p) => `${fullName(p.code)} ${p.code}`);
    throw new QueryError(`ambiguous region '${v}': ${named.join(', ')}${choices.length > 6 ? ', …' : ''}; give the code or a longer name`);
  }
  throw new QueryError(`unknown region '${v}'`);
}

/** `云南省楚雄彝族自治州武定县`: a place's name with its ancestors, outermost first. */
export function fullName(code: string): string {
  return lineage(code).reverse().map((p) => p.name).join('');
}

/**
 * An ISO day from `2020-06-01`, `2020-06` or `2020` (also with `/` or `.`): the first day of the
 * period for a lower bound, the last for an upper one, so `--from 2020-06 --to 2020-06` is June.
 */
export function dateBound(value: string, side: 'from' | 'to'): string {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value.trim());
  if (!m) throw new QueryError(`bad date '${value}' (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? (side === 'from' ? 1 : 12) : Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] === undefined ? (side === 'from' ? 1 : last) : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > last) throw new QueryError(`bad date '${value}'`);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Options as the command line (or a form) gives them: strings, lists of strings. */
export interface QueryOptions {
  type?: string | string[];
  metric?: string;
  region?: string | string[];
  from?: string;
  to?: string;
  role?: string | string[];
  doc?: string;
  unit?: string;
  text?: string;
  cites?: string;
  sort?: string;
  limit?: number;
}

export const ROLES = ['actual', 'target', 'point', 'deadline', 'since', 'period'] as const;

/** Filters from typed options: regions resolved to codes, partial dates to days, lists split. */
export function filtersFromOptions(o: QueryOptions): FactFilters {
  const roles = splitList(o.role);
  for (const r of roles) {
    if (!(ROLES as readonly string[]).includes(r)) throw new QueryError(`unknown role '${r}' (roles: ${ROLES.join(', ')})`);
  }
  const from = o.from ? dateBound(o.from, 'from') : undefined;
  const to = o.to ? dateBound(o.to, 'to') : undefined;
  if (from && to && from > to) throw new QueryError(`--from ${from} is after --to ${to}`);
  if (o.sort && !(FACT_SORTS as readonly string[]).includes(o.sort)) throw new QueryError(`unknown sort '${o.sort}' (${FACT_SORTS.join(', ')})`);
  if (o.text?.trim() && !queryTerms(o.text).length) throw new QueryError(`no words to search for in '${o.text}'`);
  const regions = splitList(o.region).map(regionArg);
  const f: FactFilters = {
    type: parseTypes(o.type), metric: o.metric?.trim() || undefined, regionCodes: regions.map((r) => r.code), from, to,
    role: roles.length ? roles : undefined, doc: o.doc?.trim() || undefined, unit: o.unit?.trim() || undefined,
    text: o.text?.trim() || undefined, cites: o.cites?.trim() || undefined, sort: o.sort as FactSort | undefined, limit: o.limit,
  };
  return f;
}

export type QueryResult = { kind: 'facts'; rows: FactRow[] } | { kind: 'sentences'; hits: SentenceHit[] };

/**
 * What `gongwen query` answers: with `text` and no `type`, the matching sentences (narrowed by the
 * other filters to sentences holding a matching fact); otherwise the matching facts.
 */
export function runQuery(db: Database.Database, f: FactFilters, marks?: [string, string]): QueryResult {
  if (f.text && !f.type?.length) {
    const sort = f.sort === 'doc' ? 'doc' : 'rank';
    return { kind: 'sentences', hits: searchSentences(db, f.text, { limit: f.limit, filters: f, sort, marks }) };
  }
  return { kind: 'facts', rows: queryFacts(db, f) };
}
