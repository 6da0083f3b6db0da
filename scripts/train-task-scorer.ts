/**
 * Trains the task clause scorer (extractors/tasks/scorer.ts): a logistic regression with L2 regularisation over the
 * features of the task candidates (extractors/tasks/candidates.ts), on the TUNING documents only — the eval's aside part
 * (partOf, by a hash of the id) is never read. The regularisation and the threshold are chosen by cross-validation over
 * the tuning documents, split by document. Writes data/task-scorer.json.
 *
 *   npx tsx tests/eval/run-eval.ts --cache DIR --candidates /tmp/candidates.json
 *   npx tsx scripts/train-task-scorer.ts /tmp/candidates.json --alone [--dry]
 *
 * The committed weights come from `--alone`: fitted and cross-validated over every candidate, as if
 * no reading had found a task. Without it the choice is made on what the readings leave, and on the
 * tuning documents they leave almost no task (5 of 187 items), so it picks "add nothing": tuned
 * documents cannot choose how much to add on top of readings fitted to them. The extractor uses the
 * scorer to add to the readings at the threshold the `--alone` run chose; that this helps on unseen
 * documents is measured on the aside part (task F1 60.0 → 63.8), not chosen by it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyOf } from '../tests/eval/score.js';

interface Row {
  set: string;
  part: 'aside' | 'tune';
  id: string;
  gold: Array<{ section: string; lead: string[] }>;
  candidates: Array<{ section: string; lead: string[]; covered?: boolean; features: Record<string, number> }>;
}

const file = process.argv[2];
if (!file) throw new Error('usage: train-task-scorer.ts CANDIDATES.json [--dry]');
const key = (t: { section: string; lead: string[] }) => `${t.section}|${t.lead.map((l) => keyOf(l, 'soft')).sort().join(';')}`;
// (The eval's own split, checked again here: a document of the aside part is dropped whatever the file says.)
const aside = (id: string) => createHash('sha1').update(id).digest()[0]! % 3 === 0;
const rows = (JSON.parse(readFileSync(file, 'utf8')) as Row[]).filter((r) => r.part === 'tune' && !aside(r.id));

interface Doc {
  id: string;
  gold: Set<string>;
  found: string[];
  weighed: Array<{ key: string; x: Record<string, number>; y: number; covered: boolean }>;
}
// A document read as several files (DOCX and PDF) is one document for the split.
const docs: Doc[] = rows.map((r) => {
  const gold = new Set(r.gold.map(key));
  return {
    id: r.id,
    gold,
    found: r.candidates.filter((c) => !Object.keys(c.features).length).map(key),
    weighed: r.candidates.filter((c) => Object.keys(c.features).length).map((c) => ({ key: key(c), x: c.features, y: gold.has(key(c)) ? 1 : 0, covered: c.covered ?? false })),
  };
});
const names = [...new Set(docs.flatMap((d) => d.weighed.flatMap((w) => Object.keys(w.x))))].sort();

type Weights = Record<string, number>;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const predict = (w: Weights, x: Record<string, number>) => sigmoid(Object.entries(x).reduce((z, [k, v]) => z + (w[k] ?? 0) * v, 0));

/** Full-batch gradient descent on the mean log loss plus lambda/2 |w|² (the bias not penalised). */
function fit(samples: Array<{ x: Record<string, number>; y: number }>, lambda: number): Weights {
  const m = names.length;
  const xs = samples.map((s) => Float64Array.from(names, (n) => s.x[n] ?? 0));
  const ys = samples.map((s) => s.y);
  const w = new Float64Array(m);
  const bias = names.indexOf('bias');
  const rate = 0.5;
  for (let epoch = 0; epoch < 3000; epoch++) {
    const grad = new Float64Array(m);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      let z = 0;
      for (let j = 0; j < m; j++) z += w[j]! * x[j]!;
      const e = (sigmoid(z) - ys[i]!) / xs.length;
      for (let j = 0; j < m; j++) grad[j]! += e * x[j]!;
    }
    for (let j = 0; j < m; j++) w[j]! -= rate * (grad[j]! + (j === bias ? 0 : lambda * w[j]!));
  }
  return Object.fromEntries(names.map((n, j) => [n, w[j]!]));
}

