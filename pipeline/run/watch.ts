import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import pLimit from 'p-limit';
import { linkDocument } from '../link/index.js';
import { isCandidate } from './discover.js';
import { adviceFor, describeFailure, failureCode } from '../core/errors.js';
import type { FileEvent } from './ingest.js';
import type { OcrSetting } from '../ocr/index.js';
import { Processor } from './processor.js';
import { DEFAULT_MAX_FILE_BYTES, loadFile, type FileFacts } from '../read/index.js';
import type { RunCounts, Store } from '../store/index.js';

/**
 * The inbox: analysts drop files into a folder; each file is processed once it is completely
 * written, then moved to `done/` (with `NAME.json`, its record) or `rejected/` (with
 * `NAME.error.txt`, the reason and what to do).
 *
 * Never losing a file: a file is first claimed by an atomic rename into `.vanban-processing/`,
 * its result is written and committed to the database under its final `done/` path, and only then
 * is it renamed there. If vanban is killed at any point, the file is either still in the inbox,
 * or in `.vanban-processing/`, which the next start processes first, or already in place.
 * Names never clash: "x.pdf" becomes "x (2).pdf" when `done/x.pdf` exists.
 */

export const DONE_DIR = 'done';
export const REJECTED_DIR = 'rejected';
export const PROCESSING_DIR = '.vanban-processing';

export interface WatchOptions {
  /** Worker threads (0: in-process). */
  concurrency?: number;
  maxBytes?: number;
  timeoutMs?: number;
  /** How scans are read (default: `VANBAN_OCR` or tesseract.js). */
  ocr?: OcrSetting;
  /** How long size and mtime must stay unchanged before a file counts as completely written. */
  settleMs?: number;
  /** Poll the folder instead of relying on change notifications (network shares). */
  poll?: boolean;
  onFile?: (event: FileEvent & { movedTo: string }) => void;
}

export interface Inbox {
  /** Stops watching, waits for files in progress, and closes the run. */
  stop(): Promise<RunCounts>;
}

/** A free name for `rel` under `dir`: the name itself, else "name (2).ext", "name (3).ext"… */
async function freeName(dir: string, rel: string, taken: Set<string>): Promise<string> {
  const ext = extname(rel);
  const stem = rel.slice(0, rel.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? rel : `${stem} (${n})${ext}`);
    if (taken.has(candidate)) continue;
    if (!(await stat(candidate).catch(() => null))) {
      taken.add(candidate);
      return candidate;
    }
  }
}

async function* walkFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(full);
    else if (entry.isFile()) yield full;
  }
}

