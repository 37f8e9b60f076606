// One metric over time across documents: `贫困人口` in 楚雄州 — 2014, 2018, 2020 — each point
// with the quote, sentence and document it came from. Points are grouped by region and unit
// (户 and 人 are different series), and dated by their asOf, or by the document's date of issue
// when the figure names none.
import type Database from 'better-sqlite3';
import type { QuantityRecord } from '../../schemas/index.js';
import { QueryError } from './errors.js';
import { queryFacts } from './facts.js';

export interface SeriesQuery {
  /** substring of the metric as written, or its canonical key */
  metric: string;
  /** region codes; by default a point's region must be one of them exactly */
  regionCodes?: string[];
  /** also take figures about places under the regions (a prefecture's counties) */
  within?: boolean;
  /** `actual` or `target` only */
  role?: string;
  unit?: string;
  doc?: string;
}

export interface SeriesPoint {
  /** the day the point is drawn at: asOf's last day, else the document's date of issue */
  date: string | null;
  /** where `date` came from */
  dated: 'asOf' | 'issued' | 'none';
  value: number;
  record: QuantityRecord;
  source: string;
  title: string | null;
  issuedOn: string | null;
  sentence: string | null;
}

export interface Series {
  region: { code: string; name: string } | null;
  unit: string | null;
  /** the metrics (as written) its points have */
  metrics: string[];
  points: SeriesPoint[];
}

export function metricSeries(db: Database.Database, q: SeriesQuery): Series[] {
  if (!q.metric.trim()) throw new QueryError('no metric given');
  if (q.role && q.role !== 'actual' && q.role !== 'target') throw new QueryError(`a figure's role is actual or target, not '${q.role}'`);
  const rows = queryFacts(db, { type: ['quantity'], metric: q.metric, regionCodes: q.regionCodes, role: q.role, unit: q.unit, doc: q.doc });
  const issued = issuedOn(db);
  const exact = q.regionCodes && !q.within ? new Set(q.regionCodes) : null;
  const groups = new Map<string, Series>();
  for (const row of rows) {
    const r = row.record as QuantityRecord;
    if (exact && !(r.region && exact.has(r.region.code))) continue;
    const key = `${r.region?.code ?? ''}\u0000${r.unit ?? ''}`;
    let series = groups.get(key);
    if (!series) groups.set(key, (series = { region: r.region, unit: r.unit, metrics: [], points: [] }));
    if (r.metric && !series.metrics.includes(r.metric)) series.metrics.push(r.metric);
    const docIssued = issued.get(r.doc) ?? null;
    const asOf = r.asOf?.end ?? r.asOf?.start ?? null;
    series.points.push({
      date: asOf ?? docIssued, dated: asOf ? 'asOf' : docIssued ? 'issued' : 'none', value: r.value, record: r,
      source: row.source, title: row.title, issuedOn: docIssued, sentence: row.sentence,
    });
  }
  const all = [...groups.values()];
  for (const s of all) s.points.sort(byDate);
  // the longest series first, then by region code and unit
  return all.sort((a, b) => b.points.length - a.points.length || (a.region?.code ?? '').localeCompare(b.region?.code ?? '') || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

function byDate(a: SeriesPoint, b: SeriesPoint): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return a.source.localeCompare(b.source) || a.record.span[0] - b.record.span[0];
}

function issuedOn(db: Database.Database): Map<string, string | null> {
  const rows = db.prepare('SELECT doc, issued_on FROM documents').all() as { doc: string; issued_on: string | null }[];
  return new Map(rows.map((r) => [r.doc, r.issued_on]));
}
