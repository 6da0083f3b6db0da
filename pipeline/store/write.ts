import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { isAlive } from '../core/process.js';
import { comparisonKey, foldDiacritics } from '../core/text/fold.js';
import type { AgencyField, VanbanRecord } from '../core/record.js';
import type { DocumentLinks } from '../core/model.js';
import { fieldEntries } from '../core/fields.js';

/** Writing: the `files` bookkeeping, one document and its rows per transaction, and `runs`. */

/** Bumped whenever stored rows would come out differently, so unchanged files are reprocessed. */
export const PIPELINE_VERSION = '0.6.0';

export interface FileState {
  sha256: string | null;
  status: string;
  pipeline_version: string | null;
}

export interface RunCounts {
  seen: number;
  stored: number;
  skipped: number;
  failed: number;
  /** Of the stored files, scans whose text needs OCR. */
  needsOcr: number;
  /** Files that failed before and have not changed, so were not tried again. */
  failedUnchanged?: number;
  /** Entries passed over as not documents (hidden, data files, links…). */
  ignored?: number;
}

/**
 * The statements a connection has prepared, by their SQL: a document's transaction runs some twenty
 * of them, and preparing each again for every document was a measurable part of the main thread
 * (issue 23's profile). Keyed by the connection, so a closed database takes its statements with it.
 */
