import { describe, expect, it } from 'vitest';
import { BARRED_D, BARRED_D_LETTER } from '../../../../data/alphabet.js';
import { foldDiacritics } from '../../../../pipeline/core/text/fold.js';

/** The definition the character-by-character folding must agree with: the whole text normalized. */
const foldWhole = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(BARRED_D_LETTER, (letter) => BARRED_D[letter]!)
    .normalize('NFC');

describe('foldDiacritics', () => {
  it('folds character by character exactly as the whole text normalized', () => {
    const texts = [
      'Đảng bộ tỉnh Quảng Ngãi',
      'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG — Số: 03/2025/QĐ-UBND, ngày 12 tháng 3',
      // Decomposed marks, marks stacked after a base, a mark with no base, a supplementary character.
      'Quye\u0302\u0301t đi\u0323nh \u0301 tie\u0301ng Vie\u0323t 😀 ok',
      // Ligatures and compatibility characters are kept as they are, as the whole-text form keeps them.
      'ﬁnal Ω K ǅ ① Ａ',
      // Hangul jamo compose across characters, and a lone surrogate: the whole-text path.
      '\u1100\u1161 한국어 Đà',
      'x\ud800 Đà',
      '',
      'plain ascii only',
    ];
    // Short texts (words, names) are folded by concatenation, long ones through a buffer: both paths.
    for (const text of [...texts, ...texts.map((t) => `${t} `.repeat(6))]) expect(foldDiacritics(text)).toBe(foldWhole(text));
    expect(foldDiacritics('Quye\u0302\u0301t đi\u0323nh')).toBe('Quyet dinh');
  });
});
