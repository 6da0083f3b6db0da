/**
 * `npm run examples`: builds the sample documents the repository ships in `examples/` from the seed
 * texts: a DOCX, a text PDF and a scanned PDF of each seed that kept its header.
 *
 * Input: examples/seeds/*.txt (copies of the project's seed documents). Output: examples/generated/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeDocx, makeScannedPdf, makeTextPdf, toSample } from './sample-builders.js';

const ROOT = join(import.meta.dirname, '..', 'examples');
const OUT = join(ROOT, 'generated');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  for (const file of seeds) {
    const sample = toSample(basename(file, '.txt'), readFileSync(join(ROOT, 'seeds', file), 'utf8'));
    if (!sample) continue; // header lost in this copy: the text alone is the example
    writeFileSync(join(OUT, `${sample.name}.docx`), await makeDocx(sample));
    writeFileSync(join(OUT, `${sample.name}.pdf`), await makeTextPdf(sample));
    writeFileSync(join(OUT, `${sample.name}.scan.pdf`), await makeScannedPdf(sample));
    console.log(`examples/generated/${sample.name}.{docx,pdf,scan.pdf}`);
  }
}

await main();
