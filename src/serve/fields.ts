// The fields of a record as label/value lines, for hover cards and tables. Generic over record
// types, so fields added to a schema show up without touching the viewer.
import type { FactRecord } from '../../schemas/index.js';

/** Fields every located record has, shown elsewhere (the quote is the highlighted text itself). */
const LOCATION = new Set(['type', 'doc', 'quote', 'span']);
/** Shown after what was read, since it says where rather than what. */
const LAST = new Set(['section']);

export type FieldLine = [label: string, value: string];

export function factFields(record: FactRecord): FieldLine[] {
  const entries = Object.entries(record).filter(([key, value]) => !LOCATION.has(key) && value !== undefined);
  const ordered = [...entries.filter(([k]) => !LAST.has(k)), ...entries.filter(([k]) => LAST.has(k))];
  return ordered.map(([key, value]) => [key, formatValue(value)]);
}

/** A heading line, then one line of plain text per field: what a `title` attribute or a hover card shows. */
export function fieldsText(record: FactRecord): string {
  const line = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  return [`${record.type}  ${line(record.quote)}`, ...factFields(record).map(([k, v]) => `${k}: ${line(v)}`)].join('\n');
}

export function formatValue(value: unknown): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join('、') : '—';
  if (typeof value === 'object') return formatObject(value as Record<string, unknown>);
  return String(value);
}

function formatObject(o: Record<string, unknown>): string {
  if (typeof o.code === 'string' && typeof o.name === 'string') return `${o.name} (${o.code})`;
  if ('granularity' in o) return formatDate(o);
  if (typeof o.rel === 'string' && Array.isArray(o.span)) return `${o.rel} [${o.span.join(', ')})`;
  return JSON.stringify(o);
}

function formatDate(d: Record<string, unknown>): string {
  const range = d.start === d.end ? String(d.start ?? '?') : `${d.start ?? '?'} … ${d.end ?? '?'}`;
  const flags = [d.granularity, d.role, d.yearInferred ? 'year inferred' : null].filter(Boolean).join(', ');
  return `${range} (${flags})`;
}

/** The date a record is about, for table columns: a date's span, a quantity's asOf, an assignment's deadline. */
export function recordDate(record: FactRecord): string {
  const d =
    record.type === 'date' ? record : record.type === 'quantity' ? record.asOf : record.type === 'assignment' ? record.deadline : null;
  if (!d) return '';
  return d.start === d.end ? (d.start ?? '') : `${d.start ?? '?'} … ${d.end ?? '?'}`;
}
