/**
 * Builds the syllable trigram model the diacritic repair decodes with (`npm run build:lm`), from
 * the Vietnamese legal corpus in ../shared/corpus/, and writes data/lm/syllables.lm.gz.
 *
 * - Every 20th document is held out (not counted) so `npm run bench:repair` can test on text the
 *   model has not seen; their ids go into the model's header.
 * - Words are counted in their model form (lower case, NFC, traditional tone placement, see
 *   normalizers/syllable.ts); numbers are one token, phrase boundaries another; a word seen once
 *   is <unk>.
 * - Smoothing is interpolated Kneser–Ney with one discount per order (D = n1 / (n1 + 2 n2));
 *   trigrams seen once are pruned (their mass is left to the back-off), which keeps the file to a
 *   few MB.
 *
 *   npm run build:lm [-- --corpus FILE] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  LanguageModel, MODEL_PATH, SPECIAL, quantize, serializeLanguageModel, type LanguageModelTables,
} from '../pipeline/core/text/language-model.js';
import { modelForm, modelTokens } from '../pipeline/core/text/syllable.js';
import { corpusDocuments, DEFAULT_CORPUS } from './corpus.js';

const { values: options } = parseArgs({
  options: {
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    out: { type: 'string', default: MODEL_PATH },
  },
});

const HOLD_OUT_EVERY = 20;

/** Model-form tokens of a text, numbers and boundaries as their special tokens. */
function tokenStream(text: string): string[] {
  const out: string[] = [SPECIAL.boundary];
  for (const token of modelTokens(text)) {
    out.push(token.kind === 'word' ? modelForm(token.text) : token.kind === 'number' ? SPECIAL.number : SPECIAL.boundary);
  }
  if (out.at(-1) !== SPECIAL.boundary) out.push(SPECIAL.boundary);
  return out;
}

