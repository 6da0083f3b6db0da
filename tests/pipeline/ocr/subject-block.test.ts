import { describe, expect, it } from 'vitest';
import { A4_PAGE as page, lineOf, scripted } from './scripted-engine.js';
import { rereadSubjectBlock } from '../../../pipeline/ocr/subject-block.js';
// An A4 page at 300 dpi: the left column ends at half its width (1240 px).

const header = [...lineOf('BỘ CÔNG AN', 400, 200, '1.1.1'), ...lineOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1300, 200, '1.1.2')];
const number = lineOf('Số: 4409/BCA-C04', 350, 420, '2.1.1');
const body = lineOf('Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ', 300, 1100, '5.1.1');
const subject = [...lineOf('V/w tham gia ý kiến vào Dự thảo', 20, 30, '1.1.1'), ...lineOf('Quyết định của Thủ tướng', 20, 90, '1.1.2')];

describe('the trích yếu under the number, read again where the page reading dropped it', () => {
  it('reads the gap under the number line as one block and adds what opens like a trích yếu, in page pixels', async () => {
    const engine = scripted(subject);
    const words = await rereadSubjectBlock([...header, ...number, ...body], page, engine);
    expect(engine.calls).toEqual([{ block: true }]);
    const added = words.filter((w) => w.line.startsWith('subject.'));
    expect(added.map((w) => w.text).join(' ')).toBe('V/w tham gia ý kiến vào Dự thảo Quyết định của Thủ tướng');
    // The cut-out starts at the page's left margin and just under the number line, on a 20 px margin.
    expect(added[0]!.left).toBe(20 - 20 + (300 - 20));
    expect(added[0]!.top).toBe(30 - 20 + 466);
    // It ends at the left column and at most 1.2 inches under the number line.
    expect(engine.sizes[0]).toEqual([1240 - 280 + 40, 1.2 * 300 - 1 + 40]);
  });

  it('keeps the page reading when the block opens like no trích yếu, or is read unsurely', async () => {
    for (const block of [lineOf('Kính gửi: Ủy ban nhân dân', 20, 30, '1.1.1'), lineOf('V/v tham gia', 20, 30, '1.1.1', 0.3)]) {
      const words = await rereadSubjectBlock([...header, ...number, ...body], page, scripted(block));
      expect(words.some((w) => w.line.startsWith('subject.'))).toBe(false);
    }
  });

  it('reads nothing again where the page reading has lines under the number, or no number line', async () => {
    const read = scripted(subject);
    await rereadSubjectBlock([...header, ...number, ...lineOf('V/v tham gia ý kiến', 300, 480, '3.1.1'), ...body], page, read);
    const none = scripted(subject);
    await rereadSubjectBlock([...header, ...body], page, none);
    expect([read.calls, none.calls]).toEqual([[], []]);
  });
});
