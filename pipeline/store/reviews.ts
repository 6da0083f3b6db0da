import type Database from 'better-sqlite3';
import { isFieldPath, SCALAR_FIELDS } from '../core/fields.js';
import { UNREVIEWED } from './queries.js';
import { PIPELINE_VERSION } from './write.js';

/** The review of a document's number that stands (as in the \`field_reviews\` view), for \`x\`. */
const LATEST_NUMBER_REVIEW = `reviews r WHERE r.field = 'number' AND (r.sha256 = x.sha256 OR r.doc_key = x.doc_key OR r.reviewed_key = x.doc_key)
  ORDER BY r.id DESC LIMIT 1`;

/**
 * Human review: a person confirms or corrects one value of a stored document. Reviews are rows
 * of their own (`reviews`), keyed by the reviewed file's content and the document's identity, so
 * no ingest deletes them; the views (`field_values`, `documents_flat`, `review_queue`,
 * `review_conflicts`) put the latest review over whatever the current extraction says.
 */

export type ReviewAction = 'confirm' | 'correct';

export interface ReviewInput {
  documentId: number;
  field: string;
  value: string;
  /** Who reviewed: a name given by the person, else the operating-system user. */
  reviewer: string;
  /** True when the person means to confirm the value shown: refused if `value` differs from it. */
  confirm?: boolean;
  /** The identity key the document has with the reviewed value (pipeline/link), when it differs from the stored one. */
  reviewedKey?: string | null;
}

export interface ReviewRow {
  id: number;
  field: string;
  valueBefore: string | null;
  valueAfter: string | null;
  action: ReviewAction;
  reviewer: string;
  reviewedAt: string;
  /** The file content and identity the review was made on. */
  sha256: string;
  docKey: string | null;
  /** True for the latest review of its field that applies to the document: the one the views show. */
  stands: boolean;
}

export interface QueuedValue {
  documentId: number;
  path: string;
  number: string | null;
  field: string;
  value: string | null;
  confidence: number | null;
  reason: string | null;
  page: number | null;
  /** JSON, as in `document_fields.location`. */
  location: string | null;
}

export interface ReviewConflict {
  documentId: number;
  path: string;
  field: string;
  reviewedValue: string | null;
  extractedValue: string | null;
  valueBefore: string | null;
  /** True when the extraction is not the one the reviewer saw (a new version or another copy). */
  changed: boolean;
  reviewer: string;
  reviewedAt: string;
}

/** A review the store refuses: `reason` names the message (data/messages.ts `review.*`). */
export class ReviewError extends Error {
  constructor(
    readonly reason: 'noDocument' | 'badField' | 'noSuchItem' | 'notConfirmed',
    readonly details: Record<string, string | number> = {},
  ) {
    super(`review refused: ${reason}`);
    this.name = 'ReviewError';
  }
}

/** The value of a field as the views show it now (reviewed over extracted); undefined when the document has no such field. */
function currentValue(db: Database.Database, documentId: number, field: string): { value: string | null } | undefined {
  return db.prepare('SELECT value FROM field_values WHERE document_id = ? AND field = ?').get(documentId, field) as { value: string | null } | undefined;
}

/** Writes one review and returns it. The value a person confirms must be the one shown. */
export function addReview(db: Database.Database, input: ReviewInput): ReviewRow {
  const doc = db.prepare('SELECT id, sha256, doc_key, pipeline_version FROM documents WHERE id = ?').get(input.documentId) as
    | { id: number; sha256: string; doc_key: string | null; pipeline_version: string }
    | undefined;
  if (!doc) throw new ReviewError('noDocument', { id: input.documentId });
  if (!isFieldPath(input.field)) throw new ReviewError('badField', { field: input.field, fields: SCALAR_FIELDS.join(', ') });
  const shown = currentValue(db, doc.id, input.field);
  if (!shown) throw new ReviewError('noSuchItem', { field: input.field, id: doc.id });
  const value = input.value.trim();
  const action: ReviewAction = shown.value === value ? 'confirm' : 'correct';
  if (input.confirm && action !== 'confirm') throw new ReviewError('notConfirmed', { field: input.field, shown: shown.value ?? '—', value });
  const reviewedAt = new Date().toISOString();
  // A review of a field outside the identity keeps the identity an earlier correction gave (the
  // title reviewed after the number was corrected reaches the copy that prints the right number).
  const inherited = db
    .prepare(
      `SELECT r.reviewed_key AS key FROM field_reviews f JOIN reviews r ON r.id = f.review_id
       WHERE f.document_id = ? AND r.reviewed_key IS NOT NULL ORDER BY r.id DESC LIMIT 1`,
    )
    .get(doc.id) as { key: string } | undefined;
  const reviewedKey = input.reviewedKey && input.reviewedKey !== doc.doc_key ? input.reviewedKey : (inherited?.key ?? null);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO reviews (sha256, doc_key, reviewed_key, document_id, field, value_before, value_after, action, reviewer, reviewed_at, pipeline_version)
       VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(doc.sha256, doc.doc_key, reviewedKey, doc.id, input.field, shown.value, value, action, input.reviewer, reviewedAt, doc.pipeline_version ?? PIPELINE_VERSION);
  return {
    id: Number(lastInsertRowid),
    field: input.field,
    valueBefore: shown.value,
    valueAfter: value,
    action,
    reviewer: input.reviewer,
    reviewedAt,
    sha256: doc.sha256,
    docKey: doc.doc_key,
    stands: true,
  };
}

