import { detectLegacyBytes } from '../core/text/legacy.js';
import { InputError } from '../core/errors.js';
import { infoMessage, type Message } from '../core/messages.js';
import type { Line } from '../core/model.js';
import { splitPlainLines } from '../core/lines.js';
import { utf16Endianness } from './detect.js';

const LEGACY_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', viscii: 'VISCII', cp1258: 'Windows-1258' } as const;

/**
 * Decodes a plain-text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else one of the
 * 8-bit Vietnamese encodings (TCVN3, VNI, VISCII, Windows-1258), chosen by which reads as Vietnamese.
 */
export function decodeText(buf: Buffer): { text: string; messages: Message[] } {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), messages: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), messages: [] };
  const utf16 = utf16Endianness(buf);
  if (utf16) return { text: new TextDecoder(utf16).decode(buf), messages: [infoMessage('read:txt', `Decoded as ${utf16.toUpperCase()} without a byte-order mark.`)] };
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), messages: [] };
  } catch {
    const legacy = detectLegacyBytes(body);
    if (legacy) return { text: legacy.text, messages: [infoMessage('read:txt', `Decoded from the ${LEGACY_NAMES[legacy.encoding]} encoding.`)] };
    throw new InputError(
      'encoding',
      'is not UTF-8, UTF-16 or a Vietnamese 8-bit encoding (TCVN3, VNI, VISCII, Windows-1258); save it as UTF-8 (Unicode) and add it again.',
    );
  }
}

export function readText(buf: Buffer): { rawText: string; lines: Line[]; messages: Message[] } {
  const { text: rawText, messages } = decodeText(buf);
  if (rawText.trim().length === 0) throw new InputError('empty', 'holds no text (only blank space).');
  return { rawText, lines: splitPlainLines(rawText), messages };
}