export async function watchInbox(inboxPath: string, store: Store, options: WatchOptions = {}): Promise<Inbox> {
  const inbox = resolve(inboxPath);
  const doneDir = join(inbox, DONE_DIR);
  const rejectedDir = join(inbox, REJECTED_DIR);
  const processingDir = join(inbox, PROCESSING_DIR);
  for (const dir of [doneDir, rejectedDir, processingDir]) await mkdir(dir, { recursive: true });

  const started = Date.now();
  store.checkIntegrity();
  const runId = store.startRun(`watch ${inbox}`);
  const counts: RunCounts = { seen: 0, stored: 0, skipped: 0, failed: 0, needsOcr: 0 };
  const processor = new Processor({ threads: options.concurrency, timeoutMs: options.timeoutMs, ocr: options.ocr });
  const limit = pLimit(Math.max(1, options.concurrency ?? 2));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const settleMs = options.settleMs ?? 2000;
  /** Paths being waited on or processed, so a burst of change events starts one job. */
  const pending = new Map<string, { size: number; mtime: number; since: number }>();
  const reserved = new Set<string>();
  const jobs = new Set<Promise<void>>();
  let stopping = false;

  const isOurs = (path: string) => {
    const rel = relative(inbox, path);
    const top = rel.split(sep)[0];
    return top === DONE_DIR || top === REJECTED_DIR || top === PROCESSING_DIR;
  };

  /** Processes a claimed file and moves it to done/ or rejected/. */
  const finish = async (claimed: string, rel: string): Promise<void> => {
    const t0 = Date.now();
    counts.seen++;
    const facts: FileFacts = { sha256: null, size: null, mtime: null };
    // The record is stored under the path the file will have in done/, where the user will find it.
    const target = await freeName(doneDir, rel, reserved);
    try {
      const buf = await loadFile(claimed, maxBytes, facts);
      const { record, text } = await processor.process(buf, target);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.json`, `${JSON.stringify(record, null, 2)}\n`);
      store.saveDocument(record, text, { size: facts.size!, mtime: facts.mtime! }, linkDocument(record));
      await rename(claimed, target);
      counts.stored++;
      if (record.status === 'needs-ocr') counts.needsOcr++;
      options.onFile?.({ path: join(inbox, rel), outcome: record.status === 'needs-ocr' ? 'needs-ocr' : 'stored', ms: Date.now() - t0, movedTo: target });
    } catch (error) {
      reserved.delete(target);
      const rejected = await freeName(rejectedDir, rel, reserved);
      const message = describeFailure(basename(rel), error);
      const code = failureCode(error);
      await mkdir(dirname(rejected), { recursive: true });
      await writeFile(`${rejected}.error.txt`, `${message}\n${adviceFor(code)}\n`);
      store.recordFailure(rejected, facts, message, code);
      await rename(claimed, rejected);
      reserved.delete(rejected);
      counts.failed++;
      options.onFile?.({ path: join(inbox, rel), outcome: 'failed', error: message, code, ms: Date.now() - t0, movedTo: rejected });
    } finally {
      reserved.delete(target);
      store.updateRun(runId, counts, Date.now() - started);
    }
  };

  const enqueue = (claimed: string, rel: string) => {
    const job = limit(() => finish(claimed, rel)).catch((error: unknown) => {
      // Only a failure to move or write files lands here (disk full, permissions): the file stays
      // where it is and is picked up again on the next start.
      process.stderr.write(`${join(inbox, rel)}: could not be moved (${error instanceof Error ? error.message : String(error)}); it stays in ${PROCESSING_DIR}/ and is retried on the next start.\n`);
    });
    jobs.add(job);
    void job.finally(() => jobs.delete(job));
  };

  /** Claims a completely written file by renaming it out of the inbox, then queues it. */
  const claim = async (path: string): Promise<void> => {
    pending.delete(path);
    if (stopping) return;
    const rel = relative(inbox, path);
    const claimed = await freeName(processingDir, rel, reserved);
    await mkdir(dirname(claimed), { recursive: true });
    try {
      await rename(path, claimed);
    } catch {
      reserved.delete(claimed);
      return; // removed or renamed by someone else meanwhile
    } finally {
      reserved.delete(claimed);
    }
    enqueue(claimed, rel);
  };

  /**
   * Waits until a file's size and mtime have stayed the same for `settleMs` (chokidar's own
   * write-finish check looks at size only, which a slow network copy can leave unchanged while
   * still writing), then claims it.
   */
  const settle = (path: string) => {
    if (pending.has(path) || stopping) return;
    pending.set(path, { size: -1, mtime: -1, since: Date.now() });
    const interval = Math.max(50, Math.min(500, settleMs / 4));
    const check = async () => {
      const entry = pending.get(path);
      if (!entry || stopping) return;
      const st = await stat(path).catch(() => null);
      if (!st) {
        pending.delete(path);
        return;
      }
      const now = Date.now();
      if (st.size !== entry.size || st.mtimeMs !== entry.mtime) Object.assign(entry, { size: st.size, mtime: st.mtimeMs, since: now });
      if (now - entry.since >= settleMs && now - st.mtimeMs >= settleMs) void claim(path);
      else setTimeout(check, interval).unref();
    };
    void check();
  };

  // Files a killed run left half-done go first.
  for await (const claimed of walkFiles(processingDir)) enqueue(claimed, relative(processingDir, claimed));

  const watcher: FSWatcher = watch(inbox, {
    ignoreInitial: false,
    ignored: (path, stats) => path !== inbox && (isOurs(path) || (!!stats?.isFile() && !isCandidate(path)) || basename(path).startsWith('.')),
    usePolling: options.poll ?? false,
    interval: 1000,
  });
  watcher.on('add', settle).on('change', settle);
  watcher.on('error', (error) => process.stderr.write(`watch: ${error instanceof Error ? error.message : String(error)}\n`));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));

  return {
    async stop() {
      stopping = true;
      await watcher.close();
      pending.clear();
      while (jobs.size) await Promise.all([...jobs]);
      await processor.close();
      store.finishRun(runId, counts, Date.now() - started);
      return counts;
    },
  };
}
