import { HOLDS_NUMBER_COLUMN, TASK_TABLE_COLUMNS } from '../../data/tasks.js';
import type { Line } from '../../pipeline/core/model.js';
import { squash } from '../common.js';

/**
 * Task tables on a page (a PDF's text layer, a scan): no cells are marked, only where each piece
 * of text stands. A row of pieces whose words are the columns' headings (STT | Nội dung | Cơ quan
 * chủ trì | Cơ quan phối hợp | Thời gian hoàn thành) opens a table; its columns start where the
 * headings do, each piece below goes to the column it starts in, and a row starts at each number
 * of the STT column. The pieces come back as cells, as a Word table gives them, for `tableTasks`.
 */

/** Pieces this close in height stand on one line of the page. */
const SAME_LINE = 3;
/** How far left of a column's start a piece may begin and still be in it (ragged cell padding). */
const COLUMN_SLACK = 12;
/**
 * The most words a column's heading needs to be told ("Cơ quan, đơn vị chịu trách nhiệm"): a
 * longer run is a heading only if its first words are one, so the test stops there.
 */
const HEADING_WORDS = 8;
/** Tables are told apart from a Word document's by their index. */
const PAGE_TABLE_BASE = 10_000;

type Kind = (typeof TASK_TABLE_COLUMNS)[number][1];

const kindOf = (text: string): Kind | undefined => TASK_TABLE_COLUMNS.find(([pattern]) => pattern.test(text.replace(/[\s.:*]+$/u, '')))?.[1];