function main(): void {
  const started = Date.now();
  const documents = corpusDocuments(options.corpus!);
  const heldOut = documents.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1).map((d) => d.id);
  const training = documents.filter((d) => !heldOut.includes(d.id));

  // Vocabulary: words seen twice or more; the rest is <unk>.
  const streams = training.map((d) => tokenStream(d.text));
  const wordCounts = new Map<string, number>();
  for (const stream of streams) for (const w of stream) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const vocabulary: string[] = [SPECIAL.unknown, SPECIAL.number, SPECIAL.boundary];
  for (const [w, n] of [...wordCounts].sort((a, b) => b[1] - a[1])) if (n >= 2 && !vocabulary.includes(w)) vocabulary.push(w);
  const ids = new Map(vocabulary.map((w, i) => [w, i]));
  const V = vocabulary.length;
  const counts = new Uint32Array(V);
  for (const [w, n] of wordCounts) counts[ids.get(w) ?? 0]! += n;

  // Trigram counts, keyed (u·V + v)·V + w (exact below 2^53).
  const trigramCounts = new Map<number, number>();
  let tokens = 0;
  for (const stream of streams) {
    const idsOf = stream.map((w) => ids.get(w) ?? 0);
    tokens += idsOf.length;
    for (let i = 2; i < idsOf.length; i++) {
      const key = (idsOf[i - 2]! * V + idsOf[i - 1]!) * V + idsOf[i]!;
      trigramCounts.set(key, (trigramCounts.get(key) ?? 0) + 1);
    }
  }

  // Per-order statistics for Kneser–Ney.
  const contextCount = new Map<number, number>(); // c(u v •)
  const contextTypes = new Map<number, number>(); // N1+(u v •)
  const bigramContinuation = new Map<number, number>(); // N1+(• v w)
  const countOfCounts3 = [0, 0, 0];
  for (const [key, n] of trigramCounts) {
    const uv = Math.floor(key / V);
    const vw = key % (V * V);
    contextCount.set(uv, (contextCount.get(uv) ?? 0) + n);
    contextTypes.set(uv, (contextTypes.get(uv) ?? 0) + 1);
    bigramContinuation.set(vw, (bigramContinuation.get(vw) ?? 0) + 1);
    if (n <= 2) countOfCounts3[n]!++;
  }
  const middleTotal = new Float64Array(V); // N1+(• v •)
  const middleTypes = new Float64Array(V); // N1+(v •) over continuation bigrams
  const unigramContinuation = new Float64Array(V); // N1+(• w)
  const countOfCounts2 = [0, 0, 0];
  for (const [vw, n] of bigramContinuation) {
    const v = Math.floor(vw / V);
    const w = vw % V;
    middleTotal[v]! += n;
    middleTypes[v]! += 1;
    unigramContinuation[w]! += 1;
    if (n <= 2) countOfCounts2[n]!++;
  }
  const discount = (c: number[]) => c[1]! / (c[1]! + 2 * c[2]!);
  const D3 = discount(countOfCounts3);
  const D2 = discount(countOfCounts2);
  const bigramTypes = bigramContinuation.size;

  // Unigram: continuation probability, with a floor so every word has a cost.
  const unigramP = new Float64Array(V);
  for (let w = 0; w < V; w++) unigramP[w] = (unigramContinuation[w]! + 0.5) / (bigramTypes + 0.5 * V);
  const bigramP = (v: number, w: number) => {
    const total = middleTotal[v]!;
    if (total === 0) return unigramP[w]!;
    const n = bigramContinuation.get(v * V + w) ?? 0;
    return Math.max(n - D2, 0) / total + ((D2 * middleTypes[v]!) / total) * unigramP[w]!;
  };

  const unigram = new Uint16Array(V);
  const unigramBackoff = new Uint16Array(V);
  for (let w = 0; w < V; w++) {
    unigram[w] = quantize(unigramP[w]!);
    unigramBackoff[w] = middleTotal[w]! > 0 ? quantize((D2 * middleTypes[w]!) / middleTotal[w]!) : 0;
  }

  // Bigrams, sorted by (v, w): every bigram type is kept.
  const bigramKeys = [...bigramContinuation.keys()].sort((a, b) => a - b);
  const bigramStart = new Uint32Array(V + 1);
  const bigramWord = new Uint32Array(bigramKeys.length);
  const bigram = new Uint16Array(bigramKeys.length);
  const bigramBackoff = new Uint16Array(bigramKeys.length);
  const bigramIndex = new Map<number, number>();
  bigramKeys.forEach((vw, i) => {
    const v = Math.floor(vw / V);
    const w = vw % V;
    bigramStart[v + 1]!++;
    bigramWord[i] = w;
    bigram[i] = quantize(bigramP(v, w));
    const seen = contextCount.get(vw);
    bigramBackoff[i] = seen ? quantize((D3 * contextTypes.get(vw)!) / seen) : 0;
    bigramIndex.set(vw, i);
  });
  for (let v = 0; v < V; v++) bigramStart[v + 1]! += bigramStart[v]!;

  // Trigrams seen twice or more, grouped under their (u, v) bigram.
  const kept = [...trigramCounts].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0]);
  const trigramStart = new Uint32Array(bigramKeys.length + 1);
  const trigramWord = new Uint32Array(kept.length);
  const trigram = new Uint16Array(kept.length);
  kept.forEach(([key, n], i) => {
    const uv = Math.floor(key / V);
    const v = uv % V;
    const w = key % V;
    const c = contextCount.get(uv)!;
    const p = Math.max(n - D3, 0) / c + ((D3 * contextTypes.get(uv)!) / c) * bigramP(v, w);
    trigramStart[bigramIndex.get(uv)! + 1]!++;
    trigramWord[i] = w;
    trigram[i] = quantize(p);
  });
  for (let i = 0; i < bigramKeys.length; i++) trigramStart[i + 1]! += trigramStart[i]!;

  const tables: LanguageModelTables = {
    counts, unigram, unigramBackoff, bigramStart, bigramWord, bigram, bigramBackoff, trigramStart, trigramWord, trigram,
  };
  const header = {
    format: 'vanban-lm/1' as const,
    vocabulary,
    heldOut,
    corpus: { file: relative(resolve(import.meta.dirname, '..'), options.corpus!), documents: training.length, tokens },
    discounts: [D2, D3] as [number, number],
  };
  const bytes = serializeLanguageModel(header, tables);
  mkdirSync(dirname(options.out!), { recursive: true });
  writeFileSync(options.out!, bytes);

  const loadStarted = performance.now();
  LanguageModel.fromBuffer(bytes);
  const loadMs = performance.now() - loadStarted;
  console.log(
    `${training.length} documents (${heldOut.length} held out), ${tokens} tokens; vocabulary ${V}, ` +
      `bigrams ${bigramKeys.length}, trigrams ${kept.length} of ${trigramCounts.size}; D2 ${D2.toFixed(3)}, D3 ${D3.toFixed(3)}\n` +
      `wrote ${relative(process.cwd(), options.out!)}: ${(bytes.length / 1e6).toFixed(2)} MB, loads in ${loadMs.toFixed(0)} ms; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
