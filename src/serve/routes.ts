// The viewer's routes: a fixed table of path patterns. Handlers read the store through src/query
// and ./data, and return a page or JSON; anything not in the table is a 404.
import type Database from 'better-sqlite3';
import type { FindingRecord } from '../../schemas/index.js';
import { metricSeries, queryFacts, QueryError, regionArg, searchSentences, type Series } from '../query/index.js';
import { documentSummaries, getDocument, metricChoices, regionChoices, sentenceAt } from './data.js';
import { parseFilters } from './filters.js';
import type { Html } from './html.js';
import { documentPage } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { factsPage } from './pages/facts.js';
import { findingPage, findingsPage } from './pages/findings.js';
import { messagePage } from './pages/layout.js';
import { searchPage } from './pages/search.js';
import { chartData, seriesPage, type SeriesForm } from './pages/series.js';

export interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
}

export interface RouteContext {
  db: Database.Database;
  query: URLSearchParams;
  /** the parts of the path the pattern captured */
  params: string[];
  /** what `gongwen check` finds in the store */
  findings: () => FindingRecord[];
}

type Handler = (ctx: RouteContext) => Reply;

const DOC_ID = '([0-9a-f]{16})';

const ROUTES: [RegExp, Handler][] = [
  [/^\/$/, ({ db }) => page(documentsPage(documentSummaries(db)))],
  [new RegExp(`^/doc/${DOC_ID}$`), docRoute],
  [/^\/facts$/, factsRoute],
  [/^\/findings$/, ({ findings, query }) => page(findingsPage({ findings: findings(), status: one(query, 'status'), kind: one(query, 'kind') }))],
  [/^\/finding\/(\d{1,9})$/, findingRoute],
  [/^\/series$/, seriesRoute],
  [/^\/search$/, searchRoute],
  [/^\/api\/documents$/, ({ db }) => json(documentSummaries(db))],
  [new RegExp(`^/api/doc/${DOC_ID}$`), ({ db, params }) => json(getDocument(db, params[0]) ?? undefined)],
  [/^\/api\/facts$/, factsApi],
  [/^\/api\/findings$/, ({ findings }) => json(findings())],
  [/^\/api\/series$/, seriesApi],
];

/** The reply for a GET of `path` (not decoded: patterns match the path as sent), or null for no route. */
export function route(path: string, ctx: Omit<RouteContext, 'params'>): Reply | null {
  for (const [pattern, handler] of ROUTES) {
    const m = pattern.exec(path);
    if (m) return handler({ ...ctx, params: m.slice(1) });
  }
  return null;
}

export function page(body: Html, status = 200): Reply {
  return { status, type: 'text/html; charset=utf-8', body: body.value };
}

/** JSON; undefined is a 404. */
function json(value: unknown): Reply {
  if (value === undefined) return { status: 404, type: 'application/json; charset=utf-8', body: '{"error":"not found"}\n' };
  return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(value) + '\n' };
}

export function notFound(): Reply {
  return page(messagePage('Not found', 'There is no such page in this viewer.'), 404);
}

function one(query: URLSearchParams, name: string): string {
  return (query.get(name) ?? '').trim().slice(0, 200);
}

function docRoute({ db, params }: RouteContext): Reply {
  const doc = getDocument(db, params[0]);
  return doc ? page(documentPage(doc)) : notFound();
}

function factsRoute({ db, query }: RouteContext): Reply {
  const parsed = parseFilters(query);
  const rows = parsed.errors.length ? [] : queryFacts(db, parsed.filters);
  const docs = documentSummaries(db).map((d) => ({ value: d.record.doc, label: d.record.title ?? d.record.source, count: -1 }));
  return page(factsPage(parsed, rows, { metrics: metricChoices(db), regions: regionChoices(db), docs }, query), parsed.errors.length ? 400 : 200);
}

function factsApi({ db, query }: RouteContext): Reply {
  const parsed = parseFilters(query);
  if (parsed.errors.length) return { status: 400, type: 'application/json; charset=utf-8', body: JSON.stringify({ errors: parsed.errors }) + '\n' };
  return json(queryFacts(db, parsed.filters).slice(0, parsed.size).map((r) => ({ ...r.record, source: r.source, title: r.title })));
}

function findingRoute({ db, params, findings }: RouteContext): Reply {
  const index = Number(params[0]);
  const finding = findings()[index];
  if (!finding) return notFound();
  const contexts = finding.facts.map((f) => sentenceAt(db, f.doc, f.span[0]));
  return page(findingPage({ index, finding, contexts }));
}

/** The series a query asks for, or the errors that stop it. */
function readSeries(db: Database.Database, query: URLSearchParams): { form: SeriesForm; errors: string[]; series: Series[] } {
  const form: SeriesForm = { metric: one(query, 'metric'), region: one(query, 'region'), within: query.get('within') === '1', unit: one(query, 'unit') };
  try {
    const regionCodes = form.region ? [regionArg(form.region).code] : undefined;
    const series = form.metric ? metricSeries(db, { metric: form.metric, regionCodes, within: form.within, unit: form.unit || undefined }) : [];
    return { form, errors: [], series };
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    return { form, errors: [err.message], series: [] };
  }
}

function seriesRoute({ db, query }: RouteContext): Reply {
  const s = readSeries(db, query);
  return page(seriesPage({ ...s, metrics: metricChoices(db), regions: regionChoices(db) }), s.errors.length ? 400 : 200);
}

function seriesApi({ db, query }: RouteContext): Reply {
  const s = readSeries(db, query);
  if (s.errors.length) return { status: 400, type: 'application/json; charset=utf-8', body: JSON.stringify({ errors: s.errors }) + '\n' };
  return json({ query: s.form, series: s.series, chart: chartData(s.series) });
}

function searchRoute({ db, query }: RouteContext): Reply {
  const q = one(query, 'q');
  return page(searchPage(q, q ? searchSentences(db, q, { limit: 100 }) : []));
}
