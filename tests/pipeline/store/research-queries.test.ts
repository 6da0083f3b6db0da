import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../pipeline/run/ingest.js';
import { Store } from '../../../pipeline/store/index.js';

/**
 * The research database on the example documents, built by the command the README and
 * docs/queries.md show (`vanban ingest examples --db examples.sqlite`, scans read by OCR as a user
 * gets them): the queries in docs/queries.md run here and their answers are checked; search
 * filters, the citation graph (resolved and external) and exports answer the questions researchers
 * ask (the schema's own tests: schema-doc.test.ts). Reading the three sample scans by OCR takes
 * about a minute and a half on two cores; this is the one test that does it through the CLI.
 */

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

/** The checked SQL blocks of docs/queries.md, by their `<!-- check: id -->` marker. */
function documentedQueries(): Map<string, string> {
  const markdown = readFileSync(join(ROOT, 'docs', 'queries.md'), 'utf8');
  const queries = new Map<string, string>();
  for (const m of markdown.matchAll(/<!-- check: ([\w-]+) -->\s*```sql\n([\s\S]*?)```/g)) queries.set(m[1]!, m[2]!);
  return queries;
}

let dir: string;
let dbPath: string;
let store: Store;
type Row = Record<string, unknown>;
const all = (sql: string, ...params: unknown[]) => store.db.prepare(sql).all(...params) as Row[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-research-'));
  dbPath = join(dir, 'examples.sqlite');
  // Exactly the README's command (only the database lives in a temporary folder).
  const built = spawnSync(process.execPath, [BIN, 'ingest', 'examples', '--db', dbPath], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VANBAN_OCR: undefined, VANBAN_LANG: undefined },
  });
  expect(built.stdout).toMatch(/^34 tệp: 34 đã lưu, 0 không đổi, 0 lỗi/m);
  expect(built.status).toBe(0);
  store = new Store(dbPath);
  expect(all("SELECT count(*) AS n FROM documents WHERE ocr = 1 AND status = 'ok'")[0]!.n).toBe(3);
}, 600_000);

describe('docs/queries.md on the example documents', () => {
  const queries = documentedQueries();

  it('holds the checked queries, and every one of them runs', () => {
    expect([...queries.keys()]).toEqual(
      expect.arrayContaining([
        'uptake-03', 'builds-on-234', 'most-cited-directives', 'most-cited', 'tasks-stttt', 'recipients', 'fts-folded', 'per-year', 'corrections',
        'folded-names', 'json-lists',
      ]),
    );
    for (const sql of queries.values()) expect(() => all(sql)).not.toThrow();
  });

  it('which provinces issued plans implementing Chỉ thị 03-CT/TW, and when', () => {
    const rows = all(queries.get('uptake-03')!);
    // The scan of the Thái Nguyen plan is OCR'd (its symbol read as /KH-STTT) and still counts once.
    expect(rows.map((r) => r.province).sort()).toEqual(['Cao Bằng', 'Hà Nội', 'Nghệ An', 'Sơn La', 'Thái Nguyên']);
    const byProvince = Object.fromEntries(rows.map((r) => [r.province, r]));
    expect(byProvince['Sơn La']).toMatchObject({ issued: '2022-05-24', number: '234/KH-MTTQ-BTT' });
    expect(byProvince['Thái Nguyên']).toMatchObject({ issued: '2022-02', number: '/KH-STTTT' });
    expect(byProvince['Cao Bằng']).toMatchObject({ issued: '2023-05' });
    expect(byProvince['Hà Nội']!.issued).toBeNull();
  });

  it('what plan 234/KH-MTTQ-BTT builds on', () => {
    const rows = all(queries.get('builds-on-234')!);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.relation === 'implements').map((r) => r.cited_number)).toEqual(['35/NQ-CP', '07/CT-TTg', '386/QĐ-TTg', '03-CT/TW', '28/CT-TTg', '52-HD/BTGTU']);
    expect(rows.find((r) => r.relation === 'refers')).toMatchObject({ cited_number: '107-KL/TW', cited_date: '2015-04-10' });
    expect(rows.every((r) => r.cited_id === null)).toBe(true);
  });

  it('which directives are cited most, copies counted once', () => {
    const rows = all(queries.get('most-cited-directives')!);
    expect(rows[0]).toMatchObject({ number: '03-CT/TW', citing_documents: 5, citing_provinces: 5 });
    expect(rows[1]).toMatchObject({ number: '28/CT-TTg', citing_documents: 2 });
    const top = all(queries.get('most-cited')!);
    expect(top[0]).toMatchObject({ document: '63/2025/QH15', citing_documents: 9, relations: '["pursuant"]' });
    expect(top[1]).toMatchObject({ document: '03-CT/TW' });
  });

  it('tasks, recipients, full text, counts and corrections', () => {
    const tasks = all(queries.get('tasks-stttt')!);
    expect(tasks.map((t) => [t.section, t.role, t.printed])).toEqual([['III.1', 'lead', 'Sở Thông tin và Truyền thông']]);
    const thaiNguyen = all(queries.get('agency-variants')!);
    expect(thaiNguyen.find((a) => a.agency === 'Sở Thông tin và Truyền thông tỉnh Thái Nguyên')).toMatchObject({ issued: 1, lead_tasks: 1 });
    expect(thaiNguyen.find((a) => a.agency === 'Ủy ban nhân dân tỉnh Thái Nguyên')).toMatchObject({ received: 1, variants: '["UBND tỉnh (b/c)"]' });
    const recipients = all(queries.get('recipients')!);
    expect(recipients.slice(0, 3).map((r) => [r.agency, r.documents])).toEqual([
      ['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 13],
      ['Văn phòng Chủ tịch nước', 12],
      ['Văn phòng Quốc hội', 12],
    ]);
    expect(recipients[0]).toMatchObject({ issuers: 8 });
    const fts = all(queries.get('fts-folded')!);
    expect(fts.map((r) => r.issuer_name)).toHaveLength(5);
    const perYear = all(queries.get('per-year')!);
    expect(perYear.filter((r) => r.year === 2025).map((r) => [r.doc_type, r.documents])).toEqual([['NQ', 2], ['NĐ', 5], ['QĐ', 3], ['TT', 5]]);
    const corrections = all(queries.get('corrections')!);
    for (const c of corrections) expect(c.now_reads).toBe(c.to_text);
    expect(corrections).toContainEqual(expect.objectContaining({ number_raw: '234/KH-MTTQ-BTT', from_text: '03- CT/TW', to_text: '03-CT/TW', reason: 'number-spacing' }));
  });

  it('names without diacritics in plain SQL, and lists as JSON arrays', () => {
    expect(all(queries.get('folded-names')!)).toEqual([{ signer_name: 'Hồ Đức Phớc', documents: 3 }]);
    expect(all("SELECT number_raw FROM primary_documents WHERE province_folded = 'thai nguyen'")).toEqual([{ number_raw: '/KH-STTTT' }]);
    expect(all(queries.get('json-lists')!).map((r) => [r.agency, r.printed])).toEqual([
      ['Các sở Thông tin và Truyền thông, VH-TT (thành phố Hà Nội)', 'Các sở TT-TT, VH-TT'],
      ['Sở Thông tin và Truyền thông thành phố Hà Nội', 'Sở Thông tin và Truyền thông'],
      ['Sở Thông tin và Truyền thông tỉnh Thái Nguyên', 'Sở Thông tin và Truyền thông'],
      ['Sở Thông tin và Truyền thông tỉnh Thái Nguyên', 'Sở Thông tin và Truyền thông tỉnh Thái Nguyên'],
    ]);
  });
});

