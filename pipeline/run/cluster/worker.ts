import { hostname } from 'node:os';
import { MetricsTime, UnrecoverableError, Worker, type Job } from 'bullmq';
import { failureCode, InputError } from '../../core/errors.js';
import { loadFile, type FileFacts } from '../../read/index.js';
import { defaultThreads, Processor } from '../processor.js';
import { openRedis, probeRedis } from './connection.js';
import { packFailure, packOutcome, unpackFailure, QUEUE_NAME, type FileJob, type WireOutcome } from './jobs.js';

/**
 * `vanban worker`: takes file jobs from the queue and runs the batch's own processor on them
 * (read → OCR → normalize → extract in worker threads, one job per thread, with the batch's
 * per-file time limit), returning the record and text. It never writes the database.
 *
 * What fails how (README, "Many machines"):
 * - the file's bytes are not the ones queued (changed, or missing on this worker's mount), or the
 *   file is bad input (damaged, not Vietnamese…): the job fails once with its reason
 *   (`UnrecoverableError`: retrying cannot help);
 * - a time limit overrun (a machine under load), an internal error: the job fails and BullMQ
 *   retries it with backoff up to the job's attempts;
 * - the worker dies (SIGKILL, power): its job's lock runs out and another worker takes it over
 *   (BullMQ's stalled-job check, every `lockMs`).
 */

export interface QueueWorkerOptions {
  url: string;
  /** Jobs at a time, each in its own thread. Default: the number of cores. */
  concurrency?: number;
  /** Per-file time limit (ms), as the local batch's `--timeout`. */
  timeoutMs?: number;
  /**
   * How long a job's lock lasts without renewal (ms); a killed worker's job is taken over after
   * about this long. Renewed every half of it while the worker lives. Default 30 s.
   */
  lockMs?: number;
  /** Run the stages on the worker's main thread (tests, debugging): no threads. */
  inProcess?: boolean;
  onJob?: (event: WorkerJobEvent) => void;
  onNotice?: (event: { kind: 'redis-lost'; reason: string } | { kind: 'redis-back' } | { kind: 'error'; message: string }) => void;
}

export interface WorkerJobEvent {
  path: string;
  outcome: 'done' | 'failed' | 'retry';
  ms: number;
  error?: string;
  attempt: number;
}

export interface QueueWorker {
  readonly name: string;
  /** Stops taking jobs, finishes the ones in hand, then closes threads and connections. */
  close(): Promise<void>;
}

export const DEFAULT_LOCK_MS = 30_000;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  await probeRedis(options.url);
  const concurrency = options.concurrency ?? defaultThreads();
  const name = `${hostname()}:${process.pid}`;
  const processor = new Processor({ threads: options.inProcess ? 0 : concurrency, timeoutMs: options.timeoutMs });
  const connection = openRedis(options.url, {
    onLost: (reason) => options.onNotice?.({ kind: 'redis-lost', reason }),
    onBack: () => options.onNotice?.({ kind: 'redis-back' }),
  });
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;

  const work = async (job: Job<FileJob>): Promise<WireOutcome> => {
    const { path, sha256, maxBytes, ocr } = job.data;
    const facts: FileFacts = { sha256: null, size: null, mtime: null };
    let buf: Buffer;
    try {
      buf = await loadFile(path, maxBytes, facts);
    } catch (error) {
      if (error instanceof InputError && error.code === 'missing') {
        throw new UnrecoverableError(packFailure('missing', `does not exist on worker ${name} (is the archive mounted at the same path on every worker?).`));
      }
      throw asJobError(error);
    }
    if (facts.sha256 !== sha256) {
      throw new UnrecoverableError(
        packFailure('changed', `changed after it was queued (sha256 ${sha256.slice(0, 12)}… queued, ${facts.sha256?.slice(0, 12)}… read by worker ${name}); it is queued again on the next run.`),
      );
    }
    try {
      const { record, text, ms, engineMessages } = await processor.process(buf, path, sha256, ocr);
      return packOutcome({ record, text, ms, engineMessages, worker: name });
    } catch (error) {
      throw asJobError(error);
    }
  };

  const worker = new Worker<FileJob, WireOutcome>(QUEUE_NAME, work, {
    connection,
    concurrency,
    name,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // A job whose worker died twice is failed rather than passed on forever.
    maxStalledCount: 2,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  worker.on('error', (error) => options.onNotice?.({ kind: 'error', message: error.message }));
  worker.on('completed', (job) => options.onJob?.({ path: job.data.path, outcome: 'done', ms: (job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now()), attempt: job.attemptsMade }));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    options.onJob?.({ path: job.data.path, outcome: final ? 'failed' : 'retry', ms: Date.now() - (job.processedOn ?? Date.now()), error: unpackFailure(error.message).message, attempt: job.attemptsMade });
  });
  await worker.waitUntilReady();

  return {
    name,
    close: async () => {
      await worker.close();
      await processor.close();
      connection.disconnect();
    },
  };
}

/**
 * Bad input fails for good; an overrun time limit or an internal error is worth another try
 * (another worker, a quieter moment).
 */
function asJobError(error: unknown): Error {
  const code = failureCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const packed = packFailure(code, message);
  return error instanceof InputError && code !== 'timeout' ? new UnrecoverableError(packed) : new Error(packed);
}


