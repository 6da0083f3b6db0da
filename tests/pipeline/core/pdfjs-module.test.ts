import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { asScript, cachedDataOf, cacheHeader, loadPdfjs } from '../../../pipeline/core/pdfjs-module.js';

/**
 * pdf.js loaded as a script with V8's code cache (pipeline/core/pdfjs-module.ts): the module's text
 * runs as a strict function whose exports are live getters; a text that is not a plain script once
 * so changed does not compile (pdf.js is then imported as a module); the module is the one
 * `import('unpdf/pdfjs')` gives, export for export; a second process uses the cache the first wrote.
 */

const ROOT = join(import.meta.dirname, '../../..');
const run = (text: string, url = 'file:///m.mjs') => (new Script(text).runInThisContext() as (u: string) => Record<string, unknown>)(url);

describe('a module as a script', () => {
  it('gives its exports, renamed and live, and import.meta.url', () => {
    const text = asScript('var a = 1; let b = 2; function f() { b++; return import.meta.url; }\nexport { a, b as c, f as $url };\n//# sourceMappingURL=m.js.map\n');
    expect(text).not.toBeNull();
    const m = run(text!, 'file:///x/m.mjs');
    expect(Object.keys(m)).toEqual(['a', 'c', '$url']);
    expect(m.a).toBe(1);
    expect(m.c).toBe(2);
    expect((m.$url as () => string)()).toBe('file:///x/m.mjs');
    expect(m.c).toBe(3);
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.getPrototypeOf(m)).toBeNull();
  });

  it('runs in strict mode, as a module does', () => {
    expect(() => run(asScript('undeclared = 1; export {};')!)).toThrow(ReferenceError);
    expect(run(asScript('const t = this; export { t };')!).t).toBeUndefined();
  });

  it('does not compile what only a module may hold, and refuses other layouts', () => {
    for (const source of ["import x from 'y'; export { x };", 'const a = await 1; export { a };', 'export const a = 1; const b = 2; export { b };', 'const u = import.meta.resolve; export { u };']) {
      expect(() => new Script(asScript(source)!), source).toThrow(SyntaxError);
    }
    expect(asScript('const a = 1; export default a;')).toBeNull();
    expect(asScript('const a = 1; export { a }; a;')).toBeNull();
    expect(asScript('const a = 1; export { a as "b c" };')).toBeNull();
  });
});

