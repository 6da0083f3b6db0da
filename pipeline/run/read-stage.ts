import type { FieldReader, RawDocument } from '../core/model.js';
import { defaultOcrSetting } from '../core/settings.js';
import type { OcrSetting } from '../ocr/index.js';
import { readBuffer } from '../read/index.js';
import { loadOcr } from './ocr-engines.js';

/** How a file is read: the options of read → OCR. */
export interface ReadStageOptions {
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

/** read → OCR: the raw document, what the slow stages give (the eval keeps it to score extractor changes again without OCR). */
export async function readDocument(buf: Buffer, path: string, options: ReadStageOptions = {}): Promise<RawDocument> {
  const setting = options.ocr ?? defaultOcrSetting();
  // With OCR on, a text PDF's signature fields (number and day stamped by the signing tool) are read too.
  const readFields = setting === 'off' ? undefined : lazyFieldReader(buf, setting);
  const raw = await readBuffer(buf, path, { readFields, sha256: options.sha256 });
  return options.readScans === false ? raw : ocrStage(raw, buf, setting);
}

/** A scan gets its text from OCR; every other document passes through. */
async function ocrStage(raw: RawDocument, buf: Buffer, setting: OcrSetting): Promise<RawDocument> {
  if (!raw.needsOcr || setting === 'off') return raw;
  const { ocrDocument, sharedOcrEngine } = await loadOcr();
  return ocrDocument(raw, buf, sharedOcrEngine(setting));
}

/** The signature fields' reader: OCR loads with the first field read (./ocr-engines.ts). */
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
