import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { cellLineTableLines } from '../../extractors/tasks/text-layout.js';
import type { Line } from '../../pipeline/core/model.js';
import { docFromText } from '../helpers.js';
import { legalDocument, taskDocument, taskRows, type ExpectedTask, type LegalText, type TaskCase } from './task-document.js';

/**
 * Variants of shapes the other variant files leave out (issue 25), written from the conventions (Luật Ban hành văn bản quy phạm
 * pháp luật; Nghị định 30/2020/NĐ-CP; tests/eval/gold/README.md's task rules): a legal text's reporting clauses (a named body's
 * report, recurring or due by a date) against a procedure's report, a regulated party's and a report on request; a one-off duty a
 * body leads by a date; the execution article after a chapter of duties; a body told to issue its own rules under the text; a
 * table printed one cell a line (a legislative programme's "Điều 2. Tổ chức thực hiện", a plan's task table); a sub-item naming the
 * heading's own kind of body among its duties; a list's clause "a) Tổ chức triển khai thực hiện …;" that is no part's title; a
 * procedure's "nhận được … của Bộ X" that makes no asker; a lead-in over sub-items naming their own bodies and a sentence leading
 * into a table, which are no tasks. Each row: [section, lead, partners?, deadline?, frequency?], names compared case-folded.
 */

