import { opendir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/**
 * Streams the files under the given paths, depth first, without holding the whole tree in memory.
 * Skips what is never a document: hidden files, Office lock files (~$…), partial downloads, the
 * database itself, vanban's own notes, and data files that sit beside documents in archives.
 * Every entry skipped is told to `onIgnored` with its reason, so the batch can count and name it.
 */
const PARTIAL = new Set(['.part', '.crdownload', '.tmp']);
const NEVER_DOCUMENTS = new Set(['.json', '.sqlite', '.sqlite-wal', '.sqlite-shm', '.db', '.log', '.gz', '.js', '.ts', '.lock']);

/** Why an entry is not a document: a key of the `ignored.*` messages (data/messages.ts). */
export type IgnoredReason = 'hidden' | 'office-lock' | 'partial' | 'data' | 'readme' | 'note' | 'database' | 'link' | 'special';

export type OnIgnored = (path: string, reason: IgnoredReason) => void;

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

export async function* discoverFiles(paths: string[], exclude: Set<string> = new Set(), onIgnored: OnIgnored = () => undefined): AsyncGenerator<string> {
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) {
      yield full; // reported as missing by the reader
      continue;
    }
    if (info.isFile()) {
      if (exclude.has(full)) onIgnored(full, 'database');
      else yield full;
      continue;
    }
    yield* walk(full, exclude, onIgnored);
  }
}

async function* walk(dir: string, exclude: Set<string>, onIgnored: OnIgnored): AsyncGenerator<string> {
  const entries = [];
  for await (const entry of await opendir(dir)) entries.push(entry);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith('.')) onIgnored(full, 'hidden');
    else if (entry.isDirectory()) yield* walk(full, exclude, onIgnored);
    else if (entry.isSymbolicLink()) onIgnored(full, 'link');
    else if (!entry.isFile()) onIgnored(full, 'special');
    else if (exclude.has(full)) onIgnored(full, 'database');
    else {
      const reason = ignoredReason(full);
      if (reason) onIgnored(full, reason);
      else yield full;
    }
  }
}
