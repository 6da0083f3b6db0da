import { BARE_UNIT_HEADING, CLOCK_TIME, COLUMN_NUMBER, LEAD_CELL_LABEL, NAME_GOES_ON, TASK_TABLE_COLUMNS } from '../../data/tasks.js';
import type { Line } from '../../pipeline/core/model.js';
import type { TaskField } from '../../pipeline/core/record.js';
import { confidence, squash } from '../common.js';
import { type SectionNode, flattenSections, sectionSpan } from '../sections.js';
import { deadlineCell, deadlineOf, frequencyOf, leadsIn, looksLikeAgency, partnersOf } from './reading.js';

/**
 * Tasks laid out as a table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian).
 */

type TableColumn = (typeof TASK_TABLE_COLUMNS)[number][1];

/** The text of each cell of one table, by row and grid column. */
function tableRows(lines: Line[]): Array<{ row: number; cells: Map<number, Line[]> }> {
  const rows = new Map<number, Map<number, Line[]>>();
  for (const line of lines) {
    if (!line.cell || !line.text.trim()) continue;
    const cells = rows.get(line.cell.row) ?? rows.set(line.cell.row, new Map()).get(line.cell.row)!;
    (cells.get(line.cell.col) ?? cells.set(line.cell.col, []).get(line.cell.col)!).push(line);
  }
  return [...rows].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
}

const GROUP_NUMBER = /^[IVX]{1,5}$/u;

const cellText = (lines: Line[] | undefined) => squash((lines ?? []).map((l) => l.text).join(' '));

/**
 * The bodies a lead or partner cell names, one per paragraph where each paragraph names its own ("Sở Xây dựng" / "Sở Nông
 * nghiệp và Môi trường" in one cell): a line that opens with a body starts the next name; one that goes on in lower case
 * ("Sở Văn hóa, Thể" / "thao và Du lịch", a page's wrap) continues the name before it.
 */
