import { describe, expect, it } from 'vitest';
import { cpuMsOf, recordFromText } from '../helpers.js';

/**
 * Issuer headers as readers meet them in text PDFs, DOCX and .txt files, written from the
 * conventions (Nghị định 30/2020 Phụ lục I: the issuing body under its direct parent, in capitals,
 * wrapped anywhere; Hướng dẫn 36-HD/VPTW: the Party's headers with "ĐẢNG CỘNG SẢN VIỆT NAM" on
 * the right; the Front's and the mass organisations' headers; the 2025 reorganisation: communes
 * and wards under the merged provinces, no district level). Each case: the left column's lines,
 * the expected name as the gold writes it (body, then its parent, then the place; abbreviations
 * written out; place names after their unit word capitalised), and the number line.
 */

const STATE_RIGHT = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_RIGHT = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
const PLACE_DATE = 'Lâm Đồng, ngày 05 tháng 3 năm 2025';
const REST = ['KẾ HOẠCH', 'Tuyên truyền kỷ niệm ngày thành lập năm 2025', 'Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, đơn vị xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH', '1. Nội dung.'];

type Layout = 'stacked' | 'right-first' | 'side-by-side' | 'tabs' | 'ruled';

/** The header as a reader flattens it: one column after the other, or both on one line. */
function header(left: string[], numberLine: string, layout: Layout): string[] {
  const party = /^Số \d+-/u.test(numberLine);
  const right = party ? PARTY_RIGHT : STATE_RIGHT;
  switch (layout) {
    case 'stacked':
      return [...left, ...(party ? ['*'] : []), numberLine, ...right, PLACE_DATE];
    case 'right-first':
      return [...right, PLACE_DATE, ...left, numberLine];
    case 'ruled':
      // The rule under the issuing body drawn with underscores, a stray slash after it.
      return [...left, party ? '*' : '_______________', numberLine, ...right, '_____________________', PLACE_DATE];
    case 'side-by-side':
    case 'tabs': {
      const gap = layout === 'tabs' ? '\t\t' : '          ';
      const rows = Math.max(left.length, right.length);
      const lines: string[] = [];
      for (let i = 0; i < rows; i++) lines.push([left[i] ?? '', right[i] ?? ''].filter(Boolean).join(gap));
      return [...lines, `${numberLine}${gap}${PLACE_DATE}`];
    }
  }
}

const issuerOf = async (left: string[], numberLine: string, layout: Layout) =>
  (await recordFromText([...header(left, numberLine, layout), ...REST].join('\n'))).issuer?.name;

