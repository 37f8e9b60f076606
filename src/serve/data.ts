// What the viewer reads from the store beyond src/query: record counts per document, a document
// with its text and records, the choices offered by filter forms, the sentence around a quote.
// Plain SQL over the tables the README documents; every statement only reads.
import type Database from 'better-sqlite3';
import type { DocumentRecord, FactRecord } from '../../schemas/index.js';
import { listDocuments } from '../query/index.js';
import { placeOf } from '../regions/gazetteer.js';

export interface DocSummary {
  record: DocumentRecord;
  /** records read from it, by type */
  counts: Record<string, number>;
}

export function documentSummaries(db: Database.Database): DocSummary[] {
  const counts = db.prepare('SELECT doc, type, count(*) AS n FROM facts GROUP BY doc, type').all() as { doc: string; type: string; n: number }[];
  const byDoc = new Map<string, Record<string, number>>();
  for (const c of counts) byDoc.set(c.doc, { ...byDoc.get(c.doc), [c.type]: c.n });
  return listDocuments(db).map((d) => ({ record: d.record, counts: byDoc.get(d.doc) ?? {} }));
}

export interface DocPage {
  record: DocumentRecord;
  text: string;
  sections: { path: string; heading: string; span: [number, number] }[];
  facts: FactRecord[];
}

export function getDocument(db: Database.Database, doc: string): DocPage | null {
  const row = db.prepare('SELECT record, text FROM documents WHERE doc = ?').get(doc) as { record: string; text: string } | undefined;
  if (!row) return null;
  const sections = (
    db.prepare('SELECT path, heading, span_start, span_end FROM sections WHERE doc = ? ORDER BY ord').all(doc) as {
      path: string;
      heading: string;
      span_start: number;
      span_end: number;
    }[]
  ).map((s) => ({ path: s.path, heading: s.heading, span: [s.span_start, s.span_end] as [number, number] }));
  const facts = (db.prepare('SELECT record FROM facts WHERE doc = ? ORDER BY span_start, span_end, type, id').all(doc) as { record: string }[]).map(
    (f) => JSON.parse(f.record) as FactRecord,
  );
  return { record: JSON.parse(row.record) as DocumentRecord, text: row.text, sections, facts };
}

export interface Choice {
  value: string;
  label: string;
  count: number;
}

/** Regions that quantities are about, most used first. */
export function regionChoices(db: Database.Database): Choice[] {
  const rows = db
    .prepare("SELECT region_code AS code, count(*) AS n FROM facts WHERE type = 'quantity' AND region_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")
    .all() as { code: string; n: number }[];
  return rows.map((r) => ({ value: r.code, label: placeOf(r.code)?.name ?? r.code, count: r.n }));
}

/** Canonical metrics, most used first. */
export function metricChoices(db: Database.Database): Choice[] {
  const rows = db
    .prepare("SELECT canonical_metric AS m, count(*) AS n FROM facts WHERE type = 'quantity' AND canonical_metric IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")
    .all() as { m: string; n: number }[];
  return rows.map((r) => ({ value: r.m, label: r.m, count: r.n }));
}

export interface SentenceAt {
  text: string;
  /** code-point offset of the sentence in its document */
  start: number;
  title: string | null;
}

/** The sentence holding a code-point position of a document (for showing a quote in context). */
export function sentenceAt(db: Database.Database, doc: string, position: number): SentenceAt | null {
  const row = db
    .prepare(
      `SELECT s.text, s.span_start AS start, d.title FROM sentences s JOIN documents d USING (doc)
       WHERE s.doc = ? AND s.span_start <= ? AND s.span_end > ? ORDER BY s.span_start DESC LIMIT 1`,
    )
    .get(doc, position, position) as SentenceAt | undefined;
  return row ?? null;
}
