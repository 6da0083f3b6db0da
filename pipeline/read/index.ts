import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../core/errors.js';
import type { RawDocument } from '../core/model.js';
import { detectFormat } from './detect.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

/** Files larger than this are refused before they are read (configurable per run). */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

export interface BufferReadOptions {
  /** Reads what a PDF's signature fields print into the header's blanks (given by the OCR stage). */
  readFields?: import('../core/model.js').FieldReader;
}

/** Refuses a file over the size limit before any of it is read. */
export function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new InputError('too-large', `is ${Math.round(size / 1048576)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit (raise it with --max-size).`);
  }
}

/** What is known about a file on disk; a failure records as much of it as was learnt. */
export interface FileFacts {
  sha256: string | null;
  size: number | null;
  mtime: number | null;
}

/**
 * Loads a file for processing: refuses it over the size limit before reading a byte, and fills
 * `facts` (size, mtime, then sha256) as it learns them. Throws `InputError` with the reason.
 */
export async function loadFile(path: string, maxBytes: number, facts: FileFacts = { sha256: null, size: null, mtime: null }): Promise<Buffer> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError('missing', 'does not exist or cannot be opened.');
  if (!info.isFile()) throw new InputError('unsupported', 'is not a regular file.');
  Object.assign(facts, { size: info.size, mtime: info.mtimeMs });
  checkSize(info.size, maxBytes);
  const buf = await readFile(path);
  facts.sha256 = createHash('sha256').update(buf).digest('hex');
  return buf;
}

/** Reads one file into the document model. Throws `InputError` with a user-facing reason. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  return readBuffer(await loadFile(path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES), path);
}

export async function readBuffer(buf: Buffer, path: string, options: BufferReadOptions = {}): Promise<RawDocument> {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const extension = extname(path).slice(1).toLowerCase();
  const { format } = await detectFormat(buf, extension);
  const source = { path, sha256, size: buf.length, format, pages: 1, ocr: false };
  switch (format) {
    case 'txt': {
      const { rawText, lines, warnings } = readText(buf);
      return { source, rawText, lines, needsOcr: false, stamps: [], warnings };
    }
    case 'docx': {
      const { rawText, lines, warnings } = await readDocx(buf);
      return { source, rawText, lines, needsOcr: false, stamps: [], warnings };
    }
    case 'doc': {
      const { rawText, lines } = await readDoc(buf);
      return { source, rawText, lines, needsOcr: false, stamps: [], warnings: [] };
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
        warnings: pdf.warnings,
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
        warnings: [{ message: 'The file is an image: its text needs OCR.' }],
      };
    default:
      throw new InputError('unsupported', 'is in a format vanban does not read.');
  }
}
