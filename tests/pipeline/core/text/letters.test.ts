import { describe, expect, it } from 'vitest';
import { hasCombiningMark, isLetterCode, isUpperCaseLetterCode, letterRunEnd, letterRunStart, nextCapitalizedRun } from '../../../../pipeline/core/text/letters.js';
import { markedShare } from '../../../../normalizers/diacritics.js';
import { ocrTokenEdits } from '../../../../normalizers/repair.js';
import { MANGLED_RECIPIENTS_LABEL, RECIPIENTS_LABEL } from '../../../../data/ocr.js';
import { traditionalTonePlacement, tonePlacementEdits } from '../../../../pipeline/core/text/tone.js';
import { OPEN_PAIR } from '../../../../data/alphabet.js';
import { UNMARKED_VIETNAMESE_SYLLABLES, VIETNAMESE_MARKED_LETTERS } from '../../../../data/language.js';
import { looksVietnamese } from '../../../../normalizers/language.js';

/** Texts with what trips letter tests: marks typed apart (NFD), astral letters, digits glued to words, lone surrogates. */
const SAMPLES = [
  'Ủy ban nhân dân tỉnh Hoà Bình; thuỷ lợi, khoẻ mạnh — quý, hoàng, khuya.',
  'Cu\u0309a hoa\u0300 (NFD), 𝒜𝒷𝒸 hoà𝒜 toà2 x\ud800y hoà\udc00 Uỷ',
  'XWơi nhận:\n- Như trên;\nNơi nhận\nABCDơi nhận:\nơi nhận.\n nơi  nhận ;\nKWơi nhận: thêm\n𝒜ơi nhận',
  '',
  '123 456 — …',
];

describe('letters without a pattern per character', () => {
  it('finds a combining mark where \\p{M} does', () => {
    for (const text of [...SAMPLES, 'a\u0301', '\u0301', 'x\ud834\udd67y', 'x\udb40\udd00', 'x\ud834y', '\u20dd', 'Đ ơ ư à']) {
      expect(hasCombiningMark(text)).toBe(/\p{M}/u.test(text));
    }
    // Every BMP character alone, and after a letter.
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      expect(hasCombiningMark(ch)).toBe(/\p{M}/u.test(ch));
      expect(hasCombiningMark(`a${ch}`)).toBe(/\p{M}/u.test(`a${ch}`));
    }
  });

  it('finds the same runs of letters as \\p{L}+', () => {
    for (const text of SAMPLES) {
      for (const m of text.matchAll(/\p{L}+/gu)) {
        for (let at = m.index; at < m.index + m[0].length; at += String.fromCodePoint(text.codePointAt(at)!).length) {
          expect([letterRunStart(text, at), letterRunEnd(text, at)]).toEqual([m.index, m.index + m[0].length]);
        }
      }
    }
    for (const ch of ['a', 'Z', 'ơ', 'Đ', '𝒜', 'ß']) expect(isLetterCode(ch.codePointAt(0)!)).toBe(true);
    for (const ch of ['1', ' ', '\u0309', '-', '\ud800', '😀']) expect(isLetterCode(ch.codePointAt(0)!)).toBe(false);
  });

  it('finds the same capitalised words as \\p{Lu}[\\p{L}\\p{M}]* does, from any place', () => {
    for (const text of [...SAMPLES, 'ỦY BAN Nhân dân tỉnhLâm Đồng, Ǆa ǅb (U\u0309y) 𝐀𝐁c ÀÉ']) {
      const pattern = /\p{Lu}[\p{L}\p{M}]*/gu;
      // From every code point's place (the pattern steps back out of a surrogate pair; the walk is never started in one).
      for (let from = 0; from <= text.length; from += (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1) {
        pattern.lastIndex = from;
        const m = pattern.exec(text);
        expect(nextCapitalizedRun(text, from)).toEqual(m ? [m.index, m.index + m[0].length] : null);
      }
    }
    for (const ch of ['A', 'Ủ', 'Đ', '𝐀', 'Ǆ', 'a', 'ủ', '1', ' ', '\u0309', 'ǅ', '𝒷']) {
      expect(isUpperCaseLetterCode(ch.codePointAt(0)!)).toBe(/^\p{Lu}$/u.test(ch));
    }
  });

  it('counts marked words as the word-by-word definition does', () => {
    const byWords = (text: string) => {
      const words = text.match(/\p{L}+/gu) ?? [];
      return words.length === 0 ? 1 : words.filter((w) => /[^\p{ASCII}]/u.test(w)).length / words.length;
    };
    for (const text of SAMPLES) expect(markedShare(text)).toBe(byWords(text));
    // Every ASCII character between letters, marked and not (ASCII is tested by its range).
    const ascii = Array.from({ length: 128 }, (_, c) => `a${String.fromCharCode(c)}ơ ${String.fromCharCode(c)}b`).join('');
    expect(markedShare(ascii)).toBe(byWords(ascii));
  });

  it('places tones on the same words as going through every word', () => {
    const byWords = (text: string) =>
      [...text.matchAll(/\p{L}+/gu)]
        .filter((m) => OPEN_PAIR.test(m[0]) && traditionalTonePlacement(m[0]) !== m[0])
        .map((m) => ({ start: m.index, end: m.index + m[0].length, replacement: traditionalTonePlacement(m[0]), reason: 'tone-placement' }));
    for (const text of SAMPLES) expect(tonePlacementEdits(text)).toEqual(byWords(text));
  });

  it('finds a mangled recipients label where the whole-label pattern does', () => {
    const label = (text: string) => ocrTokenEdits(text).filter((e) => e.replacement === RECIPIENTS_LABEL).map((e) => [e.start, e.end]);
    for (const text of SAMPLES) {
      const expected = [...text.matchAll(MANGLED_RECIPIENTS_LABEL)].filter((m) => m[0] !== RECIPIENTS_LABEL).map((m) => [m.index, m.index + m[0].length]);
      expect(label(text)).toEqual(expected);
    }
    expect(label('KWơi nhận:')).toEqual([[0, 9]]);
    expect(label('ABCDơi nhận:')).toEqual([]);
  });

  it('judges a text Vietnamese as the word-array definition does', () => {
    const byWords = (text: string) => {
      const words = text.toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? [];
      const marked = words.filter((w) => VIETNAMESE_MARKED_LETTERS.test(w)).length;
      const unmarked = words.filter((w) => !VIETNAMESE_MARKED_LETTERS.test(w) && UNMARKED_VIETNAMESE_SYLLABLES.has(w)).length;
      const share = (marked + unmarked) / Math.max(1, words.length);
      if (words.length < 40) return words.length >= 3 && share >= 0.5 && (marked >= 3 || unmarked >= 5);
      return marked / words.length >= 0.15 || share >= 0.35;
    };
    const texts = [
      ...SAMPLES,
      'cua cac nhung duoc trong thuc hien nguoi viec theo',
      'the quick brown fox jumps over the lazy dog '.repeat(6),
      `${'the quick brown fox '.repeat(12)}Ủy ban nhân dân tỉnh Quảng Ngãi ngày tháng năm`,
      'Ủy ban nhân dân tỉnh 𝒜𝒷 ĐÀ NẴNG',
    ];
    for (const text of texts) expect(looksVietnamese(text)).toBe(byWords(text));
    expect(looksVietnamese('Ủy ban nhân dân tỉnh Quảng Ngãi')).toBe(true);
    expect(looksVietnamese('the quick brown fox jumps over the lazy dog '.repeat(6))).toBe(false);
  });
});
