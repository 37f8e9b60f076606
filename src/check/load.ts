// Reads the documents and their quantities from a store (read-only) into check views.
import type { QuantityRecord } from '../../schemas/index.js';
import type { Store } from '../store/index.js';
import { decodeOffsets } from '../store/offsets.js';
import { docView, type DocView } from './model.js';

interface DocRow {
  doc: string;
  source: string;
  title: string | null;
  doc_number: string | null;
  text: string;
  raw_text: string;
  raw_offsets: Buffer;
}

export function loadDocs(store: Store, filter: { doc?: string } = {}): DocView[] {
  const db = store.db;
  const docs = db
    .prepare(`SELECT doc, source, title, doc_number, text, raw_text, raw_offsets FROM documents ${filter.doc ? 'WHERE doc = ? OR source = ?' : ''} ORDER BY source, doc`)
    .all(...(filter.doc ? [filter.doc, filter.doc] : [])) as DocRow[];
  const sentences = db.prepare('SELECT span_start, span_end, paragraph, section FROM sentences WHERE doc = ? ORDER BY idx');
  const sections = db.prepare('SELECT path, level, heading, span_start, span_end FROM sections WHERE doc = ? ORDER BY ord');
  const facts = db.prepare("SELECT record FROM facts WHERE doc = ? AND type = 'quantity' ORDER BY span_start, span_end, id");
  return docs.map((d) =>
    docView({
      doc: d.doc, source: d.source, title: d.title, docNumber: d.doc_number, text: d.text, raw: d.raw_text,
      rawOffset: decodeOffsets(d.raw_offsets),
      sentences: (sentences.all(d.doc) as { span_start: number; span_end: number; paragraph: number; section: string | null }[])
        .map((s) => ({ span: [s.span_start, s.span_end], paragraph: s.paragraph, section: s.section })),
      sections: (sections.all(d.doc) as { path: string; level: number; heading: string; span_start: number; span_end: number }[])
        .map((s) => ({ path: s.path, level: s.level, heading: s.heading, span: [s.span_start, s.span_end] })),
      quantities: (facts.all(d.doc) as { record: string }[]).map((f) => JSON.parse(f.record) as QuantityRecord),
    }),
  );
}
