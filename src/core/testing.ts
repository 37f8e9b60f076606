// Test helpers: a real normalised and segmented Doc from a string, and the real runner over it.
import { createHash } from 'node:crypto';
import type { DocMeta, Doc, Extractor, IngestedDocument, Refiner } from './types.js';
import { emptyMeta } from './meta.js';
import { normalise } from '../normalise/index.js';
import { buildDoc } from '../segment/index.js';
import { runExtractors, type ExtractionResult } from '../extract/runner.js';

export interface TextOptions {
  source?: string;
  meta?: Partial<DocMeta>;
  format?: IngestedDocument['format'];
  tables?: IngestedDocument['tables'];
  pageStarts?: number[];
  refiners?: Refiner[];
}

export function ingestedFromText(raw: string, opts: TextOptions = {}): IngestedDocument {
  return {
    id: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    source: opts.source ?? 'test.txt',
    format: opts.format ?? 'txt',
    encoding: 'utf-8',
    raw,
    tables: opts.tables ?? [],
    ...(opts.pageStarts ? { pageStarts: opts.pageStarts } : {}),
    byteLength: Buffer.byteLength(raw),
  };
}

export function docFromText(raw: string, opts: TextOptions = {}): Doc {
  const ingested = ingestedFromText(raw, opts);
  return buildDoc(ingested, normalise(ingested));
}

export function runOn(extractors: Extractor[], raw: string, opts: TextOptions = {}): ExtractionResult {
  const doc = docFromText(raw, opts);
  return runExtractors(doc, extractors, opts.refiners ?? [], { ...emptyMeta(), ...opts.meta });
}
