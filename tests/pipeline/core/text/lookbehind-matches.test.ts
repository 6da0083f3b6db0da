import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRED_D_WORD } from '../../../../data/abbreviations.js';
import { LAW_START_SMALL, TYPED_DIGITS, TYPED_MENTION } from '../../../../data/citations.js';
import { COMMITTEE_SPACE_MISREAD, COMMITTEE_WORD_MISREAD, NAME_SYLLABLES_GLUED_BY_QUOTE } from '../../../../data/ocr.js';
import { LOOSE_NUMBER } from '../../../../data/symbols.js';
import { AMENDING_LEAD, SESSION_DEADLINE } from '../../../../data/tasks.js';
import { normalizeDocument } from '../../../../normalizers/index.js';
import { execAfterLookBehind, matchesAfterLookBehind, testAfterLookBehind } from '../../../../pipeline/core/text/lookbehind-matches.js';
import { readBuffer } from '../../../../pipeline/read/index.js';

// The patterns the stages match with matchesAfterLookBehind (issue 23: speed), each compared with
// `matchAll` of the whole pattern, match by match and group by group.
const PATTERNS = { TYPED_MENTION, TYPED_DIGITS, NAME_SYLLABLES_GLUED_BY_QUOTE, COMMITTEE_WORD_MISREAD, COMMITTEE_SPACE_MISREAD, BARRED_D_WORD, LOOSE_NUMBER, LAW_START_SMALL };
// The patterns found with execAfterLookBehind: their first match compared with `exec` of the whole pattern.
const FIRST = { SESSION_DEADLINE, AMENDING_LEAD };
const firstOf = (text: string, pattern: RegExp) => {
  const shape = (m: RegExpExecArray | null) => (m ? [m.index, [...m], { ...m.groups }] : null);
  return { whole: shape(pattern.exec(text)), split: shape(execAfterLookBehind(text, pattern)) };
};
const both = (text: string, pattern: RegExp) => {
  const shape = (m: RegExpExecArray | RegExpMatchArray) => [m.index, [...m], { ...m.groups }];
  return { whole: [...text.matchAll(pattern)].map(shape), split: [...matchesAfterLookBehind(text, pattern)].map(shape) };
};

const devRoot = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'dev');

