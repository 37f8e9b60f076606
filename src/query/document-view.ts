// A document as its sentences, each with the facts read from it: plain data for `gongwen show`
// and for the web viewer.
import type Database from 'better-sqlite3';
import type { DocumentRecord, FactRecord, SectionRecord } from '../../schemas/index.js';
import type { SectionRow } from '../store/index.js';
import { findDocument } from './documents.js';

export interface FactMark {
  id: number;
  record: FactRecord;
  /** the part of the fact inside this sentence: [start, end) in code points of the sentence's text */
  start: number;
  end: number;
  /** the fact starts in this sentence (a fact that runs on into the next sentences is listed once) */
  starts: boolean;
}

export interface SentenceView {
  idx: number;
  paragraph: number;
  section: string | null;
  /** [start, end) in code points of the document's text */
  span: [number, number];
  text: string;
  /** sections whose heading starts in this sentence, outermost first */
  headings: SectionRecord[];
  /** facts overlapping the sentence, by start */
  facts: FactMark[];
}

export interface DocumentView {
  document: DocumentRecord;
  sections: SectionRecord[];
  sentences: SentenceView[];
  /** number of facts of each type */
  counts: Record<string, number>;
}

/** The document `key` means (id, id prefix or path substring), sentence by sentence with its facts. */
export function documentView(db: Database.Database, key: string, types?: readonly string[]): DocumentView {
  const { doc, record } = findDocument(db, key);
  const sections = (db.prepare('SELECT path, level, heading, quote, span_start, span_end FROM sections WHERE doc = ? ORDER BY ord').all(doc) as SectionRow[]).map(
    (s): SectionRecord => ({ type: 'section', doc, path: s.path, level: s.level, heading: s.heading, quote: s.quote, span: [s.span_start, s.span_end] }),
  );
  const rawSentences = db.prepare('SELECT idx, paragraph, section, span_start, span_end, text FROM sentences WHERE doc = ? ORDER BY idx').all(doc) as RawSentence[];
  const facts = (db.prepare('SELECT id, type, span_start, span_end, record FROM facts WHERE doc = ? ORDER BY span_start, span_end DESC, id').all(doc) as RawFact[]).filter(
    (f) => !types || types.includes(f.type),
  );
  const counts: Record<string, number> = {};
  for (const f of facts) counts[f.type] = (counts[f.type] ?? 0) + 1;
  const sentences = rawSentences.map((s, i): SentenceView => {
    // what starts in the gap before the next sentence (white space, a line break) goes with this one
    const until = rawSentences[i + 1]?.span_start ?? Infinity;
    const startsHere = (at: number) => at >= s.span_start && at < until;
    return {
      idx: s.idx, paragraph: s.paragraph, section: s.section, span: [s.span_start, s.span_end], text: s.text,
      headings: sections.filter((h) => startsHere(h.span[0])),
      facts: facts
        .filter((f) => startsHere(f.span_start) || (f.span_start < s.span_end && f.span_end > s.span_start))
        .map((f) => ({
          id: f.id, record: JSON.parse(f.record) as FactRecord, starts: startsHere(f.span_start),
          start: clamp(f.span_start - s.span_start, s), end: clamp(f.span_end - s.span_start, s),
        })),
    };
  });
  return { document: record, sections, sentences, counts };
}

function clamp(at: number, s: RawSentence): number {
  return Math.max(0, Math.min(at, s.span_end - s.span_start));
}

interface RawSentence {
  idx: number;
  paragraph: number;
  section: string | null;
  span_start: number;
  span_end: number;
  text: string;
}
interface RawFact {
  id: number;
  type: string;
  span_start: number;
  span_end: number;
  record: string;
}
