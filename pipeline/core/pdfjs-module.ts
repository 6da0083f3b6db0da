import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { definePDFJSModule } from 'unpdf';
import './pdfjs-compat.js';
import { packagePath } from './paths.js';

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
 * `VANBAN_CODE_CACHE=off` turns it off): whoever can write there can change the code itself. Its
 * name holds a hash of the text, Node's version, the platform and the process's flags; V8 checks
 * its own version and flags again and rejects a cache that does not fit (it is then written anew).
 * The module is also handed to unpdf (`definePDFJSModule`), so its helpers (the OCR's page views)
 * use this one copy.
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
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {
    // read-only install, full disk: no cache
  }
}

function cacheFolder(): string | null {
  const setting = process.env.VANBAN_CODE_CACHE;
  if (setting === 'off' || setting === '0') return null;
  return setting || packagePath('dist/.v8-cache');
}

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
  const folder = cacheFolder();
  if (!folder) return null;
  try {
    // unpdf exports `./pdfjs` for `import` only; it lies beside the package's main file.
    const path = join(dirname(createRequire(import.meta.url).resolve('unpdf')), 'pdfjs.mjs');
    const text = asScript(readFileSync(path, 'utf8'));
    if (!text) return null;
    const key = createHash('sha256').update(text).update(`\0${process.version}\0${process.platform}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 24);
    const file = join(folder, `pdfjs-${key}.bin`);
    const cachedData = existsSync(file) ? readFileSync(file) : undefined;
    const url = pathToFileURL(path).href;
    const script = new Script(text, { filename: url, cachedData });
    const pdfjs = (script.runInThisContext() as (metaUrl: string) => PdfjsModule)(url);
    const fits = cachedData !== undefined && script.cachedDataRejected === false;
    if (!fits) pending = { script, file };
    how = fits ? 'cache' : 'text';
    return pdfjs;
  } catch {
    return null;
  }
}
