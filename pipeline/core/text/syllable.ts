import { BARRED_D, SHAPE_MARKS as SHAPES, TONES } from '../../../data/alphabet.js';
import { SYLLABLE_SHAPE } from '../../../data/syllables.js';
import { foldDiacritics } from './fold.js';
import { withTraditionalTones } from './tone.js';

/**
 * A Vietnamese syllable taken apart into what OCR and careless typing damage separately: the tone
 * mark, the vowel-shape marks (breve ă, circumflex â ê ô, horn ơ ư), the bar of đ, and the bare
 * letters that are left (its skeleton). "được" = skeleton "duoc", tone nặng, horn on u and o, đ.
 */
export interface SyllableParts {
  skeleton: string;
  /** One of the five tone marks (combining character) or '' for level tone. */
  tone: string;
  /** Shape marks per letter position of the skeleton, '' where none (breve, circumflex, horn). */
  shapes: string[];
  barredD: boolean;
}

const TONE_MARKS = new Set(TONES);
const SHAPE_MARKS = new Set(SHAPES);

export function syllableParts(syllable: string): SyllableParts {
  let skeleton = '';
  let tone = '';
  const shapes: string[] = [];
  let barredD = false;
  for (const ch of syllable.normalize('NFD')) {
    const bare = BARRED_D[ch];
    if (TONE_MARKS.has(ch)) tone = ch;
    else if (SHAPE_MARKS.has(ch)) shapes[skeleton.length - 1] = ch;
    else if (bare) {
      barredD = true;
      skeleton += bare;
      shapes.push('');
    } else {
      skeleton += ch;
      shapes.push('');
    }
  }
  for (let i = 0; i < skeleton.length; i++) shapes[i] ??= '';
  return { skeleton, tone, shapes, barredD };
}

/**
 * Whether a lower-case word has the shape of a Vietnamese syllable (onset, vowels, final). Loan
 * words, abbreviations and names in other languages fail it and are left alone by the repair.
 */
export function hasSyllableShape(lowerWord: string): boolean {
  return SYLLABLE_SHAPE.test(foldDiacritics(lowerWord));
}

/** The form the language model keys syllables by: lower case, NFC, tone on the first vowel of oa/oe/uy. */
export function modelForm(word: string): string {
  return withTraditionalTones(word.toLowerCase().normalize('NFC'));
}

/**
 * Gives `replacement` the letter case of `printed`: "CỦA" for an all-capitals word, "Của" for a
 * capitalized one, lower case otherwise.
 */
