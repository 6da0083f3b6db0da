import { resolve } from 'node:path';
import pLimit from 'p-limit';
import { linkDocument } from '../link/index.js';
import { describeFailure, failureCode } from '../core/errors.js';
import { discoverFiles, type Discovered, type DiscoverOptions } from './discover.js';
import { DEFAULT_MAX_FILE_BYTES, loadFile, type FileFacts } from '../read/index.js';
import { defaultOcrSetting, type OcrSetting } from '../ocr/index.js';
import { defaultThreads, Processor } from './processor.js';
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
  /** Follow symbolic links found inside the folders (each folder entered once; loops end). Default: links are counted, not followed. */
  followLinks?: boolean;
  /** Called as a count-ahead walk finds files, so progress can show a total and an ETA. */
  onDiscovered?: (found: number, complete: boolean) => void;
}

export interface FileEvent {
  path: string;
  outcome: 'stored' | 'skipped' | 'failed' | 'needs-ocr';
  error?: string;
  code?: string;
  ms: number;
}

export interface IngestResult extends RunCounts {
  /** Symbolic links found and not followed (each one also reported as a `skipped` event with its reason). */
  links: number;
  failures: Array<{ path: string; error: string }>;
  durationMs: number;
  runId: number;
}

/** Counts the files ahead of the batch (a directory walk is far faster than processing). */
async function countAhead(paths: string[], options: DiscoverOptions, report: NonNullable<IngestOptions['onDiscovered']>): Promise<void> {
  let found = 0;
  for await (const _ of discoverFiles(paths, options)) {
    if (++found % 200 === 0) report(found, false);
  }
  report(found, true);
}

export async function ingest(paths: string[], store: Store, dbPath: string, options: IngestOptions = {}): Promise<IngestResult> {
  const started = Date.now();
  // A damaged database is refused before anything is written to it.
  store.checkIntegrity();
  const runId = store.startRun(`ingest ${paths.join(' ')}`);
  const threads = options.concurrency ?? defaultThreads();
  const processor = new Processor({ threads, timeoutMs: options.timeoutMs, ocr: options.ocr });
  // Files read and waiting for a thread: enough to keep every thread busy, few enough to bound memory.
  const limit = pLimit(Math.max(2, threads * 2));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const counts: RunCounts = { seen: 0, stored: 0, skipped: 0, failed: 0, needsOcr: 0 };
  const failures: IngestResult['failures'] = [];
  const exclude = new Set([resolve(dbPath), resolve(`${dbPath}-wal`), resolve(`${dbPath}-shm`), resolve(`${dbPath}-journal`)]);
  const discovery: DiscoverOptions = { exclude, followLinks: options.followLinks };
  const counting = options.onDiscovered ? countAhead(paths, discovery, options.onDiscovered).catch(() => undefined) : Promise.resolve();
  let links = 0;

  /** A link not followed is counted and told; an unreadable folder or a FIFO is a failed item with its reason. */
  const notAFile = (entry: Exclude<Discovered, { kind: 'file' }>): void => {
    const message = `${entry.path}: ${entry.reason}`;
    if (entry.kind === 'link') {
      links++;
      options.onFile?.({ path: entry.path, outcome: 'skipped', error: message, code: 'link', ms: 0 });
      return;
    }
    store.recordFailure(entry.path, { sha256: null, size: null, mtime: null }, message, entry.code);
    counts.failed++;
    failures.push({ path: entry.path, error: message });
    options.onFile?.({ path: entry.path, outcome: 'failed', error: message, code: entry.code, ms: 0 });
  };

  const processOne = async (path: string): Promise<void> => {
    const t0 = Date.now();
    const facts: FileFacts = { sha256: null, size: null, mtime: null };
    try {
      const buf = await loadFile(path, maxBytes, facts, { followLinks: options.followLinks });
      if (store.isUnchanged(path, facts.sha256!, (options.ocr ?? defaultOcrSetting()) !== 'off')) {
        counts.skipped++;
        options.onFile?.({ path, outcome: 'skipped', ms: Date.now() - t0 });
        return;
      }
      const { record, text } = await processor.process(buf, path);
      store.saveDocument(record, text, { size: facts.size!, mtime: facts.mtime! }, linkDocument(record));
      counts.stored++;
      if (record.status === 'needs-ocr') counts.needsOcr++;
      options.onFile?.({ path, outcome: record.status === 'needs-ocr' ? 'needs-ocr' : 'stored', ms: Date.now() - t0 });
    } catch (error) {
      const message = describeFailure(path, error);
      const code = failureCode(error);
      store.recordFailure(path, facts, message, code);
      counts.failed++;
      failures.push({ path, error: message });
      options.onFile?.({ path, outcome: 'failed', error: message, code, ms: Date.now() - t0 });
    }
  };

  try {
    // Keep a bounded number of files in flight so discovery can stream through any archive size.
    const inFlight = new Set<Promise<void>>();
    for await (const entry of discoverFiles(paths, discovery)) {
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
    await counting;
  } finally {
    await processor.close();
  }
  const durationMs = Date.now() - started;
  store.finishRun(runId, counts, durationMs);
  return { ...counts, links, failures, durationMs, runId };
}
