// Times each stage of the pipeline over a corpus, one document after another on one thread:
// ingest, normalise, segment, extract, index (processDocument's StageTimes hook), store.
import { EXTRACTORS, REFINERS } from '../../extractors/index.js';
import { ingestFile } from '../ingest/index.js';
import { tuneCompilerForExtraction } from '../pipeline/compiler.js';
import { processDocument, type StageTimes } from '../pipeline/process.js';
import { GONGWEN_VERSION } from '../pipeline/version.js';
import { Store } from '../store/index.js';

export interface StageReport {
  files: number;
  chars: number;
  facts: number;
  /** rows written: document, source, sections, sentences and their full-text rows, facts, diagnostics */
  rows: number;
  /** milliseconds per stage */
  ms: { ingest: number; normalise: number; segment: number; extract: number; index: number; store: number };
  /** wall time of the whole loop, store opening and closing included */
  totalMs: number;
  /** CPU time of the loop: what it costs whatever else the machine runs */
  cpuMs: number;
  /** peak resident set size of the process, bytes */
  peakRss: number;
  /** milliseconds inside each extractor and refiner (the rest of the extract stage is the runner's checks) */
  byExtractor: Record<string, number>;
}

/**
 * Wraps every registered extractor and refiner with a clock. For the benchmark's own process
 * only: the functions still return what they returned.
 */
function clockExtractors(into: Record<string, number>): void {
  const clock = <A extends unknown[], R>(id: string, f: (...a: A) => R) => (...a: A): R => {
    const t = performance.now();
    try {
      return f(...a);
    } finally {
      into[id] = (into[id] ?? 0) + performance.now() - t;
    }
  };
  for (const e of EXTRACTORS) (e as { extract: unknown }).extract = clock(e.id, e.extract.bind(e) as (...a: unknown[]) => unknown);
  for (const r of REFINERS) (r as { refine: unknown }).refine = clock(`refine:${r.id}`, r.refine.bind(r));
}

export async function measureStages(files: string[], db: string): Promise<StageReport> {
  tuneCompilerForExtraction(); // as `gongwen extract` does
  const byExtractor: Record<string, number> = {};
  clockExtractors(byExtractor);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const times: StageTimes = { normalise: 0, segment: 0, extract: 0, index: 0 };
  const report: StageReport = { files: files.length, chars: 0, facts: 0, rows: 0, ms: { ingest: 0, normalise: 0, segment: 0, extract: 0, index: 0, store: 0 }, totalMs: 0, cpuMs: 0, peakRss: 0, byExtractor };
  const store = Store.open(db);
  store.groupWrites(); // as `gongwen extract` writes
  const runId = store.beginRun('bench', GONGWEN_VERSION);
  try {
    for (const file of files) {
      let t = performance.now();
      const ingested = await ingestFile(file);
      report.ms.ingest += performance.now() - t;
      const result = processDocument(ingested, times);
      t = performance.now();
      store.writeDocument(result, runId);
      report.ms.store += performance.now() - t;
      report.chars += result.doc.text.length;
      report.facts += result.facts.length;
      report.rows += 2 + result.sections.length + 2 * result.doc.sentences.length + result.facts.length + result.diagnostics.length;
    }
    store.finishRun(runId, { new: files.length, unchanged: 0, replaced: 0, failed: 0 });
  } finally {
    store.close();
  }
  Object.assign(report.ms, times);
  report.totalMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  report.cpuMs = (cpu.user + cpu.system) / 1000;
  report.peakRss = process.resourceUsage().maxRSS * 1024;
  return report;
}
