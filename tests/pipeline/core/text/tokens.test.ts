import { describe, expect, it } from 'vitest';
import { modelTokens, modelTokenSpans, type ModelToken } from '../../../../pipeline/core/text/syllable.js';

/** The definition the character walk must agree with: the pattern it replaced. */
function byPattern(text: string): ModelToken[] {
  const tokens: ModelToken[] = [];
  for (const m of text.matchAll(/([\p{L}\p{M}]+)|(\p{N}+)|([.,;:!?()[\]{}"“”'‘’…\n|•*]+)/gu)) {
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'boundary';
    if (kind === 'boundary' && tokens.at(-1)?.kind === 'boundary') continue;
    if (kind === 'boundary' && /^\n+$/u.test(m[0]) && /^\s*\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    tokens.push({ text: kind === 'word' ? m[0] : '', start: m.index, end: m.index + m[0].length, kind });
  }
  return tokens;
}

describe('the language model’s tokens', () => {
  it('are the runs of letters and marks, digits and phrase-ending characters, as the pattern finds them', () => {
    const samples = [
      'Ủy ban nhân dân tỉnh Quảng Ngãi, ngày 12/3/2025: “Về việc…” (số 03-CT/TW); • mục * ghi chú | bảng',
      // Marks typed apart, astral letters and digits, a lone surrogate, other scripts' digits.
      'Cu\u0309a hoa\u0300 𝒜𝒷 𝟙𝟚 x\ud800y ١٢٣ 12abc3',
      // A line break before a lower-case word is a wrap, before a capital or a number a boundary.
      'Công an, Tư\npháp\n\nHà Nội\n  tiếp\n12\n\n',
      '',
      '  ..;; ,, ',
    ];
    for (const text of samples) expect(modelTokens(text)).toEqual(byPattern(text));
    expect(modelTokens('Tư\npháp').map((t) => t.kind)).toEqual(['word', 'word']);
    // The spans (which grow their arrays past a quarter of the text's length) are the same tokens.
    const many = 'a1,'.repeat(200);
    const spans = modelTokenSpans(many);
    expect(spans.count).toBe(600);
    expect(modelTokens(many)).toEqual(byPattern(many));
    expect([spans.kinds[0], spans.starts[599], spans.ends[599]]).toEqual([1, 599, 600]);
  });

  it('are the same where the walk goes from one piece of the text to the next (every 4,096 characters)', () => {
    // Words, numbers, boundary runs and wrapped lines laid across the pieces' ends at every offset.
    const unit = 'Ủy ban nhân dân tỉnh, số 12/2025.\nvề việc ';
    const text = `${'x'.repeat(4090)}${unit.repeat(300)}\n\nphần cuối`;
    for (const offset of [0, 3, 7, 11]) {
      const shifted = text.slice(offset);
      expect(modelTokens(shifted)).toEqual(byPattern(shifted));
    }
    // One word longer than a piece.
    const long = `a ${'b'.repeat(9000)} c`;
    expect(modelTokens(long).map((t) => t.end - t.start)).toEqual([1, 9000, 1]);
  });
});
