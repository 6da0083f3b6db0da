import { CHANNEL_COST, FINAL_CONFUSIONS, STOP_FINAL, STOP_FINAL_TONES, UNMARKED_TEXT_SHARE } from '../data/syllables.js';
import { indexInRow, LanguageModel, SCALE, sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { hasSyllableShape, modelForm, modelTokenSpans, syllableParts, TOKEN_NUMBER, TOKEN_WORD, withCaseOf, type SyllableParts } from '../pipeline/core/text/syllable.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { withoutToneMark } from '../pipeline/core/text/tone.js';
import { isLetterCode } from '../pipeline/core/text/letters.js';

/**
 * Diacritic and OCR repair by noisy-channel decoding: every syllable may have been meant as any
 * syllable with the same bare letters (every tone and hook variant, đ for d, a few OCR letter
 * confusions); the language model scores each reading in context, a channel cost scores how
 * likely the printed form is if that was meant, and a beam search picks the cheapest sequence.
 * A syllable is changed only when the model's preference outweighs the cost of believing the
 * page wrong, so clean text stays as printed. Words that are not Vietnamese syllables (numbers,
 * abbreviations, loan words, symbols) are context only and never changed.
 */

interface Candidate {
  id: number;
  word: string;
  /** Channel cost in model units (−log10 × SCALE). */
  channel: number;
}

export interface RepairOptions {
  /** Restore a text typed without marks (no cost for adding them); chosen from the text when omitted. */
  restore?: boolean;
  beam?: number;
  /** Score with bigrams only (the trigrams ignored): the baseline `bench:repair` compares with. */
  bigramsOnly?: boolean;
}

/** Readings tried per syllable besides the printed one (see candidatesFor). */
const MAX_REPAIR_CANDIDATES = 6;
const MAX_RESTORE_CANDIDATES = 16;

/** Candidates per printed model-form word and mode, shared across documents. */
const candidateCache = new Map<string, Candidate[]>();

interface SyllableIndex {
  /** The vocabulary's Vietnamese syllables grouped by skeleton (bare letters, đ as d). */
  bySkeleton: Map<string, number[]>;
  /** Each vocabulary syllable taken apart, by id, when first priced as a reading (a new word's readings took every candidate apart again). */
  parts: Array<SyllableParts | undefined>;
  /** Every vocabulary syllable without its tone: the vowel shapes Vietnamese has. */
  toneless: Set<string>;
}
let syllableIndex: SyllableIndex | undefined;
let indexedModel: LanguageModel | undefined;

function indexSyllables(model: LanguageModel): SyllableIndex {
  if (syllableIndex && indexedModel === model) return syllableIndex;
  const index: SyllableIndex = { bySkeleton: new Map(), parts: new Array<SyllableParts | undefined>(model.header.vocabulary.length), toneless: new Set() };
  candidateCache.clear();
  readingsCache.repair.clear();
  readingsCache.restore.clear();
  model.header.vocabulary.forEach((word, id) => {
    if (word.startsWith('<') || !hasSyllableShape(word)) return;
    const key = syllableParts(word).skeleton;
    const group = index.bySkeleton.get(key);
    if (group) group.push(id);
    else index.bySkeleton.set(key, [id]);
    index.toneless.add(withoutToneMark(word));
  });
  syllableIndex = index;
  indexedModel = model;
  return index;
}

function partsOf(index: SyllableIndex, id: number, word: string): SyllableParts {
  return (index.parts[id] ??= syllableParts(word));
}

/**
 * Whether a syllable the model does not know could still be Vietnamese: its vowels and hooks are
 * a combination the language has, and a syllable ending in p, t, c or ch carries sắc or nặng
 * (the only tones such syllables take). "lâp", "Cũc", "trưổng" fail; a rare name passes.
 */
function isPlausibleSyllable(word: string, index: SyllableIndex): boolean {
  if (!index.toneless.has(withoutToneMark(word))) return false;
  const { skeleton, tone } = syllableParts(word);
  return !STOP_FINAL.test(skeleton) || STOP_FINAL_TONES.includes(tone);
}

/** Cost, in log10 units, of `meant` being printed as `printed` (both model-form syllables). */
export function channelCost(printed: string, meant: string): number {
  if (printed === meant) return 0;
  return channelCostOfParts(syllableParts(printed), syllableParts(meant));
}

/** `channelCost` of two different syllables taken apart. */
function channelCostOfParts(p: SyllableParts, m: SyllableParts): number {
  let cost = CHANNEL_COST.change;
  if (p.tone !== m.tone) cost += p.tone === '' ? CHANNEL_COST.toneLost : m.tone === '' ? CHANNEL_COST.toneSpurious : CHANNEL_COST.toneWrong;
  const shared = Math.min(p.shapes.length, m.shapes.length);
  for (let i = 0; i < shared; i++) {
    if (p.shapes[i] === m.shapes[i]) continue;
    cost += p.shapes[i] === '' ? CHANNEL_COST.shapeLost : CHANNEL_COST.shapeWrong;
  }
  if (p.barredD !== m.barredD) cost += p.barredD ? CHANNEL_COST.barWrong : CHANNEL_COST.barLost;
  if (p.skeleton !== m.skeleton) cost += CHANNEL_COST.skeleton;
  return cost;
}

function candidatesFor(model: LanguageModel, printed: string, restore: boolean): Candidate[] {
  const cacheKey = `${restore ? 'r' : 'c'}${printed}`;
  const cached = candidateCache.get(cacheKey);
  if (cached) return cached;
  const index = indexSyllables(model);
  const printedParts = syllableParts(printed);
  const skeleton = printedParts.skeleton;
  const ids = new Set(index.bySkeleton.get(skeleton) ?? []);
  if (!restore) {
    for (const [a, b] of FINAL_CONFUSIONS) {
      for (const [from, to] of [[a, b], [b, a]] as const) {
        if (skeleton.endsWith(from)) for (const id of index.bySkeleton.get(skeleton.slice(0, -from.length) + to) ?? []) ids.add(id);
      }
    }
  }
  const printedId = model.ids.get(printed);
  const candidates: Candidate[] = [];
  // The printed word itself, even when the model does not know it (a rare syllable or name stays
  // a reading); an unknown one costs the more the less it looks like Vietnamese.
  let keep = 0;
  if (printedId === undefined) keep = isPlausibleSyllable(printed, index) ? CHANNEL_COST.unknownKept : CHANNEL_COST.implausibleKept;
  candidates.push({ id: printedId ?? model.unknownId, word: printed, channel: Math.round(keep * SCALE) });
  const others: Candidate[] = [];
  for (const id of ids) {
    if (id === printedId) continue;
    const word = model.header.vocabulary[id]!;
    const channel = restore ? 0 : channelCostOfParts(printedParts, partsOf(index, id, word));
    others.push({ id, word, channel: Math.round(channel * SCALE) });
  }
  // The likeliest readings before context (channel + unigram cost) are the only ones context
  // ever promotes in practice; trying fewer keeps decoding fast.
  const prior = (c: Candidate) => c.channel + model.tables.unigram[c.id]!;
  others.sort((a, b) => prior(a) - prior(b));
  candidates.push(...others.slice(0, restore ? MAX_RESTORE_CANDIDATES : MAX_REPAIR_CANDIDATES));
  candidateCache.set(cacheKey, candidates);
  return candidates;
}

/** Share of a text's letters-only words that carry a Vietnamese mark. */
export function markedShare(text: string): number {
  // Words are runs of letters (`\p{L}+`), counted in one pass without making them.
  let words = 0;
  let marked = 0;
  let inWord = false;
  let wordMarked = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (!isLetterCode(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordMarked = false;
      words++;
    }
    if (code > 127 && !wordMarked) {
      wordMarked = true;
      marked++;
    }
  }
  return words === 0 ? 1 : marked / words;
}

interface Readings {
  printed: string;
  /** The printed word alone (for words that are not syllables, or are protected). */
  fixed: Candidate[];
  candidates: Candidate[];
  /** The candidates with the extra cost of changing a name. */
  asName: () => Candidate[];
  /** The printed reading alone (the first of `candidates` and of `asName()`, the same object). */
  alone: () => Candidate[];
  /** The word is in capitals (two letters or more), or starts with one: facts of the printed word, kept with it. */
  allCapitals: boolean;
  capitalized: boolean;
}

/**
 * Readings per printed word, one map per mode (keyed by the word itself: building a key per
 * token was measurable), shared across documents (bounded).
 */
const readingsCache = { repair: new Map<string, Readings>(), restore: new Map<string, Readings>() };
const READINGS_CACHE_LIMIT = 100_000;

function readingsOf(model: LanguageModel, word: string, restore: boolean): Readings {
  const cache = restore ? readingsCache.restore : readingsCache.repair;
  let reading = cache.get(word);
  if (reading) return reading;
  const printed = modelForm(word);
  const fixed = [{ id: model.idOf(printed), word: printed, channel: 0 }];
  const candidates = hasSyllableShape(printed) ? candidatesFor(model, printed, restore) : fixed;
  let named: Candidate[] | undefined;
  const asName = () => (named ??= readingsAsName(candidates));
  let alone: Candidate[] | undefined;
  const first = word.charAt(0);
  reading = { printed, fixed, candidates, asName, alone: () => (alone ??= [candidates[0]!]), allCapitals: word.length > 1 && word === word.toUpperCase(), capitalized: first !== first.toLowerCase() };
  if (cache.size >= READINGS_CACHE_LIMIT) cache.clear();
  cache.set(word, reading);
  return reading;
}

/**
 * The readings of a capitalized word inside a phrase: the printed one, and the others at the extra
 * cost of changing a name. Built by pushing, like every other list of readings (`map` makes an
 * array of another kind, which made V8 drop the beam's optimized code in a process's first texts).
 */
function readingsAsName(candidates: Candidate[]): Candidate[] {
  const named: Candidate[] = [candidates[0]!];
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    named.push({ id: c.id, word: c.word, channel: c.channel + CHANNEL_COST.capitalized * SCALE });
  }
  return named;
}

