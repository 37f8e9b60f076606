// Test helper: a small store made from plain text and hand-written facts, through the real
// normaliser, segmenter and Store.writeDocument — so query tests do not depend on what the
// extractors happen to find.
import type { DocumentRecord, FactRecord, Region, SectionRecord } from '../../schemas/index.js';
import { codePointMapper } from '../core/offsets.js';
import { docFromText } from '../core/testing.js';
import type { Fact } from '../core/types.js';
import { Store } from '../store/index.js';

type Located = 'doc' | 'quote' | 'span' | 'section';
/** A fact by its quote (the `nth` occurrence in the text, from 0) and the record's other fields. */
export type FixtureFact = { [T in FactRecord['type']]: Omit<Extract<FactRecord, { type: T }>, Located> & { quote: string; nth?: number } }[FactRecord['type']];

export interface FixtureDoc {
  source: string;
  text: string;
  title?: string | null;
  region?: Region | null;
  issuedOn?: string | null;
  docNumber?: string | null;
  facts: FixtureFact[];
}

/** Writes the documents into a new store at `path` (a file: read-only connections need one). Returns their ids by source. */
export function writeFixtureStore(path: string, docs: FixtureDoc[]): Record<string, string> {
  const store = Store.open(path);
  const ids: Record<string, string> = {};
  try {
    for (const d of docs) {
      const doc = docFromText(d.text, { source: d.source });
      ids[d.source] = doc.id;
      const cp = codePointMapper(doc.text);
      const document: DocumentRecord = {
        type: 'document', doc: doc.id, source: d.source, title: d.title ?? null, docNumber: d.docNumber ?? null, issuer: null,
        issuedOn: d.issuedOn ?? null, issuedOnInferred: false, region: d.region ?? null, kind: null,
      };
      const sections: SectionRecord[] = doc.sections.map((s) => ({
        type: 'section', doc: doc.id, path: s.path, level: s.level, heading: s.heading, quote: doc.text.slice(s.start, s.end), span: [cp(s.start), cp(s.end)],
      }));
      const facts: Fact[] = d.facts.map((f) => {
        const start = nthIndex(doc.text, f.quote, f.nth ?? 0);
        if (start < 0) throw new Error(`fixture: '${f.quote}' not in ${d.source}`);
        const end = start + f.quote.length;
        const section = doc.sentences.find((s) => s.start <= start && start < s.end)?.section ?? null;
        const { nth: _nth, ...fields } = f;
        const record = { ...fields, doc: doc.id, span: [cp(start), cp(end)], section } as FactRecord;
        return { record, type: f.type, start, end, extractor: 'fixture', extractorVersion: '1' } as Fact;
      });
      store.writeDocument({ source: d.source, document, doc, sections, facts, diagnostics: [], pipeline: {} }, null);
    }
  } finally {
    store.close();
  }
  return ids;
}

function nthIndex(text: string, quote: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
