/**
 * How well the repair undoes OCR-like damage, on corpus documents the language model was not built
 * from (their ids are in the model's header):
 *
 * 1. Noise: about 5% of Vietnamese syllables damaged the ways OCR and careless typing damage them
 *    (tone lost or swapped, hook/breve/circumflex lost or swapped, đ printed d, final ng/nh
 *    confused, all marks lost) and spaces put into document numbers (`03- CT/TW`). Prints the
 *    share of injected errors fixed, the share of clean syllables wrongly changed, and MB/s of the
 *    repair passes on one core.
 * 2. Restore: the same text with every mark stripped; prints syllable accuracy with the trigram
 *    model and, for comparison, with its bigrams alone.
 *
 *   npm run bench:repair [-- --seed N] [--rate 0.05] [--max-kb K] [--show N] [--only noise|restore] [--root DIR] [--repeat N] [--json]
 *                         [--compare DIR] [--noisy-out FILE]
 *
 * `--noisy-out FILE` writes the damaged text the passes are timed on, to profile them alone
 * (`node --cpu-prof` on a script that runs `dist/`'s `runPasses` over it).
 *
 * `--compare DIR` (e.g. `--root dist --compare ../base/dist`) also times DIR's passes on the same
 * noisy text in the same process, the two taking turns run by run (`--repeat` runs each), and
 * prints the ratio: on a machine shared with other work, load that changes between two processes
 * falls on both alike.
 *
 * Speed is MB per CPU-second of this process (`process.cpuUsage`), which a busy machine disturbs
 * far less than wall time; the wall-clock figure is printed beside it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TONES as TONE_MARKS } from '../data/alphabet.js';
import { pathToFileURL } from 'node:url';
import * as here from '../normalizers/index.js';
import { diacriticEdits } from '../normalizers/diacritics.js';
import { sharedLanguageModel, type LanguageModel } from '../pipeline/core/text/language-model.js';
import { applyEdits } from '../pipeline/core/text/edits.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import { hasSyllableShape, modelForm, modelTokens, syllableParts } from '../pipeline/core/text/syllable.js';
import { corpusDocuments, DEFAULT_CORPUS } from './corpus.js';
import { seededRandom } from './seeded-random.js';

const { values: options } = parseArgs({
  options: {
    seed: { type: 'string', default: '7' },
    rate: { type: 'string', default: '0.05' },
    'max-kb': { type: 'string', default: '1500' },
    show: { type: 'string', default: '0' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    /** `noise` or `restore`: run one half (to profile it alone). */
    only: { type: 'string' },
    /** Time the repair passes of another checkout (a baseline), scored by this bench: `--root ../base`, or compiled ones: `--root dist`. */
    root: { type: 'string' },
    /** Time the repair passes N times over the same text (the speed is their mean: steadier). */
    repeat: { type: 'string', default: '1' },
    /** Time another checkout's passes beside these, run by run in turn, and print the ratio. */
    compare: { type: 'string' },
    /** Also print the noise figures as one JSON line (for `npm run bench`). */
    json: { type: 'boolean', default: false },
    /** Write the noisy text to FILE (to profile the passes on it alone). */
    'noisy-out': { type: 'string' },
  },
});

/** The level tone ('') and the five tone marks. */
const TONES = ['', ...TONE_MARKS];
const SHAPES_FOR: Record<string, string[]> = { a: ['\u0306', '\u0302'], e: ['\u0302'], o: ['\u0302', '\u031B'], u: ['\u031B'] };

