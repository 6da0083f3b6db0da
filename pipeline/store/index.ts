import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { foldDiacritics } from '../core/text/fold.js';
import type { AgencyField, VanbanRecord } from '../core/record.js';
import type { DocumentLinks } from '../core/model.js';
import { openDatabase } from './migrate.js';

/**
 * The SQLite store — the only folder that knows SQL. WAL mode, versioned migrations
 * (`PRAGMA user_version`, migrations/*.sql, opened in migrate.ts), one transaction per document,
 * FTS5 over the normalized text and a diacritic-folded copy (đ→d included) so `dang` finds `Đảng`.
 */

/** Bumped whenever stored rows would come out differently, so unchanged files are reprocessed. */
export const PIPELINE_VERSION = '0.4.0';

export interface FileState {
  sha256: string | null;
  status: string;
  pipeline_version: string | null;
}

export interface SearchHit {
  id: number;
  path: string;
  docType: string | null;
  number: string | null;
  /** As precisely as printed: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null;
  issuer: string | null;
  province: string | null;
  title: string | null;
  snippet: string;
  rank: number;
}

export interface SearchFilters {
  /** Type code ("KH") or name ("Kế hoạch", "ke hoach"). */
  type?: string;
  /** Part of the issuer's name, with or without diacritics. */
  issuer?: string;
  province?: string;
  year?: number;
  limit?: number;
}

export interface SchemaRelation {
  name: string;
  kind: 'table' | 'view';
  sql: string;
  columns: Array<{ name: string; type: string; hidden: boolean }>;
}

/** One end of a citation edge, as `show` prints it. */
export interface CitationLink {
  relation: string;
  type: string | null;
  number: string | null;
  name: string | null;
  date: string | null;
  issuer: string | null;
  /** The stored document at the other end, or null when it is not in the database. */
  documentId: number | null;
}

export interface RunCounts {
  seen: number;
  stored: number;
  skipped: number;
  failed: number;
  /** Of the stored files, scans whose text needs OCR. */
  needsOcr: number;
}

/**
 * The FTS5 MATCH expression for a query. A query typed without diacritics ("dang") searches the
 * folded copy, so it finds every spelling ("Đảng", "đang", "dạng"); a query typed with them
 * ("Đảng") searches the printed text, whose tokenizer drops tone marks but keeps đ apart from d,
 * so it no longer finds "dạng".
 */
