// The worker side: takes extraction jobs off the queue, ingests the bytes they carry, runs the
// pipeline and returns the DocumentResult. Workers never touch a store or the producer's files.
import { UnrecoverableError, Worker } from 'bullmq';
import { ingestBytes } from '../ingest/index.js';
import { reasonOf } from '../pipeline/extract.js';
import { tuneCompilerForExtraction } from '../pipeline/compiler.js';
import { processDocument } from '../pipeline/process.js';
import { GONGWEN_VERSION, pipelineKey } from '../pipeline/version.js';
import { connect, displayUrl } from './connection.js';
import { encodeResult, JOB_FORMAT, QUEUE_NAME, type JobData, type JobResult } from './jobs.js';

export interface WorkerOptions {
  /** jobs run at once in this process (extraction is CPU-bound: start one worker per core instead) */
  concurrency: number;
  /**
   * Seconds a job stays locked to this worker without a renewal; a worker that died is noticed
   * (and its job handed to another) after about twice this. Must exceed the longest document's
   * extraction, during which the lock cannot be renewed.
   */
  lockSeconds: number;
  log: (line: string) => void;
}

export interface RunningWorker {
  /** Stops taking jobs and waits for the ones running to finish. */
  close(): Promise<void>;
}

export async function startWorker(url: string, opts: WorkerOptions): Promise<RunningWorker> {
  tuneCompilerForExtraction();
  const connection = await connect(url);
  const pipeline = pipelineKey();
  await warmUp();
  const lockMs = opts.lockSeconds * 1000;
  const worker = new Worker<JobData, JobResult>(QUEUE_NAME, (job) => runJob(job.data, pipeline, opts.log), {
    connection,
    concurrency: opts.concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // a job whose worker died goes back to the queue twice before it is given up
    maxStalledCount: 2,
  });
  worker.on('error', (err) => opts.log(`queue error: ${err.message}`));
  await worker.waitUntilReady();
  opts.log(`worker ${process.pid} listening on ${displayUrl(url)} (gongwen ${GONGWEN_VERSION}, concurrency ${opts.concurrency})`);
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}

/**
 * Loads the dictionaries and tables the extractors read lazily, before any job is taken: the first
 * document would otherwise hold the event loop for seconds, long enough to lose its job's lock.
 */
async function warmUp(): Promise<void> {
  const text = '关于做好2024年重点工作的通知\n各县（市、区）人民政府：\n一、总体要求\n到2025年底，全省完成投资3.5亿元，同比增长12%。\n（省发展改革委牵头，2025年6月底前完成）\n';
  processDocument(await ingestBytes('warm-up.txt', Buffer.from(text)));
}

async function runJob(data: JobData, pipeline: string, log: (line: string) => void): Promise<JobResult> {
  // a job this worker cannot answer correctly fails as an ordinary error: it is retried, and
  // another worker (of the right version) may take it
  if (data.v !== JOB_FORMAT) throw new Error(`job of format ${data.v}, this worker (gongwen ${GONGWEN_VERSION}) reads ${JOB_FORMAT}`);
  if (data.pipeline !== pipeline) throw new Error(`this worker (gongwen ${GONGWEN_VERSION}) runs other extractor versions than the producer`);
  const started = performance.now();
  try {
    const result = processDocument(await ingestBytes(data.source, Buffer.from(data.bytes, 'base64')));
    const ms = Math.round(performance.now() - started);
    log(`done   ${data.doc} ${data.source} (${result.doc.text.length} chars, ${result.facts.length} facts, ${ms} ms)`);
    return encodeResult(result);
  } catch (err) {
    // bad input fails the same way every time: no retry
    const reason = reasonOf(err);
    log(`failed ${data.doc} ${data.source}: ${reason}`);
    throw new UnrecoverableError(reason);
  }
}