/** Rebuilds a syllable from its parts (inverse of syllableParts, tone on the last marked vowel). */
function compose(skeleton: string, shapes: string[], tone: string, barredD: boolean): string {
  const vowels = [...skeleton].map((c, i) => (/[aeiouy]/i.test(c) ? i : -1)).filter((i) => i >= 0);
  // Tone goes on the vowel carrying a shape mark, else the second of two vowels before a final,
  // else the first (enough for the bench: the decoder compares model forms).
  const shaped = vowels.filter((i) => shapes[i]);
  let toneAt = shaped.length ? shaped[shaped.length - 1]! : -1;
  if (toneAt < 0) toneAt = vowels.length >= 2 && vowels.at(-1)! < skeleton.length - 1 ? vowels[1]! : vowels[0] ?? -1;
  let out = '';
  [...skeleton].forEach((c, i) => {
    out += barredD && i === 0 && /d/i.test(c) ? (c === 'd' ? 'đ' : 'Đ') : c;
    out += shapes[i] ?? '';
    if (i === toneAt) out += tone;
  });
  return out.normalize('NFC');
}

type Damage = 'tone lost' | 'tone swapped' | 'mark lost' | 'mark swapped' | 'đ as d' | 'ng/nh' | 'all marks lost';

/** One OCR-like error for a syllable, or null when none of the chosen kind applies. */
function damage(word: string, kind: Damage, random: () => number): string | null {
  const p = syllableParts(word);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  switch (kind) {
    case 'tone lost':
      return p.tone ? compose(p.skeleton, p.shapes, '', p.barredD) : null;
    case 'tone swapped':
      return p.tone ? compose(p.skeleton, p.shapes, pick(TONES.filter((t) => t && t !== p.tone)), p.barredD) : null;
    case 'mark lost': {
      const at = p.shapes.map((s, i) => (s ? i : -1)).filter((i) => i >= 0);
      if (at.length === 0) return null;
      const shapes = [...p.shapes];
      shapes[pick(at)] = '';
      return compose(p.skeleton, shapes, p.tone, p.barredD);
    }
    case 'mark swapped': {
      const at = [...p.skeleton].map((c, i) => ((SHAPES_FOR[c.toLowerCase()] ?? []).some((s) => s !== p.shapes[i]) ? i : -1)).filter((i) => i >= 0);
      if (at.length === 0) return null;
      const i = pick(at);
      const shapes = [...p.shapes];
      shapes[i] = pick(SHAPES_FOR[p.skeleton[i]!.toLowerCase()]!.filter((s) => s !== p.shapes[i]));
      return compose(p.skeleton, shapes, p.tone, p.barredD);
    }
    case 'đ as d':
      return p.barredD ? word.replace('đ', 'd').replace('Đ', 'D') : null;
    case 'ng/nh': {
      const m = /n[gh]$/.exec(word);
      return m ? word.slice(0, -1) + (m[0] === 'ng' ? 'h' : 'g') : null;
    }
    case 'all marks lost':
      return foldDiacritics(word) !== word ? foldDiacritics(word) : null;
  }
}

/** How often each kind of damage is drawn (tone and hook slips dominate OCR of Vietnamese). */
const DAMAGE_MIX: Array<[Damage, number]> = [
  ['tone lost', 0.3], ['tone swapped', 0.2], ['mark lost', 0.2], ['mark swapped', 0.05], ['đ as d', 0.1], ['ng/nh', 0.05], ['all marks lost', 0.1],
];

interface Injected {
  start: number;
  end: number;
  clean: string;
  kind: Damage | 'number spacing';
}

