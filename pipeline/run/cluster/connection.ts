import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connections to the Redis that holds the queue. A coordinator or a worker checks once, at start,
 * that Redis answers — a wrong address is one clear sentence, not a stack of reconnect errors —
 * and from then on waits through an outage (a Redis restart, a network blip): its commands are
 * held and sent again when Redis is back, and it tells once that it is waiting.
 */

export class QueueConnectionError extends Error {
  readonly code = 'redis-unreachable';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Redis at ${url} does not answer (${reason})`);
    this.name = 'QueueConnectionError';
  }
}

/** The address without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

function reasonOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return code ?? message ?? String(error);
}

/** Opens a connection and checks that Redis answers within a few seconds; refuses in one sentence otherwise. */
export async function probeRedis(url: string, timeoutMs = 3000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let lastError: unknown;
  client.on('error', (error) => (lastError = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new QueueConnectionError(redactUrl(url), reasonOf(lastError ?? error));
  } finally {
    client.disconnect();
  }
}

export interface ConnectionWatch {
  /** Told once when Redis goes away and once when it is back. */
  onLost?: (reason: string) => void;
  onBack?: () => void;
}

/**
 * A connection for BullMQ that never gives up: commands wait while Redis is away
 * (`maxRetriesPerRequest: null`, as BullMQ requires for workers), reconnecting every half second
 * at most two seconds apart.
 */
export function openRedis(url: string, watch: ConnectionWatch = {}): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  };
  const client = new Redis(url, options);
  let lost = false;
  client.on('error', (error) => {
    if (lost) return;
    lost = true;
    watch.onLost?.(reasonOf(error));
  });
  client.on('ready', () => {
    if (!lost) return;
    lost = false;
    watch.onBack?.();
  });
  return client;
}
