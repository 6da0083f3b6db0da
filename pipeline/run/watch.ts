import { link, lstat, mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import pLimit from 'p-limit';
import { linkDocument } from '../link/index.js';
import { isCandidate } from './discover.js';
import { adviceFor, describeFailure, failureCode, InputError, isDatabaseBusy, isDiskFull } from '../core/errors.js';
import { INBOX_LINK_REASON, specialKind, specialReason } from '../core/files.js';
import { peakRssMb } from './ingest.js';
import { acquireLock, type Lock } from './lock.js';
import type { FileEvent } from './ingest.js';
import type { OcrSetting } from '../ocr/index.js';
import type { Lang } from '../../data/messages.js';
import { Processor } from './processor.js';
import { DEFAULT_MAX_FILE_BYTES, hasChanged, loadFile, loadFormatSniffer, type FileFacts } from '../read/index.js';
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
/** Held while a vanban watches the inbox. */
export const LOCK_FILE = '.vanban.lock';

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
  /** Wait this long for another vanban holding the inbox or the database (ms; Infinity: as long as it takes). Default: refuse. */
  waitMs?: number;
  /** A file kept back by a full disk or a busy database is tried again after this long (ms). */
  retryMs?: number;
  /** How often the inbox is swept for what change notifications miss (ms). */
  sweepMs?: number;
  onFile?: (event: FileEvent & { movedTo: string }) => void;
  /** Language of the rejected files' notes and failure sentences. Default: English. */
  lang?: Lang;
}

export interface Inbox {
  /** Stops watching, waits for files in progress, and closes the run. */
  stop(): Promise<RunCounts & { peakRssMb: number }>;
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

/**
 * Moves a file without ever replacing another: a hard link fails on a name that exists (where the
 * file system has no hard links, a look before the rename stands in). Throws EEXIST.
 */
export async function moveNoClobber(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
    if (await lstat(to).catch(() => null)) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
    await rename(from, to);
    return;
  }
  await unlink(from);
}

const isNameTaken = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';

/** A file that changed after it was read is read again after settling, at most this many times. */
const MAX_INBOX_READS = 20;
/** How often the inbox is swept for files no notification announced (unreadable ones). */
const SWEEP_MS = 5000;
/** A file kept back by a full disk or a busy database is tried again after this long. */
export const DEFAULT_RETRY_MS = 60_000;

