// The job format: what a worker returns must come back as the very DocumentResult it made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestFile } from '../src/ingest/index.js';
import { processDocument } from '../src/pipeline/process.js';
import { pipelineKey } from '../src/pipeline/version.js';
import { decodeResult, encodeResult, jobId, JOB_FORMAT } from '../src/queue/jobs.js';
import { SEEDS } from './helpers/cli.js';

const seed = join(SEEDS, '001_1d944455b0e5cc05.txt');

describe('queue job format', () => {
  it('a DocumentResult survives encoding, its offsets map included', async () => {
    const result = processDocument(await ingestFile(seed));
    const back = decodeResult(JSON.parse(JSON.stringify(encodeResult(result))));
    expect(back.doc.rawOffset).toBeInstanceOf(Int32Array);
    expect(Array.from(back.doc.rawOffset)).toEqual(Array.from(result.doc.rawOffset));
    // everything else equal as the store will see it (it writes undefined and null alike)
    expect(JSON.stringify({ ...back, doc: { ...back.doc, rawOffset: 0 } })).toBe(JSON.stringify({ ...result, doc: { ...result.doc, rawOffset: 0 } }));
  });

  it('refuses a result of another format instead of misreading it', () => {
    expect(() => decodeResult({ v: JOB_FORMAT + 1, result: '' })).toThrow(`job result in format ${JOB_FORMAT + 1}`);
  });

  it('job ids: the same bytes and pipeline give the same id, another pipeline another', () => {
    const key = pipelineKey();
    expect(jobId('2de7622a553b9fab', key)).toBe(jobId('2de7622a553b9fab', key));
    expect(jobId('2de7622a553b9fab', key)).toMatch(/^2de7622a553b9fab-[0-9a-f]{12}$/);
    expect(jobId('2de7622a553b9fab', key.replace('"normalise":"', '"normalise":"x'))).not.toBe(jobId('2de7622a553b9fab', key));
  });

  it('ingestBytes reads bytes as ingestFile reads the file', async () => {
    const bytes = readFileSync(seed);
    expect(await ingestBytes(seed, bytes)).toEqual(await ingestFile(seed));
    await expect(ingestBytes('x.txt', Buffer.alloc(0))).rejects.toThrow('empty file');
    await expect(ingestBytes('x.xls', bytes)).rejects.toThrow('unsupported file type .xls');
  });
});