function ftsQuery(query: string): string | null {
  const lower = query.toLocaleLowerCase('vi');
  const tokens = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tokens.length === 0) return null;
  const columns = foldDiacritics(lower) === lower ? '{title issuer text folded}' : '{title issuer text}';
  return `${columns} : (${tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')})`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Store {
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = openDatabase(path);
  }

  close(): void {
    this.db.close();
  }

  fileState(path: string): FileState | undefined {
    return this.db.prepare('SELECT sha256, status, pipeline_version FROM files WHERE path = ?').get(path) as FileState | undefined;
  }

  /**
   * True when this exact content was already processed by this pipeline version. A scan stored
   * as needs-ocr counts as done only while OCR stays off: a run that can read it reads it.
   */
  isUnchanged(path: string, sha256: string, ocrOn = true): boolean {
    const state = this.fileState(path);
    if (!state || state.sha256 !== sha256 || state.pipeline_version !== PIPELINE_VERSION || state.status === 'failed') return false;
    return !(ocrOn && state.status === 'needs-ocr');
  }

  private upsertFile(path: string, fields: { sha256: string | null; size: number | null; mtime: number | null; status: string; error: string | null; errorCode: string | null }): number {
    const now = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO files (path, sha256, size, mtime, status, error, error_code, pipeline_version, updated_at)
         VALUES (@path, @sha256, @size, @mtime, @status, @error, @errorCode, @version, @now)
         ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime = excluded.mtime,
           status = excluded.status, error = excluded.error, error_code = excluded.error_code,
           pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at`,
      )
      .run({ path, ...fields, version: PIPELINE_VERSION, now });
    return (this.db.prepare('SELECT id FROM files WHERE path = ?').get(path) as { id: number }).id;
  }

  /** Records a file that could not be processed; any earlier document of that path is removed. */
  recordFailure(path: string, info: { sha256: string | null; size: number | null; mtime: number | null }, error: string, code: string): void {
    this.db.transaction(() => {
      const fileId = this.upsertFile(path, { ...info, status: 'failed', error, errorCode: code });
      this.deleteDocumentOfFile(fileId);
    })();
  }

  private deleteDocumentOfFile(fileId: number): void {
    const old = this.db.prepare('SELECT id FROM documents WHERE file_id = ?').get(fileId) as { id: number } | undefined;
    if (!old) return;
    this.db.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(old.id);
    this.db.prepare('DELETE FROM documents WHERE id = ?').run(old.id);
  }

  /** Stores one document and everything extracted from it, replacing earlier rows atomically. */
  saveDocument(record: VanbanRecord, text: string, info: { size: number; mtime: number }, links: DocumentLinks): number {
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      const fileId = this.upsertFile(record.source.path, {
        sha256: record.source.sha256,
        size: info.size,
        mtime: info.mtime,
        status: record.status === 'ok' ? 'stored' : record.status,
        error: null,
        errorCode: null,
      });
      const created = (this.db.prepare('SELECT created_at FROM documents WHERE file_id = ?').get(fileId) as { created_at: string } | undefined)?.created_at;
      this.deleteDocumentOfFile(fileId);
      const { text: _omit, ...recordWithoutText } = record;
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
      };
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO documents (file_id, sha256, format, pages, ocr, ocr_engine, ocr_confidence, status, doc_type, doc_type_name, number_raw, number_seq,
             number_symbol, number_system, place, date_raw, date_year, date_month, date_day, date_iso, issuer_name, issuer_lines,
             title, addressees, signer_name, signer_authority, signer_lines, archive, province, year, doc_key, issued, warnings,
             record_json, text, pipeline_version, created_at, updated_at)
           VALUES (@fileId, @sha256, @format, @pages, @ocr, @ocrEngine, @ocrConfidence, @status, @docType, @docTypeName, @numberRaw, @numberSeq,
             @numberSymbol, @numberSystem, @place, @dateRaw, @dateYear, @dateMonth, @dateDay, @dateIso, @issuerName, @issuerLines,
             @title, @addressees, @signerName, @signerAuthority, @signerLines, @archive, @province, @year, @docKey, @issued, @warnings,
             @recordJson, @text, @version, @created, @now)`,
        )
        .run(row);
      const id = Number(lastInsertRowid);
      const ocrPage = this.db.prepare('INSERT INTO ocr_pages (document_id, page, confidence, dpi, words, ms, status) VALUES (?,?,?,?,?,?,?)');
      for (const p of record.source.ocrPages) ocrPage.run(id, p.page, p.confidence, p.dpi, p.words, p.ms, p.status);
      const citation = this.db.prepare(
        'INSERT INTO citations (document_id, type, number, name, date, issuer, relation, mentions, first_start, first_end, cited_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      );
      for (const [i, c] of record.citations.entries()) {
        const [first] = c.mentions;
        citation.run(id, c.type, c.number, c.name, c.date, c.issuer, c.relation, c.mentions.length, first?.[0] ?? null, first?.[1] ?? null, links.citedKeys[i] ?? null);
      }
      const recipient = this.db.prepare('INSERT INTO recipients (document_id, position, name, purpose, span_start, span_end) VALUES (?,?,?,?,?,?)');
      const recipientIds = record.recipients.map((r, i) => Number(recipient.run(id, i + 1, r.name, r.purpose, r.span[0], r.span[1]).lastInsertRowid));
      const task = this.db.prepare(
        'INSERT INTO tasks (document_id, section, text, lead, partners, deadline, frequency, source, confidence, span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      );
      const taskIds = record.tasks.map((t) =>
        Number(task.run(id, t.section, t.text, JSON.stringify(t.lead), JSON.stringify(t.partners), t.deadline, t.frequency, t.source, t.confidence, t.span[0], t.span[1]).lastInsertRowid),
      );
      this.saveAgencyMentions(id, record, recipientIds, taskIds, links);
      const correction = this.db.prepare('INSERT INTO corrections (document_id, span_start, span_end, from_text, to_text, reason) VALUES (?,?,?,?,?,?)');
      for (const c of record.corrections) correction.run(id, c.span[0], c.span[1], c.from, c.to, c.reason);
      const title = record.title?.value ?? '';
      const issuer = record.issuer?.name ?? '';
      this.db
        .prepare('INSERT INTO documents_fts (rowid, title, issuer, text, folded) VALUES (?,?,?,?,?)')
        .run(id, title, issuer, text, foldDiacritics(`${title}\n${issuer}\n${text}`.toLocaleLowerCase('vi')));
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
  private saveAgencyMentions(documentId: number, record: VanbanRecord, recipientIds: number[], taskIds: number[], links: DocumentLinks): void {
    const mention = this.db.prepare(
      `INSERT INTO agency_mentions (agency_id, document_id, role, task_id, recipient_id, printed, official, match, span_start, span_end)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
    );
    for (const agency of record.agencies) {
      const { id: agencyId, similar } = this.resolveAgency(agency, links);
      for (const m of agency.mentions) {
        const taskId = (m.role === 'lead' || m.role === 'partner') && m.item !== null ? (taskIds[m.item] ?? null) : null;
        const recipientId = m.role === 'recipient' && m.item !== null ? (recipientIds[m.item] ?? null) : null;
        mention.run(agencyId, documentId, m.role, taskId, recipientId, m.text, m.official, similar ? 'similar' : m.match, m.span[0], m.span[1]);
      }
    }
  }

  private resolveAgency(agency: AgencyField, links: DocumentLinks): { id: number; similar: boolean } {
    const known = this.db.prepare('SELECT id FROM agencies WHERE key = ?').get(agency.key) as { id: number } | undefined;
    if (known) {
      // Spellings with one key ("Các Bộ" / "Các bộ") name the agency by the least of them, so the
      // name never depends on which document was stored first.
      this.db.prepare('UPDATE agencies SET name = ? WHERE id = ? AND name > ?').run(agency.name, known.id, agency.name);
      return { id: known.id, similar: false };
    }
    const variant = this.db.prepare('SELECT agency_id AS id FROM agency_variants WHERE key = ?').get(agency.key) as { id: number } | undefined;
    if (variant) return { id: variant.id, similar: true };
    if (!agency.collective) {
      const candidates = this.db
        .prepare('SELECT id, name FROM agencies WHERE kind = ? AND province IS ? AND collective = 0')
        .all(agency.kind, agency.province) as Array<{ id: number; name: string }>;
      const best = links.matchAgency(agency.name, candidates, agency.province);
      if (best) {
        this.db.prepare('INSERT INTO agency_variants (key, agency_id, name, similarity) VALUES (?,?,?,?)').run(agency.key, best.id, agency.name, best.similarity);
        return { id: best.id, similar: true };
      }
    }
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO agencies (key, name, kind, province, collective) VALUES (?,?,?,?,?)')
      .run(agency.key, agency.name, agency.kind, agency.province, agency.collective ? 1 : 0);
    return { id: Number(lastInsertRowid), similar: false };
  }

  /**
   * Opens a `runs` row. Runs left `running` by a process that no longer exists on this host were
   * killed mid-way: they are marked `interrupted` (their finished files are stored; the rest are
   * picked up by the next run, since unchanged stored files are skipped).
   */
  startRun(command: string): number {
    const host = hostname();
    const stale = this.db.prepare("SELECT id, pid FROM runs WHERE status = 'running' AND host = ?").all(host) as Array<{ id: number; pid: number | null }>;
    for (const run of stale) {
      if (run.pid !== null && run.pid !== process.pid && isAlive(run.pid)) continue;
      this.db.prepare("UPDATE runs SET status = 'interrupted' WHERE id = ?").run(run.id);
    }
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO runs (started_at, command, pipeline_version, status, pid, host) VALUES (?, ?, ?, 'running', ?, ?)")
      .run(new Date().toISOString(), command, PIPELINE_VERSION, process.pid, host);
    return Number(lastInsertRowid);
  }

  /** Updates a run's counts; `finished` closes it. */
  updateRun(runId: number, counts: RunCounts, durationMs: number, finished = false): void {
    this.db
      .prepare(
        `UPDATE runs SET finished_at = ?, status = ?, files_seen = ?, files_stored = ?, files_skipped = ?, files_failed = ?,
           files_needing_ocr = ?, duration_ms = ? WHERE id = ?`,
      )
      .run(
        finished ? new Date().toISOString() : null,
        finished ? 'finished' : 'running',
        counts.seen,
        counts.stored,
        counts.skipped,
        counts.failed,
        counts.needsOcr,
        durationMs,
        runId,
      );
  }

  finishRun(runId: number, counts: RunCounts, durationMs: number): void {
    this.updateRun(runId, counts, durationMs, true);
  }

  /**
   * Ranked full-text search (bm25; title and issuer weigh more than the body), with optional
   * filters. An empty query with filters lists the matching documents, newest first. Copies of one
   * document (DOCX and PDF) appear once. Filters compare folded text, so "ke hoach", "Kế hoạch"
   * and "KH" all select plans.
   */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    const match = ftsQuery(query);
    const where: string[] = ['d.id IN (SELECT id FROM primary_documents)'];
    const params: Record<string, unknown> = { limit: filters.limit ?? 20 };
    if (filters.type) {
      where.push('(vn_fold(d.doc_type) = vn_fold(@type) OR vn_fold(d.doc_type_name) = vn_fold(@type))');
      params.type = filters.type;
    }
    if (filters.issuer) {
      where.push("instr(vn_fold(d.issuer_name), vn_fold(@issuer)) > 0");
      params.issuer = filters.issuer;
    }
    if (filters.province) {
      where.push('vn_fold(d.province) = vn_fold(@province)');
      params.province = filters.province;
    }
    if (filters.year !== undefined) {
      where.push('d.year = @year');
      params.year = filters.year;
    }
    const columns = `d.id, f.path, d.doc_type AS docType, d.number_raw AS number, d.issued AS date, d.issuer_name AS issuer,
      d.province, d.title`;
    if (!match) {
      if (Object.keys(params).length === 1) return [];
      return this.db
        .prepare(
          `SELECT ${columns}, coalesce(substr(d.title, 1, 160), '') AS snippet, 0 AS rank
           FROM documents d JOIN files f ON f.id = d.file_id WHERE ${where.join(' AND ')}
           ORDER BY d.issued DESC, d.id LIMIT @limit`,
        )
        .all(params) as SearchHit[];
    }
    params.match = match;
    return this.db
      .prepare(
        `SELECT ${columns}, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet,
                bm25(documents_fts, 4.0, 2.0, 1.0, 1.0) AS rank
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid JOIN files f ON f.id = d.file_id
         WHERE documents_fts MATCH @match AND ${where.join(' AND ')} ORDER BY rank LIMIT @limit`,
      )
      .all(params) as SearchHit[];
  }

  /** A document by id, or by number (raw "234/KH-MTTQ-BTT" or its symbol). */
  findDocument(idOrNumber: string): { id: number; record: VanbanRecord; path: string } | undefined {
    const row = (/^\d+$/.test(idOrNumber)
      ? this.db.prepare('SELECT d.id, d.record_json, f.path FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?').get(Number(idOrNumber))
      : this.db
          .prepare(
            `SELECT d.id, d.record_json, f.path FROM documents d JOIN files f ON f.id = d.file_id
             WHERE replace(d.number_raw, ' ', '') = @n OR d.number_symbol = @n ORDER BY d.date_iso DESC LIMIT 1`,
          )
          .get({ n: idOrNumber.replace(/\s+/g, '') })) as { id: number; record_json: string; path: string } | undefined;
    return row ? { id: row.id, record: JSON.parse(row.record_json) as VanbanRecord, path: row.path } : undefined;
  }

  /** What a document cites, each resolved to the stored document it names where there is one. */
  citesOf(documentId: number): CitationLink[] {
    return this.db
      .prepare(
        `SELECT c.relation, c.type, c.number, c.name, c.date, c.issuer,
                (SELECT i.document_id FROM document_identities i WHERE i.doc_key = c.cited_key) AS documentId
         FROM citations c WHERE c.document_id = ? ORDER BY c.first_start`,
      )
      .all(documentId) as CitationLink[];
  }

  /** The stored documents that cite this one (one copy of each), oldest first. */
  citedBy(documentId: number): CitationLink[] {
    return this.db
      .prepare(
        `SELECT e.relation, e.citing_type AS type, e.citing_number AS number, NULL AS name, e.citing_date AS date,
                e.citing_issuer AS issuer, e.citing_id AS documentId
         FROM citation_edges e WHERE e.cited_key = (SELECT doc_key FROM documents WHERE id = ?)
         ORDER BY e.citing_date, e.citing_id`,
      )
      .all(documentId) as CitationLink[];
  }

  /** Tables and views with their columns, as SQLite reports them (for docs/schema.md). */
  describeSchema(): SchemaRelation[] {
    const relations = this.db
      .prepare(
        `SELECT name, type AS kind, sql FROM sqlite_master
         WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT GLOB 'documents_fts_*'
         ORDER BY type, rowid`,
      )
      .all() as Array<{ name: string; kind: 'table' | 'view'; sql: string }>;
    return relations.map((r) => ({
      ...r,
      columns: (this.db.prepare('SELECT name, type, hidden FROM pragma_table_xinfo(?)').all(r.name) as Array<{ name: string; type: string; hidden: number }>).map(
        (c) => ({ name: c.name, type: c.type, hidden: c.hidden !== 0 }),
      ),
    }));
  }

  /** Tables and views a user may export. */
  exportableNames(): string[] {
    return (this.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  }

  /** Every row of a table or view, streamed. The name is checked against the schema first. */
  iterateRows(name: string): IterableIterator<Record<string, unknown>> {
    if (!this.exportableNames().includes(name)) throw new Error(`no table or view named "${name}"`);
    return this.db.prepare(`SELECT * FROM "${name}"`).iterate() as IterableIterator<Record<string, unknown>>;
  }

  failures(): Array<{ path: string; error: string }> {
    return this.db.prepare("SELECT path, error FROM files WHERE status = 'failed' ORDER BY path").all() as Array<{ path: string; error: string }>;
  }
}
