import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexInPackedRow, indexInRow, LanguageModel, MODEL_PATH, readVocabulary, sharedLanguageModel } from '../../../../pipeline/core/text/language-model.js';

/** The vocabulary read from a model file's start alone is the whole model's, word for word and id for id. */
describe('readVocabulary', () => {
  it("gives the committed model's ids", () => {
    const gz = readFileSync(MODEL_PATH);
    expect([...readVocabulary(gz)]).toEqual([...LanguageModel.fromBuffer(gz).ids]);
  });

  it('reads a header longer than its first try, and a file shorter than it', () => {
    // A header whose compressed form is over 64 KB: random words do not compress.
    const vocabulary = Array.from({ length: 6000 }, () => randomBytes(12).toString('hex'));
    const header = Buffer.from(JSON.stringify({ format: 'vanban-lm/1', vocabulary }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const file = (tail: number) => gzipSync(Buffer.concat([Buffer.from('VBLM'), length, header, randomBytes(tail)]));
    for (const gz of [file(1 << 18), file(0)]) expect([...readVocabulary(gz).keys()]).toEqual(vocabulary);
  });

  it('refuses a file that is not a model', () => {
    expect(() => readVocabulary(gzipSync(Buffer.from('not a model at all')))).toThrow(/not a vanban language model/);
  });
});

/** The packed rows the beam searches hold the same n-grams, with their costs, as the tables. */
describe('packed rows', () => {
  it('find every word of every row where the tables do, and no word a row lacks', () => {
    const model = sharedLanguageModel();
    const { bigramStart, bigramWord, bigram, trigramStart, trigramWord, trigram } = model.tables;
    const check = (starts: Uint32Array, words: Uint32Array, costs: Uint16Array, rows: Uint32Array) => {
      for (let r = 0; r + 1 < starts.length; r += 7) {
        const from = starts[r]!;
        const to = starts[r + 1]!;
        for (let k = from; k < to; k++) {
          const j = indexInPackedRow(rows, from, to, words[k]!);
          expect(j).toBe(k);
          expect(rows[j]! & 0xffff).toBe(costs[k]!);
        }
        // Words around the row's (absent ones, and the ends of the id range).
        for (const w of [0, 1, words[from] ?? 0, (words[to - 1] ?? 0) + 1, 65535]) {
          expect(indexInPackedRow(rows, from, to, w)).toBe(indexInRow(words, from, to, w));
        }
      }
    };
    check(bigramStart, bigramWord, bigram, model.bigramRows);
    check(trigramStart, trigramWord, trigram, model.trigramRows);
  });
});

/**
 * The committed model's inflated copy (`dist/.v8-cache/lm-….bin`, issue 23): written by the first
 * thread that loads the model, read by the next instead of inflating the file, never used when
 * damaged, and the model the same either way.
 */
describe('the inflated copy of the committed model', () => {
  const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'vanban-lm-copy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const LOAD = `const lm = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'pipeline/core/text/language-model.ts')).href)});
    const { createHash } = await import('node:crypto');
    const vocabulary = process.argv.includes('vocabulary');
    const model = vocabulary ? (lm.sharedVocabulary(), lm.sharedLanguageModel()) : lm.sharedLanguageModel();
    const hash = createHash('sha256');
    for (const table of Object.values(model.tables)) hash.update(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
    hash.update(model.bigramRows).update(model.trigramRows).update(JSON.stringify(model.header)).update(JSON.stringify([...model.ids]));
    process.stdout.write(JSON.stringify({ how: lm.howLanguageModelLoaded(), hash: hash.digest('hex') }));`;
  const load = (cache: string, ...args: string[]) => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', LOAD, '--', ...args], { cwd: ROOT, env: { ...process.env, VANBAN_CODE_CACHE: cache }, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    return JSON.parse(out.stdout) as { how: string; hash: string };
  };
  const copies = (folder: string) => readdirSync(folder).filter((f) => /^lm-[0-9a-f]+\.bin$/.test(f));

  it('is written once, then read instead of the file, with the same model', () => {
    const folder = join(dir, 'plain');
    const first = load(folder);
    expect(first.how).toBe('file');
    expect(copies(folder)).toHaveLength(1);
    const second = load(folder);
    expect(second).toEqual({ how: 'copy', hash: first.hash });
    // A reader thread asks for the vocabulary first: with the copy there, that loads the model from it.
    expect(load(folder, 'vocabulary')).toEqual({ how: 'copy', hash: first.hash });
    expect(load('off')).toEqual({ how: 'file', hash: first.hash });
  });

  it('a damaged copy is never used: the file is inflated and the copy written anew', () => {
    const folder = join(dir, 'damaged');
    const { hash } = load(folder);
    const file = join(folder, copies(folder)[0]!);
    const damaged = readFileSync(file);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
    writeFileSync(file, damaged);
    expect(load(folder)).toEqual({ how: 'file', hash });
    expect(load(folder)).toEqual({ how: 'copy', hash });
  });
});
