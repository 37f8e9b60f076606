import { Command } from 'commander';
import { Store } from '../../store/index.js';
import type { OutputFormat } from '../../query/format.js';
import { formatSqlResult } from '../../query/output.js';
import { runSql } from '../../query/sql.js';
import { dbOption } from '../options.js';
import { formatOption, reportingQueryErrors, terminal } from './query.js';

export function sqlCommand(): Command {
  return new Command('sql')
    .description('run one SQL statement on the store, read-only (tables: see README "The store")')
    .argument('<statement>', 'e.g. "SELECT type, count(*) FROM facts GROUP BY type"')
    .addOption(dbOption())
    .addOption(formatOption())
    .action(
      reportingQueryErrors((statement: string, opts: { db: string; format: OutputFormat }) => {
        const store = Store.openReadOnly(opts.db);
        try {
          process.stdout.write(formatSqlResult(runSql(store.db, statement), opts.format, terminal()));
        } finally {
          store.close();
        }
      }),
    );
}