const cases: Array<[string[], string, string, Layout]> = [
  // People's committees and councils, before and after the 2025 reorganisation.
  [['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI'], 'Số: 12/KH-UBND', 'Ủy ban nhân dân tỉnh Gia Lai', 'side-by-side'],
  [['ỦY BAN NHÂN DÂN', 'XÃ HÒA NINH'], 'Số: 12/KH-UBND', 'Ủy ban nhân dân xã Hòa Ninh', 'tabs'],
  [['UBND PHƯỜNG LANG BIANG - ĐÀ LẠT'], 'Số: 12/KH-UBND', 'Ủy ban nhân dân phường Lang Biang - Đà Lạt', 'stacked'],
  [['ỦY BAN NHÂN DÂN TỈNH', 'KHÁNH HÒA'], 'Số: 12/KH-UBND', 'Ủy ban nhân dân tỉnh Khánh Hòa', 'right-first'],
  [['ỦY BAN NHÂN DÂN /', 'TỈNH LÂM ĐỒNG'], 'Số: 12/KH-UBND', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'ruled'],
  [['HỘI ĐỒNG NHÂN DÂN', 'TỈNH KHÁNH HÒA'], 'Số: 12/KH-HĐND', 'Hội đồng nhân dân tỉnh Khánh Hòa', 'tabs'],
  [['HĐND XÃ ĐỨC TRỌNG'], 'Số: 12/KH-HĐND', 'Hội đồng nhân dân xã Đức Trọng', 'side-by-side'],
  [['HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG', 'THƯỜNG TRỰC'], 'Số: 12/KH-HĐND', 'Thường trực Hội đồng nhân dân tỉnh Lâm Đồng', 'stacked'],
  [['HĐND TỈNH TÂY NINH', 'BAN PHÁP CHẾ'], 'Số: 12/KH-BPC', 'Ban Pháp chế Hội đồng nhân dân tỉnh Tây Ninh', 'tabs'],
  [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ'], 'Số: 12/KH-UBND', 'Ủy ban nhân dân thành phố Huế', 'side-by-side'],
  // Sở, Ban, Văn phòng under the province's people's committee; a name wrapped after VÀ.
  [['UBND TỈNH ĐỒNG NAI', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], 'Số: 12/KH-SGDĐT', 'Sở Giáo dục và Đào tạo tỉnh Đồng Nai', 'tabs'],
  [['UBND TỈNH GIA LAI', 'SỞ KHOA HỌC VÀ', 'CÔNG NGHỆ'], 'Số: 12/KH-SKHCN', 'Sở Khoa học và Công nghệ tỉnh Gia Lai', 'side-by-side'],
  [['ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK', 'SỞ NỘI VỤ'], 'Số: 12/KH-SNV', 'Sở Nội vụ tỉnh Đắk Lắk', 'stacked'],
  [['UBND TỈNH LÂM ĐỒNG', 'SỞ DÂN TỘC VÀ TÔN GIÁO'], 'Số: 12/KH-SDTTG', 'Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng', 'ruled'],
  [['UBND TỈNH QUẢNG NGÃI', 'VĂN PHÒNG'], 'Số: 12/KH-VP', 'Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi', 'tabs'],
  [['UBND XÃ LẠC DƯƠNG', 'PHÒNG KINH TẾ'], 'Số: 12/KH-PKT', 'Phòng Kinh tế xã Lạc Dương', 'side-by-side'],
  // The Party (Hướng dẫn 36-HD/VPTW), the superior đảng bộ above a committee that names its place.
  [['ĐẢNG BỘ TỈNH GIA LAI', 'ĐẢNG ỦY XÃ IA GRAI'], 'Số 12-KH/ĐU', 'Đảng ủy xã Ia Grai', 'tabs'],
  [['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY PHƯỜNG BẢO LỘC 1'], 'Số 12-KH/ĐU', 'Đảng ủy phường Bảo Lộc 1', 'side-by-side'],
  [['TỈNH ỦY ĐẮK LẮK', 'BAN TUYÊN GIÁO VÀ DÂN VẬN'], 'Số 12-KH/BTGDVTU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk', 'tabs'],
  [['THÀNH ỦY HÀ NỘI', 'BAN TỔ CHỨC'], 'Số 12-KH/BTCTU', 'Ban Tổ chức Thành ủy Hà Nội', 'stacked'],
  [['TỈNH ỦY GIA LAI', 'ỦY BAN KIỂM TRA'], 'Số 12-KH/UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy Gia Lai', 'side-by-side'],
  [['TỈNH ỦY LÂM ĐỒNG', 'VĂN PHÒNG'], 'Số 12-KH/VPTU', 'Văn phòng Tỉnh ủy Lâm Đồng', 'right-first'],
  [['ĐẢNG ỦY XÃ ĐAM RÔNG', 'ỦY BAN KIỂM TRA'], 'Số 12-KH/UBKTĐU', 'Ủy ban Kiểm tra Đảng ủy xã Đam Rông', 'tabs'],
  [['TỈNH ỦY KHÁNH HÒA'], 'Số 12-KH/TU', 'Tỉnh ủy Khánh Hòa', 'tabs'],
  [['ĐẢNG BỘ TỈNH KHÁNH HÒA', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH'], 'Số 12-KH/ĐU', 'Đảng ủy Ủy ban nhân dân tỉnh Khánh Hòa', 'stacked'],
  // The Front.
  [['ỦY BAN MTTQ VIỆT NAM', 'TỈNH QUẢNG TRỊ', 'BAN THƯỜNG TRỰC'], 'Số: 12/KH-MTTQ-BTT', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị', 'tabs'],
  [['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'XÃ ĐỨC TRỌNG'], 'Số: 12/KH-MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Đức Trọng', 'side-by-side'],
  [['ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI', 'BAN THƯỜNG TRỰC'], 'Số: 12/KH-MTTQ-BTT', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai', 'ruled'],
  // Mass organisations: the Youth Union, women, farmers, veterans, labour, with their parent lines.
  [['BCH ĐOÀN TỈNH GIA LAI'], 'Số 12-KH/TĐTN', 'Ban Chấp hành Đoàn tỉnh Gia Lai', 'tabs'],
  [['TỈNH ĐOÀN KHÁNH HÒA'], 'Số 12-KH/TĐTN', 'Tỉnh đoàn Khánh Hòa', 'side-by-side'],
  [['BAN THƯỜNG VỤ TỈNH ĐOÀN GIA LAI'], 'Số 12-KH/TĐTN', 'Ban Thường vụ Tỉnh đoàn Gia Lai', 'stacked'],
  [['HỘI LHPN TỈNH LÂM ĐỒNG'], 'Số: 12/KH-HPN', 'Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng', 'tabs'],
  [['HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'BCH HỘI LHPN XÃ CÁT TIÊN'], 'Số: 12/KH-HPN', 'Ban Chấp hành Hội Liên hiệp Phụ nữ xã Cát Tiên', 'side-by-side'],
  [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG'], 'Số 12-KH/HNDT', 'Ban Chấp hành Hội Nông dân tỉnh Lâm Đồng', 'tabs'],
  [['HỘI CỰU CHIẾN BINH VIỆT NAM', 'HỘI CCB TỈNH PHÚ THỌ'], 'Số 12-KH/CCB', 'Hội Cựu chiến binh tỉnh Phú Thọ', 'stacked'],
  [['LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH'], 'Số: 12/KH-LĐLĐ', 'Liên đoàn Lao động tỉnh Ninh Bình', 'side-by-side'],
  [['TỔNG LĐLĐ VIỆT NAM', 'LĐLĐ TỈNH AN GIANG'], 'Số: 12/KH-LĐLĐ', 'Liên đoàn Lao động tỉnh An Giang', 'tabs'],
  [['HỘI NÔNG DÂN TỈNH LÂM ĐỒNG', 'BCH HỘI NÔNG DÂN XÃ ĐAM RÔNG'], 'Số 12-KH/HND', 'Ban Chấp hành Hội Nông dân xã Đam Rông', 'stacked'],
  // Police, army, ministries and their units.
  [['BỘ CÔNG AN', 'CÔNG AN TỈNH GIA LAI'], 'Số: 12/KH-CAT-PV01', 'Công an tỉnh Gia Lai', 'tabs'],
  [['CÔNG AN TỈNH ĐẮK LẮK', 'CÔNG AN XÃ EA KAR'], 'Số: 12/KH-CAX', 'Công an xã Ea Kar', 'side-by-side'],
  [['BỘ TƯ LỆNH QUÂN KHU 7', 'BỘ CHỈ HUY QUÂN SỰ TỈNH TÂY NINH'], 'Số: 12/KH-BCH', 'Bộ Chỉ huy Quân sự tỉnh Tây Ninh', 'stacked'],
  // A district's military command under its UBND line (its cơ quan chủ quản) is named by the place.
  [['UBND HUYỆN ĐỨC TRỌNG', 'BAN CHỈ HUY QUÂN SỰ'], 'Số: 12/KH-BCHQS', 'Ban Chỉ huy Quân sự huyện Đức Trọng', 'tabs'],
  [['ỦY BAN NHÂN DÂN', 'XÃ ĐAM RÔNG', 'BAN CHỈ HUY QUÂN SỰ'], 'Số: 12/KH-BCHQS', 'Ban Chỉ huy Quân sự xã Đam Rông', 'stacked'],
  [['BỘ GIÁO DỤC VÀ ĐÀO TẠO'], 'Số: 12/KH-BGDĐT', 'Bộ Giáo dục và Đào tạo', 'tabs'],
  [['BỘ KHOA HỌC VÀ CÔNG NGHỆ', 'CỤC CHUYỂN ĐỔI SỐ QUỐC GIA'], 'Số: 12/KH-CĐSQG', 'Cục Chuyển đổi số quốc gia', 'side-by-side'],
  [['BỘ TÀI CHÍNH', 'THUẾ TỈNH LÂM ĐỒNG'], 'Số: 12/KH-TLĐO', 'Thuế tỉnh Lâm Đồng', 'tabs'],
  [['BỘ TÀI CHÍNH', 'KHO BẠC NHÀ NƯỚC'], 'Số: 12/KH-KBNN', 'Kho bạc Nhà nước', 'stacked'],
  // Courts and procuracies.
  [['TÒA ÁN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'], 'Số: 12/KH-TA', 'Tòa án nhân dân tỉnh Lâm Đồng', 'tabs'],
  [['VIỆN KIỂM SÁT NHÂN DÂN', 'TỈNH KHÁNH HÒA'], 'Số: 12/KH-VKS', 'Viện kiểm sát nhân dân tỉnh Khánh Hòa', 'side-by-side'],
  [['TÒA ÁN NHÂN DÂN TỐI CAO'], 'Số: 12/KH-TANDTC', 'Tòa án nhân dân tối cao', 'stacked'],
  // A body whose name ends in its level takes the place of the line above ("… TỈNH" under "SỞ Y TẾ TỈNH GIA LAI").
  [['SỞ Y TẾ TỈNH GIA LAI', 'BỆNH VIỆN ĐA KHOA TỈNH'], 'Số: 12/KH-BVĐK', 'Bệnh viện Đa khoa tỉnh Gia Lai', 'tabs'],
  [['UBND TỈNH LÂM ĐỒNG', 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH'], 'Số: 12/KH-BQL', 'Ban Quản lý các khu công nghiệp tỉnh Lâm Đồng', 'side-by-side'],
];

describe('issuer header variants', () => {
  for (const [left, numberLine, name, layout] of cases) {
    it(`${left.join(' / ')} (${layout}) → ${name}`, async () => {
      expect(await issuerOf(left, numberLine, layout)).toBe(name);
    });
  }
});

/** The Youth Union prints its own name on the right, as the Party does (Hướng dẫn of the Trung ương Đoàn). */
const UNION_RIGHT = 'ĐOÀN TNCS HỒ CHÍ MINH';

describe('more header forms', () => {
  const named = async (lines: string[]) => (await recordFromText([...lines, ...REST].join('\n'))).issuer?.name;
  const cases: Array<[string[], string]> = [
    [[`BCH ĐOÀN TỈNH GIA LAI          ${UNION_RIGHT}`, '***', `Số 12-KH/TĐTN          ${PLACE_DATE}`], 'Ban Chấp hành Đoàn tỉnh Gia Lai'],
    [[UNION_RIGHT, PLACE_DATE, 'TỈNH ĐOÀN LÂM ĐỒNG', '***', 'Số 12-KH/TĐTN'], 'Tỉnh đoàn Lâm Đồng'],
    [['TỈNH ĐOÀN LÂM ĐỒNG ĐOÀN TNCS HỒ CHÍ MINH', '***', 'Số 12-KH/TĐTN'], 'Tỉnh đoàn Lâm Đồng'],
    [['ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH', '*', 'Số 12-KH/ĐU'], 'Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng'],
    [['CÔNG AN TỈNH LÂM ĐỒNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHÒNG CẢNH SÁT GIAO THÔNG\t\tĐộc lập - Tự do - Hạnh phúc', `Số: 12/KH-PC08\t\t${PLACE_DATE}`], 'Phòng Cảnh sát giao thông Công an tỉnh Lâm Đồng'],
    [['SỞ NỘI VỤ TỈNH LÂM ĐỒNG ___________', 'Số: 12/KH-SNV', ...STATE_RIGHT, PLACE_DATE], 'Sở Nội vụ tỉnh Lâm Đồng'],
    // Stops OCR reads from specks after a line's last word; a comma at a line's end goes on with the name.
    [['UBND TỈNH BÌNH THUẬN...', 'HIỆP HỘI DOANH NGHIỆP.', 'Số: 12/KH-HHDN', ...STATE_RIGHT, PLACE_DATE], 'Hiệp hội Doanh nghiệp tỉnh Bình Thuận'],
    [['ỦY BAN NHÂN DÂN.', 'TỈNH LÂM ĐỒNG', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    [['UBND TP. HỒ CHÍ MINH', 'SỞ VĂN HÓA,', 'THỂ THAO VÀ DU LỊCH', 'Số: 12/KH-SVHTTDL', ...STATE_RIGHT, PLACE_DATE], 'Sở Văn hóa, Thể thao và Du lịch Thành phố Hồ Chí Minh'],
    [['VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO', 'Số: 12/KH-VKSTC', ...STATE_RIGHT, PLACE_DATE], 'Viện kiểm sát nhân dân tối cao'],
    [['UBND TỈNH LÂM ĐỒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ TÀI CHÍNH          Độc lập - Tự do - Hạnh phúc', `Số: 12/STC-NS          ${PLACE_DATE}`, 'V/v triển khai kế hoạch năm 2025'], 'Sở Tài chính tỉnh Lâm Đồng'],
  ];
  for (const [lines, name] of cases) {
    it(`${lines[0]} … → ${name}`, async () => {
      expect(await named(lines)).toBe(name);
    });
  }
});

describe('an abbreviation in the header, written out even where the document writes its own name with it', () => {
  const withBody = async (sentence: string) =>
    (await recordFromText([...header(['ỦY BAN MTTQ VIỆT NAM', 'XÃ ĐỨC TRỌNG', 'BAN THƯỜNG TRỰC'], 'Số: 12/KH-MTTQ-BTT', 'tabs'), 'KẾ HOẠCH', 'Tuyên truyền năm 2025', sentence, 'I. MỤC ĐÍCH'].join('\n'))).issuer?.name;
  it('written out when the sentences name the Front in full', async () => {
    expect(await withBody('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã ban hành kế hoạch như sau:')).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Đức Trọng');
  });
  it('written out when the sentences name the body with it (one body, one name across documents)', async () => {
    expect(await withBody('Ban Thường trực Ủy ban MTTQ Việt Nam xã ban hành kế hoạch như sau:')).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Đức Trọng');
  });
});

/**
 * Issue 17: headers decided by the conventions, not by one file — central committees of the Front
 * and the mass organisations (their Điều lệ), the Party's central office (Hướng dẫn 36-HD/VPTW),
 * the Youth Union's right column, a body under a Party committee, abbreviations and stray marks,
 * a council's term line, and a place named after a person (Nghị định 30/2020, Phụ lục II).
 */
describe('issue 17: header forms by convention', () => {
  const named = async (lines: string[]) => (await recordFromText([...lines, ...REST].join('\n'))).issuer?.name;
  const cases: Array<[string[], string]> = [
    // "ỦY BAN TRUNG ƯƠNG" awaits the organisation it serves on the next line.
    [['ỦY BAN TRUNG ƯƠNG', 'MẶT TRẬN TỔ QUỐC VIỆT NAM', 'Số: 12/KH-MTTW', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    [['ỦY BAN TRUNG ƯƠNG', 'MẶT TRẬN TỔ QUỐC VIỆT NAM', 'BAN THƯỜNG TRỰC', 'Số: 12/KH-MTTW-BTT', ...STATE_RIGHT, PLACE_DATE], 'Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    [['TRUNG ƯƠNG HỘI LIÊN HIỆP', 'PHỤ NỮ VIỆT NAM', 'Số: 12/KH-ĐCT', ...STATE_RIGHT, PLACE_DATE], 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam'],
    // A council the Central Committee heads is no organisation it serves.
    [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'HỘI ĐỒNG LÝ LUẬN TRUNG ƯƠNG', '*', 'Số 12-HD/HĐLLTW', ...PARTY_RIGHT, PLACE_DATE], 'Hội đồng Lý luận Trung ương'],
    // Under the Youth Union's name on the right, the Central Committee is the Union's; a committee keeps the organisation it names.
    [['BAN CHẤP HÀNH TRUNG ƯƠNG', '***', 'Số 12-KH/TWĐTN', UNION_RIGHT, PLACE_DATE], 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    [['BCH ĐOÀN TNCS HỒ CHÍ MINH', 'TỈNH GIA LAI', '***', 'Số 12-KH/TĐTN', UNION_RIGHT, PLACE_DATE], 'Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Gia Lai'],
    [[`BCH ĐOÀN TNCS HỒ CHÍ MINH          ${UNION_RIGHT}`, 'TỈNH GIA LAI', '***', `Số 12-KH/TĐTN          ${PLACE_DATE}`], 'Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Gia Lai'],
    // The Party's central office printed without "ĐẢNG" is still the Văn phòng Trung ương Đảng.
    [['VĂN PHÒNG TRUNG ƯƠNG', '*', 'Số 12-HD/VPTW', ...PARTY_RIGHT, PLACE_DATE], 'Văn phòng Trung ương Đảng'],
    // A body of a Party committee that names its place: the đảng bộ above the committee is no part of the name.
    [['ĐẢNG BỘ TỈNH GIA LAI', 'ĐẢNG ỦY XÃ IA GRAI', 'BAN XÂY DỰNG ĐẢNG', '*', 'Số 12-HD/BXDĐ', ...PARTY_RIGHT, PLACE_DATE], 'Ban Xây dựng Đảng Đảng ủy xã Ia Grai'],
    // Abbreviations of the committee word, and a slash with spaces round it between two lines' words.
    [['UB MTTQ VIỆT NAM', 'TỈNH GIA LAI', 'Số: 12/KH-MTTQ', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai'],
    [['UBMTTQ VIỆT NAM', 'XÃ IA GRAI', 'Số: 12/KH-MTTQ', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Ia Grai'],
    [['TỈNH ỦY GIA LAI', 'UBKT', '*', 'Số 12-KH/UBKTTU', ...PARTY_RIGHT, PLACE_DATE], 'Ủy ban Kiểm tra Tỉnh ủy Gia Lai'],
    [['BAN THƯỜNG TRỰC / ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI', 'Số: 12/KH-MTTQ-BTT', ...STATE_RIGHT, PLACE_DATE], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai'],
    // A council's term and session under its name.
    [['HỘI ĐỒNG NHÂN DÂN', 'TỈNH GIA LAI', 'KHÓA XII, KỲ HỌP THỨ 5', 'Số: 12/2025/NQ-HĐND', ...STATE_RIGHT, PLACE_DATE], 'Hội đồng nhân dân tỉnh Gia Lai'],
    // A place named after a person takes a capital on its unit word (Phụ lục II: "Thành phố Hồ Chí Minh").
    [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ', 'MINH', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    // … and its committee, the cơ quan chủ quản of a department, is left out of the department's name as any province's is.
    [['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 12/KH-SGDĐT', ...STATE_RIGHT, PLACE_DATE], 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh'],
    [['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NỘI VỤ', 'Số: 12/KH-SNV', ...STATE_RIGHT, PLACE_DATE], 'Sở Nội vụ Thành phố Hồ Chí Minh'],
    // Ministries' names wrapped mid-name, decided by the language (a line ending in VÀ or opening no body).
    [['BỘ TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG', 'Số: 12/2024/TT-BTNMT', ...STATE_RIGHT, PLACE_DATE], 'Bộ Tài nguyên và Môi trường'],
    [['BỘ GIAO THÔNG', 'VẬN TẢI', 'Số: 12/KH-BGTVT', ...STATE_RIGHT, PLACE_DATE], 'Bộ Giao thông vận tải'],
    // A council of a central body under it, named as its law names it.
    [['TÒA ÁN NHÂN DÂN TỐI CAO', 'HỘI ĐỒNG THẨM PHÁN', 'Số: 01/2025/NQ-HĐTP', ...STATE_RIGHT, PLACE_DATE], 'Hội đồng Thẩm phán Tòa án nhân dân tối cao'],
    [['BỘ NÔNG NGHIỆP VÀ MÔI', 'TRƯỜNG', 'Số: 12/2025/TT-BNNMT', ...STATE_RIGHT, PLACE_DATE], 'Bộ Nông nghiệp và Môi trường'],
    [['BỘ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH', 'Số: 12/KH-BVHTTDL', ...STATE_RIGHT, PLACE_DATE], 'Bộ Văn hóa, Thể thao và Du lịch'],
  ];
  for (const [lines, name] of cases) {
    it(`${lines.slice(0, 3).join(' / ')} … → ${name}`, async () => {
      expect(await named(lines)).toBe(name);
    });
  }
  it('keeps a Party committee’s standing body on the left when the Party’s name is on its line', async () => {
    expect(await named(['TỈNH ỦY GIA LAI', `BAN THƯỜNG VỤ          ${PARTY_RIGHT[0]}`, '*', `Số 12-KH/TU          ${PLACE_DATE}`])).toBe('Ban Thường vụ Tỉnh ủy Gia Lai');
  });
});

describe('issue 17: the issuer a header-less document states in its enacting sentence', () => {
  const inferred = async (sentence: string) =>
    (await recordFromText(['Hà Nội, ngày 5 tháng 3 năm 2024', 'THÔNG TƯ', 'Quy định về quản lý', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', sentence, 'Chương I', 'Điều 1. Phạm vi điều chỉnh'].join('\n'))).issuer;
  const cases: Array<[string, string]> = [
    ['Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Nội vụ ban hành Thông tư liên tịch hướng dẫn.', 'Bộ Tài chính và Bộ Nội vụ'],
    ['Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc ban hành Thông tư hướng dẫn.', 'Ủy ban Dân tộc'],
    ['Tổng Kiểm toán nhà nước ban hành Quyết định quy định.', 'Kiểm toán nhà nước'],
    ['Hội đồng Thẩm phán Tòa án nhân dân tối cao ban hành Nghị quyết hướng dẫn.', 'Hội đồng Thẩm phán Tòa án nhân dân tối cao'],
    ['Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định.', 'Bộ Nông nghiệp và Môi trường'],
    // A local body takes the province of the place line.
    ['Ủy ban nhân dân thành phố ban hành Quyết định quy định giá đất.', 'Ủy ban nhân dân thành phố Hà Nội'],
  ];
  for (const [sentence, name] of cases) {
    it(`${sentence.split(' ban hành')[0]} → ${name}, sent to review`, async () => {
      expect(await inferred(sentence)).toMatchObject({ name, review: true, reason: 'inferred-from-body' });
    });
  }
});

describe('issue 17: a header-less legal text whose title cites a document with its date', () => {
  it('takes the cited date wrapped onto the title’s next line for the title’s, not the document’s date', async () => {
    const r = await recordFromText(
      ['THÔNG TƯ', 'Sửa đổi, bổ sung một số điều của Thông tư số 12/2020/TT-BTC', 'ngày 5 tháng 3 năm 2020 của Bộ trưởng Bộ Tài chính quy định', 'về quản lý phí', 'Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;', 'Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi.', 'Điều 1. Sửa đổi'].join('\n'),
    );
    expect(r.date).toBeNull();
    expect(r.title?.value).toBe('Sửa đổi, bổ sung một số điều của Thông tư số 12/2020/TT-BTC ngày 5 tháng 3 năm 2020 của Bộ trưởng Bộ Tài chính quy định về quản lý phí');
    expect(r.issuer).toMatchObject({ name: 'Bộ Tài chính', review: true });
  });
  it('keeps a header-less document’s own date line', async () => {
    const r = await recordFromText(['THÔNG TƯ', 'Quy định về quản lý phí', 'ngày 5 tháng 3 năm 2020', 'Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;', 'Điều 1. Phạm vi'].join('\n'));
    expect(r.date?.iso).toBe('2020-03-05');
  });
});


describe('the enacting sentence on long runs of spaces', () => {
  it('a layout text gap of thousands of spaces is not split every way between the subject and its space (5 s before)', async () => {
    const { SELF_STATEMENT } = await import('../../data/issuers.js');
    let found: RegExpExecArray[] = [];
    // CPU time, about 6 ms (wall time on a loaded machine is many times that).
    expect(cpuMsOf(() => (found = [...`${' '.repeat(4000)}Bộ trưởng Bộ Tài chính ban hành Thông tư quy định`.matchAll(SELF_STATEMENT)]))).toBeLessThan(500);
    expect(found.map((m) => m[1]!.trim())).toEqual(['Bộ trưởng Bộ Tài chính']);
  });
});
