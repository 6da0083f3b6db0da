import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LanguageModel, MODEL_PATH, readVocabulary } from '../../../../pipeline/core/text/language-model.js';

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
