import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../pipeline/run/ingest.js';
import { reviewedDocumentKey } from '../../../pipeline/run/index.js';
import { Store } from '../../../pipeline/store/index.js';
import { NEEDS_REVIEW } from '../../../pipeline/store/queries.js';
import { EXAMPLES, renumberedPlan } from '../../fixtures.js';
import { tmp } from '../../hostile.js';

/**
 * What the store keeps for the web page's speed (migration 9) says what it would say computed from scratch: the copy
 * that stands for each identity (`identity_primary`, kept by triggers), the review queue and the needs-review filter
 * (written out instead of read from the views), after ingest, review, re-ingest, a move and a removal.
 */

// The copy that stands for each identity, chosen as the `document_identities` view chose it before migration 9.
const FROM_SCRATCH = `SELECT k.doc_key, (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = k.doc_key
    ORDER BY x.status = 'ok' DESC, x.ocr, CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
    LIMIT 1) AS document_id, count(*) AS copies
  FROM documents k WHERE k.doc_key IS NOT NULL GROUP BY k.doc_key ORDER BY k.doc_key`;

function expectConsistent(store: Store): void {
  const db = store.db;
  expect(db.prepare('SELECT doc_key, document_id, copies FROM identity_primary ORDER BY doc_key').all()).toEqual(db.prepare(FROM_SCRATCH).all());
  const queue = db
    .prepare('SELECT document_id AS documentId, path, number, field, value, confidence, reason, page, location FROM review_queue ORDER BY document_id, field')
    .all();
  expect(store.reviewQueue()).toEqual(queue);
  const flagged = db.prepare('SELECT DISTINCT document_id FROM field_values WHERE needs_review ORDER BY document_id').pluck().all();
  expect(db.prepare(`SELECT id FROM documents d WHERE d.review_count > 0 AND ${NEEDS_REVIEW} ORDER BY id`).pluck().all()).toEqual(flagged);
}

const idOf = (store: Store, path: string) => (store.db.prepare('SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ?').get(path) as { id: number }).id;

describe('summaries kept for the web page', () => {
  it('stay what the views compute after ingest, review, re-ingest, a move and a removal', async () => {
    const dir = tmp('summaries');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const docx = join(dir, 'b', 'plan.docx');
    const pdf = join(dir, 'a', 'plan.pdf');
    const other = join(dir, 'a', 'other.txt');
    copyFileSync(join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26.docx'), docx);
    copyFileSync(join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26.pdf'), pdf);
    writeFileSync(other, renumberedPlan(77));
    const dbPath = join(dir, 'db.sqlite');
    const store = new Store(dbPath);
    await ingest([pdf, other], store, dbPath, { concurrency: 0, ocr: 'off' });
    expectConsistent(store);
    // The DOCX comes second and stands for the document over the PDF.
    await ingest([docx], store, dbPath, { concurrency: 0, ocr: 'off' });
    expectConsistent(store);
    const docxId = idOf(store, docx);
    expect(store.db.prepare('SELECT document_id, copies FROM identity_primary WHERE document_id = ?').get(docxId)).toEqual({ document_id: docxId, copies: 2 });

    // Values flagged for review (the samples read cleanly: flagged here), then one reviewed in the DOCX: gone from both copies.
    store.db.prepare("UPDATE document_fields SET review = 1, reason = 'read-unsurely' WHERE field IN ('date', 'title', 'number')").run();
    store.db.prepare("UPDATE documents SET review_count = 3, review_fields = '[\"number\",\"date\",\"title\"]'").run();
    expectConsistent(store);
    expect(store.reviewQueue().length).toBeGreaterThanOrEqual(9);
    const record = store.findDocument(String(docxId))!.record;
    store.addReview({ documentId: docxId, field: 'date', value: '2022-05-25', reviewer: 'lan', confirm: false, reviewedKey: reviewedDocumentKey(record, 'date', '2022-05-25') });
    store.addReview({ documentId: docxId, field: 'number', value: '235/KH-MTTQ-BTT', reviewer: 'lan', confirm: false, reviewedKey: reviewedDocumentKey(record, 'number', '235/KH-MTTQ-BTT') });
    expectConsistent(store);
    expect(store.reviewQueue().filter((v) => v.documentId === docxId && ['date', 'number', 'title'].includes(v.field)).map((v) => [v.field, v.number])).toEqual([['title', '235/KH-MTTQ-BTT']]);

    // A new pipeline version stores every file again.
    store.db.prepare("UPDATE files SET pipeline_version = '0.0.0-old'").run();
    store.db.prepare("UPDATE documents SET pipeline_version = '0.0.0-old'").run();
    await ingest([docx, pdf, other], store, dbPath, { concurrency: 0, ocr: 'off' });
    expectConsistent(store);

    // A copy moved, a copy's status changed, a copy removed: the other copy stands.
    store.moveFile(pdf, join(dir, 'b', 'a-plan.pdf'));
    expectConsistent(store);
    store.db.prepare("UPDATE documents SET status = 'needs-ocr' WHERE id = ?").run(idOf(store, docx));
    expectConsistent(store);
    store.recordFailure(docx, { sha256: null, size: null, mtime: null }, 'gone', 'corrupt');
    expectConsistent(store);
    expect(store.db.prepare('SELECT count(*) AS n FROM identity_primary').get()).toEqual({ n: 2 });
    store.close();
  });
});
