import { Command, Option } from 'commander';
import { Store } from '../../store/index.js';
import { QueryError } from '../../query/errors.js';
import { FACT_SORTS } from '../../query/facts.js';
import { filtersFromOptions, runQuery, type QueryOptions } from '../../query/filters.js';
import { OUTPUT_FORMATS, wantsColor, type OutputFormat } from '../../query/format.js';
import { formatFacts, formatSentences } from '../../query/output.js';
import { dbOption, positiveInt } from '../options.js';

/** A repeatable option's values (no default shown in --help). */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `--format table|json|jsonl|csv` (table by default). */
export const formatOption = () => new Option('-f, --format <format>', 'output form').choices(OUTPUT_FORMATS).default('table');

/** Runs a command action, turning a QueryError into one line on stderr and exit status 2. */
export function reportingQueryErrors<A extends unknown[]>(action: (...args: A) => void | Promise<void>) {
  return async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      process.stderr.write(`error: ${err.message}\n`);
      process.exitCode = 2;
    }
  };
}

/** How tables are shown on standard output: colour and width of a terminal, none in a pipe. */
export function terminal() {
  const color = wantsColor(process.stdout);
  return { color, width: process.stdout.isTTY ? process.stdout.columns : undefined };
}

export function queryCommand(): Command {
  return new Command('query')
    .description('facts matching every filter given (with --text and no --type: sentences, best first)')
    .addOption(dbOption())
    .option('-t, --type <types>', 'quantity, date, assignment, reference, region (comma-separated or repeated)', collect)
    .option('-m, --metric <text>', "part of a figure's metric, or its canonical key (贫困发生率)")
    .option('-r, --region <name|code>', 'a region and the places under it: 楚雄州, 武定县, 532329 (repeat for any of several)', collect)
    .option('--from <date>', 'dates, asOf and deadlines on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'dates, asOf and deadlines on or before this day (a month or year means its last day)')
    .option('--role <roles>', 'actual, target (figures); point, deadline, since, period (dates); deadline also finds assignments with one', collect)
    .option('--doc <id|path>', 'documents by id, id prefix or part of the source path')
    .option('--unit <unit>', 'figures in this unit (户, 人, %, 元, …)')
    .option('--text <words>', 'full-text search of sentences (each run of Chinese characters and each word of letters or digits, as substrings; all of them, else any)')
    .option('--cites <number|title>', 'references to a document number (any brackets: 云开组[2020]4号) or a 《title》')
    .addOption(new Option('--sort <key>', 'order of facts (default doc; rank with --text)').choices(FACT_SORTS))
    .option('-n, --limit <n>', 'at most this many rows', positiveInt('--limit'))
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Examples:
  gongwen query --role deadline --from 2020-06 --to 2020-06   every deadline in June 2020
  gongwen query --type quantity --region 武定县                every figure about 武定县, with its sentence
  gongwen query --text 易地扶贫搬迁                             sentences, best first
  gongwen query --cites 云开组〔2020〕4号                        which documents cite it
  gongwen query --metric 贫困发生率 --format csv > rates.csv    for Excel`,
    )
    .action(
      reportingQueryErrors((opts: QueryOptions & { db: string; format: OutputFormat }) => {
        const filters = filtersFromOptions(opts);
        const store = Store.openReadOnly(opts.db);
        try {
          const out = { ...terminal(), types: filters.type };
          const result = runQuery(store.db, filters);
          process.stdout.write(
            result.kind === 'facts' ? formatFacts(result.rows, opts.format, out) : formatSentences(result.hits, opts.format, out),
          );
        } finally {
          store.close();
        }
      }),
    );
}
