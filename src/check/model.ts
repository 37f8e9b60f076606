// What the checker reads: one view per document, built from the store or from a pipeline
// result. Offsets here are UTF-16 indices into the normalised text (what JS strings give);
// the records keep their code-point spans for the findings.
import type { QuantityRecord } from '../../schemas/index.js';
import { utf16Mapper } from '../core/offsets.js';
import type { DocumentResult } from '../store/index.js';

/** A stored quantity with its place in the text. */
export interface Figure {
  doc: string;
  /** UTF-16 span in the document's normalised text */
  start: number;
  end: number;
  record: QuantityRecord;
}

export interface SentenceView {
  start: number;
  end: number;
  paragraph: number;
  section: string | null;
}

export interface SectionView {
  path: string;
  level: number;
  heading: string;
  start: number;
  end: number;
}

export interface DocView {
  doc: string;
  source: string;
  title: string | null;
  docNumber: string | null;
  text: string;
  /** text as extracted from the file, for line numbers */
  raw: string;
  /** raw offset of each normalised UTF-16 offset */
  rawOffset: Int32Array;
  /** figures in text order */
  figures: Figure[];
  sentences: SentenceView[];
  sections: SectionView[];
}

/** The plain data a view is made of; spans of sentences, sections and records in code points. */
export interface DocData {
  doc: string;
  source: string;
  title: string | null;
  docNumber: string | null;
  text: string;
  raw: string;
  rawOffset: Int32Array;
  sentences: { span: [number, number]; paragraph: number; section: string | null }[];
  sections: { path: string; level: number; heading: string; span: [number, number] }[];
  quantities: QuantityRecord[];
}

export function docView(d: DocData): DocView {
  const at = utf16Mapper(d.text);
  const figures = d.quantities
    .map((record) => ({ doc: d.doc, start: at(record.span[0]), end: at(record.span[1]), record }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    doc: d.doc, source: d.source, title: d.title, docNumber: d.docNumber, text: d.text, raw: d.raw, rawOffset: d.rawOffset,
    figures,
    sentences: d.sentences.map((s) => ({ start: at(s.span[0]), end: at(s.span[1]), paragraph: s.paragraph, section: s.section })),
    sections: d.sections.map((s) => ({ path: s.path, level: s.level, heading: s.heading, start: at(s.span[0]), end: at(s.span[1]) })),
  };
}

/** A view of a document straight from the pipeline (tests, and checking without a store). */
export function viewOfResult(r: DocumentResult): DocView {
  const sentences = r.doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph, section: s.section }));
  const figures = r.facts
    .filter((f) => f.type === 'quantity')
    .map((f) => ({ doc: r.document.doc, start: f.start, end: f.end, record: f.record as QuantityRecord }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    doc: r.document.doc, source: r.source, title: r.document.title, docNumber: r.document.docNumber,
    text: r.doc.text, raw: r.doc.raw, rawOffset: r.doc.rawOffset, figures, sentences,
    sections: r.doc.sections.map((s) => ({ path: s.path, level: s.level, heading: s.heading, start: s.start, end: s.end })),
  };
}
