import { describe, expect, it } from 'vitest';
import { A4_PAGE as page, lineOf, scripted } from './scripted-engine.js';
import { rereadSignatureBlock } from '../../../pipeline/ocr/signature-block.js';
// An A4 page at 300 dpi: the signature block's column starts at 42% of its width (1041 px).

const body = lineOf('đề nghị Văn phòng thẩm định, trình ký ban hành.', 250, 2300, '9.1.1');
const label = lineOf('Nơi nhận:', 250, 2600, '10.1.1');
const items = [...lineOf('- Như trên;', 250, 2660, '10.1.2'), ...lineOf('- Lưu: VT.', 250, 2720, '10.1.3')];

describe('the signature block beside Nơi nhận, read again where a seal hid it', () => {
  it('reads the block as one block of text when the page reading found no name there, and keeps its lines apart', async () => {
    const engine = scripted([...lineOf('GIÁM ĐỐC', 300, 40, '1.1.1'), ...lineOf('` ¬ ~', 250, 300, '1.1.2', 0.2), ...lineOf('Thiếu tướng Trương Minh Đương', 120, 620, '1.1.3')]);
    const words = await rereadSignatureBlock([...body, ...label, ...items], page, engine);
    expect(engine.calls).toEqual([{ block: true }]);
    const name = words.filter((w) => w.line === 'signature.1.1.3');
    expect(name.map((w) => w.text).join(' ')).toBe('Thiếu tướng Trương Minh Đương');
    // Back in page pixels: the cut-out starts at the block's column, 0.4 inch above the label, on a 20 px margin.
    expect(name[0]!.left).toBe(120 - 20 + Math.round(2480 * 0.42));
    expect(name[0]!.top).toBe(620 - 20 + 2600 - 120);
    // The body, the label and its items are the page reading's, untouched.
    expect(words.filter((w) => !w.line.startsWith('signature'))).toEqual([...body, ...label, ...items]);
  });

  it('finds the label with a seal’s speck read into it', async () => {
    const engine = scripted(lineOf('Nguyễn Văn An', 300, 500, '1.1.1'));
    const words = await rereadSignatureBlock([...body, ...lineOf('NWơi nhận:', 250, 2600, '10.1.1'), ...items], page, engine);
    expect(words.some((w) => w.line.startsWith('signature'))).toBe(true);
  });

  it('leaves the page alone when the page reading has the name', async () => {
    const signature = [...lineOf('CHỦ TỊCH', 1500, 2600, '11.1.1'), ...lineOf('Nguyễn Văn An', 1450, 2950, '11.1.2')];
    const engine = scripted(lineOf('Nguyễn Văn An', 300, 500, '1.1.1'));
    const words = await rereadSignatureBlock([...body, ...label, ...signature, ...items], page, engine);
    expect(engine.calls).toHaveLength(0);
    expect(words).toHaveLength(body.length + label.length + signature.length + items.length);
  });

  it('does nothing on a page without the Nơi nhận label', async () => {
    const engine = scripted(lineOf('Nguyễn Văn An', 300, 500, '1.1.1'));
    await rereadSignatureBlock([...body, ...items], page, engine);
    expect(engine.calls).toHaveLength(0);
  });

  it('reads the block under the authority line on a page printed without Nơi nhận (a nghị quyết, a biên bản)', async () => {
    const authority = [...lineOf('TM/ BAN CHẤP HÀNH', 1500, 2600, '11.1.1'), ...lineOf('CHỦ TỊCH', 1600, 2660, '11.1.2')];
    const engine = scripted([...lineOf('TM/ BAN CHẤP HÀNH', 400, 20, '1.1.1'), ...lineOf('Huỳnh Cảnh', 500, 500, '1.1.2')]);
    const words = await rereadSignatureBlock([...body, ...authority], page, engine);
    expect(engine.calls).toHaveLength(1);
    // The cut-out starts at the authority line, on its margin: the name lands under it.
    const name = words.filter((w) => w.line === 'signature.1.1.2');
    expect(name.map((w) => w.text)).toEqual(['Huỳnh', 'Cảnh']);
    expect(name[0]!.top).toBe(500 - 20 + 2600 - 20);
    // The authority line the page read stays the page's.
    expect(words.filter((w) => w.text === 'TM/')).toEqual([authority[0]]);
    // An authority-like line high on the page, or on the left, is no signature block.
    for (const [left, top] of [[1500, 600], [250, 2600]] as const) {
      const other = scripted(lineOf('Huỳnh Cảnh', 500, 500, '1.1.1'));
      await rereadSignatureBlock([...body, ...lineOf('TM. BAN CHẤP HÀNH', left, top, '11.1.1')], page, other);
      expect(other.calls).toHaveLength(0);
    }
  });

  it('keeps the page reading when the block read again gives no name and less sure text', async () => {
    const authority = lineOf('TM. ỦY BAN NHÂN DÂN', 1400, 2560, '11.1.1');
    const engine = scripted(lineOf('¬ ~ ®', 300, 500, '1.1.1', 0.3));
    const words = await rereadSignatureBlock([...body, ...label, ...authority, ...items], page, engine);
    expect(engine.calls).toHaveLength(1);
    expect(words.filter((w) => w.line.startsWith('signature'))).toHaveLength(0);
    expect(words).toContainEqual(authority[0]);
  });

  it('adds, when the block gives no name either, only a position line it read surely where the page read nothing', async () => {
    const authority = lineOf('TM. HỘI ĐỒNG QUẢN LÝ QUỸ', 1400, 2560, '11.1.1');
    // Block coordinates: the cut-out starts 0.4 inch above the label, on a 20 px margin.
    const engine = scripted([
      ...lineOf('TM. HỘI ĐÒNG QUẢN LÝ QUỸ', 1400 - 1041 + 20, 2560 - 2480 + 20, '1.1.1'),
      ...lineOf('CHỦ TỊCH', 400, 200, '1.1.2'),
      ...lineOf('KhUYÊ§ Hữu =', 300, 400, '1.1.3', 0.3),
      ...lineOf('PHÓ GIÁM ĐỐC', 400, 600, '1.1.4', 0.5),
    ]);
    const words = await rereadSignatureBlock([...body, ...label, ...authority, ...items], page, engine);
    expect(words.filter((w) => w.line.startsWith('signature')).map((w) => w.text)).toEqual(['CHỦ', 'TỊCH']);
    expect(words.filter((w) => w.line === '11.1.1')).toEqual(authority);
  });

  it('keeps the page’s own lines there and adds the block’s where the page read nothing; a surer name line replaces weak words', async () => {
    // Page pixels of the block's top left: the block's reading is scripted in its own coordinates.
    const [x0, y0] = [Math.round(2480 * 0.42) - 20, 2600 - 120 - 20];
    const position = lineOf('THỨ TRƯỞNG', x0 + 300, y0 + 100, '11.1.1');
    const weakName = lineOf('Nguyên Vàn Aa', x0 + 300, y0 + 600, '11.1.2', 0.3);
    const engine = scripted([
      ...lineOf('ĐỐC TRƯỞNG', 300, 100, '1.1.1', 0.5),
      ...lineOf('CHỦ TỊCH', 300, 300, '1.1.2'),
      ...lineOf('Nguyễn Văn An', 300, 600, '1.1.3'),
    ]);
    const words = await rereadSignatureBlock([...body, ...label, ...position, ...weakName, ...items], page, engine);
    const texts = words.map((w) => w.text);
    expect(texts).toEqual(expect.arrayContaining(['THỨ', 'TRƯỞNG', 'CHỦ', 'TỊCH', 'Nguyễn', 'Văn', 'An']));
    expect(texts).not.toContain('ĐỐC');
    expect(texts).not.toContain('Nguyên');
  });
});