const PREPARED = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement(db: Database.Database, sql: string): Database.Statement {
  let byText = PREPARED.get(db);
  if (!byText) PREPARED.set(db, (byText = new Map()));
  let prepared = byText.get(sql);
  if (!prepared) byText.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** A name as the `*_folded` columns hold it (the same as SQL's `vn_fold`): lower case, no diacritics, no punctuation. */
const folded = (name: string | null | undefined): string | null => (name ? comparisonKey(name) : null);

export function fileState(db: Database.Database, path: string): FileState | undefined {
  return statement(db, 'SELECT sha256, status, pipeline_version FROM files WHERE path = ?').get(path) as FileState | undefined;
}

/**
 * True when this exact content was already processed by this pipeline version. A scan stored
 * as needs-ocr counts as done while OCR stays off, or when OCR already read it and found no text:
 * a run that can read it reads it once, not every night.
 */
export function isUnchanged(db: Database.Database, path: string, sha256: string, ocrOn = true): boolean {
  return isUnchangedState(db, path, fileState(db, path), sha256, ocrOn);
}

/** `isUnchanged` for the file's row already read (a rerun reads it once per file, not twice). */
function isUnchangedState(db: Database.Database, path: string, state: FileState | undefined, sha256: string, ocrOn: boolean): boolean {
  if (!state || state.sha256 !== sha256 || state.pipeline_version !== PIPELINE_VERSION || state.status === 'failed') return false;
  if (!ocrOn || state.status !== 'needs-ocr') return true;
  const read = statement(db, 'SELECT d.ocr FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ?').get(path) as { ocr: number } | undefined;
  return read?.ocr === 1;
}

/**
 * What a rerun may conclude from a file's size and mtime alone, before reading it: `unchanged`
 * when this pipeline version stored it with the same size and mtime (and `isUnchanged` would
 * say so of its content), `failed-before` when it failed with them, else null (read and hash it).
 * A nightly run over an unchanged archive thus opens no file (issue 23).
 */
export function stateByStat(db: Database.Database, path: string, size: number, mtime: number, ocrOn = true): 'unchanged' | 'failed-before' | null {
  const state = statement(db, 'SELECT sha256, status, pipeline_version, size, mtime FROM files WHERE path = ?').get(path) as
    | (FileState & { size: number | null; mtime: number | null })
    | undefined;
  if (!state || state.pipeline_version !== PIPELINE_VERSION || state.size !== size || state.mtime !== mtime || state.sha256 === null) return null;
  if (state.status === 'failed') return 'failed-before';
  return isUnchangedState(db, path, state, state.sha256, ocrOn) ? 'unchanged' : null;
}

/** True when this exact content already failed with this pipeline version: trying it again would fail the same way. */
export function failedUnchanged(db: Database.Database, path: string, sha256: string): boolean {
  const state = fileState(db, path);
  return state?.status === 'failed' && state.sha256 === sha256 && state.pipeline_version === PIPELINE_VERSION;
}

function upsertFile(db: Database.Database, path: string, fields: { sha256: string | null; size: number | null; mtime: number | null; status: string; error: string | null; errorCode: string | null }): number {
  const now = new Date().toISOString();
  statement(db,
    `INSERT INTO files (path, sha256, size, mtime, status, error, error_code, pipeline_version, updated_at)
     VALUES (@path, @sha256, @size, @mtime, @status, @error, @errorCode, @version, @now)
     ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime = excluded.mtime,
       status = excluded.status, error = excluded.error, error_code = excluded.error_code,
       pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at`,
  ).run({ path, ...fields, version: PIPELINE_VERSION, now });
  return (statement(db, 'SELECT id FROM files WHERE path = ?').get(path) as { id: number }).id;
}

/** A stored file moved to another path (a name taken in done/ meanwhile): its row and record follow. */
export function moveFile(db: Database.Database, from: string, to: string): void {
  db.transaction(() => {
    const row = statement(db, 'SELECT id FROM files WHERE path = ?').get(from) as { id: number } | undefined;
    if (!row) return;
    statement(db, 'DELETE FROM files WHERE path = ?').run(to);
    statement(db, 'UPDATE files SET path = ? WHERE id = ?').run(to, row.id);
    statement(db, "UPDATE documents SET record_json = json_set(record_json, '$.source.path', ?) WHERE file_id = ?").run(to, row.id);
  })();
}

/** Records a file that could not be processed; any earlier document of that path is removed. */
export function recordFailure(db: Database.Database, path: string, info: { sha256: string | null; size: number | null; mtime: number | null }, error: string, code: string): void {
  db.transaction(() => {
    const fileId = upsertFile(db, path, { ...info, status: 'failed', error, errorCode: code });
    deleteDocumentOfFile(db, fileId);
  })();
}

function deleteDocumentOfFile(db: Database.Database, fileId: number): void {
  const old = statement(db, 'SELECT id FROM documents WHERE file_id = ?').get(fileId) as { id: number } | undefined;
  if (!old) return;
  statement(db, 'DELETE FROM documents_fts WHERE rowid = ?').run(old.id);
  statement(db, 'DELETE FROM documents WHERE id = ?').run(old.id);
}

/** Stores one document and everything extracted from it, replacing earlier rows atomically. */
export function saveDocument(db: Database.Database, record: VanbanRecord, text: string, info: { size: number; mtime: number }, links: DocumentLinks): number {
  const now = new Date().toISOString();
  return db.transaction(() => {
    const fileId = upsertFile(db, record.source.path, {
      sha256: record.source.sha256,
      size: info.size,
      mtime: info.mtime,
      status: record.status === 'ok' ? 'stored' : record.status,
      error: null,
      errorCode: null,
    });
    const created = (statement(db, 'SELECT created_at FROM documents WHERE file_id = ?').get(fileId) as { created_at: string } | undefined)?.created_at;
    deleteDocumentOfFile(db, fileId);
    const { text: _omit, ...recordWithoutText } = record;
    const fields = fieldEntries(record);
    const flagged = fields.filter((f) => f.review);
    const row = {
      fileId,
      sha256: record.source.sha256,
      format: record.source.format,
      pages: record.source.pages,
      ocr: record.source.ocr ? 1 : 0,
      ocrEngine: record.source.ocrEngine,
      ocrConfidence: record.source.ocrConfidence,
      status: record.status,
      docType: record.docType?.code ?? null,
      docTypeName: record.docType?.name ?? null,
      numberRaw: record.number?.raw ?? null,
      numberSeq: record.number?.seq ?? null,
      numberSymbol: record.number?.symbol ?? null,
      numberSystem: record.number?.system ?? null,
      place: record.place?.value ?? null,
      dateRaw: record.date?.raw ?? null,
      dateYear: record.date?.year ?? null,
      dateMonth: record.date?.month ?? null,
      dateDay: record.date?.day ?? null,
      dateIso: record.date?.iso ?? null,
      issuerName: record.issuer?.name ?? null,
      issuerFolded: folded(record.issuer?.name),
      signerFolded: folded(record.signer?.name),
      provinceFolded: folded(links.province),
      issuerLines: record.issuer ? JSON.stringify(record.issuer.lines) : null,
      title: record.title?.value ?? null,
      addressees: JSON.stringify(record.addressees.map((a) => a.name)),
      signerName: record.signer?.name ?? null,
      signerAuthority: record.signer?.authority ?? null,
      signerLines: record.signer ? JSON.stringify(record.signer.lines) : null,
      archive: record.archive?.value ?? null,
      province: links.province,
      year: links.year,
      docKey: links.docKey,
      issued: links.issued,
      warnings: JSON.stringify(record.warnings),
      recordJson: JSON.stringify(recordWithoutText),
      text,
      version: PIPELINE_VERSION,
      created: created ?? now,
      now,
      docTypeConfidence: record.docType?.confidence ?? null,
      numberConfidence: record.number?.confidence ?? null,
      dateConfidence: record.date?.confidence ?? null,
      issuerConfidence: record.issuer?.confidence ?? null,
      titleConfidence: record.title?.confidence ?? null,
      signerConfidence: record.signer?.confidence ?? null,
      reviewCount: flagged.length,
      reviewFields: JSON.stringify(flagged.map((f) => f.field)),
    };
    const { lastInsertRowid } = statement(
        db,
        `INSERT INTO documents (file_id, sha256, format, pages, ocr, ocr_engine, ocr_confidence, status, doc_type, doc_type_name, number_raw, number_seq,
           number_symbol, number_system, place, date_raw, date_year, date_month, date_day, date_iso, issuer_name, issuer_lines,
           title, addressees, signer_name, signer_authority, signer_lines, archive, province, year, doc_key, issued, warnings,
           record_json, text, pipeline_version, created_at, updated_at, issuer_folded, signer_folded, province_folded,
           doc_type_confidence, number_confidence, date_confidence, issuer_confidence, title_confidence, signer_confidence, review_count, review_fields)
         VALUES (@fileId, @sha256, @format, @pages, @ocr, @ocrEngine, @ocrConfidence, @status, @docType, @docTypeName, @numberRaw, @numberSeq,
           @numberSymbol, @numberSystem, @place, @dateRaw, @dateYear, @dateMonth, @dateDay, @dateIso, @issuerName, @issuerLines,
           @title, @addressees, @signerName, @signerAuthority, @signerLines, @archive, @province, @year, @docKey, @issued, @warnings,
           @recordJson, @text, @version, @created, @now, @issuerFolded, @signerFolded, @provinceFolded,
           @docTypeConfidence, @numberConfidence, @dateConfidence, @issuerConfidence, @titleConfidence, @signerConfidence, @reviewCount, @reviewFields)`,
      )
      .run(row);
    const id = Number(lastInsertRowid);
    const field = statement(db,
      'INSERT INTO document_fields (document_id, field, value, confidence, review, reason, page, location, span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?,?)',
    );
    for (const f of fields) {
      field.run(id, f.field, f.value, f.confidence, f.review ? 1 : 0, f.reason, f.location?.page ?? null, f.location ? JSON.stringify({ ...f.location, page: undefined }) : null, f.span?.[0] ?? null, f.span?.[1] ?? null);
    }
    const ocrPage = statement(db, 'INSERT INTO ocr_pages (document_id, page, confidence, dpi, words, ms, status) VALUES (?,?,?,?,?,?,?)');
    for (const p of record.source.ocrPages) ocrPage.run(id, p.page, p.confidence, p.dpi, p.words, p.ms, p.status);
    const citation = statement(db,
      'INSERT INTO citations (document_id, type, number, name, date, issuer, relation, mentions, first_start, first_end, cited_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
    );
    for (const [i, c] of record.citations.entries()) {
      const [first] = c.mentions;
      citation.run(id, c.type, c.number, c.name, c.date, c.issuer, c.relation, c.mentions.length, first?.[0] ?? null, first?.[1] ?? null, links.citedKeys[i] ?? null);
    }
    const recipient = statement(db, 'INSERT INTO recipients (document_id, position, name, purpose, span_start, span_end) VALUES (?,?,?,?,?,?)');
    const recipientIds = record.recipients.map((r, i) => Number(recipient.run(id, i + 1, r.name, r.purpose, r.span[0], r.span[1]).lastInsertRowid));
    const task = statement(db,
      `INSERT INTO tasks (document_id, section, text, lead, partners, deadline, deadline_date, deadline_text, frequency, source, confidence, span_start, span_end)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    const taskIds = record.tasks.map((t) => {
      const isDate = t.deadline !== null && /^\d{4}-\d{2}-\d{2}$/.test(t.deadline);
      const { lastInsertRowid } = task.run(id, t.section, t.text, JSON.stringify(t.lead), JSON.stringify(t.partners), t.deadline, isDate ? t.deadline : null,
        isDate ? null : t.deadline, t.frequency, t.source, t.confidence, t.span[0], t.span[1]);
      return Number(lastInsertRowid);
    });
    saveAgencyMentions(db, id, record, recipientIds, taskIds, links);
    const correction = statement(db, 'INSERT INTO corrections (document_id, span_start, span_end, from_text, to_text, reason) VALUES (?,?,?,?,?,?)');
    for (const c of record.corrections) correction.run(id, c.span[0], c.span[1], c.from, c.to, c.reason);
    const title = record.title?.value ?? '';
    const issuer = record.issuer?.name ?? '';
    statement(db, 'INSERT INTO documents_fts (rowid, title, issuer, text, folded) VALUES (?,?,?,?,?)').run(
      id,
      title,
      issuer,
      text,
      foldDiacritics(`${title}\n${issuer}\n${text}`.toLocaleLowerCase('vi')),
    );
    return id;
  })();
}

/**
 * Links every agency the record names to its `agencies` row. The extractor has already named
 * each body canonically within its document; across documents, a name not seen before is
 * compared with the stored agencies of the same kind and province, and taken for one of them
 * when similar enough (an OCR or typing variant) — the decision is kept in `agency_variants`, so
 * the same spelling always resolves the same way.
 */
function saveAgencyMentions(db: Database.Database, documentId: number, record: VanbanRecord, recipientIds: number[], taskIds: number[], links: DocumentLinks): void {
  const mention = statement(db,
    `INSERT INTO agency_mentions (agency_id, document_id, role, task_id, recipient_id, printed, official, match, span_start, span_end)
     VALUES (?,?,?,?,?,?,?,?,?,?)`,
  );
  for (const agency of record.agencies) {
    const { id: agencyId, similar } = resolveAgency(db, agency, links);
    for (const m of agency.mentions) {
      const taskId = (m.role === 'lead' || m.role === 'partner') && m.item !== null ? (taskIds[m.item] ?? null) : null;
      const recipientId = m.role === 'recipient' && m.item !== null ? (recipientIds[m.item] ?? null) : null;
      mention.run(agencyId, documentId, m.role, taskId, recipientId, m.text, m.official, similar ? 'similar' : m.match, m.span[0], m.span[1]);
    }
  }
}

function resolveAgency(db: Database.Database, agency: AgencyField, links: DocumentLinks): { id: number; similar: boolean } {
  const known = statement(db, 'SELECT id FROM agencies WHERE key = ?').get(agency.key) as { id: number } | undefined;
  if (known) {
    // Spellings with one key ("Các Bộ" / "Các bộ") name the agency by the least of them, so the
    // name never depends on which document was stored first.
    statement(db, 'UPDATE agencies SET name = ?, name_folded = ? WHERE id = ? AND name > ?').run(agency.name, folded(agency.name), known.id, agency.name);
    return { id: known.id, similar: false };
  }
  const variant = statement(db, 'SELECT agency_id AS id FROM agency_variants WHERE key = ?').get(agency.key) as { id: number } | undefined;
  if (variant) return { id: variant.id, similar: true };
  if (!agency.collective) {
    const candidates = statement(db, 'SELECT id, name FROM agencies WHERE kind = ? AND province IS ? AND collective = 0')
      .all(agency.kind, agency.province) as Array<{ id: number; name: string }>;
    const best = links.matchAgency(agency.name, candidates, agency.province);
    if (best) {
      statement(db, 'INSERT INTO agency_variants (key, agency_id, name, similarity) VALUES (?,?,?,?)').run(agency.key, best.id, agency.name, best.similarity);
      return { id: best.id, similar: true };
    }
  }
  const { lastInsertRowid } = statement(db, 'INSERT INTO agencies (key, name, kind, province, collective, name_folded, province_folded) VALUES (?,?,?,?,?,?,?)')
    .run(agency.key, agency.name, agency.kind, agency.province, agency.collective ? 1 : 0, folded(agency.name), folded(agency.province));
  return { id: Number(lastInsertRowid), similar: false };
}

/**
 * Opens a `runs` row. Runs left `running` by a process that no longer exists on this host were
 * killed mid-way: they are marked `interrupted` (their finished files are stored; the rest are
 * picked up by the next run, since unchanged stored files are skipped).
 */
export function startRun(db: Database.Database, command: string): number {
  const host = hostname();
  const stale = statement(db, "SELECT id, pid FROM runs WHERE status = 'running' AND host = ?").all(host) as Array<{ id: number; pid: number | null }>;
  for (const run of stale) {
    if (run.pid !== null && run.pid !== process.pid && isAlive(run.pid)) continue;
    statement(db, "UPDATE runs SET status = 'interrupted' WHERE id = ?").run(run.id);
  }
  const { lastInsertRowid } = db
    .prepare("INSERT INTO runs (started_at, command, pipeline_version, status, pid, host) VALUES (?, ?, ?, 'running', ?, ?)")
    .run(new Date().toISOString(), command, PIPELINE_VERSION, process.pid, host);
  return Number(lastInsertRowid);
}

/** How a run ended: all done; stopped on request (Ctrl-C, SIGTERM) with the files in hand finished; or stopped by a fault (a full disk). */
export type RunEnd = 'finished' | 'interrupted' | 'stopped';

/** Updates a run's counts; `end` closes it. */
export function updateRun(db: Database.Database, runId: number, counts: RunCounts, durationMs: number, end: RunEnd | null = null): void {
  statement(db,
    `UPDATE runs SET finished_at = ?, status = ?, files_seen = ?, files_stored = ?, files_skipped = ?, files_failed = ?,
       files_needing_ocr = ?, files_failed_unchanged = ?, files_ignored = ?, duration_ms = ? WHERE id = ?`,
  ).run(
    end ? new Date().toISOString() : null,
    end ?? 'running',
    counts.seen,
    counts.stored,
    counts.skipped,
    counts.failed,
    counts.needsOcr,
    counts.failedUnchanged ?? 0,
    counts.ignored ?? 0,
    durationMs,
    runId,
  );
}
