import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../pipeline/core/text/fold.js';
import { canonicalNumber } from '../../pipeline/core/text/number.js';
import { docFromText } from '../helpers.js';

describe('normalization', () => {
  it('repairs spaces and dashes inside document numbers and records each change', async () => {
    const doc = await docFromText('Thực hiện Chỉ thị số 03- CT/TW và Công văn 1400 – CV/VPTU.\nSố: /KH - STTTT');
    expect(doc.text).toContain('03-CT/TW');
    expect(doc.text).toContain('1400-CV/VPTU');
    expect(doc.text).toContain('Số: /KH-STTTT');
    const fix = doc.corrections.find((c) => c.from === '03- CT/TW')!;
    expect(doc.text.slice(fix.span[0], fix.span[1])).toBe('03-CT/TW');
    expect(fix.reason).toBe('number-spacing');
  });

  it('leaves ranges and prose dashes alone', async () => {
    const doc = await docFromText('giai đoạn 2021 - 2025, kinh tế - xã hội, Phát thanh – Truyền hình');
    expect(doc.corrections).toEqual([]);
  });

  it('reads sổ before a number as số, and restores Đ in known abbreviations', async () => {
    const doc = await docFromText('theo Chỉ thị sổ 28/CT-TTg; Thường trực BCD CVD TP; sổ sách kế toán');
    expect(doc.text).toContain('Chỉ thị số 28/CT-TTg');
    expect(doc.text).toContain('BCĐ CVĐ TP');
    expect(doc.text).toContain('sổ sách');
  });

  it('reads a number label misread with an e as Số, only before a blank that a symbol closes', async () => {
    const doc = await docFromText('BỘ CÔNG AN\nsé: 5689 /BCA-C04\nSé:/QĐ-UBND\nsé: 12 là số nhà\nhọ sẽ: đến/về\nsé:\n/BCA-C04');
    expect(doc.text).toBe('BỘ CÔNG AN\nsố: 5689/BCA-C04\nSố:/QĐ-UBND\nsé: 12 là số nhà\nhọ sẽ: đến/về\nsố:\n/BCA-C04');
  });

  it('composes decomposed (NFD) text and maps lines onto the new offsets', async () => {
    const nfd = 'KẾ HOẠCH\nĐẩy mạnh tuyên truyền'.normalize('NFD');
    const doc = await docFromText(nfd);
    expect(doc.text).toBe('KẾ HOẠCH\nĐẩy mạnh tuyên truyền');
    expect(doc.lines.map((l) => l.text)).toEqual(['KẾ HOẠCH', 'Đẩy mạnh tuyên truyền']);
    expect(doc.offsetMap.toSource(doc.text.length)).toBe(nfd.length);
  });

  it('replaces look-alike letters and invisible characters', async () => {
    const doc = await docFromText('\u00D0ảng\u200B bộ\u00A0tỉnh');
    expect(doc.text).toBe('Đảng bộ tỉnh');
  });

  it('removes control characters a terminal would obey, keeps tabs and line breaks', async () => {
    // In a text long enough to be a document (a file mostly of control bytes is refused as binary).
    const body = 'Ủy ban nhân dân tỉnh ban hành kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật trên địa bàn tỉnh. '.repeat(8);
    const doc = await docFromText(`V/v tuyên\u001b[31m truyền\u001b]0;x\u0007 pháp\u009b2J luật\tnăm 2025\n${body}`);
    expect(doc.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
    expect(doc.text).toContain('\n');
    expect(doc.text).toContain('pháp2J luật năm 2025');
  });

  it('strips markdown emphasis and marks the lines bold', async () => {
    const doc = await docFromText('**Thông tin, tuyên truyền\nnăm 2024**\nThân bài');
    expect(doc.lines.map((l) => [l.text, !!l.bold])).toEqual([
      ['Thông tin, tuyên truyền', true],
      ['năm 2024', true],
      ['Thân bài', false],
    ]);
  });

  it('canonicalises numbers and folds diacritics for search', () => {
    expect(canonicalNumber('30/2020/ND-CP')).toBe('30/2020/NĐ-CP');
    expect(canonicalNumber('05 - QC/BTCTU - BDVTU')).toBe('05-QC/BTCTU-BDVTU');
    expect(foldDiacritics('Đảng bộ tỉnh Quảng Ngãi')).toBe('Dang bo tinh Quang Ngai');
  });

  it('repairs the header words OCR misreads, and only where nothing else is meant', async () => {
    const doc = await docFromText(
      'UỶ BAN NHÂN DÂN\nTÍNH QUẢNG NGÃI\nVềviệc triển khai\nVềLviệc đề nghị\nÚy ban nhân dân tính Quảng Ngãi; Uy ban; mang tính Đảng; tính toán Hà Nội\nXWơi nhận:\n- Như trên;',
    );
    expect(doc.text).toBe('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nVề việc triển khai\nVề việc đề nghị\nỦy ban nhân dân tỉnh Quảng Ngãi; Ủy ban; mang tính Đảng; tính toán Hà Nội\nNơi nhận:\n- Như trên;');
    expect(doc.corrections.map((c) => [c.from, c.to, c.reason])).toEqual([
      ['UỶ', 'ỦY', 'tone-placement'],
      ['TÍNH', 'TỈNH', 'ocr'],
      ['Vềviệc', 'Về việc', 'glued-words'],
      ['VềLviệc', 'Về việc', 'ocr'],
      ['Úy', 'Ủy', 'ocr'],
      ['tính', 'tỉnh', 'ocr'],
      ['Uy', 'Ủy', 'ocr'],
      ['XWơi nhận', 'Nơi nhận', 'ocr'],
    ]);
  });

  it('reads a speck between the committee word and `ban` as the space it stands for', async () => {
    const doc = await docFromText('ỦY.BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nÙy.ban nhân dân tỉnh Bình Định; Uy,ban nhân dân; UY.BANG; Ủy. ban');
    expect(doc.text).toBe('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nỦy ban nhân dân tỉnh Bình Định; Ủy ban nhân dân; UY.BANG; Ủy. ban');
  });
});
