import { describe, expect, it } from 'vitest';
import { recordFromText } from '../helpers.js';

const cite = async (body: string) => (await recordFromText(`KẾ HOẠCH\nTuyên truyền\n${body}`)).citations;

describe('citations', () => {
  it('reads type, canonical number, date and issuer, and resolves later short mentions', async () => {
    const c = await cite('Thực hiện Chỉ thị số 03- CT/TW ngày 19/5/2021 của Ban Bí thư về tăng cường; sau đó Chỉ thị số 03-CT/TW được quán triệt. Theo Chỉ thị sổ 28/CT-TTg ngày 26 tháng 10 năm 2021 của Thủ tướng Chính phủ về việc.');
    expect(c.map((x) => [x.type, x.number, x.date, x.issuer, x.relation, x.mentions.length])).toEqual([
      ['Chỉ thị', '03-CT/TW', '2021-05-19', 'Ban Bí thư', 'implements', 2],
      ['Chỉ thị', '28/CT-TTg', '2021-10-26', 'Thủ tướng Chính phủ', 'refers', 1],
    ]);
  });

  it('types relations from the words before the citation', async () => {
    const c = await cite('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\nBãi bỏ Quyết định số 15/QĐ-UBND ngày 01/01/2021.\nSửa đổi, bổ sung Thông tư số 01/2011/TT-BNV.');
    expect(c.map((x) => [x.number, x.relation])).toEqual([
      ['30/2020/NĐ-CP', 'pursuant'],
      ['15/QĐ-UBND', 'repeals'],
      ['01/2011/TT-BNV', 'amends'],
    ]);
  });

  it('an item that opens a clause after ";" shares the relation of the list it continues', async () => {
    const c = await cite('Thực hiện Thông tư số 93/2025/TT-BTC ngày 13/10/2025; Kế hoạch số 37-KH/TU ngày 25/10/2021 của Tỉnh ủy; và Chỉ thị số 05-CT/TU;\nCăn cứ Luật Đất đai; xét đề nghị của Sở Tư pháp tại Tờ trình số 12/TTr-STP.');
    expect(c.map((x) => [x.number, x.relation])).toEqual([
      ['93/2025/TT-BTC', 'implements'],
      ['37-KH/TU', 'implements'],
      ['05-CT/TU', 'implements'],
      [null, 'pursuant'], // Luật Đất đai, cited by name
      ['12/TTr-STP', 'refers'],
    ]);
  });

  it('reads through line wraps of a PDF: a type name split over two lines, a relation verb on the line before', async () => {
    const c = await cite('- Tạo sự thống nhất về triển khai các nội\ndung Cuộc vận động theo Chỉ thị số 03-CT/TW ngày 19/5/2021;\n- Thực hiện hiệu quả Nghị\nquyết số 35/NQ-CP ngày 16/5/2016 về doanh nghiệp.\nQuyết định số 15/QĐ-UBND được ban hành.');
    expect(c.map((x) => [x.type, x.number, x.relation])).toEqual([
      ['Chỉ thị', '03-CT/TW', 'implements'],
      ['Nghị quyết', '35/NQ-CP', 'implements'],
      // A line that starts with a capital starts a new clause: the verbs above do not reach it.
      ['Quyết định', '15/QĐ-UBND', 'refers'],
    ]);
  });

  it('ends a cited issuer before the addressees of a công văn', async () => {
    const c = await cite('V/v triển khai Hướng dẫn số 46/HD-BCA-C04 ngày 05/12/2025 của Bộ Công an\nKính gửi: Công an các xã, phường');
    expect(c.map((x) => [x.number, x.issuer])).toEqual([['46/HD-BCA-C04', 'Bộ Công an']]);
  });

  it('keeps the comma between paired verbs inside a law name, not a comma that ends it', async () => {
    const c = await cite('Căn cứ Luật Phòng, chống ma túy; Luật An toàn, vệ sinh lao động; Luật Đầu tư, các sở triển khai.');
    expect(c.map((x) => x.name)).toEqual(['Luật Phòng, chống ma túy', 'Luật An toàn, vệ sinh lao động', 'Luật Đầu tư']);
  });

  it('a law named up to a comma or "và" of its own name is the law the document names in full, with or without its number', async () => {
    const c = await cite('Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15;\nCăn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật ngày 29 tháng 6 năm 2006;\nĐiều 1. Quy định chi tiết Điều 85 Luật Trật tự, an toàn giao thông đường bộ về quỹ; quy chuẩn theo Luật Tiêu chuẩn và quy chuẩn kỹ thuật; Luật Đầu tư và Luật Đầu tư công.');
    expect(c.map((x) => x.number ?? x.name)).toEqual(['36/2024/QH15', 'Luật Tiêu chuẩn và quy chuẩn kỹ thuật', 'Luật Đầu tư', 'Luật Đầu tư công']);
    expect(c[0]!.mentions).toHaveLength(2);
  });

  it('ends a law named in a list before the next document type: the number after that type is its own', async () => {
    const c = await cite('Căn cứ Luật Công chứng 2024, Quyết định số 1178/QĐ-BTP ngày 28/6/2023 của Bộ trưởng Bộ Tư pháp; hướng dẫn thi hành Luật Công chứng, Quyết định số 1178/QĐ-BTP; Luật Đất đai, Nghị định 102/2024/NĐ-CP.');
    expect(c.map((x) => [x.type, x.number ?? x.name])).toEqual([
      ['Luật', 'Luật Công chứng'], ['Quyết định', '1178/QĐ-BTP'], ['Luật', 'Luật Đất đai'], ['Nghị định', '102/2024/NĐ-CP'],
    ]);
  });

  it('ends a law name at a table cell border of exported text', async () => {
    const c = await cite('1 | Luật sửa đổi, bổ sung một số điều của Luật Thủ đô | Chính phủ | Ủy ban Pháp luật | Phiên họp tháng 9/2025\n2 | Luật Đường bộ | Bộ Xây dựng | 2026');
    expect(c.map((x) => x.name)).toEqual(['Luật sửa đổi, bổ sung một số điều của Luật Thủ đô', 'Luật Đường bộ']);
  });

  it('keeps the comma of law names that pair two words with one', async () => {
    const c = await cite('Thực hiện theo quy định của Luật Cán bộ, công chức và Luật Quản lý, sử dụng tài sản công; Luật Thi đua, khen thưởng, Luật Tín ngưỡng, tôn giáo.');
    expect(c.map((x) => x.name)).toEqual(['Luật Cán bộ, công chức', 'Luật Quản lý, sử dụng tài sản công', 'Luật Thi đua, khen thưởng', 'Luật Tín ngưỡng, tôn giáo']);
  });

  it('keeps a sub-unit written after a dot in a symbol, not a sentence’s full stop', async () => {
    const c = await cite('Theo đề nghị tại Báo cáo số 04/BC-LĐVTCT.LĐ ngày 02/11/2025 và Tờ trình số 12/TTr-SNV. Sở Nội vụ đã thẩm định.');
    expect(c.map((x) => x.number)).toEqual(['04/BC-LĐVTCT.LĐ', '12/TTr-SNV']);
  });

  it('finds laws named without a number, with their dates', async () => {
    const c = await cite('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019; phổ biến Luật bảo vệ người tiêu dùng.');
    expect(c.map((x) => [x.name, x.date])).toEqual([
      ['Luật Tổ chức chính quyền địa phương', '2015-06-19'],
      ['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22'],
    ]);
  });

  it('keeps a quoted campaign in the issuer and reads Party dates and joint numbers', async () => {
    const c = await cite('Thực hiện Kế hoạch số 329/KH-BCĐCVĐ ngày 5/5/2023 của Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Cao Bằng về triển khai; Quy chế số 05-QC/BTCTU-BDVTU ngày 01-10-1997; các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024.');
    expect(c[0]).toMatchObject({ number: '329/KH-BCĐCVĐ', issuer: 'Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Cao Bằng' });
    expect(c[1]).toMatchObject({ number: '05-QC/BTCTU-BDVTU', date: '1997-10-01' });
    expect(c.slice(2).map((x) => x.number)).toEqual(['1743/QĐ-BGTVT', '1744/QĐ-BGTVT']);
  });

  it('cites a numbered document whatever words name it, after the number label written small', async () => {
    const c = await cite('Sở Tư pháp nhận được Đơn đề nghị hợp nhất số 258/ĐĐN-ĐLS ngày 27/11/2025 của Đoàn Luật sư tỉnh Lâm Đồng; theo Hướng dân số 37/HD-BCA-C04 ngày 24/9/2025 của Bộ Công an; Phiếu chuyển số 12/PC-VP.');
    expect(c.map((x) => [x.type, x.number, x.date, x.issuer])).toEqual([
      ['Đơn đề nghị', '258/ĐĐN-ĐLS', '2025-11-27', 'Đoàn Luật sư tỉnh Lâm Đồng'], // ĐĐN: the code of a Đơn đề nghị
      ['Hướng dẫn', '37/HD-BCA-C04', '2025-09-24', 'Bộ Công an'], // the type misspelt; the symbol's code names it
      ['Phiếu chuyển', '12/PC-VP', null, null], // PC: the code of a Phiếu chuyển
    ]);
    // The header's own "Số:" label is no citation, nor a number without a symbol after "số".
    const own = await recordFromText('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/UBND-KT\nV/v họp\nKính gửi: Sở Tài chính\nĐề nghị dự họp tại phòng số 3, tài khoản số 1234.');
    expect(own.citations.map((x) => x.number)).toEqual([]);
  });

  it('cites a type and a number without its symbol when its date or issuer follows', async () => {
    const c = await cite('Theo Quyết định số 984 của Bộ Công an về phê duyệt Đề án; Nghị định 116 của Chính phủ; Quy chế số 3775 ngày 31/3/2025; tại Điều 5 Kế hoạch 2 năm.');
    expect(c.map((x) => [x.type, x.number, x.date, x.issuer])).toEqual([
      ['Quyết định', '984', null, 'Bộ Công an'],
      ['Nghị định', '116', null, 'Chính phủ'],
      ['Quy chế', '3775', '2025-03-31', null],
    ]);
  });

  it('reads a law cited with its year alone, with or without "năm"', async () => {
    const c = await cite('Căn cứ Luật Công chứng 2024 và Luật Đất đai năm 2013; Luật Tổ chức Chính phủ số 63/2025/QH15.');
    expect(c.map((x) => [x.name, x.number, x.date])).toEqual([
      ['Luật Công chứng', null, '2024'],
      ['Luật Đất đai', null, '2013'],
      ['Luật Tổ chức Chính phủ', '63/2025/QH15', null],
    ]);
  });
});

