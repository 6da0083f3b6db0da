import { OPEN_BLANK_END } from '../../data/layout-patterns.js';
import type { Column, Line } from './model.js';

/** A line before its offsets are known: readers build these, `assembleText` places them. */
export type LineDraft = Omit<Line, 'start' | 'end'> & {
  /** Blank lines to put before this one (paragraph spacing), so plain-text views stay readable. */
  gapBefore?: number;
};

/**
 * Joins positioned lines into one text and gives each line its offsets in it. Each line is the
 * draft's properties in their order but `gapBefore`, then `start` and `end`, copied key by key:
 * V8 makes an object rest (`const { gapBefore, ...line } = d`) in its runtime, and that and a
 * spread were 2 µs a line, most of this function's cost for a text PDF's ~200 lines (issue 23).
 */
export function assembleText(drafts: LineDraft[]): { text: string; lines: Line[] } {
  const parts: string[] = [];
  const lines: Line[] = [];
  let offset = 0;
  for (const d of drafts) {
    if (parts.length > 0) {
      const sep = '\n'.repeat(1 + Math.min(d.gapBefore ?? 0, 1));
      parts.push(sep);
      offset += sep.length;
    }
    parts.push(d.text);
    const line: Record<string, unknown> = {};
    for (const key of Object.keys(d)) if (key !== 'gapBefore') line[key] = d[key as keyof LineDraft];
    line.start = offset;
    line.end = offset + d.text.length;
    lines.push(line as unknown as Line);
    offset += d.text.length;
  }
  return { text: parts.join(''), lines };
}

/** A run of white space wide enough to be a column gutter in text laid out with spaces. */
const GUTTER = /(?<=\S)(?:[ ]*\t[ \t]*|[ ]{4,})(?=\S)/g;

/**
 * The first gutter of a line: a wide gap whose right side starts in the right part of the page
 * (so "a)⇥Nội dung" is not cut). A blank left for a date or number ("ngày      tháng") is not one.
 */
function gutterIn(body: string, pageWidth: number): { index: number; length: number } | null {
  // A gutter holds a tab or four spaces: a line with neither (most) is not searched (the pattern's
  // opening look-behind is tried at every character; issue 23).
  if (!body.includes('\t') && !body.includes('    ')) return null;
  for (const m of body.matchAll(GUTTER)) {
    const rightAt = m.index + m[0].length;
    if (columnsOf(body.slice(0, rightAt)) < pageWidth * 0.35 || OPEN_BLANK_END.test(body.slice(0, m.index))) continue;
    return { index: m.index, length: m[0].length };
  }
  return null;
}

/** Width in columns of the start of a line, tabs at eight. */
function columnsOf(text: string): number {
  return text.replace(/\t/g, '        ').length;
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
  const rows: Array<{ body: string; start: number; indent: number; x: number; width: number }> = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const body = m[0].replace(/\r\n|\r|\n$/, '').trimEnd();
    const indent = /^[ \t]*/.exec(body)![0];
    rows.push({ body, start: m.index, indent: indent.length, x: columnsOf(indent), width: body.length - indent.length });
    if (re.lastIndex >= text.length) break;
  }
  // The page's width: most lines of running text reach it.
  const ends = rows.map((r) => columnsOf(r.body)).filter((w) => w > 0).sort((a, b) => a - b);
  const pageWidth = ends[Math.floor(ends.length * 0.9)] ?? 0;
  const gutters = rows.map((r) => (pageWidth >= 40 ? gutterIn(r.body, pageWidth) : null));
  // Laid out with spaces: a gutter inside a line, or several lines pushed into the right half.
  const laidOut = gutters.some(Boolean) || rows.filter((r) => r.width > 0 && r.x >= pageWidth * 0.4).length >= 3;

  const lines: Line[] = [];
  rows.forEach(({ body, start, x, width }, row) => {
    const gutter = laidOut ? gutters[row] : null;
    if (gutter) {
      // Left column up to the first gutter, everything after it the right column.
      const rightAt = gutter.index + gutter.length;
      lines.push({ text: body.slice(0, gutter.index), start, end: start + gutter.index, page: 1, x, y: row, width: gutter.index - (body.length - width), column: 'left' });
      lines.push({ text: body.slice(rightAt), start: start + rightAt, end: start + body.length, page: 1, x: columnsOf(body.slice(0, rightAt)), y: row, width: body.length - rightAt, column: 'right' });
      return;
    }
    const centre = x + width / 2;
    // Well into the right half, or right of centre without being centred on the page.
    const alone = laidOut && width > 0 && pageWidth >= 40 && (x >= pageWidth * 0.45 || (x >= pageWidth * 0.35 && Math.abs(centre - pageWidth / 2) > pageWidth * 0.08));
    lines.push({ text: body, start, end: start + body.length, page: 1, x, y: row, width, column: (alone ? 'right' : 'full') as Column });
  });
  return lines;
}
