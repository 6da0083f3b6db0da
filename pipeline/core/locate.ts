import type { Line, SourceFormat } from './model.js';
import type { LocationValue } from './record.js';

/**
 * Where a span of the normalized text is in the file: the one place that turns a value's span
 * into its page and boxes, through the lines the reader placed (every extractor gives spans; none
 * of them needs to know about pages).
 *
 * A PDF line (text layer or OCR) knows its page, left edge, baseline, width and font size in
 * points from the page's top-left; the part of the line the span covers is cut out in proportion
 * to its characters (a line's letters are of about even width). A DOCX or DOC line knows its
 * paragraph and table cell; a plain-text line its row.
 */

/** A box's height over the font size: ascenders and descenders of Vietnamese diacritics. */
const LINE_HEIGHT = 1.25;
/** Font size assumed for a positioned line that does not say (points). */
const DEFAULT_SIZE = 12;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The lines a span touches; a span of length zero touches the line it starts in. A span over the
 * header's or the closing's left block also runs over the right block's lines printed beside it
 * (the text takes a row's left then right line): only the side the value starts on is its own.
 */
function linesAt(lines: Line[], [start, end]: [number, number]): Line[] {
  if (end <= start) return lines.filter((l) => l.start <= start && start < l.end).slice(0, 1);
  const touched = lines.filter((l) => l.end > start && l.start < end);
  const side = touched[0]?.column;
  if (side !== 'left' && side !== 'right') return touched;
  return touched.filter((l) => l.column !== (side === 'left' ? 'right' : 'left'));
}

/** The box of the part of a positioned line between two text offsets. */
function boxOf(line: Line, start: number, end: number): LocationValue['boxes'][number] {
  const length = Math.max(1, line.text.length);
  const from = Math.max(0, Math.min(length, start - line.start));
  const to = Math.max(from, Math.min(length, end - line.start));
  const size = line.fontSize ?? DEFAULT_SIZE;
  const partial = to - from < length;
  return {
    page: line.page,
    left: round(line.x + (partial ? (line.width * from) / length : 0)),
    top: round(line.y - size),
    width: round(partial ? (line.width * Math.max(1, to - from)) / length : line.width),
    height: round(size * LINE_HEIGHT),
  };
}

const unique = <T>(values: T[], key: (v: T) => string): T[] => [...new Map(values.map((v) => [key(v), v])).values()];

/** The location of a span, or null when no line holds it (a value taken from outside the text, span [0, 0]). */
export function locate(lines: Line[], format: SourceFormat, span: [number, number]): LocationValue | null {
  if (span[0] === 0 && span[1] === 0) return null;
  const touched = linesAt(lines, span);
  if (touched.length === 0) return null;
  const page = touched[0]!.page;
  if (format === 'pdf' || format === 'image') {
    return { page, boxes: touched.map((l) => boxOf(l, span[0], span[1])) };
  }
  if (format === 'docx' || format === 'doc') {
    const paragraphs = unique(touched.map((l) => l.paragraph).filter((p): p is number => p !== undefined), String);
    const cells = unique(
      touched.flatMap((l) => (l.cell ? [{ table: l.cell.table, row: l.cell.row, col: l.cell.col }] : [])),
      (c) => `${c.table}:${c.row}:${c.col}`,
    );
    return { page, boxes: [], paragraphs, ...(cells.length ? { cells } : {}) };
  }
  // Plain text: rows from 1, as editors number them (`y` is the 0-based row).
  return { page, boxes: [], lines: unique(touched.map((l) => l.y + 1), String) };
}
