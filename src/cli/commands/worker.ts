import { Command, Option } from 'commander';
import { positiveInt } from '../options.js';

export function workerCommand(): Command {
  return new Command('worker')
    .description('run extraction jobs from a queue filled by `gongwen extract --queue` (on any machine that reaches Redis)')
    .requiredOption('--queue <url>', 'Redis of the queue, redis://HOST:PORT[/DB]')
    .option('--concurrency <n>', 'jobs run at once in this process (extraction is CPU-bound: start a worker per core)', positiveInt('--concurrency'), 1)
    .addOption(
      new Option('--lock <seconds>', 'a job of a worker that died is retried after about twice this; must exceed the longest extraction')
        .argParser(positiveInt('--lock'))
        .default(30),
    )
    .action(async (opts: { queue: string; concurrency: number; lock: number }) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      // loaded here: other commands need neither BullMQ nor Redis
      const { startWorker } = await import('../../queue/worker.js');
      const worker = await startWorker(opts.queue, { concurrency: opts.concurrency, lockSeconds: opts.lock, log });
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log(`${signal}: finishing the running jobs (again to stop at once)`);
          process.once(signal, () => process.exit(130));
          worker.close().then(resolve, (err: unknown) => {
            log(`error while closing: ${(err as Error).message}`);
            resolve();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      log('worker stopped');
    });
}
