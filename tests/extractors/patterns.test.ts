import { describe, expect, it } from 'vitest';
import { findDate } from '../../extractors/dates.js';
import { properCase } from '../../extractors/issuer.js';
import { locateHeader } from '../../extractors/layout.js';
import type { Line, NormalizedDocument } from '../../pipeline/core/model.js';
import { recordFromText } from '../helpers.js';

/**
 * Many small cases per pattern, each a way real files print the same thing: spaces inside
 * numbers, Đ read as D, en dashes, missing colons, ALL CAPS, Party and State forms, old codes.
 */

const BODY = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nI. MỤC ĐÍCH\n1. Nội dung.';

describe('the number line in a header', () => {
  const header = (numberLine: string) => ['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', numberLine, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 05 tháng 5 năm 2023', 'QUYẾT ĐỊNH', 'Về việc ban hành Quy chế', BODY].join('\n');
  const cases: Array<[string, string | null, string]> = [
    ['Số: 12/QĐ-UBND', '12', 'QĐ-UBND'],
    ['Số 12/QĐ-UBND', '12', 'QĐ-UBND'],
    // The slash lost (a scan): the symbol still opens with a type's code and names its issuer.
    ['Số: 12 QĐ-UBND', '12', 'QĐ-UBND'],
    ['Số: QĐ-UBND', null, 'QĐ-UBND'],
    ['SỐ: 12/QĐ-UBND', '12', 'QĐ-UBND'],
    ['Số:12/QĐ-UBND', '12', 'QĐ-UBND'],
    ['Số: 12 /QĐ - UBND', '12', 'QĐ-UBND'],
    ['Số: 12/QĐ–UBND', '12', 'QĐ-UBND'],
    ['Số: 12/QD-UBND', '12', 'QĐ-UBND'],
    ['Sổ: 12/QĐ-UBND', '12', 'QĐ-UBND'],
    ['Số: 1234/2011/QĐ-UBND', '1234', '2011/QĐ-UBND'],
    ['Số:      /QĐ-UBND', null, 'QĐ-UBND'],
    ['Số: ……/QĐ-UBND', null, 'QĐ-UBND'],
    ['Số: ...../QĐ-UBND', null, 'QĐ-UBND'],
  ];
  for (const [line, seq, symbol] of cases) {
    it(`reads "${line}"`, async () => {
      const r = await recordFromText(header(line));
      expect(r.number).toMatchObject({ seq, symbol });
      expect(r.docType?.code).toBe('QĐ');
    });
  }
});

describe('dates as printed', () => {
  const cases: Array<[string, number | null, number | null, number | null]> = [
    ['Hà Nội, ngày 05 tháng 01 năm 2021', 5, 1, 2021],
    ['Hà Nội, ngày 5 tháng 1 năm 2021', 5, 1, 2021],
    ['Hà Nội, ngày   tháng   năm 2021', null, null, 2021],
    ['Hà Nội, ngày … tháng … năm 2021', null, null, 2021],
    ['Hà Nội, ngày ..... tháng 02 năm 2021', null, 2, 2021],
    ['Hà Nội, ngày 31 tháng 12 năm 2011', 31, 12, 2011],
    ['ngày 19/5/2021', 19, 5, 2021],
    ['ngày 19-5-2021', 19, 5, 2021],
    ['ngày 19.5.2021', 19, 5, 2021],
    ['ngày 19 / 5 / 2021', 19, 5, 2021],
    ['NGÀY 19 THÁNG 5 NĂM 2021', 19, 5, 2021],
    ['ngày 32 tháng 13 năm 2021', null, null, 2021],
  ];
  for (const [text, day, month, year] of cases) {
    it(`reads "${text}"`, () => {
      expect(findDate(text)).toMatchObject({ day, month, year });
    });
  }
});

describe('place and date lines', () => {
  const header = (line: string) => ['BỘ TÀI CHÍNH', 'Số: 12/TT-BTC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', line, 'THÔNG TƯ', 'Hướng dẫn thực hiện', BODY].join('\n');
  const cases: Array<[string, string, string | null]> = [
    ['Hà Nội, ngày 05 tháng 01 năm 2021', 'Hà Nội', '2021-01-05'],
    ['TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2021', 'TP. Hồ Chí Minh', '2021-01-05'],
    ['Thành phố Hồ Chí Minh, ngày 5 tháng 1 năm 2021', 'Thành phố Hồ Chí Minh', '2021-01-05'],
    ['Buôn Ma Thuột, ngày 05 tháng 01 năm 2021', 'Buôn Ma Thuột', '2021-01-05'],
    ['Hà Nội , ngày 05 tháng 01 năm 2021', 'Hà Nội', '2021-01-05'],
    ['Hà Nội, ngày      tháng 01 năm 2021', 'Hà Nội', null],
    // A place named by a number after its unit word (ND 30/2020, Phụ lục II).
    ['Quận 1, ngày 05 tháng 01 năm 2021', 'Quận 1', '2021-01-05'],
    ['Phường 12, ngày 5 tháng 1 năm 2021', 'Phường 12', '2021-01-05'],
  ];
  for (const [line, place, iso] of cases) {
    it(`reads "${line}"`, async () => {
      const r = await recordFromText(header(line));
      expect(r.place?.value).toBe(place);
      expect(r.date?.iso ?? null).toBe(iso);
    });
  }
});

describe('signature authorities', () => {
  const signed = async (lines: string[]) =>
    (await recordFromText(['KẾ HOẠCH', 'Tuyên truyền', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...lines, 'Nguyễn Văn An'].join('\n'))).signer;
  const cases: Array<[string[], string | null, string[]]> = [
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'TM', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [['TM. UỶ BAN NHÂN DÂN', 'CHỦ TỊCH'], 'TM', ['TM. UỶ BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], 'TM', ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']],
    [['T/M TỈNH ỦY', 'PHÓ BÍ THƯ THƯỜNG TRỰC'], 'TM', ['T/M TỈNH ỦY', 'PHÓ BÍ THƯ THƯỜNG TRỰC']],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'KT', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [['KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'KT', ['KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [['KT CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'KT', ['KT CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'], 'KT', ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']],
    [['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ PHÁP CHẾ'], 'TL', ['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ PHÁP CHẾ']],
    [['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'], 'TL', ['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG']],
    [['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ'], 'TUQ', ['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ']],
    [['Q. GIÁM ĐỐC'], 'Q', ['Q. GIÁM ĐỐC']],
    [['KT. BỘ', 'TRƯỞNG', 'THỨ TRƯỞNG'], 'KT', ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']],
    [['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'], 'TM', ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG']],
    [['GIÁM ĐỐC'], null, ['GIÁM ĐỐC']],
    [['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], 'TM', ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH']],
    // A clerk's initials or pen marks kept by the text layer under the position: no word of it.
    [['KT.GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'VVV', 'LLL'], 'KT', ['KT.GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'HHH'], 'TM', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
  ];
  for (const [lines, authority, positions] of cases) {
    it(`reads ${lines.join(' / ')}`, async () => {
      expect(await signed(lines)).toMatchObject({ authority, lines: positions, name: 'Nguyễn Văn An' });
    });
  }
  it('does not take "(Đã ký)" or a rank for the name', async () => {
    expect(await signed(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Đã ký)'])).toMatchObject({ name: 'Nguyễn Văn An' });
    expect((await recordFromText(['KẾ HOẠCH', 'Tuyên truyền', BODY, 'Nơi nhận:', '- Như trên;', 'GIÁM ĐỐC', '(Đã ký)'].join('\n'))).signer).toMatchObject({ name: null, lines: ['GIÁM ĐỐC'] });
  });
});

describe('Nơi nhận items', () => {
  const recipients = async (items: string[]) => {
    const r = await recordFromText(['KẾ HOẠCH', 'Tuyên truyền', BODY, ...items, 'GIÁM ĐỐC', 'Nguyễn Văn An'].join('\n'));
    return { names: r.recipients.map((x) => x.name), purposes: r.recipients.map((x) => x.purpose), archive: r.archive?.value ?? null };
  };
  it('reads the heading with or without its colon, damaged or inline', async () => {
    for (const heading of ['Nơi nhận:', 'Nơi nhận', 'NƠI NHẬN:', 'Noi nhận:', 'Nơi nhân:']) {
      expect((await recipients([heading, '- Như trên;', '- UBND tỉnh;', '- Lưu: VT, VP.'])).names).toEqual(['Như trên', 'UBND tỉnh']);
    }
    expect((await recipients(['Nơi nhận: - Như trên;', '- UBND tỉnh;', '- Lưu: VT.'])).names).toEqual(['Như trên', 'UBND tỉnh']);
  });
  it('splits purposes off, inline and in brace groups', async () => {
    const r = await recipients(['Nơi nhận:', '- Bộ Tư pháp (để b/c);', '- TT Tỉnh ủy (b/c);', '- Sở Nội vụ, } (để', '- Sở Tài chính; } thực hiện)', '- Lưu: VT.']);
    expect(r.names).toEqual(['Bộ Tư pháp (để b/c)', 'TT Tỉnh ủy (b/c)', 'Sở Nội vụ', 'Sở Tài chính']);
    expect(r.purposes).toEqual(['(để b/c)', '(b/c)', '(để thực hiện)', '(để thực hiện)']);
  });
  it('keeps one item per dash, joins wrapped items and reads archive forms', async () => {
    const r = await recipients(['Nơi nhận:', '- Các bộ, cơ quan ngang bộ, cơ quan', 'thuộc Chính phủ;', '- Bộ trưởng, các thứ trưởng Bộ', 'NN&MT;', '- Công báo; Cổng TTĐT;', '+ Các sở, ban, ngành;', '• UBND các huyện;', '– Lưu: VT, KGVX (3b).']);
    expect(r.names).toEqual(['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Bộ trưởng, các thứ trưởng Bộ NN&MT', 'Công báo; Cổng TTĐT', 'Các sở, ban, ngành', 'UBND các huyện']);
    expect(r.archive).toBe('Lưu: VT, KGVX (3b).');
  });
  it('reads Party archive lines and a dash item that only finishes the one before', async () => {
    const r = await recipients(['Nơi nhận:', '- Các huyện ủy, thành ủy, đảng ủy', '- trực thuộc Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.']);
    expect(r.names).toEqual(['Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy']);
    expect(r.archive).toBe('Lưu Văn phòng Tỉnh ủy.');
  });
  it('"Lưu ý" in the body is not an archive line', async () => {
    const r = await recipients(['- Lưu ý: báo cáo đúng hạn.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    expect(r).toMatchObject({ names: ['Như trên'], archive: 'Lưu: VT.' });
  });
});

describe('citations in every written form', () => {
  const cite = async (sentence: string) => (await recordFromText(`KẾ HOẠCH\nTuyên truyền\n${sentence}\nI. MỤC ĐÍCH`)).citations;
  const cases: Array<[string, string, string | null, string | null]> = [
    ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ'],
    ['Căn cứ Nghị định số 30/2020/ND-CP ngày 05/3/2020 của Chính phủ;', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ'],
    ['Căn cứ Nghị định số 30 /2020/ NĐ- CP ngày 05/3/2020;', '30/2020/NĐ-CP', '2020-03-05', null],
    ['Căn cứ Nghị định số 30/2020/NĐ–CP ngày 5 tháng 3 năm 2020;', '30/2020/NĐ-CP', '2020-03-05', null],
    ['Căn cứ Nghị định 30/2020/NĐ-CP ngày 05-3-2020;', '30/2020/NĐ-CP', '2020-03-05', null],
    ['Căn cứ Nghị định số: 30/2020/NĐ-CP, ngày 05/3/2020 của Chính phủ;', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ'],
    ['Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII;', '18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương Đảng'],
    ['Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương;', '08-QĐi/TW', '2018-10-25', 'Ban Chấp hành Trung ương'],
    ['Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị;', '01-KL/TW', '2021-05-18', 'Bộ Chính trị'],
    ['Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 3/2/2022 của Ban Tuyên giáo Tỉnh ủy;', '12-HD/BTGTU', '2022-02-03', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Căn cứ Thông tư liên tịch số 01/2011/TTLT-BTC-BNV ngày 10/01/2011 của Bộ Tài chính và Bộ Nội vụ;', '01/2011/TTLT-BTC-BNV', '2011-01-10', 'Bộ Tài chính và Bộ Nội vụ'],
    ['Theo Công văn số 1234/UBND-VX ngày 12/5/2023 của UBND tỉnh về việc tuyên truyền.', '1234/UBND-VX', '2023-05-12', 'UBND tỉnh'],
    ['Thực hiện Kế hoạch số 234/KH-MTTQ-BTT ngày 3/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;', '234/KH-MTTQ-BTT', '2023-03-03', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh'],
    ['Thực hiện Chỉ thị số 28/CT-TTg ngày 26 tháng 10 năm 2021 của Thủ tướng Chính phủ,', '28/CT-TTg', '2021-10-26', 'Thủ tướng Chính phủ'],
    ['Căn cứ Quyết định số 1744/QĐ-\nBGTVT ngày 31/12/2024 của Bộ trưởng Bộ Giao thông vận tải;', '1744/QĐ-BGTVT', '2024-12-31', 'Bộ trưởng Bộ Giao thông vận tải'],
    ['Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015;', '83/2015/QH13', '2015-06-25', null],
    ['TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 03-CT/TW NGÀY 19/5/2021 CỦA BAN BÍ THƯ', '03-CT/TW', '2021-05-19', 'BAN BÍ THƯ'],
    // Unit codes joined with "&" or with a sub-unit in brackets; dates written 5/12/2024.
    ['Thực hiện Công văn số 215/SNV-CCHC&VTLT ngày 5/12/2024 của Sở Nội vụ;', '215/SNV-CCHC&VTLT', '2024-12-05', 'Sở Nội vụ'],
    ['Theo Tờ trình số 409/TTr-CAT(PC04) ngày 26/11/2025 của Công an tỉnh;', '409/TTr-CAT(PC04)', '2025-11-26', 'Công an tỉnh'],
    ['Thực hiện Công văn số 1413/CAT-PC04(Đ1) ngày 16/3/2026 của Công an tỉnh;', '1413/CAT-PC04(Đ1)', '2026-03-16', 'Công an tỉnh'],
    ['Thực hiện Hướng dẫn số 31-HD/BTCTW ngày 05/3/2025 của Ban Tổ chức Trung ương;', '31-HD/BTCTW', '2025-03-05', 'Ban Tổ chức Trung ương'],
    // A normative number typed with a hyphen for the slash before its type still cites.
    ['(sau đây gọi tắt Nghị định 126/2024-NĐ-CP ngày 08/10/2024 của Chính phủ).', '126/2024-NĐ-CP', '2024-10-08', 'Chính phủ'],
    // The issuer ends before a verb, a trích yếu (quoted, or capitalised) or a closing bracket.
    ['Thực hiện Công điện số 2003/CĐ-VPCP ngày 07/10/2025 của Văn phòng Chính phủ mời dự Hội nghị;', '2003/CĐ-VPCP', '2025-10-07', 'Văn phòng Chính phủ'],
    ['Theo Công văn số 3944/BTP-BTTP ngày 02/7/2025 của Bộ Tư pháp “V/v đề nghị hướng dẫn hợp nhất”;', '3944/BTP-BTTP', '2025-07-02', 'Bộ Tư pháp'],
    ['Nhận được Công văn số 1676/SNV-TCBC ngày 07/4/2026 của Sở Nội vụ đề nghị cho ý kiến.', '1676/SNV-TCBC', '2026-04-07', 'Sở Nội vụ'],
    ['Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ Quy định chi tiết một số điều;', '116/2021/NĐ-CP', '2021-12-21', 'Chính phủ'],
    // A narrative that dates the document before citing it, within its sentence.
    ['Ngày 12/06/2025, Quốc hội ban hành Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính.', '202/2025/QH15', '2025-06-12', null],
    ['Căn cứ tình hình thực tế, ngày 31/7/2025, Sở Tư pháp đã có Công văn số 223/STP-BTTP về việc hợp nhất.', '223/STP-BTTP', '2025-07-31', null],
    ['Đến ngày 10 tháng 9 năm 2025 Sở Nội vụ có Văn bản số 1364/SNV-TCBC gửi Sở Tư pháp.', '1364/SNV-TCBC', '2025-09-10', null],
    ['Thực hiện Quyết định số 12/QĐ-TTg ngày 05/3/2025 của Thủ tướng Chính phủ Ban hành tiêu chí xác định địa bàn;', '12/QĐ-TTg', '2025-03-05', 'Thủ tướng Chính phủ'],
    ['Căn cứ Tờ trình số 20/TTr-ĐLS ngày 03/10/2025 của Đoàn Luật sư tỉnh Lâm Đồng xin ý kiến về Đề án;', '20/TTr-ĐLS', '2025-10-03', 'Đoàn Luật sư tỉnh Lâm Đồng'],
    // A law's name with its number in brackets is the one law, cited by its number.
    ['theo Luật Tổ chức chính quyền địa phương (tại Điều 17, Luật số 72/2025/QH15): “Nhiệm vụ”.', '72/2025/QH15', null, null],
    ['Căn cứ Luật Đất đai (Luật số 31/2024/QH15) ngày 18/01/2024;', '31/2024/QH15', null, null],
    // The type written as its code before the number (ND 30/2020, Phụ lục III codes).
    ['Căn cứ QĐ 75/QĐ-UBND ngày 12/01/2025 của UBND tỉnh;', '75/QĐ-UBND', '2025-01-12', 'UBND tỉnh'],
    ['Thực hiện KH số 12-KH/TU ngày 5/12/2024 của Ban Thường vụ Tỉnh ủy;', '12-KH/TU', '2024-12-05', 'Ban Thường vụ Tỉnh ủy'],
  ];
  for (const [sentence, number, date, issuer] of cases) {
    it(`reads ${JSON.stringify(sentence.slice(0, 70))}`, async () => {
      const c = await cite(sentence);
      expect(c.map((x) => x.number)).toEqual([number]);
      expect(c[0]).toMatchObject({ date, ...(issuer ? { issuer } : {}) });
    });
  }

  it('types a number by the code written before it', async () => {
    const c = await cite('Theo CV số 45/SNV-VP ngày 12/3/2025 của Sở Nội vụ; TB 12/TB-UBND ngày 3/3/2025.');
    expect(c.map((x) => [x.type, x.number])).toEqual([['Công văn', '45/SNV-VP'], ['Thông báo', '12/TB-UBND']]);
  });

  it('gives a date said once "cùng ngày" to every document listed before it', async () => {
    const c = await cite('Căn cứ Quyết định số 1234/QĐ-UBND, Quyết định số 1235/QĐ-UBND và số 1236/QĐ-UBND cùng ngày 5/12/2024 của UBND tỉnh;');
    expect(c.map((x) => [x.number, x.date, x.issuer])).toEqual([
      ['1234/QĐ-UBND', '2024-12-05', 'UBND tỉnh'],
      ['1235/QĐ-UBND', '2024-12-05', 'UBND tỉnh'],
      ['1236/QĐ-UBND', '2024-12-05', 'UBND tỉnh'],
    ]);
    // A date of its own stops the sharing: the earlier one keeps none but its own.
    const d = await cite('Căn cứ Quyết định số 1234/QĐ-UBND ngày 1/12/2024 và Quyết định số 1235/QĐ-UBND cùng ngày 5/12/2024 của UBND tỉnh;');
    expect(d.map((x) => [x.number, x.date])).toEqual([
      ['1234/QĐ-UBND', '2024-12-01'],
      ['1235/QĐ-UBND', '2024-12-05'],
    ]);
  });

  it('does not date a document from a narrative date that belongs to another', async () => {
    const c = await cite('Ngày 5/3/2025, Sở Tư pháp có Công văn số 12/STP-VP gửi Sở Nội vụ và Sở Nội vụ có Công văn số 34/SNV-VP trả lời.');
    expect(c.map((x) => [x.number, x.date])).toEqual([['12/STP-VP', '2025-03-05'], ['34/SNV-VP', null]]);
  });

  it('types each relation from the words before the citation', async () => {
    const relations: Array<[string, string]> = [
      ['Căn cứ Nghị định số 30/2020/NĐ-CP;', 'pursuant'],
      ['Căn cứ vào Nghị định số 30/2020/NĐ-CP;', 'pursuant'],
      ['Thực hiện Chỉ thị số 03-CT/TW;', 'implements'],
      ['Triển khai Kế hoạch số 37-KH/TU;', 'implements'],
      ['Thi hành Luật số 63/2025/QH15;', 'implements'],
      ['Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP.', 'amends'],
      ['Quyết định này thay thế Quyết định số 15/QĐ-UBND.', 'replaces'],
      ['Bãi bỏ Thông tư số 01/2011/TT-BNV.', 'repeals'],
      ['Hủy bỏ Quyết định số 15/QĐ-UBND.', 'repeals'],
      ['Quyết định số 15/QĐ-UBND hết hiệu lực.', 'refers'],
      ['Theo đề nghị tại Tờ trình số 12/TTr-STP.', 'refers'],
    ];
    for (const [sentence, relation] of relations) expect([sentence, (await cite(sentence))[0]?.relation]).toEqual([sentence, relation]);
  });

  it('reads laws by name with a full date, a numeric one or the year alone', async () => {
    const laws: Array<[string, string, string | null]> = [
      ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Luật Tổ chức chính quyền địa phương', '2015-06-19'],
      ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015;', 'Luật Ban hành văn bản quy phạm pháp luật', '2015-06-22'],
      ['theo quy định của Luật Tố tụng hành chính năm 2015 và các văn bản', 'Luật Tố tụng hành chính', '2015'],
      ['Căn cứ Bộ luật Lao động ngày 20/11/2019;', 'Bộ luật Lao động', '2019-11-20'],
      ['Căn cứ Luật Đất đai;', 'Luật Đất đai', null],
      ['Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;', 'Pháp lệnh Ưu đãi người có công với cách mạng', '2020-12-09'],
    ];
    for (const [sentence, name, date] of laws) expect((await cite(sentence)).map((c) => [c.name, c.date])).toEqual([[name, date]]);
    expect((await cite('Căn cứ Luật Tổ chức Chính phủ, Luật Tổ chức chính quyền địa phương ngày 19/6/2015;')).map((c) => [c.name, c.date])).toEqual([
      ['Luật Tổ chức Chính phủ', null],
      ['Luật Tổ chức chính quyền địa phương', '2015-06-19'],
    ]);
  });

  it('resolves later short mentions and does not count the document itself', async () => {
    const r = await recordFromText(['BỘ TÀI CHÍNH', 'Số: 12/2024/TT-BTC', 'THÔNG TƯ', 'Hướng dẫn', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;', 'Thông tư số 12/2024/TT-BTC hướng dẫn Nghị định số 30/2020/NĐ-CP như sau:', 'Điều 1. Theo Nghị định 30/2020/NĐ-CP, số 30/2020/NĐ-CP.'].join('\n'));
    expect(r.citations.map((c) => [c.number, c.mentions.length])).toEqual([['30/2020/NĐ-CP', 4]]);
  });
});

describe("a school's name line in sentence case", () => {
  // ND 30/2020, Phụ lục II: a school's kind and field take a capital on each phrase's first word,
  // the person or place it is named after a capital on every syllable.
  const cases: Array<[string, string]> = [
    ['TRƯỜNG ĐẠI HỌC ĐÀ LẠT', 'Trường Đại học Đà Lạt'],
    ['TRƯỜNG THPT CHU VĂN AN', 'Trường THPT Chu Văn An'],
    ['TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN', 'Trường THPT chuyên Lê Quý Đôn'],
    ['TRƯỜNG MẦM NON HOA SEN', 'Trường Mầm non Hoa Sen'],
    ['TRƯỜNG TIỂU HỌC KIM ĐỒNG', 'Trường Tiểu học Kim Đồng'],
    ['TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI', 'Trường Đại học Sư phạm Hà Nội'],
    ['TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT LÂM ĐỒNG', 'Trường Cao đẳng Kinh tế - Kỹ thuật Lâm Đồng'],
    ['TRƯỜNG CAO ĐẲNG Y TẾ LÂM ĐỒNG', 'Trường Cao đẳng Y tế Lâm Đồng'],
    ['TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN', 'Trường Đại học Khoa học Xã hội và Nhân văn'],
    ['TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ LÊ LỢI', 'Trường Tiểu học và Trung học cơ sở Lê Lợi'],
    ['TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TỈNH LÂM ĐỒNG', 'Trường Phổ thông Dân tộc nội trú tỉnh Lâm Đồng'],
    // "và" stays lower case in a name; a second school's name is cased as its own.
    ['TRƯỜNG TIỂU HỌC VÀ THCS ĐẠ SAR', 'Trường Tiểu học và THCS Đạ Sar'],
    ['TRƯỜNG MẦM NON HOA SEN VÀ TRƯỜNG TIỂU HỌC KIM ĐỒNG', 'Trường Mầm non Hoa Sen và Trường Tiểu học Kim Đồng'],
    ['TRƯỜNG THPT TRƯỜNG CHINH', 'Trường THPT Trường Chinh'],
    // The place after its unit word stays the place's; a body that is not a school is unchanged.
    ['TRƯỜNG THCS XÃ LƯƠNG MINH', 'Trường THCS xã Lương Minh'],
    ['TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG', 'Trường Chính trị tỉnh Lâm Đồng'],
    ['TRUNG TÂM Y TẾ HUYỆN ĐỨC TRỌNG', 'Trung tâm Y tế huyện Đức Trọng'],
  ];
  for (const [line, name] of cases) {
    it(`cases ${line}`, () => {
      expect(properCase(line)).toBe(name);
    });
  }
});

describe('issuer from the header, in every system', () => {
  const issuerOf = async (lines: string[]) => (await recordFromText([...lines, 'KẾ HOẠCH', 'Tuyên truyền năm 2023', BODY].join('\n'))).issuer;
  const cases: Array<[string[], string]> = [
    [['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân tỉnh Cao Bằng'],
    [['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ', 'Số: 12/KH-SNV'], 'Sở Nội vụ tỉnh Cao Bằng'],
    [['UBND HUYỆN HÒA AN', 'PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Số: 12/KH-PVHTT'], 'Phòng Văn hóa và Thông tin huyện Hòa An'],
    [['TỈNH ỦY CAO BẰNG', '*', 'Số 12-KH/TU'], 'Tỉnh ủy Cao Bằng'],
    [['TỈNH ỦY CAO BẰNG', 'BAN TUYÊN GIÁO', '*', 'Số 12-KH/BTGTU'], 'Ban Tuyên giáo Tỉnh ủy Cao Bằng'],
    [['UBND THỊ XÃ QUẢNG YÊN', 'PHÒNG TƯ PHÁP', 'Số: 12/KH-PTP'], 'Phòng Tư pháp thị xã Quảng Yên'],
    [['UBND XÃ TÂN AN', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân xã Tân An'],
    // A place line printed with its level word shortened (Phụ lục III: TP. for thành phố) is a place line all the same.
    [['ỦY BAN NHÂN DÂN', 'TP. ĐÀ LẠT', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân thành phố Đà Lạt'],
    [['VIỆN KHOA HỌC XÃ HỘI VIỆT NAM', 'Số: 12/KH-VKHXH'], 'Viện Khoa học xã hội Việt Nam'],
    [['HUYỆN ỦY HÒA AN', '*', 'Số 12-KH/HU'], 'Huyện ủy Hòa An'],
    // HD 36-HD/VPTW: a Party committee prints its superior đảng bộ above its own name, which is not part of it.
    [['ĐẢNG BỘ TỈNH CAO BẰNG', 'HUYỆN ỦY HÒA AN', '*', 'Số 12-KH/HU'], 'Huyện ủy Hòa An'],
    [['ĐẢNG BỘ HUYỆN HÒA AN', 'ĐẢNG ỦY XÃ BẠCH ĐẰNG', '*', 'Số 12-KH/ĐU'], 'Đảng ủy xã Bạch Đằng'],
    [['BỘ TÀI CHÍNH', 'Số: 12/KH-BTC'], 'Bộ Tài chính'],
    [['ỦY BAN MTTQ VIỆT NAM', 'TỈNH CAO BẰNG', 'BAN THƯỜNG TRỰC', 'Số: 12/KH-MTTQ-BTT'], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng'],
    // A place name after its unit word is a proper name, every syllable capitalised.
    [['ỦY BAN NHÂN DÂN', 'XÃ LƯƠNG MINH', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân xã Lương Minh'],
    [['ỦY BAN NHÂN DÂN', 'PHƯỜNG BẮC CAM RANH', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân phường Bắc Cam Ranh'],
    [['UBND THỊ TRẤN NƯỚC HAI', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân thị trấn Nước Hai'],
    [['ỦY BAN NHÂN DÂN', 'ĐẶC KHU PHÚ QUỐC', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân đặc khu Phú Quốc'],
    [['UBND HUYỆN ĐỨC TRỌNG', 'PHÒNG NỘI VỤ', 'Số: 12/KH-PNV'], 'Phòng Nội vụ huyện Đức Trọng'],
    // HỘI ĐỒNG is one word for a council (Hội đồng), not Hội and a name; a fund is named like a body.
    [['UBND TỈNH CAO BẰNG', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Số: 12/KH-HĐTĐKT'], 'Hội đồng thi đua - khen thưởng tỉnh Cao Bằng'],
    [['UBND TỈNH CAO BẰNG', 'QUỸ BẢO TRỢ TRẺ EM', 'Số: 12/KH-QBTTE'], 'Quỹ Bảo trợ trẻ em tỉnh Cao Bằng'],
    // A local unit naming its own place under a central cơ quan chủ quản: the upper line is not in the name.
    [['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG', 'Số: 12/TTr-CAT-PC04'], 'Công an tỉnh Lâm Đồng'],
    [['BỘ TÀI CHÍNH', 'CỤC THUẾ TỈNH CAO BẰNG', 'Số: 12/KH-CT'], 'Cục Thuế tỉnh Cao Bằng'],
    // Lines wrapped inside a name: after VÀ, a comma or a hyphen, or a line that opens no body.
    [['BỘ NÔNG NGHIỆP VÀ', 'MÔI TRƯỜNG', 'Số: 12/KH-BNNMT'], 'Bộ Nông nghiệp và Môi trường'],
    [['ỦY BAN THƯỜNG VỤ', 'QUỐC HỘI', 'Số: 12/KH-UBTVQH15'], 'Ủy ban Thường vụ Quốc hội'],
    [['UBND TỈNH LÂM ĐỒNG', 'SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH', 'Số: 12/KH-SVHTTDL'], 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng'],
    [['BỘ LAO ĐỘNG -', 'THƯƠNG BINH VÀ XÃ HỘI', 'Số: 12/KH-BLĐTBXH'], 'Bộ Lao động - Thương binh và Xã hội'],
    [['HIỆP HỘI', 'CÔNG CHỨNG VIÊN VIỆT NAM', 'BAN THƯỜNG VỤ', 'Số: 12/KH-BTV'], 'Ban Thường vụ Hiệp hội Công chứng viên Việt Nam'],
    [['NGÂN HÀNG NHÀ NƯỚC', 'VIỆT NAM', 'Số: 12/KH-NHNN'], 'Ngân hàng Nhà nước Việt Nam'],
    // A steering committee, council or association under the UBND line takes the province, not the UBND.
    [['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO', 'VỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06', 'Số: 12/KH-BCĐ'], 'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng'],
    [['UBND TỈNH BÌNH THUẬN', 'HIỆP HỘI DOANH NGHIỆP', 'Số: 12/KH-HHDN'], 'Hiệp hội Doanh nghiệp tỉnh Bình Thuận'],
    // A ministry's Cục and provincial police are named alone; its Vụ (one in every ministry) and a unit of the police keep their parent.
    [['BỘ CÔNG AN', 'CÔNG AN TỈNH CAO BẰNG', 'Số: 12/KH-CAT'], 'Công an tỉnh Cao Bằng'],
    [['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ', 'Số: 12/KH-TCT'], 'Tổng cục Thuế'],
    [['BỘ Y TẾ', 'VỤ PHÁP CHẾ', 'Số: 12/KH-PC'], 'Vụ Pháp chế Bộ Y tế'],
    [['CÔNG AN TỈNH CAO BẰNG', 'PHÒNG HỒ SƠ NGHIỆP VỤ', 'Số: 12/KH-HSNV'], 'Phòng Hồ sơ nghiệp vụ Công an tỉnh Cao Bằng'],
    // Abbreviations written out in the name; a stray slash dropped.
    [['BCH ĐOÀN TỈNH LÂM ĐỒNG', 'Số 12-KH/TĐTN'], 'Ban Chấp hành Đoàn tỉnh Lâm Đồng'],
    [['UBND TỈNH LÂM ĐỒNG', 'VĂN PHÒNG', 'Số: 12/KH-VP'], 'Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng'],
    [['ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG', 'BAN THƯỜNG TRỰC /', 'Số: 12/KH-MTTQ-BTT'], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng'],
    // The Party's central bodies by their fixed names (Hướng dẫn 36-HD/VPTW).
    [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'VĂN PHÒNG', '*', 'Số 12-KH/VPTW'], 'Văn phòng Trung ương Đảng'],
    [['VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', '*', 'Số 12-KH/VPTW'], 'Văn phòng Trung ương Đảng'],
    [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC', '*', 'Số 12-KH/BTCTW'], 'Ban Tổ chức Trung ương'],
    [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC TRUNG ƯƠNG', '*', 'Số 12-KH/BTCTW'], 'Ban Tổ chức Trung ương'],
    [['BAN TỔ CHỨC TRUNG ƯƠNG', '*', 'Số 12-KH/BTCTW'], 'Ban Tổ chức Trung ương'],
    [['ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', '*', 'Số 12-HD/BTGDVTW'], 'Ban Tuyên giáo và Dân vận Trung ương'],
    [['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ỦY BAN KIỂM TRA', '*', 'Số 12-HD/UBKTTW'], 'Ủy ban Kiểm tra Trung ương'],
    // The motto run into the issuer's line of a flattened header, in either tone placement or case, is not the name.
    [['VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/CĐ-VPCP'], 'Văn phòng Chính phủ'],
    [['THỦ TƯỚNG CHÍNH PHỦ Cộng hòa xã hội chủ nghĩa Việt Nam', 'Số: 12/CĐ-TTg'], 'Thủ tướng Chính phủ'],
    [['TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 12-KH/TU'], 'Tỉnh ủy Lâm Đồng'],
    // Place names after their unit word, every syllable capitalised, also inside a longer name.
    [['ỦY BAN MTTQ VIỆT NAM', 'XÃ ĐẠ TẺH', 'BAN THƯỜNG TRỰC', 'Số: 12/KH-MTTQ-BTT'], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Đạ Tẻh'],
    [['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT', '*', 'Số 12-KH/ĐU'], 'Đảng ủy phường Xuân Hương - Đà Lạt'],
    [['UBND TỈNH LÂM ĐỒNG', 'TRƯỜNG CHÍNH TRỊ', 'Số: 12/KH-TCT'], 'Trường Chính trị tỉnh Lâm Đồng'],
    // A department's field printed shortened is written out; a place after "TP." is a proper name.
    [['UBND TỈNH LÂM ĐỒNG', 'SỞ GD&ĐT', 'Số: 12/KH-SGDĐT'], 'Sở Giáo dục và Đào tạo tỉnh Lâm Đồng'],
    [['UBND HUYỆN ĐỨC TRỌNG', 'PHÒNG TN&MT', 'Số: 12/KH-TNMT'], 'Phòng Tài nguyên và Môi trường huyện Đức Trọng'],
    [['UBND TỈNH CAO BẰNG', 'SỞ LĐ-TB&XH', 'Số: 12/KH-SLĐTBXH'], 'Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng'],
    [['UBND TỈNH LÂM ĐỒNG', 'BAN CHQS TỈNH', 'Số: 12/KH-BCH'], 'Ban Chỉ huy Quân sự tỉnh Lâm Đồng'],
    [['UBND TP. ĐÀ LẠT', 'PHÒNG NỘI VỤ', 'Số: 12/KH-PNV'], 'Phòng Nội vụ thành phố Đà Lạt'],
    [['UBND TP BẢO LỘC', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân thành phố Bảo Lộc'],
    // A place named by a number takes its unit word into the name, with a capital (ND 30/2020, Phụ lục II).
    [['UBND QUẬN 1', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân Quận 1'],
    [['ỦY BAN NHÂN DÂN', 'PHƯỜNG 12', 'Số: 12/KH-UBND'], 'Ủy ban nhân dân Phường 12'],
    [['UBND QUẬN 3', 'PHÒNG NỘI VỤ', 'Số: 12/KH-PNV'], 'Phòng Nội vụ Quận 3'],
    [['ĐẢNG BỘ QUẬN 3', 'ĐẢNG ỦY PHƯỜNG 7', '*', 'Số 12-KH/ĐU'], 'Đảng ủy Phường 7'],
    // A body named by its task keeps its task in lower case after the first word, a head word inside it too; BCĐ is a Ban Chỉ đạo.
    [['UBND TỈNH LÂM ĐỒNG', 'BCĐ PHÒNG, CHỐNG THIÊN TAI VÀ TKCN', 'Số: 12/KH-BCĐ'], 'Ban Chỉ đạo Phòng, chống thiên tai và TKCN tỉnh Lâm Đồng'],
    [['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19', 'Số: 12/KH-BCĐ'], 'Ban Chỉ đạo Phòng, chống dịch COVID-19 tỉnh Lâm Đồng'],
    [['UBND TỈNH LÂM ĐỒNG', 'BAN QUẢN LÝ RỪNG PHÒNG HỘ', 'Số: 12/KH-BQL'], 'Ban Quản lý rừng phòng hộ tỉnh Lâm Đồng'],
    [['ĐOÀN ĐBQH TỈNH LÂM ĐỒNG', 'Số: 12/KH-ĐĐBQH'], 'Đoàn Đại biểu Quốc hội tỉnh Lâm Đồng'],
    [['UBND THÀNH PHỐ BẢO LỘC', 'PHÒNG NỘI VỤ', 'Số: 12/KH-PNV'], 'Phòng Nội vụ thành phố Bảo Lộc'],
    [['HUYỆN ĐOÀN LẠC DƯƠNG', 'Số 12-KH/HĐTN'], 'Huyện đoàn Lạc Dương'],
    // Wrapped in the middle of a name after a comma, and BCH/BTV written out.
    [['UBND TỈNH CAO BẰNG', 'SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI', 'Số: 12/KH-SLĐTBXH'], 'Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng'],
    [['BTV HUYỆN ĐOÀN ĐỨC TRỌNG', 'Số 12-KH/HĐTN'], 'Ban Thường vụ Huyện đoàn Đức Trọng'],
  ];
  for (const [lines, name] of cases) {
    it(`names ${lines.slice(0, -1).join(' / ')}`, async () => {
      expect((await issuerOf(lines))?.name).toBe(name);
    });
  }
});

describe('the Central Committee speaks through its signing body', () => {
  for (const [signs, name] of [['T/M BAN BÍ THƯ', 'Ban Bí thư'], ['T/M BỘ CHÍNH TRỊ', 'Bộ Chính trị'], ['T/M BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương']]) {
    it(`BAN CHẤP HÀNH TRUNG ƯƠNG signed ${signs} → ${name}`, async () => {
      const r = await recordFromText(['BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'Số 12-CT/TW', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 5 tháng 3 năm 2024', 'CHỈ THỊ', 'về tăng cường công tác', BODY, signs, 'Nguyễn Văn An'].join('\n'));
      expect(r.issuer?.name).toBe(name);
    });
  }
});

describe('a flattened header row holding both columns', () => {
  it('splits the motto and the place/date off the issuer and number lines', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc', 'Số: 12/UBND-NC Lâm Đồng, ngày 05 tháng 12 năm 2025', 'V/v triển khai thực hiện', 'Kính gửi: Công an tỉnh', BODY].join('\n'));
    expect(r.issuer).toMatchObject({ lines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'], name: 'Ủy ban nhân dân tỉnh Lâm Đồng' });
    expect(r.number?.symbol).toBe('UBND-NC');
    expect([r.place?.value, r.date?.iso]).toEqual(['Lâm Đồng', '2025-12-05']);
  });
});

describe('issuer inferred when the header is lost', () => {
  const inferred = async (lines: string[]) => (await recordFromText(lines.join('\n'))).issuer;
  it('from the body, the symbol and the place line, sent to review as inferred', async () => {
    const fromBody = await inferred(['Sơn La, ngày 24 tháng 5 năm 2022', 'KẾ HOẠCH', 'Tuyên truyền', 'Thực hiện Chỉ thị số 03-CT/TW, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:', 'I. MỤC ĐÍCH']);
    expect(fromBody?.name).toBe('Ban Thường vụ Tỉnh ủy Sơn La');
    expect(fromBody).toMatchObject({ review: true, reason: 'inferred-from-body' });
    const fromSymbol = await inferred(['Số: 12/KH-STTTT', 'Thái Nguyên, ngày 5 tháng 2 năm 2022', 'KẾ HOẠCH', 'Tuyên truyền', 'I. MỤC ĐÍCH', '1. Nội dung']);
    expect(fromSymbol?.name).toBe('Sở Thông tin và Truyền thông tỉnh Thái Nguyên');
    expect(fromSymbol).toMatchObject({ review: true, reason: 'inferred-from-body' });
  });

  // The enacting sentence after the bases names the issuer (Nghị định 30/2020, Phụ lục I); an
  // official's title stands for the body it heads; a central body takes no province.
  const enacting: Array<[string, string]> = [
    ['Bộ trưởng Bộ Tài chính ban hành Thông tư quy định về quản lý ngân sách.', 'Bộ Tài chính'],
    ['Theo đề nghị của Vụ trưởng Vụ Pháp chế;\nBộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn.', 'Bộ Y tế'],
    ['Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Đất đai.', 'Chính phủ'],
    ['Thủ tướng Chính phủ ban hành Quyết định phê duyệt Đề án.', 'Thủ tướng Chính phủ'],
    ['Quốc hội ban hành Luật Đất đai.', 'Quốc hội'],
    ['Ủy ban Thường vụ Quốc hội ban hành Nghị quyết giải thích.', 'Ủy ban Thường vụ Quốc hội'],
    ['Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư quy định.', 'Ngân hàng Nhà nước Việt Nam'],
    ['Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng ban hành Quyết định về giá đất.', 'Ủy ban nhân dân tỉnh Cao Bằng'],
    ['Hội đồng nhân dân tỉnh Lâm Đồng ban hành Nghị quyết quy định mức thu phí.', 'Hội đồng nhân dân tỉnh Lâm Đồng'],
  ];
  for (const [sentence, name] of enacting) {
    it(`from the enacting sentence: ${sentence.split(' ban hành')[0]!.split('\n').at(-1)}`, async () => {
      const issuer = await inferred(['Hà Nội, ngày 5 tháng 3 năm 2024', 'THÔNG TƯ', 'Quy định về quản lý', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', sentence, 'Chương I', 'Điều 1. Phạm vi điều chỉnh']);
      expect(issuer).toMatchObject({ name, review: true, reason: 'inferred-from-body' });
    });
  }
});

// Nghị định 30/2020, Phụ lục I: a công điện names its addressees after "<issuer> điện:"; a
// giấy mời's trích yếu ends before the sentence that invites.
describe('công điện and giấy mời', () => {
  const cable = (issuerLines: string[], label: string, list: string[]) =>
    recordFromText([...issuerLines, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/CĐ-TTg', 'Hà Nội, ngày 5 tháng 3 năm 2025', 'CÔNG ĐIỆN', 'Về việc tăng cường ứng phó với bão số 3', label, ...list, 'Ngày 4 tháng 3 năm 2025, bão đã vào Biển Đông.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'THỦ TƯỚNG', 'Nguyễn Văn An'].join('\n'));
  it('reads the addressees after "… điện:", one per dash, their wrapped lines joined', async () => {
    const r = await cable(['THỦ TƯỚNG CHÍNH PHỦ'], 'THỦ TƯỚNG CHÍNH PHỦ điện:', ['- Các Bộ: Quốc phòng, Công an, Nông nghiệp và', 'Môi trường, Xây dựng;', '- Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh,', 'Hải Phòng.']);
    expect(r.docType?.code).toBe('CĐ');
    expect(r.title?.value).toBe('Về việc tăng cường ứng phó với bão số 3');
    expect(r.addressees.map((a) => a.name)).toEqual(['Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng', 'Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng']);
  });
  it('ends the title at the label without a rule, in sentence case and with "trân trọng"', async () => {
    const r = await cable(['VĂN PHÒNG CHÍNH PHỦ'], 'Văn phòng Chính phủ trân trọng điện:', ['- Bộ Quốc phòng;', '- Bộ Công an.']);
    expect(r.title?.value).toBe('Về việc tăng cường ứng phó với bão số 3');
    expect(r.addressees.map((a) => a.name)).toEqual(['Bộ Quốc phòng', 'Bộ Công an']);
  });
  it('a cited "Công điện:" is no label', async () => {
    const r = await recordFromText(['KẾ HOẠCH', 'Tuyên truyền', 'Thực hiện Công điện: số 12/CĐ-TTg của Thủ tướng Chính phủ;', '- Sở Y tế;'].join('\n'));
    expect(r.addressees).toEqual([]);
  });
  it('Kính gửi: names wrapped onto the next line, and undashed items closed by ";"', async () => {
    const wrapped = await recordFromText(['SỞ TƯ PHÁP', 'Số: 12/STP-BTTP', 'V/v hoàn thiện Đề án', 'Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng, tỉnh', 'Bình Thuận, tỉnh Đắk Nông (cũ).', 'Sở Tư pháp nhận được Tờ trình số 220/TTr-ĐLS ngày 03/10/2025 của Đoàn Luật sư tỉnh Lâm Đồng.'].join('\n'));
    expect(wrapped.addressees.map((a) => a.name)).toEqual(['Đoàn Luật sư tỉnh Lâm Đồng, tỉnh Bình Thuận, tỉnh Đắk Nông (cũ)']);
    const listed = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', 'Số: 12/UBND-NC', 'V/v tổ chức đại hội', 'Kính gửi:', 'Các sở: Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Xây dựng, Nội vụ;', 'Các hội: Hội Nghề cá, Hội Tin học, Hiệp hội Nhà thầu xây dựng.', 'Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ;'].join('\n'));
    expect(listed.addressees.map((a) => a.name)).toEqual(['Các sở: Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Xây dựng, Nội vụ', 'Các hội: Hội Nghề cá, Hội Tin học, Hiệp hội Nhà thầu xây dựng']);
  });
  it('ends a giấy mời’s title before the sentence that invites', async () => {
    const r = await recordFromText(['UBND TỈNH LÂM ĐỒNG', 'SỞ NỘI VỤ', 'Số: 12/GM-SNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 5 tháng 3 năm 2025', 'GIẤY MỜI', 'Dự hội nghị tổng kết công tác', 'năm 2024', 'Sở Nội vụ trân trọng kính mời:', '- Đại diện lãnh đạo Văn phòng UBND tỉnh;', 'Thời gian: 8 giờ ngày 10/3/2025.'].join('\n'));
    expect(r.docType?.code).toBe('GM');
    expect(r.number).toMatchObject({ seq: '12', symbol: 'GM-SNV' });
    expect(r.title?.value).toBe('Dự hội nghị tổng kết công tác năm 2024');
    expect(r.issuer?.name).toBe('Sở Nội vụ tỉnh Lâm Đồng');
  });
});

// A charter is issued with the decision approving it: the approving body's header, then its own
// type line and name, then the note saying which decision issues it (no part of the title).
describe('a document issued with another', () => {
  for (const [typeLines, title] of [
    [['ĐIỀU LỆ', 'HIỆP HỘI DOANH NGHIỆP TỈNH LÂM ĐỒNG'], 'HIỆP HỘI DOANH NGHIỆP TỈNH LÂM ĐỒNG'],
    [['ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)', 'HỘI KHUYẾN HỌC TỈNH CAO BẰNG'], '(SỬA ĐỔI, BỔ SUNG) HỘI KHUYẾN HỌC TỈNH CAO BẰNG'],
    [['QUY CHẾ', 'Làm việc của Ban Chỉ đạo'], 'Làm việc của Ban Chỉ đạo'],
  ] as Array<[string[], string]>) {
    it(`${typeLines.join(' / ')}: issuer from the header above, the title without its note`, async () => {
      const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', ...typeLines, '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Tên gọi'].join('\n'));
      expect(r.issuer?.name).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
      expect(r.title?.value).toBe(title);
    });
  }
  for (const verb of ['Phê duyệt kèm theo', 'Được phê duyệt kèm theo', 'Công nhận kèm theo', 'Kèm theo']) {
    it(`a "(${verb} Quyết định …)" note is no part of the title`, async () => {
      const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐIỀU LỆ', 'LIÊN ĐOÀN BÓNG ĐÁ TỈNH LÂM ĐỒNG', `(${verb} Quyết định số   /QĐ-UBND ngày   /  /2025`, 'của Chủ tịch UBND tỉnh Lâm Đồng)', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Tên gọi'].join('\n'));
      expect(r.title?.value).toBe('LIÊN ĐOÀN BÓNG ĐÁ TỈNH LÂM ĐỒNG');
    });
  }
  // Nghị định 126/2024/NĐ-CP Điều 11: the congress adopts the charter, the approving decision puts it
  // in force; its articles give the association's own organs standing duties.
  it('a charter is not dated by its congress’s adoption and assigns no work', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐIỀU LỆ', 'HỘI CỰU CHIẾN BINH DOANH NHÂN TỈNH LÂM ĐỒNG', '(Kèm theo Quyết định số   /QĐ-UBND ngày   tháng 11 năm 2025 của Chủ tịch UBND tỉnh Lâm Đồng)', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Tên gọi', 'Tên tiếng Việt: Hội Cựu chiến binh doanh nhân tỉnh Lâm Đồng.', 'Điều 2. Nhiệm vụ của Ban Chấp hành', '1. Ban Chấp hành Hội có trách nhiệm tổ chức thực hiện nghị quyết Đại hội.', '2. Ban Kiểm tra có nhiệm vụ kiểm tra việc chấp hành Điều lệ Hội.', 'Chương II', 'ĐIỀU KHOẢN THI HÀNH', 'Điều 3. Hiệu lực thi hành', '1. Điều lệ này gồm 02 Chương, 03 Điều đã được Đại hội Hội Cựu chiến binh doanh nhân tỉnh Lâm Đồng thông qua ngày 26 tháng 10 năm 2025 và có hiệu lực thi hành theo Quyết định phê duyệt của Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng.', '2. Ban Chấp hành Hội có trách nhiệm hướng dẫn và tổ chức thực hiện Điều lệ này./.'].join('\n'));
    expect(r.docType?.code).toBe('ĐL');
    expect(r.date).toBeNull();
    expect(r.tasks).toEqual([]);
  });
});

// Nghị định 30/2020, Phụ lục I: an annex is headed "Phụ lục" with its number, its name in capitals,
// then the note naming the document it goes with; it has no number, type or title of its own.
describe('a file that is an annex', () => {
  for (const [lines, title] of [
    [['Phụ lục II', 'DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ', 'NĂM 2026 CỦA CÁC SỞ, NGÀNH', '(Kèm theo Kế hoạch số    /KH-UBND ngày    tháng    năm 2026 của UBND tỉnh)', '1. Nhóm 1: các sở'], 'DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026 CỦA CÁC SỞ, NGÀNH'],
    [['Số: 31/SNV-CCHC; 05/3/2026; 09:12:40;', 'PHỤ LỤC 1: HƯỚNG DẪN TỰ ĐÁNH GIÁ CÔNG TÁC', 'CẢI CÁCH HÀNH CHÍNH', 'STT', 'Nội dung'], 'HƯỚNG DẪN TỰ ĐÁNH GIÁ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH'],
    [['PHỤ LỤC', 'KẾ HOẠCH KIỂM TRA NĂM 2026', 'Các đơn vị được kiểm tra như sau:'], 'KẾ HOẠCH KIỂM TRA NĂM 2026'],
  ] as Array<[string[], string]>) {
    it(`${lines[0]}: the annex's name is its title, with no type or number`, async () => {
      const r = await recordFromText(lines.join('\n'));
      expect(r.title?.value).toBe(title);
      expect(r.docType).toBeNull();
      expect(r.number).toBeNull();
    });
  }
  it('an annex after a document’s own header is no part of that header', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 5 tháng 3 năm 2026', 'KẾ HOẠCH', 'Kiểm tra công tác cải cách hành chính năm 2026', BODY, 'Phụ lục I', 'DANH SÁCH ĐƠN VỊ'].join('\n'));
    expect(r.docType?.code).toBe('KH');
    expect(r.title?.value).toBe('Kiểm tra công tác cải cách hành chính năm 2026');
  });
});

// On a scan the note may come out run onto the title's last line, its spaces lost: it is still
// the note, no part of the title.
describe('an issued-with note read onto the title line', () => {
  for (const note of ['(Kèmtheoquyếđịnhsố', '( Kèm theo quyết định số /QĐ-UBND', '(Ban hànhkèm theo Quyết định 12/QĐ-UBND']) {
    it(`${note}: cut off the title`, async () => {
      const r = await recordFromText(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐIỀU LỆ', `HIỆP HỘI THANH LONG TỈNH LÂM ĐỒNG ${note}`, 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Tên gọi'].join('\n'));
      expect(r.title?.value).toBe('HIỆP HỘI THANH LONG TỈNH LÂM ĐỒNG');
    });
  }
  it('a note on a line of its own under the title, its spaces lost, ends the title', async () => {
    const r = await recordFromText(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐIỀU LỆ', 'HIỆP HỘI THANH LONG TỈNH LÂM ĐỒNG', '(Kèmtheo Quyết định số 407/QĐ-UBND ngày 10 tháng 02 năm 2010)', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Tên gọi'].join('\n'));
    expect(r.title?.value).toBe('HIỆP HỘI THANH LONG TỈNH LÂM ĐỒNG');
  });
});

// A person's đơn has no type of Nghị định 30 and no number, but its trích yếu is printed in
// brackets under its heading, where a typed document's title stands.
describe('a bracketed trích yếu under an untyped heading', () => {
  const motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  it('is the title; the heading is no issuer and no type', async () => {
    const r = await recordFromText([...motto, 'Lâm Đồng, ngày 10 tháng 11 năm 2025', 'ĐƠN TỰ NGUYỆN THAM GIA BAN VẬN ĐỘNG', '(Về việc thành lập: THÀNH LẬP HỘI CẦU LÔNG TỈNH LÂM ĐỒNG)', 'Kính gửi: Ban vận động thành lập Hội Cầu lông tỉnh Lâm Đồng', 'Tôi tên là Nguyễn Văn A.'].join('\n'));
    expect(r.title?.value).toBe('Về việc thành lập: THÀNH LẬP HỘI CẦU LÔNG TỈNH LÂM ĐỒNG');
    expect(r.docType).toBeNull();
    expect(r.issuer).toBeNull();
  });
  it('a bracketed line that is no trích yếu gives no title', async () => {
    const r = await recordFromText([...motto, 'Lâm Đồng, ngày 10 tháng 11 năm 2025', 'SƠ YẾU LÝ LỊCH', '(Dùng cho người tham gia ban vận động)', 'Họ và tên: Nguyễn Văn A'].join('\n'));
    expect(r.title).toBeNull();
  });
});

describe('caps headings that name no body', () => {
  it('an annex table’s heading, without number or date, is no issuer', async () => {
    const r = await recordFromText(['Phụ lục III', 'KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ THUỘC CẢI CÁCH THỦ TỤC', 'HÀNH CHÍNH NĂM 2025', 'I. ĐỐI VỚI CẤP SỞ', 'STT', 'Đơn vị', '1', 'Sở Công thương', '15,00', '2', 'SỞ TÀI CHÍNH báo cáo kết quả', '15,00'].join('\n'));
    expect(r.issuer).toBeNull();
    expect(r.title?.value).toBe('KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ THUỘC CẢI CÁCH THỦ TỤC HÀNH CHÍNH NĂM 2025');
  });
  it('a header that opens with a body keeps its issuer without number or date', async () => {
    const r = await recordFromText(['HIỆP HỘI DOANH NGHIỆP', 'TỈNH LÂM ĐỒNG', 'BÁO CÁO', 'Tình hình hoạt động năm 2025', 'I. KẾT QUẢ', '1. Nội dung.'].join('\n'));
    expect(r.issuer?.name).toBe('Hiệp hội Doanh nghiệp tỉnh Lâm Đồng');
  });
});

describe('header layouts of flattened text', () => {
  it('reads the right column first, the date before the number, with a digital-signature stamp on top', async () => {
    const r = await recordFromText(
      ['Ký bởi: Sở Nội vụ', 'Email: snv@caobang.gov.vn', 'Thời gian ký: 06.05.2023 09:15:00 +07:00', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Cao Bằng, ngày 05 tháng 5 năm 2023', 'UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ', 'Số: 12/KH-SNV', 'KẾ HOẠCH', 'Tuyên truyền năm 2023', BODY].join('\n'),
    );
    expect(r.number).toMatchObject({ seq: '12', symbol: 'KH-SNV' });
    expect(r.date?.iso).toBe('2023-05-05');
    expect(r.issuer?.name).toBe('Sở Nội vụ tỉnh Cao Bằng');
    expect(r.title?.value).toBe('Tuyên truyền năm 2023');
  });
  it('reads columns interleaved line by line', async () => {
    const r = await recordFromText(
      ['UBND TỈNH CAO BẰNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-SNV', 'Cao Bằng, ngày 05 tháng 5 năm 2023', 'KẾ HOẠCH', 'Tuyên truyền năm 2023', BODY].join('\n'),
    );
    expect(r.issuer?.lines).toEqual(['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ']);
    expect(r.number?.symbol).toBe('KH-SNV');
    expect(r.place?.value).toBe('Cao Bằng');
  });
  it('a công văn: number, subject under it, Kính gửi with one or several addressees', async () => {
    const r = await recordFromText(
      ['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ', 'Số: 123/SNV-TCBC', 'V/v tuyển dụng viên chức', 'năm 2023', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 05 tháng 5 năm 2023', 'Kính gửi: Ủy ban nhân dân các huyện, thành phố.', 'Thực hiện Kế hoạch số 12/KH-UBND ngày 3/3/2023 của UBND tỉnh,'].join('\n'),
    );
    expect(r.docType?.code).toBe('CV');
    expect(r.title?.value).toBe('V/v tuyển dụng viên chức năm 2023');
    expect(r.addressees.map((a) => a.name)).toEqual(['Ủy ban nhân dân các huyện, thành phố']);
    expect(r.citations.map((c) => c.number)).toEqual(['12/KH-UBND']);
  });
  it('joins a title wrapped inside a cited number', async () => {
    const r = await recordFromText(['BỘ TÀI CHÍNH', 'Số: 12/2024/TT-BTC', 'THÔNG TƯ', 'Sửa đổi Thông tư số 219/2013/TT-', 'BTC hướng dẫn thuế', 'Căn cứ Luật Quản lý thuế;'].join('\n'));
    expect(r.title?.value).toBe('Sửa đổi Thông tư số 219/2013/TT-BTC hướng dẫn thuế');
  });
});

describe('quoted fields keep the page’s tone placement', () => {
  it('issuer lines and name, recipients and tasks as printed; the text in one placement', async () => {
    const r = await recordFromText(
      ['UỶ BAN NHÂN DÂN', 'TỈNH THANH HOÁ', 'Số: 12/KH-UBND', 'Thanh Hóa, ngày 05 tháng 5 năm 2023', 'KẾ HOẠCH', 'Phát triển văn hoá', 'I. MỤC ĐÍCH', '1. Nội dung.', 'Nơi nhận:', '- Sở Văn hoá, Thể thao và Du lịch;', '- Lưu: VT.', 'CHỦ TỊCH', 'Nguyễn Văn An'].join('\n'),
    );
    expect(r.issuer?.lines).toEqual(['UỶ BAN NHÂN DÂN', 'TỈNH THANH HOÁ']);
    expect(r.issuer?.name).toBe('Uỷ ban nhân dân tỉnh Thanh Hoá');
    expect(r.title?.value).toBe('Phát triển văn hoá');
    expect(r.recipients.map((x) => x.name)).toEqual(['Sở Văn hoá, Thể thao và Du lịch']);
    expect(r.text).toContain('ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA');
    expect(r.text).toContain('Sở Văn hóa, Thể thao');
  });

  it('the issuer’s composed name takes the placement the document’s own sentences give its words', async () => {
    const r = await recordFromText(
      ['UỶ BAN MTTQ VIỆT NAM', 'TỈNH SƠN LA', 'BAN THƯỜNG TRỰC', 'Số: 12/KH-MTTQ-BTT', 'Sơn La, ngày 24 tháng 5 năm 2022', 'KẾ HOẠCH', 'Tuyên truyền', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành kế hoạch như sau:', 'I. MỤC ĐÍCH', '1. Ủy ban MTTQ Việt Nam các huyện thực hiện.'].join('\n'),
    );
    expect(r.issuer?.lines).toEqual(['UỶ BAN MTTQ VIỆT NAM', 'TỈNH SƠN LA', 'BAN THƯỜNG TRỰC']);
    expect(r.issuer?.name).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La');
  });
});

describe('signer names', () => {
  const nameOf = async (lines: string[]) => (await recordFromText(['KẾ HOẠCH', 'Tuyên truyền', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...lines].join('\n'))).signer?.name ?? null;
  const cases: Array<[string[], string | null]> = [
    [['CHỦ TỊCH', 'Nguyễn Văn An'], 'Nguyễn Văn An'],
    [['CHỦ TỊCH', 'NGUYỄN VĂN AN'], 'Nguyễn Văn An'],
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '(Đã ký)', 'Hoàng Thị Thu Hà'], 'Hoàng Thị Thu Hà'],
    [['TM. BAN THƯỜNG VỤ', 'BÍ THƯ', 'Đã ký', 'Lò Văn Mừng'], 'Lò Văn Mừng'],
    [['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Thiếu tướng Lê Quốc Hùng'], 'Lê Quốc Hùng'],
    [['GIÁM ĐỐC', 'TS. Trần Văn Bình'], 'Trần Văn Bình'],
    [['CHỦ TỊCH', '(Đã ký)'], null],
  ];
  for (const [lines, name] of cases) {
    it(`reads ${lines.at(-1)}`, async () => {
      expect(await nameOf(lines)).toBe(name);
    });
  }
});

describe('document types from the type line, the symbol, or both', () => {
  const typeOf = async (typeLine: string | null, number: string, party = false) =>
    (await recordFromText([party ? 'TỈNH ỦY CAO BẰNG' : 'ỦY BAN NHÂN DÂN', party ? '*' : 'TỈNH CAO BẰNG', number, party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 05 tháng 5 năm 2023', ...(typeLine ? [typeLine, 'Về công tác năm 2023'] : ['V/v công tác năm 2023']), BODY].join('\n'))).docType?.code ?? null;
  // Party numbers put the type before the slash (12-NQ/TU); the system follows from the number.
  const cases: Array<[string | null, string, string]> = [
    ['NGHỊ QUYẾT', 'Số: 12/NQ-HĐND', 'NQ'],
    ['QUYẾT ĐỊNH', 'Số: 12/QĐ-UBND', 'QĐ'],
    ['CHỈ THỊ', 'Số: 12/CT-UBND', 'CT'],
    ['KẾ HOẠCH', 'Số: 12/KH-UBND', 'KH'],
    ['THÔNG BÁO', 'Số: 12/TB-UBND', 'TB'],
    ['TỜ TRÌNH', 'Số: 12/TTr-UBND', 'TTr'],
    ['BÁO CÁO', 'Số: 12/BC-UBND', 'BC'],
    ['HƯỚNG DẪN', 'Số: 12/HD-UBND', 'HD'],
    ['CHƯƠNG TRÌNH', 'Số: 12/CTr-UBND', 'CTr'],
    ['ĐỀ ÁN', 'Số: 12/ĐA-UBND', 'ĐA'],
    ['PHƯƠNG ÁN', 'Số: 12/PA-UBND', 'PA'],
    ['QUY CHẾ', 'Số: 12/QC-UBND', 'QC'],
    ['GIẤY MỜI', 'Số: 12/GM-UBND', 'GM'],
    ['CÔNG ĐIỆN', 'Số: 12/CĐ-UBND', 'CĐ'],
    ['BIÊN BẢN', 'Số: 12/BB-UBND', 'BB'],
    [null, 'Số: 12/UBND-VX', 'CV'],
    ['NGHỊ QUYẾT', 'Số 12-NQ/TU', 'NQ'],
    ['CHỈ THỊ', 'Số 12-CT/TU', 'CT'],
    ['KẾT LUẬN', 'Số 12-KL/TU', 'KL'],
    ['QUY ĐỊNH', 'Số 12-QĐ/TU', 'QyĐ'],
    ['THÔNG TRI', 'Số 12-TT/TU', 'TT'],
    ['HƯỚNG DẪN', 'Số 12-HD/TU', 'HD'],
    ['BÁO CÁO', 'Số 12-BC/TU', 'BC'],
    ['KẾ HOẠCH', 'Số 12-KH/TU', 'KH'],
    ['THÔNG BÁO', 'Số 12-TB/TU', 'TB'],
    [null, 'Số 12-CV/TU', 'CV'],
  ];
  for (const [typeLine, number, code] of cases) {
    const party = /^Số \d+-/u.test(number);
    it(`${party ? 'Party' : 'State'} ${typeLine ?? 'công văn'} ${number} → ${code}`, async () => {
      expect(await typeOf(typeLine, number, party)).toBe(code);
    });
  }
});

/**
 * Specialized documents (văn bản chuyên ngành) have types of their own, abbreviated in the symbol
 * as Nghị định 30/2020 has every type abbreviated: the capitals name line under the number spells
 * the code with its words' initials.
 */
describe('specialized types named under the number and abbreviated in the symbol', () => {
  const header = (typeLine: string, number: string) => ['CÔNG AN TỈNH CAO BẰNG', 'PHÒNG HỒ SƠ NGHIỆP VỤ', number, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 05 tháng 5 năm 2023', typeLine, BODY].join('\n');
  const cases: Array<[string, string, string, string]> = [
    ['PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1', 'Số: 18468/LLTP-HSNV', 'LLTP', 'Phiếu lý lịch tư pháp'],
    ['GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP', 'Số: 12/GCNĐKDN-PĐKKD', 'GCNĐKDN', 'Giấy chứng nhận đăng ký doanh nghiệp'],
    ['QUYẾT ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH', 'Số: 12/QĐ-XPHC', 'QĐ', 'Quyết định'],
  ];
  for (const [typeLine, number, code, name] of cases) {
    it(`${typeLine} over ${number} → ${code}`, async () => {
      const r = await recordFromText(header(typeLine, number));
      expect(r.docType).toMatchObject({ code, name });
    });
  }
  it('keeps a sub-unit’s bracketed code on the number line', async () => {
    const r = await recordFromText(header('TỜ TRÌNH', 'Số: 409/TTr-CAT(PC04)'));
    expect([r.number?.seq, r.number?.symbol, r.docType?.code]).toEqual(['409', 'TTr-CAT(PC04)', 'TTr']);
  });
  it('a known type’s name with more words on the type line, spelled by the code, is the specialized type; the title follows it', async () => {
    const r = await recordFromText(header('BÁO CÁO ĐỀ XUẤT', 'Số: 03/BCĐX-CAT(PC04)').replace(BODY, ['(V/v tổ chức Hội nghị công bố xã không ma túy)', BODY].join('\n')));
    expect([r.docType?.code, r.docType?.name, r.number?.symbol, r.title?.value]).toEqual(['BCĐX', 'Báo cáo đề xuất', 'BCĐX-CAT(PC04)', 'V/v tổ chức Hội nghị công bố xã không ma túy']);
  });
  it('a body’s petition (ĐƠN ĐỀ NGHỊ) has no number and is typed by its type line', async () => {
    const r = await recordFromText(['QUỸ KHUYẾN HỌC TỈNH CAO BẰNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 10 tháng 11 năm 2025', 'ĐƠN ĐỀ NGHỊ', 'Phê duyệt Điều lệ Quỹ Khuyến học tỉnh Cao Bằng', 'Kính gửi: Sở Nội vụ tỉnh Cao Bằng.', BODY].join('\n'));
    expect([r.docType?.code, r.title?.value]).toEqual(['ĐĐN', 'Phê duyệt Điều lệ Quỹ Khuyến học tỉnh Cao Bằng']);
  });
  it('a code no line spells stays a công văn', async () => {
    const r = await recordFromText(header('V/v công tác năm 2023', 'Số: 12/HSNV-PC06'));
    expect(r.docType?.code).toBe('CV');
  });
});

describe('OCR damage in the closing', () => {
  it('reads digits of a clerk code that OCR took for letters', async () => {
    const { clerkCodeDigits } = await import('../../extractors/closing.js');
    expect(clerkCodeDigits('Lưu: VT,KT.bngocl06')).toBe('Lưu: VT,KT.bngoc106');
    expect(clerkCodeDigits('Lưu: VT, NC(Vi2O3).')).toBe('Lưu: VT, NC(Vi203).');
    expect(clerkCodeDigits('Lưu: VT, TH.')).toBe('Lưu: VT, TH.');
  });
});

describe('plain text laid out with spaces (pdftotext -layout, fixed-width pages)', () => {
  const page = [
    '                                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
    '      BỘ TÀI CHÍNH                              VIỆT NAM',
    '                                      Độc lập - Tự do - Hạnh phúc',
    '',
    '   Số: 12/2024/TT-BTC                  Hà Nội, ngày 05 tháng 3 năm 2024',
    '',
    '                               THÔNG TƯ',
    '          Hướng dẫn quản lý kinh phí tuyên truyền năm 2024',
    '',
    'Căn cứ Nghị định số 14/2023/NĐ-CP ngày 20/4/2023 của Chính phủ quy định chức năng, nhiệm vụ;',
    'Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn quản lý kinh phí tuyên truyền năm 2024.',
    'Điều 1. Phạm vi điều chỉnh',
    'Thông tư này hướng dẫn việc quản lý kinh phí tuyên truyền của các bộ, cơ quan ngang bộ.',
    '',
    'Nơi nhận:                                          KT. BỘ TRƯỞNG',
    '- Văn phòng Chính phủ;                              THỨ TRƯỞNG',
    '- Các bộ, cơ quan ngang bộ, cơ quan',
    'thuộc Chính phủ;                                      (Đã ký)',
    '- Lưu: VT, HCSN.',
    '                                                 Nguyễn Đức Chi',
  ].join('\n');
  it('reads both columns of the header and of the closing', async () => {
    const r = await recordFromText(page);
    expect(r.issuer?.lines).toEqual(['BỘ TÀI CHÍNH']);
    expect(r.number).toMatchObject({ seq: '12', symbol: '2024/TT-BTC' });
    expect([r.place?.value, r.date?.iso]).toEqual(['Hà Nội', '2024-03-05']);
    expect(r.title?.value).toBe('Hướng dẫn quản lý kinh phí tuyên truyền năm 2024');
    expect(r.signer).toMatchObject({ authority: 'KT', lines: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], name: 'Nguyễn Đức Chi' });
    expect(r.recipients.map((x) => x.name)).toEqual(['Văn phòng Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']);
    expect(r.archive?.value).toBe('Lưu: VT, HCSN.');
  });
  it('leaves ordinary text with indented paragraphs in one column', async () => {
    const { docFromText } = await import('../helpers.js');
    const doc = await docFromText(['KẾ HOẠCH', '    Tuyên truyền năm 2024', '        1. Nội dung tuyên truyền về chủ trương, chính sách của Đảng.', '    2. Hình thức tuyên truyền.', 'a)\tTuyên truyền trên báo chí, cổng thông tin điện tử của tỉnh và các huyện.'].join('\n'));
    expect(doc.lines.every((l) => l.column === 'full')).toBe(true);
  });
});

describe('addressees (Kính gửi)', () => {
  const head = ['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ', 'Số: 123/SNV-TCBC', 'V/v tuyển dụng', 'Cao Bằng, ngày 05 tháng 5 năm 2023'];
  const tail = ['Thực hiện Kế hoạch số 12/KH-UBND ngày 3/3/2023 của UBND tỉnh, Sở Nội vụ đề nghị như sau:', '1. Nội dung.'];
  const cases: Array<[string[], string[]]> = [
    [['Kính gửi: Ủy ban nhân dân các huyện, thành phố.'], ['Ủy ban nhân dân các huyện, thành phố']],
    [['Kính gửi:', '- Sở Tài chính;', '- Sở Kế hoạch và Đầu tư;', '- UBND các huyện, thành phố.'], ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'UBND các huyện, thành phố']],
    [['Kính gửi:', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư'], ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
    [['KÍNH GỬI: Sở Tài chính'], ['Sở Tài chính']],
    [['Kính gửi: - Sở Tài chính;', '- Sở Kế hoạch và Đầu tư.'], ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
    [['Kính gửi  Thủ tướng Chính phủ'], ['Thủ tướng Chính phủ']],
    [['Kính gửi: Sở Tài chính; Sở Xây dựng.'], ['Sở Tài chính', 'Sở Xây dựng']],
    [['Kính gửi: Sở Tài chính tỉnh Cao Bằng', 'Địa chỉ: số 1 đường Hoàng Đình Giong'], ['Sở Tài chính tỉnh Cao Bằng']],
    [['Kính gửi:', 'Các sở, ban, ngành tỉnh', 'Địa chỉ: số 1 đường Hoàng Đình Giong'], ['Các sở, ban, ngành tỉnh']],
  ];
  for (const [lines, names] of cases) {
    it(`reads ${JSON.stringify(lines)}`, async () => {
      expect((await recordFromText([...head, ...lines, ...tail].join('\n'))).addressees.map((a) => a.name)).toEqual(names);
    });
  }
});

/**
 * NĐ 30/2020, Phụ lục I: a công văn's trích yếu ("V/v" + content) stands under the number and
 * symbol in the left column, wrapped over as many lines as it needs, above "Kính gửi".
 */
describe('a công văn’s trích yếu wrapped in the left column', () => {
  const head = ['UBND TỈNH LÂM ĐỒNG', 'SỞ TƯ PHÁP', 'Số: 12/STP-VP'];
  const motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  const date = 'Lâm Đồng, ngày 05 tháng 01 năm 2026';
  const body = 'Sở Tư pháp nhận được Công văn số 215/SNV-CCHC ngày 14/01/2026 của Sở Nội vụ về việc lấy ý kiến dự thảo Kế hoạch kiểm tra cải cách hành chính năm 2026 trên địa bàn tỉnh.';
  const cases: Array<[string, string[], string]> = [
    ['wrapped before a capital word, then Kính gửi', [...head, ...motto, date, 'V/v góp ý dự thảo Kế hoạch kiểm tra', 'CCHC năm 2026 trên địa bàn', 'tỉnh Lâm Đồng', 'Kính gửi: Sở Nội vụ.', body], 'V/v góp ý dự thảo Kế hoạch kiểm tra CCHC năm 2026 trên địa bàn tỉnh Lâm Đồng'],
    ['wrapped over four lines', [...head, ...motto, date, 'V/v hoàn thiện Đề án hợp nhất đoàn', 'Luật sư tỉnh Lâm Đồng, đoàn Luật sư', 'tỉnh Bình Thuận, đoàn Luật sư tỉnh', 'Đắk Nông (cũ) thành đoàn Luật sư', 'tỉnh Lâm Đồng.', 'Kính gửi: Đoàn Luật sư tỉnh Lâm Đồng.', body], 'V/v hoàn thiện Đề án hợp nhất đoàn Luật sư tỉnh Lâm Đồng, đoàn Luật sư tỉnh Bình Thuận, đoàn Luật sư tỉnh Đắk Nông (cũ) thành đoàn Luật sư tỉnh Lâm Đồng.'],
    ['a cited number wrapped at its line', [...head, ...motto, date, 'V/v triển khai thực hiện', 'Công văn số 5689/BCA-C04', 'của Bộ Công an', 'Kính gửi: Công an tỉnh', body], 'V/v triển khai thực hiện Công văn số 5689/BCA-C04 của Bộ Công an'],
    ['the place and date printed beside its lines', [...head, 'V/v góp ý dự thảo Kế hoạch kiểm', ...motto, date, 'tra cải cách hành chính năm 2026', 'trên địa bàn tỉnh Lâm Đồng', 'Kính gửi: Sở Nội vụ', body], 'V/v góp ý dự thảo Kế hoạch kiểm tra cải cách hành chính năm 2026 trên địa bàn tỉnh Lâm Đồng'],
    ['one line, Kính gửi under it', [...head, ...motto, date, 'V/v góp ý dự thảo Kế hoạch', 'Kính gửi: Sở Nội vụ', body], 'V/v góp ý dự thảo Kế hoạch'],
    ['no Kính gửi: the body is not taken in', [...head, ...motto, date, 'V/v góp ý dự thảo Kế hoạch', 'Sở Tư pháp thống nhất với dự thảo.', body], 'V/v góp ý dự thảo Kế hoạch'],
    ['a long body line before Kính gửi is not taken in', [...head, ...motto, date, 'V/v góp ý dự thảo Kế hoạch', body, 'Kính gửi: Sở Nội vụ'], 'V/v góp ý dự thảo Kế hoạch'],
  ];
  for (const [name, lines, title] of cases) {
    it(name, async () => {
      const r = await recordFromText(lines.join('\n'));
      expect(r.title?.value).toBe(title);
      expect(r.docType?.code).toBe('CV');
    });
  }

  /** Lines placed on a page as a PDF text layer gives them: x, y, width in points. */
  const placed = (rows: Array<[string, Line['column'], number, number, number]>): NormalizedDocument => {
    let at = 0;
    const lines = rows.map(([text, column, x, y, width]) => {
      const line: Line = { text, start: at, end: at + text.length, page: 1, x, y, width, column, fontSize: 13 };
      at += text.length + 1;
      return line;
    });
    return { lines, text: lines.map((l) => l.text).join('\n') } as unknown as NormalizedDocument;
  };
  const header: Array<[string, Line['column'], number, number, number]> = [
    ['UBND TỈNH LÂM ĐỒNG', 'left', 97, 69, 144],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'right', 277, 69, 271],
    ['SỞ TƯ PHÁP', 'left', 130, 84, 78],
    ['Độc lập - Tự do - Hạnh phúc', 'right', 327, 85, 171],
    ['Số: 12/STP-VP', 'left', 117, 117, 104],
  ];
  const subject = (layout: ReturnType<typeof locateHeader>) => layout.subjectIndexes.map((i) => layout.lines[i]!.text);
  it('positioned: every line inside the left column continues it, whatever column it was given', () => {
    const layout = locateHeader(placed([
      ...header,
      ['V/v góp ý dự thảo Kế hoạch kiểm', 'left', 82, 131, 163],
      ['Lâm Đồng, ngày 05 tháng 01 năm 2026', 'right', 297, 128, 214],
      ['tra cải cách hành chính năm 2026', 'full', 83, 145, 161],
      ['trên địa bàn tỉnh Lâm Đồng', 'left', 97, 159, 133],
      ['Kính gửi: Sở Nội vụ', 'right', 255, 191, 114],
      ['Căn cứ Công văn số 215/SNV-CCHC ngày 14/01/2026 về việc lấy', 'right', 113, 231, 425],
    ]));
    expect(subject(layout)).toEqual(['V/v góp ý dự thảo Kế hoạch kiểm', 'tra cải cách hành chính năm 2026', 'trên địa bàn tỉnh Lâm Đồng']);
  });
  it('positioned: a line reaching into the right column is the body', () => {
    const layout = locateHeader(placed([
      ...header,
      ['Lâm Đồng, ngày 05 tháng 01 năm 2026', 'right', 304, 117, 216],
      ['V/v góp ý dự thảo Kế hoạch', 'full', 80, 131, 178],
      ['Sở Tư pháp nhận được Công văn số 215/SNV-CCHC ngày', 'full', 121, 145, 418],
    ]));
    expect(subject(layout)).toEqual(['V/v góp ý dự thảo Kế hoạch']);
  });
  it('positioned: a subject set across, wider than the left column, goes on as far as its first line reaches', () => {
    const layout = locateHeader(placed([
      ...header,
      ['Lâm Đồng, ngày 05 tháng 01 năm 2026', 'right', 304, 101, 216],
      ['V/v Nhãn hiệu Thanh long Bình Thuận', 'full', 43, 121, 219],
      ['và tên Hiệp hội thanh long', 'full', 43, 140, 200],
      ['Kính gửi: Sở Nội vụ', 'right', 255, 170, 114],
      ['Hiệp hội được thành lập theo Quyết định số 12/QĐ-UBND ngày 01/02/2003 của', 'full', 80, 200, 440],
    ]));
    expect(subject(layout)).toEqual(['V/v Nhãn hiệu Thanh long Bình Thuận', 'và tên Hiệp hội thanh long']);
  });
  it('positioned: a gap under it ends it', () => {
    const layout = locateHeader(placed([
      ...header,
      ['Lâm Đồng, ngày 05 tháng 01 năm 2026', 'right', 304, 117, 216],
      ['V/v góp ý dự thảo Kế hoạch', 'full', 80, 131, 178],
      ['Nơi nhận:', 'left', 85, 353, 51],
    ]));
    expect(subject(layout)).toEqual(['V/v góp ý dự thảo Kế hoạch']);
  });
});

describe('a trích yếu printed without "V/v"', () => {
  const head = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/UBND-NC'];
  const body = 'Chủ tịch UBND tỉnh nhận được văn bản và hồ sơ báo cáo kết quả Đại hội của Hiệp hội Du lịch tỉnh Lâm Đồng, có ý kiến như sau:';
  const cases: Array<[string, string[], string | undefined]> = [
    ['"Về …" under the number, wrapped, closed by Kính gửi', [...head, 'Về kết quả Đại hội Hiệp hội', 'Du lịch tỉnh Lâm Đồng', 'nhiệm kỳ 2025 - 2030', 'Lâm Đồng, ngày 05 tháng 01 năm 2026', 'Kính gửi: Hiệp hội Du lịch tỉnh Lâm Đồng', body], 'Về kết quả Đại hội Hiệp hội Du lịch tỉnh Lâm Đồng nhiệm kỳ 2025 - 2030'],
    ['"Về …" on one line beside the date', [...head, 'Về kết quả Đại hội Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng', 'Lâm Đồng, ngày 05 tháng 01 năm 2026', 'Kính gửi: Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng', body], 'Về kết quả Đại hội Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng'],
    ['"Về …" with no Kính gửi is body, not a trích yếu', [...head, 'Lâm Đồng, ngày 05 tháng 01 năm 2026', 'Về kết quả Đại hội, Chủ tịch UBND tỉnh có ý kiến như sau:', body], undefined],
  ];
  for (const [name, lines, title] of cases) {
    it(name, async () => {
      expect((await recordFromText(lines.join('\n'))).title?.value).toBe(title);
    });
  }
});

/**
 * Older government forms and Party, Front and association resolutions follow the type name with
 * `CỦA` and the issuing body (on the type line or under it); the trích yếu comes after that.
 */
describe('a type line that names its issuing body', () => {
  const pursuant = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;';
  const cases: Array<[string, string[], string | undefined]> = [
    ['on the type line, over a V/v title', ['UỶ BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'Số: 12/2003/QĐ-UB', 'Quảng Ngãi, ngày 05 tháng 10 năm 2003', 'QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH', 'V/v thành lập Hội Nông dân xã Nghĩa Hà', pursuant], 'V/v thành lập Hội Nông dân xã Nghĩa Hà'],
    ['on the next line, over a title in small letters', ['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY XÃ ĐẠ TẺH', 'Số 05-NQ/ĐU', 'Đạ Tẻh, ngày 10 tháng 3 năm 2025', 'NGHỊ QUYẾT', 'CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ', 'về lãnh đạo công tác bầu cử năm 2026', '-----', 'Thực hiện chỉ đạo của Tỉnh ủy.'], 'về lãnh đạo công tác bầu cử năm 2026'],
    ['wrapped over two lines, over a bracketed title and dashed pursuant lines', ['HỘI KHUYẾN HỌC TỈNH', 'HỘI ĐỒNG QUẢN LÝ QUỸ', 'Số: 01/NQ-HĐQLQ', 'Bình Thuận, ngày 18 tháng 02 năm 2025', 'NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ', 'KHUYẾN HỌC TỈNH BÌNH THUẬN', '(Về việc đề nghị sửa đổi, bổ sung Điều lệ Quỹ)', '- Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25/11/2019 của Chính phủ;', 'QUYẾT NGHỊ'], 'Về việc đề nghị sửa đổi, bổ sung Điều lệ Quỹ'],
    ['in capitals, the title opening with VỀ', ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Số 12-NQ/TW', 'Hà Nội, ngày 16 tháng 01 năm 2022', 'NGHỊ QUYẾT', 'CỦA BỘ CHÍNH TRỊ', 'VỀ TIẾP TỤC XÂY DỰNG LỰC LƯỢNG CÔNG AN NHÂN DÂN', '-----', 'I. TÌNH HÌNH'], 'VỀ TIẾP TỤC XÂY DỰNG LỰC LƯỢNG CÔNG AN NHÂN DÂN'],
  ];
  for (const [name, lines, title] of cases) {
    it(name, async () => {
      expect((await recordFromText(lines.join('\n'))).title?.value).toBe(title);
    });
  }
});

describe('a title ends before the rule under it', () => {
  it('keeps a line in small letters that the rule closes ("Nhiệm kỳ …")', async () => {
    const r = await recordFromText(['UBND TỈNH BÌNH THUẬN', 'HIỆP HỘI DOANH NGHIỆP', 'Số: 12/BC-HHDN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Bình Thuận, ngày 05 tháng 6 năm 2025', 'BÁO CÁO KIỂM ĐIỂM', 'CỦA BAN CHẤP HÀNH HIỆP HỘI DOANH NGHIỆP', 'Nhiệm kỳ IV (2019-2025)', '------------------------', 'Đại hội lần thứ IV của Hiệp hội đã bầu Ban Chấp hành gồm 21 thành viên.'].join('\n'));
    expect(r.title?.value).toBe('KIỂM ĐIỂM CỦA BAN CHẤP HÀNH HIỆP HỘI DOANH NGHIỆP Nhiệm kỳ IV (2019-2025)');
  });
  it('stops at a line in small letters with no rule under it', async () => {
    const r = await recordFromText(['UBND TỈNH BÌNH THUẬN', 'HIỆP HỘI DOANH NGHIỆP', 'Số: 12/BC-HHDN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Bình Thuận, ngày 05 tháng 6 năm 2025', 'BÁO CÁO', 'KẾT QUẢ HOẠT ĐỘNG NĂM 2024', 'Đại hội lần thứ IV của Hiệp hội đã bầu Ban Chấp hành gồm 21 thành viên.', BODY].join('\n'));
    expect(r.title?.value).toBe('KẾT QUẢ HOẠT ĐỘNG NĂM 2024');
  });
});

describe('a trích yếu in small letters inside the left column of a placed page', () => {
  const placed = (rows: Array<[string, Line['column'], number, number, number]>): NormalizedDocument => {
    let at = 0;
    const lines = rows.map(([text, column, x, y, width]) => {
      const line: Line = { text, start: at, end: at + text.length, page: 1, x, y, width, column, fontSize: 12 };
      at += text.length + 1;
      return line;
    });
    return { lines, text: lines.map((l) => l.text).join('\n') } as unknown as NormalizedDocument;
  };
  const header: Array<[string, Line['column'], number, number, number]> = [
    ['HIỆP HỘI', 'left', 157, 58, 52],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'right', 291, 58, 255],
    ['CÔNG CHỨNG VIÊN VIỆT NAM', 'left', 94, 72, 177],
    ['Độc lập - Tự do - Hạnh phúc', 'right', 344, 72, 150],
    ['Số: 545/HD-BTV', 'left', 134, 108, 96],
    ['Hà Nội, ngày 29 tháng 7 năm 2025', 'right', 372, 106, 175],
    ['Hướng dẫn một số nội dung liên quan', 'full', 96, 128, 186],
    ['đến hợp nhất Hội công chứng viên', 'full', 104, 147, 169],
  ];
  const subject = (layout: ReturnType<typeof locateHeader>) => layout.subjectIndexes.map((i) => layout.lines[i]!.text);
  it('is the trích yếu when Kính gửi closes it', () => {
    const layout = locateHeader(placed([...header, ['Kính gửi: Hội công chứng viên các tỉnh', 'right', 213, 185, 268], ['Thực hiện Công văn số 3944/BTP-BTTP ngày 02/7/2025 của Bộ Tư pháp', 'full', 127, 216, 405]]));
    expect(subject(layout)).toEqual(['Hướng dẫn một số nội dung liên quan', 'đến hợp nhất Hội công chứng viên']);
  });
  it('is not without Kính gửi', () => {
    const layout = locateHeader(placed([...header, ['Thực hiện Công văn số 3944/BTP-BTTP ngày 02/7/2025 của Bộ Tư pháp', 'full', 127, 216, 405]]));
    expect(subject(layout)).toEqual([]);
  });
});

describe('a body sentence under the type line is not a title', () => {
  it('one that opens like the body and ends in a colon', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 12/GM-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lâm Đồng, ngày 05 tháng 10 năm 2025', 'GIẤY MỜI', 'Thực hiện Công điện số 2003/CĐ-VPCP ngày 07/10/2025 của Văn phòng Chính phủ, Ủy ban nhân dân tỉnh mời họp như sau:', '1. Thành phần: lãnh đạo các sở.'].join('\n'));
    expect(r.title).toBeNull();
  });
  it('a title that opens with the same words is kept', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lâm Đồng, ngày 05 tháng 10 năm 2025', 'KẾ HOẠCH', 'Thực hiện Nghị quyết số 12-NQ/TU ngày 01/01/2025 của Tỉnh ủy', BODY].join('\n'));
    expect(r.title?.value).toBe('Thực hiện Nghị quyết số 12-NQ/TU ngày 01/01/2025 của Tỉnh ủy');
  });
});

describe('a title on a scan', () => {
  it('passes over a stamp’s marks in the margin and a lone letter read from the rule under it', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const read: Record<string, [number, 'left' | 'right' | 'full']> = {
      'ti TH10v528 ïCửlukí': [0, 'left'],
      H: [0.93, 'left'],
      Đ: [0.83, 'right'],
      'nhiệm kỳ 2020 -': [0.9, 'right'],
      '2025': [0.9, 'right'],
    };
    const doc = await docFromText(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN', 'Số: 407/QĐ-UBND', 'Phan Thiết, ngày 10 tháng 02 năm 2010', 'QUYẾT ĐỊNH', 'Về việc phê duyệt Điều lệ Hội', 'ti TH10v528 ïCửlukí', 'nhiệm kỳ 2020 -', '2025', 'H', 'Đ', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', BODY].join('\n'));
    const lines = doc.lines.map((l) => ({ ...l, confidence: read[l.text]?.[0] ?? 0.9, column: read[l.text]?.[1] ?? ('right' as const) }));
    expect((await extractRecord({ ...doc, lines })).title?.value).toBe('Về việc phê duyệt Điều lệ Hội nhiệm kỳ 2020 - 2025');
  });
});

describe('a symbol’s type code misread on a scan', () => {
  it('takes the code of the type printed above the title where the read code is one letter off it and no type’s code', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const symbolOf = async (number: string, type: string, ocr: boolean) => {
      const doc = await docFromText(['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG', `Số: ${number}`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lâm Đồng, ngày 22 tháng 10 năm 2025', type, 'Đề nghị ban hành Báo cáo kết quả', BODY].join('\n'));
      const lines = ocr ? doc.lines.map((l) => ({ ...l, confidence: 0.9 })) : doc.lines;
      return (await extractRecord({ ...doc, lines })).number?.symbol;
    };
    expect(await symbolOf('289/TIr-CAT-PC06', 'TỜ TRÌNH', true)).toBe('TTr-CAT-PC06');
    expect(await symbolOf('289/KH-CAT-PC06', 'KẾ HOẠCH', true)).toBe('KH-CAT-PC06');
    // Typed as printed, a real type's code, or more than a letter off: left as read.
    expect(await symbolOf('289/TIr-CAT-PC06', 'TỜ TRÌNH', false)).toBe('TIr-CAT-PC06');
    expect(await symbolOf('289/TB-CAT-PC06', 'TỜ TRÌNH', true)).toBe('TB-CAT-PC06');
    expect(await symbolOf('289/XYr-CAT-PC06', 'TỜ TRÌNH', true)).toBe('XYr-CAT-PC06');
  });
});

describe('an issuer the type line names in full', () => {
  it('takes the name after CỦA where the header abbreviates the body, and nowhere else', async () => {
    const head = (lines: string[], typeLines: string[]) =>
      recordFromText([...lines, 'Số: 01/NQ-HĐQLQ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Bình Thuận, ngày 18 tháng 02 năm 2025', ...typeLines, '(Về việc sửa đổi Điều lệ Quỹ)', BODY].join('\n'));
    const abbreviated = await head(['HỘI KHUYẾN HỌC TỈNH', 'HỘI ĐỒNG QL QUỸ KHUYẾN HỌC'], ['NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ', 'KHUYẾN HỌC TỈNH BÌNH THUẬN']);
    expect(abbreviated.issuer?.name.toLocaleLowerCase('vi')).toBe('hội đồng quản lý quỹ khuyến học tỉnh bình thuận');
    expect(abbreviated.issuer?.lines).toEqual(['HỘI KHUYẾN HỌC TỈNH', 'HỘI ĐỒNG QL QUỸ KHUYẾN HỌC']);
    // A header that prints the body in full, or names another body, keeps its own name.
    const printed = await head(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN'], ['NGHỊ QUYẾT CỦA ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN']);
    expect(printed.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình Thuận');
    const other = await head(['HỘI KHUYẾN HỌC TỈNH', 'BAN THƯỜNG VỤ'], ['NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ KHUYẾN HỌC']);
    expect(other.issuer?.name).not.toMatch(/Hội đồng/u);
  });
});

describe('an issuer whose header prints the short name its text defines', () => {
  const doc = (header: string[], body: string) =>
    recordFromText([...header, 'Số: 15/KH-BCĐ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 10 tháng 3 năm 2026', 'KẾ HOẠCH', 'Kiểm tra công tác năm 2026', body].join('\n'));
  it('takes the full name the brackets follow, the short name matched with its abbreviations written out', async () => {
    const defined = await doc(
      ['BỘ Y TẾ', 'BAN CHỈ ĐẠO LIÊN NGÀNH TW'],
      'Thực hiện Quyết định số 12/QĐ-BYT ngày 02/01/2026 về việc thành lập Ban Chỉ đạo liên ngành về an toàn thực phẩm\ncấp trung ương (Ban Chỉ đạo liên ngành Trung ương), Ban Chỉ đạo ban hành Kế hoạch kiểm tra như sau.',
    );
    expect(defined.issuer?.name).toBe('Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp trung ương');
    expect(defined.issuer?.lines).toEqual(['BỘ Y TẾ', 'BAN CHỈ ĐẠO LIÊN NGÀNH TW']);
    const calledSo = await doc(['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO TỈNH'], 'Ban Chỉ đạo thực hiện Đề án 06 tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo tỉnh) ban hành Kế hoạch như sau.');
    expect(calledSo.issuer?.name).toBe('Ban Chỉ đạo thực hiện Đề án 06 tỉnh Lâm Đồng');
  });
  it('keeps the header’s name where the brackets name another body, or hold no name', async () => {
    const other = await doc(['BỘ Y TẾ', 'BAN CHỈ ĐẠO LIÊN NGÀNH TW'], 'Thực hiện chỉ đạo của Ban Chỉ đạo liên ngành về phòng, chống dịch cấp tỉnh (Ban Chỉ đạo liên ngành tỉnh), Ban Chỉ đạo ban hành Kế hoạch.');
    expect(other.issuer?.name).toMatch(/^Ban Chỉ đạo [Ll]iên ngành (?:TW|Trung ương)$/u);
    const sentence = await doc(['BỘ Y TẾ', 'BAN CHỈ ĐẠO LIÊN NGÀNH TW'], 'Ban Chỉ đạo liên ngành đã họp. Kết quả được gửi cho các đơn vị (Ban Chỉ đạo liên ngành Trung ương) để biết.');
    expect(sentence.issuer?.name).toMatch(/^Ban Chỉ đạo [Ll]iên ngành (?:TW|Trung ương)$/u);
  });
  it('takes no sentence opening with the short name for its definition: brackets after a body name the unit that handles the matter', async () => {
    const handled = await doc(['UBND TỈNH BẮC NINH', 'SỞ TÀI CHÍNH'], 'Sở Tài chính đề nghị các đơn vị tổng hợp, gửi báo cáo về Ủy ban nhân dân tỉnh (Sở Tài chính) trước ngày 31/3/2026 để tổng hợp.');
    expect(handled.issuer?.name).toBe('Sở Tài chính tỉnh Bắc Ninh');
    const office = await doc(['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ'], 'Tổng cục Thuế đề nghị Cục Thuế các tỉnh báo cáo Bộ Tài chính (Tổng cục Thuế) trước ngày 15/4/2026.');
    expect(office.issuer?.name).toBe('Tổng cục Thuế');
  });
});

/** Police and army signers print their rank before the name; OCR misreads marks and joins words. */
describe('signer names on scans', () => {
  it('leaves out a rank, also as OCR misreads it', async () => {
    const { personName } = await import('../../extractors/closing.js');
    expect(personName('Đại tá Nguyễn Văn Cường')).toBe('Nguyễn Văn Cường');
    expect(personName('Đại-tả Nguyễn Văn Cường')).toBe('Nguyễn Văn Cường');
    expect(personName('Thiều tướng Trương Minh Đương')).toBe('Trương Minh Đương');
    expect(personName('Trung úy Lê Thị Hoa')).toBe('Lê Thị Hoa');
    // Specks of a seal or a pen before or after the name.
    expect(personName('"Lương Thế Điền')).toBe('Lương Thế Điền');
    expect(personName('` Lê Văn Lợi .')).toBe('Lê Văn Lợi');
    expect(personName('(Đã ký)')).toBeNull();
    // A position OCR misread into a family name's spelling is no name.
    expect(personName('TRƯƠNG BAN VẬN ĐỘNG', true)).toBeNull();
    expect(personName('PHO CHU TICH', true)).toBeNull();
    expect(personName('TRƯƠNG VĂN BAN', true)).toBe('Trương Văn Ban');
  });

  it('takes the name of the one person who signed the file digitally for a name OCR misread or lost, not for a typed one', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const closing = (name: string) => ['UBND TỈNH LÂM ĐỒNG', 'SỞ TƯ PHÁP', 'Số: 12/STP-VP', 'V/v góp ý', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'GIÁM ĐỐC', name].join('\n');
    const signed = async (name: string, signers: string[], ocr: boolean) => {
      const doc = await docFromText(closing(name));
      const lines = ocr ? doc.lines.map((l) => ({ ...l, confidence: 0.9 })) : doc.lines;
      const scan = ocr ? { ocr: { engine: 'tesseract.js', confidence: 0.9, pages: [] } } : {};
      return (await extractRecord({ ...doc, ...scan, lines, stamps: signers.map((signer) => ({ signer, time: null })) })).signer;
    };
    expect((await signed('Trân Hoàng Tuấp', ['Trần Hoàng Tuấn'], true))?.name).toBe('Trần Hoàng Tuấn');
    expect((await signed('Trân Hoàng Tuấp', ['TRẦN HOÀNG TUẤN', 'SỞ TƯ PHÁP'], true))?.name).toBe('Trần Hoàng Tuấn');
    expect((await signed('`', ['Trần Hoàng Tuấn'], true))?.name).toBe('Trần Hoàng Tuấn');
    // Another person, two people, a body, or a typed name: the block's own name stays.
    expect((await signed('Lê Văn An', ['Trần Hoàng Tuấn'], true))?.name).toBe('Lê Văn An');
    expect((await signed('Trân Hoàng Tuấp', ['Trần Hoàng Tuấn', 'Lê Văn An'], true))?.name).toBe('Trần Hoàng Tuấp');
    expect((await signed('Trân Hoàng Tuấp', ['SỞ TƯ PHÁP'], true))?.name).toBe('Trần Hoàng Tuấp');
    expect((await signed('Trần Hoàng Tuân', ['Trần Hoàng Tuấn'], false))?.name).toBe('Trần Hoàng Tuân');
  });

  it('on a scan, takes a name a pen stroke runs into for the name, and leaves a speck of two capitals out of the position', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const doc = await docFromText(['UBND TỈNH LÂM ĐỒNG', 'SỞ TƯ PHÁP', 'Số: 12/STP-VP', 'V/v góp ý', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'HN', '--Nguyễn Du'].join('\n'));
    const signature = new Set(['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'HN', '--Nguyễn Du']);
    const lines = doc.lines.map((l) => ({ ...l, confidence: l.text === 'HN' ? 0.56 : 0.9, column: signature.has(l.text) ? ('right' as const) : ('left' as const) }));
    const signer = (await extractRecord({ ...doc, lines })).signer;
    expect([signer?.name, signer?.lines]).toEqual(['Nguyễn Du', ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']]);
  });

  it('leaves out titles printed before the name, alone or chained, however OCR read their letters', async () => {
    const { personName } = await import('../../extractors/closing.js');
    expect(personName('TS. Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(personName('GS.TS. Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(personName('LS.TS. Đỗ Văn Bình')).toBe('Đỗ Văn Bình');
    expect(personName('PGS. TS. Lê Thị Hoa')).toBe('Lê Thị Hoa');
    expect(personName('ThS.Trần Minh')).toBe('Trần Minh');
    expect(personName('__1S.TS. Đỗ Văn Bình')).toBe('Đỗ Văn Bình');
    expect(personName('TS Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(personName('Luật sư Phạm Văn Cao')).toBe('Phạm Văn Cao');
    expect(personName('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });

  it('on a scan, restores the family name OCR misread but leaves a given name as read (no model tells a misreading from a real name)', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const signed = async (name: string, ocr: boolean) => {
      const doc = await docFromText(['UBND TỈNH LÂM ĐỒNG', 'SỞ TƯ PHÁP', 'Số: 12/STP-VP', 'V/v góp ý', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'GIÁM ĐỐC', name].join('\n'));
      const lines = ocr ? doc.lines.map((l) => ({ ...l, confidence: 0.9 })) : doc.lines;
      const scan = ocr ? { ocr: { engine: 'tesseract.js', confidence: 0.9, pages: [] } } : {};
      return (await extractRecord({ ...doc, ...scan, lines }, { calibrate: false })).signer;
    };
    const read = await signed('Trân Hoàng Tuân', true);
    expect(read?.name).toBe('Trần Hoàng Tuân');
    // Less sure than the same block's name read as it stands.
    expect(read!.confidence).toBeLessThan((await signed('Trần Hoàng Tuân', true))!.confidence);
    expect((await signed('Trân Hoàng Tuân', false))?.name).toBe('Trân Hoàng Tuân');
    // Real names a small model of names would take for misreadings stay as read.
    for (const name of ['Vương Đình Huệ', 'Lê Văn Tuân', 'Trương Minh Đương']) expect((await signed(name, true))?.name).toBe(name);
  });

  it('on a scan, ends the signature block at a page past the top line of the next: another paper of a dossier holds no name of it', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const signerOf = async (nextPage: string[]) => {
      const block = ['UBND TỈNH LÂM ĐỒNG', 'SỞ TƯ PHÁP', 'Số: 12/STP-VP', 'V/v góp ý', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. BAN VẬN ĐỘNG', 'TRƯỞNG BAN'];
      const doc = await docFromText([...block, ...nextPage].join('\n'));
      const at = doc.lines.findIndex((l) => l.text.trim() === 'TM. BAN VẬN ĐỘNG');
      const lines = doc.lines.map((l, i) => ({ ...l, confidence: 0.9, page: i < at + 2 ? 1 : 2, column: i >= at ? ('right' as const) : l.column }));
      return (await extractRecord({ ...doc, ocr: { engine: 'tesseract.js', confidence: 0.9, pages: [] }, lines })).signer;
    };
    // The name under the seal lost: the next paper's table of members names other people.
    expect((await signerOf(['Họ và tên', 'Năm sinh', 'Quê quán', 'Lê Văn Hùng']))?.name ?? null).toBeNull();
    // The block cut by the page's end: its name at the top of the next page.
    expect((await signerOf(['Lê Văn Hùng', 'Họ và tên', 'Năm sinh']))?.name).toBe('Lê Văn Hùng');
  });

  it('restores a family name OCR changed the marks of, only to the one family name it spells', async () => {
    const { withFamilyNameRestored } = await import('../../extractors/closing.js');
    expect(withFamilyNameRestored('Trân Phước Hiền')).toBe('Trần Phước Hiền');
    expect(withFamilyNameRestored('Nguyên Văn Cường')).toBe('Nguyễn Văn Cường');
    expect(withFamilyNameRestored('Huynh Cảnh')).toBe('Huỳnh Cảnh');
    expect(withFamilyNameRestored('Lê Văn Tám')).toBe('Lê Văn Tám');
    expect(withFamilyNameRestored('Thái Văn Hòa')).toBe('Thái Văn Hòa');
    // The initial misread as a letter of like shape: only where it gives a family name.
    expect(withFamilyNameRestored('Iẽ Văn Lợi')).toBe('Lê Văn Lợi');
    expect(withFamilyNameRestored('Iâm Minh')).toBe('Lâm Minh');
    expect(withFamilyNameRestored('Ia Văn Hòa')).toBe('Ia Văn Hòa');
  });

  it('reads names of the Central Highlands peoples, their apostrophe as printed or as OCR reads it', async () => {
    const { personName } = await import('../../extractors/closing.js');
    expect(personName('H’Vi Êban')).toBe('H’Vi Êban');
    expect(personName("Y'Bih ÊBan")).toBe("Y'Bih ÊBan");
    expect(personName('H?Vi ÊBan')).toBe('H’Vi ÊBan');
    expect(personName('Ksor Nham')).toBe('Ksor Nham');
    // Two capitals with no letter after them are an abbreviation, not a syllable of a name.
    expect(personName('TM Ban Chấp')).toBeNull();
  });

  it('on a scan, passes over the seal’s ring read under the position, and takes the name under a rank OCR garbled', async () => {
    const { extractRecord } = await import('../../extractors/index.js');
    const { docFromText } = await import('../helpers.js');
    const signatureOf = async (block: Array<[string, number]>) => {
      const doc = await docFromText(['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG', 'Số: 12/CAT-PV01', 'V/v góp ý', BODY, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...block.map(([t]) => t)].join('\n'));
      const read = new Map(block);
      const lines = doc.lines.map((l) => ({ ...l, confidence: read.get(l.text) ?? 0.95, column: read.has(l.text) ? ('right' as const) : ('left' as const) }));
      const signer = (await extractRecord({ ...doc, lines })).signer;
      return [signer?.name, signer?.lines];
    };
    const position: Array<[string, number]> = [['TM. BAN CHẤP HÀNH', 0.7], ['PHÓ CHỦ TỊCH THƯỜNG TRỰC', 0.65]];
    expect(await signatureOf([...position, ['BẠN.', 0.52], ['19:', 0.53], ['cụ Xã', 0.01], ['AI HPHH', 0.11], ['VAN', 0.85], ['N', 0.82], ['4A7', 0], ['`Iẽ Văn Lợi', 0.66]]))
      .toEqual(['Lê Văn Lợi', ['TM. BAN CHẤP HÀNH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']]);
    // A second position line read surely stays.
    expect(await signatureOf([['KT. GIÁM ĐỐC', 0.9], ['PHÓ GIÁM ĐỐC', 0.9], ['Nguyễn Văn An', 0.9]])).toEqual(['Nguyễn Văn An', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']]);
    expect(await signatureOf([['GIÁM ĐỐC', 0.91], ['TT', 0], ['CN', 0.55], ['Tiêu-“Ướng Trương Minh Đương', 0.66]])).toEqual(['Trương Minh Đương', ['GIÁM ĐỐC']]);
  });
});

/** A biên bản opens with the time of the meeting: where its title ends. */
describe('the title of a biên bản ends where the meeting’s time begins', () => {
  for (const opening of ['Vào lúc 14 giờ 00 phút, ngày 09 tháng 12 năm 2023, tại trụ sở', 'Hôm nay, ngày 09 tháng 12 năm 2023, tại trụ sở', 'Vào hồi 8 giờ 30, ngày 09 tháng 12 năm 2023, tại trụ sở']) {
    it(opening.split(',')[0]!, async () => {
      const r = await recordFromText(['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ', 'Số: 12/BB-SNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 09 tháng 12 năm 2023', 'BIÊN BẢN', 'Họp thống nhất về việc thành lập', 'Hội Cựu giáo chức tỉnh', opening, 'Sở Nội vụ đã tổ chức cuộc họp với thành phần như sau:', BODY].join('\n'));
      expect(r.title?.value).toBe('Họp thống nhất về việc thành lập Hội Cựu giáo chức tỉnh');
    });
  }
});

describe('a title row split by a lost dash', () => {
  it('keeps a piece without letters on the title', async () => {
    const r = await recordFromText(['UBND TỈNH CAO BẰNG', 'HIỆP HỘI DOANH NGHIỆP', 'Số: 12/NQ-HHDN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 09 tháng 12 năm 2023', 'NGHỊ QUYẾT', 'HỘI NGHỊ BAN CHẤP HÀNH KHÓA IV, NHIỆM KỲ (2019', '2025)', BODY].join('\n'));
    expect(r.title?.value).toBe('HỘI NGHỊ BAN CHẤP HÀNH KHÓA IV, NHIỆM KỲ (2019 2025)');
  });
});

/** A đơn or an association's report may print its place and date over the signature, not under the motto. */
describe('place and date over the signature', () => {
  // Past the header's reach: only the closing can date it.
  const LONG_BODY = Array.from({ length: 50 }, (_, i) => `Quỹ đã thực hiện nội dung thứ ${i + 1} theo Điều lệ.`);
  it('dates a document from the line over its signature when its header has none', async () => {
    const r = await recordFromText(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐƠN ĐỀ NGHỊ', 'Hợp nhất Quỹ Khuyến học tỉnh', 'Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.', BODY, ...LONG_BODY, 'Lâm Đồng, ngày 26 tháng 11 năm 2025', 'TM. HỘI ĐỒNG QUẢN LÝ QUỸ', 'CHỦ TỊCH', 'Tôn Thị Ngọc Hạnh'].join('\n'));
    expect([r.place?.value, r.date?.iso, r.signer?.name]).toEqual(['Lâm Đồng', '2025-11-26', 'Tôn Thị Ngọc Hạnh']);
  });
  it('dates a statement signed side by side, with no authority line, from the line over its row of signatures', async () => {
    const r = await recordFromText(['HIỆP HỘI DOANH NGHIỆP', 'TIỀN GỬI TIẾT KIỆM CỘNG ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO TÀI CHÍNH', 'Nhiệm kỳ IV (2019-2025)', BODY, ...LONG_BODY, 'Bình Thuận, ngày 12 tháng 5 năm 2025', 'Trưởng Ban Kiểm tra', 'Lập bảng', 'Kế toán', 'Phó Chủ tịch Thường trực', 'C)', 'N', 'L- Em:lu', 'Ất', '1', '⁄', 'an', 'N Lá', 'Nguyễn Văn Tiến', 'Ngô Xuân Danh', 'Huỳnh Thị Ngọc Chấn', 'Lê Văn Lợi'].join('\n'));
    expect([r.place?.value, r.date?.iso]).toEqual(['Bình Thuận', '2025-05-12']);
  });
  it('takes no place/date line from the body above a long paragraph', async () => {
    const r = await recordFromText(['HIỆP HỘI DOANH NGHIỆP', 'TIỀN GỬI TIẾT KIỆM CỘNG ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO TÀI CHÍNH', 'Nhiệm kỳ IV (2019-2025)', BODY, ...LONG_BODY, 'Bình Thuận, ngày 12 tháng 5 năm 2025', 'Hiệp hội đã chi trả đủ các khoản cho hội viên góp vốn theo đúng nghị quyết của Ban Chấp hành nhiệm kỳ IV.', 'Kế toán', 'Lê Văn Lợi'].join('\n'));
    expect(r.date).toBeNull();
  });
  it('keeps the header’s date over a later one', async () => {
    const r = await recordFromText(['UBND TỈNH CAO BẰNG', 'SỞ NỘI VỤ', 'Số: 12/BC-SNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cao Bằng, ngày 05 tháng 5 năm 2023', 'BÁO CÁO', 'Kết quả công tác', BODY, 'Cao Bằng, ngày 26 tháng 11 năm 2025', 'GIÁM ĐỐC', 'Nguyễn Văn An'].join('\n'));
    expect(r.date?.iso).toBe('2023-05-05');
  });
});

describe('the issuer block ends at the number line, also when its number is misread', () => {
  it('leaves a number line that does not parse, and what follows, out of the issuer', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN', 'SỐ L7” QĐ-CTUBBT', 'QUYẾT ĐỊNH CỦA CHỦ TỊCH UBND TỈNH BÌNH THUẬN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Phan Thiết, ngày 24 tháng 10 năm 2003', 'V/v cho phép thành lập Hiệp hội', BODY].join('\n'));
    expect(r.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình Thuận');
  });
});

describe('a place/date row broken by a handwritten blank', () => {
  it('joins the pieces to the right of "…, ngày" on the same row into the place/date line', async () => {
    const { locateHeader } = await import('../../extractors/layout.js');
    let start = 0;
    const line = (text: string, x: number, y: number, column: 'left' | 'right') => {
      const l = { text, start, end: start + text.length, page: 1, x, y, width: text.length * 5, column, fontSize: 12 };
      start = l.end + 1;
      return l;
    };
    const lines = [
      line('HỘI ĐỒNG QUẢN LÝ QUỸ', 90, 69, 'left'),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 69, 'right'),
      line('Số: 01/NQ-HĐQL', 134, 120, 'left'),
      line('Đắk Nông, ngày |Ùtbáng', 324, 120, 'right'),
      line('năm 2025', 473, 121, 'right'),
      line('NGHỊ QUYẾT', 273, 155, 'right'),
    ];
    const layout = locateHeader({ lines, text: lines.map((l) => l.text).join('\n') } as never);
    expect(layout.lines[layout.placeDateIndex]?.text).toBe('Đắk Nông, ngày |Ùtbáng năm 2025');
  });
});

describe('a paper read at a meeting', () => {
  it('takes the line under THAM LUẬN as the title and no issuer from the genre line', async () => {
    const r = await recordFromText(['THAM LUẬN', 'Thực trạng cơ sở cai nghiện ma túy thành phố Huế và các giải pháp', 'bảo đảm tiến độ nâng cấp trong năm 2026.', 'UBND Thành phố Huế', 'Kính thưa các đồng chí!', 'Được sự phân công của Ban Tổ chức, tôi xin trình bày tham luận với chủ đề nêu trên.'].join('\n'));
    expect(r.title?.value).toBe('Thực trạng cơ sở cai nghiện ma túy thành phố Huế và các giải pháp bảo đảm tiến độ nâng cấp trong năm 2026.');
    expect(r.issuer?.name).not.toBe('Tham luận');
    expect(r.docType).toBeNull();
  });
});

describe('a place/date line whose day a pen made unreadable', () => {
  it('keeps its month and year, unsure, instead of a date from the body', async () => {
    const r = await recordFromText(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN', 'Số: 407/QĐ-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Phan Thiết, ngày4© tháng 02 năm 2010', 'QUYẾT ĐỊNH', 'Về việc phê duyệt Điều lệ Hiệp hội', 'Điều 1. Phê duyệt Điều lệ được Đại hội thông qua ngày 27 tháng 01 năm 2010.', BODY].join('\n'));
    expect(r.date).toMatchObject({ year: 2010, month: 2, day: null });
    expect(r.date!.confidence).toBeLessThan(0.9);
  });
});
