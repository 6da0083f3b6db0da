import { createHash } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { InputError } from '../../core/errors.js';
import type { OcrSetting } from '../../ocr/index.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../read/index.js';
import type { FileProcessor } from '../ingest.js';
import type { ProcessedFile } from '../processor.js';
import { openRedis, probeRedis, type ConnectionWatch } from './connection.js';
import { EVENTS_MAX_LEN, jobIdOf, QUEUE_NAME, unpackFailure, unpackOutcome, type FileJob, type FileOutcome, type WireOutcome } from './jobs.js';

/**
 * The coordinator's side of the queue: the batch (`ingest`) discovers, hashes and stores as it
 * does alone, but hands each file to this processor, which queues a job for it and resolves when
 * a worker's result is back. So the batch stays the only writer of the database, with the same
 * transaction per document, the same `runs` and `files` rows and the same progress.
 *
 * Results are read from the job itself (BullMQ keeps a completed job's return value in Redis):
 * QueueEvents tells at once when a job finishes, and a sweep asks Redis for the state of every job
 * waited on longer than `sweepMs`, so an event lost while the coordinator or Redis was away delays
 * a result by seconds, never loses it. Why not a results queue: a job's return value is already
 * durable in Redis; a second queue would double the writes and give two places for one result.
 *
 * A result taken is removed from Redis (memory stays bounded by the jobs in flight); a
 * coordinator killed between taking and storing a result leaves the file unstored, and the next
 * run queues it again — processed twice, stored once. A job already finished when the
 * coordinator comes (it was killed and restarted, or `vanban queue retry --failed` ran) is taken
 * from Redis without being done again.
 */

export interface QueueProcessorOptions {
  url: string;
  ocr: OcrSetting;
  maxBytes?: number;
  /** Jobs queued and not yet back at any time (backpressure on discovery). Default 256. */
  capacity?: number;
  /** Tries per job for transient failures (time limit, internal error, a worker that died). Default 3. */
  attempts?: number;
  /** First retry delay (ms), doubling each time. Default 5 s. */
  backoffMs?: number;
  /** How long a job waits for its event before its state is asked of Redis (ms). Default 5 s. */
  sweepMs?: number;
  /** A file that failed before is asked again of the workers (`--retry-failed`): its failed job is retried. */
  retryFailed?: boolean;
  watch?: ConnectionWatch;
}

interface Waiter {
  path: string;
  resolve: (file: ProcessedFile) => void;
  reject: (error: unknown) => void;
}

interface Pending {
  waiters: Waiter[];
  data: FileJob;
  since: number;
  retried: boolean;
}

/** Failed jobs stay this long for `vanban queue status` and `vanban queue retry --failed`. */
const KEEP_FAILED_S = 30 * 24 * 3600;
/** A completed job whose coordinator never came back is dropped after a week. */
const KEEP_COMPLETED_S = 7 * 24 * 3600;

export class QueueProcessor implements FileProcessor {
  readonly capacity: number;
  private readonly pending = new Map<string, Pending>();
  private readonly sweeper: NodeJS.Timeout;
  private sweeping = false;

  private constructor(
    private readonly queue: Queue<FileJob, WireOutcome>,
    private readonly events: QueueEvents,
    private readonly options: QueueProcessorOptions,
    private readonly connections: Array<{ disconnect(): void }>,
  ) {
    this.capacity = options.capacity ?? 256;
    events.on('completed', ({ jobId, returnvalue }) => this.settle(jobId, { returnvalue: returnvalue as unknown as WireOutcome | string }));
    events.on('failed', ({ jobId, failedReason }) => this.settle(jobId, { failedReason }));
    this.sweeper = setInterval(() => void this.sweep(), options.sweepMs ?? 5000);
    this.sweeper.unref();
  }

