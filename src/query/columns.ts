// Records flattened into columns, one list per record type: for csv, xlsx and terminal tables.
// Nested values become their own columns (region code and name, asOf start and end…); lists are
// joined with `、`. The quote, the source file and the section stay beside every figure.
import type { AssignmentRecord, DateRecord, FactRecord, QuantityRecord, ReferenceRecord, RegionMentionRecord } from '../../schemas/index.js';
import { describeFact, formatAmount, formatDate, formatPeriod } from './describe.js';
import type { FactRow } from './facts.js';
import type { QueryFactType } from './filters.js';

export type Cell = string | number | boolean | null;

export interface Column<T> {
  key: string;
  header: string;
  /** width in characters for spreadsheets (a Chinese character counts two) */
  width: number;
  get: (row: T) => Cell;
  /** shown in a terminal table too (not only in csv and xlsx) */
  brief?: boolean;
  /** a readable form of other columns: terminal tables only */
  tableOnly?: boolean;
}

/** What a fact column reads: a fact with its document and sentence. */
export type FactCells = Pick<FactRow, 'record' | 'source' | 'title' | 'sentence'>;

const list = (xs: string[]) => xs.join('、');
type Of<R> = (r: R) => Cell;
function col<R extends FactRecord>(key: string, width: number, get: Of<R>, brief = false): Column<FactCells> {
  return { key, header: key, width, get: (row) => get(row.record as R), brief };
}
/** A readable form for terminals (`≥300 人`, `2018-12`). */
function shown<R extends FactRecord>(key: string, get: Of<R>): Column<FactCells> {
  return { ...col<R>(key, 16, get, true), tableOnly: true };
}

const SOURCE: Column<FactCells> = { key: 'source', header: 'source', width: 30, get: (r) => r.source, brief: true };
const DOC = col('doc', 18, (r) => r.doc);
const SECTION = col('section', 14, (r) => r.section, true);
const QUOTE = col('quote', 24, (r) => r.quote, true);
const SPAN_START = col('span_start', 10, (r) => r.span[0]);
const SPAN_END = col('span_end', 10, (r) => r.span[1]);
const SENTENCE: Column<FactCells> = { key: 'sentence', header: 'sentence', width: 80, get: (r) => r.sentence, brief: true };
const DOC_TITLE: Column<FactCells> = { key: 'doc_title', header: 'doc_title', width: 40, get: (r) => r.title };

const TYPE_COLUMNS: Record<QueryFactType, Column<FactCells>[]> = {
  quantity: [
    col<QuantityRecord>('value', 14, (r) => r.value),
    shown<QuantityRecord>('amount', (r) => formatAmount(r)),
    col<QuantityRecord>('upper', 12, (r) => r.upper),
    col<QuantityRecord>('unit', 8, (r) => r.unit),
    col<QuantityRecord>('qualifier', 10, (r) => r.qualifier),
    col<QuantityRecord>('metric', 24, (r) => r.metric, true),
    col<QuantityRecord>('canonical_metric', 24, (r) => r.canonicalMetric ?? null),
    col<QuantityRecord>('region_code', 12, (r) => r.region?.code ?? null),
    col<QuantityRecord>('region', 16, (r) => r.region?.name ?? null, true),
    shown<QuantityRecord>('as_of', (r) => formatDate(r.asOf)),
    col<QuantityRecord>('as_of_start', 12, (r) => r.asOf?.start ?? null),
    col<QuantityRecord>('as_of_end', 12, (r) => r.asOf?.end ?? null),
    col<QuantityRecord>('as_of_role', 10, (r) => r.asOf?.role ?? null),
    col<QuantityRecord>('role', 8, (r) => r.role, true),
  ],
  date: [
    shown<DateRecord>('when', (r) => formatPeriod(r.start, r.end)),
    col<DateRecord>('start', 12, (r) => r.start),
    col<DateRecord>('end', 12, (r) => r.end),
    col<DateRecord>('granularity', 11, (r) => r.granularity),
    col<DateRecord>('role', 8, (r) => r.role, true),
    col<DateRecord>('year_inferred', 8, (r) => r.yearInferred),
  ],
  assignment: [
    col<AssignmentRecord>('measure', 40, (r) => r.measure, true),
    col<AssignmentRecord>('leaders', 16, (r) => list(r.leaders), true),
    col<AssignmentRecord>('lead_units', 24, (r) => list(r.leadUnits), true),
    col<AssignmentRecord>('responsible_units', 40, (r) => list(r.responsibleUnits), true),
    shown<AssignmentRecord>('deadline', (r) => (r.deadline ? formatPeriod(r.deadline.start, r.deadline.end) : null)),
    col<AssignmentRecord>('deadline_start', 12, (r) => r.deadline?.start ?? null),
    col<AssignmentRecord>('deadline_end', 12, (r) => r.deadline?.end ?? null),
  ],
  reference: [
    col<ReferenceRecord>('doc_number', 22, (r) => r.docNumber, true),
    col<ReferenceRecord>('cited_title', 50, (r) => r.title, true),
  ],
  region: [
    col<RegionMentionRecord>('code', 12, (r) => r.code, true),
    col<RegionMentionRecord>('name', 16, (r) => r.name, true),
    col<RegionMentionRecord>('level', 10, (r) => r.level, true),
  ],
};

const TYPE: Column<FactCells> = col('type', 10, (r) => r.type, true);
const READING: Column<FactCells> = { key: 'reading', header: 'reading', width: 50, get: (r) => describeFact(r.record), brief: true };

/**
 * Columns for rows of the given types: source, section, quote, then each type's own columns, then
 * the sentence. Rows of several types share one header (a type's columns are empty on the others);
 * `brief` keeps what fits a terminal, where several types are shown as one `reading` column.
 */
export function factColumns(types: readonly string[], brief = false): Column<FactCells>[] {
  const known = [...new Set(types)].filter((t): t is QueryFactType => t in TYPE_COLUMNS);
  if (brief) {
    if (known.length === 1) return keep([SOURCE, SECTION, QUOTE, ...TYPE_COLUMNS[known[0]], ...(known[0] === 'reference' ? [DOC_TITLE] : [SENTENCE])]);
    return [SOURCE, SECTION, TYPE, QUOTE, READING, SENTENCE];
  }
  const own: Column<FactCells>[] = [];
  for (const t of known) for (const c of TYPE_COLUMNS[t]) if (!c.tableOnly && !own.some((o) => o.key === c.key)) own.push(c);
  return [SOURCE, DOC, SECTION, ...(known.length > 1 ? [TYPE] : []), QUOTE, ...own, SPAN_START, SPAN_END, SENTENCE, DOC_TITLE];
}

function keep(cols: Column<FactCells>[]): Column<FactCells>[] {
  // the doc title column of references is shown whole; everything else only if brief
  return cols.filter((c) => c.brief || c === DOC_TITLE);
}

/** The cells of a row under the given columns. */
export function cells<T>(row: T, columns: Column<T>[]): Cell[] {
  return columns.map((c) => c.get(row));
}
