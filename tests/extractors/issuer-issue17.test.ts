import { describe, expect, it } from 'vitest';
import { recordFromText } from '../helpers.js';

/**
 * Issue 17's readings, each checked as a convention with variants of its own (not the files it was
 * seen in): a place name after its unit word is a proper name; the Party's central bodies keep their
 * fixed names (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW); the motto run onto the issuer's line is no
 * part of it; issuer lines wrapped mid-name join by the language (a line ending in VÀ or "-", a line
 * opening no body); abbreviations written out; a header-less text's issuer from its enacting sentence.
 */
const STATE_RIGHT = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_RIGHT = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
const PLACE_DATE = 'Hà Nội, ngày 05 tháng 3 năm 2025';
const REST = ['KẾ HOẠCH', 'Tuyên truyền kỷ niệm ngày thành lập năm 2025', 'Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, đơn vị xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH', '1. Nội dung.'];
const named = async (lines: string[], rest = REST) => (await recordFromText([...lines, ...rest].join('\n'))).issuer?.name;
const cases: Array<[string[], string]> = [
  [['ỦY BAN NHÂN DÂN', 'XÃ LƯƠNG MINH', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân xã Lương Minh'],
  [['ỦY BAN NHÂN DÂN', 'PHƯỜNG BẮC CAM RANH', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân phường Bắc Cam Ranh'],
  [['ĐẢNG ỦY XÃ TÂN HỘI', '*', 'Số 12-KH/ĐU', ...PARTY_RIGHT, PLACE_DATE], 'Đảng ủy xã Tân Hội'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', '*', 'Số 12-HD/VPTW', ...PARTY_RIGHT, PLACE_DATE], 'Văn phòng Trung ương Đảng'],
  [['VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', '*', 'Số 12-HD/VPTW', ...PARTY_RIGHT, PLACE_DATE], 'Văn phòng Trung ương Đảng'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC TRUNG ƯƠNG', '*', 'Số 12-HD/BTCTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Tổ chức Trung ương'],
  [['BAN TỔ CHỨC TRUNG ƯƠNG', '*', 'Số 12-HD/BTCTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Tổ chức Trung ương'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG', '*', 'Số 12-HD/BTGDVTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Tuyên giáo và Dân vận Trung ương'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ỦY BAN KIỂM TRA TRUNG ƯƠNG', '*', 'Số 12-HD/UBKTTW', ...PARTY_RIGHT, PLACE_DATE], 'Ủy ban Kiểm tra Trung ương'],
  [['VĂN PHÒNG CHÍNH PHỦ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '          Độc lập - Tự do - Hạnh phúc', `Số: 12/CĐ-VPCP          ${PLACE_DATE}`], 'Văn phòng Chính phủ'],
  [['VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', `Số: 12/CĐ-VPCP`, PLACE_DATE], 'Văn phòng Chính phủ'],
  [['ỦY BAN THƯỜNG VỤ', 'QUỐC HỘI', 'Số: 12/2025/UBTVQH15', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban Thường vụ Quốc hội'],
  [['ỦY BAN THƯỜNG VỤ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'QUỐC HỘI          Độc lập - Tự do - Hạnh phúc', `Số: 12/2025/UBTVQH15          ${PLACE_DATE}`], 'Ủy ban Thường vụ Quốc hội'],
  [['BỘ NÔNG NGHIỆP VÀ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'MÔI TRƯỜNG          Độc lập - Tự do - Hạnh phúc', `Số: 12/2025/TT-BNNMT          ${PLACE_DATE}`], 'Bộ Nông nghiệp và Môi trường'],
  [['BỘ NÔNG NGHIỆP VÀ', 'MÔI TRƯỜNG', 'Số: 12/2025/TT-BNNMT', ...STATE_RIGHT, PLACE_DATE], 'Bộ Nông nghiệp và Môi trường'],
  [['BỘ KẾ HOẠCH VÀ', 'ĐẦU TƯ', 'Số: 12/2025/TT-BKHĐT', ...STATE_RIGHT, PLACE_DATE], 'Bộ Kế hoạch và Đầu tư'],
  [['ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA -', 'VŨNG TÀU', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'],
  [['BCH ĐOÀN TỈNH LÂM ĐỒNG', '***', 'Số 12-KH/TĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH', PLACE_DATE], 'Ban Chấp hành Đoàn tỉnh Lâm Đồng'],
  [['ỦY BAN NHÂN DÂN', 'THỊ TRẤN LIÊN NGHĨA', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân thị trấn Liên Nghĩa'],
  [['ĐẢNG ỦY PHƯỜNG', 'XUÂN HƯƠNG - ĐÀ LẠT', '*', 'Số 12-KH/ĐU', ...PARTY_RIGHT, PLACE_DATE], 'Đảng ủy phường Xuân Hương - Đà Lạt'],
];
describe('issue 17: issuer readings by convention', () => {
  for (const [lines, name] of cases) it(`${lines.slice(0, 2).join(' / ')} → ${name}`, async () => { expect(await named(lines)).toBe(name); });
  it('a Central Committee header signed T/M BAN BÍ THƯ is the Ban Bí thư', async () => {
    const r = await recordFromText(['BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'Số 12-CT/TW', ...PARTY_RIGHT, PLACE_DATE, 'CHỈ THỊ', 'về tăng cường công tác', 'Nội dung chỉ thị.', 'T/M BAN BÍ THƯ', 'Trần Cẩm Tú'].join('\n'));
    expect(r.issuer?.name).toBe('Ban Bí thư');
  });
  const headerless = async (sentence: string, type = 'THÔNG TƯ') => (await recordFromText([type, 'Quy định về quản lý', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', sentence, 'Chương I', 'Điều 1. Phạm vi điều chỉnh'].join('\n'))).issuer?.name;
  it('Bộ trưởng Bộ Tài chính ban hành Thông tư → Bộ Tài chính', async () => expect(await headerless('Theo đề nghị của Vụ trưởng Vụ Pháp chế;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định.')).toBe('Bộ Tài chính'));
  it('Chính phủ ban hành Nghị định → Chính phủ', async () => expect(await headerless('Theo đề nghị của Bộ trưởng Bộ Nội vụ;\nChính phủ ban hành Nghị định quy định.', 'NGHỊ ĐỊNH')).toBe('Chính phủ'));
  it('Thủ tướng Chính phủ ban hành Quyết định → Thủ tướng Chính phủ', async () => expect(await headerless('Theo đề nghị của Bộ trưởng Bộ Nội vụ;\nThủ tướng Chính phủ ban hành Quyết định quy định.', 'QUYẾT ĐỊNH')).toBe('Thủ tướng Chính phủ'));
  it('Thống đốc Ngân hàng Nhà nước Việt Nam ban hành → the bank', async () => expect(await headerless('Theo đề nghị của Vụ trưởng Vụ Pháp chế;\nThống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư quy định.')).toBe('Ngân hàng Nhà nước Việt Nam'));
  it('Ủy ban Thường vụ Quốc hội ban hành Nghị quyết → itself', async () => expect(await headerless('Ủy ban Thường vụ Quốc hội ban hành Nghị quyết quy định.', 'NGHỊ QUYẾT')).toBe('Ủy ban Thường vụ Quốc hội'));
  it('Ủy ban nhân dân tỉnh … ban hành Kế hoạch → itself', async () => expect(await headerless('Ủy ban nhân dân tỉnh Lâm Đồng ban hành Kế hoạch thực hiện như sau:', 'KẾ HOẠCH')).toBe('Ủy ban nhân dân tỉnh Lâm Đồng'));
});

/**
 * The enacting sentence of a header-less legal text names its issuer by the official who signs for
 * the body (Nghị định 30/2020 Phụ lục I; Luật ban hành VBQPPL): a minister, a chief justice, a
 * procurator general, a general director for the body he heads, the Tổng Thanh tra or Tổng Kiểm toán
 * whose title is the body's name with "Tổng" before it; the Quốc hội, the Chính phủ, a council in
 * their own name.
 */
const headerlessOf = async (sentence: string, type = 'THÔNG TƯ') => (await recordFromText([type, 'Quy định về quản lý', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', sentence, 'Chương I', 'Điều 1. Phạm vi điều chỉnh'].join('\n'))).issuer?.name;
const selfStatements: Array<[string, string, string]> = [
  ['Theo đề nghị của Vụ trưởng Vụ Pháp chế;\nTổng Thanh tra Chính phủ ban hành Thông tư quy định.', 'THÔNG TƯ', 'Thanh tra Chính phủ'],
  ['Theo đề nghị của Vụ trưởng Vụ Pháp chế;\nChánh án Tòa án nhân dân tối cao ban hành Thông tư quy định.', 'THÔNG TƯ', 'Tòa án nhân dân tối cao'],
  ['Viện trưởng Viện kiểm sát nhân dân tối cao ban hành Thông tư quy định.', 'THÔNG TƯ', 'Viện kiểm sát nhân dân tối cao'],
  ['Quốc hội ban hành Luật Đất đai.', 'LUẬT', 'Quốc hội'],
  ['Quốc hội ban hành Nghị quyết về sắp xếp.', 'NGHỊ QUYẾT', 'Quốc hội'],
  ['Theo đề nghị của Tổng Giám đốc;\nTổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành Quyết định quy định.', 'QUYẾT ĐỊNH', 'Bảo hiểm xã hội Việt Nam'],
  ['Theo đề nghị của Vụ trưởng Vụ Pháp chế;\nBộ trưởng Bộ Xây dựng ban hành Thông tư sửa đổi, bổ sung một số định mức.', 'THÔNG TƯ', 'Bộ Xây dựng'],
  ['Theo đề nghị của Vụ trưởng Vụ Pháp chế,\nBộ trưởng Bộ Y tế ban hành Thông tư bãi bỏ Thông tư số 31/2015/TT-BYT.', 'THÔNG TƯ', 'Bộ Y tế'],
  ['Theo đề nghị của Bộ trưởng Bộ Nội vụ;\nChính phủ ban hành Nghị định quy định.', 'NGHỊ ĐỊNH', 'Chính phủ'],
  ['Theo đề nghị của Bộ trưởng Bộ Nội vụ,\nThủ tướng Chính phủ ban hành Quyết định quy định.', 'QUYẾT ĐỊNH', 'Thủ tướng Chính phủ'],
  ['Hội đồng nhân dân tỉnh Lâm Đồng ban hành Nghị quyết quy định.', 'NGHỊ QUYẾT', 'Hội đồng nhân dân tỉnh Lâm Đồng'],
  ['Bộ trưởng Bộ Quốc phòng ban hành Thông tư quy định.', 'THÔNG TƯ', 'Bộ Quốc phòng'],
  ['Tổng Kiểm toán nhà nước ban hành Quy định.', 'QUYẾT ĐỊNH', 'Kiểm toán nhà nước'],
];
describe('issue 17: a header-less text’s issuer from its enacting sentence, every kind of head', () => {
  for (const [s, t, n] of selfStatements) it(`${s.slice(-60)} → ${n}`, async () => { expect(await headerlessOf(s, t)).toBe(n); });
});