  static async open(options: QueueProcessorOptions): Promise<QueueProcessor> {
    await probeRedis(options.url);
    const queueConnection = openRedis(options.url, options.watch);
    const eventsConnection = openRedis(options.url);
    const queue = new Queue<FileJob, WireOutcome>(QUEUE_NAME, { connection: queueConnection, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
    const events = new QueueEvents(QUEUE_NAME, { connection: eventsConnection });
    // Errors of the connections are told by the watch; BullMQ re-emits them and must not throw them.
    queue.on('error', () => undefined);
    events.on('error', () => undefined);
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    return new QueueProcessor(queue, events, options, [queueConnection, eventsConnection]);
  }

  process(buf: Buffer, path: string, hashed?: string): Promise<ProcessedFile> {
    const sha256 = hashed ?? createHash('sha256').update(buf).digest('hex');
    const id = jobIdOf(sha256);
    return new Promise<ProcessedFile>((resolve, reject) => {
      const waiter = { path, resolve, reject };
      const known = this.pending.get(id);
      // The same bytes under another path: one job serves both.
      if (known) {
        known.waiters.push(waiter);
        return;
      }
      const data: FileJob = { path, sha256, size: buf.length, ocr: this.options.ocr, maxBytes: this.options.maxBytes ?? DEFAULT_MAX_FILE_BYTES };
      this.pending.set(id, { waiters: [waiter], data, since: Date.now(), retried: false });
      // Waiting is registered before the job is added, so a result cannot slip by unseen.
      this.submit(id, data).catch((error) => this.settle(id, { error }));
    });
  }

  private async submit(id: string, data: FileJob): Promise<void> {
    await this.add(id, data);
    await this.check(id);
  }

  private add(id: string, data: FileJob) {
    return this.queue.add('file', data, {
      jobId: id,
      attempts: this.options.attempts ?? 3,
      backoff: { type: 'exponential', delay: this.options.backoffMs ?? 5000 },
      removeOnComplete: { age: KEEP_COMPLETED_S },
      removeOnFail: { age: KEEP_FAILED_S },
    });
  }

  /** Asks Redis where a job is: finished ones are settled, a lost one (Redis lost its data) is added again. */
  private async check(id: string): Promise<void> {
    const pending = this.pending.get(id);
    if (!pending) return;
    // The state first, then the job: a job read before it finished carries no result.
    const state = await this.queue.getJobState(id);
    if (state === 'unknown') {
      // Gone from Redis while still waited on (Redis restarted without its data): queued again.
      // (Settled meanwhile by its event, it was removed as taken: nothing to do.)
      if (this.pending.has(id)) await this.add(id, pending.data);
      return;
    }
    if (state !== 'completed' && state !== 'failed') return;
    const job = await Job.fromId<FileJob, WireOutcome>(this.queue, id);
    if (!job) return;
    if (state === 'completed') return this.settle(id, { returnvalue: job.returnvalue });
    // Failed before this run came: `--retry-failed` gives it to the workers again (once), else its reason is taken.
    if (this.options.retryFailed && !pending.retried) {
      pending.retried = true;
      await job.retry('failed');
      return;
    }
    this.settle(id, { failedReason: job.failedReason });
  }

  private async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const due = Date.now() - (this.options.sweepMs ?? 5000);
      for (const [id, pending] of this.pending) if (pending.since < due) await this.check(id);
    } catch {
      // Redis away: the next sweep asks again.
    } finally {
      this.sweeping = false;
    }
  }

  private settle(id: string, outcome: { returnvalue?: WireOutcome | string; failedReason?: string; error?: unknown }): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    if (outcome.returnvalue !== undefined) {
      let file: FileOutcome;
      try {
        file = unpackOutcome(outcome.returnvalue);
      } catch {
        // No readable result (read mid-way): left waiting, the next sweep reads it again.
        return;
      }
      this.pending.delete(id);
      const { record, text, ms, engineMessages } = file;
      for (const waiter of pending.waiters) {
        waiter.resolve({ record: { ...record, source: { ...record.source, path: waiter.path } }, text, ms, engineMessages });
      }
      // Taken: Redis need not keep it (see above for a coordinator killed right now).
      this.queue.remove(id).catch(() => undefined);
      return;
    }
    this.pending.delete(id);
    if (outcome.failedReason !== undefined) {
      const { code, message } = unpackFailure(outcome.failedReason);
      for (const waiter of pending.waiters) waiter.reject(new InputError(code, message));
      return;
    }
    for (const waiter of pending.waiters) waiter.reject(outcome.error);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.allSettled([this.events.close(), this.queue.close()]);
    for (const connection of this.connections) connection.disconnect();
  }
}
