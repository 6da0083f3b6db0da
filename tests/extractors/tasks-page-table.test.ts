import { describe, expect, it } from 'vitest';
import { pageTableLines } from '../../extractors/tasks/page-table.js';
import { tableTasks } from '../../extractors/tasks/index.js';
import type { Line } from '../../pipeline/core/model.js';

/**
 * A plan's task table as a PDF's text layer gives it: pieces of text where they stand, neighbouring
 * heading cells run together, a heading and cell texts wrapped over lines, no cells marked.
 */
function pieces(rows: Array<[y: number, items: Array<[x: number, width: number, text: string]>]>, page = 1): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const [y, items] of rows) {
    for (const [x, width, text] of items) {
      lines.push({ text, start, end: start + text.length, page, x, y, width, column: 'full' });
      start += text.length + 1;
    }
  }
  return lines;
}

const PLAN_TABLE = pieces([
  [81, [[72, 116, 'III. TỔ CHỨC THỰC HIỆN']]],
  [93, [[78, 18, 'STT'], [168, 152, 'Nội dung công việc Cơ quan chủ trì'], [349, 72, 'Cơ quan phối hợp'], [439, 61, 'Thời gian hoàn']]],
  [105, [[439, 22, 'thành']]],
  [117, [[78, 5, '1'], [168, 78, 'Xây dựng kế hoạch'], [258, 67, 'Sở Văn hóa, Thể'], [349, 62, 'Báo Lâm Đồng'], [439, 46, 'Trước ngày']]],
  [129, [[168, 76, 'tuyên truyền về cải'], [258, 61, 'thao và Du lịch'], [439, 45, '15/12/2025']]],
  [140, [[168, 65, 'cách hành chính']]],
  [164, [[78, 5, '2'], [168, 60, 'Rà soát thủ tục'], [258, 75, 'Văn phòng UBND'], [349, 57, 'Các sở, ngành'], [439, 52, 'Quý III/2025']]],
  [175, [[168, 44, 'hành chính'], [258, 15, 'tỉnh']]],
  [200, [[72, 430, 'Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm 2026 của tỉnh.']]],
]);

describe('task tables on a page', () => {
  it('reads the columns from the heading pieces, a row from each STT number, wrapped cells joined', () => {
    const { tasks } = tableTasks(pageTableLines(PLAN_TABLE), []);
    expect(tasks.map((t) => [t.section, t.lead, t.partners, t.deadline, t.source])).toEqual([
      ['1', ['Sở Văn hóa, Thể thao và Du lịch'], ['Báo Lâm Đồng'], '2025-12-15', 'table'],
      ['2', ['Văn phòng UBND tỉnh'], ['Các sở, ngành'], 'Quý III/2025', 'table'],
    ]);
    expect(tasks[0]!.text).toBe('Xây dựng kế hoạch tuyên truyền về cải cách hành chính');
  });

  it('ends the table at running text and reads nothing where no heading row names a lead and a number column', () => {
    const cells = pageTableLines(PLAN_TABLE);
    expect(cells.some((l) => l.text.startsWith('Trên đây'))).toBe(false);
    const scores = pieces([
      [93, [[78, 18, 'STT'], [168, 200, 'Lĩnh vực/Tiêu chí'], [400, 40, 'Điểm tối đa']]],
      [117, [[78, 5, '1'], [168, 120, 'Công tác chỉ đạo'], [400, 20, '5.00']]],
    ]);
    expect(pageTableLines(scores)).toEqual([]);
  });

  it('leaves a Word document\'s lines to its own cells', () => {
    const word = PLAN_TABLE.map((l, i) => (i === 1 ? { ...l, cell: { table: 0, row: 0, col: 0, cols: 1 } } : l));
    expect(pageTableLines(word)).toEqual([]);
  });
});
