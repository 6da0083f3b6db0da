import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../pipeline/store/migrate.js';
import { Store } from '../../../pipeline/store/index.js';

/** The numbered migrations: a database made at any earlier version ends like a new one. */

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
      for (const migration of MIGRATIONS.slice(0, version)) old.exec(migration.sql);
      old.pragma(`user_version = ${version}`);
      old.close();
      new Store(path).close();
      expect(schemaOf(path), `from version ${version}`).toEqual(expected);
    }
  });

});
