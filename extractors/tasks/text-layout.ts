import { AMENDING_LEAD, BARE_LEAD_COLUMN, NUMBER_COLUMN_LINE, ROW_NUMBER_LINE, TASK_TABLE_COLUMNS, TEXT_CELL_BAR } from '../../data/tasks.js';
import { markerIn } from '../sections.js';
import { leadsIn, looksLikeAgency } from './reading.js';
import type { Line } from '../../pipeline/core/model.js';

/**
 * How plain text lays out what a page shows by its shape: a table printed as rows of cells between bars, and the new text
 * an amending document quotes.
 */

/** Tables are told apart from a Word document's and a page's by their index. */
const TEXT_TABLE_BASE = 20_000;

/**
 * The cells of the tables a text prints as rows between bars ("STT | Tên dự án | Cơ quan trình | Tiến độ", one row a
 * line, as legal texts exported to text carry them): a copy of each cell's text with `cell` set, for `tableTasks`. A
 * table is a run of lines of three or more cells; none where the lines already came out of a table's cells.
 */
export function textTableLines(lines: Line[]): Line[] {
  if (lines.some((l) => l.cell)) return [];
  const out: Line[] = [];
  let table = TEXT_TABLE_BASE;
  let row = -1;
  for (const line of lines) {
    const bars = [...line.text.matchAll(TEXT_CELL_BAR)];
    if (bars.length < 2) {
      if (row >= 0) table++;
      row = -1;
      continue;
    }
    row++;
    const cols = bars.length + 1;
    let from = 0;
    [...bars.map((b) => b.index), line.text.length].forEach((to, col) => {
      const piece = line.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      if (text) out.push({ ...line, text, start: line.start + from + lead, end: line.start + from + lead + text.length, cell: { table, row, col, cols } });
      from = to + (bars[col]?.[0].length ?? 0);
    });
  }
  return out;
}

/** Table indexes of tables printed one cell a line, after those printed between bars. */
const CELL_LINE_TABLE_BASE = 30_000;

/** The longest line that is a cell of a table's header. */
const HEADER_CELL_MAX = 60;

/**
 * The cells of the tables a text prints one cell a line (a Word table exported to text, each cell a paragraph: "STT" / "Tên dự
 * án" / "Cơ quan trình" / "Tiến độ" / "1." / "Luật …" / "Chính phủ" / "Phiên họp tháng 9/2025" / "2." …), for `tableTasks`: the
 * header is the run of short lines from the number column's heading ("STT") up to the first row number, naming a lead column;
 * each row runs from its number ("1.", the next in order, or a group's Roman "II.") to the next one. A row with as many lines as
 * the header has cells is laid out by column; an empty cell prints no line, so a shorter row is laid out only where the cells it
 * lacks can be only its optional ones (partners, a time); a group's row is its number and title.
 * The last row takes the header's count of lines, none of them a section's marker.
 */
export function cellLineTableLines(lines: Line[]): Line[] {
  if (lines.some((l) => l.cell)) return [];
  const filled = lines.filter((l) => l.text.trim());
  const out: Line[] = [];
  let table = CELL_LINE_TABLE_BASE;
  for (let i = 0; i < filled.length; i++) {
    if (!NUMBER_COLUMN_LINE.test(filled[i]!.text.trim())) continue;
    let end = i + 1;
    while (end < filled.length && filled[end]!.text.trim().length <= HEADER_CELL_MAX && !ROW_NUMBER_LINE.test(filled[end]!.text.trim())) end++;
    const header = filled.slice(i, end);
    const kinds = header.map((l) => TASK_TABLE_COLUMNS.find(([pattern]) => pattern.test(l.text.trim().replace(/[\s.:*]+$/u, '')))?.[1]);
    if (header.length < 3 || end >= filled.length || !kinds.includes('lead')) continue;
    // ("Đơn vị" alone heads a lead column only beside the work's: "STT / Đơn vị / Số lượng đại biểu / Thời gian có mặt" lists delegates.)
    const leadCol = kinds.indexOf('lead');
    if (BARE_LEAD_COLUMN.test(header[leadCol]!.text.trim().replace(/[\s.:*]+$/u, '')) && !kinds.includes('content')) continue;
    const cols = header.length;
    const tableStart = out.length;
    const groupRows = new Set<number>();
    const cell = (line: Line, row: number, col: number) => {
      const text = line.text.trim();
      const lead = line.text.length - line.text.trimStart().length;
      out.push({ ...line, text, start: line.start + lead, end: line.start + lead + text.length, cell: { table, row, col, cols } });
    };
    header.forEach((line, col) => cell(line, 0, col));
    let row = 0;
    let last = 0;
    let at = end;
    // Whether a line is the next row's number: the arabic one after the last, 1 after a group, or a group's Roman numeral.
    const nextRow = (text: string) => {
      const m = ROW_NUMBER_LINE.exec(text.trim());
      return m !== null && (m[2] !== undefined || Number(m[1]) === last + 1 || Number(m[1]) === 1);
    };
    while (at < filled.length && nextRow(filled[at]!.text)) {
      const number = ROW_NUMBER_LINE.exec(filled[at]!.text.trim())!;
      const group = number[2] !== undefined;
      // (The next row's number follows this one's: a group restarts the count.)
      last = group ? 0 : Number(number[1]);
      // (The next row's number stands a header's count of lines on, where the row fills every cell: "02", a count in a cell,
      // is no row's number before it. A shorter row's number is the first after it.)
      let next = at + cols < filled.length && nextRow(filled[at + cols]!.text) ? at + cols : at + 1;
      if (next !== at + cols) while (next < filled.length && next - at <= cols && !nextRow(filled[next]!.text)) next++;
      const closing = next >= filled.length || !nextRow(filled[next]!.text);
      // The last row: the header's count of lines, stopping at a section's marker ("Điều 3.").
      if (closing) {
        next = at + 1;
        while (next < filled.length && next - at < (group ? 2 : cols) && !markerIn(filled[next]!.text.trim())) next++;
      }
      const rowLines = filled.slice(at, next);
      row++;
      if (group && rowLines.length === 2) {
        groupRows.add(row);
        cell(rowLines[0]!, row, 0);
        cell(rowLines[1]!, row, 1);
      } else if (!group && rowLines.length === cols) rowLines.forEach((line, col) => cell(line, row, col));
      else if (!group && !closing && rowLines.length >= 3) {
        // A row short of cells left one empty, and only the optional ones are (partners, a time): a time cell holds a number, so a
        // last line without one leaves the time column empty; the rest are partner cells, from the last.
        const empty: number[] = [];
        const timeCol = kinds.lastIndexOf('deadline');
        if (timeCol === cols - 1 && !/\d/u.test(rowLines.at(-1)!.text)) empty.push(timeCol);
        for (let col = cols - 1; col >= 0 && empty.length < cols - rowLines.length; col--) if (kinds[col] === 'partners') empty.push(col);
        if (empty.length === cols - rowLines.length) {
          const filledCols = [...Array(cols).keys()].filter((col) => !empty.includes(col));
          rowLines.forEach((line, i) => cell(line, row, filledCols[i]!));
        }
      }
      at = next;
      if (closing) break;
    }
    // A lead cell names a body: where one names none (a time, a count), the columns were read wrong or the table sets no work.
    const leads = out.slice(tableStart).filter((c) => c.cell!.row > 0 && !groupRows.has(c.cell!.row) && c.cell!.col === leadCol && c.cell!.cols === cols);
    if (leads.some((c) => !looksLikeAgency(leadsIn(c.text)[0] ?? c.text))) out.length = tableStart;
    table++;
    i = at - 1;
  }
  return out;
}

