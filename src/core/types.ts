// Core types shared by the pipeline stages and the extractors.
// Offsets inside the pipeline are UTF-16 indices into the normalised text (what JS strings and
// RegExp give); they are turned into code points only at the store/export boundary.
import type { DateValue, FactOf, FactType, Region } from '../../schemas/index.js';

export type SourceFormat = 'txt' | 'md' | 'pdf' | 'html' | 'docx';

/** A table found by ingest, in raw-text offsets. Each row is one line of the raw text, cells tab-separated. */
export interface RawTable {
  rows: RawTableRow[];
  /** index of the header row in `rows`, or null when the table has none */
  headerRow: number | null;
}
export interface RawTableRow {
  cells: RawCell[];
}
export interface RawCell {
  text: string;
  /** [start, end) of the cell's text in `IngestedDocument.raw` */
  start: number;
  end: number;
}

/** What ingest hands to normalise: the document's text as extracted, before any repair. */
export interface IngestedDocument {
  /** first 16 hex digits of SHA-256 of the file's bytes */
  id: string;
  /** the path as given to `extract` */
  source: string;
  format: SourceFormat;
  /** encoding the bytes were decoded from (`utf-8`, `gb18030`, `utf-16le`, … or `binary` for pdf/docx) */
  encoding: string;
  /** the extracted text; for html/docx the visible text of the article, tables as tab-separated lines */
  raw: string;
  /** raw offsets at which each PDF page starts (page n+1 starts at pages[n]); absent for other formats */
  pageStarts?: number[];
  tables: RawTable[];
  byteLength: number;
}

/** Normalised text with its map back to the raw text. */
export interface NormalisedText {
  text: string;
  /** rawOffset[i] = raw offset of normalised UTF-16 offset i (length text.length + 1) */
  rawOffset: Int32Array;
}

export interface Section {
  /** canonical path, e.g. `四/（二）/3` */
  path: string;
  level: number;
  /** outline marker as written (`一、`, `(一)`, `1．`, `第二章`) */
  marker: string;
  heading: string;
  /** span of the heading line/sentence (marker included) */
  start: number;
  end: number;
  /** end of the section's body: start of the next section at the same or a higher level */
  bodyEnd: number;
  /** index of the document part (a notice and its enclosed plan are parts 0 and 1) */
  part: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  /** path of the innermost section holding the paragraph, or null */
  section: string | null;
  /** the paragraph is (or starts with) a section heading */
  heading: Section | null;
  /** index into `Doc.tables` when the paragraph is a table row */
  table: number | null;
  /** row index within the table */
  row: number | null;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  section: string | null;
}

export interface Word {
  word: string;
  start: number;
  end: number;
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}
export interface Table {
  index: number;
  /** header cells' texts, or null */
  header: string[] | null;
  rows: Cell[][];
  start: number;
  end: number;
}

/** The segmented document every extractor reads. */
export interface Doc {
  id: string;
  source: string;
  format: SourceFormat;
  encoding: string;
  byteLength: number;
  raw: string;
  text: string;
  rawOffset: Int32Array;
  pageStarts: number[] | null;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tables: Table[];
  /** words of a span of the text, with offsets (nodejieba cut, cached per call site) */
  words(start: number, end: number): Word[];
  /** words with part-of-speech tags, for the few extractors that need them */
  tagged(start: number, end: number): (Word & { tag: string })[];
  /** whether [start, end) is cut as whole words by jieba, each sentence cut alone (when first asked about) */
  isWholeWord(start: number, end: number): boolean;
  /** whether jieba starts a word at `offset` (the same cut as isWholeWord) */
  startsWord(offset: number): boolean;
  /** the section with the given path */
  section(path: string | null): Section | undefined;
  /** the paragraph holding an offset (the last one starting at or before it) */
  paragraphAt(offset: number): Paragraph | undefined;
  /** the sentence holding an offset, or undefined between sentences */
  sentenceAt(offset: number): Sentence | undefined;
  /** the PDF page (1-based) of a normalised offset, or null */
  pageAt(offset: number): number | null;
}

/** Document-level facts, filled in by the document extractors and read by later ones. */
export interface DocMeta {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  issuedOnInferred: boolean;
  region: Region | null;
  kind: string | null;
  enclosedTitle: string | null;
  recipients: string[];
  copyTo: string[];
  printCount: number | null;
  /** the year that dates without one fall back to (issuedOn's year, or the year the body makes clear) */
  referenceYear: number | null;
  /** `列第一位者为牵头单位`: the first body of a `（X、Y负责）` block leads */
  firstListedLeads: boolean;
}

/** The piece of text an extractor is given, with absolute offsets. */
export interface Segment {
  kind: 'document' | 'paragraph' | 'sentence';
  text: string;
  /** absolute start of `text` in the normalised text */
  start: number;
  end: number;
  section: string | null;
  paragraph: number | null;
}

/** A record an extractor proposes; offsets are relative to the segment it was given. */
export type Candidate<T extends FactType = FactType> = {
  type: T;
  start: number;
  end: number;
  fields: Omit<FactOf<T>, 'type' | 'doc' | 'quote' | 'span' | 'section'>;
  /** section path override (e.g. an assignment attached to the measure it closes) */
  section?: string | null;
};

/** A document field an extractor proposes, with the span it was read from (relative to the segment). */
export interface FieldCandidate<K extends keyof DocMeta = keyof DocMeta> {
  field: K;
  value: DocMeta[K];
  start: number;
  end: number;
}

/** A record after the runner: the export record, its UTF-16 span in the normalised text, provenance. */
export interface Fact<T extends FactType = FactType> {
  /** the export-v1 record (its `span` is in code points) */
  record: FactOf<T>;
  type: T;
  /** UTF-16 span in the normalised text */
  start: number;
  end: number;
  extractor: string;
  extractorVersion: string;
}

export interface ExtractContext {
  doc: Doc;
  meta: DocMeta;
  /** facts accepted so far, in registry order: later extractors may read earlier ones */
  facts: Fact[];
  factsOf<T extends FactType>(type: T): Fact<T>[];
  /** true when [start, end) overlaps a fact already accepted (of the given types, or any) */
  claimed(start: number, end: number, types?: FactType[]): boolean;
}

export interface FactExtractor<T extends FactType = FactType> {
  id: string;
  version: string;
  kind: 'fact';
  type: T;
  scope: Segment['kind'];
  extract(segment: Segment, ctx: ExtractContext): Candidate<T>[];
}

export interface FieldExtractor {
  id: string;
  version: string;
  kind: 'field';
  scope: 'document';
  extract(segment: Segment, ctx: ExtractContext): FieldCandidate[];
}

export type Extractor = FactExtractor<any> | FieldExtractor;

/**
 * Runs after the extractors: may merge, resolve and drop facts (all facts of the document). A
 * refiner that changes a record returns a new record object: the runner validates again only the
 * records it does not get back as the very objects it accepted.
 */
export interface Refiner {
  id: string;
  version: string;
  refine(facts: Fact[], ctx: ExtractContext): Fact[];
}

export interface Diagnostic {
  extractor: string;
  severity: 'rejected' | 'warning';
  message: string;
  start: number | null;
  end: number | null;
  candidate?: unknown;
}

export type { DateValue, Region };
