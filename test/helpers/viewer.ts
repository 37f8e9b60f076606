// A store for the viewer's tests: the seeds, a notice whose text holds markup and a report with a
// wrong rate, extracted once per test file into a temp folder; and raw HTTP requests that send a
// path exactly as written.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { extractCorpus } from '../../src/pipeline/extract.js';
import { SEEDS, tempDir } from './cli.js';

/** A notice whose text carries markup: it must show as text, never run. */
export const HOSTILE_NOTICE = `关于<script>alert(1)</script>做好扶贫数据核查工作的通知

各县市扶贫办：
截至2020年6月底，全州剩余贫困人口2903户<img src=x onerror=alert(1)>8331人，贫困发生率下降到1.2%。
请于2020年7月10日前报送核查结果。"><b onmouseover=alert(2)>x</b>

楚雄州扶贫开发领导小组办公室
2020年6月30日
`;

export const HOSTILE_FILE = 'zz_hostile.txt';

/** A report whose stated rate does not follow from its own figures (180/200 is 90%, not 80%): one inconsistent finding. */
export const WRONG_RATE_REPORT = `关于报送扶贫项目进展情况的报告

州扶贫开发领导小组：
截至2020年5月31日，全县计划实施扶贫项目200个，已开工180个，开工率80%。全县有建档立卡贫困户1000户，已脱贫800户，脱贫率80%。

武定县扶贫开发领导小组办公室
2020年6月1日
`;

export const WRONG_RATE_FILE = 'zz_wrong_rate.txt';

export interface ViewerStore {
  dir: string;
  db: string;
}

export async function buildViewerStore(): Promise<ViewerStore> {
  const dir = tempDir('gongwen-serve-');
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(corpus, f));
  writeFileSync(join(corpus, HOSTILE_FILE), HOSTILE_NOTICE);
  writeFileSync(join(corpus, WRONG_RATE_FILE), WRONG_RATE_REPORT);
  const db = join(dir, 'store.db');
  const summary = await extractCorpus([corpus], { db, quiet: true, concurrency: 1 });
  if (summary.failed) throw new Error(`extract failed: ${JSON.stringify(summary.errors)}`);
  return { dir, db };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path sent byte for byte (fetch would resolve `..` before sending). */
export function rawRequest(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...opts.headers };
    if (opts.body !== undefined) {
      // Node frames a GET body only when told how
      if (opts.chunked) headers['Transfer-Encoding'] = 'chunked';
      else headers['Content-Length'] = String(Buffer.byteLength(opts.body));
    }
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // a refused upload may be cut off mid-body; the response has already been read by then
    req.on('error', reject);
    if (opts.body !== undefined && opts.chunked) {
      const body = Buffer.from(opts.body);
      for (let i = 0; i < body.length; i += 512) req.write(body.subarray(i, i + 512));
    } else if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}