function injectNoise(text: string, rate: number, random: () => number): { noisy: string; injected: Injected[] } {
  const edits: Array<{ start: number; end: number; replacement: string; reason: string }> = [];
  const kinds = new Map<number, Injected>();
  for (const token of modelTokens(text)) {
    if (token.kind !== 'word' || !hasSyllableShape(token.text.toLowerCase()) || random() >= rate) continue;
    // Draw kinds until one applies to this syllable (a syllable without a tone cannot lose it).
    let kind: Damage = 'tone lost';
    let damaged: string | null = null;
    for (let attempt = 0; attempt < 8 && !damaged; attempt++) {
      let roll = random();
      kind = DAMAGE_MIX.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'tone lost';
      damaged = damage(token.text, kind, random);
      if (damaged === token.text) damaged = null;
    }
    if (!damaged) continue;
    edits.push({ start: token.start, end: token.end, replacement: damaged, reason: kind });
    kinds.set(token.start, { start: token.start, end: token.end, clean: token.text, kind });
  }
  // Document numbers ("30/2020/NĐ-CP", "03-CT/TW"): a space after one of their separators.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}/])\d{1,4}(?:\/\d{4})?[/-][A-ZĐ][A-ZĐ0-9]*(?:[/-][A-ZĐ][A-ZĐ0-9]*)+/gu)) {
    if (random() >= rate * 4) continue;
    const separators = [...m[0].matchAll(/[/-]/g)].map((s) => m.index + s.index);
    const at = separators[Math.floor(random() * separators.length)]!;
    edits.push({ start: at, end: at + 1, replacement: `${text[at]} `, reason: 'number spacing' });
    kinds.set(at, { start: at, end: at + 1, clean: m[0], kind: 'number spacing' });
  }
  const result = applyEdits(text, edits);
  const injected: Injected[] = [];
  for (const e of result.applied) {
    const info = kinds.get(e.start);
    injected.push({ start: e.newStart, end: e.newEnd, clean: info?.clean ?? text.slice(e.start, e.end), kind: info?.kind ?? 'number spacing' });
  }
  return { noisy: result.text, injected };
}

/** Word tokens of two texts that differ only in the words' marks, paired up. */
function pairWords(a: string, b: string): Array<[string, string, number]> {
  const wa = modelTokens(a).filter((t) => t.kind === 'word');
  const wb = modelTokens(b).filter((t) => t.kind === 'word');
  if (wa.length !== wb.length) throw new Error(`word counts differ: ${wa.length} vs ${wb.length}`);
  // Compared in model form: "hoà" and "hòa" are one syllable (tone placement is its own pass).
  return wa.map((t, i) => [modelForm(t.text), modelForm(wb[i]!.text), t.start]);
}

