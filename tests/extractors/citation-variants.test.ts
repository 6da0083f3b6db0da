import { describe, expect, it } from 'vitest';
import { readLawName } from '../../extractors/citations.js';
import { recordFromText } from '../helpers.js';

/**
 * Citations as documents write them (FORMAT.md §6: `‹Type› [số[:]] ‹ID›[,] [ngày ‹date›] [của
 * ‹issuer›] [về ‹subject›]`; laws by name and date or year), in the running text of a plan, and
 * what looks like one but is not. Each case: the sentence, then the citations found as
 * [type, number or law name, date, issuer].
 */

const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 77/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 3 năm 2025', 'KẾ HOẠCH', 'Tuyên truyền năm 2025'];

const cite = async (body: string) =>
  (await recordFromText([...HEADER, body, 'I. MỤC ĐÍCH', '1. Nội dung.'].join('\n'))).citations.map((c) => [c.type, c.number ?? c.name, c.date, c.issuer]);

type Row = [string | null, string | null, string | null, string | null];

const cases: Array<[string, Row[]]> = [
  ['Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII về một số vấn đề;', [['Nghị quyết', '18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương']]],
  ['Căn cứ Quyết định 1234/QĐ-UBND ngày 5/12/2024 của Ủy ban nhân dân tỉnh;', [['Quyết định', '1234/QĐ-UBND', '2024-12-05', 'Ủy ban nhân dân tỉnh']]],
  ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;', [['Luật', 'Luật Tổ chức chính quyền địa phương', '2025', null]]],
  ['Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Nội vụ triển khai như sau:', [['Kế hoạch', '12/KH-UBND', null, 'UBND tỉnh']]],
  ['Theo đề nghị của Sở Nội vụ tại Công văn số 345/SNV-TCBC ngày 02/01/2025;', [['Công văn', '345/SNV-TCBC', '2025-01-02', null]]],
  ['Căn cứ Thông tư 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức;', [['Thông tư', '01/2011/TT-BNV', '2011-01-19', 'Bộ Nội vụ']]],
  ['Thực hiện Văn bản số 5678/UBND-VX ngày 12/11/2025 của Ủy ban nhân dân tỉnh Lâm Đồng;', [['Văn bản', '5678/UBND-VX', '2025-11-12', 'Ủy ban nhân dân tỉnh Lâm Đồng']]],
  ['Quán triệt Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;', [['Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị']]],
  ['Căn cứ các Quyết định số 1743/QĐ-UBND và 1744/QĐ-UBND ngày 31/12/2024 của UBND tỉnh;', [['Quyết định', '1743/QĐ-UBND', '2024-12-31', 'UBND tỉnh'], ['Quyết định', '1744/QĐ-UBND', '2024-12-31', 'UBND tỉnh']]],
  ['Thực hiện Hướng dẫn số 27-HD/BTGDVTU ngày 10/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy;', [['Hướng dẫn', '27-HD/BTGDVTU', '2025-09-10', 'Ban Tuyên giáo và Dân vận Tỉnh ủy']]],
  ['Căn cứ Công văn số 120/SNNMT-CCKL ngày 3/3/2025 của Sở Nông nghiệp và Môi trường;', [['Công văn', '120/SNNMT-CCKL', '2025-03-03', 'Sở Nông nghiệp và Môi trường']]],
  ['Căn cứ Công điện số 12/CĐ-TTg ngày 5 tháng 3 năm 2025 của Thủ tướng Chính phủ;', [['Công điện', '12/CĐ-TTg', '2025-03-05', 'Thủ tướng Chính phủ']]],
  ['Thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng;', [['Kết luận', '121-KL/TW', '2025-01-24', 'Ban Chấp hành Trung ương Đảng']]],
  ['Thực hiện Thông báo số 15/TB-VPCP ngày 10/01/2025 của Văn phòng Chính phủ;', [['Thông báo', '15/TB-VPCP', '2025-01-10', 'Văn phòng Chính phủ']]],
  ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', [['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ']]],
  ['Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;', [['Luật', 'Luật Cán bộ, công chức', '2008-11-13', null]]],
  ['Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;', [['Nghị quyết', '202/2025/QH15', '2025-06-12', 'Quốc hội']]],
  ['Thực hiện Kế hoạch số 234/KH-MTTQ-BTT ngày 20/5/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;', [['Kế hoạch', '234/KH-MTTQ-BTT', '2025-05-20', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh']]],
  ['Căn cứ Quyết định số 2590/QĐ-BCA-V03 ngày 14/4/2025 của Bộ Công an;', [['Quyết định', '2590/QĐ-BCA-V03', '2025-04-14', 'Bộ Công an']]],
  // A symbol with Đ, a dotted sub-unit, a code joined with "&".
  ['Căn cứ Tờ trình số 45/TTr-SNV-CCHC&VTLT ngày 1/4/2025 và Báo cáo số 12/BC-ĐĐBQH ngày 2/4/2025;', [['Tờ trình', '45/TTr-SNV-CCHC&VTLT', '2025-04-01', null], ['Báo cáo', '12/BC-ĐĐBQH', '2025-04-02', null]]],
  // Spread over a line break of a PDF, the type split from its number and the date on the next line.
  ['Thực hiện Quyết định\nsố 1520/QĐ-UBND ngày 15/7/2025 của Chủ tịch\nỦy ban nhân dân tỉnh về việc giao nhiệm vụ;', [['Quyết định', '1520/QĐ-UBND', '2025-07-15', 'Chủ tịch Ủy ban nhân dân tỉnh']]],
  ['Thực hiện Kế hoạch số 37-KH/TU ngày\n25 tháng 10 năm 2021 của Tỉnh ủy Lâm Đồng;', [['Kế hoạch', '37-KH/TU', '2021-10-25', 'Tỉnh ủy Lâm Đồng']]],
  // Party dates written with hyphens.
  ['Thực hiện Quy định số 08-QĐi/TW ngày 25-10-2018 của Ban Chấp hành Trung ương;', [['Quy định', '08-QĐi/TW', '2018-10-25', 'Ban Chấp hành Trung ương']]],
  ['Căn cứ Thông tư liên tịch số 03/2014/TTLT-BNV-BTC ngày 10/6/2014;', [['Thông tư liên tịch', '03/2014/TTLT-BNV-BTC', '2014-06-10', null]]],
  // Laws by name and year, with and without "năm".
  ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025; Luật Đất đai 2024;', [['Luật', 'Luật Ban hành văn bản quy phạm pháp luật', '2025', null], ['Luật', 'Luật Đất đai', '2024', null]]],
  ['Thực hiện Chương trình số 05-CTr/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy;', [['Chương trình', '05-CTr/TU', '2021-03-12', 'Ban Thường vụ Tỉnh ủy']]],
  // Numbers typed with spaces or odd dashes around their separators (FORMAT.md §7).
  ['Căn cứ Quyết định số 1520 /QĐ-UBND ngày 15/7/2025 của UBND tỉnh; Chỉ thị số 03– CT/TW ngày 19/5/2021 của Ban Bí thư;', [['Quyết định', '1520/QĐ-UBND', '2025-07-15', 'UBND tỉnh'], ['Chỉ thị', '03-CT/TW', '2021-05-19', 'Ban Bí thư']]],
  // A hyphen OCR read twice.
  ['Được công nhận tại Quyết định số 779/QĐ--UBND ngày 23/3/2022 của UBND tỉnh;', [['Quyết định', '779/QĐ-UBND', '2022-03-23', 'UBND tỉnh']]],
  // A list whose numbers each carry their date, the issuer after the last for them all.
  ['Thực hiện Văn bản số 477/BCA-H01 ngày 04/02/2026 và 1095/BCA-C04 ngày 19/3/2026 của Bộ Công an.', [['Văn bản', '477/BCA-H01', '2026-02-04', 'Bộ Công an'], ['Văn bản', '1095/BCA-C04', '2026-03-19', 'Bộ Công an']]],
  // A type code OCR read one letter off, beside the same number read right: one document.
  ['Theo Hướng dẫn số 37/HD-BCA-C04 ngày 24/9/2025 của Bộ Công an; thực hiện Hướng dẫn 37/HID-BCA-C04, các đơn vị rà soát.', [['Hướng dẫn', '37/HD-BCA-C04', '2025-09-24', 'Bộ Công an']]],
  // A hyphen OCR read as a quote mark between two codes; a title quoted after a number stays apart.
  ['Thực hiện Kế hoạch số 3563/KH“UBND ngày 01/6/2021 của UBND tỉnh Lâm Đồng.', [['Kế hoạch', '3563/KH-UBND', '2021-06-01', 'UBND tỉnh Lâm Đồng']]],
  ['Theo Kế hoạch số 12/KH-UBND “Tuyên truyền năm 2025” của UBND tỉnh.', [['Kế hoạch', '12/KH-UBND', null, null]]],
  // Several numbers sharing one symbol ("số 1520, 1521/QĐ-UBND"), each a citation of its own.
  ['Căn cứ các Quyết định số 1520, 1521/QĐ-UBND ngày 15/7/2025 của UBND tỉnh;', [['Quyết định', '1520/QĐ-UBND', '2025-07-15', 'UBND tỉnh'], ['Quyết định', '1521/QĐ-UBND', '2025-07-15', 'UBND tỉnh']]],
  // A list of numbers each with its "số" and date: the issuer after the last names them all (one
  // type, one issuer's symbol), with the type repeated too; not across a ";" or another issuer's symbol.
  ['Thực hiện các Kế hoạch: số 12/KH-UBND ngày 01/02/2025, số 15/KH-UBND ngày 03/02/2025 của UBND tỉnh;', [['Kế hoạch', '12/KH-UBND', '2025-02-01', 'UBND tỉnh'], ['Kế hoạch', '15/KH-UBND', '2025-02-03', 'UBND tỉnh']]],
  ['Nhận được Kế hoạch số 41/KH-BCA-C06 ngày 3 tháng 3 năm 2026 và Kế hoạch số 42/KH-BCA-C06 ngày 4 tháng 3 năm 2026 của Bộ Công an về việc kiểm tra.', [['Kế hoạch', '41/KH-BCA-C06', '2026-03-03', 'Bộ Công an'], ['Kế hoạch', '42/KH-BCA-C06', '2026-03-04', 'Bộ Công an']]],
  ['Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025; Quyết định số 15/QĐ-UBND ngày 3/1/2025 của UBND tỉnh;', [['Quyết định', '12/QĐ-UBND', '2025-01-02', null], ['Quyết định', '15/QĐ-UBND', '2025-01-03', 'UBND tỉnh']]],
  ['Thực hiện Kế hoạch số 12/KH-SNV ngày 2/1/2025 và Kế hoạch số 15/KH-UBND ngày 3/1/2025 của UBND tỉnh;', [['Kế hoạch', '12/KH-SNV', '2025-01-02', null], ['Kế hoạch', '15/KH-UBND', '2025-01-03', 'UBND tỉnh']]],
  // The type abbreviated as the symbol's code ("QĐ số …", "CV số …").
  ['Thực hiện QĐ số 456/QĐ-UBND ngày 2/5/2025 của UBND tỉnh;', [['Quyết định', '456/QĐ-UBND', '2025-05-02', 'UBND tỉnh']]],
  ['Căn cứ Bộ luật Lao động năm 2019 và Hiến pháp năm 2013;', [['Bộ luật', 'Bộ luật Lao động', '2019', null]]],
  // A table's other column read into the middle of a citation (a text PDF's reading order):
  // a normative number (with its year) is cited however its label was separated from it.
  ['Thực hiện đúng quy định tại Nghị định số - Biên bản kiểm tra\n138/2024/NĐ-CP ngày 24/10/2024 của Chính phủ về lập dự toán;', [['Nghị định', '138/2024/NĐ-CP', '2024-10-24', 'Chính phủ']]],
  ['phân cấp (Nghị định số 78/2025/NĐ-\nvà hồ sơ kèm theo\nCP, Nghị định số 79/2025/NĐ-CP...) và theo', [['Nghị định', '78/2025/NĐ-CP', null, null], ['Nghị định', '79/2025/NĐ-CP', null, null]]],
  // A law's name cut at its comma by such a line is the law cited in full elsewhere.
  ['Căn cứ Luật Cán bộ, công chức năm 2008;\nTuyển dụng theo quy định tại Luật Cán bộ, công\nHồ sơ tuyển dụng\nchức và các văn bản hướng dẫn;', [['Luật', 'Luật Cán bộ, công chức', '2008', null]]],
];

/** What looks like a citation and is not: phone numbers, dates, money, articles, the document's own number. */
const negatives: string[] = [
  'Mọi thông tin liên hệ số điện thoại 0263.3822.123 hoặc 0912/345678.',
  'Thời gian thực hiện từ ngày 01/3/2025 đến ngày 31/12/2025.',
  'Kinh phí thực hiện là 12.500.000 đồng (Mười hai triệu năm trăm nghìn đồng).',
  'Theo quy định tại Điều 3, khoản 2 Điều 5 và Mục II của Kế hoạch này.',
  'Kế hoạch này thay thế các nội dung trước đây; Kế hoạch số 77/KH-UBND được gửi các cơ quan.',
  'Tổ chức 02 đợt, mỗi đợt 3/5 ngày, tại phòng họp số 2, tầng 3.',
  'Các đơn vị báo cáo kết quả trước ngày 15/6 và 15/12 hằng năm.',
  'Địa điểm: Hội trường, số 15/A đường Trần Phú, phường Xuân Hương - Đà Lạt.',
  'Fax: 0263/3822123; hộp thư: vanthu@lamdong.gov.vn.',
];

describe('citation variants', () => {
  for (const [sentence, expected] of cases) {
    it(sentence.replace(/\n/g, ' ⏎ '), async () => {
      expect(await cite(sentence)).toEqual(expected);
    });
  }
});

describe('no citation where none is', () => {
  for (const sentence of negatives) {
    it(sentence, async () => {
      expect(await cite(sentence)).toEqual([]);
    });
  }
});

/**
 * Issue 17: laws as real documents name them (Luật ban hành văn bản quy phạm pháp luật; how an
 * amending law is named), bills that are no laws yet, and issuers the "của" clause names in forms
 * of its own. Variants written from the conventions.
 */
describe('laws named as real documents name them', () => {
  const lawCases: Array<[string, Row[]]> = [
    // A law's name typed in small letters, cited by it: a citation, sent to review when undated.
    ['Quỹ hạch toán theo Luật kế toán và các văn bản hướng dẫn thi hành.', [['Luật', 'Luật kế toán', null, null]]],
    ['Tài sản còn lại khi Quỹ chấm dứt hoạt động được xử lý theo Bộ Luật dân sự và pháp luật có liên quan.', [['Bộ luật', 'Bộ Luật dân sự', null, null]]],
    ['Hợp đồng lao động với người làm việc tại Hội thực hiện theo quy định của Bộ luật lao động.', [['Bộ luật', 'Bộ luật lao động', null, null]]],
    ['Căn cứ Luật phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;', [['Luật', 'Luật phòng, chống tham nhũng', '2018-11-20', null]]],
    // Words that speak of laws in general, and a lawyer, are none.
    ['Thực hiện theo quy định của Luật này và theo Luật hiện hành, trừ trường hợp do Luật định.', []],
    ['Bảo đảm quyền và nghĩa vụ của Luật sư thành viên, tại Luật chuyên ngành.', []],
    // Nor the common nouns "luật pháp", "luật lệ", "luật tục", nor a law in general ("Luật chung", "Luật riêng").
    ['Mọi vi phạm được xử lý nghiêm theo Luật pháp, căn cứ Luật lệ giao thông và tại Luật tục của buôn làng.', []],
    ['Trường hợp không có quy định tại Luật riêng thì áp dụng theo Luật chung, theo Luật tương ứng.', []],
    // An amending law of several laws is named with each law it amends and its number; the date is its own.
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14, Luật Đầu tư số 61/2020/QH14 và Luật Đấu thầu số 22/2023/QH15 ngày 29 tháng 11 năm 2024;',
      [
        ['Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14, Luật Đầu tư số 61/2020/QH14 và Luật Đấu thầu số 22/2023/QH15', '2024-11-29', null],
        ['Luật', '21/2017/QH14', null, null],
        ['Luật', '61/2020/QH14', null, null],
        ['Luật', '22/2023/QH15', null, null],
      ],
    ],
    ['Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch và Luật Đầu tư và Luật Đấu thầu ngày 29/11/2024;', [['Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch và Luật Đầu tư và Luật Đấu thầu', '2024-11-29', null]]],
    // A law named with its number is the numbered mention, also typed in small letters or long.
    ['Căn cứ Bộ Luật lao động số 45/2019/QH14;', [['Bộ luật', '45/2019/QH14', null, null]]],
    ['Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13;', [['Luật', '85/2015/QH13', null, null]]],
    // Amended laws listed with commas and closed by "và" are the amending law's name; its own number follows.
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự, Luật Tố tụng hành chính, Luật Phá sản và Luật Hòa giải, đối thoại tại Tòa án số 85/2025/QH15;',
      [['Luật', '85/2025/QH15', null, null]],
    ],
    // Bills: after "dự án" / "dự thảo", the items of a list of bills, and the laws listed inside a bill's name.
    ['Sở Tư pháp đề nghị góp ý dự thảo Luật Hộ tịch (sửa đổi); theo Luật Cư trú năm 2020.', [['Luật', 'Luật Cư trú', '2020', null]]],
    [
      'Bổ sung vào Chương trình lập pháp năm 2025 đối với 02 dự án:\n1. Luật sửa đổi, bổ sung một số điều của 05 luật về an ninh (gồm: Luật Cảnh vệ, Luật Cư trú, Luật Căn cước);\n2. Luật sửa đổi, bổ sung một số điều của Luật Điều ước quốc tế.\nĐiều 2. Tổ chức thực hiện\nSTT | Tên dự án | Cơ quan trình\n2 | Luật sửa đổi, bổ sung một số điều của Luật Điều ước quốc tế | Chính phủ',
      [],
    ],
  ];
  for (const [sentence, rows] of lawCases) {
    it(`reads ${JSON.stringify(sentence.slice(0, 80))}`, async () => {
      expect(await cite(sentence)).toEqual(rows);
    });
  }
  it('takes a number after the one law amended for the amending law’s own, not part of its name', () => {
    expect(readLawName('Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 28/2018/QH14 ngày 15/6/2018;', 0)).toBe('Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch');
    expect(readLawName('Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2020/QH14 và Luật Phí số 13/2020/QH14 ngày 1/7/2021;', 0)).toBe(
      'Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2020/QH14 và Luật Phí số 13/2020/QH14',
    );
  });
  it('sends a law named in small letters without a date to review', async () => {
    const r = await recordFromText([...HEADER, 'Quỹ hạch toán theo Luật kế toán hiện hành.', 'I. MỤC ĐÍCH'].join('\n'));
    expect(r.citations[0]).toMatchObject({ name: 'Luật kế toán', review: true });
  });
});

describe('issuers the "của" clause names in forms of its own', () => {
  const issuerCases: Array<[string, Row[]]> = [
    // A central body named by one noun ends at the small word after it; "và" at a name's end is the sentence's.
    ['Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ tổ chức, hoạt động và quản lý hội;', [['Nghị định', '126/2024/NĐ-CP', '2024-10-08', 'Chính phủ']]],
    ['Thực hiện Nghị quyết số 12/NQ-CP ngày 3/3/2025 của Chính phủ và theo chỉ đạo của UBND tỉnh.', [['Nghị quyết', '12/NQ-CP', '2025-03-03', 'Chính phủ']]],
    ['Căn cứ Luật số 12/2025/QH15 ngày 25/6/2025 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;', [['Luật', '12/2025/QH15', '2025-06-25', 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam']]],
    ['Thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư trung ương Đảng;', [['Chỉ thị', '03-CT/TW', '2021-05-19', 'Ban Bí thư trung ương Đảng']]],
    // In a title set in capitals the issuer ends where the title's words go on, in capitals too.
    ['SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 35/2024/UBTVQH15 NGÀY 07 THÁNG 02 NĂM 2024 CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH VỀ ĐỊNH MỨC', [['Nghị quyết', '35/2024/UBTVQH15', '2024-02-07', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI']]],
    // Bodies of one kind listed together issue one document.
    ['Nhận được Đơn đề nghị số 258/ĐĐN-ĐLS ngày 27/11/2025 của Đoàn Luật sư tỉnh Gia Lai, Đoàn Luật sư tỉnh Kon Tum và Đoàn Luật sư tỉnh Bình Định. Sở Tư pháp thẩm định.', [['Đơn đề nghị', '258/ĐĐN-ĐLS', '2025-11-27', 'Đoàn Luật sư tỉnh Gia Lai, Đoàn Luật sư tỉnh Kon Tum và Đoàn Luật sư tỉnh Bình Định']]],
    // A steering committee named by its task, up to its place; "về việc" is the trích yếu's.
    ['Căn cứ Quyết định số 15/QĐ-BCĐ ngày 08/8/2025 của Ban Chỉ đạo về phòng, chống tội phạm, tệ nạn xã hội tỉnh Gia Lai ban hành Quy chế;', [['Quyết định', '15/QĐ-BCĐ', '2025-08-08', 'Ban Chỉ đạo về phòng, chống tội phạm, tệ nạn xã hội tỉnh Gia Lai']]],
    ['Căn cứ Quyết định số 15/QĐ-BCĐ ngày 08/8/2025 của Ban Chỉ đạo về việc ban hành Quy chế;', [['Quyết định', '15/QĐ-BCĐ', '2025-08-08', 'Ban Chỉ đạo']]],
    ['Căn cứ Quyết định số 15/QĐ-BCĐ ngày 08/8/2025 của Ban Chỉ đạo về tăng cường công tác phòng dịch;', [['Quyết định', '15/QĐ-BCĐ', '2025-08-08', 'Ban Chỉ đạo']]],
  ];
  for (const [sentence, rows] of issuerCases) {
    it(`reads ${JSON.stringify(sentence.slice(0, 80))}`, async () => {
      expect(await cite(sentence)).toEqual(rows);
    });
  }
});

/**
 * Legal texts' citations by the labelling conventions (tests/eval/gold/README.md): a misprinted repeat
 * of a number is the same citation; an issuer in a title's capitals yields to the sentence's writing;
 * the verbs after an issuer end it; a law's name read short where the text goes on with the full name
 * is that law; the laws an amending law lists are its name (closed by "và", its date or its number);
 * bills and the laws named in their descriptions are no citations. Variants written from the conventions.
 */
describe('legal texts: conventions of the corpus labels', () => {
  const legal: Array<[string, Row[]]> = [
    // A misprinted repeat without the type code: the same citation (not across another year or issuer).
    ['Căn cứ Thông tư số 12/2023/TT-BNV ngày 3/5/2023 của Bộ Nội vụ; Phụ lục của Thông tư số 12/2023/BNV được thay thế.', [['Thông tư', '12/2023/TT-BNV', '2023-05-03', 'Bộ Nội vụ']]],
    ['Căn cứ Thông tư số 12/2023/TT-BNV ngày 3/5/2023 của Bộ Nội vụ; Thông tư số 12/2022/BNV.', [['Thông tư', '12/2023/TT-BNV', '2023-05-03', 'Bộ Nội vụ'], ['Thông tư', '12/2022/BNV', null, null]]],
    // The issuer of a title in capitals yields to the same document's issuer written in a sentence.
    ['SỬA ĐỔI THÔNG TƯ SỐ 05/2021/TT-BYT NGÀY 2 THÁNG 3 NĂM 2021 CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VỀ GIÁ\nCăn cứ Thông tư số 05/2021/TT-BYT ngày 2 tháng 3 năm 2021 của Bộ trưởng Bộ Y tế quy định về giá;', [['Thông tư', '05/2021/TT-BYT', '2021-03-02', 'Bộ trưởng Bộ Y tế']]],
    // Verbs that end an issuer: "công bố", "hết hiệu lực".
    ['Bãi bỏ Thông tư số 26/2016/TT-BGTVT ngày 11 tháng 10 năm 2016 của Bộ trưởng Bộ Giao thông vận tải công bố vùng nước cảng biển thuộc địa phận tỉnh Nghệ An.', [['Thông tư', '26/2016/TT-BGTVT', '2016-10-11', 'Bộ trưởng Bộ Giao thông vận tải']]],
    ['Nghị quyết số 26/2022/UBTVQH15 ngày 21 tháng 9 năm 2022 của Ủy ban Thường vụ Quốc hội hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.', [['Nghị quyết', '26/2022/UBTVQH15', '2022-09-21', 'Ủy ban Thường vụ Quốc hội']]],
    // A date said before the adopting body: "Ngày …, Quốc hội đã thông qua Nghị quyết số …".
    ['Ngày 12 tháng 6 năm 2025, Quốc hội đã thông qua Nghị quyết số\n202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh.', [['Nghị quyết', '202/2025/QH15', '2025-06-12', null]]],
    // A law's name cut at a word it holds, the text going on with the full name: one law.
    ['Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;\nKinh phí thực hiện Pháp lệnh Ưu đãi người có công với cách mạng do ngân sách trung ương bảo đảm.', [['Pháp lệnh', 'Pháp lệnh Ưu đãi người có công với cách mạng', '2020-12-09', null]]],
    ['Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13;\nTheo quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.', [['Luật', '85/2015/QH13', null, null]]],
    // "gồm" ends a name.
    ['Chi trợ cấp theo Pháp lệnh Bà mẹ Việt Nam anh hùng gồm: trợ cấp hằng tháng và trợ cấp một lần.', [['Pháp lệnh', 'Pháp lệnh Bà mẹ Việt Nam anh hùng', null, null]]],
    // Amended laws listed by commas alone, closed by the amending law's date: its name.
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Quản lý thuế, Luật Phí và lệ phí ngày 10 tháng 12 năm 2024;',
      [['Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Quản lý thuế, Luật Phí và lệ phí', '2024-12-10', null]],
    ],
    // … or by its number after the last: the number is the amending law.
    ['Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xây dựng, Luật Nhà ở theo quy định mới và Luật Đất đai số 43/2024/QH15;', [['Luật', '43/2024/QH15', null, null]]],
    // Separate citations stay separate when no date or number closes the list.
    ['Thực hiện theo Luật Đất đai, Luật Nhà ở và các văn bản hướng dẫn.', [['Luật', 'Luật Đất đai', null, null], ['Luật', 'Luật Nhà ở', null, null]]],
    // The laws a bill's description names are part of the bill; the bill's cell in the programme's table too.
    [
      'Bổ sung vào Chương trình lập pháp năm 2026 đối với 02 dự án:\n1. Luật Báo chí (sửa đổi toàn diện Luật Báo chí và Luật Xuất bản thành 01 luật);\n2. Luật Quảng cáo.\nSTT\nTên dự án\nCơ quan trình\n2.\nLuật Quảng cáo\nChính phủ\nỦy ban Văn hóa và Xã hội',
      [],
    ],
  ];
  for (const [sentence, rows] of legal) {
    it(`reads ${JSON.stringify(sentence.slice(0, 90))}`, async () => {
      expect(await cite(sentence)).toEqual(rows);
    });
  }
});

describe('an amending law named by the law it amends and its year', () => {
  it('is the law of that year cited by number as amending it', async () => {
    expect(
      await cite('Căn cứ Luật Đầu tư công số 39/2019/QH14 được sửa đổi, bổ sung bởi Luật số 64/2020/QH14, Luật số 03/2022/QH15;\nÁp dụng theo Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công năm 2022.'),
    ).toEqual([
      ['Luật', '39/2019/QH14', null, null],
      ['Luật', '64/2020/QH14', null, null],
      ['Luật', '03/2022/QH15', null, null],
    ]);
  });
  it('stays a citation of its own when no law of that year is cited as amending it', async () => {
    expect(
      await cite('Căn cứ Luật Đầu tư công số 39/2019/QH14 được sửa đổi, bổ sung bởi Luật số 64/2020/QH14;\nÁp dụng theo Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công năm 2024.'),
    ).toEqual([
      ['Luật', '39/2019/QH14', null, null],
      ['Luật', '64/2020/QH14', null, null],
      ['Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công', '2024', null],
    ]);
  });
});

/**
 * The numbered forms of FORMAT.md §6 and §7 in a legal text's "Căn cứ" lines and articles: a number
 * wrapped at any slash or hyphen of its symbol, Pháp lệnh and UBTVQH resolutions, joint circulars,
 * Party conclusions without "số", laws by name and date or by number; and what the labels leave out:
 * standards (QCVN, TCVN, ISO), the blanks of a form's own number, the Hiến pháp, a short name a text
 * defines for a document it cited in full.
 */
const LEGAL_HEADER = ['BỘ TÀI CHÍNH', 'Số: 77/2025/TT-BTC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 05 tháng 3 năm 2025', 'THÔNG TƯ', 'Quy định về quản lý'];
const citeLegal = async (body: string) => (await recordFromText([...LEGAL_HEADER, body, 'Điều 1. Phạm vi điều chỉnh', '1. Nội dung.'].join('\n'))).citations.map((c) => [c.type, c.number ?? c.name, c.date, c.issuer]);
const legalForms: Array<[string, unknown[]]> = [
  ['Căn cứ Nghị định số 30/2020/\nNĐ-CP ngày 5/3/2020 của Chính phủ;', [['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ']]],
  ['Căn cứ Nghị định số 30/2020/NĐ-\nCP ngày 5/3/2020 của Chính phủ;', [['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ']]],
  ['Căn cứ Nghị định số\n30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ;', [['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ']]],
  ['Áp dụng QCVN 01:2021/BXD và TCVN 5574:2018 về kết cấu; tiêu chuẩn ISO/IEC 27001:2013.', []],
  ['Mẫu số 01: Quyết định số ……/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh', []],
  ['Mẫu: Thông tư số     /2025/TT-BTC ngày    tháng    năm 2025', []],
  ['Căn cứ Pháp lệnh số 02/2020/UBTVQH14 ngày 9/12/2020 của Ủy ban Thường vụ Quốc hội;', [['Pháp lệnh', '02/2020/UBTVQH14', '2020-12-09', 'Ủy ban Thường vụ Quốc hội']]],
  ['Thực hiện Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị;', [['Kết luận', '01-KL/TW', '2021-05-18', 'Bộ Chính trị']]],
  ['Căn cứ Thông tư liên tịch số 03/2014/TTLT-BTC-BNV ngày 10/6/2014 của Bộ Tài chính và Bộ Nội vụ;', [['Thông tư liên tịch', '03/2014/TTLT-BTC-BNV', '2014-06-10', 'Bộ Tài chính và Bộ Nội vụ']]],
  ['Căn cứ Nghị quyết số 87/2025/UBTVQH15 ngày 10 tháng 7 năm 2025 của Ủy ban Thường vụ Quốc hội;', [['Nghị quyết', '87/2025/UBTVQH15', '2025-07-10', 'Ủy ban Thường vụ Quốc hội']]],
  ['Căn cứ Hiến pháp năm 2013; Căn cứ Bộ luật Dân sự năm 2015;', [['Bộ luật', 'Bộ luật Dân sự', '2015', null]]],
  ['Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;', [['Luật', 'Luật Tổ chức Chính phủ', '2025-02-18', null], ['Luật', '89/2025/QH15', null, null]]],
  ['Căn cứ Quyết định số 1234/QĐ-TTg ngày 5/12/2024 của Thủ tướng Chính phủ phê duyệt Đề án;', [['Quyết định', '1234/QĐ-TTg', '2024-12-05', 'Thủ tướng Chính phủ']]],
  ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ (sau đây gọi là Nghị định 30);', [['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ']]],
  ['Căn cứ Nghị quyết số 190/2025/QH15 của Quốc hội quy định về xử lý một số vấn đề;', [['Nghị quyết', '190/2025/QH15', null, 'Quốc hội']]],
  ['Thông tư này thay thế Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ trưởng Bộ Nội vụ và Thông tư số 02/2012/TT-BNV.', [['Thông tư', '01/2011/TT-BNV', '2011-01-19', 'Bộ trưởng Bộ Nội vụ'], ['Thông tư', '02/2012/TT-BNV', null, null]]],
  ['Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008, Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024;', [['Luật', 'Luật Giao thông đường bộ', '2008-11-13', null], ['Luật', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27', null]]],
  ['Căn cứ Nghị định số 123/2016/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 101/2020/NĐ-CP;', [['Nghị định', '123/2016/NĐ-CP', null, null], ['Nghị định', '101/2020/NĐ-CP', null, null]]],
  ['Căn cứ Quyết định số 18/2024/QĐ-TTg ngày 5/12/2024 của Thủ tướng Chính phủ; Chỉ thị số 05/CT-TTg.', [['Quyết định', '18/2024/QĐ-TTg', '2024-12-05', 'Thủ tướng Chính phủ'], ['Chỉ thị', '05/CT-TTg', null, null]]],
  ['Căn cứ Luật Phòng, chống tham nhũng năm 2018;', [['Luật', 'Luật Phòng, chống tham nhũng', '2018', null]]],
  ['Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024;', [['Luật', '41/2024/QH15', '2024-06-29', null]]],
  // A law's name ends at the sentence's prepositions and conjunctions, whole or of two words.
  ['Hồ sơ lập theo quy định của Luật Việc làm nếu người lao động đề nghị.', [['Luật', 'Luật Việc làm', null, null]]],
  ['Thực hiện theo Luật Đất đai trước ngày Thông tư này có hiệu lực.', [['Luật', 'Luật Đất đai', null, null]]],
  ['Áp dụng quy định tại Luật Xây dựng đối với công trình cấp III.', [['Luật', 'Luật Xây dựng', null, null]]],
  ['Theo quy định của Luật Đầu tư trừ trường hợp quy định tại khoản 2 Điều này.', [['Luật', 'Luật Đầu tư', null, null]]],
  ['Việc chi trả theo Luật Bảo hiểm y tế thực hiện như sau.', [['Luật', 'Luật Bảo hiểm y tế', null, null]]],
  ['Quyết định khen thưởng theo Luật Thi đua, khen thưởng bị hủy bỏ khi phát hiện gian dối.', [['Luật', 'Luật Thi đua, khen thưởng', null, null]]],
  ['Cơ sở được cấp phép theo Luật Khám bệnh, chữa bệnh kể từ ngày 01 tháng 01 năm 2024 tiếp tục hoạt động.', [['Luật', 'Luật Khám bệnh, chữa bệnh', null, null]]],
  // … and its words keep theirs: "thực" of "An toàn thực phẩm", "đối" of "Hòa giải, đối thoại".
  ['Theo quy định của Luật An toàn thực phẩm và Luật Hòa giải, đối thoại tại Tòa án năm 2020.', [['Luật', 'Luật An toàn thực phẩm', null, null], ['Luật', 'Luật Hòa giải, đối thoại tại Tòa án', '2020', null]]],
  // A law's name at a line's end does not run into the next line's heading or sentence …
  ['Hướng dẫn thi hành một số điều của Luật Thuế giá trị gia tăng\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;', [['Luật', 'Luật Thuế giá trị gia tăng', null, null], ['Luật', 'Luật Tổ chức Chính phủ', '2025-02-18', null]]],
  ['Quy định chi tiết một số điều của Luật Quảng cáo\n______\nCăn cứ Hiến pháp năm 2013;', [['Luật', 'Luật Quảng cáo', null, null]]],
  ['a) Thuộc đối tượng quy định tại Luật Bảo hiểm xã hội\nb) Người lao động có việc làm;', [['Luật', 'Luật Bảo hiểm xã hội', null, null]]],
  ['Quy định cơ chế thi hành Luật Đất đai\nQUỐC HỘI\nCăn cứ Hiến pháp năm 2013;', [['Luật', 'Luật Đất đai', null, null]]],
  // … but goes on where a PDF wrapped it before a body's name.
  ['Thực hiện theo quy định của Luật Tổ chức\nChính phủ và các văn bản hướng dẫn.', [['Luật', 'Luật Tổ chức Chính phủ', null, null]]],
  // A sentence run on without its space after the name.
  ['Xử lý theo quy định của Luật Bảo vệ dữ liệu cá nhân.Trường hợp cần thiết, cơ quan yêu cầu bổ sung.', [['Luật', 'Luật Bảo vệ dữ liệu cá nhân', null, null]]],
  ['Thực hiện theo Luật Bảo vệ dữ liệu cá nhân.....................[7] xin gửi Bộ Công an.', [['Luật', 'Luật Bảo vệ dữ liệu cá nhân', null, null]]],
  // An amending law printed without its comma or with a capital "Sửa đổi".
  ['Căn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012; Luật sửa đổi bổ sung một số điều của Luật Giáo dục đại học ngày 19 tháng 11 năm 2018;', [['Luật', 'Luật Giáo dục đại học', '2012-06-18', null], ['Luật', 'Luật sửa đổi bổ sung một số điều của Luật Giáo dục đại học', '2018-11-19', null]]],
  ['Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đo lường ngày 14 tháng 6 năm 2025;', [['Luật', 'Luật Sửa đổi, bổ sung một số điều của Luật Đo lường', '2025-06-14', null]]],
  // A ministry's name holds its comma and its "giao"; "kể từ" ends an issuer.
  ['Căn cứ Thông tư số 12/2024/TT-BVHTTDL ngày 5/3/2024 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết;', [['Thông tư', '12/2024/TT-BVHTTDL', '2024-03-05', 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch']]],
  ['Thông tư số 08/2019/TT-BNG ngày 12/6/2019 của Bộ trưởng Bộ Ngoại giao hết hiệu lực.', [['Thông tư', '08/2019/TT-BNG', '2019-06-12', 'Bộ trưởng Bộ Ngoại giao']]],
  ['Bãi bỏ Thông tư số 15/2020/TT-BTC ngày 3/4/2020 của Bộ trưởng Bộ Tài chính kể từ ngày Thông tư này có hiệu lực.', [['Thông tư', '15/2020/TT-BTC', '2020-04-03', 'Bộ trưởng Bộ Tài chính']]],
  // A place's unit word followed by small letters: the sentence goes on, the issuer ends with the unit.
  ['Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của UBND tỉnh kế hoạch hành động cải cách hành chính;', [['Kế hoạch', '9669/KH-UBND', '2025-12-24', 'UBND tỉnh']]],
  ['Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của UBND tỉnh Lâm Đồng triển khai cải cách hành chính;', [['Kế hoạch', '9669/KH-UBND', '2025-12-24', 'UBND tỉnh Lâm Đồng']]],
  ['Thực hiện Hướng dẫn số 52-HD/BTGTU ngày 16/5/2022 của Ban Tuyên giáo tỉnh ủy về tuyên truyền;', [['Hướng dẫn', '52-HD/BTGTU', '2022-05-16', 'Ban Tuyên giáo tỉnh ủy']]],
  // "Bộ trưởng, Chủ nhiệm …": one minister-rank title; "chưa" ends an issuer.
  ['Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn;', [['Thông tư', '03/2025/TT-VPCP', '2025-09-15', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ']]],
  ['Thông tư số 05/2020/TT-BTP ngày 28/8/2020 của Bộ trưởng Bộ Tư pháp chưa quy định trường hợp này.', [['Thông tư', '05/2020/TT-BTP', '2020-08-28', 'Bộ trưởng Bộ Tư pháp']]],
  // A normative number read cut short (its codes one that names no type or body): the one cited whole.
  ['Thông tư liên tịch số 45/2012/TT1 ngày 3/4/2012 của Bộ trưởng Bộ Tài chính hết hiệu lực; các khoản chi theo Thông tư liên tịch số 45/2012/TTLT-BTC-BNV được quyết toán.', [['Thông tư liên tịch', '45/2012/TTLT-BTC-BNV', '2012-04-03', 'Bộ trưởng Bộ Tài chính']]],
  ['Thông tư số 45/2012/BNV và Thông tư số 45/2012/TT-BTC.', [['Thông tư', '45/2012/BNV', null, null], ['Thông tư', '45/2012/TT-BTC', null, null]]],
  ['Căn cứ Thông tư số 21/2019/TT-BTC ngày 5/4/2019 của Bộ trưởng Bộ Tài chính; sửa đổi khoản 2 Điều 1 Thông tư số 21/2019/TT BTC như sau:', [['Thông tư', '21/2019/TT-BTC', '2019-04-05', 'Bộ trưởng Bộ Tài chính']]],
  // A form's code after its label is no document's number; a document's after "số" still is.
  ['Lập biên bản theo Mẫu số 08/BBKT ban hành kèm theo Thông tư này; báo cáo theo biểu số 15/KTHT/N và biểu mẫu số: 02/KH/T-N; thông báo theo Văn bản số 1234/BTC-KBNN.', [['Văn bản', '1234/BTC-KBNN', null, null]]],
  // A legislature's code with its term is a body's: no cut-short number.
  ['Căn cứ Luật Hải quan số 54/2014/QH-13 ngày 23/6/2014; Luật số 54/2014/QH13.', [['Luật', '54/2014/QH-13', '2014-06-23', null], ['Luật', '54/2014/QH13', null, null]]],
  // An amending law's number is the one that follows its name, not a later document's.
  ['Căn cứ Luật Sửa đổi, bổ sung một số Điều của Luật Sở hữu trí tuệ số 36/2009/QH12 ngày 19 tháng 6 năm 2009; Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của Chính phủ;', [['Luật', '36/2009/QH12', '2009-06-19', null], ['Nghị định', '08/2015/NĐ-CP', '2015-01-21', 'Chính phủ']]],
  // A school of law is no law.
  ['Hiệu trưởng Trường Đại học Luật Hà Nội quyết định cử viên chức đi đào tạo.', []],
];
describe('FORMAT.md numbered forms in a legal text, and what is no citation', () => {
  for (const [s, e] of legalForms) it(s.slice(0, 70), async () => { expect(await citeLegal(s)).toEqual(e); });
});

/**
 * Dates as FORMAT.md §6 writes them (19/5/2021, 19 tháng 5 năm 2021, the Party's 01-10-1997, with dots,
 * spaces round the slashes, a comma or "ban hành" before them), the issuer's end before "V/v", a
 * "khóa" or a plan's year, and "(cũ)" after a merged province's name.
 */
describe('dates and issuers as office documents write them', () => {
  const officeForms: Array<[string, Row[]]> = [
  ['Thực hiện Kế hoạch số 12/KH-UBND ngày 05.12.2024 của UBND tỉnh;', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'UBND tỉnh']]],
  ['Thực hiện Kế hoạch số 12-KH/TU ngày 5-12-2024 của Tỉnh ủy;', [['Kế hoạch', '12-KH/TU', '2024-12-05', 'Tỉnh ủy']]],
  ['Thực hiện Kế hoạch số 12/KH-UBND, ngày 5/12/2024 của UBND tỉnh;', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'UBND tỉnh']]],
  ['Thực hiện Kế hoạch số 12/KH-UBND ban hành ngày 5/12/2024 của UBND tỉnh;', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'UBND tỉnh']]],
  ['Thực hiện Kế hoạch số 12/KH-UBND ngày 5 / 12 / 2024 của UBND tỉnh;', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'UBND tỉnh']]],
  ['Thực hiện Kế hoạch số 12/KH-UBND ngày 05/12/2024 của Ủy ban nhân dân tỉnh về triển khai năm 2025;', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'Ủy ban nhân dân tỉnh']]],
  ['Thực hiện Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị khóa XII;', [['Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị']]],
  ['Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;', [['Nghị quyết', '57-NQ/TW', '2024-12-22', 'Bộ Chính trị']]],
  ['Thực hiện Văn bản số 1234/UBND-NC ngày 5/12/2024 của UBND tỉnh V/v tăng cường;', [['Văn bản', '1234/UBND-NC', '2024-12-05', 'UBND tỉnh']]],
  ['Thực hiện Công văn số 1234/UBND-NC ngày 05 tháng 12 năm 2024 của UBND tỉnh Lâm Đồng;', [['Công văn', '1234/UBND-NC', '2024-12-05', 'UBND tỉnh Lâm Đồng']]],
  ['Thực hiện Thông báo số 12-TB/TU ngày 5/12/2024 của Thường trực Tỉnh ủy;', [['Thông báo', '12-TB/TU', '2024-12-05', 'Thường trực Tỉnh ủy']]],
  ['Thực hiện Kế hoạch số 12/KH-UBND ngày 5/12/2024 của Ủy ban nhân dân tỉnh Lâm Đồng (cũ);', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'Ủy ban nhân dân tỉnh Lâm Đồng']]],
  ['Thực hiện Kế hoạch số 12/KH-UBND ngày 5/12/2024 của UBND tỉnh và Kế hoạch số 15/KH-SNV ngày 6/12/2024 của Sở Nội vụ;', [['Kế hoạch', '12/KH-UBND', '2024-12-05', 'UBND tỉnh'], ['Kế hoạch', '15/KH-SNV', '2024-12-06', 'Sở Nội vụ']]],
  ];
  for (const [sentence, rows] of officeForms) {
    it(`reads ${JSON.stringify(sentence.slice(0, 80))}`, async () => {
      expect(await cite(sentence)).toEqual(rows);
    });
  }
});

describe('a draft that revises a law the text cites', () => {
  it('keeps the law cited by name and leaves out the laws of the draft’s description', async () => {
    expect(await cite('Căn cứ Luật Đất đai năm 2024;\nSở Tư pháp góp ý dự thảo Luật Đất đai (sửa đổi toàn diện Luật Đất đai và Luật Nhà ở).')).toEqual([['Luật', 'Luật Đất đai', '2024', null]]);
  });
});

describe('the verb a trích yếu opens with ends the issuer before it (Nghị định 30/2020: "của ‹issuer› ‹verb› …")', () => {
  const verbs: Array<[string, Row[]]> = [
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025 của UBND tỉnh thành lập Ban Chỉ đạo;', [['Quyết định', '12/QĐ-UBND', '2025-01-02', 'UBND tỉnh']]],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025 của Chủ tịch UBND tỉnh kiện toàn Hội đồng Thi đua, khen thưởng tỉnh;', [['Quyết định', '12/QĐ-UBND', '2025-01-02', 'Chủ tịch UBND tỉnh']]],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025 của UBND tỉnh bãi bỏ Quyết định số 5/QĐ-UBND;', [['Quyết định', '12/QĐ-UBND', '2025-01-02', 'UBND tỉnh'], ['Quyết định', '5/QĐ-UBND', null, null]]],
    ['Căn cứ Quyết định số 12/QĐ-BNV ngày 2/1/2025 của Bộ trưởng Bộ Nội vụ công nhận Hội Luật gia tỉnh;', [['Quyết định', '12/QĐ-BNV', '2025-01-02', 'Bộ trưởng Bộ Nội vụ']]],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025 của UBND tỉnh phân bổ kinh phí năm 2025;', [['Quyết định', '12/QĐ-UBND', '2025-01-02', 'UBND tỉnh']]],
    ['Căn cứ Quyết định số 12/QĐ-TTg ngày 2/1/2025 của Thủ tướng Chính phủ phê chuẩn kết quả bầu cử;', [['Quyết định', '12/QĐ-TTg', '2025-01-02', 'Thủ tướng Chính phủ']]],
    ['Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2025 của Hội đồng Thi đua, khen thưởng tỉnh;', [['Quyết định', '12/QĐ-UBND', '2025-01-02', 'Hội đồng Thi đua, khen thưởng tỉnh']]],
  ];
  for (const [sentence, rows] of verbs) {
    it(`reads ${JSON.stringify(sentence.slice(0, 90))}`, async () => {
      expect(await cite(sentence)).toEqual(rows);
    });
  }
});
