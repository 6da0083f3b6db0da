import { extractRecord, type ExtractOptions } from '../extractors/index.js';
import { looksVietnamese } from '../normalizers/language.js';
import { normalizeDocument } from '../normalizers/index.js';
import { InputError } from './errors.js';
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
  return extractStage(normalizeDocument(await readDocument(path, options)), options);
}

/** The same stages for a file already in memory (ingest reads once to hash and to parse). */
export async function processBuffer(buf: Buffer, path: string, options: ExtractOptions = {}): Promise<ProcessedDocument> {
  return extractStage(normalizeDocument(await readBuffer(buf, path)), options);
}

function extractStage(document: NormalizedDocument, options: ExtractOptions): ProcessedDocument {
  if (!document.needsOcr && !looksVietnamese(document.text)) {
    throw new InputError('not-vietnamese', 'is not in Vietnamese (its text has almost no Vietnamese letters or syllables); vanban reads Vietnamese administrative documents.');
  }
  return { document, record: extractRecord(document, options) };
}
