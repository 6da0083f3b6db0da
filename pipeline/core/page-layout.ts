import { OPEN_BLANK_END } from '../../data/layout-patterns.js';
import type { Column, PositionedItem } from './model.js';

export type { PositionedItem };
import type { LineDraft } from './lines.js';

/**
 * Turns positioned words on a page into lines, whatever produced them: pdf.js text items of a PDF
 * text layer or word boxes from OCR. Items are grouped into rows by baseline, rows are split into
 * segments where a wide gap separates two columns (the header's left and right blocks, Nơi nhận
 * beside the signature), and each segment becomes a line with its side of the page. Units are PDF
 * points from the page's top-left, so the thresholds hold for both.
 */

/** Groups items whose baselines are within a fraction of the font size into rows, top to bottom. */
export function groupRows(items: PositionedItem[]): PositionedItem[][] {
  const sorted = [...items].sort((p, q) => p.baseline - q.baseline || p.x - q.x);
  const rows: PositionedItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.baseline - item.baseline) <= Math.max(2, 0.45 * Math.min(row[0]!.size, item.size))) {
      row.push(item);
    } else {
      rows.push([item]);
    }
  }
  for (const row of rows) row.sort((p, q) => p.x - q.x);
  return rows;
}

/** Splits a row into segments at gaps wider than ~2 spaces' worth, skipping blank spacer items. */
export function splitSegments(row: PositionedItem[]): PositionedItem[][] {
  const segments: PositionedItem[][] = [];
  let current: PositionedItem[] = [];
  let lastRight = -Infinity;
  for (const item of row) {
    if (item.text.trim() === '') continue;
    const gap = item.x - lastRight;
    if (current.length > 0 && gap > Math.max(9, 1.2 * item.size) && !(gap < 12 * item.size && OPEN_BLANK_END.test(current.map((c) => c.text).join(' ').trimEnd()))) {
      segments.push(current);
      current = [];
    }
    current.push(item);
    lastRight = Math.max(lastRight, item.right);
  }
  if (current.length) segments.push(current);
  return segments;
}

function segmentText(segment: PositionedItem[]): string {
  let text = '';
  let lastRight = -Infinity;
  for (const item of segment) {
    const gap = item.x - lastRight;
    // pdf.js gives words as separate items when the PDF positions them separately.
    if (text && gap > 0.15 * item.size && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    text += item.text;
    lastRight = item.right;
  }
  return text.replace(/\s+$/, '');
}

function sideOf(x: number, right: number, segmentsInRow: number, pageWidth: number, leftMargin: number): Column {
  const centre = (x + right) / 2;
  const middle = pageWidth / 2;
  if (segmentsInRow > 1) return centre < middle ? 'left' : 'right';
  // A lone segment: body text spans the page; a header or signature block sits to one side.
  if (right - x > 0.55 * (pageWidth - 2 * leftMargin) && x < leftMargin + 40) return 'full';
  if (centre > middle && x > leftMargin + 40) return 'right';
  if (x > leftMargin + 15 && right < middle + 0.05 * pageWidth) return 'left';
  return 'full';
}

/** The left edge of the text block: the leftmost segment start. */
export function leftEdge(rowSegments: PositionedItem[][][]): number {
  return Math.min(...rowSegments.flat().map((s) => s[0]!.x));
}

export interface PageGeometry {
  page: number;
  pageWidth: number;
  /** The text block's left edge (a page holding only a signer's name keeps the earlier pages' edge). */
  leftMargin: number;
}

/** One line draft per segment, top to bottom, with side, size, paragraph gaps and OCR confidence. */
export function segmentsToLines(rowSegments: PositionedItem[][][], { page, pageWidth, leftMargin }: PageGeometry): LineDraft[] {
  const drafts: LineDraft[] = [];
  let lastBaseline = -Infinity;
  let lastSize = 12;
  for (const segments of rowSegments) {
    segments.forEach((segment, i) => {
      const text = segmentText(segment);
      if (!text.trim()) return;
      const first = segment[0]!;
      const right = Math.max(...segment.map((s) => s.right));
      const size = Math.max(...segment.map((s) => s.size));
      const scored = segment.filter((s) => s.confidence !== undefined);
      drafts.push({
        text,
        page,
        x: Math.round(first.x),
        y: Math.round(first.baseline),
        width: Math.round(right - first.x),
        column: sideOf(first.x, right, segments.length, pageWidth, leftMargin),
        fontSize: Math.round(size * 10) / 10,
        gapBefore: i === 0 && first.baseline - lastBaseline > 1.9 * lastSize ? 1 : 0,
        // A line is as trustworthy as its weakest words; the mean of the two lowest resists one stray
        // mark. A handwritten blank's value is no stray mark: the line (its number, its date) is no surer.
        ...(scored.length ? { confidence: Math.min(lowMean(scored.map((s) => s.confidence!)), ...scored.filter((s) => s.handwritten).map((s) => s.confidence!)) } : {}),
      });
      if (i === 0) {
        lastBaseline = first.baseline;
        lastSize = size;
      }
    });
  }
  return drafts;
}

function lowMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b).slice(0, 2);
  return Math.round((sorted.reduce((a, b) => a + b, 0) / sorted.length) * 100) / 100;
}
