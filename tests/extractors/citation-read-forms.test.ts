import { describe, expect, it } from 'vitest';
import { recordFromText, scannedPage } from '../helpers.js';
import { extractRecord } from '../../extractors/index.js';
import { normalizeDocument } from '../../normalizers/index.js';

/**
 * Citations as copies print them: the number label with its tone lost ("sô", "só": OCR, or typed without
 * the Vietnamese keyboard), a type's code with D for Đ before the number ("QD 75/QĐ-UBND"). Variants
 * written from the numbered forms of Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW.
 */
const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 77/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 3 năm 2026', 'BÁO CÁO', 'Kết quả thực hiện năm 2025'];
const numbers = async (body: string) =>
  (await recordFromText([...HEADER, body, 'I. KẾT QUẢ', '1. Nội dung.'].join('\n'))).citations.map((c) => [c.type, c.number, c.date]);

describe('the number label with its tone lost', () => {
  it.each([
    ['Triển khai theo Kế hoạch sô 31-KH/TU ngày 28/01/2026 của Ban Thường vụ Tỉnh ủy.', 'Kế hoạch', '31-KH/TU', '2026-01-28'],
    ['Thực hiện Quyết định só 1520/QĐ-UBND ngày 05/12/2024 của Ủy ban nhân dân tỉnh.', 'Quyết định', '1520/QĐ-UBND', '2024-12-05'],
    ['Theo Kêhoạch sô 12-KH/ĐU ngày 3/2/2025 của Đảng ủy xã.', 'Kế hoạch', '12-KH/ĐU', '2025-02-03'],
  ])('%s', async (sentence, type, number, date) => {
    expect(await numbers(sentence)).toEqual([[type, number, date]]);
  });

  it('"sô" before a number without a symbol is no citation', async () => {
    expect(await numbers('Tổng sô 120 hội viên tham gia.')).toEqual([]);
  });
});

describe('a type code written with D for Đ', () => {
  it.each([
    ['Bằng khen của Chủ tịch tỉnh, QD 75/QĐ-UBND ngày 12/01/2021.', 'Quyết định', '75/QĐ-UBND'],
    ['Khen thưởng theo QD số 1203/QĐ-UBND ngày 4/5/2023.', 'Quyết định', '1203/QĐ-UBND'],
  ])('%s', async (sentence, type, number) => {
    expect((await numbers(sentence)).map(([t, n]) => [t, n])).toEqual([[type, number]]);
  });

  it('a code with D before a number of another type is not read as that type', async () => {
    expect((await numbers('Ghi chú QD 45/KH-UBND.')).map(([t]) => t)).not.toContain('Quyết định');
  });
});

/**
 * On a scan, a number's last code with a character OCR misread (a marked O or U for the digit 0, a
 * speck after its digits as a small letter) is read whole, and sent to review; in typed text it is not.
 */
const scanned = (body: string) => extractRecord(normalizeDocument(scannedPage([...HEADER, body, 'I. KẾT QUẢ', '1. Nội dung.'].join('\n'))), { asOf: '2026-06-01' }).citations;
describe('a last code misread on a scan', () => {
  it.each([
    ['Thực hiện Hướng dẫn số 37/HD-BCA-CÚ4 ngày 24/9/2025 của Bộ Công an.', '37/HD-BCA-C04'],
    ['Tiếp tục triển khai Kế hoạch số 9574/KH-BCĐ06ó ngày 01/11/2025 của Ban Chỉ đạo.', '9574/KH-BCĐ06'],
    ['Theo Công văn số 1095/BCA-CÔ4 ngày 19/3/2026 của Bộ Công an.', '1095/BCA-C04'],
  ])('%s', (sentence, number) => {
    const got = scanned(sentence);
    expect(got.map((c) => c.number)).toEqual([number]);
    expect(got[0]!.confidence).toBeLessThan(0.8);
  });

  it('a code of capitals alone after the hyphen is not repaired', () => {
    expect(scanned('Theo Công văn số 1095/BCA-Ông Nam ngày 19/3/2026.').map((c) => c.number)).toEqual(['1095/BCA']);
  });

  it('typed text is read as printed', async () => {
    expect((await recordFromText([...HEADER, 'Thực hiện Hướng dẫn số 37/HD-BCA-CÚ4 ngày 24/9/2025 của Bộ Công an.', 'I. KẾT QUẢ', '1. Nội dung.'].join('\n'))).citations.map((c) => c.number)).toEqual(['37/HD-BCA']);
  });
});

describe('a space lost before a type name, a speck read for a space', () => {
  it('typed: a capital after a small letter opens a new word', async () => {
    expect((await recordFromText([...HEADER, 'Căn cứNghị quyết số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội;', 'I. KẾT QUẢ', '1. Nội dung.'].join('\n'))).citations.map((c) => c.number)).toEqual(['190/2025/QH15']);
  });
  it.each([
    ['Căn cứNghị,quyết số 190 ngày 19 tháng 02 năm 2025 của Quốc hội về lý lịch tư pháp;', '190'],
    ['Thực hiện Quyết.định số 1520/QĐ-UBND ngày 05/12/2024 của Ủy ban nhân dân tỉnh.', '1520/QĐ-UBND'],
  ])('on a scan: %s', (sentence, number) => {
    expect(scanned(sentence).map((c) => c.number)).toEqual([number]);
  });
  it('a type name inside a word of small letters is none', async () => {
    expect((await recordFromText([...HEADER, 'Các xanghị quyết số 190 ngày 19/02/2025 của Quốc hội.', 'I. KẾT QUẢ', '1. Nội dung.'].join('\n'))).citations.map((c) => c.number)).toEqual([]);
  });
});
