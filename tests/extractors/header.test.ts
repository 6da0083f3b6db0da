import { describe, expect, it } from 'vitest';
import { recordFromText } from '../helpers.js';

const BODY = 'Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư, Sở Thông tin và Truyền thông xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Nội dung.';

describe('header from flattened text', () => {
  it('reads a State header with interleaved columns', async () => {
    const r = await recordFromText(
      ['UBND TỈNH CAO BẰNG', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 12/KH-SVHTTDL', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Cao Bằng, ngày 05 tháng 5 năm 2023', '', 'KẾ HOẠCH', 'Triển khai Cuộc vận động', 'năm 2023', '', BODY].join('\n'),
    );
    expect(r.docType?.code).toBe('KH');
    expect(r.number).toMatchObject({ seq: '12', symbol: 'KH-SVHTTDL', system: 'state' });
    expect(r.place?.value).toBe('Cao Bằng');
    expect(r.date).toMatchObject({ year: 2023, month: 5, day: 5, iso: '2023-05-05' });
    expect(r.issuer?.lines).toEqual(['UBND TỈNH CAO BẰNG', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH']);
    expect(r.issuer?.name).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng');
    expect(r.title?.value).toBe('Triển khai Cuộc vận động năm 2023');
  });

  it('reads the right column first and the date before the number', async () => {
    const r = await recordFromText(
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 3 tháng 11 năm 2025', 'CHÍNH PHỦ', 'Số: 285/2025/NĐ-CP', 'NGHỊ ĐỊNH', 'BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ', 'Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;'].join('\n'),
    );
    expect(r.docType?.code).toBe('NĐ');
    expect(r.number).toMatchObject({ seq: '285', symbol: '2025/NĐ-CP' });
    expect(r.issuer?.name).toBe('Chính phủ');
    expect(r.title?.value).toBe('BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ');
    expect(r.citations.map((c) => c.number)).toEqual(['63/2025/QH15']);
  });

  it('reads a Party header without a colon after Số', async () => {
    const r = await recordFromText(
      ['TỈNH ỦY QUẢNG NINH', 'BAN TUYÊN GIÁO', '*', 'Số 36-HD/BTGTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Ninh, ngày 16 tháng 5 năm 2022', 'HƯỚNG DẪN', 'Tuyên truyền kỷ niệm', BODY].join('\n'),
    );
    expect(r.number).toMatchObject({ seq: '36', symbol: 'HD/BTGTU', system: 'party' });
    expect(r.docType?.code).toBe('HD');
    expect(r.issuer?.name).toBe('Ban Tuyên giáo Tỉnh ủy Quảng Ninh');
  });

  it('ends the title at "Điều 1." when no rule or preamble separates them', async () => {
    const r = await recordFromText(['BỘ TÀI CHÍNH', 'Số: 93/2025/TT-BTC', 'THÔNG TƯ', 'Sửa đổi một số điều', 'Điều 1. Phạm vi điều chỉnh'].join('\n'));
    expect(r.title?.value).toBe('Sửa đổi một số điều');
  });

  it('keeps the symbol of an unnumbered draft and the blanks of its date', async () => {
    const r = await recordFromText(['Số:     /KH - STTTT', 'Thái Nguyên, ngày tháng 02 năm 2022', 'KẾ HOẠCH', 'Tuyên truyền năm 2022', BODY].join('\n'));
    expect(r.number).toMatchObject({ seq: null, symbol: 'KH-STTTT' });
    expect(r.date).toMatchObject({ day: null, month: 2, year: 2022, iso: null });
    // Header lost: issuer from the body's own statement, province from the place line.
    expect(r.issuer?.name).toBe('Sở Thông tin và Truyền thông tỉnh Thái Nguyên');
    expect(r.issuer).toMatchObject({ review: true, reason: 'inferred-from-body' });
  });

  it('does not take a citation in the opening lines for the document number', async () => {
    const r = await recordFromText(['KẾ HOẠCH', 'thực hiện Chỉ thị số 03-CT/TW', 'Thực hiện Kế hoạch số 13-KH/TU của Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:'].join('\n'));
    expect(r.number).toBeNull();
    expect(r.citations.map((c) => c.number)).toEqual(['03-CT/TW', '13-KH/TU']);
  });

  it('reads a công văn subject and its addressees', async () => {
    const r = await recordFromText(
      ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'Số: 299/UBND-TTHC', 'V/v công bố Danh mục TTHC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Quảng Ngãi, ngày 15 tháng 01 năm 2025', 'Kính gửi:', '- Sở Giao thông vận tải;', '- Sở Nông nghiệp và Phát triển nông thôn.', 'Căn cứ Quyết định số 1743/QĐ-BGTVT ngày 31/12/2024 của Bộ trưởng Bộ Giao thông vận tải;'].join('\n'),
    );
    expect(r.docType?.code).toBe('CV');
    expect(r.title?.value).toBe('V/v công bố Danh mục TTHC');
    expect(r.addressees.map((a) => a.name)).toEqual(['Sở Giao thông vận tải', 'Sở Nông nghiệp và Phát triển nông thôn']);
    expect(r.issuer?.name).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
  });

  it('keeps a typed addressee heading that ends in a colon over its "+" sub-items (Nghị định 30/2020: "Kính gửi" lists)', async () => {
    const r = await recordFromText(
      ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 45/UBND-VX', 'V/v triển khai tiêm chủng', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Tĩnh, ngày 03 tháng 3 năm 2025', 'Kính gửi:', '- Giám đốc các Sở:', '+ Y tế;', '+ Tài chính;', '- Chủ tịch Ủy ban nhân dân các huyện, thành phố.', 'Thực hiện Công văn số 12/BYT-DP ngày 10/02/2025 của Bộ Y tế, Ủy ban nhân dân tỉnh đề nghị:'].join('\n'),
    );
    const names = r.addressees.map((a) => a.name);
    expect(names).toHaveLength(4);
    expect(names).toContain('Chủ tịch Ủy ban nhân dân các huyện, thành phố');
    expect(names.some((n) => /Tài chính/u.test(n))).toBe(true);
  });
});

