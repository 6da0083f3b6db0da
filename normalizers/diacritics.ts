import { CHANNEL_COST, FINAL_CONFUSIONS, STOP_FINAL, STOP_FINAL_TONES, UNMARKED_TEXT_SHARE } from '../data/syllables.js';
import { indexInPackedRow, LanguageModel, SCALE, sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { hasSyllableShape, modelForm, modelTokenSpans, syllableParts, TOKEN_NUMBER, TOKEN_WORD, withCaseOf, type ModelTokenSpans, type SyllableParts } from '../pipeline/core/text/syllable.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { withoutToneMark } from '../pipeline/core/text/tone.js';
import { isLetterCode } from '../pipeline/core/text/letters.js';
import { SpanTable } from '../pipeline/core/text/span-table.js';

/**
 * Diacritic and OCR repair by noisy-channel decoding: every syllable may have been meant as any
 * syllable with the same bare letters (every tone and hook variant, đ for d, a few OCR letter
 * confusions); the language model scores each reading in context, a channel cost scores how
 * likely the printed form is if that was meant, and a beam search picks the cheapest sequence.
 * A syllable is changed only when the model's preference outweighs the cost of believing the
 * page wrong, so clean text stays as printed. Words that are not Vietnamese syllables (numbers,
 * abbreviations, loan words, symbols) are context only and never changed.
 */

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

/**
 * Every list of readings (a word's candidates, its printed form alone, its readings as a name) is
 * a range of one pool of parallel arrays, shared across documents: a token's readings are two
 * numbers (where its list starts and ends), which the support test and the beam read without a
 * copy per token (issue 23: copying each token's ids and costs out of its Candidate objects was
 * 5% of the repair). The pool is emptied, with the caches that hold ranges of it, between texts
 * once it is large.
 */
interface ReadingPool {
  id: Int32Array;
  channel: Int32Array;
  word: string[];
  size: number;
  /** The one reading of a number and of a boundary (never changed). */
  numberAt: number;
  boundaryAt: number;
}
/** Pool entries held before it is emptied (at the start of a text). */
const POOL_LIMIT = 1 << 20;
const pool: ReadingPool = { id: new Int32Array(1 << 16), channel: new Int32Array(1 << 16), word: [], size: 0, numberAt: -1, boundaryAt: -1 };

/** A range of the pool: a list of readings, the printed one first. */
interface ReadingRange {
  from: number;
  to: number;
}

/** Appends a reading to the pool; returns its place. */
function pushReading(id: number, word: string, channel: number): number {
  if (pool.size === pool.id.length) {
    const id2 = new Int32Array(pool.id.length * 2);
    id2.set(pool.id);
    pool.id = id2;
    const channel2 = new Int32Array(pool.channel.length * 2);
    channel2.set(pool.channel);
    pool.channel = channel2;
  }
  const at = pool.size++;
  pool.id[at] = id;
  pool.channel[at] = channel;
  pool.word.push(word);
  return at;
}

/** Empties the pool and every cache holding ranges of it (a new model, or a full pool between texts). */
function resetPool(model: LanguageModel): void {
  candidateCache.clear();
  readingsCache.repair.clear();
  readingsCache.restore.clear();
  pool.size = 0;
  pool.word = [];
  pool.numberAt = pushReading(model.numberId, '', 0);
  pool.boundaryAt = pushReading(model.boundaryId, '', 0);
}

/** Candidates per printed model-form word and mode, shared across documents. */
const candidateCache = new Map<string, ReadingRange>();

interface SyllableIndex {
  /** The vocabulary's Vietnamese syllables grouped by skeleton (bare letters, đ as d). */
  bySkeleton: Map<string, number[]>;
  /** Each vocabulary syllable taken apart, by id (taken apart for its skeleton when indexed, and kept: a new word's readings took every candidate apart again). */
  parts: Array<SyllableParts | undefined>;
  /** Every vocabulary syllable without its tone: the vowel shapes Vietnamese has. */
  toneless: Set<string>;
}
let syllableIndex: SyllableIndex | undefined;
let indexedModel: LanguageModel | undefined;

function indexSyllables(model: LanguageModel): SyllableIndex {
  if (syllableIndex && indexedModel === model) return syllableIndex;
  const index: SyllableIndex = { bySkeleton: new Map(), parts: new Array<SyllableParts | undefined>(model.header.vocabulary.length), toneless: new Set() };
  resetPool(model);
  model.header.vocabulary.forEach((word, id) => {
    if (word.startsWith('<') || !hasSyllableShape(word)) return;
    const parts = syllableParts(word);
    index.parts[id] = parts;
    const key = parts.skeleton;
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
function isPlausibleSyllable(word: string, parts: SyllableParts, index: SyllableIndex): boolean {
  if (!index.toneless.has(withoutToneMark(word))) return false;
  const { skeleton, tone } = parts;
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

/** The kept readings of a new word, cheapest prior first (see candidatesFor); reused. */
const topIds = new Int32Array(MAX_RESTORE_CANDIDATES);
const topChannels = new Int32Array(MAX_RESTORE_CANDIDATES);
const topPriors = new Int32Array(MAX_RESTORE_CANDIDATES);

function candidatesFor(model: LanguageModel, printed: string, restore: boolean): ReadingRange {
  const cacheKey = `${restore ? 'r' : 'c'}${printed}`;
  const cached = candidateCache.get(cacheKey);
  if (cached) return cached;
  const index = indexSyllables(model);
  const printedParts = syllableParts(printed);
  const skeleton = printedParts.skeleton;
  // The syllables of the same skeleton, then those of a confused final's (another skeleton, so
  // another group: a reading is listed twice only if two confusions lead to one skeleton).
  const ids: number[] = [];
  for (const id of index.bySkeleton.get(skeleton) ?? []) ids.push(id);
  if (!restore) {
    let groups = 0;
    for (const [a, b] of FINAL_CONFUSIONS) {
      for (const [from, to] of [[a, b], [b, a]] as const) {
        if (!skeleton.endsWith(from)) continue;
        const group = index.bySkeleton.get(skeleton.slice(0, -from.length) + to);
        if (!group) continue;
        groups++;
        for (const id of group) if (groups === 1 || !ids.includes(id)) ids.push(id);
      }
    }
  }
  const printedId = model.ids.get(printed);
  // The printed word itself, even when the model does not know it (a rare syllable or name stays
  // a reading); an unknown one costs the more the less it looks like Vietnamese.
  let keep = 0;
  if (printedId === undefined) keep = isPlausibleSyllable(printed, printedParts, index) ? CHANNEL_COST.unknownKept : CHANNEL_COST.implausibleKept;
  const from = pushReading(printedId ?? model.unknownId, printed, Math.round(keep * SCALE));
  // The likeliest readings before context (channel + unigram cost) are the only ones context
  // ever promotes in practice; trying fewer keeps decoding fast. They are picked as a stable sort
  // would put them (ties keep the skeleton group's order): each goes in after those of no higher
  // cost, into a list that keeps the first few (a sort of every reading by a comparing closure,
  // with arrays made per word, was most of a new word's cost: issue 23, the cold run).
  const vocabulary = model.header.vocabulary;
  const unigram = model.tables.unigram;
  const limit = restore ? MAX_RESTORE_CANDIDATES : MAX_REPAIR_CANDIDATES;
  let size = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id === printedId) continue;
    const channel = restore ? 0 : Math.round(channelCostOfParts(printedParts, partsOf(index, id, vocabulary[id]!)) * SCALE);
    const prior = channel + unigram[id]!;
    if (size === limit && prior >= topPriors[limit - 1]!) continue;
    let at = size < limit ? size++ : limit - 1;
    while (at > 0 && topPriors[at - 1]! > prior) {
      topIds[at] = topIds[at - 1]!;
      topChannels[at] = topChannels[at - 1]!;
      topPriors[at] = topPriors[at - 1]!;
      at--;
    }
    topIds[at] = id;
    topChannels[at] = channel;
    topPriors[at] = prior;
  }
  for (let r = 0; r < size; r++) pushReading(topIds[r]!, vocabulary[topIds[r]!]!, topChannels[r]!);
  const candidates = { from, to: pool.size };
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
    let code = text.charCodeAt(i);
    let letter: boolean;
    // (ASCII, most of any text, tested by its range: the letters of `\p{L}` there are A–Z and a–z.)
    if (code < 128) letter = ((code | 32) - 97) >>> 0 < 26;
    else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      letter = isLetterCode(code);
    }
    if (!letter) {
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
  /** The printed word alone (for words that are not syllables, or are protected): its place in the pool. */
  fixed: number;
  candidates: ReadingRange;
  /** The candidates with the extra cost of changing a name (made when first asked: `asName`). */
  named: ReadingRange | null;
  /** The word is in capitals (two letters or more), or starts with one: facts of the printed word, kept with it. */
  allCapitals: boolean;
  capitalized: boolean;
}

/**
 * Readings per printed word, one table per mode, looked up by the word's place in the text (no
 * string cut out per token: issue 23), shared across documents (bounded).
 */
const READINGS_CACHE_LIMIT = 100_000;
const readingsCache = { repair: new SpanTable<Readings>(READINGS_CACHE_LIMIT), restore: new SpanTable<Readings>(READINGS_CACHE_LIMIT) };

/** The readings of the word `text[start … end)`. */
function readingsAt(model: LanguageModel, text: string, start: number, end: number, restore: boolean): Readings {
  const cache = restore ? readingsCache.restore : readingsCache.repair;
  let reading = cache.get(text, start, end);
  if (reading) return reading;
  const word = text.slice(start, end);
  const printed = modelForm(word);
  const fixed = pushReading(model.idOf(printed), printed, 0);
  const candidates = hasSyllableShape(printed) ? candidatesFor(model, printed, restore) : { from: fixed, to: fixed + 1 };
  const first = word.charAt(0);
  reading = { printed, fixed, candidates, named: null, allCapitals: word.length > 1 && word === word.toUpperCase(), capitalized: first !== first.toLowerCase() };
  cache.set(word, reading);
  return reading;
}

/** The readings of a capitalized word inside a phrase (see readingsAsName), made once per word. */
function asName(reading: Readings): ReadingRange {
  return (reading.named ??= readingsAsName(reading.candidates));
}

/**
 * The readings of a capitalized word inside a phrase: the printed one, and the others at the extra
 * cost of changing a name.
 */
function readingsAsName(candidates: ReadingRange): ReadingRange {
  const from = pushReading(pool.id[candidates.from]!, pool.word[candidates.from]!, pool.channel[candidates.from]!);
  for (let k = candidates.from + 1; k < candidates.to; k++) pushReading(pool.id[k]!, pool.word[k]!, pool.channel[k]! + CHANNEL_COST.capitalized * SCALE);
  return { from, to: pool.size };
}

/**
 * Proposes edits that repair lost or wrong marks. Returns nothing for a text without Vietnamese
 * syllables to repair.
 */
export function diacriticEdits(text: string, options: RepairOptions = {}, model: LanguageModel = sharedLanguageModel()): Edit[] {
  const restore = options.restore ?? markedShare(text) < UNMARKED_TEXT_SHARE;
  const beamWidth = options.beam ?? (restore ? 12 : 4);
  indexSyllables(model); // (re)builds the caches when a different model is passed
  if (pool.size > POOL_LIMIT) resetPool(model);
  // (Each step its own function, called once per text: V8 compiles each loop's function alone,
  // and a new kind of value met in one does not send the others back to be compiled again —
  // the compiler's work was most of a process's first texts, issue 23.)
  const tokens = modelTokenSpans(text);
  const readings = tokenReadings(model, text, tokens, restore);
  const flat = readingsTried(tokens, readings, text);
  if (!restore) fixWellSupported(model, flat);
  const choices = decode(model, flat, beamWidth, options.bigramsOnly ?? false);
  return editsOf(text, tokens, readings, flat, choices);
}

/**
 * Tokens a call of a step's loop goes over (`tokenReadings`, `readingsTried`): a step walks the
 * text's tokens a piece at a time, each piece a call. A loop over a whole long text in one call is
 * compiled on the stack (OSR) before the code after it has run, and that code then drops back to
 * the interpreter at the call's return, throwing the compiled loop away: the next text ran slowly
 * until it was compiled again (issue 23, as the tokenizer's walk).
 */
const STEP_PIECE = 4096;

/** Each token's readings (null for a number or a boundary). */
function tokenReadings(model: LanguageModel, text: string, tokens: ModelTokenSpans, restore: boolean): Array<Readings | null> {
  const readings: Array<Readings | null> = new Array(tokens.count);
  for (let i = 0; i < tokens.count; i += STEP_PIECE) readingsOfPiece(model, text, tokens, restore, readings, i, Math.min(tokens.count, i + STEP_PIECE));
  return readings;
}

function readingsOfPiece(model: LanguageModel, text: string, tokens: ModelTokenSpans, restore: boolean, readings: Array<Readings | null>, first: number, end: number): void {
  const { kinds, starts, ends } = tokens;
  for (let i = first; i < end; i++) readings[i] = kinds[i] === TOKEN_WORD ? readingsAt(model, text, starts[i]!, ends[i]!, restore) : null;
}

/** True when only white space stands between the end of one word and the start of the next. */
function spaceBefore(text: string, start: number, previousEnd: number): boolean {
  if (start <= previousEnd) return false;
  for (let k = previousEnd; k < start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/**
 * The readings tried at each token: a range of the pool (see `ReadingPool`), shared by every token
 * of the same word and case; nothing made per token.
 */
function readingsTried(tokens: ModelTokenSpans, readings: Array<Readings | null>, text: string): FlatReadings {
  const count = tokens.count;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  for (let i = 0; i < count; i += STEP_PIECE) triedOfPiece(tokens, readings, text, from, to, i, Math.min(count, i + STEP_PIECE));
  // (The pool's arrays are taken once all of the text's readings are in it: adding may replace them.)
  return { from, to, id: pool.id, channel: pool.channel };
}

function triedOfPiece(tokens: ModelTokenSpans, readings: Array<Readings | null>, text: string, from: Int32Array, to: Int32Array, first: number, end: number): void {
  const { count, kinds, starts, ends } = tokens;
  for (let i = first; i < end; i++) {
    const reading = readings[i];
    // (Neighbours outside the text are asked for by index only inside it: reading past an
    // array's end sends V8's compiled code back to be compiled again.)
    const before = i > 0 ? readings[i - 1] : null;
    if (!reading) {
      // Numbers and boundaries have one reading each, the same for every position (never changed).
      const at = kinds[i] === TOKEN_NUMBER ? pool.numberAt : pool.boundaryAt;
      from[i] = at;
      to[i] = at + 1;
    } else if (reading.allCapitals && before?.allCapitals !== true && (i + 1 < count ? readings[i + 1] : null)?.allCapitals !== true) {
      // An all-capitals word among lower-case words is an abbreviation ("ĐU khối"), not a syllable.
      from[i] = reading.fixed;
      to[i] = reading.fixed + 1;
    } else {
      // A capitalized word inside a phrase is likely a name: believe it more. Not inside words in
      // capitals set apart by white space (a header's body, a title: every word is a capital there,
      // which says nothing of names); a code's parts (`KH/TU`) are joined by its signs.
      const name = before != null && reading.capitalized && !(reading.allCapitals && before.allCapitals && spaceBefore(text, starts[i]!, ends[i - 1]!));
      const range = name ? asName(reading) : reading.candidates;
      from[i] = range.from;
      to[i] = range.to;
    }
  }
}

/** The edits of the readings chosen where they are not the printed word. */
function editsOf(text: string, tokens: ModelTokenSpans, readings: Array<Readings | null>, flat: FlatReadings, choices: Int32Array): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < tokens.count; i += STEP_PIECE) editsOfPiece(text, tokens, readings, flat, choices, edits, i, Math.min(tokens.count, i + STEP_PIECE));
  return edits;
}

function editsOfPiece(text: string, tokens: ModelTokenSpans, readings: Array<Readings | null>, flat: FlatReadings, choices: Int32Array, edits: Edit[], first: number, end: number): void {
  const { starts, ends } = tokens;
  for (let i = first; i < end; i++) {
    if (choices[i] === 0) continue;
    const chosen = pool.word[flat.from[i]! + choices[i]!]!;
    if (chosen === readings[i]!.printed) continue;
    const start = starts[i]!;
    const end = ends[i]!;
    edits.push({ start, end, replacement: withCaseOf(text.slice(start, end), chosen), reason: 'diacritics' });
  }
}

/**
 * The readings tried at each position, flat: position i's are `id[from[i] … to[i])` with their
 * channel costs (model units, integers), the printed one first (`id` and `channel` are the pool's).
 */
interface FlatReadings {
  from: Int32Array;
  to: Int32Array;
  id: Int32Array;
  channel: Int32Array;
}

/**
 * A printed syllable that sits in the middle of two trigrams the corpus has (the one it ends and
 * the one it centres) is read as printed without trying the others: the model would not
 * overrule such support at the price of a change, and skipping it makes decoding several times
 * faster on clean text. Damaged neighbours break the support, so their repairs are still tried.
 */
function fixWellSupported(model: LanguageModel, readings: FlatReadings): void {
  // (A piece of the text's positions at a time, as `STEP_PIECE` says; the trigram the last position
  // looked at centres is carried from piece to piece.)
  supportCentredAt = -1;
  supportCentredSeen = false;
  const n = readings.from.length;
  for (let i = 0; i < n; i += STEP_PIECE) supportOfPiece(model, readings, i, Math.min(n, i + STEP_PIECE));
}

/** Where `fixWellSupported` last searched the trigram a position centres, and whether the corpus has it. */
let supportCentredAt = -1;
let supportCentredSeen = false;

function supportOfPiece(model: LanguageModel, readings: FlatReadings, start: number, end: number): void {
  const { bigramStart, trigramStart } = model.tables;
  const { bigramRows, trigramRows } = model;
  const { from, to, id, channel } = readings;
  const n = from.length;
  const boundary = model.boundaryId;
  // The trigram one position centres is the one the next ends: each is searched once.
  let centredAt = supportCentredAt;
  let centredSeen = supportCentredSeen;
  for (let i = start; i < end; i++) {
    const first = from[i]!;
    if (to[i]! - first < 2 || channel[first]! > 0) continue;
    const w = id[first]!;
    // The printed readings around it (boundaries outside the text).
    const v = i >= 1 ? id[from[i - 1]!]! : boundary;
    if (centredAt === i - 1) {
      if (!centredSeen) continue;
    } else {
      const u = i >= 2 ? id[from[i - 2]!]! : boundary;
      const before = indexInPackedRow(bigramRows, bigramStart[u]!, bigramStart[u + 1]!, v);
      if (before < 0 || indexInPackedRow(trigramRows, trigramStart[before]!, trigramStart[before + 1]!, w) < 0) continue;
    }
    const centred = indexInPackedRow(bigramRows, bigramStart[v]!, bigramStart[v + 1]!, w);
    centredAt = i;
    centredSeen = centred >= 0 && indexInPackedRow(trigramRows, trigramStart[centred]!, trigramStart[centred + 1]!, i + 1 < n ? id[from[i + 1]!]! : boundary) >= 0;
    // The printed reading alone.
    if (centredSeen) to[i] = first + 1;
  }
  supportCentredAt = centredAt;
  supportCentredSeen = centredSeen;
}

/**
 * Whether a state of the beam before slot s has last word v, a context without trigrams, and path
 * cost plus back-off at most `base` (see `decode`). (A function of its own, not a closure made per
 * text: V8's compiled code expects the closure it first saw, and drops itself at the next.)
 */
function dominatedByEarlier(tables: LanguageModel['tables'], prev1: Int32Array, context: Int32Array, costs: Float64Array, s: number, v: number, base: number): boolean {
  const { trigramStart, bigramBackoff } = tables;
  for (let e = 0; e < s; e++) {
    if (prev1[e] !== v) continue;
    const uv = context[e]!;
    if (uv >= 0 && trigramStart[uv]! < trigramStart[uv + 1]!) continue;
    if (costs[e]! + (uv >= 0 ? bigramBackoff[uv]! : 0) <= base) return true;
  }
  return false;
}

/** The beam's back-pointers (see `decode`), reused from text to text. */
const backPointers = { parents: new Int32Array(0), picks: new Int32Array(0) };

/**
 * Beam search over candidate readings; returns the chosen candidate index per position. States
 * that agree on the last two words have the same future, so only the cheaper is kept. The beam
 * lives in typed arrays (no objects per step): decoding is most of the repair's time.
 *
 * The model's cost (`LanguageModel.cost`) is computed here from its tables, with each state's
 * rows looked up once for all the readings it is extended by, and the bigram (last word, reading)
 * that a trigram miss searches is kept as the new state's context, not searched again.
 */
function decode(model: LanguageModel, readings: FlatReadings, beamWidth: number, bigramsOnly: boolean): Int32Array {
  const { bigramStart, bigramBackoff, trigramStart, unigram, unigramBackoff } = model.tables;
  const { bigramRows, trigramRows } = model;
  const { from, to, id, channel } = readings;
  const n = from.length;
  // Back-pointers of every step: the parent's slot in the previous beam and the candidate taken.
  // (Kept between texts and grown when a text needs more: two fresh arrays of megabytes per text
  // were zeroed, paged in and collected each time. Every slot read back is written first.)
  if (backPointers.parents.length < n * beamWidth) {
    const size = Math.max(n * beamWidth, backPointers.parents.length * 2);
    backPointers.parents = new Int32Array(size);
    backPointers.picks = new Int32Array(size);
  }
  const { parents, picks } = backPointers;
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
    const first = from[i]!;
    const last = to[i]!;
    const step = i * beamWidth;
    if (size === 1 && last - first === 1) {
      // One state and one reading: every path goes through it, so its cost cannot change a
      // choice and is not computed (on clean text most positions are such; all costs are
      // integers, so later comparisons are exactly those of the full computation).
      prev2[0] = prev1[0]!;
      prev1[0] = id[first]!;
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
      // A state whose context has no trigrams costs each reading its back-off plus what its last
      // word's bigram row says: the same for every such state with that last word but for the
      // path's cost and the back-off, and the new states are the same (last word, reading). So
      // an earlier such state with no more path cost and back-off makes every new state of this
      // one a costlier duplicate, which the beam would drop: it is not extended.
      if (trigramFrom === trigramTo && dominatedByEarlier(model.tables, prev1, context, costs, s, v, pathCost + backoff)) continue;
      for (let k = first; k < last; k++) {
        const w = id[k]!;
        const reached = pathCost + channel[k]!;
        // The model's cost is never negative: a state the full beam would drop whatever the model
        // says is dropped before asking it (most changed readings, whose channel cost alone is too high).
        if (nextSize === beamWidth && reached >= nextCosts[nextSize - 1]!) continue;
        // Nor is it asked for a state whose (prev1, word) the new beam already has at no more than
        // this path's cost before the model's: the cheaper (or earlier) one would be kept. The
        // states of a step that follows a choice share their last word, and this merges them.
        let duplicate = -1;
        for (let d = 0; d < nextSize; d++) {
          if (next2[d] === v && next1[d] === w) {
            duplicate = d;
            break;
          }
        }
        if (duplicate >= 0 && nextCosts[duplicate]! <= reached) continue;
        let vw = -2;
        let modelCost: number;
        const j = trigramFrom < trigramTo ? indexInPackedRow(trigramRows, trigramFrom, trigramTo, w) : -1;
        if (j >= 0) modelCost = trigramRows[j]! & 0xffff;
        else {
          vw = indexInPackedRow(bigramRows, bigramFrom, bigramTo, w);
          modelCost = vw >= 0 ? backoff + (bigramRows[vw]! & 0xffff) : backoff + unigramBackoff[v]! + unigram[w]!;
        }
        const cost = reached + modelCost;
        // Keep the beam sorted by cost; drop a state whose (prev1, word) a cheaper one has.
        if (nextSize === beamWidth && cost >= nextCosts[nextSize - 1]!) continue;
        if (duplicate >= 0 && nextCosts[duplicate]! <= cost) continue;
        let slot = duplicate >= 0 ? duplicate : Math.min(nextSize, beamWidth - 1);
        if (duplicate < 0 && nextSize < beamWidth) nextSize++;
        // Shift cheaper-than-slot entries down into place (insertion sort step).
        while (slot > 0 && nextCosts[slot - 1]! > cost) {
          next2[slot] = next2[slot - 1]!;
          next1[slot] = next1[slot - 1]!;
          nextCosts[slot] = nextCosts[slot - 1]!;
          nextContext[slot] = nextContext[slot - 1]!;
          parents[step + slot] = parents[step + slot - 1]!;
          picks[step + slot] = picks[step + slot - 1]!;
          slot--;
        }
        next2[slot] = v;
        next1[slot] = w;
        nextCosts[slot] = cost;
        nextContext[slot] = vw;
        parents[step + slot] = s;
        picks[step + slot] = k - first;
      }
    }
    for (let k = 0; k < nextSize; k++) {
      if (bigramsOnly) nextContext[k] = -1;
      else if (nextContext[k] === -2) nextContext[k] = indexInPackedRow(bigramRows, bigramStart[next2[k]!]!, bigramStart[next2[k]! + 1]!, next1[k]!);
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
  const choices = new Int32Array(n);
  let slot = 0;
  for (let i = n - 1; i >= 0; i--) {
    choices[i] = picks[i * beamWidth + slot]!;
    slot = parents[i * beamWidth + slot]!;
  }
  return choices;
}