const LEGAL: LegalText[] = [
  {
    name: 'thông tư: "Điều 5. Chế độ báo cáo" — a province\'s yearly report by a date and ministries\' half-yearly one are tasks; a report on request is not',
    issuer: 'BỘ TƯ PHÁP',
    number: '08/2026/TT-BTP',
    type: 'THÔNG TƯ',
    title: 'Quy định chế độ báo cáo công tác hộ tịch',
    body: `Căn cứ Nghị định số 39/2025/NĐ-CP;
Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định chế độ báo cáo công tác hộ tịch.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định chế độ báo cáo công tác hộ tịch.
Điều 2. Nội dung báo cáo
Báo cáo gồm số liệu đăng ký khai sinh, kết hôn, khai tử.
Điều 3. Chế độ báo cáo
1. Ủy ban nhân dân cấp tỉnh lập báo cáo công tác hộ tịch trên địa bàn, gửi Bộ Tư pháp trước ngày 20 tháng 12 hằng năm.
2. Các bộ, cơ quan ngang bộ có liên quan báo cáo định kỳ 06 tháng về việc phối hợp thực hiện.
3. Báo cáo đột xuất được thực hiện theo yêu cầu của cơ quan có thẩm quyền.
Điều 4. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026.`,
    tasks: [
      ['Điều 3.1', ['Ủy ban nhân dân cấp tỉnh'], undefined, 'trước ngày 20 tháng 12 hằng năm', 'hằng năm'],
      ['Điều 3.2', ['Các bộ, cơ quan ngang bộ có liên quan'], undefined, undefined, 'định kỳ 06 tháng'],
    ],
  },
  {
    name: 'nghị định: reporting within a procedure\'s time limit and a credit institution\'s quarterly report give no task',
    issuer: 'CHÍNH PHỦ',
    number: '61/2026/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định về cho vay ưu đãi',
    body: `Căn cứ Luật Tổ chức Chính phủ;
Chính phủ ban hành Nghị định quy định về cho vay ưu đãi.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về cho vay ưu đãi.
Điều 2. Thủ tục
1. Cơ quan tiếp nhận hồ sơ báo cáo Ủy ban nhân dân cấp tỉnh trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.
2. Tổ chức tín dụng báo cáo dư nợ cho vay hằng quý theo mẫu.
Điều 3. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày ký.`,
    tasks: [],
  },
  {
    name: 'nghị định: a transitional clause that a ministry leads with partners, to be done by a one-off date',
    issuer: 'CHÍNH PHỦ',
    number: '62/2026/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định về thư viện cơ sở',
    body: `Căn cứ Luật Thư viện;
Chính phủ ban hành Nghị định quy định về thư viện cơ sở.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về thư viện cơ sở.
Điều 2. Hiệu lực thi hành và điều khoản chuyển tiếp
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2026.
2. Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Bộ Giáo dục và Đào tạo hướng dẫn sắp xếp các tủ sách cơ sở vào thư viện xã, hoàn thành trước ngày 31 tháng 3 năm 2027.
3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm thi hành Nghị định này.`,
    tasks: [
      ['Điều 2.2', ['Bộ Văn hóa, Thể thao và Du lịch'], ['Bộ Giáo dục và Đào tạo'], '2027-03-31'],
      ['Điều 2.3', ['Các Bộ trưởng', 'Chủ tịch Ủy ban nhân dân cấp tỉnh']],
    ],
  },
  {
    name: 'nghị định: "Chương III. TRÁCH NHIỆM THỰC HIỆN" of duties, then "Điều 9. Trách nhiệm thi hành" in the last chapter; a procedure "nhận được … của Bộ Y tế"',
    issuer: 'CHÍNH PHỦ',
    number: '63/2026/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định liên thông thủ tục cấp phép hành nghề',
    body: `Căn cứ Luật Khám bệnh, chữa bệnh;
Chính phủ ban hành Nghị định quy định liên thông thủ tục cấp phép hành nghề.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định liên thông thủ tục cấp phép hành nghề.
Chương II
TRÌNH TỰ LIÊN THÔNG
Điều 2. Giải quyết hồ sơ
Sau khi nhận được kết quả xác minh từ hệ thống thông tin của Bộ Y tế, cơ quan cấp phép giải quyết hồ sơ theo quy định.
Chương III
TRÁCH NHIỆM THỰC HIỆN
Điều 3. Trách nhiệm của Bộ Y tế
1. Xây dựng, vận hành hệ thống thông tin cấp phép hành nghề.
2. Hướng dẫn các địa phương kết nối dữ liệu.
Điều 4. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
Bố trí nhân lực, kinh phí thực hiện liên thông tại địa phương.
Chương IV
ĐIỀU KHOẢN THI HÀNH
Điều 8. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026.
Điều 9. Trách nhiệm thi hành
Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.`,
    tasks: [
      ['Điều 3', ['Bộ Y tế']],
      ['Điều 4', ['Ủy ban nhân dân cấp tỉnh']],
      ['Điều 9', ['Các Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']],
    ],
  },
  {
    name: 'nghị quyết: an untitled article that has provincial councils issue their own rules under it; "Tổ đại biểu" a lead of its own',
    issuer: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    number: '120/2026/UBTVQH15',
    type: 'NGHỊ QUYẾT',
    title: 'Ban hành Quy chế tiếp công dân của Hội đồng nhân dân',
    body: `Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT NGHỊ:
Điều 1.
Ban hành kèm theo Nghị quyết này Quy chế tiếp công dân của Hội đồng nhân dân.
Điều 2.
Hội đồng nhân dân cấp tỉnh ban hành quy định về tiếp công dân của cấp mình phù hợp với Nghị quyết này và điều kiện của địa phương.
Điều 3.
1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
2. Thường trực Hội đồng nhân dân, Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và các cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Nghị quyết này.`,
    tasks: [
      ['Điều 2', ['Hội đồng nhân dân cấp tỉnh']],
      ['Điều 3.2', ['Thường trực Hội đồng nhân dân', 'Ban của Hội đồng nhân dân', 'Tổ đại biểu Hội đồng nhân dân', 'các cơ quan, tổ chức có liên quan']],
    ],
  },
  {
    name: 'thông tư: "Điều 6. Trách nhiệm tổ chức thực hiện" — a plural heading over duties, one point naming one of its kind; council members; "a) Tổ chức triển khai …;" no part title',
    issuer: 'BỘ XÂY DỰNG',
    number: '15/2026/TT-BXD',
    type: 'THÔNG TƯ',
    title: 'Hướng dẫn đánh giá chất lượng đô thị',
    body: `Căn cứ Nghị định số 33/2025/NĐ-CP;
Bộ trưởng Bộ Xây dựng ban hành Thông tư hướng dẫn đánh giá chất lượng đô thị.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn đánh giá chất lượng đô thị.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 01 tháng 6 năm 2026.
Điều 3. Trách nhiệm tổ chức thực hiện
1. Ủy ban nhân dân các cấp có trách nhiệm:
a) Tổ chức triển khai thực hiện Thông tư này;
b) Ủy ban nhân dân cấp tỉnh công bố kết quả đánh giá chất lượng đô thị trên địa bàn.
2. Các thành viên Hội đồng đánh giá có trách nhiệm thực hiện Thông tư này.`,
    tasks: [
      ['Điều 3.1', ['Ủy ban nhân dân các cấp']],
      ['Điều 3.2', ['Các thành viên Hội đồng đánh giá']],
    ],
  },
  {
    name: 'thông tư: "Trách nhiệm của Ủy ban nhân dân các cấp" over numbered clauses each naming one level: a task each',
    issuer: 'BỘ XÂY DỰNG',
    number: '16/2026/TT-BXD',
    type: 'THÔNG TƯ',
    title: 'Hướng dẫn quản lý cây xanh đô thị',
    body: `Căn cứ Nghị định số 33/2025/NĐ-CP;
Bộ trưởng Bộ Xây dựng ban hành Thông tư hướng dẫn quản lý cây xanh đô thị.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý cây xanh đô thị.
Điều 2. Trách nhiệm của Ủy ban nhân dân các cấp
1. Ủy ban nhân dân cấp tỉnh ban hành danh mục cây xanh hạn chế trồng.
2. Ủy ban nhân dân cấp xã kiểm tra việc trồng, chặt hạ cây xanh trên địa bàn.
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 01 tháng 6 năm 2026.`,
    tasks: [
      ['Điều 2.1', ['Ủy ban nhân dân cấp tỉnh']],
      ['Điều 2.2', ['Ủy ban nhân dân cấp xã']],
    ],
  },
  {
    name: 'nghị quyết: "Điều 2. Tổ chức thực hiện" whose table of draft laws is printed one cell a line, rows grouped under Roman numerals, one partner cell left empty',
    issuer: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    number: '121/2026/UBTVQH15',
    type: 'NGHỊ QUYẾT',
    title: 'Điều chỉnh Chương trình lập pháp năm 2026',
    body: `Căn cứ Luật Tổ chức Quốc hội;
QUYẾT NGHỊ:
Điều 1. Bổ sung vào Chương trình lập pháp năm 2026 các dự án luật sau.
Điều 2. Tổ chức thực hiện
Phân công cơ quan trình, cơ quan chủ trì thẩm tra và tiến độ trình như sau:
STT
Tên dự án
Cơ quan trình
Cơ quan chủ trì thẩm tra
Cơ quan tham gia thẩm tra
Tiến độ trình
I.
Trình Quốc hội tại Kỳ họp thứ hai
1.
Luật Thư viện (sửa đổi)
Chính phủ
Ủy ban Văn hóa và Xã hội
Hội đồng Dân tộc, các Ủy ban khác của Quốc hội
Phiên họp tháng 5/2026
2.
Luật Quảng cáo (sửa đổi)
Chính phủ
Ủy ban Văn hóa và Xã hội
Phiên họp tháng 6/2026
II.
Trình Quốc hội tại Kỳ họp thứ ba
1.
Luật Thống kê (sửa đổi)
Chính phủ
Ủy ban Kinh tế và Tài chính
Hội đồng Dân tộc, các Ủy ban khác của Quốc hội
Phiên họp tháng 8/2026
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành từ ngày thông qua.`,
    tasks: [
      ['Điều 2.1', ['Chính phủ', 'Ủy ban Văn hóa và Xã hội'], ['Hội đồng Dân tộc', 'các Ủy ban khác của Quốc hội'], 'Phiên họp tháng 5/2026'],
      // (Its partner cell left empty.)
      ['Điều 2.2', ['Chính phủ', 'Ủy ban Văn hóa và Xã hội'], [], 'Phiên họp tháng 6/2026'],
      ['Điều 2.1', ['Chính phủ', 'Ủy ban Kinh tế và Tài chính'], undefined, 'Phiên họp tháng 8/2026'],
    ],
  },
];

