// npm run bench [-- --sizes 1,10,100] [--peer-sample 200] [--no-accuracy] | [-- --report]
// Builds corpora of the given sizes (MB of UTF-8 text) from the seeds and the development set,
// times every stage, whole `gongwen extract` commands with 1 and 2 workers and a re-run, the
// baselines (read + SHA-256, nodejieba cut) and the peer (Recognizers-Text), then prints a table
// and writes out/bench.json and out/bench.png. Corpora are kept in out/bench-corpus for re-runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gongwenAccuracy, peerAccuracy, type ScoreSetup } from '../src/bench/accuracy.js';
import { decodedTexts, jiebaCut, readAndHash } from '../src/bench/baselines.js';
import { renderChart } from '../src/bench/chart.js';
import { removeStore, runGongwen, type CommandRun } from '../src/bench/commands.js';
import { buildCorpus, type Corpus } from '../src/bench/corpus.js';
import { loadPeer, peerSentences, timePeer } from '../src/bench/peer.js';
import { endToEnd, formatTable, peerRate, STAGE_LABELS, type BenchResult, type SizeResult } from '../src/bench/report.js';
import { measureStages, type StageReport } from '../src/bench/stages.js';

/** The project's root: the nearest folder above this file with a package.json (dist/scripts/ when built). */
const ROOT = ((): string => {
  let dir = resolve(fileURLToPath(import.meta.url), '..');
  while (!existsSync(join(dir, 'package.json')) && dir !== resolve(dir, '..')) dir = resolve(dir, '..');
  return dir;
})();
const SHARED = resolve(ROOT, '..', 'shared');
const OUT = join(ROOT, 'out');
const MB = 1024 * 1024;

