import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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
