import { describe, expect, it } from 'vitest';
import { scannedPage } from '../helpers.js';
import { extractRecord } from '../../extractors/index.js';
import { normalizeDocument } from '../../normalizers/index.js';

/**
 * Variants written from the conventions (Nghị định 30/2020; a person's đơn and personal forms):
 * readings weaker than their field's ordinary evidence keep their doubt through calibration, and
 * the scan rules for đơn and type lines stay inside the parts of the layout they belong to.
 */
const read = (text: string) => extractRecord(normalizeDocument(scannedPage(text)), { asOf: '2026-01-01' });

describe('a date standing alone over the signature stays doubted after calibration', () => {
  // A personal form is dated at its end, over "Người khai"; the filler often leaves the place blank.
  const form = (dateLine: string) =>
    [
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'R|Độc lập - Tự do - Hạnh phúc',
      'BẢN KHAI THÀNH TÍCH',
      '1) Họ và tên: Trần Văn Bình',
      '2) Đơn vị công tác: Trường Tiểu học An Phú',
      '3) Thành tích đạt được trong năm học: hoàn thành xuất sắc nhiệm vụ',
      // The form's questions, answered, fill its pages: the end is far from the header.
      ...Array.from({ length: 50 }, (_, i) => `${i + 4}) Câu hỏi của mẫu: Không`),
      `R|${dateLine}`,
      'R|Người khai',
      'R|(Ký tên, ghi rõ họ tên)',
      'R|Trần Văn Bình',
    ].join('\n');

  it('is less sure than the same date after its place, and is reviewed', () => {
    const alone = read(form('ngày 10 tháng 11 năm 2025')).date!;
    const placed = read(form('An Phú, ngày 10 tháng 11 năm 2025')).date!;
    expect(alone.iso).toBe('2025-11-10');
    expect(alone.confidence).toBeLessThan(placed.confidence);
    expect(alone.review).toBe(true);
  });
});

describe('a đơn’s signer named only by the form stays doubted after calibration', () => {
  // A đơn is signed under "Người làm đơn", the name written by hand (seldom read by OCR); printed
  // under the block it is surer than stated in the form's own field or in the first person.
  const application = (closing: string[], field: string) =>
    [
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'R|Độc lập - Tự do - Hạnh phúc',
      'R|Bảo Lộc, ngày 3 tháng 9 năm 2025',
      'ĐƠN XIN XÁC NHẬN',
      'Kính gửi: Ủy ban nhân dân phường 1',
      field,
      'Nay tôi làm đơn này kính đề nghị Ủy ban nhân dân phường xác nhận.',
      'Tôi xin chân thành cảm ơn!',
      ...closing,
    ].join('\n');

  it.each(['Họ và tên: Nguyễn Thị Lan', 'Tôi tên là: NGUYỄN THỊ LAN, sinh năm 1979'])('%s', (field) => {
    const stated = read(application(['R|Người làm đơn', 'R|(Ký và ghi rõ họ tên)'], field)).signer!;
    const printed = read(application(['R|Người làm đơn', 'R|(Ký và ghi rõ họ tên)', 'R|Nguyễn Thị Lan'], field)).signer!;
    expect(stated.name).toBe('Nguyễn Thị Lan');
    expect(printed.name).toBe('Nguyễn Thị Lan');
    expect(stated.confidence).toBeLessThan(printed.confidence);
    expect(stated.review).toBe(true);
  });
});

describe('the first-person applicant signs only for a group of applicants, not for a public body', () => {
  // A commune's committee may send a đơn (ĐƠN ĐỀ NGHỊ …) quoting a citizen; under "TM. ỦY BAN NHÂN
  // DÂN" its chairman signs. The founders of a hội or a group of households sign through one of them.
  const application = (block: string[]) =>
    [
      'L|ỦY BAN NHÂN DÂN',
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'L|XÃ HIỆP AN',
      'R|Độc lập - Tự do - Hạnh phúc',
      'R|Hiệp An, ngày 12 tháng 5 năm 2025',
      'ĐƠN ĐỀ NGHỊ',
      'Hỗ trợ sửa chữa nhà ở cho hộ nghèo',
      'Kính gửi: Ủy ban nhân dân huyện Đức Trọng',
      'Ủy ban nhân dân xã nhận được ý kiến của hộ dân như sau:',
      'Tôi là Nguyễn Văn Bình, trú tại thôn 2, xã Hiệp An, nhà ở bị hư hỏng nặng.',
      'Ủy ban nhân dân xã kính đề nghị huyện xem xét hỗ trợ.',
      ...block,
    ].join('\n');

  it.each([[['R|TM. ỦY BAN NHÂN DÂN', 'R|CHỦ TỊCH', 'R|?|„']], [['R|TM. BAN THƯỜNG TRỰC', 'R|CHỦ TỊCH', 'R|?|„']]])('%j names no signer from the quote', (block) => {
    expect(read(application(block)).signer?.name ?? null).not.toBe('Nguyễn Văn Bình');
  });

  it.each([[['R|TM. CÁC HỘ DÂN', 'R|?|„']], [['R|TM. BAN VẬN ĐỘNG THÀNH LẬP HỘI', 'R|TRƯỞNG BAN', 'R|?|„']]])('%j is signed by the applicant who names themself', (block) => {
    expect(read(application(block)).signer?.name).toBe('Nguyễn Văn Bình');
  });
});

