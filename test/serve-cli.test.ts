// `gongwen serve` as a user starts it: prints its URL, answers, stops cleanly on Ctrl-C.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gongwen, ROOT } from './helpers/cli.js';
import { buildViewerStore, type ViewerStore } from './helpers/viewer.js';

const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
let store: ViewerStore;
beforeAll(async () => {
  store = await buildViewerStore();
});

function startServe(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
      const m = /http:\/\/[^\s]+\//.exec(stdout);
      if (m) resolve(m[0]);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('gongwen serve (command line)', () => {
  const running: ReturnType<typeof startServe>[] = [];
  afterAll(() => {
    for (const r of running) if (r.child.exitCode === null) r.child.kill('SIGKILL');
  });

  it('prints a loopback URL, serves the store, and stops on SIGINT with status 0', async () => {
    const s = startServe(['--db', store.db, '--port', '0']);
    running.push(s);
    const url = await s.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.output().stdout).toContain(`(store ${store.db}; Ctrl-C to stop)`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Documents <span class="count">7</span></h1>');
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
  });

  it('says in one line when the store does not exist, or the port is taken', async () => {
    const missing = gongwen(['serve', '--db', join(store.dir, 'missing.db'), '--port', '0']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: .*missing\.db: cannot open store/);

    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const busy = gongwen(['serve', '--db', store.db, '--port', String(port)]);
    taken.close();
    expect(busy.status).toBe(2);
    expect(busy.stderr.trim()).toBe(`error: cannot listen on 127.0.0.1:${port} (EADDRINUSE); try another --port`);
  });

  it('refuses a port that is not one', () => {
    const r = gongwen(['serve', '--db', store.db, '--port', '70000']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('must be a whole number from 0 to 65535');
  });
});
