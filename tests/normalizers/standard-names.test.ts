import { describe, expect, it } from 'vitest';
import { docFromText, recordFromText } from '../helpers.js';

/**
 * Issue 16 (headers on scans): OCR readings of standard names — provinces before and after the
 * 2025 merger, ministries, the Front and the mass organisations — snapped to the standard name
 * when the reading is close: marks lost or changed, I read as l or 1, O as 0, the space between
 * two syllables lost. Each snap is a correction on record; the header's lines stay apart.
 */

const snaps = async (text: string) => (await docFromText(text)).corrections.filter((c) => c.reason === 'standard-name').map((c) => `${c.from}→${c.to}`);

describe('standard names read by OCR', () => {
  const cases: Array<[string, string, string[]]> = [
    ['UBND TlNH LÂM ĐỒNG', 'UBND TỈNH LÂM ĐỒNG', ['TlNH LÂM ĐỒNG→TỈNH LÂM ĐỒNG']],
    ['TỈNH KHANH H0A', 'TỈNH KHÁNH HÒA', ['KHANH H0A→KHÁNH HÒA']],
    ['TỈNH ĐỒNG NAl', 'TỈNH ĐỒNG NAI', ['ĐỒNG NAl→ĐỒNG NAI']],
    ['TINH LAMDONG', 'TỈNH LÂM ĐỒNG', ['TINH LAMDONG→TỈNH LÂM ĐỒNG']],
    ['BCH TỈNH ĐOÀN GIA LAl', 'BCH TỈNH ĐOÀN GIA LAI', ['GIA LAl→GIA LAI']],
    ['ĐOÀN TNCS HỒ CHÍ MlNH', 'ĐOÀN TNCS HỒ CHÍ MINH', ['HỒ CHÍ MlNH→HỒ CHÍ MINH']],
    ['HỘI LIÊN HIỆP PHU NƯ', 'HỘI LIÊN HIỆP PHỤ NỮ', ['HỘI LIÊN HIỆP PHU NƯ→HỘI LIÊN HIỆP PHỤ NỮ']],
    ['HỘI CỰU CHIÊN BlNH', 'HỘI CỰU CHIẾN BINH', ['HỘI CỰU CHIÊN BlNH→HỘI CỰU CHIẾN BINH']],
    ['BỘ NÔNG NGHIỆP VÀ MÔI TRƯƠNG', 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', ['BỘ NÔNG NGHIỆP VÀ MÔI TRƯƠNG→BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG']],
    ['LIÊN ĐOÀN LAO ĐÔNG TỈNH QUANG NGAI', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI', ['LIÊN ĐOÀN LAO ĐÔNG→LIÊN ĐOÀN LAO ĐỘNG', 'QUANG NGAI→QUẢNG NGÃI']],
    ['ỦY BAN NHÂN DÂN TỈNH THAl NGUYÊN', 'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN', ['THAl NGUYÊN→THÁI NGUYÊN']],
    ['SỞ Y TẾ TỈNH ĐĂKLĂK', 'SỞ Y TẾ TỈNH ĐẮK LẮK', ['ĐĂKLĂK→ĐẮK LẮK']],
    // The level word glued to the word before it by a lost space, and misread.
    ['QUỸ HỖ TRỢ NÔNG DÂNTĨNH ĐẮK NÔNG', 'QUỸ HỖ TRỢ NÔNG DÂN TỈNH ĐẮK NÔNG', ['TĨNH ĐẮK NÔNG→ TỈNH ĐẮK NÔNG']],
  ];
  for (const [read, fixed, corrections] of cases) {
    it(`${read} → ${fixed}`, async () => {
      expect((await docFromText(read)).text).toBe(fixed);
      expect(await snaps(read)).toEqual(corrections);
    });
  }

  it('leaves a standard name printed in a spelling in use beside it (Đăk for Đắk), and snaps a misreading of either', async () => {
    for (const text of ['Đoàn Luật sư tỉnh Đăk Nông', 'UBND TỈNH ĐĂK LĂK', 'huyện Đắk Mil, tỉnh Đăk Nông']) {
      expect((await docFromText(text)).text).toBe(text);
      expect(await snaps(text)).toEqual([]);
    }
    expect(await snaps('TỈNH ĐÁK NÔNG')).toEqual(['ĐÁK NÔNG→ĐẮK NÔNG']);
  });

  it('leaves words that only look like a standard name with l, 0 or no space', async () => {
    for (const text of ['Điện thoại: 0263 3822 123, email: lamdong@gmail.com', 'Tổ dân phố GIALAI 1', 'Số nhà 10/1 đường Hòa Bình', 'MINH BẠCH, LAI CHÂU', 'Bản 0A']) {
      expect(await snaps(text)).toEqual([]);
    }
  });
});

describe('OCR-damaged headers give the standard issuer name', () => {
  const issuerOf = async (left: string[]) =>
    (await recordFromText([...left, 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ngày 05 tháng 3 năm 2025', 'KẾ HOẠCH', 'Tuyên truyền năm 2025', 'Thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư, đơn vị xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH'].join('\n'))).issuer?.name;
  const cases: Array<[string[], string]> = [
    [['UBND TlNH LÂM ĐỒNG', 'SỞ NỘI VỤ'], 'Sở Nội vụ tỉnh Lâm Đồng'],
    [['ỦY BAN NHÂN DÂN', 'TỈNH KHANH H0A'], 'Ủy ban nhân dân tỉnh Khánh Hòa'],
    [['ỦY BAN NHÂN DÂN', 'TINH LAMDONG'], 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    [['HỘI LIÊN HIỆP PHU NƯ', 'TỈNH ĐỒNG NAl'], 'Hội Liên hiệp Phụ nữ tỉnh Đồng Nai'],
    [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÁN TỈNH LẮM ĐÓNG'], 'Ban Chấp hành Hội Nông dân tỉnh Lâm Đồng'],
    [['LIÊN ĐOÀN LAO ĐÔNG', 'TỈNH QUANG NGAI'], 'Liên đoàn Lao động tỉnh Quảng Ngãi'],
    [['BỘ Y TÊ'], 'Bộ Y tế'],
    [['ỦY BAN MTTQ VIỆT NAM', 'TỈNH PHÚ THO', 'BAN THƯỜNG TRỰC'], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ'],
  ];
  for (const [left, name] of cases) {
    it(`${left.join(' / ')} → ${name}`, async () => {
      expect(await issuerOf(left)).toBe(name);
    });
  }
});