export function withCaseOf(printed: string, replacement: string): string {
  if (printed.length > 1 && printed === printed.toUpperCase()) return replacement.toUpperCase();
  const first = printed.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** A token of running text as the language model sees it. */
export interface ModelToken {
  /** The word as printed, or '' for a number or a boundary. */
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'boundary';
}

/** Token kinds of `ModelTokenSpans` (0 is never a token's). */
export const TOKEN_WORD = 1;
export const TOKEN_NUMBER = 2;
export const TOKEN_BOUNDARY = 3;
const KIND_NAMES = ['', 'word', 'number', 'boundary'] as const;

/** The tokens of `modelTokens` as parallel arrays: `count` tokens, each a kind (TOKEN_WORD …) and a span. */
export interface ModelTokenSpans {
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Splits text into words, numbers and boundaries for the language model. A boundary is anything
 * that ends a phrase (sentence punctuation, comma, brackets, quotes, a line break that is not a
 * wrap); hyphens, slashes and spaces inside a phrase are not tokens. Build and decoding share this function so
 * the model sees text exactly as the repair will.
 */
export function modelTokens(text: string): ModelToken[] {
  const { count, kinds, starts, ends } = modelTokenSpans(text);
  const tokens: ModelToken[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const kind = kinds[k]!;
    tokens[k] = { text: kind === TOKEN_WORD ? text.slice(starts[k]!, ends[k]!) : '', start: starts[k]!, end: ends[k]!, kind: KIND_NAMES[kind] as ModelToken['kind'] };
  }
  return tokens;
}

/**
 * `modelTokens` without an object or a string per token (the repair's form: the objects were most
 * of tokenizing, and garbage to collect).
 */
export function modelTokenSpans(text: string): ModelTokenSpans {
  // The runs `([\p{L}\p{M}]+)|(\p{N}+)|(BOUNDARY_CHARS+)` would match, found by a walk over the
  // characters with their classes cached (the pattern was a tenth of the repair's time).
  const capacity = 64 + (text.length >> 2);
  const spans: ModelTokenSpans = { count: 0, kinds: new Uint8Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity) };
  // The walk goes a piece of the text at a time, each piece a call (a token may run past its
  // piece's end): a loop over a whole long text in one call was compiled on the stack (OSR)
  // before the code after it had ever run, and that code dropped back to the interpreter at the
  // end of each call, so the next text was walked slowly again (issue 23: the first three runs of
  // `bench:repair` tokenized at a tenth of the speed of the later ones).
  for (let i = 0; i < text.length; ) i = scanTokens(text, i, Math.min(text.length, i + TOKEN_PIECE), spans);
  return spans;
}

/** Characters walked per call of `scanTokens`. */
const TOKEN_PIECE = 4096;

/** Adds to `spans` the tokens that start in `text[i … limit)`; returns where the walk stopped (at or past `limit`). */
function scanTokens(text: string, i: number, limit: number, spans: ModelTokenSpans): number {
  let { count, kinds, starts, ends } = spans;
  let capacity = kinds.length;
  while (i < limit) {
    let code = text.codePointAt(i)!;
    const kind = tokenCharOf(code);
    if (kind === OTHER) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += code > 0xffff ? 2 : 1;
      if (i >= text.length) break;
      code = text.codePointAt(i)!;
    } while (tokenCharOf(code) === kind);
    if (kind === BOUNDARY && count > 0 && kinds[count - 1] === TOKEN_BOUNDARY) continue;
    // A bare line break before a lower-case word is where a PDF or scan wrapped a sentence
    // ("Công an, Tư⏎pháp"), not the end of a phrase.
    if (kind === BOUNDARY && onlyLineBreaks(text, start, i) && /^\s*\p{Ll}/u.test(text.slice(i, i + 8))) continue;
    if (count === capacity) {
      capacity *= 2;
      kinds = grown(kinds, new Uint8Array(capacity));
      starts = grown(starts, new Int32Array(capacity));
      ends = grown(ends, new Int32Array(capacity));
    }
    kinds[count] = kind === WORD ? TOKEN_WORD : kind === NUMBER ? TOKEN_NUMBER : TOKEN_BOUNDARY;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  spans.count = count;
  spans.kinds = kinds;
  spans.starts = starts;
  spans.ends = ends;
  return i;
}

function grown<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Whether text[from … to) is one or more line feeds and nothing else. */
function onlyLineBreaks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 10) return false;
  return to > from;
}

/** What ends a phrase for the language model: sentence punctuation, comma, brackets, quotes, line breaks, bullets. */
const BOUNDARY_CHARS = new Set([...'.,;:!?()[]{}"“”\'‘’…\n|•*'].map((ch) => ch.codePointAt(0)!));
const [OTHER, WORD, NUMBER, BOUNDARY] = [0, 1, 2, 3];
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
/** Each BMP character's class, learnt on first sight (255: not yet). */
const TOKEN_CHAR = new Uint8Array(65536).fill(255);

function tokenCharOf(code: number): number {
  if (code <= 0xffff && TOKEN_CHAR[code] !== 255) return TOKEN_CHAR[code]!;
  const ch = String.fromCodePoint(code);
  const kind = WORD_CHAR.test(ch) ? WORD : NUMBER_CHAR.test(ch) ? NUMBER : BOUNDARY_CHARS.has(code) ? BOUNDARY : OTHER;
  if (code <= 0xffff) TOKEN_CHAR[code] = kind;
  return kind;
}