/** Every review that applies to a stored document (its content, its identity, or the identity a correction gave), oldest first. */
export function reviewsFor(db: Database.Database, documentId: number): ReviewRow[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.field, r.value_before AS valueBefore, r.value_after AS valueAfter, r.action, r.reviewer, r.reviewed_at AS reviewedAt,
              r.sha256, r.doc_key AS docKey,
              EXISTS (SELECT 1 FROM field_reviews s WHERE s.document_id = d.id AND s.review_id = r.id) AS stands
       FROM documents d JOIN reviews r ON r.sha256 = d.sha256 OR r.doc_key = d.doc_key OR r.reviewed_key = d.doc_key
       WHERE d.id = ? ORDER BY r.id`,
    )
    .all(documentId) as Array<Omit<ReviewRow, 'stands'> & { stands: number }>;
  return rows.map((r) => ({ ...r, stands: r.stands === 1 }));
}

/** The values waiting for a person (the `review_queue` view), for one document or all. */
export function reviewQueue(db: Database.Database, options: { documentId?: number; limit?: number } = {}): QueuedValue[] {
  const where = options.documentId === undefined ? '' : 'AND d.id = @documentId';
  return db
    .prepare(
      // The `review_queue` view, written out: the view reads `documents_flat` (every count of every document) and
      // materializes every review first, 1.5 s on 10,000 documents. Documents without an identity key stay out, as there.
      `SELECT f.document_id AS documentId, fl.path,
              CASE WHEN EXISTS (SELECT 1 FROM ${LATEST_NUMBER_REVIEW}) THEN (SELECT r.value_after FROM ${LATEST_NUMBER_REVIEW}) ELSE x.number_raw END AS number,
              f.field, f.value, f.confidence, f.reason, f.page, f.location
       FROM documents d INDEXED BY documents_facets JOIN document_fields f ON f.document_id = d.id
         JOIN documents x INDEXED BY documents_edges ON x.id = d.id JOIN documents y ON y.id = d.id JOIN files fl ON fl.id = y.file_id
       WHERE d.review_count > 0 AND x.doc_key IS NOT NULL AND ${UNREVIEWED} ${where}
       ORDER BY f.document_id, f.field LIMIT @limit`,
    )
    .all({ ...(options.documentId === undefined ? {} : { documentId: options.documentId }), limit: options.limit ?? -1 }) as QueuedValue[];
}

/** Reviewed values the current extraction disagrees with (the `review_conflicts` view). */
export function reviewConflicts(db: Database.Database, documentId?: number): ReviewConflict[] {
  const where = documentId === undefined ? '' : 'WHERE document_id = ?';
  const rows = db
    .prepare(
      `SELECT document_id AS documentId, path, field, reviewed_value AS reviewedValue, extracted_value AS extractedValue,
              value_before AS valueBefore, changed, reviewer, reviewed_at AS reviewedAt
       FROM review_conflicts ${where} ORDER BY document_id, field`,
    )
    .all(...(documentId === undefined ? [] : [documentId])) as Array<Omit<ReviewConflict, 'changed'> & { changed: number }>;
  return rows.map((r) => ({ ...r, changed: r.changed === 1 }));
}
