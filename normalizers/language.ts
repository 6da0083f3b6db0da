import { UNMARKED_VIETNAMESE_SYLLABLES, VIETNAMESE_MARKED_LETTERS } from '../data/language.js';

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
  const words = text.toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? [];
  let marked = 0;
  let unmarkedVietnamese = 0;
  for (const word of words) {
    if (VIETNAMESE_MARKED_LETTERS.test(word)) {
      marked++;
      // Enough marked words already decide a long text (the rest need not be looked at).
      if (words.length >= 40 && marked / words.length >= 0.15) return true;
    } else if (UNMARKED_VIETNAMESE_SYLLABLES.has(word)) unmarkedVietnamese++;
  }
  const share = (marked + unmarkedVietnamese) / Math.max(1, words.length);
  if (words.length < 40) return words.length >= 3 && share >= 0.5 && (marked >= 3 || unmarkedVietnamese >= 5);
  // Vietnamese prose marks about half its syllables; unaccented Vietnamese is still mostly common syllables.
  return marked / words.length >= 0.15 || share >= 0.35;
}
