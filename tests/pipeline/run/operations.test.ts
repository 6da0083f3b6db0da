import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../pipeline/run/ingest.js';
import { looksVietnamese } from '../../../normalizers/language.js';
import { Store } from '../../../pipeline/store/index.js';
import { DONE_DIR, PROCESSING_DIR, REJECTED_DIR, watchInbox } from '../../../pipeline/run/watch.js';
import {
  binaryJunk,
  blankPng,
  ENGLISH_TEXT,
  passwordDocx,
  passwordPdf,
  renumberedPlan,
  SAMPLE_DOCX,
  SAMPLE_PDF,
  SEED_TEXT,
  zipBombDocx,
} from '../../fixtures.js';

/** The batch and the inbox under bad input, crashes and signals. */

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `vanban-${prefix}-`));
type Row = Record<string, unknown>;

describe('bad input in a batch', () => {
  it('sets every bad file aside with a clear reason and stores the good ones untouched', async () => {
    const dir = tmp('bad');
    const put = (name: string, content: Buffer | string) => writeFileSync(join(dir, name), content);
    put('zero.pdf', '');
    put('truncated.pdf', SAMPLE_PDF().subarray(0, 4000));
    put('corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), binaryJunk()]));
    put('locked.pdf', passwordPdf());
    put('locked.docx', passwordDocx());
    put('bomb.docx', zipBombDocx());
    put('really-a-docx.pdf', SAMPLE_DOCX());
    put('blank.png', blankPng());
    put('english.txt', ENGLISH_TEXT);
    put('junk.bin', binaryJunk());
    put('Kế hoạch số 1 ..txt', SEED_TEXT);
    mkdirSync(join(dir, 'thư mục ..'));
    put(join('thư mục ..', 'bản sao.txt'), renumberedPlan(235));
    // 200 MB on disk (sparse), over the default 100 MB limit: refused before it is read.
    writeFileSync(join(dir, 'huge.pdf'), '%PDF-1.7\n');
    truncateSync(join(dir, 'huge.pdf'), 200 * 1024 * 1024);

    const dbPath = join(dir, 'test.sqlite');
    const store = new Store(dbPath);
    const result = await ingest([dir], store, dbPath, { concurrency: 1 });
    const files = store.db.prepare('SELECT path, status, error, error_code FROM files').all() as Row[];
    const byName = Object.fromEntries(files.map((f) => [String(f.path).slice(dir.length + 1), f]));
    const code = (name: string) => byName[name]?.error_code;
    expect(code('zero.pdf')).toBe('empty');
    expect(code('truncated.pdf')).toBe('corrupt');
    expect(code('corrupt.pdf')).toBe('corrupt');
    expect(code('locked.pdf')).toBe('encrypted');
    expect(code('locked.docx')).toBe('encrypted');
    expect(code('bomb.docx')).toBe('zip-bomb');
    expect(code('english.txt')).toBe('not-vietnamese');
    expect(code('junk.bin')).toBe('unsupported');
    expect(code('huge.pdf')).toBe('too-large');
    expect(byName['huge.pdf']!.error).toBe(`${join(dir, 'huge.pdf')}: is 200 MB, over the 100 MB limit (raise it with --max-size).`);
    for (const f of files.filter((f) => f.status === 'failed')) expect(String(f.error)).toMatch(/^\/.+: .+\.$/);
    // A scan or photo with no text layer is kept, marked for OCR, not failed.
    expect(byName['blank.png']!.status).toBe('needs-ocr');
    expect(result).toMatchObject({ seen: 13, failed: 9, stored: 4, needsOcr: 1 });

    const docs = store.db.prepare('SELECT f.path, d.number_raw, d.issuer_name FROM documents d JOIN files f ON f.id = d.file_id').all() as Row[];
    const numbers = Object.fromEntries(docs.map((d) => [String(d.path).slice(dir.length + 1), d.number_raw]));
    expect(numbers).toMatchObject({
      'Kế hoạch số 1 ..txt': '234/KH-MTTQ-BTT',
      'thư mục ../bản sao.txt': '235/KH-MTTQ-BTT',
      // Judged by content, not by name.
      'really-a-docx.pdf': '234/KH-MTTQ-BTT',
    });
    store.close();
  });
});

describe('a batch killed mid-way', () => {
  it('resumes on rerun and holds every document exactly once', async () => {
    const dir = tmp('resume');
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    const total = 120;
    for (let n = 1; n <= total; n++) writeFileSync(join(archive, `kh-${String(n).padStart(3, '0')}.txt`), renumberedPlan(1000 + n));
    const dbPath = join(dir, 'archive.sqlite');

    const child = spawn(process.execPath, [BIN, 'ingest', archive, '--db', dbPath, '--log-format', 'json', '--concurrency', '1'], { cwd: ROOT });
    let stored = 0;
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      stored = (log.match(/"outcome":"stored"/g) ?? []).length;
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    while (stored < 10) {
      if (child.exitCode !== null) throw new Error(`ingest ended before it could be killed:\n${log}`);
      await sleep(20);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const rerun = spawnSync(process.execPath, [BIN, 'ingest', archive, '--db', dbPath, '--log-format', 'json', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const [, storedNow, skipped] = /(\d+) stored, (\d+) unchanged/.exec(rerun.stdout)!.map(Number);
    expect(storedNow! + skipped!).toBe(total);
    expect(skipped).toBeGreaterThanOrEqual(10);
    expect(storedNow).toBeGreaterThan(0);

    const store = new Store(dbPath);
    const q = (sql: string) => store.db.prepare(sql).get() as Row;
    expect(q('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
    expect(q('SELECT count(*) AS n, count(DISTINCT file_id) AS files, count(DISTINCT number_raw) AS numbers FROM documents')).toEqual({ n: total, files: total, numbers: total });
    expect(q("SELECT count(*) AS n FROM files WHERE status = 'stored'")).toEqual({ n: total });
    expect(store.db.prepare('SELECT status FROM runs ORDER BY id').all()).toEqual([{ status: 'interrupted' }, { status: 'finished' }]);
    store.close();
  }, 120_000);
});

/** Reads a text from stdin and writes it to the file named by its argument in three pieces, 150 ms apart, through one open descriptor. */
const SLOW_COPIER = `
const fs = require('node:fs');
const text = fs.readFileSync(0);
const fd = fs.openSync(process.argv[1], 'w');
const third = Math.ceil(text.length / 3);
for (let i = 0; i < 3; i++) {
  if (i) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
  fs.writeSync(fd, text.subarray(i * third, (i + 1) * third));
}
fs.closeSync(fd);
`;

describe('the inbox', () => {
  const waitFor = async (check: () => boolean, what: string, ms = 20_000) => {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  };

  it('processes files present and arriving, waits for slow copies, never overwrites, and redoes half-done files', async () => {
    const inbox = tmp('inbox');
    const dbPath = join(tmp('inbox-db'), 'inbox.sqlite');
    // Left by a run that was killed mid-way.
    mkdirSync(join(inbox, PROCESSING_DIR, 'old'), { recursive: true });
    writeFileSync(join(inbox, PROCESSING_DIR, 'old', 'half-done.txt'), renumberedPlan(300));
    // Already in done/: a new file of the same name must not replace it.
    mkdirSync(join(inbox, DONE_DIR));
    writeFileSync(join(inbox, DONE_DIR, 'kh.txt'), 'an earlier file');
    writeFileSync(join(inbox, 'kh.txt'), renumberedPlan(301));
    writeFileSync(join(inbox, 'empty.pdf'), '');
    writeFileSync(join(inbox, 'copying.part'), 'a browser download in progress');
    writeFileSync(join(inbox, '~$kh.docx'), 'an Office lock file');

    const store = new Store(dbPath);
    const events: string[] = [];
    const running = await watchInbox(inbox, store, { concurrency: 0, settleMs: 400, onFile: (e) => events.push(`${e.outcome} ${e.movedTo.slice(inbox.length + 1)}`) });

    // A slow copy: written in pieces with pauses shorter than the settle time, by another process
    // holding the file open as a copy program does (written from this process, a long extraction
    // of the other files stalls the writer's pauses past the settle time, which no real copy sees).
    const slow = join(inbox, 'slow.txt');
    const text = renumberedPlan(302);
    const copier = spawn(process.execPath, ['-e', SLOW_COPIER, slow], { stdio: ['pipe', 'ignore', 'inherit'] });
    const copied = new Promise<number | null>((done) => copier.on('exit', (code) => done(code)));
    copier.stdin.end(text);
    expect(await copied).toBe(0);
    await waitFor(() => events.length >= 4, 'four files');
    const counts = await running.stop();
    store.close();

    expect(events.sort()).toEqual(['failed rejected/empty.pdf', 'stored done/kh (2).txt', 'stored done/old/half-done.txt', 'stored done/slow.txt']);
    expect(counts).toMatchObject({ seen: 4, stored: 3, failed: 1 });
    expect(readFileSync(join(inbox, DONE_DIR, 'kh.txt'), 'utf8')).toBe('an earlier file');
    expect(JSON.parse(readFileSync(join(inbox, DONE_DIR, 'slow.txt.json'), 'utf8')).number.raw).toBe('302/KH-MTTQ-BTT');
    expect(readFileSync(join(inbox, DONE_DIR, 'slow.txt'), 'utf8')).toBe(text);
    expect(readFileSync(join(inbox, REJECTED_DIR, 'empty.pdf.error.txt'), 'utf8')).toBe('empty.pdf: is empty (0 bytes).\nWhat to do: the copy probably failed; copy the file into the inbox again.\n');
    expect(readdirSync(inbox).sort()).toEqual(['.vanban-processing', 'copying.part', 'done', 'rejected', '~$kh.docx']);
    expect(readdirSync(join(inbox, PROCESSING_DIR, 'old'))).toEqual([]);

    const db = new Store(dbPath);
    const rows = db.db.prepare('SELECT f.path, f.status, d.number_raw FROM files f LEFT JOIN documents d ON d.file_id = f.id ORDER BY f.path').all() as Row[];
    expect(rows.map((r) => [String(r.path).slice(inbox.length + 1), r.status, r.number_raw])).toEqual([
      ['done/kh (2).txt', 'stored', '301/KH-MTTQ-BTT'],
      ['done/old/half-done.txt', 'stored', '300/KH-MTTQ-BTT'],
      ['done/slow.txt', 'stored', '302/KH-MTTQ-BTT'],
      ['rejected/empty.pdf', 'failed', null],
    ]);
    expect(db.db.prepare('SELECT status, files_seen, files_stored, files_failed FROM runs').all()).toEqual([{ status: 'finished', files_seen: 4, files_stored: 3, files_failed: 1 }]);
    db.close();
  }, 60_000);

  it('vanban watch stops gracefully on SIGTERM and closes its run', async () => {
    const inbox = tmp('inbox-cli');
    const dbPath = join(tmp('inbox-cli-db'), 'inbox.sqlite');
    writeFileSync(join(inbox, 'kh.txt'), SEED_TEXT);
    const child = spawn(process.execPath, [BIN, 'watch', inbox, '--db', dbPath, '--settle', '0.2', '--log-format', 'json', '--concurrency', '1'], { cwd: ROOT });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await waitFor(() => /"outcome":"stored"/.test(log), 'the first file', 30_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(inbox, DONE_DIR, 'kh.txt'))).toBe(true);
    const lines = log.trim().split('\n').map((l) => JSON.parse(l) as Row);
    expect(lines.at(-1)).toMatchObject({ msg: 'run finished', stored: 1, failed: 0 });
    const store = new Store(dbPath);
    expect(store.db.prepare('SELECT status, files_stored FROM runs').all()).toEqual([{ status: 'finished', files_stored: 1 }]);
    store.close();
  }, 60_000);
});

describe('language check', () => {
  it('accepts Vietnamese with or without diacritics; refuses other languages and short texts that are not Vietnamese', () => {
    expect(looksVietnamese(SEED_TEXT)).toBe(true);
    const unaccented = 'Ke hoach thuc hien Chi thi so 03-CT/TW ngay 19/5/2021 cua Ban Bi thu ve tang cuong su lanh dao cua Dang doi voi Cuoc van dong Nguoi Viet Nam uu tien dung hang Viet Nam trong tinh hinh moi. Cac so, ban, nganh phoi hop thuc hien cac noi dung sau day theo chuc nang nhiem vu duoc giao va bao cao ket qua ve Uy ban nhan dan tinh truoc ngay 15 thang 12 nam 2022.';
    expect(looksVietnamese(unaccented)).toBe(true);
    expect(looksVietnamese('Hello world')).toBe(false);
    expect(looksVietnamese('Thông báo: họp giao ban lúc 8 giờ sáng thứ Hai tại phòng họp số 2.')).toBe(true);
    expect(looksVietnamese(ENGLISH_TEXT)).toBe(false);
  });
});
