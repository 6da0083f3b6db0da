import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { cachedDataOf, cacheFolder, cacheHeader } from '../cache-folder.js';
import { packagePath } from '../paths.js';

/**
 * A syllable trigram language model (interpolated Kneser–Ney, stored ARPA-style: a probability
 * for every kept n-gram and a back-off weight for every context) in a compact binary form.
 * `npm run build:lm` builds it from the corpus; the repair loads it once per process.
 *
 * Storage is compressed sparse rows: the bigrams of each first word are a sorted run of second
 * words, the trigrams of each bigram a sorted run of third words, so a lookup is two short binary
 * searches and the whole model is a handful of typed arrays. Probabilities are −log10 × 1000 in
 * 16 bits.
 */

export const MODEL_PATH = packagePath('data/lm/syllables.lm.gz');

/** Tokens that stand for classes of printed tokens. */
export const SPECIAL = { unknown: '<unk>', number: '<num>', boundary: '<s>' } as const;

export interface LanguageModelHeader {
  format: 'vanban-lm/1';
  vocabulary: string[];
  /** Documents of the corpus left out of the counts, for `bench:repair`. */
  heldOut: string[];
  corpus: { file: string; documents: number; tokens: number };
  discounts: [number, number];
}

export interface LanguageModelTables {
  /** Per word: corpus count, unigram −log10 P × 1000, back-off weight as a context. */
  counts: Uint32Array;
  unigram: Uint16Array;
  unigramBackoff: Uint16Array;
  /** CSR over first words: bigrams of word v are bigramWord[bigramStart[v] … bigramStart[v+1]). */
  bigramStart: Uint32Array;
  bigramWord: Uint32Array;
  bigram: Uint16Array;
  bigramBackoff: Uint16Array;
  /** CSR over bigrams: trigrams of bigram i are trigramWord[trigramStart[i] … trigramStart[i+1]). */
  trigramStart: Uint32Array;
  trigramWord: Uint32Array;
  trigram: Uint16Array;
}

export const SCALE = 1000;
const SECTIONS = [
  'counts', 'unigram', 'unigramBackoff', 'bigramStart', 'bigramWord', 'bigram', 'bigramBackoff', 'trigramStart', 'trigramWord', 'trigram',
] as const;
const MAGIC = 'VBLM';

/** Quantized −log10 of a probability or weight. */
export function quantize(probability: number): number {
  return Math.min(65535, Math.max(0, Math.round(-Math.log10(probability) * SCALE)));
}

/**
 * Word ids are stored in 16 bits when the vocabulary allows (it does: about 10,000 syllables and
 * frequent tokens), which halves the largest tables.
 */