describe('copies of one document', () => {
  it('give the same citations and relations in every format, so no choice of copy changes an answer', () => {
    const rows = all(
      `SELECT d.doc_key, d.format, group_concat(c.number || ' ' || c.relation, '; ') AS cites
       FROM documents d JOIN document_identities i ON i.doc_key = d.doc_key
       LEFT JOIN (SELECT * FROM citations ORDER BY number) c ON c.document_id = d.id
       WHERE i.copies > 1 AND d.status = 'ok' GROUP BY d.id`,
    );
    const byKey = new Map<string, Set<string>>();
    for (const r of rows) byKey.set(String(r.doc_key), (byKey.get(String(r.doc_key)) ?? new Set()).add(String(r.cites)));
    expect(byKey.size).toBeGreaterThanOrEqual(3);
    // The message names each copy's citations: a difference seen once under load could not be told apart afterwards.
    const copies = (key: string) => JSON.stringify(rows.filter((r) => r.doc_key === key).map((r) => `${r.format}: ${r.cites}`));
    for (const [key, variants] of byKey) expect([...variants], `${key} ${copies(key)}`).toHaveLength(1);
    // The copy that stands for a document is its DOCX, whatever the order of processing.
    expect(all(`SELECT d.format FROM primary_documents d WHERE d.number_raw = '234/KH-MTTQ-BTT'`)).toEqual([{ format: 'docx' }]);
  });
});