export async function watchInbox(inboxPath: string, store: Store, options: WatchOptions = {}): Promise<Inbox> {
  const inbox = resolve(inboxPath);
  const doneDir = join(inbox, DONE_DIR);
  const rejectedDir = join(inbox, REJECTED_DIR);
  const processingDir = join(inbox, PROCESSING_DIR);
  const command = `watch ${inbox}`;
  // One vanban per inbox and one writer per database; the second refuses (or waits with --wait).
  const inboxLock = await acquireLock(join(inbox, LOCK_FILE), { what: `The inbox ${inbox}`, command, waitMs: options.waitMs });
  let dbLock: Lock | null = null;
  try {
    if (store.path !== ':memory:' && store.path !== '') {
      dbLock = await acquireLock(`${resolve(store.path)}.lock`, { what: `The database ${store.path}`, command, waitMs: options.waitMs });
    }
    for (const dir of [doneDir, rejectedDir, processingDir]) await mkdir(dir, { recursive: true });
    store.checkIntegrity();
  } catch (error) {
    await dbLock?.release();
    await inboxLock.release();
    throw error;
  }

  const started = Date.now();
  const runId = store.startRun(command);
  const counts: RunCounts = { seen: 0, stored: 0, skipped: 0, failed: 0, needsOcr: 0 };
  const processor = new Processor({ threads: options.concurrency, timeoutMs: options.timeoutMs, ocr: options.ocr });
  await loadFormatSniffer();
  const limit = pLimit(Math.max(1, options.concurrency ?? 2));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const settleMs = options.settleMs ?? 2000;
  const retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  /** Paths being waited on or processed, so a burst of change events starts one job. */
  const pending = new Map<string, { size: number; mtime: number; since: number }>();
  const reserved = new Set<string>();
  const jobs = new Set<Promise<void>>();
  /** Links and special files already told about (they stay where they are). */
  const told = new Set<string>();
  /** Files kept back by a full disk or a busy database, and when they may be tried again. */
  const retryAt = new Map<string, number>();
  let stopping = false;

  const isOurs = (path: string) => {
    const rel = relative(inbox, path);
    const top = rel.split(sep)[0];
    return top === DONE_DIR || top === REJECTED_DIR || top === PROCESSING_DIR || top === LOCK_FILE;
  };

  const updateRun = () => {
    try {
      store.updateRun(runId, counts, Date.now() - started);
    } catch {
      // a full or busy database: the counts are written again with the next file or at the end
    }
  };

  /** Waits until a claimed file's size and mtime have stayed the same for `settleMs`. */
  const settled = async (path: string): Promise<void> => {
    let last = await stat(path).catch(() => null);
    let since = Date.now();
    for (;;) {
      await sleep(Math.max(50, Math.min(500, settleMs / 4)));
      const now = await stat(path).catch(() => null);
      if (!now || !last) return;
      if (now.size !== last.size || now.mtimeMs !== last.mtimeMs) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= settleMs) return;
    }
  };

  /**
   * Puts a file kept back (full disk, busy database) back into the inbox and tries it again after
   * `retryMs`; nothing of it was stored. Where its name was taken meanwhile, it stays claimed and
   * is done on the next start.
   */
  const keepBack = async (claimed: string, rel: string, why: string, t0: number) => {
    const back = join(inbox, rel);
    retryAt.set(back, Date.now() + retryMs);
    const kept = await moveNoClobber(claimed, back).then(
      () => true,
      () => false,
    );
    const message = `${back}: kept ${kept ? 'in the inbox' : `in ${PROCESSING_DIR}/`}: ${why}; it is tried again in ${Math.round(retryMs / 1000)} s.`;
    options.onFile?.({ path: back, outcome: 'skipped', error: message, code: 'retry', ms: Date.now() - t0, movedTo: kept ? back : claimed });
    if (kept) setTimeout(() => settle(back), retryMs + 10).unref();
  };

  /** Processes a claimed file and moves it to done/ or rejected/. */
  const finish = async (claimed: string, rel: string): Promise<void> => {
    const t0 = Date.now();
    let facts: FileFacts = { sha256: null, size: null, mtime: null };
    // The record is stored under the path the file will have in done/, where the user will find it.
    let target = await freeName(doneDir, rel, reserved);
    let wroteJson = false;
    try {
      let result: Awaited<ReturnType<Processor['process']>>;
      for (let read = 1; ; read++) {
        facts = { sha256: null, size: null, mtime: null };
        const buf = await loadFile(claimed, maxBytes, facts);
        result = await processor.process(buf, target, facts.sha256!);
        // Still being written (a copy that paused longer than --settle): wait for it, read it again.
        if (!(await hasChanged(claimed, facts))) break;
        if (read >= MAX_INBOX_READS) throw new InputError('changing', `kept changing while it was read (${MAX_INBOX_READS} times; it is still being written).`);
        await settled(claimed);
      }
      const { record, text } = result;
      counts.seen++;
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.json`, `${JSON.stringify(record, null, 2)}\n`);
      wroteJson = true;
      store.saveDocument(record, text, { size: facts.size!, mtime: facts.mtime! }, linkDocument(record));
      // Never over another file: a name taken in done/ meanwhile gives the next free one, and the row follows.
      for (;;) {
        try {
          await moveNoClobber(claimed, target);
          break;
        } catch (error) {
          if (!isNameTaken(error)) throw error;
          const taken = target;
          target = await freeName(doneDir, rel, reserved);
          store.moveFile(taken, target);
          await rename(`${taken}.json`, `${target}.json`).catch(() => undefined);
          reserved.delete(taken);
        }
      }
      counts.stored++;
      if (record.status === 'needs-ocr') counts.needsOcr++;
      options.onFile?.({ path: join(inbox, rel), outcome: record.status === 'needs-ocr' ? 'needs-ocr' : 'stored', ms: Date.now() - t0, movedTo: target });
    } catch (error) {
      reserved.delete(target);
      if (wroteJson) await unlink(`${target}.json`).catch(() => undefined);
      // A fault of the machine, not of the file: the document rolled back, the file waits in the inbox.
      if (isDiskFull(error)) return keepBack(claimed, rel, `the disk is full (${(error as Error).message})`, t0);
      if (isDatabaseBusy(error)) return keepBack(claimed, rel, 'another program held the database\'s write lock', t0);
      counts.seen++;
      const rejected = await freeName(rejectedDir, rel, reserved);
      const message = describeFailure(basename(rel), error, options.lang);
      const code = failureCode(error);
      await mkdir(dirname(rejected), { recursive: true });
      await writeFile(`${rejected}.error.txt`, `${message}\n${adviceFor(code, options.lang)}\n`);
      try {
        store.recordFailure(rejected, facts, message, code);
      } catch (storeError) {
        if (!isDiskFull(storeError) && !isDatabaseBusy(storeError)) throw storeError;
        await unlink(`${rejected}.error.txt`).catch(() => undefined);
        reserved.delete(rejected);
        counts.seen--;
        return keepBack(claimed, rel, isDiskFull(storeError) ? 'the disk is full' : 'another program held the database\'s write lock', t0);
      }
      await moveNoClobber(claimed, rejected);
      reserved.delete(rejected);
      counts.failed++;
      options.onFile?.({ path: join(inbox, rel), outcome: 'failed', error: message, code, ms: Date.now() - t0, movedTo: rejected });
    } finally {
      reserved.delete(target);
      updateRun();
    }
  };

  const enqueue = (claimed: string, rel: string) => {
    const job = limit(() => finish(claimed, rel)).catch((error: unknown) => {
      // Only a failure to move or write files lands here (permissions): the file stays where it is
      // and is picked up again on the next start.
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
      // Checked again at the last moment: only a regular file is ever moved, never a link.
      if (!(await lstat(path)).isFile()) return;
      await moveNoClobber(path, claimed);
    } catch {
      return; // removed or renamed by someone else meanwhile
    } finally {
      reserved.delete(claimed);
    }
    enqueue(claimed, rel);
  };

  /** A link or a special file in the inbox is told about once and left where it is; nothing is moved or read. */
  const refuse = (path: string, reason: string, code: string) => {
    if (told.has(path)) return;
    told.add(path);
    counts.seen++;
    counts.failed++;
    options.onFile?.({ path, outcome: 'failed', error: `${path}: ${reason} It was left where it is.`, code, ms: 0, movedTo: path });
    updateRun();
  };

  /**
   * Waits until a file's size and mtime have stayed the same for `settleMs` (chokidar's own
   * write-finish check looks at size only, which a slow network copy can leave unchanged while
   * still writing), then claims it.
   */
  const settle = (path: string) => {
    if (pending.has(path) || stopping) return;
    if ((retryAt.get(path) ?? 0) > Date.now()) return;
    retryAt.delete(path);
    pending.set(path, { size: -1, mtime: -1, since: Date.now() });
    const interval = Math.max(50, Math.min(500, settleMs / 4));
    const check = async () => {
      const entry = pending.get(path);
      if (!entry || stopping) return;
      const st = await lstat(path).catch(() => null);
      if (!st) {
        pending.delete(path);
        return;
      }
      if (!st.isFile()) {
        pending.delete(path);
        if (st.isSymbolicLink()) refuse(path, INBOX_LINK_REASON, 'link');
        else if (!st.isDirectory()) refuse(path, specialReason(specialKind(st)), 'unsupported');
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
    // A link is never entered: a link to a folder must not bring that folder's files in.
    followSymlinks: false,
    interval: 1000,
  });
  watcher.on('add', settle).on('change', settle);
  watcher.on('error', (error) => process.stderr.write(`watch: ${error instanceof Error ? error.message : String(error)}\n`));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));

  /**
   * A sweep of the inbox every few seconds finds what change notifications miss: a file vanban
   * may not read gets no notification at all (the kernel refuses to watch it), yet must be
   * reported; so must a folder it may not enter.
   */
  const sweep = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') refuse(dir, 'is a folder vanban may not read (permission denied); the files in it were not read.', 'unreadable');
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (stopping || entry.name.startsWith('.') || isOurs(full)) continue;
      if (entry.isDirectory()) await sweep(full);
      else if (!entry.isFile() || isCandidate(full)) settle(full);
    }
  };
  const sweeper = setInterval(() => void sweep(inbox), options.sweepMs ?? SWEEP_MS);
  sweeper.unref();
  void sweep(inbox);

  return {
    async stop() {
      stopping = true;
      clearInterval(sweeper);
      await watcher.close();
      pending.clear();
      while (jobs.size) await Promise.all([...jobs]);
      await processor.close();
      try {
        store.finishRun(runId, counts, Date.now() - started);
      } catch (error) {
        // A full disk must not turn a clean stop into a crash; the counts written with the last file stand.
        if (!isDiskFull(error) && !isDatabaseBusy(error)) throw error;
      } finally {
        await dbLock?.release();
        await inboxLock.release();
      }
      return { ...counts, peakRssMb: peakRssMb() };
    },
  };
}
