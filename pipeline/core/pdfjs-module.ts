import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { definePDFJSModule, getDocumentProxy as unpdfGetDocumentProxy } from 'unpdf';
import './pdfjs-compat.js';
import { cachedDataOf, cacheFolder, cacheHeader } from './cache-folder.js';

export { cachedDataOf, cacheHeader };

/**
 * pdf.js, loaded once per thread with V8's code cache (issue 23, the start of `extract` and of
 * each batch thread that reads a PDF). unpdf bundles pdf.js as one 1.6 MB ES module; compiling
 * it costs ~65 CPU-ms in every process and thread that reads a PDF, and its functions are
 * compiled again on the first page (~75 CPU-ms more). Node 20 keeps no code cache for ES
 * modules (`module.enableCompileCache` arrived in Node 22), but a script compiled with
 * `vm.Script` takes V8's cached data: the module's text is run as a strict-mode function (its
 * `export { a as b, … }` list becomes an object of getters, live like the module's bindings, and
 * `import.meta.url` the file's URL), and after the first document is read the cache holds the
 * functions that reading compiled. Measured: 140 → 92 CPU-ms for loading pdf.js and reading a
 * one-page PDF cold. The same code runs: any text that is not a plain script once so changed (an
 * `import` statement, another `export`, `import.meta` other than its URL, top-level `await`)
 * fails to compile, and pdf.js is then imported as the ES module it is.
 *
 * The cache lives beside the compiled code (`dist/.v8-cache/`, or `VANBAN_CODE_CACHE=DIR`;
 * `VANBAN_CODE_CACHE=off` turns it off): whoever can write there can change the code itself, so a
 * folder that is group- or world-writable or owned by another user is not used at all. Its name
 * holds a hash of the text, Node's version, the platform, the process's flags and NODE_OPTIONS;
 * V8 checks its own version and flags again and rejects a cache that does not fit (it is then
 * written anew). V8 (Node 20) checks no checksum of the data: a damaged file of the right length
 * crashes the process (a fatal "unreachable code" or a segfault) before it could be rewritten, so
 * each file starts with a header (a tag, the data's length, its sha256) checked before V8 sees
 * the data; a file that fails it is deleted and written anew. A folder that cannot be written is
 * found before the cache is made (1.3 MB, ~14 CPU-ms), and remembered for the thread.
 * The module is also handed to unpdf (`definePDFJSModule`); every use of unpdf's pdf.js helpers
 * opens documents through `getDocumentProxy` below, so unpdf never imports a second copy.
 */

type PdfjsModule = typeof import('unpdf/pdfjs');

let loading: Promise<PdfjsModule> | undefined;
/** Set while this thread's cache is still to be written (absent or rejected): the script and where. */
let pending: { script: Script; file: string } | undefined;
/** How this thread got pdf.js: compiled with a fitting code cache, compiled from its text (no cache yet), or imported as a module. */
let how: 'cache' | 'text' | 'module' | undefined;

/** How this thread loaded pdf.js (undefined before the first PDF). */
export function howPdfjsLoaded(): typeof how {
  return how;
}

/** unpdf's `getDocumentProxy` on this module's pdf.js (unpdf alone would import its own copy). */
export async function getDocumentProxy(...args: Parameters<typeof unpdfGetDocumentProxy>): ReturnType<typeof unpdfGetDocumentProxy> {
  await loadPdfjs();
  return unpdfGetDocumentProxy(...args);
}

/** pdf.js for this thread (loaded on the first call). */
export function loadPdfjs(): Promise<PdfjsModule> {
  return (loading ??= (async () => {
    let pdfjs = compiledWithCache();
    if (!pdfjs) {
      pdfjs = (await import('unpdf/pdfjs')) as PdfjsModule;
      how = 'module';
    }
    await definePDFJSModule(() => Promise.resolve(pdfjs));
    return pdfjs;
  })());
}

/**
 * Writes this thread's code cache once pdf.js has read a document (so it holds the functions
 * reading compiled), if no fitting cache was found. Never fails: a folder that cannot be written
 * leaves pdf.js compiled from its text, as before.
 */
