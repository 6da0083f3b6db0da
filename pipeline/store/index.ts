import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { comparisonKey, foldDiacritics } from '../core/text/fold.js';
import type { AgencyField, VanbanRecord } from '../core/record.js';
import type { DocumentLinks } from '../core/model.js';

/**
 * The SQLite store — the only module that knows SQL. WAL mode, versioned migrations
 * (`PRAGMA user_version`), one transaction per document, FTS5 over the normalized text and a
 * diacritic-folded copy (đ→d included) so `dang` finds `Đảng`.
 */

/** Bumped whenever stored rows would come out differently, so unchanged files are reprocessed. */
export const PIPELINE_VERSION = '0.4.0';

const MIGRATIONS: string[] = [
  // 1: the core schema
  `
  CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT,
    size INTEGER,
    mtime REAL,
    status TEXT NOT NULL,              -- stored | needs-ocr | failed
    error TEXT,                        -- one sentence, for failed files
    error_code TEXT,
    pipeline_version TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL UNIQUE REFERENCES files(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    pages INTEGER,
    ocr INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    doc_type TEXT, doc_type_name TEXT,
    number_raw TEXT, number_seq TEXT, number_symbol TEXT, number_system TEXT,
    place TEXT,
    date_raw TEXT, date_year INTEGER, date_month INTEGER, date_day INTEGER, date_iso TEXT,
    issuer_name TEXT, issuer_lines TEXT,
    title TEXT,
    addressees TEXT,
    signer_name TEXT, signer_authority TEXT, signer_lines TEXT,
    archive TEXT,
    warnings TEXT,
    record_json TEXT NOT NULL,
    text TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX documents_number ON documents(number_symbol, number_seq);
  CREATE INDEX documents_issuer ON documents(issuer_name);
  CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT, number TEXT, name TEXT, date TEXT, issuer TEXT, relation TEXT,
    mentions INTEGER, first_start INTEGER, first_end INTEGER
  );
  CREATE INDEX citations_number ON citations(number);
  CREATE TABLE recipients (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER, name TEXT NOT NULL, purpose TEXT, span_start INTEGER, span_end INTEGER
  );
  CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section TEXT, text TEXT, lead TEXT, partners TEXT, deadline TEXT, frequency TEXT,
    span_start INTEGER, span_end INTEGER
  );
  CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    span_start INTEGER, span_end INTEGER, from_text TEXT, to_text TEXT, reason TEXT
  );
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT,
    pipeline_version TEXT NOT NULL,
    files_seen INTEGER DEFAULT 0,
    files_stored INTEGER DEFAULT 0,
    files_skipped INTEGER DEFAULT 0,
    files_failed INTEGER DEFAULT 0,
    duration_ms INTEGER
  );
  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, issuer, text, folded,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
  // 2: document identity (pipeline/identity.ts) and citation resolution; the views are in VIEWS
  `
  ALTER TABLE documents ADD COLUMN province TEXT;
  ALTER TABLE documents ADD COLUMN year INTEGER;
  ALTER TABLE documents ADD COLUMN doc_key TEXT;
  ALTER TABLE documents ADD COLUMN issued TEXT;
  CREATE INDEX documents_doc_key ON documents(doc_key, id);
  CREATE INDEX documents_province_year ON documents(province, year);
  ALTER TABLE citations ADD COLUMN cited_key TEXT;
  CREATE INDEX citations_cited_key ON citations(cited_key);
  CREATE INDEX citations_document ON citations(document_id);
  CREATE INDEX recipients_document ON recipients(document_id);
  CREATE INDEX tasks_document ON tasks(document_id);
  CREATE INDEX corrections_document ON corrections(document_id);

  `,
  // 3: runs say whether they finished, and who ran them (to tell a crashed run from a live one)
  `
  ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'finished';
  ALTER TABLE runs ADD COLUMN files_needing_ocr INTEGER DEFAULT 0;
  ALTER TABLE runs ADD COLUMN pid INTEGER;
  ALTER TABLE runs ADD COLUMN host TEXT;
  UPDATE runs SET status = 'interrupted' WHERE finished_at IS NULL;
  `,
  // 4: agencies — one row per real body, the names that were matched to it, and every mention
  `
  CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    province TEXT,
    collective INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX agencies_kind_province ON agencies(kind, province);
  CREATE TABLE agency_variants (
    key TEXT PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    similarity REAL NOT NULL
  );
  CREATE TABLE agency_mentions (
    id INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
    recipient_id INTEGER REFERENCES recipients(id) ON DELETE CASCADE,
    printed TEXT NOT NULL,
    official TEXT,
    match TEXT NOT NULL,
    span_start INTEGER, span_end INTEGER
  );
  CREATE INDEX agency_mentions_agency ON agency_mentions(agency_id, role);
  CREATE INDEX agency_mentions_document ON agency_mentions(document_id);
  ALTER TABLE tasks ADD COLUMN source TEXT;
  ALTER TABLE tasks ADD COLUMN confidence REAL;
  `,
  // 5: OCR — which engine read a scan, how sure it was, page by page
  `
  ALTER TABLE documents ADD COLUMN ocr_engine TEXT;
  ALTER TABLE documents ADD COLUMN ocr_confidence REAL;
  CREATE TABLE ocr_pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    confidence REAL NOT NULL,
    dpi INTEGER NOT NULL,
    words INTEGER NOT NULL,
    ms INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (document_id, page)
  );
  `,
];

/**
 * The research views (docs/schema.md). Views hold no data, so they are not migrated: when this
 * text changes, every view is dropped and created again on the next open.
 */
const VIEWS = `
  -- One row per document identity, naming the copy that stands for all its copies: a readable
  -- copy before a scan, then the richest format (DOCX keeps the layout, a text PDF its positions,
  -- plain text neither), then the path, so the choice never depends on the order of processing.
  CREATE VIEW document_identities AS
    SELECT k.doc_key,
      (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = k.doc_key
       ORDER BY x.status = 'ok' DESC, x.ocr,
         CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
       LIMIT 1) AS document_id,
      count(*) AS copies
    FROM documents k GROUP BY k.doc_key;

  CREATE VIEW primary_documents AS
    SELECT d.* FROM documents d JOIN document_identities i ON i.document_id = d.id;

  CREATE VIEW documents_flat AS
    SELECT d.id, f.path, d.format, d.status, d.ocr, d.pages,
      d.doc_type, d.doc_type_name, d.number_raw AS number, d.number_seq, d.number_symbol, d.number_system,
      d.issued, d.date_iso, d.date_raw, d.year, d.place, d.province, d.issuer_name AS issuer, d.title,
      d.signer_name AS signer, d.signer_authority,
      (SELECT count(*) FROM citations c WHERE c.document_id = d.id) AS citations,
      (SELECT count(*) FROM recipients r WHERE r.document_id = d.id) AS recipients,
      (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,
      d.doc_key, i.copies, d.id = i.document_id AS is_primary
    FROM documents d JOIN files f ON f.id = d.file_id JOIN document_identities i ON i.doc_key = d.doc_key;

  CREATE VIEW citation_edges AS
    SELECT c.id AS citation_id,
      d.id AS citing_id, d.doc_key AS citing_key, d.doc_type AS citing_type, d.number_raw AS citing_number,
      d.issuer_name AS citing_issuer, d.province AS citing_province, d.issued AS citing_date, d.year AS citing_year,
      c.relation,
      (SELECT i.document_id FROM document_identities i WHERE i.doc_key = c.cited_key) AS cited_id,
      c.cited_key, c.type AS cited_type, c.number AS cited_number, c.name AS cited_name, c.date AS cited_date,
      c.issuer AS cited_issuer, c.mentions
    FROM citations c JOIN primary_documents d ON d.id = c.document_id;

  CREATE VIEW most_cited AS
    SELECT cited_key, max(cited_id) AS cited_id, max(cited_type) AS type, max(cited_number) AS number,
      max(cited_name) AS name, max(cited_date) AS date, max(cited_issuer) AS issuer,
      count(DISTINCT citing_key) AS citing_documents, count(DISTINCT citing_province) AS citing_provinces,
      group_concat(DISTINCT relation) AS relations
    FROM citation_edges WHERE cited_key IS NOT NULL
    GROUP BY cited_key ORDER BY citing_documents DESC, date DESC;

  CREATE VIEW directive_uptake AS
    SELECT cited_key, max(cited_type) AS cited_type, max(cited_number) AS cited_number, max(cited_name) AS cited_name,
      citing_province AS province, citing_year AS year, count(DISTINCT citing_key) AS documents,
      min(citing_date) AS first_date, max(citing_date) AS last_date,
      group_concat(DISTINCT coalesce(citing_number, citing_issuer)) AS citing
    FROM citation_edges WHERE relation IN ('implements', 'pursuant') AND cited_key IS NOT NULL
    GROUP BY cited_key, citing_province, citing_year;

  CREATE VIEW tasks_by_agency AS
    SELECT g.id AS agency_id, g.name AS agency, g.province AS agency_province, m.role, m.printed, t.id AS task_id,
      d.id AS document_id, d.doc_type, d.number_raw AS number, d.issuer_name AS issuer, d.province, d.issued, d.year,
      t.section, t.deadline, t.frequency, t.text
    FROM agency_mentions m JOIN agencies g ON g.id = m.agency_id JOIN tasks t ON t.id = m.task_id
      JOIN primary_documents d ON d.id = m.document_id
    WHERE m.role IN ('lead', 'partner');

  CREATE VIEW recipients_by_agency AS
    SELECT g.id AS agency_id, g.name AS agency, count(DISTINCT d.doc_key) AS documents, count(DISTINCT d.issuer_name) AS issuers,
      group_concat(DISTINCT d.province) AS provinces, group_concat(DISTINCT r.purpose) AS purposes,
      group_concat(DISTINCT r.name) AS printed, min(d.issued) AS first_date, max(d.issued) AS last_date
    FROM agency_mentions m JOIN agencies g ON g.id = m.agency_id JOIN recipients r ON r.id = m.recipient_id
      JOIN primary_documents d ON d.id = m.document_id
    WHERE m.role = 'recipient'
    GROUP BY g.id ORDER BY documents DESC, agency;

  CREATE VIEW agency_directory AS
    SELECT g.id AS agency_id, g.name AS agency, g.kind, g.province, g.collective,
      count(DISTINCT d.doc_key) AS documents,
      count(DISTINCT CASE WHEN m.role = 'issuer' THEN d.doc_key END) AS issued,
      count(DISTINCT CASE WHEN m.role = 'recipient' THEN d.doc_key END) AS received,
      count(DISTINCT CASE WHEN m.role = 'addressee' THEN d.doc_key END) AS addressed,
      count(CASE WHEN m.role = 'lead' THEN 1 END) AS lead_tasks,
      count(CASE WHEN m.role = 'partner' THEN 1 END) AS partner_tasks,
      group_concat(DISTINCT m.printed) AS variants
    FROM agencies g JOIN agency_mentions m ON m.agency_id = g.id JOIN primary_documents d ON d.id = m.document_id
    GROUP BY g.id ORDER BY documents DESC, agency;
`;

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
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // Safe with WAL: a killed process loses nothing committed; only a power cut can lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // For the CLI's filters only; views never call it, so other SQLite clients can read them all.
    this.db.function('vn_fold', { deterministic: true }, (text: unknown) => (text == null ? null : comparisonKey(String(text))));
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
    this.createViews();
  }

  /** (Re)creates the views when their definitions differ from the ones this version ships. */
  private createViews(): void {
    const hash = createHash('sha256').update(VIEWS).digest('hex').slice(0, 16);
    this.db.exec('CREATE TABLE IF NOT EXISTS vanban_meta (key TEXT PRIMARY KEY, value TEXT)');
    const stored = (this.db.prepare("SELECT value FROM vanban_meta WHERE key = 'views'").get() as { value: string } | undefined)?.value;
    if (stored === hash) return;
    this.db.transaction(() => {
      const views = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'view'").all() as Array<{ name: string }>;
      for (const { name } of views) this.db.exec(`DROP VIEW IF EXISTS "${name}"`);
      this.db.exec(VIEWS);
      this.db.prepare("INSERT OR REPLACE INTO vanban_meta (key, value) VALUES ('views', ?)").run(hash);
    })();
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
