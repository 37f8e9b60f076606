import { Command } from 'commander';
import { cpus } from 'node:os';
import { extractCorpus, formatSummary } from '../../pipeline/extract.js';
import { dbOption, positiveInt } from '../options.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('read documents (files or folders; default corpus/) into the fact store')
    .argument('[paths...]', 'files or folders (.txt .md .pdf .html .docx)', ['corpus'])
    .addOption(dbOption())
    .option('--concurrency <n>', `files read and parsed at once (default ${cpus().length}; with --queue: jobs queued at once, default 64)`, positiveInt('--concurrency'))
    .option('--queue <url>', 'let `gongwen worker`s extract through this Redis (redis://HOST:PORT); this process stores')
    .option('--force', 're-extract documents even when they are current', false)
    .option('-q, --quiet', 'no progress, only the summary', false)
    .action(async (paths: string[], opts: { db: string; concurrency?: number; force: boolean; quiet: boolean; queue?: string }) => {
      const summary = await extractCorpus(paths, opts);
      process.stdout.write(formatSummary(summary, opts.db) + '\n');
      if (summary.failed > 0) process.exitCode = 1;
    });
}
