import { opendir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/**
 * Streams the files under the given paths, depth first, without holding the whole tree in memory.
 * Skips what is never a document: hidden files, Office lock files (~$…), partial downloads, the
 * database itself, vanban's own notes, and data files that sit beside documents in archives.
 */
const NEVER_DOCUMENTS = new Set(['.json', '.sqlite', '.sqlite-wal', '.sqlite-shm', '.db', '.part', '.crdownload', '.tmp', '.log', '.gz', '.js', '.ts', '.lock']);

export function isCandidate(path: string): boolean {
  const name = basename(path);
  if (name.startsWith('.') || name.startsWith('~$')) return false;
  if (/^README(\.|$)/i.test(name) || name.endsWith('.error.txt')) return false;
  return !NEVER_DOCUMENTS.has(extname(name).toLowerCase());
}

export async function* discoverFiles(paths: string[], exclude: Set<string> = new Set()): AsyncGenerator<string> {
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) {
      yield full; // reported as missing by the reader
      continue;
    }
    if (info.isFile()) {
      if (!exclude.has(full)) yield full;
      continue;
    }
    yield* walk(full, exclude);
  }
}

async function* walk(dir: string, exclude: Set<string>): AsyncGenerator<string> {
  const entries = [];
  for await (const entry of await opendir(dir)) entries.push(entry);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) yield* walk(full, exclude);
    else if (entry.isFile() && isCandidate(full) && !exclude.has(full)) yield full;
  }
}
