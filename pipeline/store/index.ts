import type Database from 'better-sqlite3';
import type { VanbanRecord } from '../core/record.js';
import type { DocumentLinks } from '../core/model.js';
import { openDatabase } from './migrate.js';
import * as queries from './queries.js';
import type { CitationLink, Lookup, SchemaRelation, SearchFilters, SearchHit } from './queries.js';
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
export type { CitationLink, DocumentSummary, FoundDocument, Lookup, SchemaRelation, SearchFilters, SearchHit } from './queries.js';
export { MAX_QUERY_CHARS, MAX_QUERY_TERMS, QueryError, SEARCH_RANKS } from './queries.js';

export class Store {
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = openDatabase(path);
  }

  close(): void {
    this.db.close();
  }

  fileState(path: string): FileState | undefined {
    return write.fileState(this.db, path);
  }

  isUnchanged(path: string, sha256: string, ocrOn = true): boolean {
    return write.isUnchanged(this.db, path, sha256, ocrOn);
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

  /** Closes a run: `finished`, or `interrupted` when it was stopped on request. */
  finishRun(runId: number, counts: RunCounts, durationMs: number, end: RunEnd = 'finished'): void {
    write.updateRun(this.db, runId, counts, durationMs, end);
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

  failures(): Array<{ path: string; error: string }> {
    return queries.failures(this.db);
  }
}