describe('a scan’s specked type line is looked for in the header, however many lines it has', () => {
  // The type line stands over the title, under the issuer block, the motto, the number and the
  // place/date: a three-level issuer and a receipt stamp read in between put it far down.
  const decision = (typeLine: string) =>
    [
      'L|ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      'R|ĐẢNG CỘNG SẢN VIỆT NAM',
      'L|ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
      'L|CHI BỘ VĂN PHÒNG',
      'L|*',
      'L|Số: 15-QĐ/CB',
      'R|Lâm Đồng, ngày 6 tháng 10 năm 2025',
      'L|?|ĐẾN',
      'L|?|Số: 1234',
      'L|?|Ngày: 7/10/2025',
      'L|?|Chuyển:',
      'L|?|Lưu hồ sơ số:',
      `?|${typeLine}`,
      'về việc kết nạp đảng viên',
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      'Điều 1. Kết nạp đồng chí Trần Văn Bình vào Đảng.',
    ].join('\n');

  it('drops the specks before it there', () => {
    const record = read(decision('„ ” QUYẾT ĐỊNH'));
    expect(record.docType?.code).toBe('QĐ');
    expect(record.title?.value).toMatch(/^về việc kết nạp đảng viên/i);
  });

  // Under a công văn's trích yếu and its "Kính gửi", capitals are the body's headings: no type line.
  const letter = (heading: string) =>
    ['L|ỦY BAN NHÂN DÂN', 'L|TỈNH LÂM ĐỒNG', 'L|Số: 512/UBND-VX', 'R|Đà Lạt, ngày 24 tháng 10 năm 2025', 'L|V/v triển khai công tác năm 2026', 'Kính gửi: Các sở, ban, ngành', `?|${heading}`, 'Các đơn vị xây dựng kế hoạch của mình.'].join('\n');

  it.each(['„ KẾ HOẠCH TRIỂN KHAI', '” THÔNG BÁO KẾT QUẢ'])('%s under Kính gửi is a heading of the letter', (heading) => {
    const record = read(letter(heading));
    expect(record.docType?.code).toBe('CV');
    expect(record.title?.value).toBe('V/v triển khai công tác năm 2026');
  });
});

describe('Nơi nhận whose dashes a scan lost', () => {
  // Nghị định 30/2020, Phụ lục I: each recipient on a line of its own, dashed, closed by ";" and
  // the last by "."; on a scan a dash under a stamp or at the margin is often not read.
  const decision = (items: string[]) =>
    ['L|ỦY BAN NHÂN DÂN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|TỈNH BÌNH THUẬN', 'L|Số: 2735/QĐ-UBND', 'R|Phan Thiết, ngày 24 tháng 10 năm 2003', 'QUYẾT ĐỊNH', 'Về việc cho phép thành lập Hiệp hội', 'Điều 1. Cho phép thành lập Hiệp hội.', 'Điều 2. Các ông Chánh Văn phòng và Thủ trưởng các cơ quan có liên quan thi hành quyết định này.', 'R|KT. CHỦ TỊCH', 'L|Nơi nhận:', 'R|PHÓ CHỦ TỊCH', ...items, 'R|Nguyễn Văn An'].join('\n');

  it('starts a new item after one closed by its mark, and passes over a speck', () => {
    const record = read(decision(['L|- Bộ Nội vụ (báo cáo);', 'L|Như Điều 2;', 'L|?|Ẩm', 'L|UBND các huyện, thành phố;', 'L|- Lưu: VT.']));
    expect(record.recipients.map((r) => r.name)).toEqual(['Bộ Nội vụ (báo cáo)', 'Như Điều 2', 'UBND các huyện, thành phố']);
  });

  it('still joins a wrapped item’s next line', () => {
    const record = read(decision(['L|- Bộ trưởng, các Thứ trưởng Bộ', 'L|Nội vụ (để báo cáo);', 'L|- Như Điều 2;', 'L|- Lưu: VT.']));
    expect(record.recipients.map((r) => r.name)).toEqual(['Bộ trưởng, các Thứ trưởng Bộ Nội vụ (để báo cáo)', 'Như Điều 2']);
  });
});
