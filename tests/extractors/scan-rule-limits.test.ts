import { describe, expect, it } from 'vitest';
import { scannedPage } from '../helpers.js';
import { extractRecord } from '../../extractors/index.js';
import { normalizeDocument } from '../../normalizers/index.js';

/** Variants written from the conventions (Nghị định 30/2020): where the scan header rules must not fire. */
const read = (text: string) => extractRecord(normalizeDocument(scannedPage(text)), { asOf: '2026-01-01' });

describe('a section heading of a scanned letter is no type line', () => {
  // Headings numbered `1/`, `I-`, `a/` are as common as `1.` (no speck: a number or letter with its sign).
  it.each(['1/ KẾ HOẠCH TRIỂN KHAI', 'I- KẾ HOẠCH TRIỂN KHAI', 'a/ THÔNG BÁO KẾT QUẢ'])('%s', (heading) => {
    const letter = ['L|ỦY BAN NHÂN DÂN', 'L|TỈNH BÌNH THUẬN', 'L|Số: 12/UBND-VX', 'R|Phan Thiết, ngày 24 tháng 10 năm 2025', 'L|V/v triển khai công tác năm 2026', 'Kính gửi: Các sở, ban, ngành', heading, 'Các đơn vị xây dựng kế hoạch của mình.'].join('\n');
    const record = read(letter);
    expect(record.docType?.code).toBe('CV');
    expect(record.title?.value).toBe('V/v triển khai công tác năm 2026');
  });
});

describe('a legitimate code one letter longer than the named body’s is left as read', () => {
  // Bodies add a level's letter to a code (a commune's steering board: BCĐX, a district's: BCĐH).
  const plan = (issuer: string[], numberLine: string) =>
    [...issuer.map((l) => `L|${l}`), 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'R|Độc lập - Tự do - Hạnh phúc', `L|${numberLine}`, 'R|Đà Lạt, ngày 5 tháng 3 năm 2026', 'KẾ HOẠCH', 'Tổ chức hội nghị sơ kết công tác quý I', 'Thực hiện chương trình công tác năm 2026, đơn vị xây dựng kế hoạch như sau.'].join('\n');
  it.each([
    [['UBND XÃ AN PHÚ', 'BAN CHỈ ĐẠO'], 'Số: 05/KH-BCĐX', 'KH-BCĐX'],
    [['UBND HUYỆN ĐỨC TRỌNG', 'BAN CHỈ ĐẠO'], 'Số: 05/KH-BCĐH', 'KH-BCĐH'],
  ])('%j %s', (issuer, numberLine, symbol) => {
    expect(read(plan(issuer, numberLine)).number).toMatchObject({ symbol });
  });
});

describe('the first-person name of a quoted đơn does not sign an official letter', () => {
  it('a scanned reply to a citizen whose block’s name was not read names no signer from the quote', () => {
    const letter = ['L|ỦY BAN NHÂN DÂN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|HUYỆN ĐỨC TRỌNG', 'R|Độc lập - Tự do - Hạnh phúc', 'L|Số: 512/UBND-TD', 'R|Đức Trọng, ngày 24 tháng 10 năm 2025', 'L|V/v trả lời đơn của công dân', 'Kính gửi: Ông Nguyễn Văn Bình, thôn 2, xã Hiệp An', 'Ủy ban nhân dân huyện nhận được đơn của ông với nội dung như sau:', 'Tôi là Nguyễn Văn Bình, trú tại thôn 2, xã Hiệp An, đề nghị cấp giấy chứng nhận.', 'Qua kiểm tra, Ủy ban nhân dân huyện trả lời như sau.', 'L|Nơi nhận:', 'L|- Như trên;', 'L|- Lưu: VT.', 'R|TM. ỦY BAN NHÂN DÂN', 'R|KT. CHỦ TỊCH', 'R|PHÓ CHỦ TỊCH', 'R|?|„'].join('\n');
    expect(read(letter).signer?.name ?? null).not.toBe('Nguyễn Văn Bình');
  });
});

describe('a title’s wrapped line of a term, a period or a place name is kept though read unsurely', () => {
  const decision = (second: string) =>
    ['L|ỦY BAN NHÂN DÂN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|TỈNH ĐẮK LẮK', 'R|Độc lập - Tự do - Hạnh phúc', 'L|Số: 2735/QĐ-UBND', 'R|Buôn Ma Thuột, ngày 24 tháng 10 năm 2023', 'QUYẾT ĐỊNH', '?|Về việc phê duyệt kế hoạch phát triển giai đoạn', `?|${second}`, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', '- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', 'QUYẾT ĐỊNH:', 'Điều 1. Phê duyệt kế hoạch.'].join('\n');
  it.each(['2021-2025', 'Krông Búk'])('%s', (second) => {
    expect(read(decision(second)).title?.value).toBe(`Về việc phê duyệt kế hoạch phát triển giai đoạn ${second}`);
  });
});