/**
 * Proposes edits that repair lost or wrong marks. Returns nothing for a text without Vietnamese
 * syllables to repair.
 */
export function diacriticEdits(text: string, options: RepairOptions = {}, model: LanguageModel = sharedLanguageModel()): Edit[] {
  const restore = options.restore ?? markedShare(text) < UNMARKED_TEXT_SHARE;
  const beamWidth = options.beam ?? (restore ? 12 : 4);
  indexSyllables(model); // (re)builds the caches when a different model is passed
  const { count, kinds, starts, ends } = modelTokenSpans(text);
  const readings: Array<Readings | null> = new Array(count);
  for (let i = 0; i < count; i++) readings[i] = kinds[i] === TOKEN_WORD ? readingsOf(model, text.slice(starts[i]!, ends[i]!), restore) : null;
  // (Declared once, not per token: a closure per token was a tenth of the repair's time.)
  const wordNeighbour = (j: number) => readings[j]?.allCapitals === true;
  // Numbers and boundaries have one reading each, the same for every position (never changed).
  const numberReading = [{ id: model.numberId, word: '', channel: 0 }];
  const boundaryReading = [{ id: model.boundaryId, word: '', channel: 0 }];
  // The readings tried at each token: an array shared by every token of the same word and case,
  // no object made per token.
  const tried: Candidate[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const reading = readings[i];
    if (!reading) tried[i] = kinds[i] === TOKEN_NUMBER ? numberReading : boundaryReading;
    // An all-capitals word among lower-case words is an abbreviation ("ĐU khối"), not a syllable.
    else if (reading.allCapitals && !wordNeighbour(i - 1) && !wordNeighbour(i + 1)) tried[i] = reading.fixed;
    // A capitalized word inside a phrase is likely a name: believe it more.
    else tried[i] = readings[i - 1] != null && reading.capitalized ? reading.asName() : reading.candidates;
  }

  if (!restore) fixWellSupported(model, tried, readings);
  const choices = decode(model, tried, beamWidth, options.bigramsOnly ?? false);
  const edits: Edit[] = [];
  for (let i = 0; i < count; i++) {
    if (choices[i] === 0) continue;
    const chosen = tried[i]![choices[i]!]!;
    if (chosen.word === readings[i]!.printed) continue;
    const start = starts[i]!;
    const end = ends[i]!;
    edits.push({ start, end, replacement: withCaseOf(text.slice(start, end), chosen.word), reason: 'diacritics' });
  }
  return edits;
}

