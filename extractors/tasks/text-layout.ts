import { AMENDING_LEAD, TEXT_CELL_BAR } from '../../data/tasks.js';
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
