import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../pipeline/run/ingest.js';
import { reviewedDocumentKey } from '../../../pipeline/run/index.js';
import { ReviewError, Store } from '../../../pipeline/store/index.js';
import { EXAMPLES, SEED_TEXT } from '../../fixtures.js';
import { tmp, vanban } from '../../hostile.js';

/** Human reviews: kept apart from the extraction, so no re-ingest loses or silently overrides them. */

const SEED_NUMBER = '234/KH-MTTQ-BTT';

async function ingested(dir: string, paths: string[]): Promise<Store> {
  const dbPath = join(dir, 'db.sqlite');
  const store = new Store(dbPath);
  await ingest(paths, store, dbPath, { concurrency: 0, ocr: 'off' });
  return store;
}

const idOf = (store: Store, path: string) => (store.db.prepare('SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ?').get(path) as { id: number }).id;
const flat = (store: Store, id: number) =>
  store.db.prepare('SELECT number, number_source, issued, issued_source, title, title_source, needs_review, reviewed FROM documents_flat WHERE id = ?').get(id) as Record<string, unknown>;

function review(store: Store, documentId: number, field: string, value: string, confirm = false) {
  const record = store.findDocument(String(documentId))!.record;
  return store.addReview({ documentId, field, value, reviewer: 'lan', confirm, reviewedKey: reviewedDocumentKey(record, field, value) });
}