/** Lines of the page grouped by the height they stand at, in reading order. */
function pageRows(lines: Line[]): Line[][] {
  const rows: Line[][] = [];
  for (const line of lines) {
    if (!line.text.trim()) continue;
    const last = rows.at(-1);
    if (last && last[0]!.page === line.page && Math.abs(last[0]!.y - line.y) <= SAME_LINE) last.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/**
 * The headings one piece holds, where neighbouring heading cells ran together ("Nội dung công việc
 * Cơ quan chủ trì"): cut before each capitalised word from which the rest reads as a heading.
 */
function headingsIn(line: Line): Array<{ text: string; x: number }> {
  const text = squash(line.text);
  const cuts = [0];
  for (const m of text.matchAll(/\s(?=\p{Lu})/gu)) {
    const rest = text.slice(m.index + 1);
    // The rest up to the next cut must itself be a heading; try the whole rest and its words.
    const words = rest.split(' ');
    for (let n = Math.min(words.length, HEADING_WORDS); n >= 1; n--) {
      if (kindOf(words.slice(0, n).join(' '))) {
        cuts.push(m.index + 1);
        break;
      }
    }
  }
  const perChar = line.width / Math.max(text.length, 1);
  return cuts.map((from, i) => ({ text: text.slice(from, cuts[i + 1] ?? text.length).trim(), x: line.x + from * perChar }));
}

/** The columns a heading row names, left to right; null when it names no lead column with a content or time one. */
function headingColumns(row: Line[]): Array<{ x: number; kind: Kind | undefined; text: string }> | null {
  // A heading row names the number column; cutting every row into headings costs far more than asking first.
  if (!row.some((piece) => HOLDS_NUMBER_COLUMN.test(piece.text))) return null;
  const headings = row.flatMap(headingsIn);
  const kinds = headings.map((h) => kindOf(h.text));
  if (!kinds.includes('lead') || !(kinds.includes('content') || kinds.includes('deadline')) || !kinds.includes('number')) return null;
  return headings.map((h, i) => ({ ...h, kind: kinds[i] }));
}

/** How far above or below the number column's heading a heading cell centred in the same row may stand (two wrapped lines). */
const HEADING_BAND = 20;

/**
 * The heading row of a table whose heading cells are centred in their row: a heading wrapped over two lines ("Cơ quan chủ"
 * / "trì") stands above and below the one-line ones ("STT", "Nội dung"). The rows around the one holding the number
 * column's heading, within a heading's height of it, are joined piece by piece where pieces stand one above the other.
 * Rows with text over the number column's heading are no part of it (a title above, the first row below).
 */
function centredHeading(rows: Line[][], i: number): { row: Line[]; last: number } | null {
  const at = rows[i]!;
  const number = at.find((piece) => HOLDS_NUMBER_COLUMN.test(piece.text));
  if (!number) return null;
  const overNumber = (row: Line[]) => row.some((p) => p.x < number.x + number.width && number.x < p.x + p.width);
  const band: number[] = [];
  for (let k = Math.max(0, i - 2); k <= Math.min(rows.length - 1, i + 2); k++) {
    const row = rows[k]!;
    if (k !== i && (row[0]!.page !== at[0]!.page || Math.abs(row[0]!.y - at[0]!.y) > HEADING_BAND || overNumber(row))) continue;
    band.push(k);
  }
  if (band.length < 2) return null;
  const merged: Line[] = [];
  for (const piece of band.flatMap((k) => rows[k]!)) {
    const same = merged.find((m) => piece.x < m.x + m.width && m.x < piece.x + piece.width);
    if (!same) {
      merged.push({ ...piece, y: at[0]!.y });
      continue;
    }
    const right = Math.max(same.x + same.width, piece.x + piece.width);
    same.text = `${same.text} ${piece.text}`;
    same.x = Math.min(same.x, piece.x);
    same.width = right - same.x;
  }
  return { row: merged.sort((a, b) => a.x - b.x), last: Math.max(...band) };
}

/** The index of the column a piece starting at x stands in. */
function columnAt(x: number, starts: number[]): number {
  let col = 0;
  starts.forEach((start, i) => {
    if (x >= start - COLUMN_SLACK) col = i;
  });
  return col;
}

/** The lines of the page's task tables as cells (a copy of each line with `cell` set); none when there is no such table. */
export function pageTableLines(lines: Line[]): Line[] {
  if (lines.some((l) => l.cell)) return [];
  const rows = pageRows(lines);
  const out: Line[] = [];
  let table = PAGE_TABLE_BASE;
  for (let i = 0; i < rows.length; i++) {
    let columns = headingColumns(rows[i]!);
    let heading = rows[i]!;
    let last = i;
    const centred = columns ? null : centredHeading(rows, i);
    if (centred) {
      columns = headingColumns(centred.row);
      heading = centred.row;
      last = centred.last;
    }
    if (!columns) continue;
    const starts = columns.map((c) => c.x);
    const numberCol = columns.findIndex((c) => c.kind === 'number');
    const cols = columns.length;
    const right = Math.max(...heading.map((l) => l.x + l.width));
    const cell = (line: Line, row: number, col: number): Line => ({ ...line, cell: { table, row, col, cols } });
    // The heading cells, and a heading that wrapped onto the next line ("Thời gian hoàn" / "thành").
    heading.forEach((line) => headingsIn(line).forEach((h) => out.push(cell({ ...line, text: h.text, x: h.x }, 0, columnAt(h.x, starts)))));
    let row = 0;
    let j = last + 1;
    for (; j < rows.length; j++) {
      const pieces = rows[j]!;
      // A line of running text after the table spans several columns, or runs past its right edge.
      const spans = pieces.some((l) => columnAt(l.x + l.width - 1, starts) - columnAt(l.x, starts) >= 2 || l.x + l.width > right + 4 * COLUMN_SLACK);
      if (spans) break;
      // A page's repeated heading row goes on with the table.
      if (headingColumns(pieces)) continue;
      const opensRow = pieces.some((l) => columnAt(l.x, starts) === numberCol && /^\d{1,3}[.)]?$/u.test(l.text.trim()));
      if (opensRow) row++;
      for (const line of pieces) out.push(cell(line, row, columnAt(line.x, starts)));
    }
    table++;
    i = j - 1;
  }
  return out;
}
