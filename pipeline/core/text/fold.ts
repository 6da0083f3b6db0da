import { BARRED_D, BARRED_D_LETTER } from '../../../data/alphabet.js';

/**
 * Diacritic folding for search and fuzzy comparison: strips tone marks and hooks and maps đ→d
 * (SQLite's own `remove_diacritics` leaves đ alone, so `dang` would not find `Đảng`).
 */
export function foldDiacritics(text: string): string {
  // Hangul jamo compose across characters under NFC, and a decoder would replace a lone
  // surrogate: only such text needs the whole-text path.
  if (JAMO.test(text) || !(text as WellFormedTest).isWellFormed()) return foldWhole(text);
  // Character by character into a buffer, each non-ASCII character folded once per thread: the
  // same result (marks never compose across characters once removed) at a fraction of the cost
  // of normalizing a whole document twice (issue 23's profile of the store's writes).
  if (text.length <= SHORT_TEXT) return foldShort(text);
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const end = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
    const char = end === i + 1 ? text[i]! : text.slice(i, end);
    let folded = FOLDED.get(char);
    if (folded === undefined) FOLDED.set(char, (folded = foldWhole(char)));
    // A character whose folding is longer than itself would not fit: the whole-text path then.
    if (n + folded.length > out.length) return foldWhole(text);
    for (let k = 0; k < folded.length; k++) out[n++] = folded.charCodeAt(k);
    i = end - 1;
  }
  return CODE_UNITS.decode(out.subarray(0, n));
}

/**
 * Words and names (the repair's vocabulary, agency keys) are folded by concatenation: a buffer and
 * a decoder call cost more than the folding itself at this length.
 */
const SHORT_TEXT = 48;

function foldShort(text: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const end = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
    const char = end === i + 1 ? text[i]! : text.slice(i, end);
    let folded = FOLDED.get(char);
    if (folded === undefined) FOLDED.set(char, (folded = foldWhole(char)));
    out += text.slice(plainFrom, i) + folded;
    plainFrom = end;
    // As in the buffer path: a folding longer than the text takes the whole-text path.
    if (out.length + (text.length - end) > text.length) return foldWhole(text);
    i = end - 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** Reads the buffer's code units in this machine's byte order. */
const CODE_UNITS = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

/** `String.prototype.isWellFormed` (Node 20), missing from the compiler's ES2022 library. */
type WellFormedTest = string & { isWellFormed(): boolean };

const JAMO = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/;
/** Each non-ASCII character met, folded (bounded by the characters a thread meets). */
const FOLDED = new Map<string, string>();

function foldWhole(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(BARRED_D_LETTER, (letter) => BARRED_D[letter]!)
    .normalize('NFC');
}

/** Lower-case, folded, punctuation-free form for comparing names that were printed differently. */
export function comparisonKey(text: string): string {
  return foldDiacritics(text.toLocaleLowerCase('vi'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
