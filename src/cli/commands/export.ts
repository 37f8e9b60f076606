import { Command } from 'commander';
import { exportJsonl, fileStream } from '../../export/jsonl.js';
import { dbOption } from '../options.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('write the fact store as export-v1 JSON Lines')
    .addOption(dbOption())
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--doc <id>', 'only this document')
    .action(async (opts: { db: string; out?: string; doc?: string }) => {
      const out = opts.out ? fileStream(opts.out) : process.stdout;
      const summary = await exportJsonl(opts.db, out, { doc: opts.doc });
      if (opts.out) out.end();
      for (const r of summary.rejected) process.stderr.write(`warning: ${r.doc}: ${r.type} record not exported (${r.reason})\n`);
      if (opts.out) process.stderr.write(`${summary.written} records written to ${opts.out}\n`);
    });
}
