import { UNMARKED_VIETNAMESE_SYLLABLES, VIETNAMESE_MARKED_LETTERS } from '../data/language.js';

/**
 * Whether a text reads as Vietnamese. Too little text to judge counts as Vietnamese: the check is
 * there to set aside a document in another language with a clear reason, not to second-guess
 * short or damaged ones.
 */
export function looksVietnamese(text: string): boolean {
  const words = text.toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return true;
  let marked = 0;
  let unmarkedVietnamese = 0;
  for (const word of words) {
    if (VIETNAMESE_MARKED_LETTERS.test(word)) marked++;
    else if (UNMARKED_VIETNAMESE_SYLLABLES.has(word)) unmarkedVietnamese++;
  }
  // Vietnamese prose marks about half its syllables; unaccented Vietnamese is still mostly common syllables.
  return marked / words.length >= 0.15 || (marked + unmarkedVietnamese) / words.length >= 0.35;
}