function noiseBench(clean: string, rate: number, show: number): void {
  const random = seededRandom(Number(options.seed));
  const { noisy, injected } = injectNoise(clean, rate, random);
  if (options['noisy-out']) writeFileSync(options['noisy-out'], noisy);
  const { REPAIR_PASSES, runPasses } = passes;
  runPasses(noisy.slice(0, 20_000), REPAIR_PASSES); // caches and JIT warm, as in a batch
  const started = performance.now();
  const repeat = Math.max(1, Number(options.repeat));
  // Each run's CPU time: the first pays what a worker pays once (the readings of the text's words
  // not seen in the warm-up, V8 compiling the passes' code for the text's 0.7 MB), the later ones
  // what a worker pays per document once it has repaired a few hundred.
  const runSeconds: number[] = [];
  let repaired!: ReturnType<typeof runPasses>;
  for (let r = 0; r < repeat; r++) {
    const cpu0 = process.cpuUsage();
    repaired = runPasses(noisy, REPAIR_PASSES);
    const cpu = process.cpuUsage(cpu0);
    runSeconds.push((cpu.user + cpu.system) / 1e6);
  }
  const cpuSeconds = runSeconds.reduce((a, b) => a + b, 0) / repeat;
  const coldSeconds = runSeconds[0]!;
  const warmSeconds = repeat > 1 ? (cpuSeconds * repeat - coldSeconds) / (repeat - 1) : NaN;
  const seconds = (performance.now() - started) / 1000 / repeat;
  if (compared) {
    compared.runPasses(noisy.slice(0, 20_000), compared.REPAIR_PASSES);
    const spent = [0, 0];
    const outputs = ['', ''];
    for (let r = 0; r < repeat; r++) {
      // Turns alternate which goes first, so neither always runs right after the other's garbage.
      for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const timed = side === 0 ? passes : compared;
        const c0 = process.cpuUsage();
        outputs[side] = timed.runPasses(noisy, timed.REPAIR_PASSES).text;
        const c = process.cpuUsage(c0);
        spent[side]! += (c.user + c.system) / 1e6;
      }
    }
    const mb = Buffer.byteLength(noisy) / 1e6;
    console.log(`Compared in turns, ${repeat} runs each: ${(mb / (spent[0]! / repeat)).toFixed(2)} MB per CPU-second here, ${(mb / (spent[1]! / repeat)).toFixed(2)} for ${options.compare}: ${(spent[1]! / spent[0]!).toFixed(2)}× (same text out: ${outputs[0] === outputs[1] ? 'yes' : 'NO'})`);
  }

  const numberErrors = injected.filter((i) => i.kind === 'number spacing');
  // A spaced number is re-joined when the repaired text has the clean number back in its place.
  const numbersFixed = numberErrors.filter((i) => {
    const at = repaired.map.fromSource(i.start);
    return repaired.text.slice(at - i.clean.length, at + i.clean.length).includes(i.clean);
  }).length;
  // Compare word by word: the noisy text has the clean text's words, some damaged.
  const damagedAt = new Set(injected.filter((i) => i.kind !== 'number spacing').map((i) => i.start));
  const noisyWords = modelTokens(noisy).filter((t) => t.kind === 'word');
  const pairs = pairWords(clean, repaired.text);
  let fixed = 0;
  let damagedTotal = 0;
  let cleanTotal = 0;
  let cleanChanged = 0;
  const byKind = new Map<string, [number, number]>();
  const misses: string[] = [];
  const wrongChanges: string[] = [];
  pairs.forEach(([want, got], i) => {
    const noisyWord = noisyWords[i]!;
    if (damagedAt.has(noisyWord.start)) {
      const kind = injected.find((x) => x.start === noisyWord.start)!.kind;
      const tally = byKind.get(kind) ?? [0, 0];
      tally[1]++;
      damagedTotal++;
      if (got === want) {
        fixed++;
        tally[0]++;
      } else if (misses.length < show) misses.push(`${noisyWord.text}→${got} (want ${want}) …${noisy.slice(noisyWord.start - 25, noisyWord.end + 20).replace(/\n/g, ' ')}…`);
      byKind.set(kind, tally);
    } else if (hasSyllableShape(want.toLowerCase())) {
      cleanTotal++;
      if (got !== want) {
        cleanChanged++;
        if (wrongChanges.length < show) wrongChanges.push(`${want}→${got} …${clean.slice(noisyWord.start - 25, noisyWord.end + 20).replace(/\n/g, ' ')}…`);
      }
    }
  });
  const mb = Buffer.byteLength(noisy) / 1e6;
  console.log(`Noise: ${(mb).toFixed(2)} MB, ${damagedTotal} of ${damagedTotal + cleanTotal} syllables damaged (${((100 * damagedTotal) / (damagedTotal + cleanTotal)).toFixed(1)}%), ${numberErrors.length} numbers spaced`);
  console.log(`  injected errors fixed     ${((100 * fixed) / damagedTotal).toFixed(1)}%  (${fixed}/${damagedTotal})`);
  for (const [kind, [ok, n]] of byKind) console.log(`    ${kind.padEnd(16)} ${((100 * ok) / n).toFixed(1).padStart(5)}%  (${ok}/${n})`);
  console.log(`  numbers re-joined         ${((100 * numbersFixed) / Math.max(1, numberErrors.length)).toFixed(1)}%  (${numbersFixed}/${numberErrors.length})`);
  console.log(`  clean syllables changed   ${((100 * cleanChanged) / cleanTotal).toFixed(3)}%  (${cleanChanged}/${cleanTotal})`);
  console.log(`  speed                     ${(mb / cpuSeconds).toFixed(2)} MB per CPU-second, on one core (${cpuSeconds.toFixed(2)} CPU-s; wall ${seconds.toFixed(2)} s; mean of ${repeat} run${repeat > 1 ? 's' : ''})`);
  console.log(`    first run (cold)        ${(mb / coldSeconds).toFixed(2)} MB per CPU-second (new words' readings, V8 compiling the passes)`);
  if (repeat > 1) console.log(`    later runs (warm)       ${(mb / warmSeconds).toFixed(2)} MB per CPU-second (a batch worker after its first documents)`);
  if (options.json) {
    console.log(JSON.stringify({
      mbPerCpuSecond: mb / cpuSeconds, mbPerCpuSecondCold: mb / coldSeconds, mbPerCpuSecondWarm: repeat > 1 ? mb / warmSeconds : null,
      fixed: fixed / damagedTotal, cleanChanged: cleanChanged / cleanTotal, fixedCount: fixed, damaged: damagedTotal, changedCount: cleanChanged, clean: cleanTotal,
    }));
  }
  if (misses.length) console.log(`  missed:\n    ${misses.join('\n    ')}`);
  if (wrongChanges.length) console.log(`  wrongly changed:\n    ${wrongChanges.join('\n    ')}`);
}

