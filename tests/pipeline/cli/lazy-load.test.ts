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
writeFileSync(
  hooks,
  "let thread = 0;\nexport function initialize(data) { thread = data?.thread ?? 0; }\nexport async function resolve(s, c, next) { const r = await next(s, c); if (!r.url.startsWith('node:')) process.stderr.write(`LOADED ${thread} ${r.url} FROM ${c.parentURL}\\n`); return r; }\n",
);
const register = join(dir, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nimport { threadId } from 'node:worker_threads';\nregister(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { thread: threadId } });\n`);

/** Each module loaded, with the module that imported it and the thread (0: the main thread), and the command's exit status and output. */
function run(...args: string[]): { status: number | null; stdout: string; imports: Array<{ thread: number; url: string; from: string }> } {
  const out = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  const imports = out.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => {
      const [, thread = '', rest = ''] = /^LOADED (\d+) (.*)$/.exec(l) ?? [];
      const [url = '', from = ''] = rest.split(' FROM ');
      return { thread: Number(thread), url, from };
    });
  return { status: out.status, stdout: out.stdout, imports };
}

function importsOf(...args: string[]): Array<{ thread: number; url: string; from: string }> {
  const out = run(...args);
  expect(out.status).toBe(0);
  return out.imports;
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
    const { status, stdout, imports } = run('ingest', inbox, '--db', join(dir, 'stages.sqlite'), '--log-format', 'json');
    // The file went through the stages (read, normalized, extracted, stored): they were loaded somewhere…
    expect(status).toBe(0);
    expect(stdout).toMatch(/1 tệp: 1 đã lưu, 0 không đổi, 0 lỗi/);
    const main = imports.filter((i) => i.thread === 0);
    expect(main.some((i) => i.url.endsWith('/dist/pipeline/run/ingest.js'))).toBe(true);
    // …in a worker thread (it started, with its own hooks), never in the main thread.
    expect(imports.some((i) => i.thread !== 0)).toBe(true);
    expect(main.filter((i) => /\/dist\/(pipeline\/run\/stages|pipeline\/read\/index|extractors\/index|normalizers\/index)\.js$/.test(i.url))).toEqual([]);
  });

  it('extract of a text PDF without signature fields does not load pdf-lib (only a signed file draws its fields)', () => {
    const loaded = loadedBy('extract', 'examples/generated/000_14d7bae0f26e4e26.pdf', '--json');
    expect(loaded.some((url) => url.includes('node_modules/unpdf/'))).toBe(true);
    expect(loaded.filter((url) => url.includes('node_modules/pdf-lib/'))).toEqual([]);
  });
});
