import { Command, Option } from 'commander';
import { once } from 'node:events';
import { checkStore } from '../../check/index.js';
import { htmlReport, jsonlLines, textReport } from '../../check/report.js';
import { fileStream } from '../../export/jsonl.js';
import { dbOption } from '../options.js';

type Format = 'text' | 'jsonl' | 'html';

export function checkCommand(): Command {
  return new Command('check')
    .description('check the figures of the stored documents: the arithmetic each states, and conflicts across them (exit status 1 when something is inconsistent)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'jsonl', 'html']).default('text'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .addOption(new Option('--only <status>', 'report only these findings').choices(['inconsistent']))
    .option('--doc <id>', 'only this document (id or source path)')
    .action(async (opts: { db: string; format: Format; out?: string; only?: 'inconsistent'; doc?: string }) => {
      const report = checkStore(opts.db, { onlyInconsistent: opts.only === 'inconsistent', doc: opts.doc });
      const chunks = opts.format === 'jsonl' ? jsonlLines(report) : [opts.format === 'html' ? htmlReport(report) : textReport(report)];
      const out = opts.out ? fileStream(opts.out) : process.stdout;
      try {
        if (opts.out) await once(out, 'open');
        for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
        if (opts.out) {
          out.end();
          await once(out, 'finish');
          process.stderr.write(`${report.findings.length} findings written to ${opts.out}\n`);
        }
      } catch (err) {
        console.error(`error: ${opts.out ?? 'stdout'}: cannot write (${(err as Error).message})`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = report.inconsistent > 0 ? 1 : 0;
    });
}