describe('an annex that names the document itself', () => {
  const letter = (numberLine: string) =>
    [
      'BỘ CÔNG AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', numberLine, 'V/v dự kiến kế hoạch đầu tư công', 'Hà Nội, ngày 16 tháng 12 năm 2025',
      'Kính gửi: Bộ Tài chính', 'Thực hiện Công văn số 1234/BCA-C04 ngày 01/12/2025 của Bộ Công an, Bộ Công an báo cáo như sau.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.',
      'PHỤ LỤC', '(Kèm theo Công văn số 5689/BCA-C04 ngày 16 tháng 12 năm 2025 của Bộ Công an)',
    ].join('\n');

  it('is no citation, and gives the number a header left blank', async () => {
    const r = await recordFromText(letter('Số: /BCA-C04'));
    expect(r.citations.map((c) => c.number)).toEqual(['1234/BCA-C04']);
    expect([r.number?.seq, r.number?.symbol]).toEqual(['5689', 'BCA-C04']);
    // Its evidence is the annex's heading.
    expect(r.number?.location?.lines?.[0]).toBe(12);
  });

  it('gives a Party number its running number alone, not its type', async () => {
    const party = ['TỈNH ỦY LÂM ĐỒNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số -KH/TU', 'Lâm Đồng, ngày 16 tháng 12 năm 2025', 'KẾ HOẠCH', 'thực hiện Chỉ thị số 12-CT/TW', 'Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'PHỤ LỤC', '(Kèm theo Kế hoạch số 36-KH/TU ngày 16 tháng 12 năm 2025 của Tỉnh ủy)'];
    const r = await recordFromText(party.join('\n'));
    expect([r.number?.seq, r.number?.symbol]).toEqual(['36', 'KH/TU']);
  });

  it('leaves a number read in the header as it is', async () => {
    const r = await recordFromText(letter('Số: 5689/BCA-C04'));
    expect(r.number?.seq).toBe('5689');
    expect(r.citations.map((c) => c.number)).toEqual(['1234/BCA-C04']);
  });
});