describe('citation graph', () => {
  it('resolves a citation to the stored document it names, and show lists both directions', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'vanban-cites-'));
    writeFileSync(
      join(inbox, 'kh-thai-nguyen.txt'),
      [
        'SỞ TƯ PHÁP TỈNH THÁI NGUYÊN',
        'Số: 12/KH-STP',
        'Thái Nguyên, ngày 05 tháng 3 năm 2026',
        'KẾ HOẠCH',
        'Triển khai Nghị định và Thông tư mới',
        'Căn cứ Nghị định số 249/2025/NĐ-CP ngày 19 tháng 9 năm 2025 của Chính phủ;',
        'Thực hiện Thông tư số 93/2025/TT-BTC ngày 13/10/2025 của Bộ Tài chính; Kế hoạch số 37-KH/TU ngày 25/10/2021 của Tỉnh ủy,',
        'Sở Tư pháp ban hành Kế hoạch như sau:',
        'I. MỤC ĐÍCH',
        'Quán triệt Nghị định số 249/2025/NĐ-CP.',
      ].join('\n'),
    );
    await ingest([inbox], store, dbPath, { ocr: 'off' });
    const edges = all(
      `SELECT cited_number, relation, cited_id, cited_key, citing_province FROM citation_edges WHERE citing_number = '12/KH-STP' ORDER BY cited_number`,
    );
    const decree = all(`SELECT min(id) AS id FROM documents WHERE number_raw = '249/2025/NĐ-CP'`)[0]!.id;
    const circular = all(`SELECT min(id) AS id FROM documents WHERE number_raw = '93/2025/TT-BTC'`)[0]!.id;
    expect(edges).toEqual([
      { cited_number: '249/2025/NĐ-CP', relation: 'pursuant', cited_id: decree, cited_key: '249/2025/ND-CP|2025|', citing_province: 'Thái Nguyên' },
      // A local Party symbol without its province takes the citing document's province.
      { cited_number: '37-KH/TU', relation: 'implements', cited_id: null, cited_key: '37-KH/TU|2021|Thái Nguyên', citing_province: 'Thái Nguyên' },
      { cited_number: '93/2025/TT-BTC', relation: 'implements', cited_id: circular, cited_key: '93/2025/TT-BTC|2025|', citing_province: 'Thái Nguyên' },
    ]);
    const citing = all(`SELECT id FROM documents WHERE number_raw = '12/KH-STP'`)[0]!.id as number;
    expect(store.citedBy(decree as number)).toEqual([
      expect.objectContaining({ relation: 'pursuant', number: '12/KH-STP', documentId: citing, issuer: 'Sở Tư pháp tỉnh Thái Nguyên' }),
    ]);
    const shown = run('show', '249/2025/NĐ-CP', '--db', dbPath);
    expect(shown.stdout).toMatch(/Được dẫn bởi \(1 văn bản\):\n {2}- căn cứ: KH 12\/KH-STP \(05\/03\/2026\) — Sở Tư pháp tỉnh Thái Nguyên · #\d+/);
    const own = run('show', '12/KH-STP', '--db', dbPath);
    expect(own.stdout).toContain('Dựa trên (2/3 văn bản có trong cơ sở dữ liệu):');
    expect(own.stdout).toContain(`căn cứ: Nghị định 249/2025/NĐ-CP (19/09/2025) — Chính phủ · #${decree}`);
    const english = run('show', '12/KH-STP', '--db', dbPath, '--lang', 'en');
    expect(english.stdout).toContain(`pursuant to: Nghị định 249/2025/NĐ-CP (19/09/2025) — Chính phủ · #${decree}`);
  });
});

describe('vanban search', () => {
  const search = (...args: string[]) => JSON.parse(run('search', ...args, '--db', dbPath, '--json').stdout) as Array<Record<string, unknown>>;

  it('filters by type, issuer, province and year, with or without diacritics, counting copies once', () => {
    const plans = search('hang viet nam', '--type', 'ke hoach');
    expect(plans.map((h) => h.province).sort()).toEqual(['Cao Bằng', 'Hà Nội', 'Nghệ An', 'Sơn La', 'Thái Nguyên']);
    expect(search('hàng Việt Nam', '--type', 'KH', '--province', 'thai nguyen').map((h) => h.number)).toEqual(['/KH-STTTT']);
    expect(search('hang viet nam', '--year', '2023').map((h) => h.province)).toEqual(['Cao Bằng']);
    expect(search('--issuer', 'bo tai chinh').map((h) => h.number)).toEqual(['93/2025/TT-BTC']);
    expect(search('--type', 'Nghị định', '--year', '2025')).toHaveLength(5);
  });

  it('typed diacritics narrow the match; unaccented queries fold đ too', () => {
    const folded = search('dang', '--limit', '50');
    const exact = search('Đảng', '--limit', '50');
    expect(exact.length).toBeGreaterThan(0);
    expect(folded.length).toBeGreaterThan(exact.length);
    const hit = search('Đảng', '--type', 'KH', '--province', 'Sơn La')[0]!;
    expect(hit.snippet).toMatch(/\[Đảng\]/);
  });

  it('refuses an empty search and a malformed year with exit code 2', () => {
    expect(run('search', '--db', dbPath).status).toBe(2);
    const bad = run('search', 'x', '--year', '22', '--db', dbPath);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/năm có bốn chữ số/);
  });
});

describe('exports', () => {
  it('exports any view as CSV (with a BOM for Excel) or JSON Lines', () => {
    const csv = run('export', '--db', dbPath, '--table', 'directive_uptake', '--format', 'csv', '--bom').stdout;
    expect(csv.startsWith('\uFEFFcited_key,cited_type,cited_number')).toBe(true);
    expect(csv).toContain('Thái Nguyên');
    const lines = run('export', '--db', dbPath, '--table', 'documents_flat', '--format', 'jsonl').stdout.trim().split('\n');
    const rows = lines.map((l) => JSON.parse(l) as Row);
    expect(rows.length).toBe(all('SELECT count(*) AS n FROM documents')[0]!.n);
    // The DOCX, the text PDF, the scan read by OCR and the seed text: one document, four copies.
    expect(rows.filter((r) => r.number === '234/KH-MTTQ-BTT').map((r) => r.copies)).toEqual([4, 4, 4, 4]);
  });
});
