import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { LINK_REASON, PERMISSION_REASON, specialKind, specialReason } from '../core/files.js';

/**
 * Loading a file's bytes, apart from reading them into a document: the batch's main thread loads
 * and hashes files and hands them to worker threads, and needs none of the readers (pdf.js's
 * wrapper, the text-layer judge and their tables) that ./index.ts brings (issue 23: start).
 */

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

