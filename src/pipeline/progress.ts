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
          stream.write(`\r\x1b[2Kerror: ${shown(source)}: ${shown(detail ?? '')}\n`);
        }
        const secs = Math.max((Date.now() - started) / 1000, 0.001);
        bar.update(done, { rate: Math.round(chars / secs), errors, file: shown(source).slice(-40) });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    file(source, outcome, n, detail) {
      done++;
      if (outcome === 'failed') stream.write(`error: ${shown(source)}: ${shown(detail ?? '')}\n`);
      else stream.write(`[${done}/${total}] ${outcome.padEnd(9)} ${shown(source)} (${n} chars)\n`);
    },
    stop: () => undefined,
  };
}

/**
 * A file name or reason as printed: control characters escaped (`\n`, `\x07`), so that every error
 * stays one line and a name cannot move the cursor or recolour the terminal.
 */
export function shown(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
