import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { packagePath } from './paths.js';

/**
 * The folder of what vanban keeps between runs to start faster (issue 23): V8's code cache of
 * pdf.js (`pdfjs-module.ts`) and the language model inflated (`text/language-model.ts`). It lies
 * beside the compiled code (`dist/.v8-cache/`, or `VANBAN_CODE_CACHE=DIR`; `VANBAN_CODE_CACHE=off`
 * turns it off): whoever can write there can change what runs, so a folder that is group- or
 * world-writable or owned by another user is not used at all. Each file starts with a header (a
 * tag, the data's length, its sha256) checked before the data is used: a damaged or cut file is
 * never read as data.
 */

const HEADER_TAG = Buffer.from('vanbanC1', 'latin1');
const HEADER_BYTES = HEADER_TAG.length + 4 + 32;

/** The cache file's header: a tag, the data's length (32 bits, little-endian) and its sha256. */
export function cacheHeader(data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(data.length);
  return Buffer.concat([HEADER_TAG, length, createHash('sha256').update(data).digest()]);
}

/** The data of a cache file whose header fits it, or null (damaged, cut short, another layout). */
export function cachedDataOf(file: Buffer): Buffer | null {
  if (file.length < HEADER_BYTES || !file.subarray(0, HEADER_TAG.length).equals(HEADER_TAG)) return null;
  const data = file.subarray(HEADER_BYTES);
  if (file.readUInt32LE(HEADER_TAG.length) !== data.length) return null;
  return cacheHeader(data).equals(file.subarray(0, HEADER_BYTES)) ? data : null;
}

/**
 * The cache folder, made if missing, and whether this process can write there; or null: turned
 * off, or one another user could write to. `knownUnwritable` skips the write test.
 */
export function cacheFolder(knownUnwritable = false): { folder: string; writable: boolean } | null {
  const setting = process.env.VANBAN_CODE_CACHE;
  if (setting === 'off' || setting === '0') return null;
  const folder = setting || packagePath('dist/.v8-cache');
  let writable = !knownUnwritable;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o755 });
  } catch {
    writable = false;
  }
  try {
    const stat = statSync(folder);
    if (!stat.isDirectory()) return null;
    if (process.platform !== 'win32' && ((stat.mode & 0o022) !== 0 || stat.uid !== process.getuid?.())) return null;
  } catch {
    return null;
  }
  if (writable) {
    try {
      accessSync(folder, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  return { folder, writable };
}
