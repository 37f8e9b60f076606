// The viewer over HTTP, without a browser: routes, escaping, and what it refuses.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryFacts } from '../src/query/facts.js';
import { startViewer, type Viewer } from '../src/serve/server.js';
import { ROOT } from './helpers/cli.js';
import { buildViewerStore, HOSTILE_FILE, rawRequest, type ViewerStore } from './helpers/viewer.js';

let store: ViewerStore;
let viewer: Viewer;
let db: Database.Database;
const get = (path: string, opts?: Parameters<typeof rawRequest>[2]) => rawRequest(viewer.port, path, opts);
const docId = (source: string) => (db.prepare('SELECT doc FROM documents WHERE source LIKE ?').get(`%${source}`) as { doc: string }).doc;
const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

beforeAll(async () => {
  store = await buildViewerStore();
  viewer = await startViewer({ db: store.db, port: 0 });
  db = new Database(store.db, { readonly: true });
});
afterAll(async () => {
  await viewer?.close();
  db?.close();
});

/** The text a browser shows: tags dropped, entities read back. */
function visibleText(markup: string): string {
  return markup.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
function between(s: string, open: string, close: string): string {
  const from = s.indexOf(open) + open.length;
  return s.slice(from, s.indexOf(close, from));
}

describe('gongwen serve: pages', () => {
  it('listens on loopback by default and prints its URL form', () => {
    expect(viewer.host).toBe('127.0.0.1');
    expect(viewer.url).toBe(`http://127.0.0.1:${viewer.port}/`);
  });

  it('/ lists every stored document with a link to its page', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const links = [...r.body.matchAll(/href="\/doc\/([0-9a-f]{16})"/g)].map((m) => m[1]);
    expect(new Set(links).size).toBe(7);
    expect(r.body).toContain('楚雄州扶贫开发领导小组关于印发楚雄州决战决胜脱贫攻坚百日总攻行动方案的通知');
  });

  it('/doc/:id shows the normalised text exactly, every record of the document marked once', async () => {
    const doc = docId('001_1d944455b0e5cc05.txt');
    const r = await get(`/doc/${doc}`);
    expect(r.status).toBe(200);
    const text = between(r.body, '<div id="text" class="doctext">', '</div>');
    const stored = (db.prepare('SELECT text FROM documents WHERE doc = ?').get(doc) as { text: string }).text;
    expect(visibleText(text)).toBe(stored);
    const marked = new Set([...text.matchAll(/data-fact="(\d+)"/g)].map((m) => m[1]));
    expect(marked.size).toBe(count('SELECT count(*) AS n FROM facts WHERE doc = ?', doc));
    // a figure of the plan, with its fields in the mark's title
    const title = /<mark id="f-quantity-607-612" class="f t-quantity" data-fact="\d+" title="([^"]*)">2903户<\/mark>/.exec(text)?.[1];
    expect(title?.split('\n')).toEqual(expect.arrayContaining(['quantity  2903户', 'value: 2903', 'unit: 户', 'metric: 剩余贫困人口', 'region: 楚雄彝族自治州 (532300)']));
  });

  it('a notice whose text holds <script> and <img onerror> shows them as text, in the page, title and tables', async () => {
    const doc = docId(HOSTILE_FILE);
    for (const path of [`/doc/${doc}`, `/facts?doc=${doc}`, '/search?q=%E6%A0%B8%E6%9F%A5%E7%BB%93%E6%9E%9C', '/']) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.body, path).not.toMatch(/<script>alert|<img src=x|<b onmouseover/);
    }
    const page = (await get(`/doc/${doc}`)).body;
    expect(page).toContain('<h1>关于&lt;script&gt;alert(1)&lt;/script&gt;做好扶贫数据核查工作的通知</h1>');
    const shown = visibleText(between(page, '<div id="text" class="doctext">', '</div>'));
    expect(shown).toContain('2903户<img src=x onerror=alert(1)>8331人');
    expect(shown).toContain('"><b onmouseover=alert(2)>x</b>');
    // the only scripts are the served assets
    expect([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/assets/viewer.js" defer>']);
  });

  it('/facts filters on the server: region by name, metric; the count matches src/query', async () => {
    const wuding = queryFacts(db, { regionCodes: ['532329'] }).length;
    expect(wuding).toBeGreaterThan(0);
    const r = await get(`/facts?region=${encodeURIComponent('武定县')}`);
    expect(r.status).toBe(200);
    expect([...r.body.matchAll(/<tr class="fact /g)]).toHaveLength(wuding);
    expect(r.body).toContain(`<p id="count" class="summary">${wuding} records</p>`);
    const rate = await get(`/facts?metric=${encodeURIComponent('贫困发生率')}&type=quantity`);
    const expected = count("SELECT count(*) AS n FROM facts WHERE type = 'quantity' AND (instr(metric, '贫困发生率') > 0 OR instr(canonical_metric, '贫困发生率') > 0)");
    expect(expected).toBeGreaterThanOrEqual(6);
    expect([...rate.body.matchAll(/<tr class="fact t-quantity">/g)]).toHaveLength(expected);
  });

  it('/facts pages through the records, the filters kept in the links', async () => {
    const all = queryFacts(db, { type: ['quantity'] });
    expect(all.length).toBeGreaterThan(45);
    const r = await get('/facts?type=quantity&size=20&page=2');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<p id="count" class="summary">Records 21–40, more follow</p>');
    const quotes = [...r.body.matchAll(/<tr class="fact t-quantity">[\s\S]*?<\/tr>/g)].length;
    expect(quotes).toBe(20);
    expect(r.body).toContain('<a rel="prev" href="/facts?type=quantity&amp;size=20&amp;page=1">previous page</a>');
    expect(r.body).toContain('<a rel="next" href="/facts?type=quantity&amp;size=20&amp;page=3">next page</a>');
    const api = JSON.parse((await get('/api/facts?type=quantity&size=20&page=2')).body) as { quote: string }[];
    expect(api.map((f) => f.quote)).toEqual(all.slice(20, 40).map((f) => f.record.quote));
    const last = Math.ceil(all.length / 20);
    const end = await get(`/facts?type=quantity&size=20&page=${last}`);
    expect(end.body).toContain(`Records ${(last - 1) * 20 + 1}–${all.length}</p>`);
    expect(end.body).not.toContain('rel="next"');
    const bad = await get('/facts?page=0');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('page must be a whole number from 1, not &#39;0&#39;');
  });

  it('/facts says what is wrong with a filter instead of ignoring it', async () => {
    const r = await get(`/facts?region=${encodeURIComponent('不存在县')}&from=2020-13`);
    expect(r.status).toBe(400);
    expect(r.body).toContain('<p class="notice error">unknown region &#39;不存在县&#39;</p>');
    expect(r.body).toContain('<p class="notice error">bad date &#39;2020-13&#39;');
    expect(r.body).not.toContain('<tr class="fact');
  });

  it('/api/series gives a metric’s figures for one region by date, from src/query’s metricSeries', async () => {
    const r = await get(`/api/series?metric=${encodeURIComponent('贫困发生率')}&region=${encodeURIComponent('东川区')}`);
    expect(r.status).toBe(200);
    const s = JSON.parse(r.body) as { series: { region: { code: string }; unit: string; points: { date: string; value: number }[] }[]; chart: unknown };
    expect(s.series.map((x) => [x.region.code, x.unit, x.points.map((p) => [p.date, p.value])])).toEqual([['530113', '%', [['2018-09-13', 25.5]]]]);
    expect(s.chart).toEqual({ unit: '%', series: [{ name: '东川区 · actual', role: 'actual', points: [['2018-09-13', 25.5, '25.5%']] }] });
  });

  it('/series draws from data in an attribute, loading ECharts as an asset', async () => {
    const r = await get(`/series?metric=${encodeURIComponent('贫困发生率')}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<script src="/assets/echarts.min.js" defer>');
    const data = JSON.parse(visibleText(between(r.body, 'data-series="', '"'))) as { unit: string; series: { name: string; points: unknown[] }[] };
    expect(data.unit).toBe('%');
    expect(data.series.find((s) => s.name === '东川区 · actual')?.points).toEqual([['2018-09-13', 25.5, '25.5%']]);
    expect((await get(`/series?metric=x&region=${encodeURIComponent('不存在县')}`)).status).toBe(400);
  });

  it('/findings lists what gongwen check finds; /finding/:n shows each quote in its sentence', async () => {
    const r = await get('/findings?status=inconsistent');
    expect(r.status).toBe(200);
    const links = [...r.body.matchAll(/<a href="\/finding\/(\d+)">/g)].map((m) => m[1]);
    expect(links).toHaveLength(1);
    const finding = (await get(`/finding/${links[0]}`)).body;
    expect(finding).toContain('Unexpected 开工率 80%: 180/200 = 90.0%');
    expect([...finding.matchAll(/<mark class="hit">([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(['200个', '180个', '80%']);
    expect(finding).toContain('全县计划实施扶贫项目<mark class="hit">200个</mark>，已开工180个，开工率80%。');
  });

  it('HEAD answers with the headers of GET and no body', async () => {
    const r = await get('/', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBeGreaterThan(1000);
    expect(r.body).toBe('');
  });
});

describe('gongwen serve: what it refuses', () => {
  it('serves assets from its own list only: traversal, plain or encoded, never reaches the file system', async () => {
    for (const path of [
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/viewer.js/../../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%5c..%5cpackage.json',
      '//etc/passwd',
      '/doc/../package.json',
      '/assets/',
      '/src/serve/static/viewer.js',
      '/node_modules/echarts/dist/echarts.min.js',
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/"name": "gongwen"|root:|use strict/);
    }
    const ok = await get('/assets/viewer.js');
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('unknown paths and unknown documents are 404', async () => {
    for (const path of ['/nope', '/doc/0000000000000000', '/doc/XYZ', '/doc/', '/finding/999999', '/api/doc/0000000000000000']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('methods other than GET and HEAD are 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await get('/', { method, body: 'x=1' });
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });

  it('request bodies over the limit are 413, declared or streamed', async () => {
    const big = 'x'.repeat(4096);
    expect((await get('/', { body: big })).status).toBe(413);
    expect((await get('/', { method: 'POST', body: big })).status).toBe(413);
    expect((await get('/', { body: big, chunked: true })).status).toBe(413);
    expect((await get('/', { body: 'small' })).status).toBe(200);
  });

  it('a URL over 4 KB is 414', async () => {
    expect((await get(`/facts?text=${'x'.repeat(5000)}`)).status).toBe(414);
  });

  it('a Host that is not this loopback server is refused (DNS rebinding)', async () => {
    expect((await get('/', { headers: { Host: `attacker.example:${viewer.port}` } })).status).toBe(421);
    expect((await get('/', { headers: { Host: `localhost:${viewer.port}` } })).status).toBe(200);
  });

  it('sends a strict Content-Security-Policy and nosniff on every answer', async () => {
    for (const path of ['/', '/nope', '/assets/viewer.css', `/doc/${docId(HOSTILE_FILE)}`]) {
      const r = await get(path);
      const csp = String(r.headers['content-security-policy']);
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('reads through a read-only connection (the kind startViewer opens)', async () => {
    const { Store } = await import('../src/store/index.js');
    const s = Store.openReadOnly(store.db);
    expect(s.db.readonly).toBe(true);
    expect(() => s.db.prepare('DELETE FROM facts').run()).toThrow(/readonly/);
    s.close();
  });

  it('keeps answering while extract rewrites the store (no SQLITE_BUSY)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'extract', join(store.dir, 'corpus'), '--db', store.db, '--force', '-q', '--concurrency', '1'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let exited = false;
    void done.then(() => (exited = true));
    const statuses: number[] = [];
    const doc = docId('001_1d944455b0e5cc05.txt');
    while (!exited) {
      for (const path of ['/', `/doc/${doc}`, '/facts?type=quantity', `/api/series?metric=${encodeURIComponent('贫困发生率')}`]) statuses.push((await get(path)).status);
    }
    expect(await done, stderr).toBe(0);
    // the store was rewritten under several rounds of requests
    expect(statuses.length).toBeGreaterThanOrEqual(8);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});
