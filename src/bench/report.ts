// The benchmark's figures and the table printed from them.
import type { Accuracy } from './accuracy.js';
import type { StageReport } from './stages.js';

export interface SizeResult {
  mb: number;
  files: number;
  bytes: number;
  chars: number;
  stages: StageReport;
  floorMs: number;
  cut: { chars: number; ms: number };
  /** whole `gongwen extract` commands */
  workers1: CommandFigures;
  workers2: CommandFigures;
  /** the same command again over the unchanged corpus */
  rerun: CommandFigures;
}

export interface CommandFigures {
  seconds: number;
  peakRss: number;
  cpuSeconds?: number;
  load?: number;
}

export interface BenchResult {
  machine: string;
  load: string;
  sizes: SizeResult[];
  peer: { chars: number; sentences: number; totalMs: number; ms: Record<string, number>; sampledFrom: number } | null;
  accuracy: { gongwen: Accuracy | null; peer: Accuracy | null };
  seconds: number;
}

export const STAGE_LABELS = {
  ingest: 'ingest', normalise: 'normalise', segment: 'segment', extract: 'extract', index: 'search tokens (index)', store: 'store',
} as const;

const fixed = (n: number | undefined, digits: number) => (n === undefined ? '-' : n.toFixed(digits));
const rate = (chars: number, ms: number) => (ms > 0 ? (chars / ms) * 1000 : 0);
const mb = (bytes: number) => bytes / 1024 / 1024;

/** Characters per second of one-thread end to end (the stage loop) for a size. */
export const endToEnd = (s: SizeResult) => rate(s.chars, s.stages.totalMs);
export const peerRate = (r: BenchResult) => (r.peer ? rate(r.peer.chars, r.peer.totalMs) : 0);

