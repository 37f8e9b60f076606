// A throwaway redis-server for queue tests: a free loopback port, no persistence, a temp dir;
// and gongwen processes run in the background (workers, a producer) from source through tsx.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, tempDir } from './cli.js';

/** Whether redis-server can be run here. In CI it must: the queue tests are never skipped there. */
export function haveRedisServer(): boolean {
  const r = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

export const SKIP_REDIS = !haveRedisServer() && !process.env.CI;
if (SKIP_REDIS) {
  console.warn('queue tests skipped: redis-server not found (Debian/Ubuntu: apt-get install redis-server); in CI they run');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  if (!haveRedisServer()) throw new Error('redis-server not found: the queue tests need it (apt-get install redis-server)');
  const port = await freePort();
  const dir = tempDir('gongwen-redis-');
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = new Background(child);
  await proc.waitFor(/Ready to accept connections/, 15_000);
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => proc.stop('SIGTERM') };
}

/** A process whose output is collected as it comes, so a test can wait for a line. */
export class Background {
  output = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(child: ChildProcess) {
    this.child = child;
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (this.output += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.output += s));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves with the first match of `pattern` in the output, waiting for it up to `ms`. */
  async waitFor(pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + ms;
    for (;;) {
      const m = this.output.match(pattern);
      if (m) return m;
      if (this.child.exitCode !== null) throw new Error(`process exited (${this.child.exitCode}) before ${pattern}:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`no ${pattern} after ${ms} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null) this.child.kill(signal);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    this.kill(signal);
    await this.exited;
  }
}

const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

/** `gongwen ARGS…` in the background (as test/helpers/cli.ts runs it, but not waited for). */
export function gongwenBackground(args: string[]): Background {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Background(child);
}
