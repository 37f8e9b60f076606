// The viewer in a real headless Chromium (Debian's `chromium`, driven by playwright-core): a
// document with its figures highlighted and hover cards, a notice holding markup that must stay
// text, the fact table filtered, a finding, the series chart. Screenshots go to out/screenshots/.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricSeries, queryFacts } from '../../src/query/index.js';
import { chartData } from '../../src/serve/pages/series.js';
import { startViewer, type Viewer } from '../../src/serve/server.js';
import { ROOT } from '../helpers/cli.js';
import { buildViewerStore, HOSTILE_FILE, type ViewerStore } from '../helpers/viewer.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'out', 'screenshots');
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install chromium fonts-noto-cjk)`);
if (!present) console.warn(`skipping the viewer's browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);

describe.skipIf(!present)('gongwen serve in headless Chromium', () => {
  let store: ViewerStore;
  let viewer: Viewer;
  let browser: BrowserContext;
  let profile: string;
  let db: Database.Database;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const cspReports: string[] = [];

  const docId = (source: string) => (db.prepare('SELECT doc FROM documents WHERE source LIKE ?').get(`%${source}`) as { doc: string }).doc;
  const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

  beforeAll(async () => {
    store = await buildViewerStore();
    viewer = await startViewer({ db: store.db, port: 0 });
    db = new Database(store.db, { readonly: true });
    mkdirSync(SHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'gongwen-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
    db?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspReports.push(m.text());
    });
    const response = await page.goto(new URL(path, viewer.url).href);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('shows a document with every record highlighted, and the fields of a figure on hover', async () => {
    const doc = docId('001_1d944455b0e5cc05.txt');
    const page = await open(`/doc/${doc}`);
    const marked = await page.$$eval('#text mark.f', (marks) => new Set(marks.map((m) => m.getAttribute('data-fact'))).size);
    expect(marked).toBe(count('SELECT count(*) AS n FROM facts WHERE doc = ?', doc));
    const figures = await page.$$eval('#text mark.t-quantity', (marks) => new Set(marks.map((m) => m.getAttribute('data-fact'))).size);
    expect(figures).toBe(count("SELECT count(*) AS n FROM facts WHERE doc = ? AND type = 'quantity'", doc));
    // the text a reader sees is the stored text, character for character
    const stored = (db.prepare('SELECT text FROM documents WHERE doc = ?').get(doc) as { text: string }).text;
    expect(await page.textContent('#text')).toBe(stored);

    const figure = page.locator('#f-quantity-607-612');
    await expect(figure.textContent()).resolves.toBe('2903户');
    await figure.hover();
    const card = page.locator('#card');
    await card.waitFor({ state: 'visible' });
    const text = await card.innerText();
    expect(text).toMatch(/^quantity\s+2903户/);
    expect(text).toMatch(/metric\s+剩余贫困人口/);
    expect(text).toMatch(/value\s+2903/);
    expect(text).toMatch(/region\s+楚雄彝族自治州 \(532300\)/);
    await page.screenshot({ path: join(SHOTS, 'viewer-document.png') });

    // the legend hides one type's highlights
    await page.locator('#legend input[name=quantity]').uncheck();
    expect(await page.evaluate("getComputedStyle(document.getElementById('f-quantity-607-612')).backgroundColor")).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('shows markup in a notice as text: no element made from it, no script run, no dialog', async () => {
    const page = await open(`/doc/${docId(HOSTILE_FILE)}`);
    await page.waitForTimeout(300);
    expect(await page.textContent('h1')).toBe('关于<script>alert(1)</script>做好扶贫数据核查工作的通知');
    const text = await page.textContent('#text');
    expect(text).toContain('2903户<img src=x onerror=alert(1)>8331人');
    expect(text).toContain('"><b onmouseover=alert(2)>x</b>');
    expect(await page.$$eval('#text script, #text img, #text b, h1 script', (els) => els.length)).toBe(0);
    await page.locator('#text').hover();
    await page.locator('#text mark.f').first().hover();
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'viewer-hostile.png') });
    await page.close();
  });

  it('filters the fact table on the server: region 武定县, then metric 贫困发生率', async () => {
    const page = await open('/facts');
    await page.fill('input[name=region]', '武定县');
    await Promise.all([page.waitForURL(/region=/), page.click('form.filters button[type=submit]')]);
    const wuding = queryFacts(db, { regionCodes: ['532329'] }).length;
    expect(wuding).toBeGreaterThan(5);
    expect(await page.locator('#facts tbody tr').count()).toBe(wuding);
    const regions = await page.$$eval('#facts tbody tr.t-quantity td.region', (tds) => [...new Set(tds.map((td) => td.textContent))]);
    expect(regions).toEqual(['武定县']);

    await page.fill('input[name=region]', '');
    await page.fill('input[name=metric]', '贫困发生率');
    await page.selectOption('select[name=type]', 'quantity');
    await Promise.all([page.waitForURL(/metric=/), page.click('form.filters button[type=submit]')]);
    const rates = count("SELECT count(*) AS n FROM facts WHERE type = 'quantity' AND (instr(metric, '贫困发生率') > 0 OR instr(canonical_metric, '贫困发生率') > 0)");
    expect(rates).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#facts tbody tr').count()).toBe(rates);
    expect(await page.textContent('#count')).toBe(`${rates} records`);
    await page.screenshot({ path: join(SHOTS, 'viewer-facts.png') });

    // a row leads to its figure in the document
    await Promise.all([page.waitForURL(/\/doc\//), page.locator('#facts tbody tr td.quote a').first().click()]);
    const target = await page.evaluate("document.querySelector(':target')?.textContent");
    expect(target).toMatch(/%$/);
    await page.close();
  });

  it('lists findings, filters the inconsistent one and opens it with its quotes in context', async () => {
    const page = await open('/findings');
    expect(await page.textContent('#count')).toMatch(/^\d+ findings$/);
    await page.selectOption('select[name=status]', 'inconsistent');
    await Promise.all([page.waitForURL(/status=inconsistent/), page.click('form.filters button[type=submit]')]);
    const items = page.locator('ol.findings li a');
    expect(await items.count()).toBe(1);
    await Promise.all([page.waitForURL(/\/finding\/\d+$/), items.first().click()]);
    expect(await page.textContent('.message')).toContain('Unexpected 开工率 80%: 180/200 = 90.0%');
    expect(await page.locator('.quote-card blockquote mark.hit').allTextContents()).toEqual(['200个', '180个', '80%']);
    expect(await page.locator('.quote-card blockquote').first().textContent()).toBe('截至2020年5月31日，全县计划实施扶贫项目200个，已开工180个，开工率80%。');
    await page.screenshot({ path: join(SHOTS, 'viewer-finding.png') });
    await page.close();
  });

  it('draws a metric over time with ECharts: one line per region and role, the points of src/query', async () => {
    const page = await open(`/series?metric=${encodeURIComponent('贫困发生率')}`);
    await page.waitForSelector('#chart canvas');
    const drawn = (await page.evaluate(`(() => {
      const chart = echarts.getInstanceByDom(document.getElementById('chart'));
      return chart.getOption().series.map((s) => ({ name: s.name, points: s.data.map((d) => d.value) }));
    })()`)) as { name: string; points: [string, number][] }[];
    const expected = chartData(metricSeries(db, { metric: '贫困发生率' })).series.map((s) => ({ name: s.name, points: s.points.map(([d, v]) => [d, v]) }));
    expect(drawn).toEqual(expected);
    expect(drawn.find((s) => s.name === '东川区 · actual')?.points).toEqual([['2018-09-13', 25.5]]);
    expect(drawn.find((s) => s.name === '禄劝彝族苗族自治县 · actual')?.points).toEqual([['2018-09-13', 13.92]]);

    // hovering a point shows its quote in the tooltip
    const at = (await page.evaluate(`(() => {
      const chart = echarts.getInstanceByDom(document.getElementById('chart'));
      const index = chart.getOption().series.findIndex((s) => s.name === '东川区 · actual');
      const [x, y] = chart.convertToPixel({ seriesIndex: index }, ['2018-09-13', 25.5]);
      const box = document.getElementById('chart').getBoundingClientRect();
      return [box.left + x, box.top + y];
    })()`)) as [number, number];
    await page.mouse.move(at[0], at[1]);
    await expect.poll(() => page.locator('#chart').innerText()).toContain('25.5%');
    expect(await page.locator('#chart').innerText()).toContain('东川区 · actual');
    await page.screenshot({ path: join(SHOTS, 'viewer-series.png') });
    await page.close();
  });

  it('ran no script error and broke no Content-Security-Policy rule on any page', () => {
    expect(pageErrors).toEqual([]);
    expect(cspReports).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
