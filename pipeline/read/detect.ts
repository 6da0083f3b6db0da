import { InputError } from '../core/errors.js';
import { lazyModule } from '../core/lazy.js';
import type { SourceFormat } from '../core/model.js';

/** What a file really is, judged by its bytes; the extension is only a hint for plain text. */
export interface DetectedFormat {
  format: SourceFormat;
  /** e.g. `application/pdf`; for text, `text/plain`. */
  mime: string;
}

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'tif', 'bmp', 'webp', 'gif']);

/** Share of bytes that plain text never contains (NUL and C0 controls other than tab/CR/LF/FF). */
function controlByteShare(buf: Buffer): number {
  const n = Math.min(buf.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

/**
 * The PDF header may stand anywhere in the first 1024 bytes (ISO 32000-1, Annex H, note 3; Acrobat
 * and pdf.js accept it): some signing and mail tools put bytes before it.
 */
const PDF_HEADER_WINDOW = 1024;

/**
 * `%PDF` at the very start is what file-type itself answers `pdf` for before any other signature
 * (none of its earlier ones begins with these bytes): answered here, a PDF's reading never loads
 * file-type and its tokenizers (~70 CPU-ms of `vanban extract`; issue 23).
 */
export function startsAsPdf(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x25 && buf[1] === 0x50 && buf[2] === 0x44 && buf[3] === 0x46;
}

/**
 * The content sniffer for everything that is not plainly a PDF, loaded on first use; the inbox
 * loads it before it starts watching, so loading it never holds up the first files (and the
 * settle timing of copies still arriving).
 */
export const loadFormatSniffer = lazyModule(() => import('file-type')).get;

async function sniff(buf: Buffer) {
  return (await loadFormatSniffer()).fileTypeFromBuffer(buf);
}

function hasPdfHeader(buf: Buffer): boolean {
  return buf.subarray(0, PDF_HEADER_WINDOW).includes('%PDF-');
}

/**
 * UTF-16 without a byte-order mark: ASCII characters (spaces, digits, Latin letters) put a zero in
 * every other byte, on one side only, which no 8-bit text and no common binary format does.
 */
export function utf16Endianness(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 65536) & ~1;
  if (n < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  const endianness = oddZeros / pairs > 0.2 && evenZeros / pairs < 0.02 ? 'utf-16le' : evenZeros / pairs > 0.2 && oddZeros / pairs < 0.02 ? 'utf-16be' : null;
  if (!endianness) return null;
  // And it decodes to text: letters and spaces, not control characters.
  const sample = new TextDecoder(endianness).decode(buf.subarray(0, n));
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls / sample.length < 0.01 ? endianness : null;
}

function hasUtf16Bom(buf: Buffer): boolean {
  return (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
}

/** A ZIP without its end-of-directory record that names Word's parts, or is called .docx. */
function looksLikeTruncatedDocx(buf: Buffer, extension: string): boolean {
  const tail = buf.subarray(Math.max(0, buf.length - 65557));
  const hasDirectory = tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (hasDirectory) return false;
  return extension === 'docx' || buf.includes('word/document.xml') || buf.includes('[Content_Types].xml');
}

export async function detectFormat(buf: Buffer, extension: string): Promise<DetectedFormat> {
  if (buf.length === 0) throw new InputError('empty', 'is empty (0 bytes).');
  // A UTF-16 byte-order mark is text; content sniffers can take it for audio frames.
  if (hasUtf16Bom(buf) || utf16Endianness(buf)) return { format: 'txt', mime: 'text/plain' };
  if (startsAsPdf(buf)) return { format: 'pdf', mime: 'application/pdf' };
  const sniffed = await sniff(buf);
  if (sniffed) {
    if (sniffed.ext === 'pdf') return { format: 'pdf', mime: sniffed.mime };
    if (sniffed.ext === 'docx') return { format: 'docx', mime: sniffed.mime };
    if (sniffed.ext === 'cfb') return { format: 'doc', mime: sniffed.mime };
    if (IMAGE_EXTENSIONS.has(sniffed.ext)) return { format: 'image', mime: sniffed.mime };
    if (sniffed.ext === 'zip') {
      // A Word file cut short has lost its ZIP directory, and with it what tells it apart from any ZIP.
      if (looksLikeTruncatedDocx(buf, extension)) {
        throw new InputError('corrupt', 'is a truncated or damaged Word (DOCX) file: the end of the file, where its table of contents lies, is missing; copy or export it again.');
      }
      throw new InputError('unsupported', 'is a ZIP archive that is not a Word document; unpack it and add its files.');
    }
    throw new InputError(
      'unsupported',
      `is a ${sniffed.ext.toUpperCase()} file (${sniffed.mime}), which vanban does not read${extension ? ` despite its .${extension} name` : ''}.`,
    );
  }
  if (hasPdfHeader(buf)) return { format: 'pdf', mime: 'application/pdf' };
  if (controlByteShare(buf) < 0.01) return { format: 'txt', mime: 'text/plain' };
  throw new InputError('unsupported', 'is binary data of an unknown kind, not a document vanban can read.');
}
