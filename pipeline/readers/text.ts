import { InputError } from '../errors.js';
import type { Line } from '../model.js';
import { splitPlainLines } from './lines.js';

/** Decodes a plain-text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new InputError(
      'encoding',
      'is not UTF-8 or UTF-16 text; save it as UTF-8 (Unicode) and add it again.',
    );
  }
}

export function readText(buf: Buffer): { rawText: string; lines: Line[] } {
  const rawText = decodeText(buf);
  if (rawText.trim().length === 0) throw new InputError('empty', 'holds no text (only blank space).');
  return { rawText, lines: splitPlainLines(rawText) };
}
