import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import { tableTasks } from '../../extractors/tasks/index.js';
import type { Line } from '../../pipeline/core/model.js';
import { processBuffer } from '../../pipeline/run/stages.js';

/** Lines of a DOCX table: one line per non-empty cell, rows given as arrays of cell texts (null: merged from above). */
function tableLines(rows: Array<Array<string | null>>, table = 0, from = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  rows.forEach((cells, row) =>
    cells.forEach((text, col) => {
      if (!text) return;
      lines.push({ text, start, end: start + text.length, page: 1, x: col * 20, y: lines.length, width: text.length, column: 'full', cell: { table, row, col, cols: cells.length } });
      start += text.length + 1;
    }),
  );
  return lines;
}

describe('task tables', () => {
  it('reads one task per row from the columns its header names, the section the STT', () => {
    const lines = tableLines([
      ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Xây dựng kế hoạch tuyên truyền', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo Lâm Đồng; Đài Phát thanh - Truyền hình', 'Trước ngày 15/12/2025'],
      ['2', 'Rà soát thủ tục hành chính', 'Văn phòng UBND tỉnh', 'Các sở, ngành', 'Quý III/2025'],
      ['3', 'Tổng hợp, báo cáo kết quả', 'Sở Nội vụ', null, 'Hằng quý'],
    ]);
    const { tasks } = tableTasks(lines, []);
    expect(tasks.map((t) => [t.section, t.lead, t.partners, t.deadline, t.frequency, t.source])).toEqual([
      ['1', ['Sở Văn hóa, Thể thao và Du lịch'], ['Báo Lâm Đồng', 'Đài Phát thanh - Truyền hình'], '2025-12-15', null, 'table'],
      ['2', ['Văn phòng UBND tỉnh'], ['Các sở, ngành'], 'Quý III/2025', null, 'table'],
      ['3', ['Sở Nội vụ'], [], null, 'Hằng quý', 'table'],
    ]);
  });

  it('reads a plan annex\'s list of documents to draft ("Tên văn bản | Đơn vị thực hiện | Thời hạn")', () => {
    const lines = tableLines([
      ['TT', 'Tên văn bản', 'Đơn vị thực hiện', 'Thời hạn'],
      ['1', 'Quyết định ban hành Quy chế phối hợp', 'Sở Tư pháp', 'Tháng 11/2025'],
    ]);
    const { tasks } = tableTasks(lines, []);
    expect(tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([['1', ['Sở Tư pháp'], 'Tháng 11/2025']]);
  });

  it('takes a two-row header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") and a lead cell merged down over rows', () => {
    const lines = tableLines([
      ['TT', 'Nhiệm vụ', 'Cơ quan thực hiện', null, 'Thời gian'],
      [null, null, 'Chủ trì', 'Phối hợp', null],
      ['1', 'Cập nhật cơ sở dữ liệu', 'Công an tỉnh', 'Sở Tư pháp', 'Tháng 12/2025'],
      ['2', 'Kiểm tra, đôn đốc', null, 'UBND các xã', 'Thường xuyên'],
    ]);
    const { tasks } = tableTasks(lines, []);
    expect(tasks.map((t) => [t.section, t.lead, t.partners, t.deadline])).toEqual([
      ['1', ['Công an tỉnh'], ['Sở Tư pháp'], 'Tháng 12/2025'],
      ['2', ['Công an tỉnh'], ['UBND các xã'], null],
    ]);
  });

  it('reads nothing from tables without a lead column (the signature block, a list of members)', () => {
    const lines = tableLines([
      ['Nơi nhận:', 'KT. CHỦ TỊCH'],
      ['- Như trên;', 'PHÓ CHỦ TỊCH'],
    ]);
    expect(tableTasks(lines, []).tasks).toEqual([]);
    const members = tableLines([
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['1', 'Nguyễn Văn A', 'Giám đốc Sở Nội vụ'],
    ]);
    expect(tableTasks(members, []).tasks).toEqual([]);
  });
});

describe('tables that assign nothing', () => {
  it('leaves out a meeting programme (times of day), a ranking (no content or time column) and a report\'s results by unit', () => {
    const programme = tableLines([
      ['Thời gian', 'Nội dung', 'Chủ trì'],
      ['07h45 - 8h00', 'Tiếp đón đại biểu', 'Bộ Công an'],
      ['08h00 - 08h10', 'Tuyên bố lý do, giới thiệu đại biểu', 'Văn phòng Chính phủ'],
    ]);
    expect(tableTasks(programme, []).tasks).toEqual([]);
    const ranking = tableLines([
      ['Thứ hạng', 'Đơn vị', 'Điểm'],
      ['1', 'Thanh tra tỉnh', '95,5'],
    ]);
    expect(tableTasks(ranking, []).tasks).toEqual([]);
    const results = tableLines([
      ['STT', 'Nội dung', 'Đơn vị', 'Kết quả'],
      ['1', 'Hồ sơ trực tuyến', 'Sở Tư pháp', '98%'],
    ]);
    expect(tableTasks(results, []).tasks).toEqual([]);
  });
});

describe('task tables in a DOCX', () => {
  it('reads the rows of a plan\'s table under its part, a lead cell merged down holding for the rows it spans', async () => {
    const cell = (text: string, merge?: 'start' | 'continue') =>
      new TableCell({
        children: [new Paragraph(text)],
        ...(merge ? { verticalMerge: merge === 'start' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      });
    const row = (cells: TableCell[]) => new TableRow({ children: cells });
    const table = new Table({
      rows: [
        row(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((t) => cell(t))),
        row([cell('1'), cell('Rà soát, cập nhật dữ liệu dân cư'), cell('Công an tỉnh', 'start'), cell('Sở Tư pháp'), cell('Quý IV/2025')]),
        row([cell('2'), cell('Kiểm tra việc cấp căn cước'), cell('', 'continue'), cell('UBND các xã'), cell('Trước ngày 31/12/2025')]),
        row([cell('3'), cell('Tổng hợp, báo cáo kết quả'), cell('Sở Nội vụ'), cell(''), cell('Tháng 01/2026')]),
      ],
    });
    const paragraphs = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 15/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày 05 tháng 9 năm 2025', 'KẾ HOẠCH', 'Triển khai Đề án 06 năm 2025', 'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao hiệu quả quản lý.',
      'II. NHIỆM VỤ CỤ THỂ',
    ].map((t) => new Paragraph(t));
    const closing = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'].map((t) => new Paragraph(t));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [...paragraphs, table, ...closing] }] }));
    const { record } = await processBuffer(Buffer.from(docx), 'plan.docx', { ocr: 'off' });
    expect(record.tasks.map((t) => [t.section, t.lead, t.partners, t.deadline, t.source])).toEqual([
      ['II.1', ['Công an tỉnh'], ['Sở Tư pháp'], 'Quý IV/2025', 'table'],
      ['II.2', ['Công an tỉnh'], ['UBND các xã'], '2025-12-31', 'table'],
      ['II.3', ['Sở Nội vụ'], [], 'Tháng 01/2026', 'table'],
    ]);
  });
});
