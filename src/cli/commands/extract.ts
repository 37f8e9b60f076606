import { Command } from 'commander';
import { cpus } from 'node:os';
import { extractCorpus, formatSummary } from '../../pipeline/extract.js';
import { CORES, POOL_MIN_BYTES } from '../../pipeline/workers.js';
import { dbOption, positiveInt } from '../options.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('read documents (files or folders; default corpus/) into the fact store')
    .argument('[paths...]', 'files or folders (.txt .md .pdf .html .docx)', ['corpus'])
    .addOption(dbOption())
    .option('--concurrency <n>', `files read and parsed at once (default ${cpus().length}; with worker threads: 8 per worker; with --queue: jobs queued at once, default 64)`, positiveInt('--concurrency'))
    .option('--queue <url>', 'let `gongwen worker`s extract through this Redis (redis://HOST:PORT); this process stores')
    .option('--workers <n>', `threads that extract (1: this one alone; N: N worker threads while this one stores); default ${CORES}, one per core, for inputs over ${POOL_MIN_BYTES / 1024 / 1024} MB, else 1`, positiveInt('--workers'))
    .option('--force', 're-extract documents even when they are current', false)
    .option('-q, --quiet', 'no progress, only the summary', false)
    .action(async (paths: string[], opts: { db: string; concurrency?: number; workers?: number; force: boolean; quiet: boolean; queue?: string }) => {
      const summary = await extractCorpus(paths, opts);
      process.stdout.write(formatSummary(summary, opts.db) + '\n');
      if (summary.failed > 0) process.exitCode = 1;
    });
}