describe('reviews', () => {
  it('survive a re-ingest by a new pipeline version, and the reviewed value stands over the extracted one', async () => {
    const dir = tmp('review-version');
    const file = join(dir, 'plan.txt');
    writeFileSync(file, SEED_TEXT);
    const store = await ingested(dir, [file]);
    const before = idOf(store, file);
    const made = review(store, before, 'number', '235/KH-MTTQ-BTT');
    expect(made).toMatchObject({ action: 'correct', valueBefore: SEED_NUMBER, valueAfter: '235/KH-MTTQ-BTT', reviewer: 'lan' });
    expect(flat(store, before)).toMatchObject({ number: '235/KH-MTTQ-BTT', number_source: 'reviewed', reviewed: 1 });

    // A new pipeline version: the stored version string no longer matches, so the file is read and stored again.
    store.db.prepare("UPDATE files SET pipeline_version = '0.0.0-old'").run();
    store.db.prepare("UPDATE documents SET pipeline_version = '0.0.0-old'").run();
    await ingest([file], store, store.path, { concurrency: 0, ocr: 'off' });
    const after = idOf(store, file);
    // Stored again by this version (the row was replaced; its id may be reused).
    expect(store.db.prepare('SELECT pipeline_version FROM documents WHERE id = ?').get(after)).toEqual({ pipeline_version: expect.not.stringMatching('old') });
    expect(flat(store, after)).toMatchObject({ number: '235/KH-MTTQ-BTT', number_source: 'reviewed' });
    expect(store.reviewsFor(after)).toEqual([expect.objectContaining({ id: made.id, stands: true })]);
    // The extraction still says 234: listed as a disagreement, the review standing.
    expect(store.reviewConflicts(after)).toEqual([
      expect.objectContaining({ field: 'number', reviewedValue: '235/KH-MTTQ-BTT', extractedValue: SEED_NUMBER, changed: false }),
    ]);
    store.close();
  });

  it('reach the PDF of a document reviewed in its DOCX, and a copy of the file elsewhere', async () => {
    const dir = tmp('review-copies');
    const docx = join(dir, 'a', 'plan.docx');
    const pdf = join(dir, 'b', 'plan.pdf');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    copyFileSync(join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26.docx'), docx);
    const store = await ingested(dir, [docx]);
    const docxId = idOf(store, docx);
    expect(store.db.prepare("SELECT value FROM document_fields WHERE document_id = ? AND field = 'number'").get(docxId)).toEqual({ value: SEED_NUMBER });
    review(store, docxId, 'number', SEED_NUMBER, true);
    review(store, docxId, 'date', '2022-05-25');

    copyFileSync(join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26.pdf'), pdf);
    await ingest([pdf], store, store.path, { concurrency: 0, ocr: 'off' });
    const pdfId = idOf(store, pdf);
    // The store keeps each value's place: the PDF's number on page 1, in the top left quarter.
    const stored = store.db.prepare("SELECT page, location FROM document_fields WHERE document_id = ? AND field = 'number'").get(pdfId) as { page: number; location: string };
    expect(stored.page).toBe(1);
    expect(JSON.parse(stored.location).boxes[0]).toMatchObject({ page: 1, left: expect.any(Number), top: expect.any(Number) });
    expect(JSON.parse(stored.location).boxes[0].top).toBeLessThan(842 / 4);
    expect(flat(store, pdfId)).toMatchObject({ number: SEED_NUMBER, number_source: 'reviewed', issued: '2022-05-25', issued_source: 'reviewed', reviewed: 2 });
    expect(store.reviewsFor(pdfId).map((r) => [r.field, r.action])).toEqual([['number', 'confirm'], ['date', 'correct']]);

    // The DOCX moved to another folder: same content, same reviews.
    const moved = join(dir, 'b', 'moved.docx');
    renameSync(docx, moved);
    await ingest([moved], store, store.path, { concurrency: 0, ocr: 'off' });
    expect(flat(store, idOf(store, moved))).toMatchObject({ issued: '2022-05-25', issued_source: 'reviewed' });
    store.close();
  });

  it('follow a corrected number to the copy that prints it right, and list a new extraction that disagrees', async () => {
    const dir = tmp('review-key');
    const misread = join(dir, 'misread.txt');
    writeFileSync(misread, SEED_TEXT.replace(SEED_NUMBER, '284/KH-MTTQ-BTT'));
    const store = await ingested(dir, [misread]);
    review(store, idOf(store, misread), 'number', SEED_NUMBER);
    review(store, idOf(store, misread), 'title', 'Kế hoạch đã duyệt');
    // The right copy, another file: reached through the identity the correction gave.
    const right = join(dir, 'right.txt');
    writeFileSync(right, SEED_TEXT.replace(/\n\n/, '\n\n\n'));
    await ingest([right], store, store.path, { concurrency: 0, ocr: 'off' });
    const rightId = idOf(store, right);
    expect(flat(store, rightId)).toMatchObject({ number: SEED_NUMBER, number_source: 'reviewed', title: 'Kế hoạch đã duyệt', title_source: 'reviewed' });
    // Its title is not the one the reviewer corrected from... it is the same extraction, so not "changed"; the number agrees.
    const conflicts = store.reviewConflicts(rightId);
    expect(conflicts.map((c) => c.field)).toEqual(['title']);
    expect(conflicts[0]!.changed).toBe(false);
    store.close();
  });

  it('are refused for an unknown field, a missing item, or a confirmation of another value', async () => {
    const dir = tmp('review-refused');
    const file = join(dir, 'plan.txt');
    writeFileSync(file, SEED_TEXT);
    const store = await ingested(dir, [file]);
    const id = idOf(store, file);
    expect(() => review(store, id, 'nonsense', 'x')).toThrow(ReviewError);
    expect(() => review(store, id, 'tasks[999].deadline', '2024-01-01')).toThrow(expect.objectContaining({ reason: 'noSuchItem' }));
    expect(() => review(store, id, 'number', '1/KH', true)).toThrow(expect.objectContaining({ reason: 'notConfirmed' }));
    expect(store.db.prepare('SELECT count(*) AS n FROM reviews').get()).toEqual({ n: 0 });
    store.close();
  });

  it('are made with `vanban review` and exported with the reviewed value', async () => {
    const dir = tmp('review-cli');
    const file = join(dir, 'plan.txt');
    writeFileSync(file, SEED_TEXT);
    const store = await ingested(dir, [file]);
    const id = idOf(store, file);
    store.close();
    const db = join(dir, 'db.sqlite');
    const out = vanban(['review', String(id), 'number', '235/KH-MTTQ-BTT', '--by', 'Lan', '--db', db], { env: { VANBAN_LANG: 'en' } });
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(`Corrected #${id} number: ${SEED_NUMBER} → 235/KH-MTTQ-BTT (by Lan).\n`);
    const refused = vanban(['review', String(id), 'number', '9/KH', '--confirm', '--db', db], { env: { VANBAN_LANG: 'en' } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--confirm: number is "235\/KH-MTTQ-BTT", not "9\/KH"/);
    const csv = vanban(['export', '--table', 'documents_flat', '--format', 'jsonl', '--db', db]);
    expect(JSON.parse(csv.stdout.trim())).toMatchObject({ number: '235/KH-MTTQ-BTT', number_source: 'reviewed' });
  });
});