describe('pdf.js', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-v8-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the module unpdf bundles, export for export', async () => {
    const [mine, theirs] = [await loadPdfjs(), (await import('unpdf/pdfjs')) as unknown as Record<string, unknown>];
    expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
    expect(mine.version).toBe(theirs.version);
    const pdf = await mine.getDocument({ data: new Uint8Array(readFileSync(join(ROOT, 'examples/generated/000_14d7bae0f26e4e26.pdf'))), verbosity: 0 }).promise;
    const text = await (await pdf.getPage(1)).getTextContent();
    expect(text.items.length).toBeGreaterThan(10);
    await pdf.destroy();
  });

  // The children run the source (tsx), not dist/, so a stale build is never what is tested.
  const source = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, path)).href);
  const PDF = join(ROOT, 'examples/generated/000_14d7bae0f26e4e26.pdf');
  /** A child that reads a PDF and prints how pdf.js was loaded and how many code caches it made. */
  const READ = `import { readFileSync } from 'node:fs';
    import { Script } from 'node:vm';
    const make = Script.prototype.createCachedData;
    let made = 0;
    Script.prototype.createCachedData = function () { made++; return make.call(this); };
    const { readPdf } = await import(${source('pipeline/read/pdf.ts')});
    const { lines } = await readPdf(readFileSync(${JSON.stringify(PDF)}));
    const { howPdfjsLoaded } = await import(${source('pipeline/core/pdfjs-module.ts')});
    process.stdout.write(JSON.stringify({ how: howPdfjsLoaded(), made, lines: lines.length }));`;
  const child = (script: string, cache: string, hooks: string[] = []) => spawnSync(process.execPath, ['--import', 'tsx', ...hooks, '--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, VANBAN_CODE_CACHE: cache }, encoding: 'utf8' });
  const read = (cache: string) => {
    const out = child(READ, cache);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as { how: string; made: number; lines: number };
    expect(result.lines).toBeGreaterThan(10);
    return result;
  };
  const bins = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.bin'));

  it('is compiled with the code cache the first process wrote', () => {
    const folder = join(dir, 'plain');
    expect(read(folder)).toMatchObject({ how: 'text', made: 1 });
    expect(bins(folder)).toHaveLength(1);
    expect(read(folder)).toMatchObject({ how: 'cache', made: 0 });
    expect(read('off')).toMatchObject({ how: 'module', made: 0 });
  });

  it('a damaged cache file of the right length is not given to V8: the PDF is read and the file written anew', () => {
    const folder = join(dir, 'damaged');
    read(folder);
    const [name] = bins(folder);
    const file = join(folder, name!);
    const damaged = readFileSync(file);
    // Bytes flipped all through V8's data (its own header, checked by V8, left as it was).
    for (let i = 256; i < damaged.length; i += 97) damaged[i]! ^= 0x5a;
    writeFileSync(file, damaged);
    expect(read(folder)).toMatchObject({ how: 'text', made: 1 });
    const rewritten = readFileSync(file);
    expect(rewritten.equals(damaged)).toBe(false);
    expect(cachedDataOf(rewritten)).not.toBeNull();
    expect(read(folder)).toMatchObject({ how: 'cache', made: 0 });
  });

  it("checks the header: the data's length and sha256", () => {
    const data = Buffer.from('some cached data');
    const file = Buffer.concat([cacheHeader(data), data]);
    expect(cachedDataOf(file)?.equals(data)).toBe(true);
    expect(cachedDataOf(file.subarray(0, file.length - 1))).toBeNull();
    expect(cachedDataOf(data)).toBeNull();
    const flipped = Buffer.from(file);
    flipped[flipped.length - 1]! ^= 1;
    expect(cachedDataOf(flipped)).toBeNull();
  });

  it('uses no folder that others can write to (a planted file would run as code)', () => {
    const folder = join(dir, 'shared');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    expect(read(folder)).toMatchObject({ how: 'module', made: 0 });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('makes no cache where it cannot be written, and keeps one file per folder', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    expect(read(join(blocker, 'cache'))).toMatchObject({ how: 'module', made: 0 });
    const folder = join(dir, 'old');
    mkdirSync(folder);
    // Another setup's cache in use (the CLI beside tsx: other flags) stays; one unused for weeks goes.
    const weeksAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    writeFileSync(join(folder, 'pdfjs-0123456789abcdef01234567.bin'), 'an old version');
    utimesSync(join(folder, 'pdfjs-0123456789abcdef01234567.bin'), weeksAgo, weeksAgo);
    writeFileSync(join(folder, 'pdfjs-89abcdef0123456789abcdef.bin'), 'another setup in use');
    writeFileSync(join(folder, 'pdfjs-89abcdef0123456789abcdef.bin.12.0.tmp'), 'left by a crash');
    utimesSync(join(folder, 'pdfjs-89abcdef0123456789abcdef.bin.12.0.tmp'), weeksAgo, weeksAgo);
    writeFileSync(join(folder, 'other.bin'), 'not ours');
    read(folder);
    expect(bins(folder).sort()).toHaveLength(3);
    expect(bins(folder)).toContain('other.bin');
    expect(bins(folder)).toContain('pdfjs-89abcdef0123456789abcdef.bin');
    expect(bins(folder)).not.toContain('pdfjs-0123456789abcdef01234567.bin');
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("is loaded once when a page view is drawn before a PDF is read (unpdf's helpers use the same copy)", () => {
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(hooks, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n");
    const register = join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const script = `import { readFileSync } from 'node:fs';
      const buf = readFileSync(${JSON.stringify(PDF)});
      const { pageSizes, renderPageView } = await import(${source('pipeline/ocr/page-view.ts')});
      const sizes = await pageSizes(buf, 'pdf');
      const view = await renderPageView(buf, 'pdf', 1, 300);
      const { readPdf } = await import(${source('pipeline/read/pdf.ts')});
      await readPdf(buf);
      const { getResolvedPDFJS } = await import('unpdf');
      const { loadPdfjs, howPdfjsLoaded } = await import(${source('pipeline/core/pdfjs-module.ts')});
      process.stdout.write(JSON.stringify({ pages: sizes.length, width: view.width, how: howPdfjsLoaded(), same: (await getResolvedPDFJS()) === (await loadPdfjs()) }));`;
    const out = child(script, join(dir, 'views'), ['--import', pathToFileURL(register).href]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ pages: 4, width: 300, how: 'text', same: true });
    expect(out.stderr.split('\n').filter((l) => /node_modules\/unpdf\/dist\/pdfjs\.mjs/.test(l))).toEqual([]);
  });
});
