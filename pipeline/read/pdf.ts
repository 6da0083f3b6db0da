import { getDocumentProxy } from 'unpdf';
import { isSignatureStampLine } from '../../data/stamps.js';
import { InputError } from '../core/errors.js';
import { checkPages, MAX_IMAGE_PIXELS } from '../core/limits.js';
import { SCAN_ORIGIN, warningMessage, type Message } from '../core/messages.js';
import type { FieldReader, Line, PageRect, SignatureStamp } from '../core/model.js';
import { assembleText, type LineDraft } from '../core/lines.js';
import { groupRows, leftEdge, segmentsToLines, splitSegments, type PositionedItem } from '../core/page-layout.js';
import '../core/pdfjs-compat.js';
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
    items.push({ text: it.str, x: e, right: e + it.width * inked, baseline: pageHeight - f, size });
  }
  return items;
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
  messages: Message[];
}

/** A rectangle on a page, in points from the top-left. */

/** Signature fields this short hold a line of text (a number, a day), not a stamp or a seal. */
const MAX_TEXT_FIELD_HEIGHT = 36;

async function textFieldRects(page: { getAnnotations(): Promise<unknown[]> }, pageHeight: number): Promise<PageRect[]> {
  const annotations = (await page.getAnnotations().catch(() => [])) as Array<{ fieldType?: string; hasAppearance?: boolean; rect?: number[] }>;
  return annotations
    .filter((a) => a.fieldType === 'Sig' && a.hasAppearance && a.rect?.length === 4)
    .map(({ rect }) => {
      const [x1, y1, x2, y2] = rect as [number, number, number, number];
      return { left: Math.min(x1, x2), top: pageHeight - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
    })
    .filter((r) => r.height > 4 && r.height <= MAX_TEXT_FIELD_HEIGHT && r.width > 4);
}

/** Field words that repeat printed text under the field (a field's box also covers the label beside the blank). */
function withoutPrinted(fieldItems: PositionedItem[], printed: PositionedItem[]): PositionedItem[] {
  return fieldItems.filter(
    (f) => !printed.some((p) => p.text.trim() && Math.abs(p.baseline - f.baseline) < Math.max(p.size, f.size) && f.x < p.right && p.x < f.right),
  );
}

export async function readPdf(buf: Buffer, readFields?: FieldReader): Promise<PdfReadResult> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, verbosity: 0, maxImageSize: MAX_IMAGE_PIXELS } as never);
  } catch (error) {
    throw pdfFailure(error);
  }
  try {
    checkPages(pdf.numPages);
  } catch (error) {
    await pdf.destroy().catch(() => undefined);
    throw error;
  }
  const drafts: LineDraft[] = [];
  // Annotations cost a parse per page; only a signed PDF has signature fields to read.
  const mayHaveFields = readFields !== undefined && buf.includes('/Sig');
  let letters = 0;
  let pageWidth = 595;
  let leftMargin = Infinity;
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      if (p === 1) pageWidth = viewport.width;
      const content = await page.getTextContent();
      const items = toItems(content.items as TextItem[], viewport.height);
      const fields = mayHaveFields ? await textFieldRects(page, viewport.height) : [];
      if (fields.length > 0) {
        const printed = items.filter((i) => i.text.trim()).map((i) => ({ left: i.x, top: i.baseline - i.size, width: i.right - i.x, height: i.size * 1.3 }));
        items.push(...withoutPrinted(await readFields!(p, fields, printed), items));
      }
      const rows = groupRows(items);
      const rowSegments = rows.map(splitSegments);
      // The text block's left edge; a last page holding only a signer's name keeps the earlier pages' edge.
      leftMargin = Math.min(leftMargin, leftEdge(rowSegments));
      const pageLines = segmentsToLines(rowSegments, { page: p, pageWidth: viewport.width, leftMargin });
      for (const line of pageLines) if (!isSignatureStampLine(line.text)) letters += line.text.replace(/[^\p{L}]/gu, '').length;
      drafts.push(...pageLines);
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
  const messages: Message[] = [];
  if (needsOcr) {
    const besides = stamps.length > 0 ? ` besides ${stamps.length} digital-signature stamp(s)` : '';
    messages.push(warningMessage(SCAN_ORIGIN, `The PDF has no text layer${besides}: it is a scan and needs OCR.`));
  }
  const { text, lines } = assembleText(drafts);
  return { rawText: text, lines, pages, pageWidth, needsOcr, stamps, messages };
}
