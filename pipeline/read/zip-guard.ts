import { inflateRawSync } from 'node:zlib';
import { InputError } from '../core/errors.js';

/**
 * Refuses ZIP containers (DOCX) that would inflate to an unreasonable size before any library
 * unpacks them: the central directory states each entry's uncompressed size, so a zip bomb can be
 * recognised without decompressing a byte.
 */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 200;

export function checkZipSizes(buf: Buffer): ZipParts | null {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new InputError('corrupt', 'is a damaged Word file (its ZIP directory is missing or truncated).');
  const entries = buf.readUInt16LE(eocd + 10);
  let cursor = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let compressed = 0;
  const declared: ZipEntry[] = [];
  // Whether JSZip (mammoth's unzipper) would find exactly these parts under these names (below).
  let plain = buf.readUInt16LE(eocd + 4) === 0 && buf.readUInt16LE(eocd + 6) === 0 && buf.readUInt16LE(eocd + 8) === entries && entries !== 0xffff;
  plain &&= cursor + buf.readUInt32LE(eocd + 12) === eocd && cursor !== 0xffffffff;
  for (let i = 0; i < entries; i++) {
    if (cursor + 46 > buf.length || buf.readUInt32LE(cursor) !== 0x02014b50) {
      throw new InputError('corrupt', 'is a damaged Word file (its ZIP directory is inconsistent).');
    }
    const nameLength = buf.readUInt16LE(cursor + 28);
    const extraLength = buf.readUInt16LE(cursor + 30);
    const entry: ZipEntry = {
      name: buf.toString('utf8', cursor + 46, cursor + 46 + nameLength),
      method: buf.readUInt16LE(cursor + 10),
      compressed: buf.readUInt32LE(cursor + 20),
      size: buf.readUInt32LE(cursor + 24),
      local: buf.readUInt32LE(cursor + 42),
    };
    declared.push(entry);
    plain &&= plainEntry(buf, cursor, entry, nameLength, extraLength);
    compressed += buf.readUInt32LE(cursor + 20);
    total += buf.readUInt32LE(cursor + 24);
    cursor += 46 + nameLength + extraLength + buf.readUInt16LE(cursor + 32);
  }
  // JSZip reads every directory record there is, even past the count the end record states.
  plain &&= cursor === eocd;
  if (total > MAX_UNCOMPRESSED_BYTES || (total > 10 * 1024 * 1024 && total / Math.max(compressed, 1) > MAX_COMPRESSION_RATIO)) {
    throw new InputError(
      'zip-bomb',
      `would expand to ${Math.round(total / 1048576)} MB from ${Math.round(buf.length / 1024)} KB (a "zip bomb"); it was not opened.`,
    );
  }
  const parts = new Map<string, ZipEntry>();
  for (const entry of declared) {
    // Each part is inflated here only to be measured, and let go at once (one part at a time, as
    // before): mammoth reads a few of them, inflated again when it asks (issue 23, review 14: keeping
    // every XML part held a document's whole inflated size, up to the cap above, at once).
    checkInflation(buf, entry);
    if (plain && parts.has(entry.name)) plain = false;
    if (plain) parts.set(entry.name, entry);
  }
  return plain ? new ZipParts(buf, parts) : null;
}

/**
 * A ZIP's parts as this guard found and inflated them, for mammoth to read in place of unzipping
 * the file again with JSZip (which inflates in JavaScript; issue 23: JSZip and pako were a tenth of
 * reading a DOCX, its XML parts inflated twice). Given only for a ZIP laid out plainly (below),
 * where JSZip would find the same parts under the same names with the same bytes; any other ZIP is
 * handed to mammoth as bytes, as before. The methods are those of mammoth's own zip file
 * (`mammoth/lib/zipfile.js`), with the same results.
 */
export class ZipParts {
  private readonly written = new Map<string, Uint8Array>();

  constructor(
    private readonly buf: Buffer,
    private readonly parts: Map<string, ZipEntry>,
  ) {}

  exists(name: string): boolean {
    return this.written.has(name) || this.parts.has(name);
  }

