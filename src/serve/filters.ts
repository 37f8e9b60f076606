// Query-string parameters of `/facts` and `/api/facts` → src/query's FactFilters, read by the
// same functions as the command line's options. A region or date that cannot be read is an error
// shown to the user, never a silently dropped filter.
import { type FactFilters } from '../query/facts.js';
import { QueryError } from '../query/errors.js';
import { dateBound, parseTypes, regionArg, splitList } from '../query/filters.js';
import { queryTerms } from '../query/fts.js';

export const FILTER_PARAMS = ['type', 'metric', 'region', 'role', 'from', 'to', 'text', 'doc', 'unit'] as const;
export type FilterForm = Record<(typeof FILTER_PARAMS)[number], string>;

export const MAX_ROWS = 1000;

export interface ParsedFilters {
  form: FilterForm;
  filters: FactFilters;
  errors: string[];
  /** 1-based page of `size` records (`page`, `size` in the query string; size at most MAX_ROWS) */
  page: number;
  size: number;
}

export function parseFilters(query: URLSearchParams): ParsedFilters {
  const form = Object.fromEntries(FILTER_PARAMS.map((k) => [k, (query.get(k) ?? '').trim().slice(0, 200)])) as FilterForm;
  const errors: string[] = [];
  const read = (apply: () => void) => {
    try {
      apply();
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      errors.push(err.message);
    }
  };
  const page = pageNumber(query.get('page'), 'page', errors) ?? 1;
  const size = Math.min(MAX_ROWS, pageNumber(query.get('size'), 'size', errors) ?? MAX_ROWS);
  // one row more than shown tells that there are more
  const filters: FactFilters = { limit: size + 1, offset: (page - 1) * size };
  if (form.type) read(() => (filters.type = parseTypes(form.type)));
  if (form.metric) filters.metric = form.metric;
  if (form.region) read(() => (filters.regionCodes = [regionArg(form.region).code]));
  if (form.from) read(() => (filters.from = dateBound(form.from, 'from')));
  if (form.to) read(() => (filters.to = dateBound(form.to, 'to')));
  if (form.role) filters.role = splitList(form.role);
  if (form.text) {
    if (queryTerms(form.text).length) filters.text = form.text;
    else errors.push(`no words to search for in '${form.text}'`);
  }
  if (form.doc) filters.doc = form.doc;
  if (form.unit) filters.unit = form.unit;
  return { form, filters, errors, page, size };
}

/** A positive whole number from the query string, or undefined when absent (an error when not one). */
function pageNumber(value: string | null, name: string, errors: string[]): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 1_000_000) return n;
  errors.push(`${name} must be a whole number from 1, not '${value.slice(0, 20)}'`);
  return undefined;
}
