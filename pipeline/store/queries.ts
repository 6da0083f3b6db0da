import type Database from 'better-sqlite3';
import { foldDiacritics } from '../core/text/fold.js';
import type { VanbanRecord } from '../core/record.js';

/** Reading: search, documents and their citations, the schema, exports. */

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

/**
 * Ranked full-text search (bm25; title and issuer weigh more than the body), with optional
 * filters. An empty query with filters lists the matching documents, newest first. Copies of one
 * document (DOCX and PDF) appear once. Filters compare folded text, so "ke hoach", "Kế hoạch"
 * and "KH" all select plans.
 */
export function search(db: Database.Database, query: string, filters: SearchFilters = {}): SearchHit[] {
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
    return db
      .prepare(
        `SELECT ${columns}, coalesce(substr(d.title, 1, 160), '') AS snippet, 0 AS rank
         FROM documents d JOIN files f ON f.id = d.file_id WHERE ${where.join(' AND ')}
         ORDER BY d.issued DESC, d.id LIMIT @limit`,
      )
      .all(params) as SearchHit[];
  }
  params.match = match;
  return db
    .prepare(
      `SELECT ${columns}, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet,
              bm25(documents_fts, 4.0, 2.0, 1.0, 1.0) AS rank
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid JOIN files f ON f.id = d.file_id
       WHERE documents_fts MATCH @match AND ${where.join(' AND ')} ORDER BY rank LIMIT @limit`,
    )
    .all(params) as SearchHit[];
}

/** A document by id, or by number (raw "234/KH-MTTQ-BTT" or its symbol). */
export function findDocument(db: Database.Database, idOrNumber: string): { id: number; record: VanbanRecord; path: string } | undefined {
  const row = (/^\d+$/.test(idOrNumber)
    ? db.prepare('SELECT d.id, d.record_json, f.path FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?').get(Number(idOrNumber))
    : db
        .prepare(
          `SELECT d.id, d.record_json, f.path FROM documents d JOIN files f ON f.id = d.file_id
           WHERE replace(d.number_raw, ' ', '') = @n OR d.number_symbol = @n ORDER BY d.date_iso DESC LIMIT 1`,
        )
        .get({ n: idOrNumber.replace(/\s+/g, '') })) as { id: number; record_json: string; path: string } | undefined;
  return row ? { id: row.id, record: JSON.parse(row.record_json) as VanbanRecord, path: row.path } : undefined;
}

/** What a document cites, each resolved to the stored document it names where there is one. */
export function citesOf(db: Database.Database, documentId: number): CitationLink[] {
  return db
    .prepare(
      `SELECT c.relation, c.type, c.number, c.name, c.date, c.issuer,
              (SELECT i.document_id FROM document_identities i WHERE i.doc_key = c.cited_key) AS documentId
       FROM citations c WHERE c.document_id = ? ORDER BY c.first_start`,
    )
    .all(documentId) as CitationLink[];
}

/** The stored documents that cite this one (one copy of each), oldest first. */
export function citedBy(db: Database.Database, documentId: number): CitationLink[] {
  return db
    .prepare(
      `SELECT e.relation, e.citing_type AS type, e.citing_number AS number, NULL AS name, e.citing_date AS date,
              e.citing_issuer AS issuer, e.citing_id AS documentId
       FROM citation_edges e WHERE e.cited_key = (SELECT doc_key FROM documents WHERE id = ?)
       ORDER BY e.citing_date, e.citing_id`,
    )
    .all(documentId) as CitationLink[];
}

/** Tables and views with their columns, as SQLite reports them (for docs/schema.md). */
export function describeSchema(db: Database.Database): SchemaRelation[] {
  const relations = db
    .prepare(
      `SELECT name, type AS kind, sql FROM sqlite_master
       WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT GLOB 'documents_fts_*'
       ORDER BY type, rowid`,
    )
    .all() as Array<{ name: string; kind: 'table' | 'view'; sql: string }>;
  return relations.map((r) => ({
    ...r,
    columns: (db.prepare('SELECT name, type, hidden FROM pragma_table_xinfo(?)').all(r.name) as Array<{ name: string; type: string; hidden: number }>).map(
      (c) => ({ name: c.name, type: c.type, hidden: c.hidden !== 0 }),
    ),
  }));
}

/** Tables and views a user may export. */
export function exportableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

/** Every row of a table or view, streamed. The name is checked against the schema first. */
export function iterateRows(db: Database.Database, name: string): IterableIterator<Record<string, unknown>> {
  if (!exportableNames(db).includes(name)) throw new Error(`no table or view named "${name}"`);
  return db.prepare(`SELECT * FROM "${name}"`).iterate() as IterableIterator<Record<string, unknown>>;
}

/** Files that could not be processed, with the reason. */
export function failures(db: Database.Database): Array<{ path: string; error: string }> {
  return db.prepare("SELECT path, error FROM files WHERE status = 'failed' ORDER BY path").all() as Array<{ path: string; error: string }>;
}
