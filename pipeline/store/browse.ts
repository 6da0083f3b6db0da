import type Database from 'better-sqlite3';
import type { VanbanRecord } from '../core/record.js';
import { foldDiacritics } from '../core/text/fold.js';
import { NEEDS_REVIEW, searchScope, type SearchFilters } from './queries.js';

/**
 * Reading for the web page (`vanban serve`): facets and counts of a search, one document with its
 * text, the runs and the inbox, the citation graph, one agency's tasks. Every query is bounded
 * (LIMIT) and uses an index or the FTS table, so pages stay fast on a large database.
 */

export const FACETS = ['type', 'issuer', 'province', 'year', 'status'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetValue {
  /** What goes into the filter (type code, issuer, province, year, status). */
  value: string;
  /** What people read (the type's name; otherwise the value). */
  label: string;
  n: number;
}

export interface SearchCounts {
  total: number;
  facets: Record<Facet, FacetValue[]>;
}

const FACET_SQL: Record<Facet, string> = {
  type: 'SELECT d.doc_type AS value, max(d.doc_type_name) AS label, count(*) AS n FROM scope s JOIN documents d INDEXED BY documents_facets ON d.id = s.id WHERE d.doc_type IS NOT NULL GROUP BY d.doc_type',
  issuer: 'SELECT d.issuer_name AS value, d.issuer_name AS label, count(*) AS n FROM scope s JOIN documents d INDEXED BY documents_facets ON d.id = s.id WHERE d.issuer_name IS NOT NULL GROUP BY d.issuer_name',
  province: 'SELECT d.province AS value, d.province AS label, count(*) AS n FROM scope s JOIN documents d INDEXED BY documents_facets ON d.id = s.id WHERE d.province IS NOT NULL GROUP BY d.province',
  year: 'SELECT CAST(d.year AS TEXT) AS value, CAST(d.year AS TEXT) AS label, count(*) AS n FROM scope s JOIN documents d INDEXED BY documents_facets ON d.id = s.id WHERE d.year IS NOT NULL GROUP BY d.year',
  status: `SELECT * FROM (
      SELECT 'needs-review' AS value, 'needs-review' AS label, count(*) AS n FROM scope s JOIN documents d INDEXED BY documents_facets ON d.id = s.id WHERE d.review_count > 0 AND ${NEEDS_REVIEW}
      UNION ALL
      SELECT 'needs-ocr', 'needs-ocr', count(*) FROM scope s JOIN documents d INDEXED BY documents_facets ON d.id = s.id WHERE d.status = 'needs-ocr') WHERE n > 0`,
};

/** How many documents a search finds in all, and the most frequent values of each facet among them (top `perFacet`). */
export function searchCounts(db: Database.Database, query: string, filters: SearchFilters, perFacet = 12): SearchCounts {
  const params: Record<string, unknown> = {};
  const scope = searchScope(query, filters, params);
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
  if (!scope) return { total: 0, facets };
  // The hits are found once; each facet then counts over their ids (the scope's query is the costly part).
  const ids = db.prepare(scope).pluck().all(params) as number[];
  const cte = 'WITH scope(id) AS (SELECT value FROM json_each(@ids))';
  const idList = { ids: JSON.stringify(ids) };
  for (const facet of FACETS) {
    const sql = `${cte} ${FACET_SQL[facet]} ORDER BY n DESC, value LIMIT ${perFacet}`;
    facets[facet] = db.prepare(sql).all(idList) as FacetValue[];
  }
  const total = ids.length;
  // Years read best newest first rather than by count.
  facets.year.sort((a, b) => Number(b.value) - Number(a.value));
  return { total, facets };
}

/** A stored document as the document page shows it. */
export interface DocumentView {
  id: number;
  record: VanbanRecord;
  text: string;
  format: string;
  pages: number;
  status: string;
  path: string;
  docKey: string | null;
}

export function documentView(db: Database.Database, id: number): DocumentView | undefined {
  const row = db
    .prepare(
      `SELECT d.id, d.record_json, d.text, d.format, d.pages, d.status, d.doc_key AS docKey, f.path
       FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?`,
    )
    .get(id) as (Omit<DocumentView, 'record'> & { record_json: string }) | undefined;
  if (!row) return undefined;
  const { record_json, ...rest } = row;
  return { ...rest, record: JSON.parse(record_json) as VanbanRecord };
}

/** The file a stored document came from, as the database records it (the only way the web page reaches a file). */
export interface SourceFile {
  documentId: number;
  path: string;
  format: string;
  sha256: string;
  size: number | null;
  pages: number;
}

export function sourceFile(db: Database.Database, documentId: number): SourceFile | undefined {
  return db
    .prepare(
      `SELECT d.id AS documentId, f.path, d.format, d.sha256, f.size, coalesce(d.pages, 1) AS pages
       FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?`,
    )
    .get(documentId) as SourceFile | undefined;
}

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  command: string | null;
  status: string | null;
  files_seen: number;
  files_stored: number;
  files_skipped: number;
  files_failed: number;
  files_failed_unchanged: number | null;
  files_ignored: number | null;
  duration_ms: number | null;
}

