// `gongwen serve`: a read-only local web site over the store, on Node's own http module (the site
// is a handful of GET routes; a framework would add more surface than it saves). Loopback only
// unless told otherwise, GET/HEAD only, tiny request bodies, strict headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FindingRecord } from '../../schemas/index.js';
import { checkViews } from '../check/index.js';
import { loadDocs } from '../check/load.js';
import { Store } from '../store/index.js';
import { loadAssets, type Asset } from './assets.js';
import { notFound, page, route, type Reply } from './routes.js';
import { messagePage } from './pages/layout.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8377;
/** The site takes no input in bodies; anything larger than this is refused (413). */
export const MAX_BODY = 1024;
const MAX_URL = 4096;

export interface ServeOptions {
  db: string;
  host?: string;
  /** 0 picks a free port */
  port?: number;
}

export interface Viewer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Opens the store read-only and starts serving; resolves once listening. */
export async function startViewer(opts: ServeOptions): Promise<Viewer> {
  const store = Store.openReadOnly(opts.db);
  const host = opts.host ?? DEFAULT_HOST;
  const site: Site = { store, assets: loadAssets(), findings: findingsCache(store), allowedHosts: null };
  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => accept(req, res, site));
  try {
    await listen(server, host, opts.port ?? DEFAULT_PORT);
  } catch (err) {
    store.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  if (isLoopback(host)) site.allowedHosts = loopbackHosts(port);
  const shown = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${port}/`, host, port, close: () => stop(server, store) };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function stop(server: Server, store: Store): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      store.close();
      resolve();
    });
    server.closeAllConnections();
  });
}

/** Host headers a loopback server answers to: a page elsewhere cannot reach it by DNS rebinding. */
function loopbackHosts(port: number): Set<string> {
  return new Set(['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`));
}

/** `gongwen check` over the store, rerun only when another connection has changed the store since. */
function findingsCache(store: Store): () => FindingRecord[] {
  let version = -1;
  let cached: FindingRecord[] = [];
  return () => {
    const now = store.db.pragma('data_version', { simple: true }) as number;
    if (now !== version) {
      cached = checkViews(loadDocs(store)).findings.map((f) => f.record);
      version = now;
    }
    return cached;
  };
}

interface Site {
  store: Store;
  assets: Map<string, Asset>;
  findings: () => FindingRecord[];
  allowedHosts: Set<string> | null;
}

/** Checks the request's size, method and host, reads (and drops) its small body, then answers. */
function accept(req: IncomingMessage, res: ServerResponse, site: Site): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!(declared <= MAX_BODY)) return refuse(res, 413, 'Request body too large');
  let received = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_BODY && !refused) {
      refused = true;
      refuse(res, 413, 'Request body too large');
    }
  });
  req.on('end', () => {
    if (!refused) answer(req, res, site);
  });
  req.on('error', () => res.destroy());
}

function answer(req: IncomingMessage, res: ServerResponse, site: Site): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  if (site.allowedHosts && req.headers.host !== undefined && !site.allowedHosts.has(req.headers.host.toLowerCase())) {
    return refuse(res, 421, 'Misdirected request');
  }
  if ((req.url ?? '').length > MAX_URL) return refuse(res, 414, 'URL too long');
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://viewer.invalid');
  } catch {
    return refuse(res, 400, 'Bad request');
  }
  const asset = site.assets.get(url.pathname);
  if (asset) return send(req, res, { status: 200, type: asset.type, body: asset.body }, 'no-cache');
  let reply: Reply;
  try {
    reply = route(url.pathname, { db: site.store.db, query: url.searchParams, findings: site.findings }) ?? notFound();
  } catch (err) {
    process.stderr.write(`gongwen serve: ${req.method} ${url.pathname}: ${(err as Error).message}\n`);
    reply = page(messagePage('Error', 'The viewer failed to answer this request; see its log.'), 500);
  }
  send(req, res, reply, 'no-store');
}

function send(req: IncomingMessage, res: ServerResponse, reply: Reply, cache: string): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status, { ...SECURITY_HEADERS, 'Content-Type': reply.type, 'Content-Length': body.length, 'Cache-Control': cache });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const body = `${message}\n`;
  // the connection may hold an unread body: close it rather than read on
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
}
