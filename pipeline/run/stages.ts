import { extractRecord, type ExtractOptions } from '../../extractors/index.js';
import { looksVietnamese } from '../../normalizers/language.js';
import { normalizeDocument } from '../../normalizers/index.js';
import { InputError } from '../core/errors.js';
import { lazyModule } from '../core/lazy.js';
import type { NormalizedDocument, RawDocument } from '../core/model.js';
import { defaultOcrSetting } from '../core/settings.js';
import type { FieldReader } from '../core/model.js';
import type { OcrSetting } from '../ocr/index.js';
import { loadFile, readBuffer, DEFAULT_MAX_FILE_BYTES, type ReadOptions } from '../read/index.js';
import type { VanbanRecord } from '../core/record.js';

/** The result of running read → (OCR) → normalize → extract on one file. */
export interface ProcessedDocument {
  document: NormalizedDocument;
  record: VanbanRecord;
}

export interface StageOptions extends ExtractOptions {
  /** How scans are read: an engine, or `off` to store them as `needs-ocr`. Default: `VANBAN_OCR` or tesseract.js. */
  ocr?: OcrSetting;
  /**
   * False leaves a scan's pages for later (it comes back `needs-ocr`) while a text PDF's signature
   * fields are still read: the batch learns a file is a scan before giving it OCR time.
   */
  readScans?: boolean;
  /** The content's SHA-256 when already known (the batch hashed it on loading): not computed again. */
  sha256?: string;
}

/** read → OCR → normalize → extract for one file; the store stage is the caller's (ingest). */
export async function processFile(path: string, options: ReadOptions & StageOptions = {}): Promise<ProcessedDocument> {
  return processBuffer(await loadFile(path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES), path, options);
}

/** The same stages for a file already in memory (ingest reads once to hash and to parse). */
export async function processBuffer(buf: Buffer, path: string, options: StageOptions = {}): Promise<ProcessedDocument> {
  return extractDocument(await readDocument(buf, path, options), options);
}

/** read → OCR: the raw document, what the slow stages give (the eval keeps it to score extractor changes again without OCR). */
export async function readDocument(buf: Buffer, path: string, options: StageOptions = {}): Promise<RawDocument> {
  const setting = options.ocr ?? defaultOcrSetting();
  // With OCR on, a text PDF's signature fields (number and day stamped by the signing tool) are read too.
  const readFields = setting === 'off' ? undefined : lazyFieldReader(buf, setting);
  const raw = await readBuffer(buf, path, { readFields, sha256: options.sha256 });
  return options.readScans === false ? raw : ocrStage(raw, buf, setting);
}

/** normalize → extract for a raw document. */
export function extractDocument(raw: RawDocument, options: ExtractOptions = {}): ProcessedDocument {
  return extractStage(normalizeDocument(raw), options);
}

/** A scan gets its text from OCR; every other document passes through. */
async function ocrStage(raw: RawDocument, buf: Buffer, setting: OcrSetting): Promise<RawDocument> {
  if (!raw.needsOcr || setting === 'off') return raw;
  const { ocrDocument, sharedOcrEngine } = await loadOcr();
  return ocrDocument(raw, buf, sharedOcrEngine(setting));
}

const ocrModule = lazyModule(() => import('../ocr/index.js'));
const loadOcr = ocrModule.get;

/** Stops this thread's OCR workers, if a scan or a signature field ever started them. */
export async function closeOcrEngines(): Promise<void> {
  // (An OCR module that failed to load started no engine.)
  const ocr = await ocrModule.loaded()?.catch(() => undefined);
  if (ocr) await ocr.closeOcrEngines();
}

/**
 * OCR (tesseract.js, the image decoders) loads on the first scan or signature field, not with the
 * stages: `vanban extract` of a text file and a worker thread of a text batch never pay for it.
 */
function lazyFieldReader(buf: Buffer, setting: Exclude<OcrSetting, 'off'>): FieldReader {
  let reader: FieldReader | undefined;
  return async (page, fields, printed) => {
    if (!reader) {
      const [{ signatureFieldReader }, { sharedOcrEngine }] = await Promise.all([import('../ocr/fields.js'), loadOcr()]);
      reader = signatureFieldReader(buf, sharedOcrEngine(setting));
    }
    return reader(page, fields, printed);
  };
}

function extractStage(document: NormalizedDocument, options: ExtractOptions): ProcessedDocument {
  if (!document.needsOcr && !looksVietnamese(document.text)) {
    // A scan OCR read as little but noise is Vietnamese on paper: handwriting, a faint or damaged page.
    if (document.ocr) throw new InputError('unreadable-scan', 'is a scan in which OCR read too little Vietnamese (handwriting, a faint or damaged scan); check it by eye.');
    throw new InputError('not-vietnamese', 'is not in Vietnamese (too few of its words are Vietnamese syllables; the rule is in the README); vanban reads Vietnamese administrative documents.');
  }
  return { document, record: extractRecord(document, options) };
}
