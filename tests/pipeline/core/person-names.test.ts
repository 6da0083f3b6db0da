import { describe, expect, it } from 'vitest';
import { COMMON_GIVEN_NAMES, KNOWN_PERSON_NAMES, LAST_NAME_COUNTS, MIDDLE_NAME_COUNTS } from '../../../data/person-names.js';
import { givenNamesRestored, knownPersonName, markChangeCost, personNameRepaired } from '../../../pipeline/core/person-names.js';

describe('personal names OCR misread', () => {
  it('holds a model of given names built from typed names', () => {
    // The commonest middle names of Vietnamese men and women lead the counts.
    expect(MIDDLE_NAME_COUNTS.get('Văn')).toBeGreaterThanOrEqual(5);
    expect(MIDDLE_NAME_COUNTS.get('Thị')).toBeGreaterThanOrEqual(5);
    expect(LAST_NAME_COUNTS.size).toBeGreaterThan(20);
    expect(KNOWN_PERSON_NAMES.length).toBeGreaterThan(50);
    for (const name of KNOWN_PERSON_NAMES) expect(name).toMatch(/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u);
    expect(COMMON_GIVEN_NAMES.has('Hiền')).toBe(true);
  });

  it('costs a change of marks as the diacritic repair does, and nothing for tone placement', () => {
    expect(markChangeCost('Hoà', 'Hòa')).toBe(0);
    expect(markChangeCost('Tuân', 'Tuấn')).toBeCloseTo(2.1);
    expect(markChangeCost('Tuân', 'Tuyên')).toBeNull();
    expect(markChangeCost('Hiện', 'Hiền')!).toBeGreaterThan(markChangeCost('Tuân', 'Tuấn')!);
  });

  it('restores a given name that lost its mark when people commonly bear the marked one', () => {
    expect(givenNamesRestored('Phạm Hoang Tuân')).toBe('Phạm Hoàng Tuấn');
    expect(givenNamesRestored('Lê Thi Hoa')).toBe('Lê Thi Hoa'); // Thi is a name of its own
    expect(givenNamesRestored('Đỗ Văn Nghia')).toBe('Đỗ Văn Nghĩa');
  });

  it('leaves names people bear, and marks it would have to take away', () => {
    for (const name of ['Nguyễn Văn Hưng', 'Nguyễn Văn Hùng', 'Phạm Vân Anh', 'Trương Minh Đương', 'Lê Vấn Lợi', 'Hồ Đức Phớc']) {
      expect(personNameRepaired(name)).toBe(name);
    }
  });

  it('leaves a tie as read: a tone misread towards two names equally likely', () => {
    // Hiện: Hiền and Hiển are both common, both one tone away.
    expect(givenNamesRestored('Trần Phước Hiện')).toBe('Trần Phước Hiện');
  });

  it('takes a reading for a known person only when one fits and a word of it is unknown', () => {
    expect(KNOWN_PERSON_NAMES).toContain('Lê Công Thành');
    // A family name that is none, one letter off a known person's (a capital misread under a seal).
    expect(knownPersonName('Tê Công Thành')).toBe('Lê Công Thành');
    expect(knownPersonName('Lê Cong Thanh')).toBe('Lê Công Thành');
    // Two letters off, or another person's name whose every word is a name in its place: left.
    expect(knownPersonName('Xyê Công Thành')).toBe(null);
    expect(knownPersonName('Lê Công Thanh')).toBe(null);
  });
});
