import type Database from 'better-sqlite3';
import { DOC_TYPES } from '../../data/doc-types.js';
import { comparisonKey, foldDiacritics } from '../core/text/fold.js';
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
  /** The type's name (`Chỉ thị`), for labelling hits. */
  docTypeName: string | null;
  snippet: string;
  rank: number;
  /** Why the hit ranks where it does (SEARCH_RANKS): `number`, `implements`, `cites`, `phrase`, `near`, `words`; null without words. */
  match: (typeof SEARCH_RANKS)[number] | null;
}

export interface SearchFilters {
  /** Type code ("KH") or name ("Kế hoạch", "ke hoach"). */
  type?: string;
  /** Part of the issuer's name, with or without diacritics. */
  issuer?: string;
  province?: string;
  year?: number;
  /** `needs-ocr`: scans whose text could not be read yet; `needs-review`: documents with a value waiting for a person. */
  status?: 'needs-ocr' | 'needs-review';
  limit?: number;
  /** Hits to pass over first (paging). */
  offset?: number;
  /** What opens and closes a match in the snippet (default `[` and `]`; the web page uses characters no text holds). */
  marks?: [string, string];
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

/** A query too long, too wordy or malformed to run: `reason` names the message (data/messages.ts `search.*`). */
export class QueryError extends Error {
  constructor(
    readonly reason: 'tooLong' | 'tooManyTerms' | 'operator' | 'quote',
    readonly details: Record<string, string | number> = {},
  ) {
    super(`search query refused: ${reason}`);
    this.name = 'QueryError';
  }
}

/** Bounds that keep every search fast (a 45 KB query is refused at once, not run for minutes). */
export const MAX_QUERY_CHARS = 500;
export const MAX_QUERY_TERMS = 64;

type QueryItem = { kind: 'terms'; tokens: string[] } | { kind: 'op'; op: 'OR' | 'NOT' | 'AND' };

export interface ParsedQuery {
  /** FTS5 MATCH expression over the columns that fit the query (folded or printed), or null for no words. */
  match: string | null;
  /** Every word, in order, when the query has no operators (for the phrase and proximity ranks). */
  words: string[];
  folded: boolean;
}

const tokensOf = (text: string) => text.toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const quoteToken = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * Parses a search query: words (all must occur), `"a phrase"`, `OR` between alternatives and
 * `NOT` before words to leave out (upper case, as in FTS5). A word with punctuation inside
 * (`03-CT/TW`) is a phrase of its parts. A query typed without diacritics ("dang") searches the
 * folded copy, so it finds every spelling ("Đảng", "đang", "dạng"); one typed with them
 * ("Đảng") searches the printed text, whose tokenizer drops tone marks but keeps đ apart from d.
 */
export function parseQuery(query: string): ParsedQuery {
  if (query.length > MAX_QUERY_CHARS) throw new QueryError('tooLong', { n: query.length, max: MAX_QUERY_CHARS });
  if ((query.match(/"/g)?.length ?? 0) % 2 === 1) throw new QueryError('quote');
  const items: QueryItem[] = [];
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (word === 'OR' || word === 'NOT' || word === 'AND') items.push({ kind: 'op', op: word });
    else {
      const tokens = tokensOf(phrase ?? word ?? '');
      if (tokens.length) items.push({ kind: 'terms', tokens });
    }
  }
  const terms = items.reduce((n, item) => n + (item.kind === 'terms' ? item.tokens.length : 0), 0);
  if (terms > MAX_QUERY_TERMS) throw new QueryError('tooManyTerms', { n: terms, max: MAX_QUERY_TERMS });
  items.forEach((item, i) => {
    if (item.kind !== 'op') return;
    const before = items[i - 1];
    const after = items[i + 1];
    if (before?.kind !== 'terms' || after?.kind !== 'terms') throw new QueryError('operator', { op: item.op });
  });
  if (!items.length) return { match: null, words: [], folded: true };
  const lower = query.toLocaleLowerCase('vi');
  const folded = foldDiacritics(lower) === lower;
  const columns = folded ? '{title issuer text folded}' : '{title issuer text}';
  const expression = items.map((item) => (item.kind === 'op' ? item.op : item.tokens.length > 1 ? quoteToken(item.tokens.join(' ')) : quoteToken(item.tokens[0]!))).join(' ');
  const plain = items.every((item) => item.kind === 'terms');
  return { match: `${columns} : (${expression})`, words: plain ? items.flatMap((item) => (item.kind === 'terms' ? item.tokens : [])) : [], folded };
}

/** A document named in a query: by its number (`03-CT/TW`), or by type and running number (`chi thi 03`). */
interface NamedDocument {
  numberKey?: string;
  type?: { code: string; folded: string };
  seq?: number;
}

const TYPE_NAMES = DOC_TYPES.flatMap((t) => [t.name, ...(t.aliases ?? []).map((a) => a.name)].map((name) => ({ code: t.code, folded: comparisonKey(name) }))).sort(
  (a, b) => b.folded.length - a.folded.length,
);

function namedDocument(query: string): NamedDocument | null {
  const number = /(?<![\p{L}\p{N}])(\d+(?:[-/][\p{L}\p{N}.]+)+)/u.exec(query);
  if (number && /\p{L}/u.test(number[1]!)) return { numberKey: foldDiacritics(number[1]!).toUpperCase() };
  const key = comparisonKey(query);
  for (const type of TYPE_NAMES) {
    const seq = new RegExp(`(?:^| )${type.folded} (?:so )?(\\d+)(?: |$)`).exec(key);
    if (seq) return { type, seq: Number(seq[1]) };
  }
  return null;
}

/** SQL for the documents a query names, and for those that implement it (or are issued pursuant to it). */
function namedDocumentSql(named: NamedDocument, params: Record<string, unknown>): { own: string; implementers: string; citers: string } {
  if (named.numberKey) {
    params.numberLow = `${named.numberKey}|`;
    params.numberHigh = `${named.numberKey}}`;
    const cited = "SELECT c.document_id FROM citations c WHERE c.cited_key >= @numberLow AND c.cited_key < @numberHigh";
    return {
      own: 'SELECT id FROM documents WHERE doc_key >= @numberLow AND doc_key < @numberHigh',
      implementers: `${cited} AND c.relation IN ('implements', 'pursuant')`,
      citers: cited,
    };
  }
  params.typeCode = named.type!.code;
  params.typeFolded = named.type!.folded;
  params.seq = named.seq;
  const cited = 'SELECT c.document_id FROM citations c WHERE c.number IS NOT NULL AND CAST(c.number AS INTEGER) = @seq AND vn_fold(c.type) = @typeFolded';
  return {
    own: 'SELECT id FROM documents WHERE doc_type = @typeCode AND CAST(number_seq AS INTEGER) = @seq',
    implementers: `${cited} AND c.relation IN ('implements', 'pursuant')`,
    citers: cited,
  };
}

/**
 * The flagged values nobody has reviewed yet (`field_values.needs_review`, the `review_queue`): `f` the value, `x` its
 * document. Written out rather than read from the view, which materializes every document's reviews first (1 s on
 * 10,000 documents for one search's facet); `x` reads the covering index of migration 9, not the row.
 */
export const UNREVIEWED = `f.review AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.field = f.field
  AND (r.sha256 = x.sha256 OR r.doc_key = x.doc_key OR r.reviewed_key = x.doc_key))`;

/** A document with a flagged value nobody has reviewed yet (`review_queue`), for `d` (review_count > 0 is checked first: cheap). */
export const NEEDS_REVIEW = `EXISTS (SELECT 1 FROM document_fields f JOIN documents x INDEXED BY documents_edges ON x.id = f.document_id
  WHERE f.document_id = d.id AND ${UNREVIEWED})`;

/** The WHERE clauses of the filters (primary copies only), their values put in `params`. */
export function filterClauses(filters: SearchFilters, params: Record<string, unknown>): string[] {
  const where: string[] = ['d.id IN (SELECT document_id FROM identity_primary)'];
  if (filters.type) {
    where.push('(vn_fold(d.doc_type) = vn_fold(@type) OR vn_fold(d.doc_type_name) = vn_fold(@type))');
    params.type = filters.type;
  }
  if (filters.issuer) {
    where.push("instr(d.issuer_folded, vn_fold(@issuer)) > 0");
    params.issuer = filters.issuer;
  }
  if (filters.province) {
    where.push('d.province_folded = vn_fold(@province)');
    params.province = filters.province;
  }
  if (filters.year !== undefined) {
    where.push('d.year = @year');
    params.year = filters.year;
  }
  if (filters.status === 'needs-ocr') where.push("d.status = 'needs-ocr'");
  if (filters.status === 'needs-review') where.push(`d.review_count > 0 AND ${NEEDS_REVIEW}`);
  return where;
}

/**
 * SQL selecting the ids of every document `search` would return for the query and filters (all
 * pages of them), for counting and facets; null when search returns nothing (no words, no filter).
 */
export function searchScope(query: string, filters: SearchFilters, params: Record<string, unknown>): string | null {
  const parsed = parseQuery(query);
  const where = filterClauses(filters, params);
  // The covering index of migration 8 holds every filtered column: no row's text is read.
  if (!parsed.match) return where.length === 1 ? null : `SELECT d.id FROM documents d INDEXED BY documents_facets WHERE ${where.join(' AND ')}`;
  params.match = parsed.match;
  const named = namedDocument(query);
  const extra: string[] = [];
  if (named && parsed.words.length) {
    const sql = namedDocumentSql(named, params);
    extra.push(`d.id IN (${sql.own})`, `d.id IN (${sql.citers})`);
  }
  return `SELECT d.id FROM documents d INDEXED BY documents_facets WHERE (d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match)${extra.map((e) => ` OR ${e}`).join('')}) AND ${where.join(' AND ')}`;
}

/** Why a hit ranks where it does, best first. */
export const SEARCH_RANKS = ['number', 'implements', 'cites', 'phrase', 'near', 'words'] as const;

/**
 * Ranked full-text search with optional filters. Hits come in ranks, bm25 within each (title and
 * issuer weigh more than the body): the document the query names by number (`03-CT/TW`, or
 * `chi thi 03`), the documents that implement it, those that cite it otherwise, then the words as
 * one phrase, then the words near each other (within 10 words), then the words anywhere. An empty
 * query with filters lists the matching documents, newest first. Copies of one document (DOCX and
 * PDF) appear once. Filters compare folded text, so "ke hoach", "Kế hoạch" and "KH" all select plans.
 */
export function search(db: Database.Database, query: string, filters: SearchFilters = {}): SearchHit[] {
  const parsed = parseQuery(query);
  const params: Record<string, unknown> = { limit: filters.limit ?? 20, offset: filters.offset ?? 0 };
  const where = filterClauses(filters, params);
  const columns = `d.id, f.path, d.doc_type AS docType, d.doc_type_name AS docTypeName, d.number_raw AS number, d.issued AS date,
    d.issuer_name AS issuer, d.province, d.title`;
  if (!parsed.match) {
    if (where.length === 1) return [];
    const rows = db
      .prepare(
        `SELECT ${columns}, coalesce(substr(d.title, 1, 160), '') AS snippet, 0 AS rank
         FROM documents d JOIN files f ON f.id = d.file_id WHERE ${where.join(' AND ')}
         ORDER BY d.issued DESC, d.id LIMIT @limit OFFSET @offset`,
      )
      .all(params) as SearchHit[];
    return rows.map((r) => ({ ...r, match: null }));
  }
  params.match = parsed.match;
  const named = namedDocument(query);
  const tiers: string[] = [];
  const extra: string[] = [];
  if (named) {
    const sql = namedDocumentSql(named, params);
    tiers.push(`WHEN d.id IN (${sql.own}) THEN 0`, `WHEN d.id IN (${sql.implementers}) THEN 1`, `WHEN d.id IN (${sql.citers}) THEN 2`);
    // A plain query also brings the named document and its citers that lack some word; with OR or NOT, only the words decide.
    if (parsed.words.length) extra.push(`d.id IN (${sql.own})`, `d.id IN (${sql.citers})`);
  }
  // The phrase and proximity ranks are for short queries (a pasted paragraph would only slow them).
  if (parsed.words.length > 1 && parsed.words.length <= 12) {
    const columnsOf = parsed.match.slice(0, parsed.match.indexOf(':'));
    params.phrase = `${columnsOf}: ${quoteToken(parsed.words.join(' '))}`;
    params.near = `${columnsOf}: NEAR(${parsed.words.map(quoteToken).join(' ')}, 10)`;
    tiers.push('WHEN d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @phrase) THEN 3');
    tiers.push('WHEN d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @near) THEN 4');
  }
  const rows = db
    .prepare(
      `WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(documents_fts, 4.0, 2.0, 1.0, 1.0) AS score FROM documents_fts WHERE documents_fts MATCH @match)
       SELECT ${columns}, ${tiers.length ? `CASE ${tiers.join(' ')} ELSE 5 END` : '5'} AS tier, coalesce(m.score, 0) AS rank
       FROM documents d JOIN files f ON f.id = d.file_id LEFT JOIN m ON m.id = d.id
       WHERE (m.id IS NOT NULL${extra.map((e) => ` OR ${e}`).join('')}) AND ${where.join(' AND ')}
       ORDER BY tier, rank, d.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as Array<Omit<SearchHit, 'snippet' | 'match'> & { tier: number }>;
  const snippet = db.prepare("SELECT snippet(documents_fts, 2, @open, @close, '…', 12) AS s FROM documents_fts WHERE documents_fts MATCH @match AND rowid = @id");
  const [open, close] = filters.marks ?? ['[', ']'];
  return rows.map(({ tier, ...row }) => ({
    ...row,
    snippet: (snippet.get({ match: parsed.match, id: row.id, open, close }) as { s: string } | undefined)?.s ?? (row.title ?? '').slice(0, 160),
    match: SEARCH_RANKS[tier]!,
  }));
}

/** A stored document found by id or number, with the other stored copies of it. */
export interface FoundDocument {
  id: number;
  record: VanbanRecord;
  path: string;
  /** Every stored copy of the same document (same identity), this one included. */
  copies: Array<{ id: number; path: string; format: string }>;
}

/** One line about a stored document, for lists of matches. */
export interface DocumentSummary {
  id: number;
  path: string;
  docType: string | null;
  docTypeName: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
}

/** What a number names in the database: stored documents (one per identity), or only citations of it. */
export type Lookup =
  | { kind: 'document'; document: FoundDocument }
  | { kind: 'several'; documents: DocumentSummary[] }
  | { kind: 'cited'; number: string; citedBy: CitationLink[] }
  | { kind: 'none' };

/**
 * A document by id, or by number: raw (`234/KH-MTTQ-BTT`), folded and in any case
 * (`360/2025/nd-cp`, `360/2025/nđ-cp`), or its symbol. Copies of one document are one match (the
 * copy that stands for it is shown); different documents with the number (the same local number
 * in two provinces) are listed; a number only cited gives the documents that cite it.
 */
export function lookupDocument(db: Database.Database, idOrNumber: string): Lookup {
  const compact = idOrNumber.replace(/\s+/g, '');
  let keys: Array<{ doc_key: string }>;
  if (/^\d+$/.test(compact)) {
    keys = db.prepare('SELECT doc_key FROM documents WHERE id = ?').all(Number(compact)) as Array<{ doc_key: string }>;
    if (keys.length) return { kind: 'document', document: documentWithCopies(db, Number(compact)) };
  }
  const key = foldDiacritics(compact).toUpperCase();
  keys = db
    .prepare(
      // char(272), char(273): Đ and đ, folded to D as in the identity key.
      `SELECT DISTINCT doc_key FROM documents
       WHERE (doc_key >= @low AND doc_key < @high) OR upper(replace(replace(number_symbol, char(272), 'D'), char(273), 'd')) = @key ORDER BY doc_key`,
    )
    .all({ low: `${key}|`, high: `${key}}`, key }) as Array<{ doc_key: string }>;
  if (keys.length === 1) {
    const primary = db.prepare('SELECT document_id AS id FROM document_identities WHERE doc_key = ?').get(keys[0]!.doc_key) as { id: number };
    return { kind: 'document', document: documentWithCopies(db, primary.id) };
  }
  if (keys.length > 1) {
    const documents = db
      .prepare(
        `SELECT d.id, f.path, d.doc_type AS docType, d.doc_type_name AS docTypeName, d.number_raw AS number, d.issued AS date,
                d.issuer_name AS issuer, d.title
         FROM document_identities i JOIN documents d ON d.id = i.document_id JOIN files f ON f.id = d.file_id
         WHERE i.doc_key IN (SELECT value FROM json_each(?)) ORDER BY d.issued, d.id`,
      )
      .all(JSON.stringify(keys.map((k) => k.doc_key))) as DocumentSummary[];
    return { kind: 'several', documents };
  }
  const citedBy = db
    .prepare(
      `SELECT e.relation, e.citing_type AS type, e.citing_number AS number, NULL AS name, e.citing_date AS date,
              e.citing_issuer AS issuer, e.citing_id AS documentId, max(e.cited_number) OVER () AS cited
       FROM citation_edges e WHERE e.cited_key >= @low AND e.cited_key < @high
       ORDER BY e.citing_date, e.citing_id`,
    )
    .all({ low: `${key}|`, high: `${key}}` }) as Array<CitationLink & { cited: string }>;
  if (citedBy.length) return { kind: 'cited', number: citedBy[0]!.cited, citedBy: citedBy.map(({ cited: _omit, ...link }) => link) };
  return { kind: 'none' };
}

function documentWithCopies(db: Database.Database, id: number): FoundDocument {
  const row = db.prepare('SELECT d.id, d.record_json, d.doc_key, f.path FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?').get(id) as {
    id: number;
    record_json: string;
    doc_key: string;
    path: string;
  };
  const copies = db
    .prepare('SELECT d.id, f.path, d.format FROM documents d JOIN files f ON f.id = d.file_id WHERE d.doc_key = ? ORDER BY d.id')
    .all(row.doc_key) as FoundDocument['copies'];
  return { id: row.id, record: JSON.parse(row.record_json) as VanbanRecord, path: row.path, copies };
}

/** A document by id, or by number (raw "234/KH-MTTQ-BTT" or its symbol): the copy that stands for it. */
export function findDocument(db: Database.Database, idOrNumber: string): { id: number; record: VanbanRecord; path: string } | undefined {
  const found = lookupDocument(db, idOrNumber);
  return found.kind === 'document' ? found.document : undefined;
}

/** What a document cites, each resolved to the stored document it names where there is one. */
export function citesOf(db: Database.Database, documentId: number): CitationLink[] {
  return db
    .prepare(
      `SELECT c.relation, c.type, c.number, c.name, c.date, c.issuer,
              (SELECT i.document_id FROM identity_primary i WHERE i.doc_key = c.cited_key) AS documentId
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

/** The column names of a table or view (an export of an empty one still has its header). */
export function columnsOf(db: Database.Database, name: string): string[] {
  if (!exportableNames(db).includes(name)) throw new Error(`no table or view named "${name}"`);
  return db.prepare(`SELECT * FROM "${name}"`).columns().map((c) => c.name);
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
