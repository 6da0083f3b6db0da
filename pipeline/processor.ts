import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from './errors.js';
import type { VanbanRecord } from './record.js';
import { processBuffer } from './stages.js';
import type { WorkerResult, WorkerTask } from './worker.js';

/**
 * Runs the CPU-heavy stages (read → normalize → extract) for the batch and the inbox: in a pool
 * of worker threads (piscina) sized to the cores, so the main thread stays free to discover files,
 * hash them and write to SQLite. Each file has a time limit; a file that overruns it has its
 * worker thread stopped (the only way to stop a parser stuck in a damaged file) and is failed
 * with a reason, and the pool starts a fresh thread. `threads: 0` runs in-process (debugging),
 * where an overrunning file is abandoned but cannot be stopped.
 */

export interface ProcessorOptions {
  /** Worker threads; 0 runs the stages on the main thread. Default: the number of cores. */
  threads?: number;
  /** Per-file time limit in milliseconds. */
  timeoutMs?: number;
}

export interface ProcessedFile {
  record: VanbanRecord;
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Node's loader for TypeScript, so worker threads can load `worker.ts` as the CLI does. */
const TSX_LOADER = import.meta.resolve('tsx');

function timeoutError(timeoutMs: number): InputError {
  return new InputError(
    'timeout',
    `took longer than ${Math.round(timeoutMs / 1000)} s to read and was stopped; it may be damaged or unusually large (raise the limit with --timeout).`,
  );
}

export class Processor {
  private readonly pool: Piscina | null;
  private readonly timeoutMs: number;

  constructor(options: ProcessorOptions = {}) {
    const threads = options.threads ?? defaultThreads();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.pool =
      threads > 0
        ? new Piscina({
            filename: new URL('./worker.ts', import.meta.url).href,
            minThreads: threads,
            maxThreads: threads,
            execArgv: ['--import', TSX_LOADER],
            // A document that needs more than this is damaged or hostile; the thread dies, not vanban.
            // Measured (npm run bench, 2 cores): 2048 MB lets heaps grow to ~480 MB RSS; 768 MB collects so
            // often that PDFs slow by half; 1536 MB keeps the process near 360 MB at 25% below the top speed.
            resourceLimits: { maxOldGenerationSizeMb: 1536 },
          })
        : null;
  }

  /** Processes one file's bytes; throws `InputError` with a user-facing reason. */
  async process(buf: Buffer, path: string): Promise<ProcessedFile> {
    if (!this.pool) return this.processHere(buf, path);
    const task: WorkerTask = { bytes: buf, path };
    let result: WorkerResult;
    try {
      result = (await this.pool.run(task, { signal: AbortSignal.timeout(this.timeoutMs) })) as WorkerResult;
    } catch (error) {
      if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) throw timeoutError(this.timeoutMs);
      if (error instanceof Error && /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(error as { code?: string }).code} ${error.message}`)) {
        throw new InputError('too-complex', 'needed more memory than vanban allows for one file and was stopped; it may be damaged.');
      }
      throw error;
    }
    if (result.ok) return { record: result.record, text: result.text };
    if (result.internal) throw new Error(result.message);
    throw new InputError(result.code, result.message);
  }

  private async processHere(buf: Buffer, path: string): Promise<ProcessedFile> {
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(this.timeoutMs)), this.timeoutMs);
    });
    try {
      const { record, document } = await Promise.race([processBuffer(buf, path, { includeText: false }), overrun]);
      return { record, text: document.text };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