/**
 * A printed syllable that sits in the middle of two trigrams the corpus has (the one it ends and
 * the one it centres) is read as printed without trying the others: the model would not
 * overrule such support at the price of a change, and skipping it makes decoding several times
 * faster on clean text. Damaged neighbours break the support, so their repairs are still tried.
 */
function fixWellSupported(model: LanguageModel, options: Candidate[][], readings: Array<Readings | null>): void {
  const n = options.length;
  // The printed reading's id at each position i, at i + 2 (two boundaries before the text, one after).
  const ids = new Int32Array(n + 3).fill(model.boundaryId);
  for (let i = 0; i < n; i++) ids[i + 2] = options[i]![0]!.id;
  // The trigram one position centres is the one the next ends: each is searched once.
  let centredAt = -1;
  let centredSeen = false;
  for (let i = 0; i < n; i++) {
    const candidates = options[i]!;
    if (candidates.length < 2 || candidates[0]!.channel > 0) continue;
    const w = ids[i + 2]!;
    if (centredAt === i - 1) {
      if (!centredSeen) continue;
    } else {
      const before = model.bigramIndex(ids[i]!, ids[i + 1]!);
      if (before < 0 || !model.hasTrigramAfter(before, w)) continue;
    }
    const centred = model.bigramIndex(ids[i + 1]!, w);
    centredAt = i;
    centredSeen = centred >= 0 && model.hasTrigramAfter(centred, ids[i + 3]!);
    // The printed reading alone, one array per printed word (not one per position).
    if (centredSeen) options[i] = readings[i]!.alone();
  }
}

