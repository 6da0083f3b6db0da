import { OPEN_BLANK_END } from '../../data/layout-patterns.js';
import type { Column, Line } from '../model.js';

/** A line before its offsets are known: readers build these, `assembleText` places them. */
export type LineDraft = Omit<Line, 'start' | 'end'> & {
  /** Blank lines to put before this one (paragraph spacing), so plain-text views stay readable. */
  gapBefore?: number;
};

/** Joins positioned lines into one text and gives each line its offsets in it. */
export function assembleText(drafts: LineDraft[]): { text: string; lines: Line[] } {
  const parts: string[] = [];
  const lines: Line[] = [];
  let offset = 0;
  for (const d of drafts) {
    const { gapBefore, ...line } = d;
    if (parts.length > 0) {
      const sep = '\n'.repeat(1 + Math.min(gapBefore ?? 0, 1));
      parts.push(sep);
      offset += sep.length;
    }
    parts.push(line.text);
    lines.push({ ...line, start: offset, end: offset + line.text.length });
    offset += line.text.length;
  }
  return { text: parts.join(''), lines };
}

/** A run of white space wide enough to be a column gutter in text laid out with spaces. */
const GUTTER = /(?<=\S)(?:[ ]*\t[ \t]*|[ ]{4,})(?=\S)/g;

/** The first gutter of a line; a blank left for a date or number ("ngày      tháng") is not one. */
function gutterIn(text: string): { index: number; length: number } | null {
  for (const m of text.matchAll(GUTTER)) {
    if (!OPEN_BLANK_END.test(text.slice(0, m.index))) return { index: m.index, length: m[0].length };
  }
  return null;
}

/**
 * Splits plain text into lines with their offsets (the text itself is the raw text).
 *
 * Text laid out with spaces (`pdftotext -layout`, a page typed in a fixed-width editor) prints the
 * header and the closing in two columns: "ỦY BAN NHÂN DÂN      CỘNG HÒA …", "- Như trên;      CHỦ
 * TỊCH". A line cut by a wide gap becomes a left and a right line, as the PDF reader's columns
 * are; a line alone far to the right, and not centred, is the right column's.
 */
export function splitPlainLines(text: string): Line[] {
  const rows: Array<{ body: string; start: number; y: number }> = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let y = 0;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    rows.push({ body: m[0].replace(/\r\n|\r|\n$/, ''), start: m.index, y: y++ });
    if (re.lastIndex >= text.length) break;
  }
  const widthOf = (body: string) => body.replace(/\t/g, '        ').trimEnd().length;
  // The page's width: most lines of running text reach it.
  const ends = rows.map((r) => widthOf(r.body)).filter((w) => w > 0).sort((a, b) => a - b);
  const pageWidth = ends[Math.floor(ends.length * 0.9)] ?? 0;
  // Laid out with spaces: a gutter inside a line, or several lines pushed into the right half.
  const gutterRows = rows.filter((r) => gutterIn(r.body.trim())).length;
  const rightHalfRows = rows.filter((r) => /^[ \t]*/.exec(r.body)![0].replace(/\t/g, '        ').length >= pageWidth * 0.4 && r.body.trim()).length;
  const laidOut = pageWidth >= 40 && (gutterRows >= 1 || rightHalfRows >= 3);

  const lines: Line[] = [];
  for (const { body, start, y: row } of rows) {
    const indent = /^[ \t]*/.exec(body)![0];
    const x = indent.replace(/\t/g, '        ').length;
    const width = body.trimEnd().length - indent.length;
    const gutter = laidOut ? gutterIn(body.trimEnd().slice(indent.length)) : null;
    if (gutter) {
      // Left column up to the first gutter, everything after it the right column.
      const cut = indent.length + gutter.index;
      const rightAt = cut + gutter.length;
      lines.push({ text: body.slice(0, cut), start, end: start + cut, page: 1, x, y: row, width: cut - indent.length, column: 'left' });
      lines.push({ text: body.slice(rightAt).trimEnd(), start: start + rightAt, end: start + body.trimEnd().length, page: 1, x: widthOf(body.slice(0, rightAt)), y: row, width: body.trimEnd().length - rightAt, column: 'right' });
      continue;
    }
    const centre = x + width / 2;
    // Well into the right half, or right of centre without being centred on the page.
    const alone = laidOut && width > 0 && (x >= pageWidth * 0.45 || (x >= pageWidth * 0.35 && Math.abs(centre - pageWidth / 2) > pageWidth * 0.08));
    lines.push({ text: body, start, end: start + body.length, page: 1, x, y: row, width, column: (alone ? 'right' : 'full') as Column });
  }
  return lines;
}
