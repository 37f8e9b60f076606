// The fact store as an Excel workbook, for analysts: one sheet per record type, flat columns,
// the source file, section and quote beside every figure, the header row frozen and filterable.
// Written with exceljs's streaming writer, document by document, so memory stays flat.
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import type { DocumentRecord } from '../../schemas/index.js';
import { Store, type SectionRow } from '../store/index.js';
import { cells, factColumns, type Cell, type Column } from '../query/columns.js';
import { queryFacts } from '../query/facts.js';
import { findDocument } from '../query/documents.js';

/** Sheet names, in order, with the fact type each holds. */
export const XLSX_SHEETS = ['documents', 'sections', 'quantities', 'dates', 'assignments', 'references', 'regions'] as const;
const FACT_SHEETS: Record<string, string> = {
  quantities: 'quantity', dates: 'date', assignments: 'assignment', references: 'reference', regions: 'region',
};

export interface XlsxSummary {
  documents: number;
  rows: Record<string, number>;
}

interface SectionCells extends SectionRow {
  source: string;
  doc: string;
}

const list = (xs: string[] | undefined) => (xs?.length ? xs.join('、') : null);
function dcol(key: string, width: number, get: (d: DocumentRecord) => Cell): Column<DocumentRecord> {
  return { key, header: key, width, get };
}
const DOCUMENT_COLUMNS: Column<DocumentRecord>[] = [
  dcol('source', 30, (d) => d.source), dcol('doc', 18, (d) => d.doc), dcol('title', 50, (d) => d.title),
  dcol('doc_number', 22, (d) => d.docNumber), dcol('issuer', 30, (d) => d.issuer), dcol('issued_on', 12, (d) => d.issuedOn),
  dcol('issued_on_inferred', 8, (d) => d.issuedOnInferred), dcol('region_code', 12, (d) => d.region?.code ?? null),
  dcol('region', 16, (d) => d.region?.name ?? null), dcol('kind', 8, (d) => d.kind), dcol('enclosed_title', 40, (d) => d.enclosedTitle ?? null),
  dcol('recipients', 40, (d) => list(d.recipients)), dcol('copy_to', 40, (d) => list(d.copyTo)), dcol('format', 8, (d) => d.format ?? null),
  dcol('pages', 8, (d) => d.pages ?? null),
];

const SECTION_COLUMNS: Column<SectionCells>[] = (['source', 'doc', 'path', 'level', 'heading', 'quote', 'span_start', 'span_end'] as const).map((key) => ({
  key, header: key, width: { source: 30, doc: 18, path: 16, level: 6, heading: 40, quote: 50, span_start: 10, span_end: 10 }[key], get: (s: SectionCells) => s[key],
}));

/** Writes the store (or one document: id, id prefix or path substring) to an .xlsx file. */
export async function exportXlsx(dbPath: string, outPath: string, filter: { doc?: string } = {}): Promise<XlsxSummary> {
  const store = Store.openReadOnly(dbPath);
  try {
    const docs = documents(store.db, filter.doc);
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: outPath, useStyles: true, useSharedStrings: true });
    book.creator = 'gongwen';
    const summary: XlsxSummary = { documents: docs.length, rows: {} };
    const write = <T>(name: string, columns: Column<T>[], rows: Iterable<T>) => {
      const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
      sheet.getRow(1).font = { bold: true };
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      let n = 0;
      for (const row of rows) {
        sheet.addRow(cells(row, columns).map(excelCell)).commit();
        n++;
      }
      sheet.commit();
      summary.rows[name] = n;
    };
    write('documents', DOCUMENT_COLUMNS, docs);
    write('sections', SECTION_COLUMNS, sections(store.db, docs));
    for (const [name, type] of Object.entries(FACT_SHEETS)) {
      write(name, factColumns([type]), factsOf(store.db, docs, type));
    }
    await book.commit();
    return summary;
  } finally {
    store.close();
  }
}

function documents(db: Database.Database, key: string | undefined): DocumentRecord[] {
  if (key) return [findDocument(db, key).record];
  return (db.prepare('SELECT record FROM documents ORDER BY source, doc').all() as { record: string }[]).map((r) => JSON.parse(r.record) as DocumentRecord);
}

function* sections(db: Database.Database, docs: DocumentRecord[]): Generator<SectionCells> {
  const stmt = db.prepare('SELECT path, level, heading, quote, span_start, span_end FROM sections WHERE doc = ? ORDER BY ord');
  for (const d of docs) {
    for (const s of stmt.all(d.doc) as SectionRow[]) yield { source: d.source, doc: d.doc, ...s };
  }
}

function* factsOf(db: Database.Database, docs: DocumentRecord[], type: string) {
  for (const d of docs) yield* queryFacts(db, { type: [type], docIds: [d.doc] });
}

/** Strings longer than a cell holds (32767) are cut; everything else goes in as it is. */
function excelCell(c: Cell): Cell {
  return typeof c === 'string' && c.length > 32767 ? c.slice(0, 32766) + '…' : c;
}