/** Task counts of documents read with the tasks found plus the uncovered candidates the scorer takes. */
function counts(test: Doc[], w: Weights, threshold: number): { tp: number; fp: number; fn: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const d of test) {
    const taken = d.weighed.filter((c) => (alone || !c.covered) && predict(w, c.x) >= threshold).map((c) => c.key);
    const out = new Set(alone ? taken : [...d.found, ...taken]);
    for (const k of out) (d.gold.has(k) ? tp++ : fp++);
    for (const k of d.gold) if (!out.has(k)) fn++;
  }
  return { tp, fp, fn };
}
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn || 1);

// --alone: the scorer alone over every candidate, as if no reading had found any task (an estimate of how it fares on documents
// nobody tuned the readings on).
const alone = process.argv.includes('--alone');
const FOLDS = 5;
const fold = (id: string) => createHash('sha1').update(`fold:${id}`).digest()[1]! % FOLDS;
const lambdas = [0.001, 0.003, 0.01, 0.03, 0.1];
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const trainOn = (ds: Doc[]) => ds.flatMap((d) => d.weighed);
const results: Array<{ lambda: number; threshold: number; f1: number; added: string }> = [];
for (const lambda of lambdas) {
  const perFold = Array.from({ length: FOLDS }, (_, k) => fit(trainOn(docs.filter((d) => fold(d.id) !== k)), lambda));
  for (const threshold of thresholds) {
    const total = { tp: 0, fp: 0, fn: 0 };
    let addedRight = 0, added = 0;
    for (let k = 0; k < FOLDS; k++) {
      const test = docs.filter((d) => fold(d.id) === k);
      const c = counts(test, perFold[k]!, threshold);
      total.tp += c.tp; total.fp += c.fp; total.fn += c.fn;
      for (const d of test) for (const w of d.weighed) if ((alone || !w.covered) && predict(perFold[k]!, w.x) >= threshold) { added++; addedRight += w.y; }
    }
    results.push({ lambda, threshold, f1: f1(total), added: `${addedRight}/${added}` });
  }
}
const base = f1(counts(docs, {}, 2));
console.log(`tuning documents ${docs.length}, candidates ${docs.reduce((n, d) => n + d.weighed.length, 0)} (${docs.reduce((n, d) => n + d.weighed.filter((w) => w.y).length, 0)} tasks), uncovered ${docs.reduce((n, d) => n + d.weighed.filter((w) => !w.covered).length, 0)} (${docs.reduce((n, d) => n + d.weighed.filter((w) => !w.covered && w.y).length, 0)} tasks)`);
console.log(`readings alone: F1 ${(base * 100).toFixed(1)}`);
for (const r of results) console.log(`lambda ${r.lambda}  threshold ${r.threshold}  CV F1 ${(r.f1 * 100).toFixed(1)}  added right/all ${r.added}`);
const best = results.reduce((a, b) => (b.f1 > a.f1 + 1e-9 ? b : a));
console.log(`chosen: lambda ${best.lambda}, threshold ${best.threshold}`);
const weights = fit(trainOn(docs), best.lambda);
const rounded = Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
if (!process.argv.includes('--dry')) {
  const out = { trained: `${docs.length} tuning documents, ${trainOn(docs).length} candidates; lambda ${best.lambda} by ${FOLDS}-fold CV by document`, threshold: best.threshold, weights: rounded };
  writeFileSync(join(import.meta.dirname, '../data/task-scorer.json'), `${JSON.stringify(out, null, 2)}\n`);
}
console.log(JSON.stringify(rounded));
