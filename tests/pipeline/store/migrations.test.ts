import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, WAL_CHECKPOINT_PAGES } from '../../../pipeline/store/migrate.js';
import { Store } from '../../../pipeline/store/index.js';

/**
 * The numbered migrations: a database made at any earlier version ends like a new one, and
 * processes that open one new database at the same moment all succeed.
 */

const STORE = join(import.meta.dirname, '../../../pipeline/store/index.ts');

/** The schema as SQLite keeps it, and the version. */
function schemaOf(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      objects: db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all(),
    };
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-migrations-'));

  it('are numbered from 1 without gaps', () => {
    expect(MIGRATIONS.map((m) => Number(m.name.match(/(\d{3})-/)![1]))).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('take a database from every earlier version to the schema of a new one', () => {
    const fresh = join(dir, 'fresh.sqlite');
    new Store(fresh).close();
    const expected = schemaOf(fresh);
    expect(expected.version).toBe(MIGRATIONS.length);
    for (let version = 0; version < MIGRATIONS.length; version++) {
      const path = join(dir, `v${version}.sqlite`);
      const old = new Database(path);
      // Migration 6 fills folded columns with the store's SQL function; on these empty tables it is never called.
      old.function('vn_fold', (text: unknown) => text);
      for (const migration of MIGRATIONS.slice(0, version)) old.exec(migration.sql);
      old.pragma(`user_version = ${version}`);
      old.close();
      new Store(path).close();
      expect(schemaOf(path), `from version ${version}`).toEqual(expected);
    }
  });

  it('let processes open one new database at the same moment', async () => {
    const path = join(dir, 'shared.sqlite');
    // Each process loads the store, says it is ready, and opens the database when told to.
    const code = `
      const { Store } = await import(process.argv[1]);
      process.stdout.write('ready\\n');
      process.stdin.once('data', () => {
        try { new Store(process.argv[2]).close(); process.stdout.write('opened\\n'); }
        catch (error) { process.stdout.write(error.message + '\\n'); }
        process.exit(0);
      });`;
    const children = Array.from({ length: 4 }, () =>
      spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, STORE, path], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const outputs = children.map(() => '');
    let ready = 0;
    children.forEach((child, i) =>
      child.stdout.on('data', (chunk: Buffer) => {
        outputs[i] += chunk.toString();
        if (chunk.toString().includes('ready') && ++ready === children.length) for (const c of children) c.stdin.write('go\n');
      }),
    );
    await Promise.all(children.map((child) => new Promise((resolve) => child.on('close', resolve))));
    expect(outputs).toEqual(children.map(() => 'ready\nopened\n'));
    expect(schemaOf(path).version).toBe(MIGRATIONS.length);
  });
});

describe('a writing connection', () => {
  // Issue 23: SQLite's default (a checkpoint, with its fsync, every 1,000 WAL pages) stopped the
  // batch's writing thread every ~11 documents.
  it('writes in WAL mode, synchronous NORMAL, with a checkpoint every WAL_CHECKPOINT_PAGES pages', () => {
    const store = new Store(join(mkdtempSync(join(tmpdir(), 'vanban-wal-')), 'db.sqlite'));
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_CHECKPOINT_PAGES);
      expect(WAL_CHECKPOINT_PAGES).toBeGreaterThan(1000);
    } finally {
      store.close();
    }
  });
});
