import { inflateRawSync } from 'node:zlib';
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
  const declared: ZipEntry[] = [];
  for (let i = 0; i < entries; i++) {
    if (cursor + 46 > buf.length || buf.readUInt32LE(cursor) !== 0x02014b50) {
      throw new InputError('corrupt', 'is a damaged Word file (its ZIP directory is inconsistent).');
    }
    const nameLength = buf.readUInt16LE(cursor + 28);
    declared.push({
      name: buf.toString('utf8', cursor + 46, cursor + 46 + nameLength),
      method: buf.readUInt16LE(cursor + 10),
      compressed: buf.readUInt32LE(cursor + 20),
      size: buf.readUInt32LE(cursor + 24),
      local: buf.readUInt32LE(cursor + 42),
    });
    compressed += buf.readUInt32LE(cursor + 20);
    total += buf.readUInt32LE(cursor + 24);
    cursor += 46 + nameLength + buf.readUInt16LE(cursor + 30) + buf.readUInt16LE(cursor + 32);
  }
  if (total > MAX_UNCOMPRESSED_BYTES || (total > 10 * 1024 * 1024 && total / Math.max(compressed, 1) > MAX_COMPRESSION_RATIO)) {
    throw new InputError(
      'zip-bomb',
      `would expand to ${Math.round(total / 1048576)} MB from ${Math.round(buf.length / 1024)} KB (a "zip bomb"); it was not opened.`,
    );
  }
  for (const entry of declared) checkInflation(buf, entry);
}

interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/**
 * The directory's sizes are only what the file claims: each entry is inflated here with its
 * declared size as a hard limit (zlib's `maxOutputLength` stops inflating there), so an entry that
 * holds more than it declares is stopped while inflating, before the DOCX library unpacks it.
 */
function checkInflation(buf: Buffer, entry: ZipEntry): void {
  const damaged = () => new InputError('corrupt', `is a damaged Word file (its part ${entry.name} cannot be unpacked).`);
  if (entry.local + 30 > buf.length || buf.readUInt32LE(entry.local) !== 0x04034b50) throw damaged();
  const start = entry.local + 30 + buf.readUInt16LE(entry.local + 26) + buf.readUInt16LE(entry.local + 28);
  const data = buf.subarray(start, start + entry.compressed);
  if (entry.method === 0) {
    if (entry.compressed !== entry.size) throw damaged();
    return;
  }
  if (entry.method !== 8) return; // another method: the DOCX library refuses it
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) throw damaged();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(
        'zip-bomb',
        `holds more than it declares: its part ${entry.name} inflates past the ${entry.size} bytes its header states (a "zip bomb"); it was stopped while inflating.`,
      );
    }
    if (error instanceof InputError) throw error;
    throw damaged();
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
