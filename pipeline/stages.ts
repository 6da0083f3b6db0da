import { extractRecord, type ExtractOptions } from '../extractors/index.js';
import { normalizeDocument } from '../normalizers/index.js';
import type { NormalizedDocument } from './model.js';
import { readBuffer, readDocument, type ReadOptions } from './readers/index.js';
import type { VanbanRecord } from './record.js';

/** The result of running read → normalize → extract on one file. */
export interface ProcessedDocument {
  document: NormalizedDocument;
  record: VanbanRecord;
}

/** read → normalize → extract for one file; the store stage is the caller's (ingest). */
export async function processFile(path: string, options: ReadOptions & ExtractOptions = {}): Promise<ProcessedDocument> {
  const raw = await readDocument(path, options);
  const document = normalizeDocument(raw);
  const record = extractRecord(document, options);
  return { document, record };
}

/** The same stages for a file already in memory (ingest reads once to hash and to parse). */
export async function processBuffer(buf: Buffer, path: string, options: ExtractOptions = {}): Promise<ProcessedDocument> {
  const document = normalizeDocument(await readBuffer(buf, path));
  return { document, record: extractRecord(document, options) };
}