export function keepPdfjsCodeCache(): void {
  if (!pending) return;
  const { script, file } = pending;
  pending = undefined;
  const folder = dirname(file);
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    const data = script.createCachedData();
    writeFileSync(temporary, Buffer.concat([cacheHeader(data), data]), { mode: 0o644 });
    renameSync(temporary, file);
  } catch {
    unwritable = true; // full disk, a folder made read-only since: no cache
    try {
      unlinkSync(temporary);
    } catch {
      // never written
    }
    return;
  }
  // Caches of other unpdf versions, Node versions or flags (1.5 MB each) and temporary files a
  // crash left: removed once unused for a week. Setups used side by side (the built CLI and the
  // sources run by tsx have different flags) keep theirs: deleting each other's would recompile
  // and rewrite 1.5 MB at every run.
  const stale = Date.now() - STALE_CACHE_MS;
  try {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (/^pdfjs-[0-9a-f]+\.bin(?:\.\d+\.\d+\.tmp)?$/.test(name) && path !== file && statSync(path).mtimeMs < stale) unlinkSync(path);
    }
  } catch {
    // another thread removed it first
  }
}

/** How long a cache file of another setup is kept unused (its mtime is refreshed when read). */
const STALE_CACHE_MS = 7 * 24 * 3600 * 1000;

/** Set once this thread found the cache folder cannot be written: no cache is made again. */
let unwritable = false;

/** The module's text as a strict function of `import.meta.url` returning its exports, or null when it is not laid out so. */
export function asScript(source: string): string | null {
  const list = /export\s*\{([^{}]*)\}\s*;?\s*(?:\/\/# sourceMappingURL=\S*\s*)?$/u.exec(source);
  if (!list || source.includes('__vanbanImportMetaUrl')) return null;
  const getters: string[] = [];
  for (const entry of list[1]!.split(',')) {
    const names = /^\s*([\p{L}\p{N}_$]+)(?:\s+as\s+([\p{L}\p{N}_$]+))?\s*$/u.exec(entry);
    if (!names) {
      if (entry.trim()) return null;
      continue;
    }
    getters.push(`get ${names[2] ?? names[1]}() { return ${names[1]}; }`);
  }
  const body = source.slice(0, list.index).replaceAll('import.meta.url', '__vanbanImportMetaUrl');
  return `(function (__vanbanImportMetaUrl) { "use strict";\n${body}\n;return Object.freeze({ __proto__: null, ${getters.join(', ')} }); })`;
}

function compiledWithCache(): PdfjsModule | null {
  const cache = cacheFolder(unwritable);
  if (!cache) return null;
  const folder = cache.folder;
  if (!cache.writable) unwritable = true;
  try {
    // unpdf exports `./pdfjs` for `import` only; it lies beside the package's main file.
    const path = join(dirname(createRequire(import.meta.url).resolve('unpdf')), 'pdfjs.mjs');
    const text = asScript(readFileSync(path, 'utf8'));
    if (!text) return null;
    const flags = `\0${process.version}\0${process.platform}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`;
    const key = createHash('sha256').update(text).update(flags).digest('hex').slice(0, 24);
    const file = join(folder, `pdfjs-${key}.bin`);
    const cachedData = readCache(file);
    const url = pathToFileURL(path).href;
    const script = new Script(text, { filename: url, cachedData });
    const pdfjs = (script.runInThisContext() as (metaUrl: string) => PdfjsModule)(url);
    const fits = cachedData !== undefined && script.cachedDataRejected === false;
    if (!fits && !unwritable) pending = { script, file };
    how = fits ? 'cache' : 'text';
    return pdfjs;
  } catch {
    return null;
  }
}

/** The cache's data when the file is there and its header fits it; a damaged file is deleted. */
function readCache(file: string): Buffer | undefined {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = cachedDataOf(content);
  if (data) {
    try {
      const now = new Date();
      utimesSync(file, now, now); // in use: not stale for the clean-up of other setups' files
    } catch {
      // read-only folder
    }
    return data;
  }
  try {
    unlinkSync(file);
  } catch {
    // read-only: left as it is, and never passed to V8
  }
  return undefined;
}
