import { describe, expect, it } from 'vitest';
import { isUpperLine } from '../../extractors/common.js';

/** The definition the walk over code points must keep: letters and capitals counted as the lengths of `\p{L}` and `\p{Lu}` runs. */
function byPatterns(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >= 0.85;
}

describe('isUpperLine', () => {
  it('answers as the share of capitals among the letters, counted in UTF-16 units', () => {
    const lines = [
      '', 'A', 'AB', 'Ab', '12/QĐ-UBND', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'ABCDEFx', 'ABCDEFGx', 'QUYẾT ĐỊNh', '\u{10400}\u{10428}', '\u{10400}\u{10401}b', 'A\ud800B', 'ǅǅ', 'ᾈᾈ', 'TỈNH\tLÂM ĐỒNG 2025',
    ];
    for (const line of lines) expect(isUpperLine(line), JSON.stringify(line)).toBe(byPatterns(line));
    expect(isUpperLine('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe(true);
    expect(isUpperLine('Độc lập - Tự do - Hạnh phúc')).toBe(false);
  });
});
