import { lstat, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { linkDocument } from '../link/index.js';
import { describeFailure, failureCode, InputError, isDatabaseBusy, isDiskFull } from '../core/errors.js';
import type { Lang } from '../../data/messages.js';
import { acquireLock } from './lock.js';
import { discoverFiles, type Discovered, type DiscoverOptions, type IgnoredReason } from './discover.js';
import { hasChanged, loadFile, type FileFacts } from '../read/files.js';
import { DEFAULT_MAX_FILE_BYTES, defaultOcrSetting } from '../core/settings.js';
import type { OcrSetting } from '../ocr/index.js';
import { defaultThreads, Processor, type ProcessedFile } from './processor.js';
import type { RunCounts, Store } from '../store/index.js';

/**
 * The batch: discover → read → normalize → extract → store, with bounded concurrency (p-limit).
 * A file that fails is recorded with its reason and never stops the others; an unchanged file
 * already processed by this pipeline version is skipped.
 */

export interface IngestOptions {
  /** Worker threads for read → normalize → extract (0: in-process). Default: the number of cores. */
  concurrency?: number;
  maxBytes?: number;
  /** Per-file time limit in milliseconds (a scan gets more for each page it has to OCR). */
  timeoutMs?: number;
  /** How scans are read (default: `VANBAN_OCR` or tesseract.js). */
  ocr?: OcrSetting;
  /** Called after every file, for progress display and logs. */
  onFile?: (event: FileEvent) => void;
  /** How long to wait for another vanban holding the database (ms; Infinity: as long as it takes). Default: refuse at once. */
  waitMs?: number;
  /** Follow symbolic links found inside the folders (each folder entered once; loops end). Default: links are counted, not followed. */
  followLinks?: boolean;
  /** Called as a count-ahead walk finds files, so progress can show a total and an ETA. */
  onDiscovered?: (found: number, complete: boolean) => void;
  /** Called for every entry passed over as not a document (hidden, data files, links…), with the reason. */
  onIgnored?: (path: string, reason: IgnoredReason) => void;
  /** Process again files that failed before even when they have not changed (by default they are skipped and counted). */
  retryFailed?: boolean;
  /** Aborting stops the batch: no new file is started, the files in hand are finished, the run is marked `interrupted`. */
  signal?: AbortSignal;
  /** Language of the failure sentences (stored in `files.error` and reported). Default: English. */
  lang?: Lang;
  /**
   * Who runs the stages on each file read; by default a pool of worker threads here (`Processor`).
   * The coordinator of many machines passes the queue's (`vanban ingest --queue`); it is closed at the end.
   */
  processor?: FileProcessor;
}

/** Runs read → normalize → extract on a file's bytes; `capacity`: files it takes at once. */
export interface FileProcessor {
  /** `sha256`: the file's hash when the caller has it already (so it is not computed again). */
  process(buf: Buffer, path: string, sha256?: string): Promise<ProcessedFile>;
  close(): Promise<void>;
  readonly capacity: number;
}

export interface FileEvent {
  path: string;
  /** `failed-before`: failed earlier and unchanged since, so not tried again. */
  outcome: 'stored' | 'skipped' | 'failed' | 'needs-ocr' | 'failed-before';
  error?: string;
  code?: string;
  /** Milliseconds spent on the file: reading, hashing, processing, storing. */
  ms: number;
  /** Milliseconds the file waited for a worker thread (not included in `ms`). */
  waitMs?: number;
  /** Lines the engines (Tesseract) printed while processing the file. */
  engineMessages?: string[];
}

export interface IngestResult extends RunCounts {
  /** Why the batch stopped before the end (a full disk); absent when it ran through. */
  stopped?: string;
  /** The process's peak resident memory, worker threads included. */
  peakRssMb: number;
  /** Symbolic links found and not followed (each one also reported as a `skipped` event with its reason). */
  links: number;
  failures: Array<{ path: string; error: string }>;
  durationMs: number;
  runId: number;
  /** True when the batch was stopped by its signal before every file was seen. */
  interrupted: boolean;
}

/** Counts the files ahead of the batch (a directory walk is far faster than processing). */
async function countAhead(paths: string[], options: DiscoverOptions, report: NonNullable<IngestOptions['onDiscovered']>): Promise<void> {
  let found = 0;
  for await (const entry of discoverFiles(paths, options)) {
    if (entry.kind === 'ignored') continue;
    if (++found % 200 === 0) report(found, false);
  }
  report(found, true);
}

/** How often a run's counts are written while it runs, so a killed run still shows what it did. */
const RUN_UPDATE_MS = 2000;
/** A file that changes while it is read is read again this many times before it is failed. */
export const MAX_READS = 3;

export async function ingest(paths: string[], store: Store, dbPath: string, options: IngestOptions = {}): Promise<IngestResult> {
  const started = Date.now();
  const memory = dbPath === ':memory:' || dbPath === '';
  const command = `ingest ${paths.join(' ')}`;
  // One writer per database: a second batch (or an inbox) on it refuses, or waits with --wait.
  const dbLock = memory ? null : await acquireLock(`${resolve(dbPath)}.lock`, { what: `The database ${dbPath}`, command, waitMs: options.waitMs });
  try {
    // A damaged database is refused before anything is written to it.
    store.checkIntegrity();
    return await runBatch(paths, store, dbPath, options, started, command);
  } finally {
    await dbLock?.release();
  }
}

async function runBatch(paths: string[], store: Store, dbPath: string, options: IngestOptions, started: number, command: string): Promise<IngestResult> {
  const runId = store.startRun(command);
  const threads = options.concurrency ?? defaultThreads();
  const processor = options.processor ?? new Processor({ threads, timeoutMs: options.timeoutMs, ocr: options.ocr });
  // Files read and waiting for a thread: enough to keep every thread busy, few enough to bound memory.
  const limit = pLimit(options.processor?.capacity ?? Math.max(2, threads * 2));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ocrOn = (options.ocr ?? defaultOcrSetting()) !== 'off';
  const counts: RunCounts = { seen: 0, stored: 0, skipped: 0, failed: 0, needsOcr: 0, failedUnchanged: 0, ignored: 0 };
  /** Stopped on request (Ctrl-C, SIGTERM): no new file is started, the files in hand are finished. */
  const interrupted = () => options.signal?.aborted === true;
  const failures: IngestResult['failures'] = [];
  const exclude = new Set([resolve(dbPath), resolve(`${dbPath}-wal`), resolve(`${dbPath}-shm`), resolve(`${dbPath}-journal`)]);
  const discovery: DiscoverOptions = { exclude, followLinks: options.followLinks };
  const counting = options.onDiscovered ? countAhead(paths, discovery, options.onDiscovered).catch(() => undefined) : Promise.resolve();
  let links = 0;
  /** Set when going on is pointless (the disk is full): no new file is started, the run is closed as `stopped`. */
  let fault: string | undefined;
  let lastUpdate = Date.now();

  const stop = (error: unknown) => {
    fault ??= `The batch stopped: the disk is full (${error instanceof Error ? error.message : String(error)}); the document in hand was rolled back and nothing else was lost; free some space and run the same command again to carry on.`;
  };

  /** Records a failed file; a database that cannot take even that is a fault of the run, not of the file. */
  const fail = (path: string, facts: FileFacts, message: string, code: string, timing: { ms: number; waitMs?: number }) => {
    try {
      store.recordFailure(path, facts, message, code);
    } catch (error) {
      if (isDiskFull(error)) return stop(error);
      if (!isDatabaseBusy(error)) throw error;
      // Busy still: the failure is told and counted, and the file is read again next time.
    }
    counts.failed++;
    failures.push({ path, error: message });
    options.onFile?.({ path, outcome: 'failed', error: message, code, ...timing });
  };

  /** A link not followed is counted and told; an unreadable folder or a FIFO is a failed item with its reason. */
  const notAFile = (entry: Extract<Discovered, { kind: 'link' | 'refused' }>): void => {
    const message = describeFailure(entry.path, new InputError(entry.kind === 'link' ? 'link' : entry.code, entry.reason), options.lang);
    if (entry.kind === 'link') {
      links++;
      options.onFile?.({ path: entry.path, outcome: 'skipped', error: message, code: 'link', ms: 0 });
      return;
    }
    fail(entry.path, { sha256: null, size: null, mtime: null }, message, entry.code, { ms: 0 });
  };

  const processOne = async (path: string): Promise<void> => {
    // Stopped (on request or by a fault) while this file waited its turn: it is left for the next run.
    if (interrupted() || fault) {
      counts.seen--;
      return;
    }
    const t0 = Date.now();
    let worked: number | null = null;
    const timing = () => {
      const total = Date.now() - t0;
      return worked === null ? { ms: total } : { ms: Math.min(total, worked), waitMs: Math.max(0, total - worked) };
    };
    let facts: FileFacts = { sha256: null, size: null, mtime: null };
    try {
      // Size and mtime as stored by this pipeline version: skipped without opening the file.
      const info = await (options.followLinks ? stat(path) : lstat(path)).catch(() => null);
      const known = info?.isFile() ? store.stateByStat(path, info.size, info.mtimeMs, ocrOn) : null;
      if (known === 'unchanged') {
        counts.skipped++;
        options.onFile?.({ path, outcome: 'skipped', ...timing() });
        return;
      }
      if (known === 'failed-before' && !options.retryFailed) {
        counts.failedUnchanged!++;
        options.onFile?.({ path, outcome: 'failed-before', ...timing() });
        return;
      }
      for (let read = 1; ; read++) {
        facts = { sha256: null, size: null, mtime: null };
        const buf = await loadFile(path, maxBytes, facts, { followLinks: options.followLinks });
        if (store.isUnchanged(path, facts.sha256!, ocrOn)) {
          counts.skipped++;
          options.onFile?.({ path, outcome: 'skipped', ...timing() });
          return;
        }
        if (!options.retryFailed && store.failedUnchanged(path, facts.sha256!)) {
          counts.failedUnchanged!++;
          options.onFile?.({ path, outcome: 'failed-before', ...timing() });
          return;
        }
        const t1 = Date.now();
        const { record, text, ms, engineMessages } = await processor.process(buf, path, facts.sha256!);
        // A copy still being written: what was read is not the file; read it again.
        if (await hasChanged(path, facts, { followLinks: options.followLinks })) {
          if (read < MAX_READS) continue;
          throw new InputError('changing', `kept changing while it was read (${MAX_READS} times; it is still being written); it is read again on the next run.`);
        }
        if (fault) return;
        const t2 = Date.now();
        store.saveDocument(record, text, { size: facts.size!, mtime: facts.mtime! }, linkDocument(record));
        // Reading and storing here, plus the thread's own time: the rest was waiting for a thread.
        worked = t1 - t0 + ms + (Date.now() - t2);
        counts.stored++;
        if (record.status === 'needs-ocr') counts.needsOcr++;
        options.onFile?.({ path, outcome: record.status === 'needs-ocr' ? 'needs-ocr' : 'stored', ...timing(), ...(engineMessages.length ? { engineMessages } : {}) });
        return;
      }
    } catch (error) {
      // The document's transaction has rolled back: nothing of it is stored.
      if (isDiskFull(error)) return stop(error);
      if (isDatabaseBusy(error)) {
        const seconds = Math.round(store.busyTimeoutMs / 100) / 10;
        return fail(path, facts, `${path}: could not be stored: another program held the database's write lock for over ${seconds} s; it is read again on the next run.`, 'database-busy', timing());
      }
      fail(path, facts, describeFailure(path, error, options.lang), failureCode(error), timing());
    } finally {
      if (Date.now() - lastUpdate > RUN_UPDATE_MS && !fault) {
        lastUpdate = Date.now();
        try {
          store.updateRun(runId, counts, Date.now() - started);
        } catch {
          // counts are written again at the end
        }
      }
    }
  };

  try {
    // Keep a bounded number of files in flight so discovery can stream through any archive size.
    const inFlight = new Set<Promise<void>>();
    for await (const entry of discoverFiles(paths, discovery)) {
      if (interrupted() || fault) break;
      if (entry.kind === 'ignored') {
        counts.ignored!++;
        options.onIgnored?.(entry.path, entry.reason);
        continue;
      }
      if (entry.kind === 'link') {
        notAFile(entry);
        continue;
      }
      counts.seen++;
      if (entry.kind === 'refused') {
        notAFile(entry);
        continue;
      }
      const { path } = entry;
      const task = limit(() => processOne(path)).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= 2 * limit.concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (!fault && !interrupted()) await counting;
  } finally {
    await processor.close();
  }
  // Files discovered but never started when the run stopped are not counted as seen.
  if (fault) counts.seen = counts.stored + counts.skipped + counts.failed + (counts.failedUnchanged ?? 0);
  const durationMs = Date.now() - started;
  const stoppedEarly = interrupted();
  try {
    store.finishRun(runId, counts, durationMs, fault ? 'stopped' : stoppedEarly ? 'interrupted' : 'finished');
  } catch (error) {
    if (!isDiskFull(error) && !isDatabaseBusy(error)) throw error;
  }
  return { ...counts, links, failures, durationMs, runId, peakRssMb: peakRssMb(), interrupted: stoppedEarly, ...(fault ? { stopped: fault } : {}) };
}

/** The process's peak resident memory so far (worker threads included), in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