describe('matches found without the opening look-behind', () => {
  it('are those of the whole pattern where a letter, a digit or a surrogate pair stands before', () => {
    const texts = [
      'Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021; xChỉ thị số 04-CT/TW; ĐChỉ thị 05-CT/TW và Chỉ thị 06-CT/TW.',
      'aQuyết định số 984 của Bộ Công an; Quyết định số 985 của Bộ Công an; Nghị định 116 ngày 5/6/2020.',
      '𝐀Chỉ thị số 07-CT/TW, 𝐀 Chỉ thị số 08-CT/TW 😀Chỉ thị số 09-CT/TW', // characters outside the BMP before the type
      'LuậtLuật Đất đai số 31/2024/QH15 và Luật số 72/2025/QH15, các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT',
      'CHỈ THỊ SỐ 03-CT/TW\nNghị\nquyết số 35/NQ-CP; Chỉ thịChỉ thị số 09-CT/TW',
      "Nguyễn'Đình Văn, 3Nguyễn'Đình, xNguyễn’Đình; ÚY BAN, 1UY BAN, aUy ban; ĐĐ-BCA, 2ĐĐ, xĐĐ, Đ",
      'Ùy.ban nhân dân, xÙy.ban, 2UY,BAN, Ủy·ban',
      'Số 03- CT/TW, a12/CP, 1/2/QĐ-UBND, số 15/QĐ - UBND, 123456/NĐ-CP, /TW, x/QĐ, 7 /KH-UBND',
      '',
    ];
    for (const text of texts) {
      for (const pattern of Object.values(PATTERNS)) {
        const { whole, split } = both(text, pattern);
        expect(split).toEqual(whole);
      }
    }
    // A capital before the type's name bars it; a small letter does not (the space lost: "cứNghị quyết").
    expect(both(texts[0]!, TYPED_MENTION).whole.map(([, groups]) => (groups as string[])[0])).toEqual(['Chỉ thị số 03-CT/TW', 'Chỉ thị số 04-CT/TW', 'Chỉ thị 06-CT/TW']);
    expect(() => [...matchesAfterLookBehind('x', /x(?<!y)/gu)]).toThrow(/look-behind/);
    expect(() => [...matchesAfterLookBehind('x', /(?<!y)x/u)]).toThrow(/global/);
  });

  it('give the first match of a pattern opening with look-behinds, positive or negative, as exec does', () => {
    const texts = [
      // The session after a report or a draft, with up to 80 characters between; a session after neither is none.
      'Bộ Tư pháp báo cáo Quốc hội tại kỳ họp cuối năm 2028 về kết quả thực hiện.',
      'Tổ chức tổng kết tại kỳ họp thứ 9; Chính phủ trình Ủy ban Thường vụ Quốc hội tại phiên họp tháng 9/2025.',
      'Họp tại Kỳ họp thứ 10. Báo cáo tại Kỳ họp thứ 11; trình dự án Luật tại phiên họp tháng 10 năm 2026',
      `báo cáo ${'x'.repeat(81)} tại kỳ họp thứ 3, trình ${'y'.repeat(79)} tại kỳ họp giữa năm 2027`,
      'báo cáo; tại kỳ họp thứ 5 và báo cáo.tại kỳ họp thứ 6 và trình tại phiên họp đầu năm 2030',
      '𝐀 báo cáo 😀 tại kỳ họp thứ hai',
      // Amending words with a letter or digit before them, or none.
      'xSửa đổi, 1Bổ sung, Sửa đổi Điều 3; bổ sung khoản 2, thay thế cụm từ',
      'Khoản 4 được sửa đổi như sau:',
      '',
    ];
    for (const text of texts) {
      for (const pattern of Object.values(FIRST)) {
        const { whole, split } = firstOf(text, pattern);
        expect(split, text).toEqual(whole);
        expect(testAfterLookBehind(text, pattern)).toBe(pattern.test(text));
      }
    }
    expect(firstOf(texts[1]!, SESSION_DEADLINE).split).toEqual([texts[1]!.indexOf('tại phiên'), ['tại phiên họp tháng 9/2025'], {}]);
    expect(firstOf(texts[3]!, SESSION_DEADLINE).split?.[1]).toEqual(['tại kỳ họp giữa năm 2027']);
    expect(execAfterLookBehind('kỳ họp', SESSION_DEADLINE)).toBeNull();
    // Several look-behinds in a row; one that captures, a global pattern and one without a look-behind are refused.
    const twice = /(?<!các)(?<!(?:^|\s)(?:về|của))\s+x/u;
    expect(firstOf('các x, về x, của x, a x', twice).split).toEqual(firstOf('các x, về x, của x, a x', twice).whole);
    expect(execAfterLookBehind('các x, về x, của x, a x', twice)?.index).toBe(21);
    expect(() => execAfterLookBehind('ax', /(?<=(a))x/u)).toThrow(/captures nothing/);
    expect(() => execAfterLookBehind('ax', /(?<=a)x/gu)).toThrow(/global/);
    expect(() => execAfterLookBehind('ax', /(?<name>a)x/u)).toThrow(/look-behind/);
  });

  it('are those of the whole pattern on the development documents, as read and as normalized', async (context) => {
    if (!existsSync(devRoot)) {
      console.log(`skipped: no development documents at ${devRoot}`);
      context.skip();
    }
    let files = 0;
    let matches = 0;
    for (const set of readdirSync(devRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(join(devRoot, set.name)).filter((file) => /\.(docx|pdf|txt)$/i.test(file))) {
        const path = join(devRoot, set.name, name);
        const raw = await readBuffer(readFileSync(path), path).catch(() => null);
        if (!raw) continue;
        files++;
        for (const text of [raw.rawText, normalizeDocument(raw).text]) {
          for (const pattern of Object.values(PATTERNS)) {
            const { whole, split } = both(text, pattern);
            expect(split, name).toEqual(whole);
            matches += whole.length;
          }
          // The first match of the whole text, and of each run of three lines (a sentence or an item, as the extractors ask).
          const lines = text.split('\n');
          for (const pattern of Object.values(FIRST)) {
            for (const part of [text, ...lines.map((_, i) => lines.slice(i, i + 3).join('\n'))]) {
              const { whole, split } = firstOf(part, pattern);
              expect(split, name).toEqual(whole);
              if (whole) matches++;
            }
          }
        }
      }
    }
    console.log(`${files} documents, ${matches} matches compared`);
    expect(files).toBeGreaterThan(0);
    expect(matches).toBeGreaterThan(0);
  }, 120_000);
});
