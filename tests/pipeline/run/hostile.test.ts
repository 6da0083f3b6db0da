import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { ingest, type FileProcessor } from '../../../pipeline/run/ingest.js';
import { Processor } from '../../../pipeline/run/processor.js';
import { acquireLock } from '../../../pipeline/run/lock.js';
import { Store } from '../../../pipeline/store/index.js';
import { DONE_DIR, moveNoClobber, REJECTED_DIR, watchInbox } from '../../../pipeline/run/watch.js';
import { renumberedPlan, SAMPLE_DOCX } from '../../fixtures.js';
import { BIN, blankPagesPdf, CREDENTIALS, ENGLISH_NOTE, hugePng, lyingDocx, NOBODY, pdfWithHugeImage, ROOT, shadowFile, tmp, vanban } from '../../hostile.js';

// The attacks are checked against the CLI's English sentences (every vanban started here inherits this).
process.env.VANBAN_LANG = 'en';

/**
 * Attacks on the batch and the inbox (issue 24): links, special files, locks, faults, bounds,
 * half-written files. Every hostile file is made here, small on disk.
 */

type Row = Record<string, unknown>;

function rows(dbPath: string, sql: string): Row[] {
  const store = Store.open(dbPath, { readOnly: true });
  try {
    return store.db.prepare(sql).all() as Row[];
  } finally {
    store.close();
  }
}

/** A folder with a good file, links out of it (to a file, to a folder) and a link back to its parent. */
function linkedFolder(prefix: string, name: string) {
  const dir = tmp(prefix);
  const folder = join(dir, name);
  const outside = join(dir, 'outside');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(folder, 'good.txt'), renumberedPlan(601));
  writeFileSync(join(outside, 'secret.txt'), renumberedPlan(666));
  writeFileSync(join(outside, 'other.txt'), renumberedPlan(667));
  symlinkSync(join(outside, 'secret.txt'), join(folder, 'shadow.txt'));
  symlinkSync(outside, join(folder, 'folder'));
  symlinkSync('..', join(folder, 'sub', 'up'));
  return { dir, folder, outside };
}

describe('ingest and links', () => {
  const linkedArchive = () => {
    const { dir, folder } = linkedFolder('links', 'archive');
    return { dir, archive: folder };
  };

  it('does not follow links: counts them, says why, and stores nothing they point to', () => {
    const { dir, archive } = linkedArchive();
    const dbPath = join(dir, 'db.sqlite');
    const out = vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off', '--log-format', 'text']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^1 files: 1 stored, 0 unchanged, 0 failed, 3 links not followed in /);
    expect(out.stderr).toContain(`${join(archive, 'shadow.txt')}: is a symbolic link; links are not followed (pass --follow-links to follow them).`);
    expect(rows(dbPath, 'SELECT d.number_raw FROM documents d')).toEqual([{ number_raw: '601/KH-MTTQ-BTT' }]);
  });

  it('--follow-links follows them, entering each folder once, so a link to a parent ends', () => {
    const { dir, archive } = linkedArchive();
    const dbPath = join(dir, 'db.sqlite');
    const out = vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off', '--follow-links']);
    expect(out.status).toBe(0);
    const stored = rows(dbPath, 'SELECT f.path, d.number_raw FROM documents d JOIN files f ON f.id = d.file_id ORDER BY d.number_raw');
    // The outside file is reached twice (its own link and through the linked folder): two paths, like two copies.
    expect(stored.map((r) => r.number_raw)).toEqual(['601/KH-MTTQ-BTT', '666/KH-MTTQ-BTT', '666/KH-MTTQ-BTT', '667/KH-MTTQ-BTT']);
    for (const r of stored) expect(String(r.path).length).toBeLessThan(200);
  });
});

