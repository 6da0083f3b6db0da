import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { comparisonKey } from '../core/text/fold.js';

/**
 * Opening the database: pragmas, the numbered migrations (`PRAGMA user_version`), the views.
 * The schema is SQL files beside this module, read at run time; their comments document it.
 */

export interface SqlFile {
  /** The path relative to this folder, as docs and errors name it. */
  name: string;
  sql: string;
}

const readSql = (name: string): SqlFile => ({ name, sql: readFileSync(new URL(name, import.meta.url), 'utf8') });

/** `migrations/NNN-….sql`: file N takes a database from user_version N-1 to N. */
export const MIGRATIONS: SqlFile[] = readdirSync(new URL('migrations/', import.meta.url))
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

export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // Safe with WAL: a killed process loses nothing committed; only a power cut can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // For the CLI's filters only; views never call it, so other SQLite clients can read them all.
  db.function('vn_fold', { deterministic: true }, (text: unknown) => (text == null ? null : comparisonKey(String(text))));
  migrate(db);
  createViews(db);
  return db;
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
