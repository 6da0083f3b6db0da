import type Database from 'better-sqlite3';
import type { VanbanRecord } from '../core/record.js';
import type { DocumentLinks } from '../core/model.js';
import { checkIntegrity, openDatabase, type OpenOptions } from './migrate.js';
import * as queries from './queries.js';
import type { CitationLink, Lookup, SchemaRelation, SearchFilters, SearchHit } from './queries.js';
import * as browse from './browse.js';
import * as reviews from './reviews.js';
import type { QueuedValue, ReviewConflict, ReviewInput, ReviewRow } from './reviews.js';
import * as write from './write.js';
import type { FileState, RunCounts, RunEnd } from './write.js';

/**
 * The SQLite store — the only folder that knows SQL. WAL mode, versioned migrations
 * (`PRAGMA user_version`, migrations/*.sql), one transaction per document, FTS5 over the
 * normalized text and a diacritic-folded copy (đ→d included) so `dang` finds `Đảng`.
 * Opening is in migrate.ts, writing in write.ts, reading in queries.ts.
 */

export { PIPELINE_VERSION } from './write.js';
export type { FileState, RunCounts, RunEnd } from './write.js';
export { DEFAULT_BUSY_TIMEOUT_MS, StoreError, type OpenOptions } from './migrate.js';
export type { CitationLink, DocumentSummary, FoundDocument, Lookup, SchemaRelation, SearchFilters, SearchHit } from './queries.js';
export { FACETS, type AgencyEntry, type AgencyTask, type CitedEntry, type CitingEntry, type DocumentView, type Facet, type FacetValue, type FailedFile, type GraphEdge, type NeedsOcrFile, type RunRow, type SearchCounts, type SourceFile } from './browse.js';
export { ReviewError, type QueuedValue, type ReviewAction, type ReviewConflict, type ReviewInput, type ReviewRow } from './reviews.js';
export { MAX_QUERY_CHARS, MAX_QUERY_TERMS, QueryError, SEARCH_RANKS } from './queries.js';

export class Store {
  readonly db: Database.Database;
  readonly path: string;
  private readonly readOnly: boolean;
  private checked: boolean;

  /** Opens (creating and migrating when needed) a database to write to. */
  constructor(path: string, options: OpenOptions = {}) {
    this.path = path;
    this.readOnly = options.readOnly ?? false;
    this.checked = options.checkIntegrity ?? false;
    this.db = openDatabase(path, options);
  }

  /**
   * Opens a database; `{ readOnly: true }` is for read commands: a missing file is an error (never
   * created), nothing is migrated or written, and a database of another schema version is refused.
   */
  static open(path: string, options: OpenOptions = {}): Store {
    return new Store(path, options);
  }

  /**
   * Refuses a damaged database (SQLite quick_check) before a batch writes to it; once per store
   * (open with `checkIntegrity: true` to check before the file is touched at all).
   */
  checkIntegrity(): void {
    if (this.checked) return;
    checkIntegrity(this.db, this.path);
    this.checked = true;
  }

  /**
   * A writer leaves the file in rollback-journal mode (WAL again on the next write open): a WAL
   * file needs a writable folder for its shared-memory index even to be read, and read commands
   * must work on a database in a read-only folder. Busy (another process has it open): left in WAL.
   */
  close(): void {
    if (!this.readOnly && this.db.open) {
      try {
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // another connection is open; it will do the same when it closes
      }
    }
    this.db.close();
  }

  fileState(path: string): FileState | undefined {
    return write.fileState(this.db, path);
  }

  isUnchanged(path: string, sha256: string, ocrOn = true): boolean {
    return write.isUnchanged(this.db, path, sha256, ocrOn);
  }

  /** Whether a file can be skipped by its size and mtime alone, before it is read (`write.stateByStat`). */
  stateByStat(path: string, size: number, mtime: number, ocrOn = true): 'unchanged' | 'failed-before' | null {
    return write.stateByStat(this.db, path, size, mtime, ocrOn);
  }

  /** True when this exact content already failed with this pipeline version. */
  failedUnchanged(path: string, sha256: string): boolean {
    return write.failedUnchanged(this.db, path, sha256);
  }

  recordFailure(path: string, info: { sha256: string | null; size: number | null; mtime: number | null }, error: string, code: string): void {
    write.recordFailure(this.db, path, info, error, code);
  }

  saveDocument(record: VanbanRecord, text: string, info: { size: number; mtime: number }, links: DocumentLinks): number {
    return write.saveDocument(this.db, record, text, info, links);
  }

