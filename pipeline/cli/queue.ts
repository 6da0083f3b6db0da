import { loadCluster, type FileProcessor, type OcrSetting, type Reporter } from '../run/index.js';
import { fail, lang, t } from './common.js';
import type { Lang, Translate } from './i18n.js';

/**
 * The queue's side of the command line, loaded only when a command uses it: the coordinator's
 * processor for `ingest --queue`, `queue status` and `queue retry --failed`. Redis that does not
 * answer is one sentence and exit code 2.
 */

export interface QueueCli {
  t: Translate;
  lang: Lang;
  fail: (message: string, code?: number) => never;
}

export interface CoordinatorOptions {
  queue: string;
  queueDepth: number;
  attempts: number;
  backoff: number;
  maxSize: number;
  retryFailed?: boolean;
}

/** What the queue commands use of the command line's shared parts. */
export const queueCli: QueueCli = { t, lang, fail };

async function orRefuse<T>(cli: QueueCli, url: string, run: () => Promise<T>): Promise<T> {
  const { QueueConnectionError, redactUrl } = await loadCluster();
  try {
    return await run();
  } catch (error) {
    if (error instanceof QueueConnectionError) cli.fail(cli.t('queue.unreachable', { url: redactUrl(url), reason: error.reason }));
    throw error;
  }
}

export async function openCoordinator(opts: CoordinatorOptions, ocr: OcrSetting, reporter: Reporter, cli: QueueCli): Promise<FileProcessor> {
  const { QueueProcessor, redactUrl } = await loadCluster();
  const url = redactUrl(opts.queue);
  return orRefuse(cli, opts.queue, () =>
    QueueProcessor.open({
      url: opts.queue,
      ocr,
      maxBytes: opts.maxSize * 1048576,
      capacity: opts.queueDepth,
      attempts: opts.attempts,
      backoffMs: opts.backoff * 1000,
      retryFailed: opts.retryFailed,
      watch: {
        onLost: (reason) => reporter.info(cli.t('queue.lost', { url, reason }), { redis: 'lost', reason }),
        onBack: () => reporter.info(cli.t('queue.back', { url }), { redis: 'back' }),
      },
    }),
  );
}

export async function showStatus(opts: { queue: string; json?: boolean }, cli: QueueCli): Promise<void> {
  const { queueStatus } = await loadCluster();
  const status = await orRefuse(cli, opts.queue, () => queueStatus(opts.queue));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(status)}\n`);
    return;
  }
  const rate = status.perMinute.toLocaleString(cli.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  process.stdout.write(`${cli.t('queue.status', { waiting: status.waiting, active: status.active, delayed: status.delayed, failed: status.failed, workers: status.workers, rate, minutes: status.rateMinutes })}\n`);
  // Paths and reasons come from files and their parsers: control characters are not passed to the terminal.
  const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  for (const failure of status.lastFailures) process.stdout.write(`${cli.t('queue.failure', { path: clean(failure.path), reason: clean(failure.reason) })}\n`);
}

export async function retryFailed(opts: { queue: string; failed?: boolean }, cli: QueueCli): Promise<void> {
  if (!opts.failed) cli.fail(cli.t('queue.retryWhat'));
  const { retryFailedJobs } = await loadCluster();
  const n = await orRefuse(cli, opts.queue, () => retryFailedJobs(opts.queue));
  process.stdout.write(`${cli.t('queue.retried', { n })}\n`);
}
