// What goes through the queue: a job carries one file's bytes, its return value the DocumentResult.
// Both sides run the same code, so the format is private to gongwen; `v` lets a worker of another
// format refuse a job instead of misreading it.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DocumentResult } from '../store/index.js';

export const JOB_FORMAT = 1;
export const QUEUE_NAME = 'gongwen-extract';

/**
 * The largest file put on the queue: Redis holds it (base64, 4/3 larger) until the job is done,
 * and a Redis string tops out at 512 MB. Government notices are far smaller; larger files are
 * extracted locally.
 */
export const MAX_JOB_BYTES = 64 * 1024 * 1024;

export interface JobData {
  v: number;
  /** the path as given to `extract` on the producer's machine: names the document, gives its format */
  source: string;
  /** the document id the producer computed from the bytes */
  doc: string;
  /** the producer's pipeline key: a worker running other versions must not answer */
  pipeline: string;
  /** the file's bytes, base64 */
  bytes: string;
}

/** A job's return value: the DocumentResult, gzipped JSON in base64 (results repeat the text several times). */
export interface JobResult {
  v: number;
  result: string;
}

/** Same bytes and same pipeline → same job: a document already queued is not queued again. */
export function jobId(doc: string, pipeline: string): string {
  return `${doc}-${createHash('sha256').update(pipeline).digest('hex').slice(0, 12)}`;
}

export function encodeResult(r: DocumentResult): JobResult {
  const offsets = Buffer.from(r.doc.rawOffset.buffer, r.doc.rawOffset.byteOffset, r.doc.rawOffset.byteLength);
  const plain = { ...r, doc: { ...r.doc, rawOffset: offsets.toString('base64') } };
  return { v: JOB_FORMAT, result: gzipSync(JSON.stringify(plain)).toString('base64') };
}

export function decodeResult(value: JobResult): DocumentResult {
  if (value?.v !== JOB_FORMAT) throw new Error(`job result in format ${value?.v}, this gongwen reads ${JOB_FORMAT}`);
  const plain = JSON.parse(gunzipSync(Buffer.from(value.result, 'base64')).toString('utf8')) as DocumentResult & {
    doc: { rawOffset: string };
  };
  const bytes = Buffer.from(plain.doc.rawOffset, 'base64');
  // copy into a fresh, aligned buffer: Int32Array needs a byte offset that is a multiple of 4
  const rawOffset = new Int32Array(bytes.byteLength / 4);
  Buffer.from(rawOffset.buffer).set(bytes);
  return { ...plain, doc: { ...plain.doc, rawOffset } };
}