/**
 * Where the new text an amending document quotes stands (Luật Ban hành văn bản quy phạm pháp luật: "Sửa đổi, bổ sung
 * Điều 14 như sau: / “Điều 14. … 1. … 2. …”", "Bổ sung khoản 3 vào Điều 5 như sau: “3. Bộ Tài chính hướng dẫn …”"): a
 * quotation that opens a line or follows a colon, up to its closing mark, quotations inside it included, where the lead-in names
 * the amendment ("Sửa đổi …", "Bổ sung …", "Thay thế …", on its line or the line before: a slogan after "Khẩu hiệu:" whose
 * marks do not pair must not hide the tasks after it). Spans of the
 * document text; a quotation never closed is left out (a stray mark, not a quoted provision). A quotation opening a line
 * counts only after a line that ends with the lead-in's colon, names an amendment or closes a quoted provision (a slogan or brand name a line
 * opens with, or a mark OCR misplaced, quotes no provision).
 */
export function amendedQuotes(lines: Line[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: { at: number; straight: boolean } | null = null;
  let depth = 0;
  // Whether the line before ended a lead-in ("… như sau:") or a quoted provision (the next one may follow it).
  let leadIn = false;
  // Whether the line before names an amendment ("1. Sửa đổi, bổ sung khoản 2 Điều 5 của Thông tư số …" wrapped before its "như sau:").
  let amendedBefore = false;
  for (const line of lines) {
    const text = line.text;
    if (!text.trim()) continue;
    const closedBefore = spans.length;
    const after = leadIn;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '“' && c !== '”' && c !== '"') continue;
      if (open) {
        if (open.straight ? c === '"' : c === '“') {
          if (!open.straight) depth++;
          else {
            spans.push([open.at, line.start + i + 1]);
            open = null;
          }
        } else if (!open.straight && c === '”' && --depth === 0) {
          spans.push([open.at, line.start + i + 1]);
          open = null;
        }
        continue;
      }
      if (c === '”') continue;
      const before = text.slice(0, i);
      if ((after && /^[\s\-–+•]*$/u.test(before)) || (/:\s*$/u.test(before) && (amendedBefore || AMENDING_LEAD.test(before)))) {
        open = { at: line.start + i, straight: c === '"' };
        depth = 1;
      } else if (c === '“') {
        // A quotation inside a sentence ("(sau đây gọi là “Quỹ”)"): its closing mark closes nothing opened here.
        const close = text.indexOf('”', i + 1);
        if (close > i) i = close;
      } else {
        const close = text.indexOf('"', i + 1);
        if (close > i) i = close;
      }
    }
    leadIn = !open && ((/:\s*$/u.test(text) && amendedBefore) || AMENDING_LEAD.test(text) || (spans.length > closedBefore && /[”"][\s.;,]*$/u.test(text)));
    amendedBefore = AMENDING_LEAD.test(text);
  }
  return spans;
}
