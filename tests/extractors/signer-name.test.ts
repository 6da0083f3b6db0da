import { describe, expect, it } from 'vitest';
import { sameNamePrintedElsewhere } from '../../extractors/closing.js';
import type { Line } from '../../pipeline/core/model.js';

let start = 0;
const line = (text: string): Line => {
  const l = { text, start, end: start + text.length, page: 1, confidence: 0.9 } as Line;
  start = l.end + 1;
  return l;
};

// The signer's name stands under the pen and the seal, where OCR reads worst; a body that names
// the signer again prints the name in plain type.
describe('a signer’s name printed again in the body', () => {
  it('gives the family name OCR misread by one letter', () => {
    const lines = [line('3. Chủ tịch Hội: Ông Lương Thế Điền.'), line('Tương Thế Điền')];
    expect(sameNamePrintedElsewhere('Tương Thế Điền', lines, lines[1]!)).toBe('Lương Thế Điền');
  });
  it('gives the marks OCR changed', () => {
    const lines = [line('Ông Trần Phước Hiền, Phó Chủ tịch, chủ trì cuộc họp.'), line('Trần Phước Hiện')];
    expect(sameNamePrintedElsewhere('Trần Phước Hiện', lines, lines[1]!)).toBe('Trần Phước Hiền');
  });
  it('leaves a name whose family name is a real one and differs by a letter', () => {
    const lines = [line('Ông Trương Thế Điền dự họp.'), line('Trần Thế Điền')];
    expect(sameNamePrintedElsewhere('Trần Thế Điền', lines, lines[1]!)).toBeNull();
  });
  it('leaves the name when the body names two people it could be', () => {
    const lines = [line('Ông Lương Thế Điền và ông Dương Thế Điền.'), line('Tương Thế Điền')];
    expect(sameNamePrintedElsewhere('Tương Thế Điền', lines, lines[1]!)).toBeNull();
  });
  it('leaves the name when the body does not print it', () => {
    const lines = [line('Hội nghị thống nhất các nội dung.'), line('Tương Thế Điền')];
    expect(sameNamePrintedElsewhere('Tương Thế Điền', lines, lines[1]!)).toBeNull();
  });
});