export function serializeLanguageModel(header: LanguageModelHeader, tables: LanguageModelTables): Buffer {
  const wide = header.vocabulary.length > 65535;
  const headerBytes = Buffer.from(JSON.stringify({ ...header, wide }), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC), u32(headerBytes.length), headerBytes];
  for (const name of SECTIONS) {
    let array: Uint32Array | Uint16Array = tables[name];
    if (!wide && (name === 'bigramWord' || name === 'trigramWord')) array = Uint16Array.from(array);
    parts.push(u32(array.length), u32(array.BYTES_PER_ELEMENT), Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

export class LanguageModel {
  readonly ids = new Map<string, number>();
  readonly unknownId: number;
  readonly numberId: number;
  readonly boundaryId: number;

  /**
   * The bigram and trigram rows again, each entry a word and its cost in one 32-bit number
   * (`word << 16 | cost`): the repair's beam searches these, and a found word's cost is then in the
   * cache line the search just read: the model's tables are megabytes, past a core's L2 cache, and
   * a second miss per look-up, into the cost array, is saved (issue 23: the diacritic pass
   * 0.92–0.99×, warm, in turns).
   */
  readonly bigramRows: Uint32Array;
  readonly trigramRows: Uint32Array;

  private constructor(readonly header: LanguageModelHeader, readonly tables: LanguageModelTables) {
    header.vocabulary.forEach((word, id) => this.ids.set(word, id));
    if (header.vocabulary.length > 1 << 16) throw new Error('vanban: a language model of more than 65,536 words (its rows pack word ids in 16 bits)');
    this.bigramRows = packedRows(tables.bigramWord, tables.bigram);
    this.trigramRows = packedRows(tables.trigramWord, tables.trigram);
    this.unknownId = this.ids.get(SPECIAL.unknown)!;
    this.numberId = this.ids.get(SPECIAL.number)!;
    this.boundaryId = this.ids.get(SPECIAL.boundary)!;
  }

  static fromBuffer(gz: Buffer): LanguageModel {
    return LanguageModel.fromInflated(gunzipSync(gz));
  }

  /** The model from its file's content already inflated. */
  static fromInflated(buf: Buffer): LanguageModel {
    if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a vanban language model');
    const headerLength = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as LanguageModelHeader;
    let at = 8 + headerLength;
    const tables: Partial<Record<(typeof SECTIONS)[number], Uint32Array | Uint16Array>> = {};
    for (const name of SECTIONS) {
      const length = buf.readUInt32LE(at);
      const width = buf.readUInt32LE(at + 4);
      at += 8;
      // Copy into a fresh, aligned buffer: a section may start at any byte offset.
      const bytes = buf.subarray(at, at + length * width);
      const copy = new Uint8Array(bytes).buffer;
      const array = width === 4 ? new Uint32Array(copy) : new Uint16Array(copy);
      // (The constructor copies an array in one go; `Uint32Array.from` went element by element through
      // an iterator: 40 ms of every process's first repair.)
      tables[name] = name === 'bigramWord' || name === 'trigramWord' ? new Uint32Array(array) : array;
      at += length * width;
    }
    return new LanguageModel(header, tables as unknown as LanguageModelTables);
  }

  static load(path = MODEL_PATH): LanguageModel {
    const gz = readFileSync(path);
    // The committed model's inflated copy is kept between runs (below); another file is inflated each time.
    return LanguageModel.fromInflated(path === MODEL_PATH ? inflatedModel(gz) : gunzipSync(gz));
  }

  idOf(word: string): number {
    return this.ids.get(word) ?? this.unknownId;
  }

  /** Index of the bigram (v, w) in the bigram tables, or −1. */
  bigramIndex(v: number, w: number): number {
    const t = this.tables;
    return indexInRow(t.bigramWord, t.bigramStart[v]!, t.bigramStart[v + 1]!, w);
  }

  /** Whether the trigram (u, v, w) was seen often enough in the corpus to be kept. */
  hasTrigram(u: number, v: number, w: number): boolean {
    const uv = this.bigramIndex(u, v);
    return uv >= 0 && this.hasTrigramAfter(uv, w);
  }

  /** `hasTrigram` for a bigram already looked up (`uv` = bigramIndex(u, v), not −1). */
  hasTrigramAfter(uv: number, w: number): boolean {
    const t = this.tables;
    return indexInRow(t.trigramWord, t.trigramStart[uv]!, t.trigramStart[uv + 1]!, w) >= 0;
  }

  /**
   * −log10 P(w | u, v) × 1000 (a cost: lower is likelier). `uv` is bigramIndex(u, v) when the
   * caller has it, so a beam that extends one history many ways searches for it once.
   */
  cost(uv: number, v: number, w: number): number {
    const t = this.tables;
    let backoff = 0;
    if (uv >= 0) {
      const j = indexInRow(t.trigramWord, t.trigramStart[uv]!, t.trigramStart[uv + 1]!, w);
      if (j >= 0) return t.trigram[j]!;
      backoff = t.bigramBackoff[uv]!;
    }
    const vw = this.bigramIndex(v, w);
    if (vw >= 0) return backoff + t.bigram[vw]!;
    return backoff + t.unigramBackoff[v]! + t.unigram[w]!;
  }
}

/** Index of `w` in the sorted row `words[from … to)`, or −1 (the lookup of every n-gram; the beam inlines it with `cost`'s arithmetic). */
export function indexInRow(words: Uint32Array, from: number, to: number, w: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = words[mid]!;
    if (x === w) return mid;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Each word of a row with its cost: `word << 16 | cost` (see `LanguageModel.bigramRows`). */
function packedRows(words: Uint32Array, costs: Uint16Array): Uint32Array {
  const rows = new Uint32Array(words.length);
  for (let k = 0; k < words.length; k++) rows[k] = ((words[k]! << 16) | costs[k]!) >>> 0;
  return rows;
}

/**
 * Index of word `w` in the sorted packed row `rows[from … to)` (`LanguageModel.bigramRows`), or
 * −1: `indexInRow` on the entries' upper halves. (A search without branches on the comparisons,
 * the step taken by a mask from the sign of the difference, was 1.15–1.25× faster replaying the
 * beam's searches alone but 1.07× slower in the beam, where its steps are as many for every word
 * and the branchy search's stop early on a found word.)
 */
export function indexInPackedRow(rows: Uint32Array, from: number, to: number, w: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = rows[mid]! >>> 16;
    if (x === w) return mid;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

let shared: LanguageModel | undefined;

/** The committed model (`data/lm/`), loaded once per process on first use. */
export function sharedLanguageModel(): LanguageModel {
  shared ??= LanguageModel.load();
  return shared;
}

let sharedWords: ReadonlyMap<string, number> | undefined;

/**
 * The committed model's vocabulary (`ids`), for what only asks whether a word is a known syllable
 * (judging a PDF's text layer): the whole model's when it is loaded, else read from the start of
 * the file alone — the header comes before the n-gram tables, so only its first kilobytes are
 * inflated (a reader thread need not inflate 2.5 MB of tables; issue 23, `extract`'s start).
 */
export function sharedVocabulary(): ReadonlyMap<string, number> {
  if (sharedWords) return sharedWords;
  if (shared) return (sharedWords = shared.ids);
  const gz = readFileSync(MODEL_PATH);
  // With the model's inflated copy kept (below), the whole model loads in about what inflating its
  // header alone costs, and the thread then needs it anyway to repair the text it judged.
  const kept = inflatedCopy(gz);
  if (kept) {
    loadedFrom = 'copy';
    shared = LanguageModel.fromInflated(kept);
    return (sharedWords = shared.ids);
  }
  return (sharedWords = readVocabulary(gz));
}

/**
 * A model file's content inflated, from the cache folder (`../cache-folder.ts`) when a copy of
 * this very file's content is kept there, else inflated here and the copy written for the next
 * process or thread (issue 23: inflating the 1.5 MB file was ~11 CPU-ms of every process and
 * worker thread that repairs text; reading the 2.6 MB copy and checking both hashes ~4). The
 * copy is named by the sha256 of the compressed file, so a rebuilt model never meets an old copy.
 */
function inflatedModel(gz: Buffer): Buffer {
  const kept = inflatedCopy(gz);
  loadedFrom = kept ? 'copy' : 'file';
  if (kept) return kept;
  const inflated = gunzipSync(gz);
  keepInflatedCopy(gz, inflated);
  return inflated;
}

let loadedFrom: 'copy' | 'file' | undefined;

/** Whether this thread's committed model came from its kept inflated copy or from the file (undefined before it loads). */
export function howLanguageModelLoaded(): typeof loadedFrom {
  return loadedFrom;
}

/** Where the inflated copy of a model file lives (null: no usable cache folder). */
function copyPath(gz: Buffer): { file: string; writable: boolean } | null {
  const cache = cacheFolder(copyUnwritable);
  if (!cache) return null;
  const key = createHash('sha256').update(gz).digest('hex').slice(0, 24);
  return { file: join(cache.folder, `lm-${key}.bin`), writable: cache.writable };
}

/** Set once this thread could not write the copy: not tried again. */
let copyUnwritable = false;

/** The kept inflated copy of this model file, or null (none, or damaged: then deleted). */
function inflatedCopy(gz: Buffer): Buffer | null {
  const where = copyPath(gz);
  if (!where) return null;
  let content: Buffer;
  try {
    content = readFileSync(where.file);
  } catch {
    return null;
  }
  const data = cachedDataOf(content);
  try {
    if (data) {
      const now = new Date();
      utimesSync(where.file, now, now); // in use: not stale for the clean-up below
    } else unlinkSync(where.file);
  } catch {
    // a read-only folder
  }
  return data;
}

/** Copies of other model files unused for this long are removed when a new copy is written. */
const STALE_COPY_MS = 7 * 24 * 3600 * 1000;

function keepInflatedCopy(gz: Buffer, inflated: Buffer): void {
  const where = copyPath(gz);
  if (!where?.writable) return;
  const temporary = `${where.file}.${process.pid}.${threadId}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([cacheHeader(inflated), inflated]), { mode: 0o644 });
    renameSync(temporary, where.file);
  } catch {
    copyUnwritable = true;
    try {
      unlinkSync(temporary);
    } catch {
      // never written
    }
    return;
  }
  const folder = join(where.file, '..');
  const stale = Date.now() - STALE_COPY_MS;
  try {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (/^lm-[0-9a-f]+\.bin(?:\.\d+\.\d+\.tmp)?$/.test(name) && path !== where.file && statSync(path).mtimeMs < stale) unlinkSync(path);
    }
  } catch {
    // another thread removed it first
  }
}

/** The vocabulary of a model file, inflating no more of it than the header needs. */
export function readVocabulary(gz: Buffer): ReadonlyMap<string, number> {
  for (let take = 1 << 16; ; take *= 2) {
    const whole = take >= gz.length;
    // A truncated stream inflates as far as it goes instead of failing (Z_SYNC_FLUSH).
    const start = gunzipSync(gz.subarray(0, take), whole ? {} : { finishFlush: constants.Z_SYNC_FLUSH });
    if (start.length < 8) {
      if (whole) throw new Error('not a vanban language model');
      continue;
    }
    if (start.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a vanban language model');
    const headerLength = start.readUInt32LE(4);
    if (start.length < 8 + headerLength) {
      if (whole) throw new Error('not a vanban language model');
      continue;
    }
    const header = JSON.parse(start.toString('utf8', 8, 8 + headerLength)) as LanguageModelHeader;
    return new Map(header.vocabulary.map((word, id) => [word, id]));
  }
}