  read(name: string, encoding?: string): Promise<string | Uint8Array> {
    const written = this.written.get(name);
    const entry = this.parts.get(name);
    // JSZip's `file(name)` is null for a missing part and mammoth reads `.async` of it: the same TypeError.
    if (written === undefined && entry === undefined) return (null as unknown as { async(): Promise<string | Uint8Array> }).async();
    return Promise.resolve().then(() => {
      const bytes = written ?? inflatePart(this.buf, entry!);
      if (encoding === 'base64') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    });
  }

  write(name: string, contents: string | Uint8Array): void {
    this.written.set(name, typeof contents === 'string' ? new TextEncoder().encode(contents) : contents);
  }

  toArrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error('vanban: a DOCX read in place is not written back'));
  }
}

/**
 * Whether JSZip reads this directory record as the same part (name, bytes) the guard does: stored
 * or deflated, not encrypted, not ZIP64, not a folder, a plain ASCII name (JSZip decodes names its
 * own way) that JSZip keeps as it is, with no Unicode-path extra field replacing it. Word and LibreOffice write only such.
 */
function plainEntry(buf: Buffer, at: number, entry: ZipEntry, nameLength: number, extraLength: number): boolean {
  if (entry.method !== 0 && entry.method !== 8) return false;
  if ((buf.readUInt16LE(at + 8) & 0x1) !== 0) return false;
  if (entry.compressed === 0xffffffff || entry.size === 0xffffffff || entry.local === 0xffffffff) return false;
  if (entry.name.endsWith('/') || (buf.readUInt32LE(at + 38) & 0x10) !== 0 || ((buf.readUInt32LE(at + 38) >>> 16) & 0xf000) === 0x4000) return false;
  for (let k = at + 46; k < at + 46 + nameLength; k++) if (buf[k]! < 0x20 || buf[k]! > 0x7e) return false;
  // JSZip files each part under its name resolved (below): a name it would change (`./word/x.xml`,
  // `x/../word/x.xml`, `word//x.xml`) is not looked up as written, and two names it resolves alike
  // leave it only the last part. Such names go to JSZip, so every part is found as JSZip finds it:
  // with every name unchanged, two entries share a resolved name only if they share a name (refused above).
  if (jsZipResolve(entry.name) !== entry.name) return false;
  for (let k = at + 46 + nameLength; k + 4 <= at + 46 + nameLength + extraLength; ) {
    if (buf.readUInt16LE(k) === 0x7075) return false;
    k += 4 + buf.readUInt16LE(k + 2);
  }
  return true;
}

/**
 * A name as JSZip resolves it when it loads a ZIP (`utils.resolve` in jszip/lib/utils.js, called by
 * jszip/lib/load.js since 3.8): `.` segments and empty ones (but a first or last) dropped, each `..`
 * dropping the segment before it.
 */
export function jsZipResolve(name: string): string {
  const segments = name.split('/');
  const result: string[] = [];
  segments.forEach((segment, index) => {
    if (segment === '.' || (segment === '' && index !== 0 && index !== segments.length - 1)) return;
    if (segment === '..') result.pop();
    else result.push(segment);
  });
  return result.join('/');
}

/** A part's bytes, inflated (by zlib, natively) when mammoth reads it; the guard has checked they inflate to its stated size. */
function inflatePart(buf: Buffer, entry: ZipEntry): Uint8Array {
  const data = entryData(buf, entry);
  return entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
}

function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const start = entry.local + 30 + buf.readUInt16LE(entry.local + 26) + buf.readUInt16LE(entry.local + 28);
  return buf.subarray(start, start + entry.compressed);
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
function checkInflation(buf: Buffer, entry: ZipEntry): Uint8Array | null {
  const damaged = () => new InputError('corrupt', `is a damaged Word file (its part ${entry.name} cannot be unpacked).`);
  if (entry.local + 30 > buf.length || buf.readUInt32LE(entry.local) !== 0x04034b50) throw damaged();
  const data = entryData(buf, entry);
  if (entry.method === 0) {
    if (entry.compressed !== entry.size) throw damaged();
    return data;
  }
  if (entry.method !== 8) return null; // another method: the DOCX library refuses it
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) throw damaged();
    return out;
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
