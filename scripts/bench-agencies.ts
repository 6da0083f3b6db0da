/**
 * How agency variants should be matched, measured on the labelled pairs of tests/agency-pairs.ts:
 * precision and recall of Dice similarity (string-similarity), of normalized Levenshtein
 * similarity (fastest-levenshtein), and of the rule vanban uses (Dice ≥ threshold and the same
 * words with at most a slip each), at thresholds 0.60–0.95. Prints one table.
 */
import { distance } from 'fastest-levenshtein';
import stringSimilarity from 'string-similarity';
import { FUZZY_MATCH_THRESHOLD } from '../data/agencies.js';
import { sameWordsMisread } from '../pipeline/core/names.js';
import { comparisonKey } from '../pipeline/core/text/fold.js';
import { DIFFERENT_BODIES, SAME_BODY } from '../tests/extractors/agency-pairs.js';

type Measure = (a: string, b: string) => number;
const dice: Measure = (a, b) => stringSimilarity.compareTwoStrings(a, b);
const levenshteinSimilarity: Measure = (a, b) => 1 - distance(a, b) / Math.max(a.length, b.length, 1);
const rules: Array<[string, (a: string, b: string, t: number) => boolean]> = [
  ['Dice (string-similarity)', (a, b, t) => dice(a, b) >= t],
  ['Levenshtein (normalized)', (a, b, t) => levenshteinSimilarity(a, b) >= t],
  ['Dice + same words misread', (a, b, t) => dice(a, b) >= t && sameWordsMisread(a, b)],
];

const keyed = (pairs: Array<[string, string]>) => pairs.map(([a, b]) => [comparisonKey(a), comparisonKey(b)] as const);
const same = keyed(SAME_BODY);
const different = keyed(DIFFERENT_BODIES);

console.log(`${SAME_BODY.length} misread pairs, ${DIFFERENT_BODIES.length} pairs of different bodies (threshold in use: ${FUZZY_MATCH_THRESHOLD})\n`);
console.log(`${'rule'.padEnd(28)}${'threshold'.padStart(10)}${'recall'.padStart(9)}${'precision'.padStart(11)}${'false merges'.padStart(14)}`);
for (const [name, matches] of rules) {
  for (const t of [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const found = same.filter(([a, b]) => matches(a, b, t)).length;
    const wrong = different.filter(([a, b]) => matches(a, b, t));
    const precision = found + wrong.length ? found / (found + wrong.length) : 1;
    console.log(`${name.padEnd(28)}${t.toFixed(2).padStart(10)}${((100 * found) / same.length).toFixed(1).padStart(8)}%${(100 * precision).toFixed(1).padStart(10)}%${String(wrong.length).padStart(14)}`);
  }
  console.log('');
}
const worst = different.map(([a, b]) => ({ a, b, dice: dice(a, b) })).sort((x, y) => y.dice - x.dice).slice(0, 3);
console.log('Most alike different bodies (Dice):', worst.map((w) => `${w.a} / ${w.b}: ${w.dice.toFixed(2)}`).join('; '));
const weakest = same.map(([a, b]) => ({ a, b, dice: dice(a, b) })).sort((x, y) => x.dice - y.dice).slice(0, 3);
console.log('Least alike misreadings (Dice):', weakest.map((w) => `${w.a} / ${w.b}: ${w.dice.toFixed(2)}`).join('; '));