describe('one fault never stops the night', () => {
  it('an unreadable folder, an unreadable file, a FIFO and a device are failed items with their reasons; the batch goes on', () => {
    const dir = tmp('faults');
    const archive = join(dir, 'archive');
    mkdirSync(join(archive, 'locked'), { recursive: true });
    writeFileSync(join(archive, 'good.txt'), renumberedPlan(701));
    writeFileSync(join(archive, 'locked', 'inside.txt'), renumberedPlan(702));
    chmodSync(join(archive, 'locked'), 0o000);
    writeFileSync(join(archive, 'private.txt'), renumberedPlan(703));
    chmodSync(join(archive, 'private.txt'), 0o000);
    expect(spawnSync('mkfifo', [join(archive, 'pipe.txt')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(dir, 'named.fifo')]).status).toBe(0);
    const dbPath = join(dir, 'db.sqlite');
    // As an ordinary user: root reads whatever the permissions say.
    const out = vanban(['ingest', archive, join(dir, 'named.fifo'), '/dev/zero', '--db', dbPath, '--ocr', 'off', '--log-format', 'text'], { asUser: NOBODY, timeoutMs: 60_000 });
    expect(out.signal).toBeNull();
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/^6 files: 1 stored, 0 unchanged, 5 failed in /);
    const failed = Object.fromEntries(rows(dbPath, "SELECT path, error FROM files WHERE status = 'failed'").map((r) => [String(r.path).slice(dir.length + 1), r.error]));
    expect(failed).toEqual({
      'archive/locked': `${join(archive, 'locked')}: is a folder vanban may not read (permission denied); the files in it were not read.`,
      'archive/private.txt': `${join(archive, 'private.txt')}: cannot be read: permission denied (give vanban read permission and add it again).`,
      'archive/pipe.txt': `${join(archive, 'pipe.txt')}: is a FIFO (named pipe), not a regular file; vanban reads only regular files.`,
      'named.fifo': `${join(dir, 'named.fifo')}: is a FIFO (named pipe), not a regular file; vanban reads only regular files.`,
      [`${'/dev/zero'.slice(dir.length + 1)}`]: '/dev/zero: is a character device, not a regular file; vanban reads only regular files.',
    });
    expect(rows(dbPath, 'SELECT status, files_seen, files_stored, files_failed FROM runs')).toEqual([{ status: 'finished', files_seen: 6, files_stored: 1, files_failed: 5 }]);
    chmodSync(join(archive, 'locked'), 0o755);
  });
});

/** An archive of `n` distinct plans. */
function archiveOf(dir: string, n: number, first = 800): string {
  const archive = join(dir, 'archive');
  mkdirSync(archive, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(archive, `kh-${String(i).padStart(3, '0')}.txt`), renumberedPlan(first + i));
  return archive;
}

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