export function recentRuns(db: Database.Database, limit = 20): RunRow[] {
  return db
    .prepare(
      `SELECT id, started_at, finished_at, command, status, files_seen, files_stored, files_skipped, files_failed,
              files_failed_unchanged, files_ignored, duration_ms
       FROM runs ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as RunRow[];
}

export interface FailedFile {
  path: string;
  error: string | null;
  code: string | null;
  updated: string;
}

export function failedFiles(db: Database.Database, limit = 100): FailedFile[] {
  return db
    .prepare("SELECT path, error, error_code AS code, updated_at AS updated FROM files WHERE status = 'failed' ORDER BY updated_at DESC, path LIMIT ?")
    .all(limit) as FailedFile[];
}

export interface NeedsOcrFile {
  id: number;
  path: string;
  pages: number | null;
  updated: string;
}

export function needsOcr(db: Database.Database, limit = 100): NeedsOcrFile[] {
  return db
    .prepare(
      `SELECT d.id, f.path, d.pages, d.updated_at AS updated FROM documents d JOIN files f ON f.id = d.file_id
       WHERE d.status = 'needs-ocr' ORDER BY d.updated_at DESC, d.id LIMIT ?`,
    )
    .all(limit) as NeedsOcrFile[];
}

export interface CitedEntry {
  key: string;
  id: number | null;
  type: string | null;
  number: string | null;
  name: string | null;
  date: string | null;
  issuer: string | null;
  citing: number;
  provinces: number;
}

/**
 * The `most_cited` view's first rows. The ranking is counted first from the citations and the primary copies' keys alone
 * (no document row, no other column); the columns of the view are then counted for those few keys only.
 */
export function mostCited(db: Database.Database, limit = 30): CitedEntry[] {
  return db
    .prepare(
      `WITH top AS MATERIALIZED (
         SELECT c.cited_key FROM citations c JOIN identity_primary p ON p.document_id = c.document_id WHERE c.cited_key IS NOT NULL
         GROUP BY c.cited_key ORDER BY count(DISTINCT p.doc_key) DESC, max(c.date) DESC LIMIT @limit)
       SELECT cited_key AS key, max(cited_id) AS id, max(cited_type) AS type, max(cited_number) AS number, max(cited_name) AS name,
              max(cited_date) AS date, max(cited_issuer) AS issuer, count(DISTINCT citing_key) AS citing, count(DISTINCT citing_province) AS provinces
       FROM citation_edges WHERE cited_key IN (SELECT cited_key FROM top) GROUP BY cited_key ORDER BY citing DESC, date DESC`,
    )
    .all({ limit }) as CitedEntry[];
}

/** One document citing another, for the timeline of a directive's uptake. */
export interface CitingEntry {
  id: number;
  type: string | null;
  number: string | null;
  issuer: string | null;
  province: string | null;
  date: string | null;
  relation: string;
}

/**
 * The documents citing the one named by `key` (an identity key from the citation graph) or by a
 * number as people type it (`03-CT/TW`, any case, with or without marks), oldest first.
 */
export function citingDocuments(db: Database.Database, keyOrNumber: string, limit = 2000): { cited: CitedEntry | null; citing: CitingEntry[] } {
  const exact = db.prepare('SELECT 1 FROM citations WHERE cited_key = ? LIMIT 1').get(keyOrNumber);
  const folded = foldDiacritics(keyOrNumber.replace(/\s+/g, '')).toUpperCase();
  const range = exact ? { low: keyOrNumber, high: keyOrNumber, exact: 1 } : { low: `${folded}|`, high: `${folded}}`, exact: 0 };
  const where = '(@exact = 1 AND e.cited_key = @low) OR (@exact = 0 AND e.cited_key >= @low AND e.cited_key < @high)';
  const citing = db
    .prepare(
      `SELECT DISTINCT e.citing_id AS id, e.citing_type AS type, e.citing_number AS number, e.citing_issuer AS issuer,
              e.citing_province AS province, e.citing_date AS date, e.relation
       FROM citation_edges e WHERE ${where} ORDER BY e.citing_date, e.citing_id LIMIT @limit`,
    )
    .all({ ...range, limit }) as CitingEntry[];
  const cited = db
    .prepare(
      `SELECT e.cited_key AS key, max(e.cited_id) AS id, max(e.cited_type) AS type, max(e.cited_number) AS number, max(e.cited_name) AS name,
              max(e.cited_date) AS date, max(e.cited_issuer) AS issuer, count(DISTINCT e.citing_key) AS citing,
              count(DISTINCT e.citing_province) AS provinces
       FROM citation_edges e WHERE ${where} GROUP BY e.cited_key ORDER BY citing DESC LIMIT 1`,
    )
    .get({ ...range }) as CitedEntry | undefined;
  return { cited: cited ?? null, citing };
}

/** One edge of the citation graph, for export (GraphML, DOT). */
export interface GraphEdge {
  citingId: number;
  citingNumber: string | null;
  citingType: string | null;
  citingDate: string | null;
  citingProvince: string | null;
  relation: string;
  citedKey: string;
  citedId: number | null;
  citedNumber: string | null;
  citedType: string | null;
  citedName: string | null;
}

export function citationGraph(db: Database.Database): IterableIterator<GraphEdge> {
  return db
    .prepare(
      `SELECT citing_id AS citingId, citing_number AS citingNumber, citing_type AS citingType, citing_date AS citingDate,
              citing_province AS citingProvince, relation, cited_key AS citedKey, cited_id AS citedId, cited_number AS citedNumber,
              cited_type AS citedType, cited_name AS citedName
       FROM citation_edges WHERE cited_key IS NOT NULL ORDER BY citing_id, citation_id`,
    )
    .iterate() as IterableIterator<GraphEdge>;
}

export interface AgencyEntry {
  id: number;
  name: string;
  kind: string;
  province: string | null;
  documents: number;
  lead: number;
  partner: number;
}

/** Agencies by how many documents name them; `query` keeps those whose name holds it (with or without marks). */
export function agencies(db: Database.Database, query = '', limit = 50): AgencyEntry[] {
  return db
    .prepare(
      // The columns of `agency_directory` this list shows, counted without the view's other distinct counts and spellings.
      `SELECT g.id, g.name, g.kind, g.province, count(DISTINCT p.doc_key) AS documents,
              count(CASE WHEN m.role = 'lead' THEN 1 END) AS lead, count(CASE WHEN m.role = 'partner' THEN 1 END) AS partner
       FROM agencies g JOIN agency_mentions m ON m.agency_id = g.id JOIN identity_primary p ON p.document_id = m.document_id
       WHERE @q = '' OR instr(g.name_folded, vn_fold(@q)) > 0
       GROUP BY m.agency_id ORDER BY documents DESC, g.name LIMIT @limit`,
    )
    .all({ q: query, limit }) as AgencyEntry[];
}

export interface AgencyTask {
  taskId: number;
  documentId: number;
  number: string | null;
  docType: string | null;
  issuer: string | null;
  issued: string | null;
  role: string;
  section: string | null;
  deadlineDate: string | null;
  deadlineText: string | null;
  frequency: string | null;
  text: string | null;
}

/** One agency and its tasks across documents, those with a deadline first, by deadline. */
export function agencyTasks(db: Database.Database, agencyId: number, limit = 500): { agency: AgencyEntry | undefined; tasks: AgencyTask[] } {
  const agency = db
    .prepare(
      `SELECT g.id, g.name, g.kind, g.province,
              (SELECT count(DISTINCT m.document_id) FROM agency_mentions m WHERE m.agency_id = g.id) AS documents,
              (SELECT count(*) FROM agency_mentions m WHERE m.agency_id = g.id AND m.role = 'lead') AS lead,
              (SELECT count(*) FROM agency_mentions m WHERE m.agency_id = g.id AND m.role = 'partner') AS partner
       FROM agencies g WHERE g.id = ?`,
    )
    .get(agencyId) as AgencyEntry | undefined;
  const tasks = db
    .prepare(
      `SELECT task_id AS taskId, document_id AS documentId, number, doc_type AS docType, issuer, issued, role, section,
              deadline_date AS deadlineDate, deadline_text AS deadlineText, frequency, text
       FROM tasks_by_agency WHERE agency_id = ? ORDER BY deadline_date IS NULL, deadline_date, issued, task_id LIMIT ?`,
    )
    .all(agencyId, limit) as AgencyTask[];
  return { agency, tasks };
}
