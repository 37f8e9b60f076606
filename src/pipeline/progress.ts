// Progress: a live line on a terminal (cli-progress), one line per file in a pipe or CI.
import cliProgress from 'cli-progress';

export type FileOutcome = 'new' | 'unchanged' | 'replaced' | 'failed';

export interface Progress {
  file(source: string, outcome: FileOutcome, chars: number, detail?: string): void;
  stop(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  const started = Date.now();
  let chars = 0;
  let errors = 0;
  let done = 0;
  if (quiet) return { file: () => undefined, stop: () => undefined };
  if (stream.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'extract [{bar}] {value}/{total} files | {rate} chars/s | {errors} errors | {file}',
        hideCursor: true,
        clearOnComplete: true,
        barsize: 24,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: 0, errors: 0, file: '' });
    return {
      file(source, outcome, n, detail) {
        done++;
        chars += n;
        if (outcome === 'failed') {
          errors++;
          // errors are printed above the bar so they stay visible
          stream.write(`\r\x1b[2Kerror: ${source}: ${detail}\n`);
        }
        const secs = Math.max((Date.now() - started) / 1000, 0.001);
        bar.update(done, { rate: Math.round(chars / secs), errors, file: source.slice(-40) });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    file(source, outcome, n, detail) {
      done++;
      if (outcome === 'failed') stream.write(`error: ${source}: ${detail}\n`);
      else stream.write(`[${done}/${total}] ${outcome.padEnd(9)} ${source} (${n} chars)\n`);
    },
    stop: () => undefined,
  };
}
