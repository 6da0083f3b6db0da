import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeScannedPdf, makeTextPdf, toSample } from '../../scripts/sample-builders.js';

/**
 * `npm run examples` is reproducible: building a sample again gives the bytes committed in
 * examples/generated/, so rebuilding never makes `ingest` (and its OCR) see a changed file.
 */

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('npm run examples', () => {
  it('builds the committed DOCX, text PDF and scan byte for byte', async () => {
    const name = '003_cb56f436907ad081';
    const sample = toSample(name, readFileSync(join(EXAMPLES, 'seeds', `${name}.txt`), 'utf8'))!;
    const committed = (ext: string) => readFileSync(join(EXAMPLES, 'generated', `${name}.${ext}`));
    expect(Buffer.from(await makeDocx(sample)).equals(committed('docx'))).toBe(true);
    expect(Buffer.from(await makeTextPdf(sample)).equals(committed('pdf'))).toBe(true);
    expect(Buffer.from(await makeScannedPdf(sample)).equals(committed('scan.pdf'))).toBe(true);
  });
});