async function main(args: string[]): Promise<void> {
  if (args[0] === '--stages') {
    // child mode: one corpus through the stage loop in a fresh process, so its peak RSS is its own
    const corpus = JSON.parse(readFileSync(join(args[1], 'manifest.json'), 'utf8')) as Corpus;
    process.stdout.write(JSON.stringify(await measureStages(corpus.files, args[2])));
    return;
  }
  if (args[0] === '--report') {
    // the table and the chart again from the last run's figures
    const last = JSON.parse(readFileSync(join(OUT, 'bench.json'), 'utf8')) as BenchResult;
    writeFileSync(join(OUT, 'bench.png'), renderChart(chartData(last)));
    process.stdout.write(formatTable(last) + '\n');
    return;
  }
  const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const sizes = opt('--sizes', '1,10').split(',').map(Number);
  if (sizes.some((s) => !(s > 0))) throw new Error('--sizes takes sizes in MB, e.g. 1,10,100');
  const peerSampleChars = Number(opt('--peer-sample', '200')) * 1024 / 3; // ~3 UTF-8 bytes a character
  const started = performance.now();
  const sources = [join(ROOT, 'seeds'), ...(existsSync(join(SHARED, 'eval', 'dev', 'docs')) ? [join(SHARED, 'eval', 'dev', 'docs')] : [])];
  const work = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
  mkdirSync(OUT, { recursive: true });
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  const result: BenchResult = {
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, node ${process.version}`,
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
    sizes: [],
    peer: null,
    accuracy: { gongwen: null, peer: null },
    seconds: 0,
  };
  const peer = loadPeer();
  try {
    for (const size of sizes) {
      log(`${size} MB: building the corpus`);
      const corpus = await buildCorpus(sources, join(OUT, 'bench-corpus'), size * MB);
      result.sizes.push(await measureSize(size, corpus, work, log));
      if (peer && (!result.peer || size <= 10)) {
        log(`${size} MB: the peer on a sample`);
        result.peer = { ...timePeer(peer, sampleSentences(corpus, peerSampleChars)), sampledFrom: size };
      }
    }
    if (!args.includes('--no-accuracy')) {
      log('F1 on the seeds');
      const setup: ScoreSetup = { docs: join(ROOT, 'seeds'), gold: join(SHARED, 'eval', 'gold'), scorer: join(SHARED, 'eval', 'score.mjs'), work };
      result.accuracy.gongwen = await gongwenAccuracy(setup);
      if (peer) result.accuracy.peer = await peerAccuracy(peer, setup);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  result.seconds = (performance.now() - started) / 1000;
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(result, null, 2));
  writeFileSync(join(OUT, 'bench.png'), renderChart(chartData(result)));
  process.stdout.write(formatTable(result) + `\n\nwritten: out/bench.json, out/bench.png\n`);
}

async function measureSize(size: number, corpus: Corpus, work: string, log: (m: string) => void): Promise<SizeResult> {
  const { files } = corpus;
  readAndHash(files); // the page cache holds the corpus for every measure alike
  const floorMs = readAndHash(files).ms;
  log(`${size} MB: nodejieba cut`);
  const cut = jiebaCut(decodedTexts(files));
  log(`${size} MB: stages, one thread`);
  const stagesDb = join(work, 'stages.db');
  const stages = JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--stages', corpus.dir, stagesDb], { encoding: 'utf8', maxBuffer: 64 * MB }),
  ) as StageReport;
  removeStore(stagesDb);
  const db = join(work, 'cmd.db');
  const extract = (workers: number) => runGongwen(ROOT, ['extract', corpus.dir, '--db', db, '--workers', String(workers), '--quiet'], work);
  log(`${size} MB: gongwen extract --workers 1`);
  const workers1 = extract(1);
  removeStore(db);
  log(`${size} MB: gongwen extract --workers 2, then again over the unchanged corpus`);
  const workers2 = extract(2);
  const rerun = extract(2);
  removeStore(db);
  const pick = ({ seconds, peakRss, cpuSeconds, load }: CommandRun) => ({ seconds, peakRss, cpuSeconds, load });
  return {
    mb: size, files: files.length, bytes: corpus.bytes, chars: corpus.chars, stages, floorMs, cut,
    workers1: pick(workers1), workers2: pick(workers2), rerun: pick(rerun),
  };
}

/** Whole sentences from the corpus's documents, in order, up to about `chars` characters. */
function sampleSentences(corpus: Corpus, chars: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const text of decodedTexts(corpus.files)) {
    for (const s of peerSentences(text)) {
      if (n >= chars) return out;
      out.push(s);
      n += s.length;
    }
  }
  return out;
}

function chartData(r: BenchResult) {
  const last = r.sizes[r.sizes.length - 1];
  const m = (chars: number, ms: number) => (ms > 0 ? chars / ms : 0);
  const stage = (k: keyof StageReport['ms']) => ({ label: `${STAGE_LABELS[k]}, 1 thread`, kcps: m(last.chars, last.stages.ms[k]), kind: 'stage' as const });
  return {
    title: `gongwen bench, ${last.mb} MB corpus (${r.machine.split(',')[0]})`,
    throughput: [
      { label: 'read + SHA-256 (floor)', kcps: m(last.chars, last.floorMs), kind: 'baseline' as const },
      stage('ingest'), stage('normalise'), stage('segment'), stage('extract'), stage('index'), stage('store'),
      { label: 'nodejieba cut alone', kcps: m(last.cut.chars, last.cut.ms), kind: 'baseline' as const },
      { label: 'gongwen, 1 thread', kcps: endToEnd(last) / 1e3, kind: 'gongwen' as const },
      { label: 'gongwen --workers 2', kcps: m(last.chars, last.workers2.seconds * 1000), kind: 'gongwen' as const },
      ...(r.peer ? [{ label: 'peer (Recognizers-Text)', kcps: peerRate(r) / 1e3, kind: 'peer' as const }] : []),
    ],
    sizesMb: r.sizes.map((s) => s.mb),
    seconds: r.sizes.map((s) => s.workers2.seconds),
    rssMb: r.sizes.map((s) => s.workers2.peakRss / MB),
  };
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
