// The local pool: documents are extracted on worker threads (piscina), while the main thread
// hashes files, skips unchanged ones, extracts when the workers have enough waiting, and stays the
// single store writer (extract.ts). It offers the same
// `extract(source, bytes, doc)` as the queue producer, so extractCorpus treats both alike.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { IngestError } from '../ingest/errors.js';
import type { DocumentResult } from '../store/index.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export interface DocumentExtractor {
  extract(source: string, bytes: Buffer, doc: string): Promise<DocumentResult>;
  close(): Promise<void>;
}

export interface WorkerPool extends DocumentExtractor {
  /** documents handed to the pool that its threads have not finished (read without waiting for their replies) */
  readonly backlog: number;
}

/** Worker threads for a large input: one per core. */
export const CORES = availableParallelism();

/**
 * Each worker thread loads the dictionaries and the gazetteer (about a second of CPU): below
 * this much input one thread finishes sooner than a pool.
 */
export const POOL_MIN_BYTES = 4 * 1024 * 1024;

/** One thread per core for a large input, this thread alone for a small one. */
export async function defaultWorkers(files: string[]): Promise<number> {
  if (CORES < 2) return 1;
  let bytes = 0;
  for (const file of files) {
    bytes += await stat(file).then((s) => s.size, () => 0);
    if (bytes >= POOL_MIN_BYTES) return CORES;
  }
  return 1;
}

/** Documents handed to a worker thread at once. */
export const TASKS_PER_WORKER = 10;

/** Threads start with the first document to extract: a run over an unchanged corpus starts none. */
export function openWorkerPool(threads: number): WorkerPool {
  let pool: Piscina<WorkerTask, WorkerReply> | undefined;
  // a worker counts the documents it finished here, so that this thread knows the backlog even
  // while it is busy and their replies wait in its event loop
  const finished = new Int32Array(new SharedArrayBuffer(4));
  let submitted = 0;
  return {
    get backlog() {
      return submitted - Atomics.load(finished, 0);
    },
    async extract(source, bytes) {
      pool ??= new Piscina({
        ...workerEntry(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000,
        // several documents queued in the worker itself: it goes on to the next while this
        // thread, busy extracting or writing, has not yet read its last reply
        concurrentTasksPerWorker: TASKS_PER_WORKER,
      });
      submitted++;
      const reply = await pool.run({ source, bytes, finished });
      // the worker read the bytes as the reason says; the same error class as in-process
      if ('failure' in reply) throw new IngestError(reply.failure);
      return reply.result;
    },
    close: async () => pool?.destroy(),
  };
}

/**
 * The worker module beside this one: built JavaScript in dist/, or, when gongwen runs from
 * source (tests, tsx), a small entry that loads the TypeScript through tsx in the worker.
 */
function workerEntry(): { filename: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  return { filename: new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url).href };
}
