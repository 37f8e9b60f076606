// The Redis connection of a producer or a worker, from a redis:// URL.
import { Redis } from 'ioredis';
import { QueueError } from './errors.js';

export { QueueError };

/** Checks a queue URL: redis://[user:password@]host:port[/db] or rediss:// for TLS. */
export function parseQueueUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueError(`${url}: not a URL (expected redis://HOST:PORT)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new QueueError(`${url}: not a Redis URL (expected redis://HOST:PORT)`);
  }
  return parsed;
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  const u = parseQueueUrl(url);
  if (u.password) u.password = '***';
  return u.toString().replace(/\/$/, '');
}

/**
 * Connects, failing with a QueueError when Redis cannot be reached at all; once connected,
 * ioredis reconnects by itself (BullMQ wants requests to wait for that, not fail).
 */
export async function connect(url: string, timeoutMs = 10_000): Promise<Redis> {
  parseQueueUrl(url);
  let lastError = '';
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    connectTimeout: timeoutMs,
    // first connection: give up at once, so a wrong URL is told rather than retried forever
    retryStrategy: () => null,
  });
  client.on('error', (err: Error) => {
    lastError = err.message;
  });
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    throw new QueueError(`cannot reach Redis at ${displayUrl(url)} (${lastError || (err as Error).message})`);
  }
  client.options.retryStrategy = (times: number) => Math.min(times * 200, 5_000);
  return client;
}
