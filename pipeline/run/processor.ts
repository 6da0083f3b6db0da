import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pLimit, { type LimitFunction } from 'p-limit';
import { Piscina } from 'piscina';
import { InputError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
// The settings from core, not from the OCR modules: the batch's main thread never loads OCR
// (tesseract.js and the image decoders, ~0.17 CPU-s) unless it reads a scan itself.
import { DEFAULT_PAGE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, defaultOcrSetting, defaultThreads } from '../core/settings.js';
import type { OcrSetting } from '../ocr/index.js';
import type { VanbanRecord } from '../core/record.js';
import type { WorkerResult, WorkerTask } from './worker.js';

export { DEFAULT_TIMEOUT_MS, defaultThreads };

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
  /** Per-file time limit in milliseconds; a scan's OCR gets more per page, up to ten times this (`ocrTimeLimit`). */
  timeoutMs?: number;
  /** How scans are read. Default: `VANBAN_OCR` or tesseract.js. */
  ocr?: OcrSetting;
}

export interface ProcessedFile {
  record: VanbanRecord;
  text: string;
  /** Milliseconds spent processing the file, without the time it waited for a thread. */
  ms: number;
  /** What the engines printed on stderr meanwhile (worker threads only). */
  engineMessages: string[];
}

/**
 * A scan's OCR pass gets the file limit plus this much per page (measured: about 3 s a page here,
 * a weak page read twice; blank pages cost nothing) — and never more than `OCR_LIMIT_FACTOR` times
 * the file limit, so `--timeout` bounds every file however many pages it claims.
 */
const OCR_MS_PER_PAGE = DEFAULT_PAGE_TIMEOUT_MS / 2;
export const OCR_LIMIT_FACTOR = 10;

/** The time limit of a scan's OCR pass: a true upper bound, from `--timeout`. */
export function ocrTimeLimit(timeoutMs: number, pages: number): number {
  return Math.min(timeoutMs + pages * OCR_MS_PER_PAGE, OCR_LIMIT_FACTOR * timeoutMs);
}

/**
 * Worker threads always run the compiled worker (`dist/pipeline/run/worker.js`, built by
 * `npm run build`, by `npm ci` and before the tests), also when this module runs from the sources
 * (tests, scripts): no TypeScript loader in the threads. (tsx's loader does not reach a worker
 * thread's dynamic imports on Node 20, and the stages load OCR and the DOCX reader on first use.)
 */
const WORKER_FILE = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : pathToFileURL(packagePath('dist/pipeline/run/worker.js'));

function workerFile(): string {
  if (!existsSync(WORKER_FILE)) throw new Error(`the compiled worker ${fileURLToPath(WORKER_FILE)} is missing: run \`npm run build\` (npm ci runs it).`);
  return WORKER_FILE.href;
}

function timeoutError(timeoutMs: number): InputError {
  return new InputError(
    'timeout',
    `took longer than ${Math.round(timeoutMs / 1000)} s to read and was stopped; it may be damaged or unusually large (raise the limit with --timeout).`,
  );
}

export class Processor {
  private readonly threads: number;
  /** Started with the first file to process: a rerun that skips every file starts no thread. */
  private started: Piscina | undefined;
  /** One task per thread at a time: a file's time limit starts when a thread takes it, not while it queues. */
  private readonly slots: LimitFunction;
  private readonly timeoutMs: number;
  private readonly ocr: OcrSetting;

  constructor(options: ProcessorOptions = {}) {
    const threads = options.threads ?? defaultThreads();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.ocr = options.ocr ?? defaultOcrSetting();
    this.slots = pLimit(Math.max(1, threads));
    this.threads = threads;
    if (threads > 0) workerFile(); // a missing build is told at once, not at the first file
  }

  private get pool(): Piscina | null {
    if (this.threads <= 0) return null;
    this.started ??= new Piscina({
      filename: workerFile(),
      minThreads: this.threads,
      maxThreads: this.threads,
      // A document that needs more than this is damaged or hostile; the thread dies, not vanban.
      // Measured (npm run bench, 2 cores): 2048 MB lets heaps grow to ~480 MB RSS; 768 MB collects so
      // often that PDFs slow by half; 1536 MB keeps the process near 360 MB at 25% below the top speed.
      resourceLimits: { maxOldGenerationSizeMb: 1536 },
    });
    return this.started;
  }

  /**
   * Processes one file's bytes; throws `InputError` with a user-facing reason. A scan is known
   * only once read, so every file is read first without OCR of scanned pages (a signed text PDF's
   * signature fields are still read) under the file limit, and a scan then again with its pages
   * OCR'd under a limit that grows with its pages. `ocr` overrides the processor's setting for
   * this file (a queue worker follows the coordinator's).
   */
  async process(buf: Buffer, path: string, sha256?: string, ocr: OcrSetting = this.ocr): Promise<ProcessedFile> {
    if (!this.pool) return this.processHere(buf, path, sha256, ocr);
    const first = await this.runTask({ bytes: buf, path, ocr, readScans: false, sha256 }, this.timeoutMs);
    if (first.record.status !== 'needs-ocr' || ocr === 'off') return first;
    const second = await this.runTask({ bytes: buf, path, ocr, readScans: true, sha256 }, ocrTimeLimit(this.timeoutMs, first.record.source.pages));
    return { ...second, ms: first.ms + second.ms, engineMessages: [...first.engineMessages, ...second.engineMessages] };
  }

  private async runTask(task: WorkerTask, timeoutMs: number): Promise<ProcessedFile> {
    let result: WorkerResult;
    try {
      result = (await this.slots(() => this.pool!.run(task, { signal: AbortSignal.timeout(timeoutMs) }))) as WorkerResult;
    } catch (error) {
      if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) throw timeoutError(timeoutMs);
      if (error instanceof Error && /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(error as { code?: string }).code} ${error.message}`)) {
        throw new InputError('too-complex', 'needed more memory than vanban allows for one file and was stopped; it may be damaged.');
      }
      throw error;
    }
    if (result.ok) return { record: result.record, text: result.text, ms: result.ms, engineMessages: result.engineMessages };
    if (result.internal) throw new Error(result.message);
    throw new InputError(result.code, result.message);
  }

  private async processHere(buf: Buffer, path: string, sha256: string | undefined, ocr: OcrSetting): Promise<ProcessedFile> {
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(this.timeoutMs)), this.timeoutMs);
    });
    const started = performance.now();
    try {
      // Loaded here: with worker threads the main thread never runs the stages (nor loads them).
      const { processBuffer } = await import('./stages.js');
      const { record, document } = await Promise.race([processBuffer(buf, path, { includeText: false, ocr, sha256 }), overrun]);
      return { record, text: document.text, ms: Math.round(performance.now() - started), engineMessages: [] };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.started?.destroy();
  }
}