describe('closing block', () => {
  it('separates Nơi nhận, brace groups and the signature in flattened text', async () => {
    const r = await recordFromText(
      ['KẾ HOẠCH', 'Tuyên truyền', BODY, 'Nơi nhận:', '- Thường trực BCĐ, } (để', '- Đ/c Trưởng Ban TGTU, } b/cáo)', '- UBND tỉnh (b/c);', '- Lưu VT, TT-TH.', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', '(Đã ký)', 'Phạm Thanh Học'].join('\n'),
    );
    expect(r.recipients.map((x) => [x.name, x.purpose])).toEqual([
      ['Thường trực BCĐ', '(để b/cáo)'],
      ['Đ/c Trưởng Ban TGTU', '(để b/cáo)'],
      ['UBND tỉnh (b/c)', '(b/c)'],
    ]);
    expect(r.archive?.value).toBe('Lưu VT, TT-TH.');
    expect(r.signer).toMatchObject({ name: 'Phạm Thanh Học', authority: 'KT', lines: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC'] });
  });

  it('leaves a Nơi nhận printed in a form of the annex after the signature to the form', async () => {
    const r = await recordFromText(
      ['NGHỊ ĐỊNH', 'Quy định chính sách hỗ trợ', BODY, 'TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Lê Văn A', 'PHỤ LỤC', '(Kèm theo Nghị định số 1/2025/NĐ-CP)', 'Mẫu số 02', 'QUYẾT ĐỊNH', 'Nơi nhận:', '- Như Điều ....;', '- Lưu: VT, (6).', 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ'].join('\n'),
    );
    expect(r.recipients).toEqual([]);
    expect(r.archive).toBeNull();
    expect(r.signer).toMatchObject({ name: 'Lê Văn A', authority: 'TM' });
  });

  it('maps State and Party authorities and leaves ranks out of the name', async () => {
    const signed = async (lines: string[]) => (await recordFromText(['KẾ HOẠCH', 'Tuyên truyền', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...lines].join('\n'))).signer;
    expect(await signed(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A'])).toMatchObject({ authority: 'TM', name: 'Nguyễn Văn A' });
    expect(await signed(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Thông'])).toMatchObject({ authority: 'TM' });
    expect(await signed(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Nguyễn Quốc Việt'])).toMatchObject({ authority: 'TL' });
    expect(await signed(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Thượng tướng Phạm Hoài Nam'])).toMatchObject({ name: 'Phạm Hoài Nam' });
    expect(await signed(['GIÁM ĐỐC', 'Đỗ Xuân Hòa'])).toMatchObject({ authority: null, lines: ['GIÁM ĐỐC'], name: 'Đỗ Xuân Hòa' });
  });
});

/**
 * Titles wrapped over lines (tests/eval/gold/README.md: a title word broken by a line end is rejoined
 * without a space, other breaks join with one; a trích yếu never ends in a colon, so a title line that
 * does goes on with what it introduces).
 */
describe('titles wrapped by the conventions', () => {
  const titleOf = async (title: string[]) =>
    (await recordFromText(['BỘ Y TẾ', 'Số: 12/2025/TT-BYT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 5 tháng 3 năm 2025', 'THÔNG TƯ', ...title, 'Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;', 'Điều 1. Phạm vi'].join('\n'))).title?.value;
  it('rejoins a syllable cut after its first consonants', async () => {
    expect(await titleOf(['QUY ĐỊNH CHẾ ĐỘ ĐỐI VỚI T', 'ỪNG LOẠI GIÁM ĐỊNH'])).toBe('QUY ĐỊNH CHẾ ĐỘ ĐỐI VỚI TỪNG LOẠI GIÁM ĐỊNH');
    expect(await titleOf(['QUY ĐỊNH VỀ QUẢN LÝ NH', 'À Ở CÔNG VỤ'])).toBe('QUY ĐỊNH VỀ QUẢN LÝ NHÀ Ở CÔNG VỤ');
  });
  it('keeps the space after a whole word, a number or an abbreviation', async () => {
    expect(await titleOf(['QUY ĐỊNH VỀ HẠNG B', 'VÀ HẠNG C'])).toBe('QUY ĐỊNH VỀ HẠNG B VÀ HẠNG C');
    expect(await titleOf(['HƯỚNG DẪN CHẾ ĐỘ Y', 'TẾ CƠ SỞ'])).toBe('HƯỚNG DẪN CHẾ ĐỘ Y TẾ CƠ SỞ');
  });
  it('goes on after a title line ending in a colon', async () => {
    expect(await titleOf(['Quy định liên thông nhóm thủ tục hành chính:', 'Đăng ký khai sinh - đăng ký thường trú', 'và cấp thẻ bảo hiểm y tế'])).toBe(
      'Quy định liên thông nhóm thủ tục hành chính: Đăng ký khai sinh - đăng ký thường trú và cấp thẻ bảo hiểm y tế',
    );
  });
});
