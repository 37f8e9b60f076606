import { Command } from 'commander';
import { mergeStores } from '../../store/merge.js';
import { dbOption } from '../options.js';

export function mergeCommand(): Command {
  return new Command('merge')
    .description('merge stores made on separate machines into the store given by --db')
    .argument('<stores...>', 'stores to merge (read only, never changed)')
    .addOption(dbOption())
    .action((stores: string[], opts: { db: string }) => {
      mergeStores(stores, opts.db, (c) =>
        process.stdout.write(`${c.store}: ${c.new} new, ${c.replaced} replaced, ${c.kept} already there; ${c.facts} facts copied\n`),
      );
    });
}
