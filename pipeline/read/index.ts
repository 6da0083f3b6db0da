import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { InputError } from '../core/errors.js';
import { SCAN_ORIGIN, warningMessage } from '../core/messages.js';
import type { RawDocument } from '../core/model.js';
import { DEFAULT_MAX_FILE_BYTES } from '../core/settings.js';
import { detectFormat } from './detect.js';
import { loadFile } from './files.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

/** Files larger than this are refused before they are read (configurable per run). */
export { DEFAULT_MAX_FILE_BYTES };
export { loadFormatSniffer } from './detect.js';

export interface ReadOptions {
  maxBytes?: number;
}

export interface BufferReadOptions {
  /** Reads what a PDF's signature fields print into the header's blanks (given by the OCR stage). */
  readFields?: import('../core/model.js').FieldReader;
  /** The content's SHA-256 when the caller has already computed it (the batch hashes once, on loading). */
  sha256?: string;
}

export { checkSize, hasChanged, loadFile, type FileFacts, type LoadOptions } from './files.js';

/** Reads one file into the document model. Throws `InputError` with a user-facing reason. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  return readBuffer(await loadFile(path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES), path);
}

export async function readBuffer(buf: Buffer, path: string, options: BufferReadOptions = {}): Promise<RawDocument> {
  const sha256 = options.sha256 ?? createHash('sha256').update(buf).digest('hex');
  const extension = extname(path).slice(1).toLowerCase();
  const { format } = await detectFormat(buf, extension);
  const source = { path, sha256, size: buf.length, format, pages: 1, ocr: false };
  switch (format) {
    case 'txt': {
      const { rawText, lines, messages } = readText(buf);
      return { source, rawText, lines, needsOcr: false, stamps: [], messages };
    }
    case 'docx': {
      const { readDocx } = await import('./docx.js'); // mammoth loads with the first DOCX
      const { rawText, lines, messages } = await readDocx(buf);
      return { source, rawText, lines, needsOcr: false, stamps: [], messages };
    }
    case 'doc': {
      const { readDoc } = await import('./doc.js'); // word-extractor loads with the first DOC
      const { rawText, lines } = await readDoc(buf);
      return { source, rawText, lines, needsOcr: false, stamps: [], messages: [] };
    }
    case 'pdf': {
      const pdf = await readPdf(buf, options.readFields);
      return {
        source: { ...source, pages: pdf.pages },
        rawText: pdf.rawText,
        lines: pdf.lines,
        needsOcr: pdf.needsOcr,
        ...(pdf.ocrPages ? { ocrPages: pdf.ocrPages } : {}),
        stamps: pdf.stamps,
        messages: pdf.messages,
        pageWidth: pdf.pageWidth,
      };
    }
    case 'image':
      return {
        source,
        rawText: '',
        lines: [],
        needsOcr: true,
        stamps: [],
        messages: [warningMessage(SCAN_ORIGIN, 'The file is an image: its text needs OCR.')],
      };
    default:
      throw new InputError('unsupported', 'is in a format vanban does not read.');
  }
}