/**
 * Beam search over candidate readings; returns the chosen candidate index per position. States
 * that agree on the last two words have the same future, so only the cheaper is kept. The beam
 * lives in typed arrays (no objects per step): decoding is most of the repair's time.
 *
 * The model's cost (`LanguageModel.cost`) is computed here from its tables, with each state's
 * rows looked up once for all the readings it is extended by, and the bigram (last word, reading)
 * that a trigram miss searches is kept as the new state's context, not searched again.
 */
function decode(model: LanguageModel, options: Candidate[][], beamWidth: number, bigramsOnly: boolean): number[] {
  const { bigramStart, bigramWord, bigram, bigramBackoff, trigramStart, trigramWord, trigram, unigram, unigramBackoff } = model.tables;
  const n = options.length;
  // Back-pointers of every step: the parent's slot in the previous beam and the candidate taken.
  const parents = new Int32Array(n * beamWidth);
  const picks = new Int32Array(n * beamWidth);
  let prev2 = new Int32Array(beamWidth);
  let prev1 = new Int32Array(beamWidth);
  /** Each state's bigram (prev2, prev1) in the model, −1 when unseen (or bigrams only). */
  let context = new Int32Array(beamWidth);
  let costs = new Float64Array(beamWidth);
  let size = 1;
  prev2[0] = prev1[0] = model.boundaryId;
  context[0] = bigramsOnly ? -1 : model.bigramIndex(model.boundaryId, model.boundaryId);
  let next2 = new Int32Array(beamWidth);
  let next1 = new Int32Array(beamWidth);
  let nextCosts = new Float64Array(beamWidth);
  /** The new states' contexts where the scoring found them, −2 where it did not search. */
  let nextContext = new Int32Array(beamWidth);

  // Whether context[0] is out of date after a run of lone steps (computed when next needed).
  let staleContext = false;
  for (let i = 0; i < n; i++) {
    const candidates = options[i]!;
    const step = i * beamWidth;
    if (size === 1 && candidates.length === 1) {
      // One state and one reading: every path goes through it, so its cost cannot change a
      // choice and is not computed (on clean text most positions are such; all costs are
      // integers, so later comparisons are exactly those of the full computation).
      prev2[0] = prev1[0]!;
      prev1[0] = candidates[0]!.id;
      parents[step] = 0;
      picks[step] = 0;
      staleContext = true;
      continue;
    }
    if (staleContext) {
      context[0] = bigramsOnly ? -1 : model.bigramIndex(prev2[0]!, prev1[0]!);
      staleContext = false;
    }
    let nextSize = 0;
    for (let s = 0; s < size; s++) {
      const v = prev1[s]!;
      const uv = context[s]!;
      const pathCost = costs[s]!;
      // The state's trigram row (empty when its context is unseen), its last word's bigram row, its back-off.
      const trigramFrom = uv >= 0 ? trigramStart[uv]! : 0;
      const trigramTo = uv >= 0 ? trigramStart[uv + 1]! : 0;
      const bigramFrom = bigramStart[v]!;
      const bigramTo = bigramStart[v + 1]!;
      const backoff = uv >= 0 ? bigramBackoff[uv]! : 0;
      for (let c = 0; c < candidates.length; c++) {
        const candidate = candidates[c]!;
        const w = candidate.id;
        const reached = pathCost + candidate.channel;
        // The model's cost is never negative: a state the full beam would drop whatever the model
        // says is dropped before asking it (most changed readings, whose channel cost alone is too high).
        if (nextSize === beamWidth && reached >= nextCosts[nextSize - 1]!) continue;
        let vw = -2;
        let modelCost: number;
        const j = trigramFrom < trigramTo ? indexInRow(trigramWord, trigramFrom, trigramTo, w) : -1;
        if (j >= 0) modelCost = trigram[j]!;
        else {
          vw = indexInRow(bigramWord, bigramFrom, bigramTo, w);
          modelCost = vw >= 0 ? backoff + bigram[vw]! : backoff + unigramBackoff[v]! + unigram[w]!;
        }
        const cost = reached + modelCost;
        // Keep the beam sorted by cost; drop a state whose (prev1, word) a cheaper one has.
        if (nextSize === beamWidth && cost >= nextCosts[nextSize - 1]!) continue;
        let duplicate = -1;
        for (let k = 0; k < nextSize; k++) {
          if (next2[k] === v && next1[k] === w) {
            duplicate = k;
            break;
          }
        }
        if (duplicate >= 0 && nextCosts[duplicate]! <= cost) continue;
        let at = duplicate >= 0 ? duplicate : Math.min(nextSize, beamWidth - 1);
        if (duplicate < 0 && nextSize < beamWidth) nextSize++;
        // Shift cheaper-than-slot entries down into place (insertion sort step).
        while (at > 0 && nextCosts[at - 1]! > cost) {
          next2[at] = next2[at - 1]!;
          next1[at] = next1[at - 1]!;
          nextCosts[at] = nextCosts[at - 1]!;
          nextContext[at] = nextContext[at - 1]!;
          parents[step + at] = parents[step + at - 1]!;
          picks[step + at] = picks[step + at - 1]!;
          at--;
        }
        next2[at] = v;
        next1[at] = w;
        nextCosts[at] = cost;
        nextContext[at] = vw;
        parents[step + at] = s;
        picks[step + at] = c;
      }
    }
    for (let k = 0; k < nextSize; k++) {
      if (bigramsOnly) nextContext[k] = -1;
      else if (nextContext[k] === -2) nextContext[k] = indexInRow(bigramWord, bigramStart[next2[k]!]!, bigramStart[next2[k]! + 1]!, next1[k]!);
    }
    // (Swapped through a variable: a destructuring swap per step was measurable.)
    let swap = prev2;
    prev2 = next2;
    next2 = swap;
    swap = prev1;
    prev1 = next1;
    next1 = swap;
    swap = context;
    context = nextContext;
    nextContext = swap;
    const swapCosts = costs;
    costs = nextCosts;
    nextCosts = swapCosts;
    size = nextSize;
  }
  const choices = new Array<number>(n).fill(0);
  let slot = 0;
  for (let i = n - 1; i >= 0; i--) {
    choices[i] = picks[i * beamWidth + slot]!;
    slot = parents[i * beamWidth + slot]!;
  }
  return choices;
}
