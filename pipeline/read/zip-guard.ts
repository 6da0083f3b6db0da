import { InputError } from '../core/errors.js';

/**
 * Refuses ZIP containers (DOCX) that would inflate to an unreasonable size before any library
 * unpacks them: the central directory states each entry's uncompressed size, so a zip bomb can be
 * recognised without decompressing a byte.
 */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 200;

export function checkZipSizes(buf: Buffer): void {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new InputError('corrupt', 'is a damaged Word file (its ZIP directory is missing or truncated).');
  const entries = buf.readUInt16LE(eocd + 10);
  let cursor = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let compressed = 0;
  for (let i = 0; i < entries; i++) {
    if (cursor + 46 > buf.length || buf.readUInt32LE(cursor) !== 0x02014b50) {
      throw new InputError('corrupt', 'is a damaged Word file (its ZIP directory is inconsistent).');
    }
    compressed += buf.readUInt32LE(cursor + 20);
    total += buf.readUInt32LE(cursor + 24);
    cursor += 46 + buf.readUInt16LE(cursor + 28) + buf.readUInt16LE(cursor + 30) + buf.readUInt16LE(cursor + 32);
  }
  if (total > MAX_UNCOMPRESSED_BYTES || (total > 10 * 1024 * 1024 && total / Math.max(compressed, 1) > MAX_COMPRESSION_RATIO)) {
    throw new InputError(
      'zip-bomb',
      `would expand to ${Math.round(total / 1048576)} MB from ${Math.round(buf.length / 1024)} KB (a "zip bomb"); it was not opened.`,
    );
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
