import { UNMARKED_VIETNAMESE_SYLLABLES, VIETNAMESE_MARKED_LETTERS } from '../data/language.js';
import { isLetterCode } from '../pipeline/core/text/letters.js';

/**
 * Whether a text reads as Vietnamese — the rule that decides between a document and
 * `not-vietnamese` (README, "The nightly batch"):
 *
 * - 40 words or more: at least 15% of the words carry Vietnamese marks, or at least 35% are
 *   Vietnamese syllables with marks or common ones without (a text typed without diacritics);
 * - fewer than 40 words (a note, a password file, a credentials file): at least 3 words and half
 *   of them Vietnamese syllables, at least 3 of them with marks or 5 common ones without.
 *
 * A text with no words at all is not Vietnamese either. OCR'd scans are judged the same way.
 */
export function looksVietnamese(text: string): boolean {
  const lower = text.toLocaleLowerCase('vi');
  // The words are the runs of letters (`\p{L}+`), walked twice (counted, then judged) instead of
  // made into an array and tested by a pattern each: this ran on every document (issue 23).
  const words = wordCount(lower);
  let marked = 0;
  let unmarkedVietnamese = 0;
  let start = -1;
  let wordMarked = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.codePointAt(i)! : -1;
    if (code >= 0 && isLetterCode(code)) {
      if (start < 0) {
        start = i;
        wordMarked = false;
      }
      if (!wordMarked && isMarkedLetter(code)) wordMarked = true;
      if (code > 0xffff) i++;
      continue;
    }
    if (start < 0) continue;
    if (wordMarked) {
      marked++;
      // Enough marked words already decide a long text (the rest need not be looked at).
      if (words >= 40 && marked / words >= 0.15) return true;
    } else if (UNMARKED_VIETNAMESE_SYLLABLES.has(lower.slice(start, i))) unmarkedVietnamese++;
    start = -1;
  }
  const share = (marked + unmarkedVietnamese) / Math.max(1, words);
  if (words < 40) return words >= 3 && share >= 0.5 && (marked >= 3 || unmarkedVietnamese >= 5);
  // Vietnamese prose marks about half its syllables; unaccented Vietnamese is still mostly common syllables.
  return marked / words >= 0.15 || share >= 0.35;
}

/** The runs of letters in a text. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const letter = isLetterCode(code);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** VIETNAMESE_MARKED_LETTERS per character (a class of single characters), learnt on first sight: 0 unknown, 1 yes, 2 no. */
const MARKED = new Uint8Array(65536);

function isMarkedLetter(code: number): boolean {
  if (code < 128) return false;
  if (code > 0xffff) return VIETNAMESE_MARKED_LETTERS.test(String.fromCodePoint(code));
  if (MARKED[code] === 0) MARKED[code] = VIETNAMESE_MARKED_LETTERS.test(String.fromCharCode(code)) ? 1 : 2;
  return MARKED[code] === 1;
}