/** Least-squares slope of log y against log x: 1 means y grows linearly with x. */
export function logSlope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = mean(lx);
  const my = mean(ly);
  const num = lx.reduce((a, x, i) => a + (x - mx) * (ly[i] - my), 0);
  const den = lx.reduce((a, x) => a + (x - mx) ** 2, 0);
  return den > 0 ? num / den : NaN;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function formatTable(r: BenchResult): string {
  const cols = r.sizes;
  const head = (label: string) => label.padEnd(40);
  const cell = (s: string) => s.padStart(16);
  const row = (label: string, f: (s: SizeResult) => string) => head(label) + cols.map((s) => cell(f(s))).join('');
  const kcps = (chars: number, ms: number) => `${(rate(chars, ms) / 1000).toFixed(0)} k/s`;
  const x = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '-');
  const lines = [
    `gongwen bench — ${r.machine}; load ${r.load}`,
    head('corpus') + cols.map((s) => cell(`${s.mb} MB`)).join(''),
    row('  documents / characters', (s) => `${s.files} / ${(s.chars / 1e6).toFixed(2)}M`),
    '',
    head('one thread, chars per second by stage'),
    ...(['ingest', 'normalise', 'segment', 'extract', 'index', 'store'] as const).map((k) => row(`  ${STAGE_LABELS[k]}`, (s) => kcps(s.chars, s.stages.ms[k]))),
    row('  end to end (one thread)', (s) => kcps(s.chars, s.stages.totalMs)),
    row('  store: rows per second', (s) => (s.stages.rows ? `${((s.stages.rows / s.stages.ms.store) * 1000 / 1000).toFixed(0)} k/s` : '-')),
    row('  store: ms per document', (s) => (s.stages.ms.store / s.files).toFixed(1)),
    row('  end to end, MB/s (wall clock)', (s) => (mb(s.bytes) / (s.stages.totalMs / 1000)).toFixed(2)),
    row('  end to end, MB/s per CPU second', (s) => (s.stages.cpuMs ? (mb(s.bytes) / (s.stages.cpuMs / 1000)).toFixed(2) : '-')),
    '',
    head('whole `gongwen extract` commands'),
    row('  --workers 1 (s)', (s) => s.workers1.seconds.toFixed(1)),
    row('  --workers 2 (s)', (s) => s.workers2.seconds.toFixed(1)),
    row('  --workers 2 chars/s', (s) => kcps(s.chars, s.workers2.seconds * 1000)),
    row('  speed-up, 2 workers over 1', (s) => x(s.workers1.seconds, s.workers2.seconds)),
    row('  CPU seconds, --workers 1 / 2', (s) => `${fixed(s.workers1.cpuSeconds, 1)} / ${fixed(s.workers2.cpuSeconds, 1)}`),
    row('  load average at their ends', (s) => `${fixed(s.workers1.load, 1)} / ${fixed(s.workers2.load, 1)}`),
    row('  re-run, corpus unchanged (s)', (s) => s.rerun.seconds.toFixed(2)),
    '',
    head('baselines on the same text'),
    row('  read + SHA-256 (floor)', (s) => kcps(s.chars, s.floorMs)),
    row('  nodejieba cut alone', (s) => kcps(s.cut.chars, s.cut.ms)),
    head(`  peer, Recognizers-Text zh-cn *`) + cols.map(() => cell(r.peer ? kcps(r.peer.chars, r.peer.totalMs) : 'not installed')).join(''),
    '',
    head('ratios'),
    row('  cut ÷ gongwen end to end (≤ 2 wanted)', (s) => x(rate(s.cut.chars, s.cut.ms), endToEnd(s))),
    row('  gongwen end to end ÷ peer', (s) => x(endToEnd(s), peerRate(r))),
    row('  gongwen --workers 2 ÷ peer', (s) => x(rate(s.chars, s.workers2.seconds * 1000), peerRate(r))),
    row('  floor ÷ gongwen end to end', (s) => x(rate(s.chars, s.floorMs), endToEnd(s))),
    row('  re-run ÷ floor (time)', (s) => x(s.rerun.seconds * 1000, s.floorMs)),
    '',
    head('peak RSS (MB)'),
    row('  one thread, stage loop', (s) => mb(s.stages.peakRss).toFixed(0)),
    row('  --workers 1', (s) => mb(s.workers1.peakRss).toFixed(0)),
    row('  --workers 2', (s) => mb(s.workers2.peakRss).toFixed(0)),
  ];
  if (cols.length > 1) {
    const sizes = cols.map((s) => s.bytes);
    lines.push(
      '',
      head('growth with size (log-log slope; 1 = linear)'),
      head('  one-thread time') + cell(logSlope(sizes, cols.map((s) => s.stages.totalMs)).toFixed(2)),
      head('  --workers 2 time') + cell(logSlope(sizes, cols.map((s) => s.workers2.seconds)).toFixed(2)),
      head('  peak RSS, --workers 2') + cell(logSlope(sizes, cols.map((s) => s.workers2.peakRss)).toFixed(2)),
      head('  seconds per MB, --workers 2') + cols.map((s) => cell((s.workers2.seconds / mb(s.bytes)).toFixed(2))).join(''),
    );
  }
  const last = cols[cols.length - 1];
  if (last?.stages.byExtractor) {
    const parts = Object.entries(last.stages.byExtractor).sort((a, b) => b[1] - a[1]);
    const inside = parts.reduce((n, [, ms]) => n + ms, 0);
    parts.push(['runner (offsets, checks, Zod)', last.stages.ms.extract - inside]);
    lines.push('', head(`extract stage by extractor, ${last.mb} MB`) + cell('chars/s') + cell('share'));
    for (const [id, ms] of parts) lines.push(head(`  ${id}`) + cell(kcps(last.chars, ms)) + cell(`${((100 * ms) / last.stages.ms.extract).toFixed(1)}%`));
  }
  if (r.peer) {
    lines.push('', `* peer timed on ${r.peer.sentences} sentences (${(r.peer.chars / 1000).toFixed(0)}k chars) sampled from the ${r.peer.sampledFrom} MB corpus, one sentence per call, and extrapolated;`);
    lines.push(`  by model (k chars/s): ${Object.entries(r.peer.ms).map(([m, ms]) => `${m} ${(rate(r.peer!.chars, ms) / 1000).toFixed(0)}`).join(', ')}`);
  }
  const { gongwen, peer } = r.accuracy;
  if (gongwen || peer) {
    const f = (a: Accuracy | null, part: 'quantities' | 'dates') => (a ? (100 * a[part].f1).toFixed(1) : '-');
    lines.push('', head('F1 on the seeds\' gold') + cell('quantities') + cell('dates'));
    lines.push(head('  gongwen') + cell(f(gongwen, 'quantities')) + cell(f(gongwen, 'dates')));
    lines.push(head('  peer') + cell(f(peer, 'quantities')) + cell(f(peer, 'dates')));
    if (gongwen && peer) {
      lines.push(head('  gongwen ÷ peer') + cell(x(gongwen.quantities.f1, peer.quantities.f1)) + cell(x(gongwen.dates.f1, peer.dates.f1)));
    }
  }
  lines.push('', `bench took ${(r.seconds / 60).toFixed(1)} min`);
  return lines.join('\n');
}