const CASES: TaskCase[] = [
  {
    name: 'plan: a task table printed one cell a line under "II. NHIỆM VỤ CỤ THỂ", led into by "… như sau:"',
    type: 'KẾ HOẠCH',
    number: '70/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện kịp thời, hiệu quả.
II. NHIỆM VỤ CỤ THỂ
Các cơ quan, đơn vị thực hiện các nhiệm vụ như sau:
TT
Nội dung công việc
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Rà soát quy trình nội bộ giải quyết thủ tục hành chính
Sở Tư pháp
Văn phòng Ủy ban nhân dân tỉnh
Trước ngày 30/6/2026
2
Số hóa kết quả giải quyết thủ tục hành chính
Sở Khoa học và Công nghệ
Các sở, ngành
Quý III/2026
III. KINH PHÍ
Ngân sách tỉnh bảo đảm.`,
    tasks: [
      ['II.1', ['Sở Tư pháp'], ['Văn phòng Ủy ban nhân dân tỉnh'], '2026-06-30'],
      ['II.2', ['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], 'Quý III/2026'],
    ],
  },
  {
    name: 'plan: a table between bars led into by "Các cơ quan thực hiện theo bảng sau:", the part naming no body of its own',
    type: 'KẾ HOẠCH',
    number: '71/KH-UBND',
    body: `I. MỤC ĐÍCH
Triển khai kịp thời.
II. PHÂN CÔNG NHIỆM VỤ
Các cơ quan thực hiện theo bảng sau:
STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn
1 | Xây dựng quy chế phối hợp | Sở Nội vụ | Sở Tư pháp | Tháng 4/2026
2 | Tập huấn nghiệp vụ | Sở Tư pháp | Các sở, ngành | Quý II/2026`,
    tasks: [
      ['II.1', ['Sở Nội vụ'], ['Sở Tư pháp'], 'Tháng 4/2026'],
      ['II.2', ['Sở Tư pháp'], ['Các sở, ngành'], 'Quý II/2026'],
    ],
  },
  {
    name: 'conclusion notice: "2. Nhiệm vụ thời gian tới, giao các cơ quan:" over lettered items naming their own bodies — the items, not the lead-in',
    type: 'THÔNG BÁO',
    number: '95/TB-UBND',
    body: `Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về phòng, chống dịch bệnh
Sau khi nghe báo cáo của Sở Y tế, Chủ tịch Ủy ban nhân dân tỉnh kết luận:
1. Tình hình dịch bệnh trên địa bàn cơ bản được kiểm soát.
2. Nhiệm vụ thời gian tới, giao các cơ quan:
a) Sở Y tế theo dõi sát diễn biến dịch bệnh, báo cáo Ủy ban nhân dân tỉnh hằng tuần.
b) Sở Tài chính bố trí kinh phí mua sắm vật tư phòng dịch.
c) Ủy ban nhân dân các xã, phường tăng cường tuyên truyền phòng dịch.`,
    tasks: [
      ['2.a', ['Sở Y tế'], undefined, undefined, 'hằng tuần'],
      ['2.b', ['Sở Tài chính']],
      ['2.c', ['Ủy ban nhân dân các xã, phường']],
    ],
  },
];

describe('tasks: legal texts\' reporting, transitional and execution clauses (issue 25)', () => {
  it.each(LEGAL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const record = extractRecord(await docFromText(legalDocument(c)));
    const { got, want } = taskRows(record.tasks, c.tasks);
    expect(got).toEqual(want);
  });
});

describe('tasks: tables printed one cell a line, lead-ins over items (issue 25)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const record = extractRecord(await docFromText(taskDocument(c, 'Về việc triển khai thực hiện năm 2026')));
    const { got, want } = taskRows(record.tasks, c.tasks);
    expect(got).toEqual(want);
  });
});

/** Plain lines, one a paragraph. */
function linesOf(texts: string[]): Line[] {
  let start = 0;
  return texts.map((text, i) => {
    const line: Line = { text, start, end: start + text.length, page: 1, x: 0, y: i, width: text.length, column: 'full' };
    start += text.length + 1;
    return line;
  });
}

describe('tables printed one cell a line', () => {
  it('lays out the rows with as many lines as the header has cells; a row missing its lead is left out, the last row stops at a marker', () => {
    const cells = cellLineTableLines(
      linesOf(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', '1.', 'Rà soát', 'Sở Tư pháp', 'Tháng 5/2026', '2.', 'Tập huấn', 'Quý III/2026', '3.', 'Báo cáo', 'Sở Nội vụ', 'Tháng 12/2026', 'Điều 3. Hiệu lực']),
    );
    const rows = new Map<number, string[]>();
    for (const c of cells) rows.set(c.cell!.row, [...(rows.get(c.cell!.row) ?? []), `${c.cell!.col}:${c.text}`]);
    expect([...rows.values()]).toEqual([
      ['0:STT', '1:Nội dung', '2:Cơ quan chủ trì', '3:Thời hạn'],
      ['0:1.', '1:Rà soát', '2:Sở Tư pháp', '3:Tháng 5/2026'],
      ['0:3.', '1:Báo cáo', '2:Sở Nội vụ', '3:Tháng 12/2026'],
    ]);
  });

  it('lays out a row whose empty cells can only be its partners or its time (a time cell holds a number)', () => {
    const cells = cellLineTableLines(
      linesOf(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', '1.', 'Rà soát', 'Sở Tư pháp', 'Quý II/2026', '2.', 'Tập huấn', 'Sở Nội vụ', 'Các sở, ngành', '3.', 'Báo cáo', 'Sở Nội vụ', 'Sở Tài chính', 'Tháng 12/2026']),
    );
    const rows = new Map<number, string[]>();
    for (const c of cells) rows.set(c.cell!.row, [...(rows.get(c.cell!.row) ?? []), `${c.cell!.col}:${c.text}`]);
    expect([...rows.values()].slice(1)).toEqual([
      ['0:1.', '1:Rà soát', '2:Sở Tư pháp', '4:Quý II/2026'],
      ['0:2.', '1:Tập huấn', '2:Sở Nội vụ', '3:Các sở, ngành'],
      ['0:3.', '1:Báo cáo', '2:Sở Nội vụ', '3:Sở Tài chính', '4:Tháng 12/2026'],
    ]);
  });

  it('reads no table where the lines after "STT" name no lead column, nor a numbered list of short lines', () => {
    expect(cellLineTableLines(linesOf(['STT', 'Họ và tên', 'Chức vụ', '1.', 'Nguyễn Văn A', 'Trưởng phòng']))).toEqual([]);
    expect(cellLineTableLines(linesOf(['1.', 'Sở Tư pháp', '2.', 'Sở Nội vụ']))).toEqual([]);
  });
});
