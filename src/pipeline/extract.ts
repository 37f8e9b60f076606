// The extract stage over a corpus: list files, read and parse a bounded number at once
// (p-queue), write each document in its own transaction on one connection.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import PQueue from 'p-queue';
import { IngestError } from '../ingest/errors.js';
import { ingestBytes } from '../ingest/index.js';
import { listInputs } from '../ingest/walk.js';
import { Store } from '../store/index.js';
import { createProgress, shown, type FileOutcome } from './progress.js';
import { processDocument } from './process.js';
import { startDictionary } from '../segment/words.js';
import { defaultWorkers, openWorkerPool } from './workers.js';
import { GONGWEN_VERSION, pipelineKey } from './version.js';
import { tuneCompilerForExtraction } from './compiler.js';

export interface ExtractOptions {
  db: string;
  concurrency?: number;
  /** re-extract even when the stored document is current */
  force?: boolean;
  quiet?: boolean;
  progressStream?: NodeJS.WriteStream;
  /** redis://HOST:PORT: documents are extracted by `gongwen worker`s on a queue; this process only stores */
  queue?: string;
  /**
   * threads that extract: 1 is this thread alone; N > 1 starts N − 1 worker threads, and this one,
   * which hashes and stores, extracts too whenever the workers have enough waiting. Default: one
   * per core when the input is large enough to repay starting them.
   */
  workers?: number;
}

export interface ExtractSummary {
  files: number;
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
  sections: number;
  facts: number;
  chars: number;
  seconds: number;
  errors: { source: string; reason: string }[];
}

export async function extractCorpus(paths: string[], opts: ExtractOptions): Promise<ExtractSummary> {
  const started = performance.now();
  tuneCompilerForExtraction();
  // the word dictionary loads on a thread of its own meanwhile (shared by the worker threads)
  if (!opts.queue) startDictionary();
  const { files, errors: walkErrors } = await listInputs(paths);
  const summary: ExtractSummary = {
    files: files.length, new: 0, unchanged: 0, replaced: 0, failed: 0, sections: 0, facts: 0, chars: 0, seconds: 0,
    errors: [...walkErrors.map((e) => ({ source: e.path, reason: e.reason }))],
  };
  summary.failed += walkErrors.length;
  const stream = opts.progressStream ?? process.stderr;
  for (const e of walkErrors) if (!opts.quiet) stream.write(`error: ${shown(e.path)}: ${shown(e.reason)}\n`);
  const workers = opts.queue ? 1 : Math.min(opts.workers ?? (await defaultWorkers(files)), files.length);
  // documents in flight, 8 a thread: room for the workers' backlog (WAITING_PER_WORKER each) and
  // for the files this thread reads or extracts meanwhile, few enough to keep memory bounded by them
  const concurrency = opts.concurrency ?? (opts.queue ? QUEUE_WINDOW : workers > 1 ? IN_FLIGHT_PER_WORKER * workers : cpus().length);
  const remote = opts.queue ? await openQueue(opts.queue, concurrency, opts.quiet ? undefined : stream) : undefined;
  const pool = !opts.queue && workers > 1 ? openWorkerPool(workers - 1) : undefined;
  // This thread extracts a document itself only while the pool has enough to stay busy, and one
  // at a time: decisions taken together before the first is done would all see the same backlog,
  // and the pool would sit idle while this thread worked through them.
  let extractingHere = false;
  const toPool = () => pool !== undefined && (extractingHere || pool.backlog < WAITING_PER_WORKER * (workers - 1));
  const extractHere = async (source: string, bytes: Buffer) => {
    extractingHere = true;
    try {
      return processDocument(await ingestBytes(source, bytes));
    } finally {
      extractingHere = false;
    }
  };
  const store = Store.open(opts.db);
  store.groupWrites();
  const runId = store.beginRun(`extract ${paths.join(' ')}`, GONGWEN_VERSION);
  const progress = createProgress(files.length, stream, opts.quiet);
  const current = pipelineKey();
  const queue = new PQueue({ concurrency });
  const record = (source: string, outcome: FileOutcome, chars: number, detail?: string) => {
    summary[outcome]++;
    summary.chars += chars;
    if (outcome === 'failed') {
      summary.errors.push({ source, reason: detail ?? 'failed' });
      store.recordFailure(runId, source, detail ?? 'failed');
    }
    progress.file(source, outcome, chars, detail);
  };
  try {
    // Files are handed to the queue as it drains, not all at once: a million queued tasks would
    // hold most of a gigabyte before the first is done.
    let failure: unknown;
    const handle = async (source: string) => {
      try {
        const bytes = await readFile(source);
        const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
        if (!opts.force && store.documentPipeline(id) === current) {
          // same bytes, same pipeline: nothing to redo (a new name for them is just linked)
          store.linkSource(source, id);
          record(source, 'unchanged', 0);
          return;
        }
        const result = remote
          ? await remote.extract(source, bytes, id)
          : toPool() ? await pool!.extract(source, bytes, id) : await extractHere(source, bytes);
        const outcome = store.writeDocument(result, runId);
        summary.sections += result.sections.length;
        summary.facts += result.facts.length;
        record(source, outcome, result.doc.text.length);
      } catch (err) {
        record(source, 'failed', 0, reasonOf(err));
      }
    };
    for (const source of files) {
      await queue.onSizeLessThan(concurrency);
      queue.add(() => handle(source)).catch((err: unknown) => (failure ??= err));
    }
    await queue.onIdle();
    if (failure) throw failure;
  } finally {
    progress.stop();
    store.finishRun(runId, summary);
    store.close();
    await remote?.close();
    await pool?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

const IN_FLIGHT_PER_WORKER = 8;

/**
 * Documents a worker thread should have before this thread extracts one itself: enough to keep
 * it busy while this thread extracts, writes a group or checkpoints the store (a document of
 * 8,000 characters takes 15–20 ms; at 3 a worker still sat idle a fifth of the time, at 8 the
 * 10 MB corpus took 7.0 s instead of 7.4–7.7), few enough that this thread takes its share.
 */
const WAITING_PER_WORKER = 8;

/** Jobs on the queue at once by default: enough to keep many workers busy, few enough for Redis to hold. */
const QUEUE_WINDOW = 64;

async function openQueue(url: string, window: number, stream?: NodeJS.WriteStream) {
  const { openQueueExtractor } = await import('../queue/producer.js');
  return openQueueExtractor(url, { pipeline: pipelineKey(), window, warn: (m) => stream?.write(`note: ${m}\n`) });
}

/** One line for the user: the reason of an expected error, the message of an unexpected one. */
export function reasonOf(err: unknown): string {
  if (err instanceof IngestError) return err.reason;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  const message = String(e?.message ?? err).split('\n')[0];
  return `internal error: ${message}`;
}

export function formatSummary(s: ExtractSummary, db: string): string {
  const rate = s.seconds > 0 ? Math.round(s.chars / s.seconds) : 0;
  return [
    `${s.files} files: ${s.new} new, ${s.unchanged} unchanged, ${s.replaced} replaced, ${s.failed} failed`,
    `${s.sections} sections, ${s.facts} facts stored in ${db}`,
    `${s.seconds.toFixed(1)} s, ${rate} chars/s`,
  ].join('\n');
}
