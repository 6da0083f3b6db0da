import { describe, expect, it } from 'vitest';
import { gluedSyllableEdits } from '../../normalizers/glued.js';
import { docFromText } from '../helpers.js';

const ungluedIn = (text: string) => gluedSyllableEdits(text).map((e) => `${text.slice(e.start, e.end)}→${e.replacement}`);

describe('syllables OCR glued together', () => {
  it('puts the spaces back where the pieces are known syllables seen side by side, in any case', () => {
    expect(ungluedIn('Kínhgửi: Sở Nội vụ; Luật Ban hành văn bản quy phạm phápluật; Điều 3. Hiệu lựcthihành; QUỐCHỘI')).toEqual([
      'Kínhgửi→Kính gửi', 'phápluật→pháp luật', 'lựcthihành→lực thi hành', 'QUỐCHỘI→QUỐC HỘI',
    ]);
  });

  it('finds a glued word wherever its run of letters is: at the ends of the text, after a long run, beside marks typed apart', () => {
    expect(ungluedIn('Kínhgửi')).toEqual(['Kínhgửi→Kính gửi']);
    expect(ungluedIn(`${'x'.repeat(30)} phápluật-phápluật`)).toEqual(['phápluật→pháp luật', 'phápluật→pháp luật']);
    expect(ungluedIn(`${'a'.repeat(30)}phápluật`)).toEqual([]);
  });

  it('leaves known words, loan words, abbreviations, mixed case and words beside digits alone', () => {
    expect(ungluedIn('nghiêng khuyến trường người Nguyễn Facebook email website online Pickleball Sacombank panô UBND HĐND MTTQ UBNDtinh 12dựthảo')).toEqual([]);
  });

  it('is on record as a correction, before the marks are repaired', async () => {
    const doc = await docFromText('Công an tỉnh đã dựthảo báo cáo.');
    expect(doc.text).toBe('Công an tỉnh đã dự thảo báo cáo.');
    expect(doc.corrections).toContainEqual(expect.objectContaining({ from: 'dựthảo', to: 'dự thảo', reason: 'glued-words' }));
  });
});
