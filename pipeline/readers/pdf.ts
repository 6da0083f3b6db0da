import { getDocumentProxy } from 'unpdf';
import { isSignatureStampLine } from '../../data/stamps.js';
import { InputError } from '../errors.js';
import type { Column, Line, Message, SignatureStamp } from '../model.js';
import { assembleText, type LineDraft } from './lines.js';
import { readSignatureStamps } from './pdf-signature.js';

/**
 * Reads a PDF's text layer with pdf.js (through unpdf): text items with positions are grouped into
 * rows by baseline, rows are split into segments where a wide gap separates two columns (the
 * header's left and right blocks, Nơi nhận beside the signature), and each segment becomes a line
 * with its page, position, width, font size and side. A PDF without a real text layer — a scan,
 * or a signed scan whose only text is the signature stamp — is marked `needsOcr`.
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

interface PositionedItem {
  text: string;
  x: number;
  right: number;
  baseline: number; // from the page top
  size: number;
  fontName: string;
}

/** Fewer letters than this per page (outside signature stamps) means the page is an image. */
const MIN_LETTERS_PER_PAGE = 40;

function toItems(raw: TextItem[], pageHeight: number): PositionedItem[] {
  const items: PositionedItem[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || it.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 10;
    // Trailing spaces widen an item without ink; measure the right edge of its last glyph.
    const inked = it.str.replace(/\s+$/u, '').length / it.str.length;
    items.push({ text: it.str, x: e, right: e + it.width * inked, baseline: pageHeight - f, size, fontName: it.fontName });
  }
  return items;
}

/** Groups items whose baselines are within a fraction of the font size into rows, top to bottom. */
function groupRows(items: PositionedItem[]): PositionedItem[][] {
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
function splitSegments(row: PositionedItem[]): PositionedItem[][] {
  const segments: PositionedItem[][] = [];
  let current: PositionedItem[] = [];
  let lastRight = -Infinity;
  for (const item of row) {
    if (item.text.trim() === '') continue;
    const gap = item.x - lastRight;
    if (current.length > 0 && gap > Math.max(9, 1.2 * item.size)) {
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

function pdfFailure(error: unknown): InputError {
  const name = (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new InputError('encrypted', 'is a password-protected PDF; remove the password and add it again.');
  }
  if (name === 'InvalidPDFException' || /Invalid PDF|startxref|xref/i.test(message)) {
    return new InputError('corrupt', 'is a damaged or truncated PDF that cannot be opened.');
  }
  return new InputError('corrupt', `is a PDF that cannot be read (${message.split('\n')[0]}).`);
}

export interface PdfReadResult {
  rawText: string;
  lines: Line[];
  pages: number;
  pageWidth: number;
  needsOcr: boolean;
  stamps: SignatureStamp[];
  warnings: Message[];
}

export async function readPdf(buf: Buffer): Promise<PdfReadResult> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, verbosity: 0 } as never);
  } catch (error) {
    throw pdfFailure(error);
  }
  const drafts: LineDraft[] = [];
  let letters = 0;
  let pageWidth = 595;
  let leftMargin = Infinity;
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      if (p === 1) pageWidth = viewport.width;
      const content = await page.getTextContent();
      const rows = groupRows(toItems(content.items as TextItem[], viewport.height));
      const rowSegments = rows.map(splitSegments);
      // The text block's left edge; a last page holding only a signer's name keeps the earlier pages' edge.
      leftMargin = Math.min(leftMargin, ...rowSegments.flat().map((s) => s[0]!.x));
      let lastBaseline = -Infinity;
      let lastSize = 12;
      for (const segments of rowSegments) {
        segments.forEach((segment, i) => {
          const text = segmentText(segment);
          if (!text.trim()) return;
          const first = segment[0]!;
          const right = Math.max(...segment.map((s) => s.right));
          const size = Math.max(...segment.map((s) => s.size));
          if (!isSignatureStampLine(text)) letters += text.replace(/[^\p{L}]/gu, '').length;
          drafts.push({
            text,
            page: p,
            x: Math.round(first.x),
            y: Math.round(first.baseline),
            width: Math.round(right - first.x),
            column: sideOf(first.x, right, segments.length, viewport.width, leftMargin),
            fontSize: Math.round(size * 10) / 10,
            gapBefore: i === 0 && first.baseline - lastBaseline > 1.9 * lastSize ? 1 : 0,
          });
          if (i === 0) {
            lastBaseline = first.baseline;
            lastSize = size;
          }
        });
      }
      page.cleanup();
    }
  } catch (error) {
    throw pdfFailure(error);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
  const pages = pdf.numPages;
  const stamps = readSignatureStamps(buf);
  const needsOcr = letters < MIN_LETTERS_PER_PAGE * Math.max(1, pages) * 0.5;
  const warnings: Message[] = [];
  if (needsOcr) {
    warnings.push({
      message:
        stamps.length > 0
          ? `The PDF has no text layer besides ${stamps.length} digital-signature stamp(s): it is a scan and needs OCR.`
          : 'The PDF has no text layer: it is a scan and needs OCR.',
    });
  }
  const { text, lines } = assembleText(drafts);
  return { rawText: text, lines, pages, pageWidth, needsOcr, stamps, warnings };
}