function restoreBench(clean: string, model: LanguageModel, bigramsOnly: boolean): { accuracy: number; seconds: number } {
  const stripped = foldDiacritics(clean);
  const started = performance.now();
  const restored = applyEdits(stripped, diacriticEdits(stripped, { restore: true, bigramsOnly }, model)).text;
  const seconds = (performance.now() - started) / 1000;
  const pairs = pairWords(clean, restored).filter(([want]) => hasSyllableShape(want.toLowerCase()));
  const right = pairs.filter(([want, got]) => want === got).length;
  const show = Number(options.show);
  if (show > 0 && !bigramsOnly) {
    const wrong = pairs.filter(([want, got]) => want !== got).slice(0, show);
    console.log(`  restore errors:\n    ${wrong.map(([want, got, at]) => `${got} (want ${want}) …${restored.slice(at - 25, at + 20).replace(/\n/g, ' ')}…`).join('\n    ')}`);
  }
  return { accuracy: right / pairs.length, seconds };
}

const passesOf = async (root: string) =>
  (await import(pathToFileURL(`${root}/normalizers/index.${existsSync(`${root}/normalizers/index.ts`) ? 'ts' : 'js'}`).href)) as typeof here;
/** `--compare`'s passes, timed in turns with these. */
const compared: Pick<typeof here, 'REPAIR_PASSES' | 'runPasses'> | undefined = options.compare ? await passesOf(options.compare) : undefined;

/** The repair passes timed: this checkout's, or those of `--root`. */
const passes: Pick<typeof here, 'REPAIR_PASSES' | 'runPasses'> = options.root ? await passesOf(options.root) : here;

function main(): void {
  const model = sharedLanguageModel();
  const heldOut = new Set(model.header.heldOut);
  const maxBytes = Number(options['max-kb']) * 1000;
  let clean = '';
  for (const doc of corpusDocuments(options.corpus!)) {
    if (!heldOut.has(doc.id) || clean.length >= maxBytes) continue;
    clean += `${doc.text.normalize('NFC')}\n`;
  }
  console.log(`Held-out text: ${heldOut.size} corpus documents the model was not built from, ${(Buffer.byteLength(clean) / 1e6).toFixed(2)} MB used\n`);
  if (options.only !== 'restore') noiseBench(clean, Number(options.rate), Number(options.show));
  if (options.only === 'noise') return;
  console.log('');
  const trigram = restoreBench(clean, model, false);
  const bigram = restoreBench(clean, model, true);
  console.log(`Restore (all marks stripped): syllable accuracy ${(100 * trigram.accuracy).toFixed(2)}% with the trigram model (${(Buffer.byteLength(clean) / 1e6 / trigram.seconds).toFixed(2)} MB/s), ${(100 * bigram.accuracy).toFixed(2)}% with its bigrams alone`);
}

main();
