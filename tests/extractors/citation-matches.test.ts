import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPED_DIGITS, TYPED_MENTION } from '../../data/citations.js';
import { matchesNotAfterLetter } from '../../extractors/citations.js';
import { normalizeDocument } from '../../normalizers/index.js';
import { readBuffer } from '../../pipeline/read/index.js';

// The typed-mention patterns are matched without their opening look-behind and checked after
// (issue 23: speed). Compared here with `matchAll` of the whole pattern, match by match.
const PATTERNS = { TYPED_MENTION, TYPED_DIGITS };
const both = (text: string, pattern: RegExp) => {
  const shape = (m: RegExpExecArray | RegExpMatchArray) => [m.index, m[0], { ...m.groups }];
  return { whole: [...text.matchAll(pattern)].map(shape), checked: [...matchesNotAfterLetter(text, pattern)].map(shape) };
};

const devRoot = join(import.meta.dirname, '..', '..', '..', 'shared', 'dev');

describe('typed mentions found without the look-behind', () => {
  it('gives the same matches where a letter stands before the type name', () => {
    const texts = [
      'Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021; xChỉ thị số 04-CT/TW; ĐChỉ thị 05-CT/TW và Chỉ thị 06-CT/TW.',
      'aQuyết định số 984 của Bộ Công an; Quyết định số 985 của Bộ Công an; Nghị định 116 ngày 5/6/2020.',
      '𝐀Chỉ thị số 07-CT/TW, 𝐀 Chỉ thị số 08-CT/TW', // a letter outside the BMP (a surrogate pair) before the type
      'LuậtLuật Đất đai số 31/2024/QH15 và Luật số 72/2025/QH15, các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT',
      'CHỈ THỊ SỐ 03-CT/TW\nNghị\nquyết số 35/NQ-CP; Chỉ thịChỉ thị số 09-CT/TW',
      '',
    ];
    for (const text of texts) {
      for (const pattern of Object.values(PATTERNS)) {
        const { whole, checked } = both(text, pattern);
        expect(checked).toEqual(whole);
      }
    }
    expect(both(texts[0]!, TYPED_MENTION).whole.map(([, match]) => match)).toEqual(['Chỉ thị số 03-CT/TW', 'Chỉ thị 06-CT/TW']);
  });

  it('gives the same matches on the development documents', async (context) => {
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
        // The text as read and as the extractors see it (normalized).
        for (const text of [raw.rawText, normalizeDocument(raw).text]) {
          for (const pattern of Object.values(PATTERNS)) {
            const { whole, checked } = both(text, pattern);
            expect(checked, name).toEqual(whole);
            matches += whole.length;
          }
        }
      }
    }
    expect(files).toBeGreaterThan(0);
    console.log(`${files} documents, ${matches} matches compared`);
    expect(matches).toBeGreaterThan(0);
  }, 120_000);
});
