import { Command } from 'commander';
import { Store } from '../../store/index.js';
import { documentView } from '../../query/document-view.js';
import { parseTypes } from '../../query/filters.js';
import { wantsColor } from '../../query/format.js';
import { renderDocument } from '../../query/render-document.js';
import { dbOption } from '../options.js';
import { reportingQueryErrors } from './query.js';

export function showCommand(): Command {
  return new Command('show')
    .description('print a document sentence by sentence, facts marked in place, each followed by what was read from it')
    .argument('<doc>', 'document id, id prefix, or part of its source path')
    .addOption(dbOption())
    .option('-t, --type <types>', 'fact types to mark', 'quantity,date,assignment,reference')
    .option('--facts-only', 'only sentences that hold facts (and section headings)')
    .option('--color', 'colour even when not on a terminal')
    .option('--no-color', 'plain ⟦markers⟧ even on a terminal')
    .action(
      reportingQueryErrors((doc: string, opts: { db: string; type: string; factsOnly?: boolean; color?: boolean }) => {
        const store = Store.openReadOnly(opts.db);
        try {
          const view = documentView(store.db, doc, parseTypes(opts.type));
          const color = opts.color ?? wantsColor(process.stdout);
          process.stdout.write(renderDocument(view, { color, factsOnly: opts.factsOnly }));
        } finally {
          store.close();
        }
      }),
    );
}
