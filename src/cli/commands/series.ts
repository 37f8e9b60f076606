import { Command } from 'commander';
import { Store } from '../../store/index.js';
import { regionArg, splitList } from '../../query/filters.js';
import type { OutputFormat } from '../../query/format.js';
import { formatSeries } from '../../query/output.js';
import { metricSeries } from '../../query/series.js';
import { dbOption } from '../options.js';
import { collect, formatOption, reportingQueryErrors, terminal } from './query.js';

export function seriesCommand(): Command {
  return new Command('series')
    .description('one metric over time across documents, each point with its quote and source')
    .requiredOption('-m, --metric <text>', 'part of the metric, or its canonical key (贫困人口)')
    .option('-r, --region <name|code>', 'the region the figures are about (楚雄州, 532300); repeat for several', collect)
    .option('--within', 'also figures about places under the region (its counties)')
    .option('--role <role>', 'actual or target only')
    .option('--unit <unit>', 'one unit only (户, 人, %)')
    .option('--doc <id|path>', 'documents by id, id prefix or part of the source path')
    .addOption(dbOption())
    .addOption(formatOption())
    .action(
      reportingQueryErrors((opts: { db: string; metric: string; region?: string[]; within?: boolean; role?: string; unit?: string; doc?: string; format: OutputFormat }) => {
        const regionCodes = splitList(opts.region).map((r) => regionArg(r).code);
        const store = Store.openReadOnly(opts.db);
        try {
          const series = metricSeries(store.db, { metric: opts.metric, regionCodes: regionCodes.length ? regionCodes : undefined, within: opts.within, role: opts.role, unit: opts.unit, doc: opts.doc });
          process.stdout.write(formatSeries(series, opts.format, terminal()));
        } finally {
          store.close();
        }
      }),
    );
}
