import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { makeDocx, makeTextPdf, toSample } from '../sample-builders.js';

/**
 * Generates the benchmark corpus: N documents, a third each as plain text, DOCX and text PDF, made
 * from real documents of `../shared/corpus/` (decrees, circulars, decisions…), each renumbered so
 * every file is a distinct document. Without the shared corpus it falls back to the seed texts.
 *
 *   tsx scripts/bench/corpus.ts N OUT_DIR
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'vbpl-0001-0700.txt.gz');
/** Long enough for a real document's shape (header, căn cứ, articles, signature), short enough to vary. */
const MAX_LINES = 120;

function sourceTexts(): string[] {
  if (existsSync(CORPUS)) {
    return gunzipSync(readFileSync(CORPUS))
      .toString('utf8')
      .split(/^=== doc_\d+\n/m)
      .filter((t) => t.trim());
  }
  const seeds = join(ROOT, 'examples', 'seeds');
  return readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8'));
}

/** The document with its number changed to `seq` and its body cut to MAX_LINES. */
function variant(text: string, seq: number): string | null {
  const lines = text.split('\n').slice(0, MAX_LINES);
  const numberAt = lines.findIndex((l) => /^Số\s*:/u.test(l));
  if (numberAt < 0) return null;
  lines[numberAt] = lines[numberAt]!.replace(/^Số\s*:\s*[\d.]*/u, `Số: ${seq}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1200);
  const out = process.argv[3]!;
  const texts = sourceTexts().filter((t) => toSample('probe', t.split('\n').slice(0, MAX_LINES).join('\n')));
  for (const format of ['txt', 'docx', 'pdf']) mkdirSync(join(out, format), { recursive: true });
  for (let i = 0; i < n; i++) {
    const text = variant(texts[i % texts.length]!, 10_000 + i)!;
    const name = `doc-${String(i).padStart(6, '0')}`;
    const format = (['txt', 'docx', 'pdf'] as const)[i % 3]!;
    const path = join(out, format, `${name}.${format}`);
    if (format === 'txt') writeFileSync(path, text);
    else {
      const sample = toSample(name, text)!;
      writeFileSync(path, format === 'docx' ? await makeDocx(sample) : await makeTextPdf(sample));
    }
    if ((i + 1) % 500 === 0) process.stderr.write(`  generated ${i + 1}/${n}\n`);
  }
  writeFileSync(join(out, '.complete'), String(n));
}

await main();
