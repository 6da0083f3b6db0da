import { Queue } from 'bullmq';
import { openRedis, probeRedis } from './connection.js';
import { EVENTS_MAX_LEN, QUEUE_NAME, unpackFailure } from './jobs.js';

/** `vanban queue status` and `vanban queue retry --failed`: what the queue holds, and failed jobs given another go. */

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  workers: number;
  /** Jobs completed per minute, averaged over the last `rateMinutes` minutes (workers record a count each minute). */
  perMinute: number;
  rateMinutes: number;
  /** The latest failures, newest first: path, error code and reason. */
  lastFailures: Array<{ path: string; code: string; reason: string; attempts: number }>;
}

const RATE_MINUTES = 15;

async function withQueue<T>(url: string, run: (queue: Queue) => Promise<T>): Promise<T> {
  await probeRedis(url);
  const connection = openRedis(url);
  const queue = new Queue(QUEUE_NAME, { connection, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
  queue.on('error', () => undefined);
  try {
    return await run(queue);
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export function queueStatus(url: string): Promise<QueueStatus> {
  return withQueue(url, async (queue) => {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed');
    const metrics = await queue.getMetrics('completed', 0, RATE_MINUTES - 1);
    const minutes = Math.max(1, Math.min(RATE_MINUTES, metrics.data.length));
    const done = metrics.data.slice(0, minutes).reduce((sum, n) => sum + Number(n || 0), 0);
    const failedJobs = await queue.getFailed(0, 4);
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      completed: counts.completed ?? 0,
      workers: await queue.getWorkersCount(),
      perMinute: done / minutes,
      rateMinutes: minutes,
      lastFailures: failedJobs.map((job) => {
        const { code, message } = unpackFailure(job.failedReason);
        return { path: String((job.data as { path?: string }).path ?? job.id), code, reason: message, attempts: job.attemptsMade };
      }),
    };
  });
}

/** Moves every failed job back to waiting; returns how many there were. */
export function retryFailedJobs(url: string): Promise<number> {
  return withQueue(url, async (queue) => {
    const failed = await queue.getFailedCount();
    if (failed > 0) await queue.retryJobs({ state: 'failed', count: 1000 });
    return failed;
  });
}
