import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRED_D_WORD } from '../../../../data/abbreviations.js';
import { TYPED_DIGITS, TYPED_MENTION } from '../../../../data/citations.js';
import { COMMITTEE_SPACE_MISREAD, COMMITTEE_WORD_MISREAD, NAME_SYLLABLES_GLUED_BY_QUOTE } from '../../../../data/ocr.js';
import { LOOSE_NUMBER } from '../../../../data/symbols.js';
import { normalizeDocument } from '../../../../normalizers/index.js';
import { matchesAfterLookBehind } from '../../../../pipeline/core/text/lookbehind-matches.js';
import { readBuffer } from '../../../../pipeline/read/index.js';

// The patterns the stages match with matchesAfterLookBehind (issue 23: speed), each compared with
// `matchAll` of the whole pattern, match by match and group by group.
const PATTERNS = { TYPED_MENTION, TYPED_DIGITS, NAME_SYLLABLES_GLUED_BY_QUOTE, COMMITTEE_WORD_MISREAD, COMMITTEE_SPACE_MISREAD, BARRED_D_WORD, LOOSE_NUMBER };
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
    expect(both(texts[0]!, TYPED_MENTION).whole.map(([, groups]) => (groups as string[])[0])).toEqual(['Chỉ thị số 03-CT/TW', 'Chỉ thị 06-CT/TW']);
    expect(() => [...matchesAfterLookBehind('x', /x(?<!y)/gu)]).toThrow(/look-behind/);
    expect(() => [...matchesAfterLookBehind('x', /(?<!y)x/u)]).toThrow(/global/);
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
        }
      }
    }
    console.log(`${files} documents, ${matches} matches compared`);
    expect(files).toBeGreaterThan(0);
    expect(matches).toBeGreaterThan(0);
  }, 120_000);
});
