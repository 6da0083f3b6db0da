import { describe, expect, it } from 'vitest';
import { assembleText, type LineDraft } from '../../../pipeline/core/lines.js';

/** How `assembleText` was written before it copied lines key by key (object rest and spread). */
function byRestAndSpread(drafts: LineDraft[]) {
  const parts: string[] = [];
  const lines: object[] = [];
  let offset = 0;
  for (const d of drafts) {
    const { gapBefore, ...line } = d;
    if (parts.length > 0) {
      const sep = '\n'.repeat(1 + Math.min(gapBefore ?? 0, 1));
      parts.push(sep);
      offset += sep.length;
    }
    parts.push(line.text);
    lines.push({ ...line, start: offset, end: offset + line.text.length });
    offset += line.text.length;
  }
  return { text: parts.join(''), lines };
}

/** Keys in order and values, so a different key order fails too. */
const entries = (result: { text: string; lines: object[] }) => ({ text: result.text, lines: result.lines.map((l) => Object.entries(l)) });

describe('assembling lines into a text', () => {
  const pdfLine = (text: string, gapBefore: number, extra: Partial<LineDraft> = {}): LineDraft =>
    ({ text, page: 1, x: 57, y: 80, width: 300, column: 'full', fontSize: 13, gapBefore, ...extra }) as LineDraft;
  const cases: Record<string, LineDraft[]> = {
    'PDF lines, a paragraph gap, a scored OCR line': [
      pdfLine('ỦY BAN NHÂN DÂN', 0, { column: 'left' }),
      pdfLine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, { column: 'right' }),
      pdfLine('Điều 1. Ban hành kèm theo Quyết định này', 1),
      pdfLine('', 2),
      pdfLine('Nơi nhận:', 1, { confidence: 0.82 }),
    ],
    'DOCX lines with cells and paragraphs': [
      { text: 'Số: 12/QĐ-UBND', page: 1, y: 1, cell: { table: 0, row: 0, col: 0 }, paragraph: 0, gapBefore: 0, x: 0, width: 14, column: 'left' } as unknown as LineDraft,
      { text: 'Kính gửi: Sở Nội vụ', page: 1, y: 2, paragraph: 1, gapBefore: 1, x: 0, width: 19, column: 'full' } as unknown as LineDraft,
    ],
    'no gap given': [{ text: 'a', page: 1 } as LineDraft, { text: 'b', page: 2 } as LineDraft],
    'start and end already on a draft keep their place': [{ text: 'abc', start: 9, page: 1, end: 12 } as unknown as LineDraft, { text: 'de', page: 1, gapBefore: 1 } as LineDraft],
    none: [],
  };
  for (const [name, drafts] of Object.entries(cases)) {
    it(`gives the text, offsets and line properties (in order) it gave before: ${name}`, () => {
      expect(entries(assembleText(drafts))).toEqual(entries(byRestAndSpread(drafts)));
      for (const line of assembleText(drafts).lines) expect(line).not.toHaveProperty('gapBefore');
    });
  }
});
