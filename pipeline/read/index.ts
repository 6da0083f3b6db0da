import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../core/errors.js';
import { LINK_REASON, PERMISSION_REASON, specialKind, specialReason } from '../core/files.js';
import { SCAN_ORIGIN, warningMessage } from '../core/messages.js';
import type { RawDocument } from '../core/model.js';
import { DEFAULT_MAX_FILE_BYTES } from '../core/settings.js';
import { detectFormat } from './detect.js';
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

export interface LoadOptions {
  /** Open the target of a symbolic link (`ingest --follow-links`); otherwise a link is refused. */
  followLinks?: boolean;
}

/** The one-sentence reason for an error opening or reading a file. */
function openFailure(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new InputError('link', LINK_REASON);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', PERMISSION_REASON);
  if (code === 'ENXIO') return new InputError('unsupported', specialReason('a socket'));
  if (code === 'EISDIR') return new InputError('unsupported', specialReason('a folder'));
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('missing', 'does not exist or cannot be opened.');
  return new InputError('unreadable', `cannot be read (${(error as Error).message}).`);
}

/**
 * Loads a file for processing: refuses it over the size limit before reading a byte, and fills
 * `facts` (size, mtime, then sha256) as it learns them. Throws `InputError` with the reason.
 * The file is opened without following a symbolic link and without blocking (a FIFO opens at once
 * and is refused), then checked on the open descriptor, so nothing can swap it in between; at
 * most the size it had when opened is read, however much is written to it meanwhile.
 */
export async function loadFile(path: string, maxBytes: number, facts: FileFacts = { sha256: null, size: null, mtime: null }, options: LoadOptions = {}): Promise<Buffer> {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW);
  const handle = await open(path, flags).catch((error: unknown) => {
    throw openFailure(error);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError('unsupported', specialReason(specialKind(info)));
    Object.assign(facts, { size: info.size, mtime: info.mtimeMs });
    checkSize(info.size, maxBytes);
    const buf = Buffer.alloc(info.size);
    let filled = 0;
    try {
      while (filled < buf.length) {
        const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
    } catch (error) {
      throw openFailure(error);
    }
    const content = filled === buf.length ? buf : buf.subarray(0, filled);
    facts.sha256 = createHash('sha256').update(content).digest('hex');
    return content;
  } finally {
    await handle.close();
  }
}

/**
 * Whether a file is no longer what was read: a copy still being written when it was picked up.
 * Told by size and mtime (every write moves the mtime), as the rerun's skip is: the file is not
 * read and hashed a second time. A file that vanished counts as changed.
 */
export async function hasChanged(path: string, facts: FileFacts, options: LoadOptions = {}): Promise<boolean> {
  const info = await (options.followLinks ? stat(path) : lstat(path)).catch(() => null);
  return !info || !info.isFile() || info.size !== facts.size || info.mtimeMs !== facts.mtime;
}

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
