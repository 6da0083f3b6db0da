import { describe, expect, it } from 'vitest';
import { recordFromText } from '../helpers.js';

/**
 * More of issue 17's conventions, each with variants written from them (not from a development file):
 * the Party's central bodies by their fixed names (Quy định 66-QĐ/TW; Hướng dẫn 36-HD/VPTW), issuer
 * lines wrapped mid-name (a line ending in VÀ, a comma or "-", or one opening no body, goes on with
 * the line above), abbreviations written out (UBND, MTTQ, LĐLĐ, LHPN, BCH), a stray slash between two
 * lines of one name, and a header-less text's issuer from its enacting sentence.
 */
const STATE_RIGHT = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_RIGHT = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
const PLACE_DATE = 'Đà Lạt, ngày 05 tháng 3 năm 2025';
const REST = ['KẾ HOẠCH', 'Tuyên truyền kỷ niệm ngày thành lập năm 2025', 'Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, đơn vị xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH', '1. Nội dung.'];
const named = async (lines: string[]) => (await recordFromText([...lines, ...REST].join('\n'))).issuer?.name;

const cases: Array<[string[], string]> = [
  // The Party's central bodies under the Central Committee's line, and alone.
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN DÂN VẬN TRUNG ƯƠNG', '*', 'Số 12-HD/BDVTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Dân vận Trung ương'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN NỘI CHÍNH TRUNG ƯƠNG', '*', 'Số 12-HD/BNCTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Nội chính Trung ương'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN ĐỐI NGOẠI TRUNG ƯƠNG', '*', 'Số 12-HD/BĐNTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Đối ngoại Trung ương'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN CHÍNH SÁCH, CHIẾN LƯỢC', 'TRUNG ƯƠNG', '*', 'Số 12-HD/BCSCLTW', ...PARTY_RIGHT, PLACE_DATE], 'Ban Chính sách, chiến lược Trung ương'],
  [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG ỦY CÁC CƠ QUAN', 'ĐẢNG TRUNG ƯƠNG', '*', 'Số 12-HD/ĐU', ...PARTY_RIGHT, PLACE_DATE], 'Đảng ủy các cơ quan Đảng Trung ương'],
  // Wrapped lines of a ministry's or department's name.
  [['BỘ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH', 'Số: 12/KH-BVHTTDL', ...STATE_RIGHT, PLACE_DATE], 'Bộ Văn hóa, Thể thao và Du lịch'],
  [['BỘ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI', 'Số: 12/KH-LĐTBXH', ...STATE_RIGHT, PLACE_DATE], 'Bộ Lao động - Thương binh và Xã hội'],
  [['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'SỞ NÔNG NGHIỆP VÀ', 'MÔI TRƯỜNG', 'Số: 12/KH-SNNMT', ...STATE_RIGHT, PLACE_DATE], 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng'],
  [['UBND TỈNH LÂM ĐỒNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 12/KH-SKHCN', ...STATE_RIGHT, PLACE_DATE], 'Sở Khoa học và Công nghệ tỉnh Lâm Đồng'],
  // Abbreviations written out.
  [['UBND TỈNH LÂM ĐỒNG', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân tỉnh Lâm Đồng'],
  [['UBND XÃ TÂN HỘI', 'Số: 12/KH-UBND', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban nhân dân xã Tân Hội'],
  [['ỦY BAN MTTQ VIỆT NAM', 'TỈNH LÂM ĐỒNG', 'Số: 12/KH-MTTQ-BTT', ...STATE_RIGHT, PLACE_DATE], 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng'],
  [['LĐLĐ TỈNH LÂM ĐỒNG', 'Số: 12/KH-LĐLĐ', ...STATE_RIGHT, PLACE_DATE], 'Liên đoàn Lao động tỉnh Lâm Đồng'],
  [['HỘI LHPN TỈNH LÂM ĐỒNG', 'Số: 12/KH-HPN', ...STATE_RIGHT, PLACE_DATE], 'Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng'],
  // A stray slash or hyphen at a wrapped line's end.
  [['BAN THƯỜNG TRỰC /', 'ỦY BAN MTTQ VIỆT NAM', 'TỈNH LÂM ĐỒNG', 'Số: 12/KH-MTTQ-BTT', ...STATE_RIGHT, PLACE_DATE], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng'],
  [['UBND TỈNH LÂM ĐỒNG', 'SỞ LAO ĐỘNG -', 'THƯƠNG BINH VÀ XÃ HỘI', 'Số: 12/KH-SLĐTBXH', ...STATE_RIGHT, PLACE_DATE], 'Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng'],
  [['BCH ĐOÀN XÃ TÂN HỘI', '***', 'Số 12-KH/ĐTN', 'ĐOÀN TNCS HỒ CHÍ MINH', PLACE_DATE], 'Ban Chấp hành Đoàn xã Tân Hội'],
];

describe('issue 17: more issuer readings by convention', () => {
  for (const [lines, name] of cases) it(`${lines.slice(0, 3).join(' / ')} → ${name}`, async () => { expect(await named(lines)).toBe(name); });
});

const headerlessOf = async (sentence: string, type = 'QUYẾT ĐỊNH') => (await recordFromText([type, 'Quy định về quản lý', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', sentence, 'Điều 1. Phạm vi điều chỉnh'].join('\n'))).issuer?.name;
const selfStatements: Array<[string, string, string]> = [
  ['Ủy ban nhân dân tỉnh Lâm Đồng ban hành Quyết định quy định.', 'QUYẾT ĐỊNH', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
  ['Theo đề nghị của Giám đốc Sở Tài chính;\nỦy ban nhân dân tỉnh Lâm Đồng ban hành Quyết định quy định.', 'QUYẾT ĐỊNH', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
  ['Hội đồng nhân dân thành phố Hà Nội ban hành Nghị quyết quy định.', 'NGHỊ QUYẾT', 'Hội đồng nhân dân thành phố Hà Nội'],
  ['Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư quy định.', 'THÔNG TƯ', 'Bộ Khoa học và Công nghệ'],
  ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Thông tư quy định.', 'THÔNG TƯ', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng ban hành Kế hoạch thực hiện như sau:', 'KẾ HOẠCH', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng'],
  ['Ban Thường vụ Tỉnh ủy Lâm Đồng ban hành Quy định như sau:', 'QUY ĐỊNH', 'Ban Thường vụ Tỉnh ủy Lâm Đồng'],
];
describe('issue 17: enacting sentences of local bodies and ministries with "và" or a comma', () => {
  for (const [s, t, n] of selfStatements) it(`${s.slice(-70)} → ${n}`, async () => { expect(await headerlessOf(s, t)).toBe(n); });
});
