import { BARRED_D, BARRED_D_LETTER } from '../../../data/alphabet.js';

/**
 * Diacritic folding for search and fuzzy comparison: strips tone marks and hooks and maps đ→d
 * (SQLite's own `remove_diacritics` leaves đ alone, so `dang` would not find `Đảng`).
 */
export function foldDiacritics(text: string): string {
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
