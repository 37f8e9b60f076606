import { Command, Option } from 'commander';
import { exportJsonl, fileStream } from '../../export/jsonl.js';
import { dbOption } from '../options.js';
import { reportingQueryErrors } from './query.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('write the fact store as export-v1 JSON Lines, or as an Excel workbook (--format xlsx)')
    .addOption(dbOption())
    .option('-o, --out <file>', 'write to a file instead of standard output (required for xlsx)')
    .option('--doc <id>', 'only this document')
    .addOption(new Option('-f, --format <format>', 'jsonl (export-v1) or xlsx (one sheet per record type)').choices(['jsonl', 'xlsx']).default('jsonl'))
    .action(
      reportingQueryErrors(async (opts: { db: string; out?: string; doc?: string; format: 'jsonl' | 'xlsx' }) => {
        if (opts.format === 'xlsx') {
          if (!opts.out) {
            process.stderr.write('error: --format xlsx needs --out FILE (a workbook is not written to a terminal)\n');
            process.exitCode = 2;
            return;
          }
          // exceljs costs a third of a second to load: only the xlsx export pays it
          const { exportXlsx } = await import('../../export/xlsx.js');
          const s = await exportXlsx(opts.db, opts.out, { doc: opts.doc });
          const sheets = Object.entries(s.rows).map(([name, n]) => `${n} ${name}`).join(', ');
          process.stderr.write(`${opts.out}: ${sheets}\n`);
          return;
        }
        const out = opts.out ? fileStream(opts.out) : process.stdout;
        const summary = await exportJsonl(opts.db, out, { doc: opts.doc });
        if (opts.out) out.end();
        for (const r of summary.rejected) process.stderr.write(`warning: ${r.doc}: ${r.type} record not exported (${r.reason})\n`);
        if (opts.out) process.stderr.write(`${summary.written} records written to ${opts.out}\n`);
      }),
    );
}
