import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipeline/core/errors.js';
import { extractFile } from '../../../pipeline/run/index.js';
import { processFile } from '../../../pipeline/run/stages.js';

/**
 * `extractFile` reads on a second thread while the stages load (issue 23: `vanban extract`'s
 * start); what it gives must be what the stages give on one thread, failures included.
 */

const ROOT = join(import.meta.dirname, '../../..');

describe('extractFile', () => {
  it('gives the record processFile gives, for a text PDF and a text file', async () => {
    for (const file of ['examples/generated/000_14d7bae0f26e4e26.pdf', 'examples/seeds/000_14d7bae0f26e4e26.txt']) {
      const path = join(ROOT, file);
      const [aside, here] = [await extractFile(path, { ocr: 'off' }), await processFile(path, { ocr: 'off' })];
      expect(aside.record).toEqual(here.record);
      expect(aside.document.text).toBe(here.document.text);
    }
  });

  it("fails with the reader's InputError, code and sentence kept across the thread", async () => {
    const missing = join(ROOT, 'examples', 'no-such-file.pdf');
    const error = await extractFile(missing, { ocr: 'off' }).catch((e: unknown) => e);
    const expected = await processFile(missing, { ocr: 'off' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe((expected as InputError).code);
    expect((error as InputError).message).toBe((expected as InputError).message);
  });

  it('refuses a file over the size limit as the stages do', async () => {
    const path = join(ROOT, 'examples/generated/000_14d7bae0f26e4e26.pdf');
    const error = await extractFile(path, { ocr: 'off', maxBytes: 10 }).catch((e: unknown) => e);
    expect((error as InputError).code).toBe('too-large');
  });
});
