// One document through the stages after ingest: normalise → segment → extract → records.
import { EXTRACTORS, REFINERS } from '../../extractors/index.js';
import type { IngestedDocument } from '../core/types.js';
import { runExtractors } from '../extract/runner.js';
import { normalise } from '../normalise/index.js';
import { buildDoc } from '../segment/index.js';
import type { DocumentResult } from '../store/index.js';
import { searchGrams } from '../text/grams.js';
import { documentRecord, sectionRecords } from './records.js';
import { pipelineVersions } from './version.js';

export interface StageTimes {
  normalise: number;
  segment: number;
  extract: number;
  /** the sentences' tokens for the store's full-text index */
  index: number;
}

export function processDocument(ingested: IngestedDocument, times?: StageTimes): DocumentResult {
  let t = performance.now();
  const tick = (stage: keyof StageTimes) => {
    const now = performance.now();
    if (times) times[stage] += now - t;
    t = now;
  };
  const norm = normalise(ingested);
  tick('normalise');
  const doc = buildDoc(ingested, norm);
  tick('segment');
  const { meta, facts, diagnostics } = runExtractors(doc, EXTRACTORS, REFINERS);
  const { id, source, format, encoding, byteLength, raw, text, rawOffset, pageStarts, sections, sentences } = doc;
  const result: DocumentResult = {
    source: ingested.source,
    document: documentRecord(doc, meta),
    doc: { id, source, format, encoding, byteLength, raw, text, rawOffset, pageStarts, sections, sentences },
    sections: sectionRecords(doc),
    facts,
    diagnostics,
    pipeline: pipelineVersions(),
  };
  tick('extract');
  result.searchWords = sentences.map((s) => searchGrams(s.text));
  tick('index');
  return result;
}
