import { loadCluster } from '../run/index.js';
import type { QueueCli } from './queue.js';

/**
 * `vanban worker`: takes jobs from the queue until stopped. SIGTERM or Ctrl-C stop taking jobs,
 * finish the ones in hand and exit 0; a second signal exits at once (the jobs in hand are taken
 * over by another worker when their locks run out).
 */

export interface WorkerCliOptions {
  queue: string;
  concurrency: number;
  timeout: number;
  lockSeconds: number;
  logFormat: 'auto' | 'json' | 'text';
}

export async function runWorker(opts: WorkerCliOptions, cli: QueueCli): Promise<void> {
  const { startQueueWorker, QueueConnectionError, redactUrl } = await loadCluster();
  const url = redactUrl(opts.queue);
  const json = opts.logFormat === 'json' || (opts.logFormat === 'auto' && !process.stderr.isTTY);
  const say = (message: string, fields: Record<string, unknown> = {}) =>
    process.stderr.write(json ? `${JSON.stringify({ time: new Date().toISOString(), command: 'worker', msg: message, ...fields })}\n` : `${message}\n`);
  // Paths and reasons come from files and their parsers: control characters are not passed to the terminal.
  const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  let worker;
  try {
    worker = await startQueueWorker({
      url: opts.queue,
      concurrency: Math.max(1, opts.concurrency),
      inProcess: opts.concurrency === 0,
      timeoutMs: opts.timeout * 1000,
      lockMs: opts.lockSeconds * 1000,
      onJob: (event) => {
        const path = clean(event.path);
        const error = clean(event.error ?? '');
        if (event.outcome === 'done') say(cli.t('worker.done', { path, secs: (event.ms / 1000).toFixed(1) }), { path, outcome: 'done', ms: event.ms, attempt: event.attempt });
        else if (event.outcome === 'failed') say(cli.t('worker.failed', { path, error }), { path, outcome: 'failed', error, attempt: event.attempt });
        else say(cli.t('worker.retry', { path, n: event.attempt, error }), { path, outcome: 'retry', error, attempt: event.attempt });
      },
      onNotice: (notice) => {
        if (notice.kind === 'redis-lost') say(cli.t('queue.lost', { url, reason: notice.reason }), { redis: 'lost' });
        else if (notice.kind === 'redis-back') say(cli.t('queue.back', { url }), { redis: 'back' });
        else say(cli.t('worker.error', { message: notice.message }), { error: notice.message });
      },
    });
  } catch (error) {
    if (error instanceof QueueConnectionError) cli.fail(cli.t('queue.unreachable', { url, reason: error.reason }));
    throw error;
  }
  say(cli.t('worker.started', { name: worker.name, url, n: Math.max(1, opts.concurrency) }), { worker: worker.name });
  const running = worker;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    say(cli.t('worker.stopping', { signal }), { signal });
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
