// A worker thread of the local pool (workers.ts): one file's bytes in, its DocumentResult out.
// Expected failures come back as their one-line reason, since an IngestError thrown here would
// reach the main thread as a plain Error.
import { ingestBytes } from '../ingest/index.js';
import { reasonOf } from './extract.js';
import { processDocument } from './process.js';
import type { DocumentResult } from '../store/index.js';
import { startDictionary } from '../segment/words.js';

// shared with the other threads of the process: a no-op when the main thread started it
startDictionary();

export interface WorkerTask {
  source: string;
  bytes: Uint8Array;
  /** shared counter of the documents this pool's workers finished (Atomics) */
  finished?: Int32Array;
}

export type WorkerReply = { result: DocumentResult } | { failure: string };

export default async function extractInWorker({ source, bytes, finished }: WorkerTask): Promise<WorkerReply> {
  try {
    const ingested = await ingestBytes(source, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { result: processDocument(ingested) };
  } catch (err) {
    return { failure: reasonOf(err) };
  } finally {
    if (finished) Atomics.add(finished, 0, 1);
  }
}
