import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startViewer } from '../../serve/server.js';
import { dbOption } from '../options.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('read-only local web viewer over the store: documents, facts, findings, series')
    .addOption(dbOption())
    .option('--host <address>', 'address to listen on (loopback unless you mean to share the store)', DEFAULT_HOST)
    .addOption(new Option('--port <n>', 'port (0: any free port)').default(DEFAULT_PORT).argParser(port))
    .action(async (opts: { db: string; host: string; port: number }) => {
      const viewer = await startViewer(opts).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EADDRINUSE' && err.code !== 'EADDRNOTAVAIL' && err.code !== 'EACCES') throw err;
        process.stderr.write(`error: cannot listen on ${opts.host}:${opts.port} (${err.code}); try another --port\n`);
        process.exitCode = 2;
        return null;
      });
      if (!viewer) return;
      if (!isLoopback(opts.host)) process.stderr.write(`warning: listening on ${opts.host}: others on the network can read this store\n`);
      process.stdout.write(`gongwen viewer: ${viewer.url} (store ${opts.db}; Ctrl-C to stop)\n`);
      const stop = () => void viewer.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535');
  return n;
}
