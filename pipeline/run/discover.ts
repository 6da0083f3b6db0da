import type { Stats } from 'node:fs';
import { lstat, opendir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { LINK_REASON, specialKind, specialReason } from '../core/files.js';

/**
 * Streams the files under the given paths, depth first, without holding the whole tree in memory.
 * Skips what is never a document: hidden files, Office lock files (~$…), partial downloads, the
 * database itself, vanban's own notes, and data files that sit beside documents in archives;
 * every entry skipped is yielded as `ignored` with its reason, so the batch can count and name it.
 *
 * Links: a path named by the caller is taken as it is (like `find -H`); a symbolic link found
 * inside a folder is not followed, only reported (`link`), unless `followLinks` is set — then every
 * folder is entered once at most (by device and inode), so a link to a parent folder ends instead
 * of looping. A folder that cannot be read and an entry that is not a regular file (FIFO, socket,
 * device) are reported as `refused` with their reason, and the walk goes on.
 */
const PARTIAL = new Set(['.part', '.crdownload', '.tmp']);
const NEVER_DOCUMENTS = new Set(['.json', '.sqlite', '.sqlite-wal', '.sqlite-shm', '.db', '.log', '.gz', '.js', '.ts', '.lock']);

/** Why an entry is not a document: a key of the `ignored.*` messages (data/messages.ts). */
export type IgnoredReason = 'hidden' | 'office-lock' | 'partial' | 'data' | 'readme' | 'note' | 'database';

/** Why a file name is not a document's, or null when it may be one. */
export function ignoredReason(path: string): IgnoredReason | null {
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  if (name.startsWith('.')) return 'hidden';
  if (name.startsWith('~$')) return 'office-lock';
  if (name.endsWith('.error.txt')) return 'note';
  if (/^README(\.|$)/i.test(name)) return 'readme';
  if (PARTIAL.has(ext)) return 'partial';
  if (NEVER_DOCUMENTS.has(ext)) return 'data';
  return null;
}

export function isCandidate(path: string): boolean {
  return ignoredReason(path) === null;
}

export type Discovered =
  | { kind: 'file'; path: string }
  /** An entry that is never a document (hidden, a lock file, the database, a data file). */
  | { kind: 'ignored'; path: string; reason: IgnoredReason }
  /** A symbolic link that was not followed. */
  | { kind: 'link'; path: string; reason: string }
  /** An entry that is not a document and must be reported: an unreadable folder, a FIFO, a device. */
  | { kind: 'refused'; path: string; code: string; reason: string };

export interface DiscoverOptions {
  exclude?: Set<string>;
  followLinks?: boolean;
}

function unreadableFolder(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'is a folder vanban may not read (permission denied); the files in it were not read.';
  return `is a folder that cannot be read (${(error as Error).message}); the files in it were not read.`;
}

/** A file found in a walk: a document candidate, or the reason it is skipped. */
function fileEntry(path: string, exclude: Set<string>): Discovered {
  if (exclude.has(path)) return { kind: 'ignored', path, reason: 'database' };
  const reason = ignoredReason(path);
  return reason ? { kind: 'ignored', path, reason } : { kind: 'file', path };
}

export async function* discoverFiles(paths: string[], options: DiscoverOptions = {}): AsyncGenerator<Discovered> {
  const exclude = options.exclude ?? new Set<string>();
  const seenFolders = new Set<string>();
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) {
      yield { kind: 'file', path: full }; // reported as missing by the reader
      continue;
    }
    if (info.isFile()) {
      // A file named by the caller is read whatever its name; only the database itself is skipped.
      yield exclude.has(full) ? { kind: 'ignored', path: full, reason: 'database' } : { kind: 'file', path: full };
    } else if (info.isDirectory()) {
      yield* walk(full, info, exclude, options.followLinks ?? false, seenFolders);
    } else {
      yield { kind: 'refused', path: full, code: 'unsupported', reason: specialReason(specialKind(info)) };
    }
  }
}

async function* walk(dir: string, info: Stats, exclude: Set<string>, followLinks: boolean, seenFolders: Set<string>): AsyncGenerator<Discovered> {
  const id = `${info.dev}:${info.ino}`;
  if (seenFolders.has(id)) return; // entered already (a link back to a parent, or two links to one folder)
  seenFolders.add(id);
  const entries = [];
  try {
    for await (const entry of await opendir(dir)) entries.push(entry);
  } catch (error) {
    yield { kind: 'refused', path: dir, code: 'unreadable', reason: unreadableFolder(error) };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      yield { kind: 'ignored', path: full, reason: 'hidden' };
    } else if (entry.isSymbolicLink()) {
      const skipped = fileEntry(full, exclude);
      if (skipped.kind === 'ignored') {
        yield skipped;
      } else if (!followLinks) {
        yield { kind: 'link', path: full, reason: LINK_REASON };
      } else {
        const target = await stat(full).catch(() => null);
        if (!target) yield { kind: 'refused', path: full, code: 'missing', reason: 'is a symbolic link to nothing (its target does not exist).' };
        else if (target.isDirectory()) yield* walk(full, target, exclude, followLinks, seenFolders);
        else if (target.isFile()) yield { kind: 'file', path: full };
        else yield { kind: 'refused', path: full, code: 'unsupported', reason: specialReason(specialKind(target)) };
      }
    } else if (entry.isDirectory()) {
      const sub = await lstat(full).catch(() => null);
      if (sub) yield* walk(full, sub, exclude, followLinks, seenFolders);
    } else if (entry.isFile()) {
      yield fileEntry(full, exclude);
    } else {
      const skipped = fileEntry(full, exclude);
      if (skipped.kind === 'ignored') {
        yield skipped;
      } else {
        const special = await lstat(full).catch(() => null);
        if (special) yield { kind: 'refused', path: full, code: 'unsupported', reason: specialReason(specialKind(special)) };
      }
    }
  }
}
