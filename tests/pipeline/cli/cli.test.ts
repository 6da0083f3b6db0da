import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VanbanRecordSchema } from '../../../pipeline/core/record.js';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('vanban CLI', () => {
  it('extract --json prints a record that satisfies the contract schema, with spans into text', () => {
    const out = execFileSync(process.execPath, [BIN, 'extract', '--json', 'examples/seeds/000_14d7bae0f26e4e26.txt'], { cwd: ROOT, encoding: 'utf8' });
    const record = VanbanRecordSchema.parse(JSON.parse(out));
    expect(record.schema).toBe('vanban/1');
    const [s, e] = record.number!.span;
    expect(record.text!.slice(s, e)).toBe('234/KH-MTTQ-BTT');
    for (const c of record.corrections) expect(record.text!.slice(...c.span)).toBe(c.to);
    for (const m of record.citations.flatMap((c) => c.mentions)) expect(m[1]).toBeGreaterThan(m[0]);
  });

  it('extract --no-text omits the text; unreadable input exits 2 with one sentence', () => {
    const out = run('extract', '--json', '--no-text', 'examples/generated/003_cb56f436907ad081.docx');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).text).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    writeFileSync(join(dir, 'empty.pdf'), '');
    const bad = run('extract', join(dir, 'empty.pdf'));
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(`${join(dir, 'empty.pdf')}: is empty (0 bytes).`);
    expect(run('frobnicate').status).toBe(2);
  });

  it('ingest stores, skips unchanged files, reports failures; search, show and export read it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-db-'));
    const db = join(dir, 'test.sqlite');
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really');
    // OCR has its own tests (ocr.test.ts); here the scans stay needs-ocr to keep the run short.
    const first = run('ingest', 'examples', join(dir, 'broken.pdf'), '--db', db, '--ocr', 'off');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/^35 files: 34 stored \(3 scans need OCR\), 0 unchanged, 1 failed/m);
    expect(first.stderr).toMatch(/000_14d7bae0f26e4e26\.scan\.pdf: has no text layer/);
    expect(first.stderr).toMatch(/broken\.pdf: is a damaged or truncated PDF/);
    const second = run('ingest', 'examples', '--db', db, '--ocr', 'off');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^34 files: 0 stored, 34 unchanged, 0 failed/m);

    const hits = JSON.parse(run('search', 'dang cong san', '--db', db, '--json').stdout) as Array<{ title: string }>;
    expect(hits.length).toBeGreaterThan(0);
    const folded = JSON.parse(run('search', 'chi thi 03', '--db', db, '--json').stdout) as unknown[];
    expect(folded.length).toBeGreaterThan(0);

    const shown = run('show', '234/KH-MTTQ-BTT', '--db', db);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Ban Thường trực Uỷ ban MTTQ Việt Nam tỉnh Sơn La');
    expect(shown.stdout).toContain('03-CT/TW');

    const csv = run('export', '--db', db, '--table', 'citations', '--format', 'csv', '--bom');
    expect(csv.stdout.startsWith('\uFEFFid,document_id,type,number')).toBe(true);
    const jsonl = run('export', '--db', db, '--table', 'documents', '--format', 'jsonl').stdout.trim().split('\n');
    expect(jsonl.length).toBe(34);
    expect(run('export', '--db', db, '--table', 'nope').status).toBe(2);
  });
});
