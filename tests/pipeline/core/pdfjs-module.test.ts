import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { asScript, loadPdfjs } from '../../../pipeline/core/pdfjs-module.js';

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

  it('is compiled with the code cache the first process wrote (compiled build)', () => {
    const pdf = join(ROOT, 'examples/generated/000_14d7bae0f26e4e26.pdf');
    const script = `import { readFileSync } from 'node:fs';
      const { readPdf } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/pipeline/read/pdf.js')).href)});
      await readPdf(readFileSync(${JSON.stringify(pdf)}));
      const { howPdfjsLoaded } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/pipeline/core/pdfjs-module.js')).href)});
      process.stdout.write(String(howPdfjsLoaded()));`;
    const once = () => spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, VANBAN_CODE_CACHE: dir }, encoding: 'utf8' });
    const first = once();
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('text');
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(once().stdout).toBe('cache');
    const off = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, VANBAN_CODE_CACHE: 'off' }, encoding: 'utf8' });
    expect(off.stdout).toBe('module');
  });
});
