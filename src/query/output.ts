// Query results as text in each output form. `jsonl` of facts is export-v1 records, one a line;
// `json` is the rows with their document and sentence; `csv` is flat columns with a BOM; `table`
// is for reading in a terminal (cut to its width, colour when it is one).
import { cells, factColumns, type Cell } from './columns.js';
import { formatAmount, formatNumber } from './describe.js';
import type { FactRow } from './facts.js';
import { cellText, renderTable, toCsv, type OutputFormat } from './format.js';
import { markRanges } from './fts.js';
import type { SentenceHit } from './sentences.js';
import type { Series } from './series.js';
import type { SqlResult } from './sql.js';

export interface OutputOptions {
  /** colour (ANSI) in tables */
  color?: boolean;
  /** terminal width: table lines are cut to it */
  width?: number;
  /** types asked for: the columns of an empty csv */
  types?: string[];
}

const HIT_ON = '\x1b[1;31m';
const HIT_OFF = '\x1b[0m';
/** Matched words in a table cell: red on a terminal, 【】 in a pipe. */
const hitMarks = (color: boolean | undefined): [string, string] => (color ? [HIT_ON, HIT_OFF] : ['【', '】']);

export function formatFacts(rows: FactRow[], format: OutputFormat, opts: OutputOptions = {}): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r.record) + '\n').join('');
  const present = [...new Set(rows.map((r) => r.record.type))];
  const types = present.length ? present : opts.types?.length ? opts.types : ['quantity', 'date', 'assignment', 'reference', 'region'];
  if (format === 'csv') {
    const cols = factColumns(types);
    return toCsv(cols.map((c) => c.header), rows.map((r) => cells(r, cols)));
  }
  const cols = factColumns(types, true);
  const sentenceCol = cols.findIndex((c) => c.key === 'sentence');
  // matched words are marked before the table measures widths; in colour the marks take no width
  const shown = rows.map((r) => {
    const row = cells(r, cols);
    if (sentenceCol >= 0 && r.sentence && r.matches.length) row[sentenceCol] = oneLine(markRanges(r.sentence, r.matches, ...hitMarks(opts.color)));
    return row;
  });
  return renderTable(cols.map((c) => c.header), shown, { maxWidth: opts.width }) + count(rows.length, 'fact');
}

export function formatSentences(hits: SentenceHit[], format: OutputFormat, opts: OutputOptions = {}): string {
  if (format === 'json') return JSON.stringify(hits, null, 2) + '\n';
  if (format === 'jsonl') return hits.map((h) => JSON.stringify({ type: 'sentence', ...h }) + '\n').join('');
  if (format === 'csv') {
    return toCsv(
      ['source', 'doc', 'section', 'span_start', 'span_end', 'score', 'text', 'highlighted'],
      hits.map((h) => [h.source, h.doc, h.section, h.span[0], h.span[1], h.score, h.text, h.highlighted]),
    );
  }
  // BM25 is lower for better matches; a table shows its negation, so higher reads as better
  const rows: Cell[][] = hits.map((h) => [h.source, h.section, (-h.score).toFixed(2), oneLine(markRanges(h.text, h.matches, ...hitMarks(opts.color)))]);
  return renderTable(['source', 'section', 'relevance', 'sentence'], rows, { maxWidth: opts.width }) + count(hits.length, 'sentence');
}

export function formatSeries(series: Series[], format: OutputFormat, opts: OutputOptions = {}): string {
  if (format === 'json') return JSON.stringify(series, null, 2) + '\n';
  const flat = series.flatMap((s) =>
    s.points.map((p) => ({
      region_code: s.region?.code ?? null, region: s.region?.name ?? null, unit: s.unit, date: p.date, dated: p.dated,
      value: p.value, upper: p.record.upper, qualifier: p.record.qualifier, metric: p.record.metric, role: p.record.role,
      quote: p.record.quote, source: p.source, doc: p.record.doc, section: p.record.section, issued_on: p.issuedOn, sentence: p.sentence,
    })),
  );
  if (format === 'jsonl') return flat.map((p) => JSON.stringify(p) + '\n').join('');
  if (format === 'csv') {
    const headers = Object.keys(flat[0] ?? { region_code: 0, region: 0, unit: 0, date: 0, dated: 0, value: 0, upper: 0, qualifier: 0, metric: 0, role: 0, quote: 0, source: 0, doc: 0, section: 0, issued_on: 0, sentence: 0 });
    return toCsv(headers, flat.map((p) => headers.map((h) => p[h as keyof typeof p] as Cell)));
  }
  if (!series.length) return 'no figures match\n';
  return series
    .map((s) => {
      const title = `${s.region ? `${s.region.name} ${s.region.code}` : '(no region)'} · ${s.unit ?? '(no unit)'} · ${s.metrics.join('、')}`;
      const rows: Cell[][] = s.points.map((p) => [
        p.date ? (p.dated === 'issued' ? `${p.date} (issued)` : p.date) : '', formatAmount(p.record), p.record.metric, p.record.role,
        p.record.quote, `${p.source}${p.record.section ? ` §${p.record.section}` : ''}`, p.sentence,
      ]);
      const table = renderTable(['date', 'value', 'metric', 'role', 'quote', 'source', 'sentence'], rows, { maxWidth: opts.width });
      return `${opts.color ? `\x1b[1m${title}\x1b[0m` : title}\n${table}`;
    })
    .join('\n');
}

export function formatSqlResult(r: SqlResult, format: OutputFormat, opts: OutputOptions = {}): string {
  const objects = () => r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
  if (format === 'json') return JSON.stringify(objects(), null, 2) + '\n';
  if (format === 'jsonl') return objects().map((o) => JSON.stringify(o) + '\n').join('');
  if (format === 'csv') return toCsv(r.columns, r.rows);
  if (!r.columns.length) return '';
  const shown = r.rows.map((row) => row.map((c) => (typeof c === 'number' ? formatNumber(c) : c)));
  return renderTable(r.columns, shown, { maxWidth: opts.width }) + count(r.rows.length, 'row');
}

const oneLine = (s: string) => cellText(s);
const count = (n: number, what: string) => `(${n} ${what}${n === 1 ? '' : 's'})\n`;
