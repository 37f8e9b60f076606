// The producer side of `extract --queue`: puts one file's bytes on the queue and waits for the
// DocumentResult a worker returns. The caller (extractCorpus) stays the single store writer.
import { Queue, QueueEvents, type Job } from 'bullmq';
import { IngestError, REASONS } from '../ingest/errors.js';
import type { DocumentResult } from '../store/index.js';
import { connect, displayUrl } from './connection.js';
import { decodeResult, JOB_FORMAT, jobId, MAX_JOB_BYTES, QUEUE_NAME, type JobData, type JobResult } from './jobs.js';

export interface QueueExtractor {
  /** The DocumentResult of one file, extracted by whichever worker takes the job. */
  extract(source: string, bytes: Buffer, doc: string): Promise<DocumentResult>;
  /** Jobs not finished are left on the queue: the next run with the same files picks them up. */
  close(): Promise<void>;
}

export interface ProducerOptions {
  /** the pipeline key results must have been made with */
  pipeline: string;
  /** how many jobs may wait on the queue at once (bounds what Redis holds) */
  window: number;
  /** told when no worker is listening, so a run does not wait silently */
  warn?: (message: string) => void;
}

/** A worker's crash is retried this many times (as a new attempt) before the job fails. */
const ATTEMPTS = 3;
/** A result no producer came back for is dropped from Redis after a week. */
const ABANDONED_SECONDS = 7 * 24 * 3600;
/**
 * How long after handing a result over its job is removed: longer than the store takes to commit
 * it (grouped writes commit within 250 ms, see Store.groupWrites).
 */
const REMOVE_AFTER_MS = 2_000;
/** How often a wait re-reads the job's state, in case its event was missed. */
const RECHECK_MS = 30_000;

export async function openQueueExtractor(url: string, opts: ProducerOptions): Promise<QueueExtractor> {
  const connection = await connect(url);
  const eventsConnection = connection.duplicate();
  // a completed event carries the whole result: keep few, yet more than the window's jobs can
  // emit while this process is busy writing, so no event is trimmed before it is read
  const queue = new Queue<JobData, JobResult>(QUEUE_NAME, { connection, streams: { events: { maxLen: Math.max(1000, 10 * opts.window) } } });
  const events = new QueueEvents(QUEUE_NAME, { connection: eventsConnection });
  // every waiting job listens for the queue closing
  queue.setMaxListeners(opts.window + 16);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  if ((await queue.getWorkersCount()) === 0) {
    opts.warn?.(`no worker is listening on ${displayUrl(url)} yet: start \`gongwen worker --queue ${displayUrl(url)}\``);
  }
  // one job per id in this process too: two paths to the same bytes share it
  const inflight = new Map<string, { result: Promise<JobResult>; waiting: number }>();
  const submit = async (data: JobData, id: string): Promise<JobResult> => {
    // an id already on the queue (e.g. left by an interrupted run) is not added again: this
    // waits for that job instead
    const job = await queue.add('extract', data, {
      jobId: id,
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: 1000 },
      // removed by this process once stored; these only clear what an interrupted run left behind
      removeOnComplete: { age: ABANDONED_SECONDS },
      removeOnFail: { age: ABANDONED_SECONDS },
    });
    return finished(job, events);
  };
  const removals = new Set<Promise<unknown>>();
  const later = new Map<string, NodeJS.Timeout>();
  const removeJob = (id: string) => {
    later.delete(id);
    const removal: Promise<unknown> = queue
      .remove(id)
      .catch(() => 0)
      .finally(() => removals.delete(removal));
    removals.add(removal);
  };
  return {
    async extract(source, bytes, doc) {
      if (bytes.length > MAX_JOB_BYTES) {
        throw new IngestError(`${REASONS.tooLarge(Math.round(bytes.length / 1024 / 1024), MAX_JOB_BYTES / 1024 / 1024)} for the queue; extract it without --queue`);
      }
      const id = jobId(doc, opts.pipeline);
      let entry = inflight.get(id);
      if (!entry) {
        const data: JobData = { v: JOB_FORMAT, source, doc, pipeline: opts.pipeline, bytes: bytes.toString('base64') };
        entry = { result: submit(data, id), waiting: 0 };
        inflight.set(id, entry);
      }
      entry.waiting++;
      try {
        const result = decodeResult(await entry.result);
        if (result.document.doc !== doc) throw new Error(`worker returned document ${result.document.doc} for ${doc}`);
        if (JSON.stringify(result.pipeline) !== opts.pipeline) throw new Error('worker returned a result of other pipeline versions');
        // the job may have been queued under another path to the same bytes
        return { ...result, source, doc: { ...result.doc, source }, document: { ...result.document, source } };
      } finally {
        if (--entry.waiting === 0) {
          inflight.delete(id);
          // The job goes once the caller's store has committed its result: a producer killed
          // before that finds the job, with its result, again on the next run (a failure is then
          // retried afresh); one killed later stored it.
          later.set(id, setTimeout(() => removeJob(id), REMOVE_AFTER_MS));
        }
      }
    },
    /** Call once the store has committed everything it was given. */
    async close() {
      for (const [id, timer] of later) {
        clearTimeout(timer);
        removeJob(id);
      }
      await Promise.all(removals);
      await events.close();
      await queue.close();
      eventsConnection.disconnect();
      connection.disconnect();
    },
  };
}

/** The job's return value; a failed job throws its one-line reason as an IngestError. */
async function finished(job: Job<JobData, JobResult>, events: QueueEvents): Promise<JobResult> {
  for (;;) {
    try {
      return (await job.waitUntilFinished(events, RECHECK_MS)) as JobResult;
    } catch (err) {
      const message = (err as Error).message;
      // a timed-out wait only means no event came: the next wait re-reads the job's state first
      if (message.startsWith('Job wait') && message.includes('timed out')) continue;
      throw new IngestError(failureReason(message));
    }
  }
}

function failureReason(message: string): string {
  if (!message || message === '[object Object]') return 'job vanished from the queue (removed by another producer?)';
  if (message.includes('stalled more than allowable limit')) return 'workers died while extracting it (job stalled too often)';
  return message;
}
