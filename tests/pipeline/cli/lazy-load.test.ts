import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 23: `vanban --help` registers the commands and nothing more; each action loads its modules
 * when it runs. A resolve hook lists every module the process loads.
 */

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
const dir = mkdtempSync(join(tmpdir(), 'vanban-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hooks = join(dir, 'hooks.mjs');
writeFileSync(hooks, "export async function resolve(s, c, next) { const r = await next(s, c); if (!r.url.startsWith('node:')) process.stderr.write(`LOADED ${r.url} FROM ${c.parentURL}\\n`); return r; }\n");
const register = join(dir, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

/** Each module loaded, with the module that imported it (every thread's: worker threads run the same hooks). */
function importsOf(...args: string[]): Array<{ url: string; from: string }> {
  const out = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return out.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => {
      const [url = '', from = ''] = l.slice('LOADED '.length).split(' FROM ');
      return { url, from };
    });
}

function loadedBy(...args: string[]): string[] {
  return importsOf(...args).map((i) => i.url);
}

const HEAVY = /\/(pipeline\/(read|ocr|run|link)|normalizers|extractors)\/|\/store\/(index|migrate|queries)\.js|node_modules\/(better-sqlite3|tesseract\.js|unpdf|mammoth|piscina|pino|valibot)\//;

describe('start-up', () => {
  it('--help runs the compiled CLI and loads no stage, OCR, language model or SQLite', () => {
    const loaded = loadedBy('--help');
    expect(loaded.some((url) => url.includes('/dist/pipeline/cli/index.js'))).toBe(true);
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
    expect(loaded.filter((url) => url.endsWith('.ts') || url.includes('node_modules/tsx/'))).toEqual([]);
  });

  it('extract of a text file loads no OCR, DOCX reader, worker pool or SQLite', () => {
    const loaded = loadedBy('extract', 'examples/seeds/000_14d7bae0f26e4e26.txt', '--json');
    expect(loaded.some((url) => url.includes('/dist/extractors/index.js'))).toBe(true);
    expect(loaded.filter((url) => /\/pipeline\/ocr\/|\/store\/(index|migrate|queries)\.js|node_modules\/(better-sqlite3|tesseract\.js|mammoth|piscina|pino|chokidar)\//.test(url))).toEqual([]);
  });

  it('ingest of text files loads no OCR on its main thread (tesseract.js and the image decoders load with the first scan)', () => {
    const inbox = join(dir, 'texts');
    mkdirSync(inbox);
    copyFileSync(join(ROOT, 'examples/seeds/000_14d7bae0f26e4e26.txt'), join(inbox, 'a.txt'));
    const loaded = loadedBy('ingest', inbox, '--db', join(dir, 'texts.sqlite'), '--log-format', 'json');
    expect(loaded.some((url) => url.includes('/dist/pipeline/run/ingest.js'))).toBe(true);
    expect(loaded.filter((url) => /\/pipeline\/ocr\/|node_modules\/(tesseract\.js|image-size|utif2)\//.test(url))).toEqual([]);
  });

  it("ingest's main thread does not load the stages: only the worker threads run them", () => {
    const inbox = join(dir, 'stages');
    mkdirSync(inbox);
    copyFileSync(join(ROOT, 'examples/seeds/000_14d7bae0f26e4e26.txt'), join(inbox, 'a.txt'));
    const imports = importsOf('ingest', inbox, '--db', join(dir, 'stages.sqlite'), '--log-format', 'json');
    expect(imports.some((i) => i.url.endsWith('/dist/pipeline/run/ingest.js'))).toBe(true);
    // (Where a worker thread's imports are seen too, they come from the worker module.)
    const importers = imports.filter((i) => /\/dist\/(pipeline\/run\/stages|extractors\/index|normalizers\/index)\.js$/.test(i.url)).map((i) => i.from);
    expect(importers.filter((from) => !/\/dist\/pipeline\/run\/(worker|stages)\.js$/.test(from))).toEqual([]);
  });

  it('extract of a text PDF without signature fields does not load pdf-lib (only a signed file draws its fields)', () => {
    const loaded = loadedBy('extract', 'examples/generated/000_14d7bae0f26e4e26.pdf', '--json');
    expect(loaded.some((url) => url.includes('node_modules/unpdf/'))).toBe(true);
    expect(loaded.filter((url) => url.includes('node_modules/pdf-lib/'))).toEqual([]);
  });
});