function namesCellText(lines: Line[] | undefined): string {
  const texts = (lines ?? []).map((l) => squash(l.text)).filter(Boolean);
  return texts.reduce((joined, text, i) => {
    if (i === 0) return text;
    const apart = /^\p{Lu}/u.test(text) && !/[,;\-–(]$/u.test(joined) && !NAME_GOES_ON.test(joined) && looksLikeAgency(text);
    return `${joined}${apart ? '; ' : ' '}${text}`;
  }, '');
}

/** What each column of a header row holds, by its heading words ("Cơ quan chủ trì" → lead). */
function headerColumns(cells: Map<number, Line[]>): Map<number, TableColumn> {
  const columns = new Map<number, TableColumn>();
  for (const [col, lines] of cells) {
    const text = cellText(lines).replace(/[\s.:*]+$/u, '');
    if (text.length > 60) continue;
    const kind = TASK_TABLE_COLUMNS.find(([pattern]) => pattern.test(text))?.[1];
    if (kind) columns.set(col, kind);
  }
  return columns;
}

/**
 * Tasks laid out as a table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
 * thành): the header row is found by its column words (a second header row may split "Cơ quan thực
 * hiện" into "Chủ trì | Phối hợp"); each row below that names a lead is a task, its section the
 * section holding the table and the row's STT ("II.3"). A lead cell merged down over several rows
 * holds for each of them. Returns the tasks and the spans of the tables they came from.
 */
export function tableTasks(lines: Line[], roots: SectionNode[]): { tasks: TaskField[]; spans: Array<[number, number]> } {
  const tasks: TaskField[] = [];
  const spans: Array<[number, number]> = [];
  const tables = new Map<number, Line[]>();
  for (const line of lines) if (line.cell) (tables.get(line.cell.table) ?? tables.set(line.cell.table, []).get(line.cell.table)!).push(line);
  const nodes = flattenSections(roots).filter((n) => !n.lines[0]!.cell);
  const bodyEnd = nodes.length ? Math.max(...nodes.map((n) => sectionSpan(n)[1])) : -1;
  for (const tableLines of tables.values()) {
    const rows = tableRows(tableLines);
    let columns = new Map<number, TableColumn>();
    let first = -1;
    for (let i = 0; i < Math.min(rows.length, 3) && first < 0; i++) {
      const found = headerColumns(rows[i]!.cells);
      const kinds = [...found.values()];
      // A lead column with what to do or by when: a ranking ("Thứ hạng | Đơn vị | Điểm") is no task
      // table, nor a report's "Nội dung | Đơn vị | Kết quả" (a bare "Đơn vị" leads only with a time column).
      if (!kinds.includes('lead') || !(kinds.includes('content') || kinds.includes('deadline'))) continue;
      const leadHeading = cellText(rows[i]!.cells.get([...found].find(([, k]) => k === 'lead')![0]));
      if (BARE_UNIT_HEADING.test(leadHeading) && !kinds.includes('deadline')) continue;
      columns = found;
      first = i + 1;
      // A second header row naming columns of its own refines the first ("Chủ trì | Phối hợp" under "Cơ quan thực hiện").
      const next = rows[first] && headerColumns(rows[first]!.cells);
      if (next && next.size >= 1 && [...next.keys()].every((col) => cellText(rows[first]!.cells.get(col)).length <= 60) && next.size === rows[first]!.cells.size) {
        for (const [col, kind] of next) columns.set(col, kind);
        first++;
      }
    }
    const at = (kind: TableColumn) => [...columns].find(([, k]) => k === kind)?.[0];
    // Several lead columns ("Cơ quan trình | Cơ quan chủ trì thẩm tra") lead together, in their order.
    const leadCols = [...columns].filter(([, k]) => k === 'lead').map(([col]) => col).sort((a, b) => a - b);
    if (first < 0 || !leadCols.length) continue;
    const hasLead = (cells: Map<number, Line[]>) => leadCols.some((col) => cells.has(col));
    // A meeting's programme ("07h45 - 8h00 | Tiếp đón đại biểu | Bộ Công an") gives times of day, not deadlines.
    const timeCol = at('deadline');
    const times = timeCol === undefined ? [] : rows.slice(first).map(({ cells }) => cellText(cells.get(timeCol))).filter(Boolean);
    if (times.length && times.filter((t) => CLOCK_TIME.test(t)).length * 2 >= times.length) continue;
    const start = tableLines[0]!.start;
    const holder = start <= bodyEnd ? nodes.filter((n) => n.lines[0]!.start < start).at(-1) : undefined;
    const prefix = holder?.id ?? '';
    let lastLead: string | null = null;
    let ordinal = 0;
    for (const { cells } of rows.slice(first)) {
      // A row numbering the columns under the heading ("(1) | (2) | (3)", "1 | 2 | 3"): no task.
      const texts = [...cells.values()].map(cellText).filter(Boolean);
      if (texts.length >= 3 && texts.every((t) => COLUMN_NUMBER.test(t))) continue;
      const number = at('number') !== undefined ? cellText(cells.get(at('number')!)).replace(/[.)]+$/u, '') : '';
      const content = at('content') !== undefined ? cellText(cells.get(at('content')!)) : '';
      // A row numbered by a Roman numeral heads a group of rows ("II | Nhóm nhiệm vụ về tổ chức bộ máy"): no task, and no lead goes down past it.
      if (GROUP_NUMBER.test(number) && !hasLead(cells)) {
        lastLead = null;
        continue;
      }
      let leadText = leadCols.map((col) => namesCellText(cells.get(col)).replace(LEAD_CELL_LABEL, '')).filter(Boolean).join('; ');
      // A lead cell merged down over this row (left out of it) holds here too.
      if (!leadText && lastLead && content && !hasLead(cells)) leadText = lastLead;
      if (!leadText) continue;
      lastLead = leadText;
      // (A lead names a body: it has letters.)
      const lead = leadsIn(leadText).filter((name) => /\p{L}/u.test(name));
      if (!lead.length) continue;
      ordinal++;
      const label = number || (at('number') === undefined ? String(ordinal) : '');
      const rowLines = [...cells.values()].flat().sort((a, b) => a.start - b.start);
      const deadlineText = at('deadline') !== undefined ? cellText(cells.get(at('deadline')!)) : '';
      const partnersText = at('partners') !== undefined ? namesCellText(cells.get(at('partners')!)) : '';
      tasks.push({
        section: [prefix, label].filter(Boolean).join('.'),
        text: content || leadText,
        lead,
        // (A cell lists its bodies as a lead cell does: "Hội đồng Dân tộc, các Ủy ban khác của Quốc hội" is two.)
        partners: partnersText ? leadsIn(partnersText) : partnersOf(content),
        deadline: deadlineCell(deadlineText) ?? deadlineOf(content),
        frequency: frequencyOf(deadlineText) ?? frequencyOf(content),
        source: 'table',
        span: [rowLines[0]!.start, rowLines.at(-1)!.end],
        confidence: confidence(0.8),
      });
    }
    spans.push([start, tableLines.at(-1)!.end]);
  }
  return { tasks, spans };
}
