// The gongwen command: thin commander commands that parse options and call the stages.
import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/index.js';
import { QueueError } from '../queue/errors.js';
import { GONGWEN_VERSION } from '../pipeline/version.js';
import { extractCommand } from './commands/extract.js';
import { exportCommand } from './commands/export.js';
import { checkCommand } from './commands/check.js';
import { serveCommand } from './commands/serve.js';
import { workerCommand } from './commands/worker.js';
import { mergeCommand } from './commands/merge.js';
import { queryCommand } from './commands/query.js';
import { sqlCommand } from './commands/sql.js';
import { showCommand } from './commands/show.js';
import { seriesCommand } from './commands/series.js';

const program = new Command('gongwen')
  .description('Chinese government policy documents (公文) into structured, checkable facts')
  .version(GONGWEN_VERSION)
  .showHelpAfterError()
  .addCommand(extractCommand())
  .addCommand(exportCommand())
  .addCommand(checkCommand())
  .addCommand(workerCommand())
  .addCommand(mergeCommand())
  .addCommand(serveCommand())
  .addCommand(queryCommand())
  .addCommand(sqlCommand())
  .addCommand(showCommand())
  .addCommand(seriesCommand());

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  // expected failures get one line; anything else is a bug worth its stack
  if (err instanceof StoreError || err instanceof QueueError) console.error(`error: ${err.message}`);
  else if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') process.exit(0);
  else console.error(err);
  process.exitCode = 2;
});