  startRun(command: string): number {
    return write.startRun(this.db, command);
  }

  updateRun(runId: number, counts: RunCounts, durationMs: number): void {
    write.updateRun(this.db, runId, counts, durationMs);
  }

  /** Closes a run: `finished`; `interrupted` when stopped on request (Ctrl-C, SIGTERM); `stopped` when a fault (a full disk) ended it early. */
  finishRun(runId: number, counts: RunCounts, durationMs: number, end: RunEnd = 'finished'): void {
    write.updateRun(this.db, runId, counts, durationMs, end);
  }

  moveFile(from: string, to: string): void {
    write.moveFile(this.db, from, to);
  }

  /** How long a statement waits for another program's lock (ms). */
  get busyTimeoutMs(): number {
    return this.db.pragma('busy_timeout', { simple: true }) as number;
  }

  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    return queries.search(this.db, query, filters);
  }

  findDocument(idOrNumber: string): { id: number; record: VanbanRecord; path: string } | undefined {
    return queries.findDocument(this.db, idOrNumber);
  }

  /** What an id or number names: one document (with its copies), several, or a number only cited. */
  lookup(idOrNumber: string): Lookup {
    return queries.lookupDocument(this.db, idOrNumber);
  }

  citesOf(documentId: number): CitationLink[] {
    return queries.citesOf(this.db, documentId);
  }

  citedBy(documentId: number): CitationLink[] {
    return queries.citedBy(this.db, documentId);
  }

  describeSchema(): SchemaRelation[] {
    return queries.describeSchema(this.db);
  }

  exportableNames(): string[] {
    return queries.exportableNames(this.db);
  }

  columnsOf(name: string): string[] {
    return queries.columnsOf(this.db, name);
  }

  iterateRows(name: string): IterableIterator<Record<string, unknown>> {
    return queries.iterateRows(this.db, name);
  }

  /** Confirms or corrects one value of a stored document; the review outlives every re-ingest (reviews.ts). */
  addReview(input: ReviewInput): ReviewRow {
    return this.db.transaction(() => reviews.addReview(this.db, input))();
  }

  /** Every review that applies to a stored document, oldest first, with the ones the views show marked `stands`. */
  reviewsFor(documentId: number): ReviewRow[] {
    return reviews.reviewsFor(this.db, documentId);
  }

  /** The values waiting for a person: flagged by the extraction and not reviewed yet. */
  reviewQueue(options: { documentId?: number; limit?: number } = {}): QueuedValue[] {
    return reviews.reviewQueue(this.db, options);
  }

  /** Reviewed values that the current extraction disagrees with (the review stands). */
  reviewConflicts(documentId?: number): ReviewConflict[] {
    return reviews.reviewConflicts(this.db, documentId);
  }

  failures(): Array<{ path: string; error: string }> {
    return queries.failures(this.db);
  }

  // --- for the web page (browse.ts) ---

  searchCounts(query: string, filters: SearchFilters = {}): browse.SearchCounts {
    return browse.searchCounts(this.db, query, filters);
  }

  documentView(id: number): browse.DocumentView | undefined {
    return browse.documentView(this.db, id);
  }

  /** The file a stored document came from, as recorded: the only way the web page reaches a file. */
  sourceFile(documentId: number): browse.SourceFile | undefined {
    return browse.sourceFile(this.db, documentId);
  }

  recentRuns(limit?: number): browse.RunRow[] {
    return browse.recentRuns(this.db, limit);
  }

  failedFiles(limit?: number): browse.FailedFile[] {
    return browse.failedFiles(this.db, limit);
  }

  needsOcr(limit?: number): browse.NeedsOcrFile[] {
    return browse.needsOcr(this.db, limit);
  }

  mostCited(limit?: number): browse.CitedEntry[] {
    return browse.mostCited(this.db, limit);
  }

  citingDocuments(keyOrNumber: string): { cited: browse.CitedEntry | null; citing: browse.CitingEntry[] } {
    return browse.citingDocuments(this.db, keyOrNumber);
  }

  citationGraph(): IterableIterator<browse.GraphEdge> {
    return browse.citationGraph(this.db);
  }

  agencies(query?: string, limit?: number): browse.AgencyEntry[] {
    return browse.agencies(this.db, query, limit);
  }

  agencyTasks(agencyId: number): { agency: browse.AgencyEntry | undefined; tasks: browse.AgencyTask[] } {
    return browse.agencyTasks(this.db, agencyId);
  }
}
