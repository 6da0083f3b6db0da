import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { packagePath } from '../core/paths.js';
import { comparisonKey } from '../core/text/fold.js';

/**
 * Opening the database: pragmas, the numbered migrations (`PRAGMA user_version`), the views.
 * The schema is SQL files beside this module's source, read at run time (from the sources also when running from dist/); their comments document it.
 */

export interface SqlFile {
  /** The path relative to this folder, as docs and errors name it. */
  name: string;
  sql: string;
}

const STORE_FOLDER = packagePath('pipeline/store');
const readSql = (name: string): SqlFile => ({ name, sql: readFileSync(join(STORE_FOLDER, name), 'utf8') });

/** `migrations/NNN-….sql`: file N takes a database from user_version N-1 to N. */
export const MIGRATIONS: SqlFile[] = readdirSync(join(STORE_FOLDER, 'migrations'))
  .filter((file) => /^\d{3}-.*\.sql$/.test(file))
  .sort()
  .map((file, i) => {
    if (Number(file.slice(0, 3)) !== i + 1) throw new Error(`migrations/${file}: expected migration number ${i + 1}`);
    return readSql(`migrations/${file}`);
  });

/** vanban's own bookkeeping table, created on every open if missing. */
export const META = readSql('meta.sql');

/** The research views: not migrated, but recreated whenever this file changes. */
export const VIEWS = readSql('views.sql');

/** A database vanban must not use or change: missing, not ours, newer, damaged or locked. One sentence. */
export class StoreError extends Error {
  constructor(
    /** `missing`, `not-a-database`, `newer`, `older`, `damaged`, `busy`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface OpenOptions {
  /** Read commands (search, show, export): never create, never migrate, never write. */
  readOnly?: boolean;
  /** Refuse a path where no database exists instead of creating one (implied by `readOnly`). */
  mustExist?: boolean;
  /**
   * How long a statement waits for another process's lock before failing. Default 30 s: a backup
   * or a `sqlite3` shell holding the write lock for a while makes the batch wait, not fail.
   */
  busyTimeoutMs?: number;
  /** Run SQLite's quick_check before anything is changed, and refuse a damaged database (a batch's open). */
  checkIntegrity?: boolean;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

/** WAL pages between automatic checkpoints of a writing connection (~40 MB of 4 kB pages at most in the WAL). */
export const WAL_CHECKPOINT_PAGES = 10_000;

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const memory = path === ':memory:' || path === '';
  if (!memory && (options.readOnly || options.mustExist) && !existsSync(path)) {
    throw new StoreError('missing', `There is no database at ${path} (check --db; read commands never create one).`);
  }
  const db = new Database(path, { readonly: options.readOnly ?? false, fileMustExist: !memory && Boolean(options.readOnly || options.mustExist) });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    // Before anything changes the file: a database of a newer vanban is left exactly as it is.
    const version = readVersion(db, path);
    if (version > MIGRATIONS.length) {
      throw new StoreError(
        'newer',
        `${path} was made by a newer vanban (schema version ${version}; this one knows up to ${MIGRATIONS.length}); it was left untouched, use that vanban.`,
      );
    }
    if (options.checkIntegrity && version > 0) checkIntegrity(db, path);
    db.function('vn_fold', { deterministic: true }, (text: unknown) => (text == null ? null : comparisonKey(String(text))));
    if (options.readOnly) {
      if (version === 0) throw new StoreError('not-a-database', `${path} is not a vanban database (it has no vanban tables).`);
      if (version < MIGRATIONS.length) {
        throw new StoreError('older', `${path} was made by an older vanban (schema version ${version}); run vanban ingest on it once to bring it up to date.`);
      }
      return db;
    }
    waitingOnBusy(() => db.pragma('journal_mode = WAL'), options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    // Safe with WAL: a killed process loses nothing committed; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    // A checkpoint (copying the WAL into the database, an fsync of each) every WAL_CHECKPOINT_PAGES
    // instead of SQLite's 1,000: a batch's document writes ~90 WAL pages, so the default stopped the
    // writing thread for a checkpoint every ~11 documents, blocking it on the disk while the workers
    // waited for it (issue 23). A power cut (not a killed process) can lose the commits since the last one.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
    createViews(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `fn` again while the database is busy, up to `timeoutMs`: SQLite's busy handler does not
 * wait for a change of journal mode, which needs every other connection's lock released.
 */
function waitingOnBusy<T>(fn: () => T, timeoutMs: number): T {
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return fn();
    } catch (error) {
      if (!/^SQLITE_BUSY/.test(String((error as { code?: string }).code)) || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 50);
    }
  }
}

/** `user_version`, or a StoreError when the file is not an SQLite database at all. */
function readVersion(db: Database.Database, path: string): number {
  try {
    return userVersion(db);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw new StoreError('not-a-database', `${path} is not an SQLite database; it was left untouched.`);
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      throw new StoreError(
        'unreadable',
        `${path} cannot be read from this folder: a vanban that was stopped left it in WAL mode, which needs a writable folder; run vanban ingest on it once where it can be written.`,
      );
    }
    throw error;
  }
}

/**
 * SQLite's `quick_check` (every page and index entry readable; minutes per 10 GB): a batch runs it
 * before it writes, so it never adds documents to a damaged database.
 */
export function checkIntegrity(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((r) => r.quick_check);
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  const first = (problems[0] ?? '').replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim();
  throw new StoreError(
    'damaged',
    `${path} is damaged (SQLite quick_check: ${first}); nothing was written: restore it from a backup, or move it aside and ingest again.`,
  );
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

/**
 * Each migration and its user_version bump in one exclusive transaction, the version read again
 * inside it: a process that waited for another one opening the same new database finds that
 * step done instead of failing on tables that exist.
 */
function migrate(db: Database.Database): void {
  const step = db.transaction(() => {
    const version = userVersion(db);
    if (version >= MIGRATIONS.length) return;
    db.exec(MIGRATIONS[version]!.sql);
    db.pragma(`user_version = ${version + 1}`);
  });
  for (let v = userVersion(db); v < MIGRATIONS.length; v++) step.exclusive();
}

/** (Re)creates the views when their definitions differ from the ones this version ships. */
function createViews(db: Database.Database): void {
  const hash = createHash('sha256').update(VIEWS.sql).digest('hex').slice(0, 16);
  db.exec(META.sql);
  const current = () => (db.prepare("SELECT value FROM vanban_meta WHERE key = 'views'").get() as { value: string } | undefined)?.value === hash;
  if (current()) return;
  db.transaction(() => {
    // Another process may have made them while this one waited for the lock.
    if (current()) return;
    const views = db.prepare("SELECT name FROM sqlite_master WHERE type = 'view'").all() as Array<{ name: string }>;
    for (const { name } of views) db.exec(`DROP VIEW IF EXISTS "${name}"`);
    db.exec(VIEWS.sql);
    db.prepare("INSERT OR REPLACE INTO vanban_meta (key, value) VALUES ('views', ?)").run(hash);
  }).exclusive();
}
