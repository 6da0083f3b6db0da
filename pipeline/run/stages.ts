import { extractRecord, type ExtractOptions } from '../../extractors/index.js';
import { looksVietnamese } from '../../normalizers/language.js';
import { normalizeDocument } from '../../normalizers/index.js';
import { InputError } from '../core/errors.js';
import type { NormalizedDocument, RawDocument } from '../core/model.js';
import { loadFile, DEFAULT_MAX_FILE_BYTES, type ReadOptions } from '../read/index.js';
import { readDocument, type ReadStageOptions } from './read-stage.js';
import type { VanbanRecord } from '../core/record.js';

export { readDocument };
export { closeOcrEngines } from './ocr-engines.js';

/** The result of running read → (OCR) → normalize → extract on one file. */
export interface ProcessedDocument {
  document: NormalizedDocument;
  record: VanbanRecord;
}

export interface StageOptions extends ExtractOptions, ReadStageOptions {}

/** read → OCR → normalize → extract for one file; the store stage is the caller's (ingest). */
export async function processFile(path: string, options: ReadOptions & StageOptions = {}): Promise<ProcessedDocument> {
  return processBuffer(await loadFile(path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES), path, options);
}

/** The same stages for a file already in memory (ingest reads once to hash and to parse). */
export async function processBuffer(buf: Buffer, path: string, options: StageOptions = {}): Promise<ProcessedDocument> {
  return extractDocument(await readDocument(buf, path, options), options);
}

/** normalize → extract for a raw document. */
export function extractDocument(raw: RawDocument, options: ExtractOptions = {}): ProcessedDocument {
  return extractStage(normalizeDocument(raw), options);
}

function extractStage(document: NormalizedDocument, options: ExtractOptions): ProcessedDocument {
  if (!document.needsOcr && !looksVietnamese(document.text)) {
    // A scan OCR read as little but noise is Vietnamese on paper: handwriting, a faint or damaged page.
    if (document.ocr) throw new InputError('unreadable-scan', 'is a scan in which OCR read too little Vietnamese (handwriting, a faint or damaged scan); check it by eye.');
    throw new InputError('not-vietnamese', 'is not in Vietnamese (too few of its words are Vietnamese syllables; the rule is in the README); vanban reads Vietnamese administrative documents.');
  }
  return { document, record: extractRecord(document, options) };
}