describe('one writer per database', () => {
  it('a second vanban refuses in one sentence naming the holder, or waits with --wait; a dead holder\'s lock is taken over', async () => {
    const dir = tmp('db-lock');
    const archive = archiveOf(dir, 2);
    const dbPath = join(dir, 'db.sqlite');
    const lock = await acquireLock(`${dbPath}.lock`, { what: 'test', command: 'vanban ingest /elsewhere' });
    const refused = vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      new RegExp(`^vanban: The database ${dbPath} is in use by another vanban \\(pid ${process.pid} on [^,]+, "vanban ingest /elsewhere", since [^)]+\\); wait for it to finish, or pass --wait to queue behind it\\.\\n$`),
    );
    // --wait queues behind the holder.
    const waiting = spawn(process.execPath, [join(import.meta.dirname, '../../../bin/vanban.mjs'), 'ingest', archive, '--db', dbPath, '--ocr', 'off', '--wait'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    waiting.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((done) => waiting.on('exit', (code) => done(code)));
    await new Promise((r) => setTimeout(r, 3000));
    expect(waiting.exitCode).toBeNull();
    await lock.release();
    expect(await exited).toBe(0);
    expect(out).toMatch(/^2 files: 2 stored/);
    expect(existsSync(`${dbPath}.lock`)).toBe(false);

    // A lock left by a killed process (its pid is gone) does not stop the next run.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${dbPath}.lock`, JSON.stringify({ pid: Number(dead.stdout), host: (await import('node:os')).hostname(), command: 'vanban ingest', since: '2024-01-01', token: 'x' }));
    expect(vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off']).status).toBe(0);
  });

  it('another program holding the write lock for a while: the batch waits; past the busy timeout each file fails with its true reason and the batch goes on', async () => {
    const dir = tmp('busy');
    const archive = archiveOf(dir, 6);
    const dbPath = join(dir, 'db.sqlite');
    new Store(dbPath).close();
    // Another process holds the write lock for 2 s: the batch waits (busy timeout 30 s).
    const code = `const Database = require(${JSON.stringify(BETTER_SQLITE3)}); const db = new Database(process.argv[1]);
      db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 2000);`;
    const holder = spawn(process.execPath, ['-e', code, dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ready) => holder.stdout.once('data', () => ready()));
    const waited = new Store(dbPath);
    const first = await ingest([archive], waited, dbPath, { concurrency: 0, ocr: 'off' });
    waited.close();
    expect(first).toMatchObject({ stored: 6, failed: 0 });

    // Past the busy timeout: the lock is taken after the first file and held over the next two.
    const other = new Database(dbPath);
    const store = new Store(dbPath, { busyTimeoutMs: 200 });
    let events = 0;
    const archive2 = join(dir, 'second');
    mkdirSync(archive2);
    for (let i = 0; i < 5; i++) writeFileSync(join(archive2, `kh-${i}.txt`), renumberedPlan(900 + i));
    const result = await ingest([archive2], store, dbPath, {
      concurrency: 0,
      ocr: 'off',
      onFile: () => {
        events++;
        if (events === 1) other.exec('BEGIN IMMEDIATE');
        if (events === 3) other.exec('COMMIT');
      },
    });
    other.close();
    expect(result).toMatchObject({ seen: 5, stored: 3, failed: 2 });
    for (const f of result.failures) {
      expect(f.error).toMatch(/: could not be stored: another program held the database's write lock for over 0\.2 s; it is read again on the next run\.$/);
    }
    expect(store.db.prepare('SELECT status, files_stored, files_failed FROM runs ORDER BY id DESC LIMIT 1').get()).toEqual({ status: 'finished', files_stored: 3, files_failed: 2 });
    const again = await ingest([archive2], store, dbPath, { concurrency: 0, ocr: 'off' });
    expect(again).toMatchObject({ stored: 2, skipped: 3, failed: 0 });
    store.close();
  });
});

describe('a full disk', () => {
  it('stops the batch cleanly: the document in hand rolled back, the run closed with its true counts', async () => {
    const dir = tmp('full');
    const archive = archiveOf(dir, 30);
    const dbPath = join(dir, 'db.sqlite');
    const store = new Store(dbPath);
    // SQLite's own size limit gives the same SQLITE_FULL as a full disk.
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 150}`);
    const result = await ingest([archive], store, dbPath, { concurrency: 1, ocr: 'off' });
    expect(result.stopped).toMatch(/^The batch stopped: the disk is full \(database or disk is full\); the document in hand was rolled back and nothing else was lost; free some space and run the same command again to carry on\.$/);
    expect(result.stored).toBeGreaterThan(0);
    expect(result.stored).toBeLessThan(30);
    expect(result.failed).toBe(0);
    const q = (sql: string) => store.db.prepare(sql).get();
    expect(q('SELECT count(*) AS n FROM documents')).toEqual({ n: result.stored });
    expect(q("SELECT count(*) AS n FROM files WHERE status <> 'stored'")).toEqual({ n: 0 });
    expect(q('SELECT status, files_seen, files_stored FROM runs')).toEqual({ status: 'stopped', files_seen: result.stored, files_stored: result.stored });
    store.close();
    // Space freed: the same command carries on.
    const rerun = vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off']);
    expect(rerun.stdout).toMatch(new RegExp(`^30 files: ${30 - result.stored} stored, ${result.stored} unchanged, 0 failed`));
  });
});

describe('half-written files', () => {
  it('a file that changes while it is read is read again, and failed with its reason if it never settles', async () => {
    const dir = tmp('growing');
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    const growing = join(archive, 'growing.txt');
    writeFileSync(growing, renumberedPlan(950));
    // A copy that never ends: a line is appended while each read of the file is being processed.
    // (A writer process appending every few ms left it to the scheduler whether a write fell
    // between the read and the check; on a loaded machine one read could see the file still.)
    const stages = new Processor({ threads: 0, ocr: 'off' });
    const copying: FileProcessor = {
      capacity: 1,
      process: async (buf, path, sha256) => {
        appendFileSync(growing, 'Nội dung bổ sung.\n');
        return stages.process(buf, path, sha256);
      },
      close: () => stages.close(),
    };
    const dbPath = join(dir, 'db.sqlite');
    const store = new Store(dbPath);
    const result = await ingest([archive], store, dbPath, { concurrency: 0, ocr: 'off', processor: copying });
    expect(result.failures).toEqual([{ path: growing, error: `${growing}: kept changing while it was read (3 times; it is still being written); it is read again on the next run.` }]);
    store.close();
  });
});

const waitFor = async (check: () => boolean, what: string, ms = 30_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
};

/** A fresh, empty inbox and a store beside it. */
function emptyInbox(prefix: string, dbName = 'db.sqlite') {
  const dir = tmp(prefix);
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  return { dir, inbox, store: new Store(join(dir, dbName)) };
}

describe('the inbox under attack', () => {
  it('never follows or moves a link: a link to a folder, to a file outside, and to the parent stay where they are', async () => {
    const { dir, folder: inbox, outside } = linkedFolder('inbox-links', 'inbox');
    const dbPath = join(dir, 'db.sqlite');
    const store = new Store(dbPath);
    const events: Array<{ outcome: string; path: string; error?: string }> = [];
    const running = await watchInbox(inbox, store, { concurrency: 0, settleMs: 200, ocr: 'off', onFile: (e) => events.push(e) });
    await waitFor(() => events.length >= 4, 'four events');
    await sleep(1500); // time for anything wrongly followed to move
    const counts = await running.stop();
    expect(counts).toMatchObject({ stored: 1, failed: 3 });
    const refused = events.filter((e) => e.outcome === 'failed').map((e) => e.error).sort();
    expect(refused).toEqual(
      [join(inbox, 'folder'), join(inbox, 'shadow.txt'), join(inbox, 'sub', 'up')].map((p) => `${p}: is a symbolic link; links are not followed in the inbox. It was left where it is.`),
    );
    for (const link of ['shadow.txt', 'folder', 'sub/up']) expect(lstatSync(join(inbox, link)).isSymbolicLink()).toBe(true);
    expect(readdirSync(outside).sort()).toEqual(['other.txt', 'secret.txt']);
    expect(readdirSync(join(inbox, DONE_DIR)).sort()).toEqual(['good.txt', 'good.txt.json']);
    expect(readdirSync(join(inbox, REJECTED_DIR))).toEqual([]);
    expect(store.db.prepare('SELECT number_raw FROM documents').all()).toEqual([{ number_raw: '601/KH-MTTQ-BTT' }]);
    store.close();
  });

  it('one vanban per inbox: a second watch refuses in one sentence naming the first', async () => {
    const { dir, inbox, store } = emptyInbox('inbox-twice', 'a.sqlite');
    const running = await watchInbox(inbox, store, { concurrency: 0, settleMs: 200, ocr: 'off' });
    const second = vanban(['watch', inbox, '--db', join(dir, 'b.sqlite'), '--ocr', 'off']);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^vanban: The inbox ${inbox} is in use by another vanban \\(pid ${process.pid} on .+, "watch ${inbox}", since .+\\); wait for it to finish, or pass --wait to queue behind it\\.\\n$`));
    await running.stop();
    store.close();
    expect(readdirSync(inbox).sort()).toEqual(['.vanban-processing', 'done', 'rejected']);
  });

  it('a name taken in done/ is never overwritten', async () => {
    const dir = tmp('clash');
    writeFileSync(join(dir, 'a.txt'), 'new');
    writeFileSync(join(dir, 'b.txt'), 'already there');
    await expect(moveNoClobber(join(dir, 'a.txt'), join(dir, 'b.txt'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('already there');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
  });

  it('reports a file it may not read (chmod 000) instead of ignoring it', async () => {
    const dir = tmp('inbox-perm');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    chmodSync(inbox, 0o777);
    writeFileSync(join(inbox, 'private.txt'), renumberedPlan(620));
    chmodSync(join(inbox, 'private.txt'), 0o000);
    const dbPath = join(dir, 'db.sqlite');
    // As an ordinary user: root reads whatever the permissions say.
    const child = spawn(process.execPath, [BIN, 'watch', inbox, '--db', dbPath, '--settle', '0.2', '--ocr', 'off', '--log-format', 'text', '--concurrency', '0'], {
      cwd: ROOT,
      ...(process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let log = '';
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await waitFor(() => /permission denied/.test(log), 'the report', 60_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(log).toContain('private.txt: cannot be read: permission denied (give vanban read permission and add it again).');
    expect(readFileSync(join(inbox, REJECTED_DIR, 'private.txt.error.txt'), 'utf8')).toMatch(/permission denied.*\nWhat to do: give the user that runs vanban permission to read it/s);
  });

  it('a full disk keeps files in the inbox and retries them; stopping on a full disk does not crash', async () => {
    const { inbox, store } = emptyInbox('inbox-full');
    const full = () => store.db.pragma(`max_page_count = ${store.db.pragma('page_count', { simple: true }) as number}`);
    full();
    const events: Array<{ outcome: string; code?: string; path: string }> = [];
    const running = await watchInbox(inbox, store, { concurrency: 0, settleMs: 200, retryMs: 500, ocr: 'off', onFile: (e) => events.push(e) });
    for (let i = 0; i < 3; i++) writeFileSync(join(inbox, `kh-${i}.txt`), renumberedPlan(630 + i));
    await waitFor(() => events.filter((e) => e.code === 'retry').length >= 3, 'the files kept back');
    expect(events.every((e) => e.code === 'retry')).toBe(true);
    expect(readdirSync(join(inbox, REJECTED_DIR))).toEqual([]);
    expect(readdirSync(inbox).filter((n) => n.endsWith('.txt')).length).toBeGreaterThan(0);
    // Space freed: the next tries store them.
    store.db.pragma('max_page_count = 1073741823');
    await waitFor(() => events.filter((e) => e.outcome === 'stored').length === 3, 'the three files stored');
    full();
    writeFileSync(join(inbox, 'late.txt'), renumberedPlan(640));
    await waitFor(() => events.some((e) => e.code === 'retry' && e.path.endsWith('late.txt')), 'the late file kept back');
    const counts = await running.stop();
    expect(counts).toMatchObject({ stored: 3, failed: 0 });
    expect(existsSync(join(inbox, 'late.txt'))).toBe(true);
    store.close();
  });

  it('a copy that pauses longer than --settle is read again when it grows after it was claimed', async () => {
    const { inbox, store } = emptyInbox('inbox-slow');
    const events: string[] = [];
    const running = await watchInbox(inbox, store, { concurrency: 0, settleMs: 200, ocr: 'off', onFile: (e) => events.push(e.outcome) });
    const text = `${renumberedPlan(650)}\nĐoạn cuối cùng của văn bản: hoàn thành.\n`;
    const quarter = Math.floor(text.length / 4);
    const path = join(inbox, 'slow.txt');
    // The copier writes a quarter and pauses past --settle; the rest goes on through its open
    // descriptor once the file has been claimed and read, while that reading is processed. (Left to
    // the copier's own polling for the claim, a loaded machine could wake it only after the inbox
    // had checked the file, and the quarter was stored.)
    const code = `const fs = require('fs'); const [path, text, quarter] = process.argv.slice(1);
      const fd = fs.openSync(path, 'w'); fs.writeSync(fd, text.slice(0, Number(quarter)));
      process.stdin.once('data', () => { fs.writeSync(fd, text.slice(Number(quarter))); fs.closeSync(fd); process.exit(0); });`;
    const writer = spawn(process.execPath, ['-e', code, path, text, String(quarter)], { stdio: ['pipe', 'ignore', 'inherit'] });
    const copied = new Promise((done) => writer.on('exit', done));
    const stages = Processor.prototype.process;
    const reads = vi.spyOn(Processor.prototype, 'process').mockImplementation(async function (this: Processor, ...args) {
      if (reads.mock.calls.length === 1) {
        writer.stdin.end('go\n');
        await copied;
      }
      return stages.apply(this, args);
    });
    let readings = 0;
    try {
      await waitFor(() => events.length >= 1, 'the file');
    } finally {
      readings = reads.mock.calls.length;
      reads.mockRestore();
      writer.kill();
    }
    await running.stop();
    // The quarter, then the whole file.
    expect(readings).toBe(2);
    expect(events).toEqual(['stored']);
    expect(readFileSync(join(inbox, DONE_DIR, 'slow.txt'), 'utf8')).toBe(text);
    const stored = store.db.prepare('SELECT text FROM documents').get() as { text: string };
    expect(stored.text).toContain('hoàn thành');
    store.close();
  });
});

describe('bounds before decoding, and the small ones', () => {
  /** The hostile folder: every file small on disk, each claiming far more than it holds. */
  function hostileFolder(dir: string): string {
    const folder = join(dir, 'hostile');
    mkdirSync(folder, { recursive: true });
    const put = (name: string, content: Buffer | string) => writeFileSync(join(folder, name), content);
    put('huge.png', hugePng());
    put('huge-image.pdf', pdfWithHugeImage());
    put('pages-3000.pdf', blankPagesPdf(3000));
    put('blank-40.pdf', blankPagesPdf(40));
    put('lying.docx', lyingDocx(SAMPLE_DOCX()));
    put('truncated.docx', SAMPLE_DOCX().subarray(0, Math.floor(SAMPLE_DOCX().length * 0.6)));
    put('utf16.txt', Buffer.from(renumberedPlan(970), 'utf16le'));
    put('shadow', shadowFile());
    put('note.txt', ENGLISH_NOTE);
    put('credentials', CREDENTIALS);
    put('good.txt', renumberedPlan(971));
    return folder;
  }

  const EXPECTED: Record<string, string> = {
    'huge.png': 'failed too-many-pixels',
    'huge-image.pdf': 'failed too-many-pixels',
    'pages-3000.pdf': 'failed too-many-pages',
    'blank-40.pdf': 'needs-ocr ',
    'lying.docx': 'failed zip-bomb',
    'truncated.docx': 'failed corrupt',
    'utf16.txt': 'stored ',
    shadow: 'failed not-vietnamese',
    'note.txt': 'failed not-vietnamese',
    credentials: 'failed not-vietnamese',
    'good.txt': 'stored ',
  };

  it('ingest refuses each with its reason, OCRs no blank page, and stays under 1.5 GB', () => {
    const dir = tmp('bounds');
    const folder = hostileFolder(dir);
    const dbPath = join(dir, 'db.sqlite');
    const started = Date.now();
    const out = vanban(['ingest', folder, '--db', dbPath, '--log-format', 'json', '--concurrency', '1', '--timeout', '60'], { env: { NODE_OPTIONS: '--max-old-space-size=512' } });
    expect(out.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(120_000);
    const files = Object.fromEntries(rows(dbPath, 'SELECT path, status, error_code FROM files').map((r) => [String(r.path).slice(folder.length + 1), `${r.status} ${r.error_code ?? ''}`]));
    expect(files).toEqual(EXPECTED);
    const errors = Object.fromEntries(rows(dbPath, "SELECT path, error FROM files WHERE status = 'failed'").map((r) => [String(r.path).slice(folder.length + 1), String(r.error).slice(String(r.path).length + 2)]));
    expect(errors['huge.png']).toBe('is an image of 20000×20000 pixels (400 million), over the limit of 50 million pixels per image; it was not decoded.');
    expect(errors['huge-image.pdf']).toBe('holds an image of 20000×20000 pixels (400 million), over the limit of 50 million pixels per image; it was not decoded.');
    expect(errors['pages-3000.pdf']).toBe('has 3000 pages, over the limit of 1000 pages per file; it was not read.');
    expect(errors['lying.docx']).toMatch(/^holds more than it declares: its part word\/document\.xml inflates past the \d+ bytes its header states \(a "zip bomb"\); it was stopped while inflating\.$/);
    expect(errors['truncated.docx']).toBe('is a truncated or damaged Word (DOCX) file: the end of the file, where its table of contents lies, is missing; copy or export it again.');
    // Blank pages are seen as blank without OCR.
    expect(rows(dbPath, "SELECT count(*) AS n, sum(status = 'empty') AS empty, max(ms) AS ms FROM ocr_pages")).toEqual([{ n: 40, empty: 40, ms: expect.any(Number) }]);
    expect(Number(rows(dbPath, 'SELECT max(ms) AS ms FROM ocr_pages')[0]!.ms)).toBeLessThan(1000);
    const summary = JSON.parse(out.stderr.trim().split('\n').at(-1)!) as Row;
    expect(summary).toMatchObject({ msg: 'run finished', stored: 3, needsOcr: 1, failed: 8 });
    expect(Number(summary.peakRssMb)).toBeLessThan(1536);
    // The scan that needed OCR is not read again while it is unchanged.
    const again = vanban(['ingest', folder, '--db', dbPath, '--log-format', 'json', '--concurrency', '1']);
    expect(again.stdout).toMatch(/^11 files: 0 stored, 3 unchanged, 0 failed, 8 failed before and unchanged/);
  }, 240_000);

  it('watch under the same attack keeps to the same bounds', async () => {
    const dir = tmp('bounds-watch');
    const inbox = hostileFolder(dir);
    const dbPath = join(dir, 'db.sqlite');
    const child = spawn(process.execPath, [BIN, 'watch', inbox, '--db', dbPath, '--settle', '0.2', '--log-format', 'json', '--concurrency', '1', '--timeout', '60'], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=512' },
    });
    let log = '';
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await waitFor(() => (log.match(/"outcome":/g) ?? []).length >= Object.keys(EXPECTED).length, 'every file', 180_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    const summary = JSON.parse(log.trim().split('\n').at(-1)!) as Row;
    expect(summary).toMatchObject({ msg: 'run finished', stored: 3, needsOcr: 1, failed: 8 });
    expect(Number(summary.peakRssMb)).toBeLessThan(1536);
    expect(readdirSync(join(inbox, REJECTED_DIR)).filter((n) => !n.endsWith('.error.txt')).sort()).toEqual(
      Object.entries(EXPECTED).filter(([, v]) => v.startsWith('failed')).map(([k]) => k).sort(),
    );
  }, 240_000);
});

describe('time bounds', () => {
  it('a scan\'s OCR limit grows with its pages but never past ten times --timeout', async () => {
    const { ocrTimeLimit } = await import('../../../pipeline/run/processor.js');
    expect(ocrTimeLimit(120_000, 2)).toBe(180_000);
    expect(ocrTimeLimit(120_000, 3000)).toBe(1_200_000);
    expect(ocrTimeLimit(10_000, 3000)).toBe(100_000);
  });
});
