import { spawn } from 'node:child_process';
import { chmodSync, existsSync, openSync, readFileSync, writeSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../pipeline/run/ingest.js';
import { MIGRATIONS } from '../../../pipeline/store/migrate.js';
import { Store, StoreError } from '../../../pipeline/store/index.js';
import { renumberedPlan } from '../../fixtures.js';
import { NOBODY, tmp, vanban } from '../../hostile.js';

/** Databases that are not vanban's to change: newer, damaged, missing, read-only, busy. */

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function storedDatabase(dir: string, documents = 2): Promise<string> {
  const archive = join(dir, 'archive');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(archive, { recursive: true });
  for (let n = 1; n <= documents; n++) writeFileSync(join(archive, `kh-${n}.txt`), renumberedPlan(500 + n));
  const dbPath = join(dir, 'db.sqlite');
  const store = new Store(dbPath);
  await ingest([archive], store, dbPath, { concurrency: 0, ocr: 'off' });
  store.close();
  return dbPath;
}

describe('databases vanban must not change', () => {
  it('refuses a database of a newer vanban and leaves it byte for byte as it was', async () => {
    const dbPath = await storedDatabase(tmp('newer'));
    const raw = new Database(dbPath);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    const before = sha(dbPath);
    expect(() => Store.open(dbPath, { readOnly: true })).toThrow(/made by a newer vanban \(schema version \d+; this one knows up to \d+\); it was left untouched/);
    expect(() => new Store(dbPath)).toThrow(StoreError);
    const search = vanban(['search', 'ke hoach', '--db', dbPath]);
    expect(search.status).toBe(2);
    expect(search.stderr.trim().split('\n')).toHaveLength(1);
    expect(search.stderr).toMatch(/newer vanban/);
    expect(vanban(['ingest', join(dbPath, '..', 'archive'), '--db', dbPath]).status).toBe(2);
    expect(sha(dbPath)).toBe(before);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('refuses to write to a damaged database (quick_check) and says so', async () => {
    const dir = tmp('damaged');
    const dbPath = await storedDatabase(dir, 6);
    // Scribble over a page in the middle of the file (not the header page).
    const pageSize = 4096;
    const pages = statSync(dbPath).size / pageSize;
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
    const before = sha(dbPath);
    expect(() => new Store(dbPath, { checkIntegrity: true })).toThrow(/is damaged \(SQLite quick_check: [^\n]+\); nothing was written/);
    const out = vanban(['ingest', join(dir, 'archive'), '--db', dbPath]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^vanban: .+db\.sqlite is damaged \(SQLite quick_check: [^\n]+\); nothing was written: restore it from a backup, or move it aside and ingest again\.\n$/);
    expect(sha(dbPath)).toBe(before);
    // A store opened without the check still refuses before the batch writes.
    const store = new Store(dbPath);
    await expect(ingest([join(dir, 'archive')], store, dbPath, { concurrency: 0, ocr: 'off' })).rejects.toThrow(StoreError);
    store.close();
  });

  it('read commands never create a database, and read one in a folder they cannot write to', async () => {
    const dir = tmp('readonly');
    const missing = join(dir, 'typo.sqlite');
    for (const args of [['search', 'dang'], ['show', '1'], ['export', '--table', 'documents']]) {
      const out = vanban([...args, '--db', missing]);
      expect(out.status).toBe(2);
      expect(out.stderr).toBe(`vanban: There is no database at ${missing} (check --db; read commands never create one).\n`);
    }
    expect(existsSync(missing)).toBe(false);
    expect(() => Store.open(missing, { mustExist: true })).toThrow(/There is no database/);

    const dbPath = await storedDatabase(dir);
    chmodSync(dbPath, 0o444);
    chmodSync(dir, 0o555);
    try {
      // As an ordinary user (as root, permissions are not enforced).
      const search = vanban(['search', 'ke hoach', '--db', dbPath, '--json'], { asUser: NOBODY });
      expect(search.stderr).toBe('');
      expect(JSON.parse(search.stdout)).toHaveLength(2);
      expect(vanban(['export', '--table', 'documents_flat', '--format', 'jsonl', '--db', dbPath], { asUser: NOBODY }).status).toBe(0);
      expect(vanban(['show', '501/KH-MTTQ-BTT', '--db', dbPath], { asUser: NOBODY }).status).toBe(0);
    } finally {
      chmodSync(dir, 0o777);
    }
  });

  it('a reader waits for a database another process holds locked instead of failing', async () => {
    const dbPath = await storedDatabase(tmp('busy'));
    // Another process takes the exclusive lock (as a migration does), holds it for 2 s and says when it let go.
    const code = `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Database(process.argv[1]);
      db.exec('BEGIN EXCLUSIVE');
      process.stdout.write('locked\\n');
      setTimeout(() => { const at = Date.now(); db.exec('COMMIT'); process.stdout.write(\`released \${at}\\n\`); db.close(); }, 2000);`;
    const child = spawn(process.execPath, ['-e', code, dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const closed = new Promise((done) => child.on('close', done));
    await new Promise<void>((ready) => child.stdout.once('data', () => ready()));
    const started = Date.now();
    const store = Store.open(dbPath, { readOnly: true });
    expect(store.search('ke hoach')).toHaveLength(2);
    const finished = Date.now();
    store.close();
    await closed;
    // Started while the lock was held, answered once it was let go: it waited. Told by the holder's
    // own clock, not by a duration, which a loaded machine's delay in passing on 'locked' shortens.
    const released = Number(/^released (\d+)$/m.exec(out)![1]);
    expect(started).toBeLessThan(released);
    expect(finished).toBeGreaterThanOrEqual(released);
  });
});
