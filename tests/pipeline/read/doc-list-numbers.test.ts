import { describe, expect, it } from 'vitest';
import { listMarkersIn, withMarker } from '../../../pipeline/read/doc.js';

/**
 * Word's automatic list numbers are not in a .doc's text stream; word-extractor gives the items
 * without them and antiword prints them. The reader gives a body paragraph antiword's marker back.
 */
const ANTIWORD = `Kính gửi:

   - Các sở: Nội vụ, Tài chính;

Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

      1. Giao Sở Nội vụ theo dõi, tổng hợp.

      2. Giao Sở Tài chính bố trí kinh phí.

   a) Rà soát hồ sơ.
   b) Rà soát hồ sơ.
`;

describe('automatic list numbers of a .doc', () => {
  const markers = listMarkersIn(ANTIWORD);

  it('puts back the number or bullet antiword prints before a paragraph word-extractor gave bare', () => {
    expect(withMarker('Giao Sở Nội vụ theo dõi, tổng hợp.', markers)).toBe('1. Giao Sở Nội vụ theo dõi, tổng hợp.');
    expect(withMarker('Giao  Sở Tài chính bố trí kinh phí.', markers)).toBe('2. Giao  Sở Tài chính bố trí kinh phí.');
    expect(withMarker('Các sở: Nội vụ, Tài chính;', markers)).toBe('- Các sở: Nội vụ, Tài chính;');
  });

  it('leaves a paragraph with a typed marker, one antiword numbers twice differently, and unnumbered text as they are', () => {
    expect(withMarker('1. Giao Sở Nội vụ theo dõi, tổng hợp.', markers)).toBe('1. Giao Sở Nội vụ theo dõi, tổng hợp.');
    expect(withMarker('Rà soát hồ sơ.', markers)).toBe('Rà soát hồ sơ.');
    expect(withMarker('Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:', markers)).toBe('Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:');
  });

  it('gives nothing back where antiword printed nothing (not installed, or a file it cannot read)', () => {
    const none = listMarkersIn('');
    expect(withMarker('Giao Sở Nội vụ theo dõi, tổng hợp.', none)).toBe('Giao Sở Nội vụ theo dõi, tổng hợp.');
  });
});
