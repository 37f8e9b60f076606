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
}

export function parseFilters(query: URLSearchParams): ParsedFilters {
  const form = Object.fromEntries(FILTER_PARAMS.map((k) => [k, (query.get(k) ?? '').trim().slice(0, 200)])) as FilterForm;
  const errors: string[] = [];
  // one row more than shown tells that there are more
  const filters: FactFilters = { limit: MAX_ROWS + 1 };
  const read = (apply: () => void) => {
    try {
      apply();
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      errors.push(err.message);
    }
  };
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
  return { form, filters, errors };
}
