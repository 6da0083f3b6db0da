import type { PDFArray, PDFDocument, PDFRef } from 'pdf-lib';
import type { PageRect } from '../core/model.js';

/** Signature fields this short hold a line of text (a number, a day), not a stamp or a seal. */
const MAX_TEXT_FIELD_HEIGHT = 36;

/** A signature field's box on its page, in points from the top-left, with its appearance stream. */
interface FieldAppearance {
  rect: PageRect;
  appearance: PDFRef;
  bbox: [number, number, number, number];
}

/**
 * A signature field's box on its page (points from the top-left) from its `/Rect`, when it is the
 * size of a line of text; null for a stamp's or a seal's box, or a malformed rectangle.
 */
export function textFieldBox(rect: readonly number[] | undefined, pageHeight: number): PageRect | null {
  if (rect?.length !== 4 || rect.some((n) => !Number.isFinite(n))) return null;
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  const box = { left: Math.min(x1, x2), top: pageHeight - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
  return box.height > 4 && box.height <= MAX_TEXT_FIELD_HEIGHT && box.width > 4 ? box : null;
}

/** pdf-lib, loaded by the first file that has signature fields (~70 CPU-ms of every process that reads a PDF otherwise). */
type PdfLib = typeof import('pdf-lib');

const numbers = (lib: PdfLib, array: PDFArray | undefined): number[] =>
  array ? array.asArray().map((n) => (n instanceof lib.PDFNumber ? n.asNumber() : Number.NaN)) : [];

/**
 * A signing tool stamps the number after `Số:` and the day after `ngày` into signature fields: the
 * text lives in each field's appearance stream, outside the page's content, so a text extractor
 * that reads page content misses it. This returns a copy of the PDF whose pages also draw their
 * short signature fields' appearances as page content (where the viewer shows them), so the
 * stamped words are read as text with their own fonts — no OCR, no misread digit. Null when the
 * file has no such field or cannot be rewritten.
 */
export async function withFieldAppearancesDrawn(buf: Uint8Array): Promise<Uint8Array | null> {
  try {
    const lib = await import('pdf-lib');
    const { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } = lib;
    const doc = await lib.PDFDocument.load(buf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    let drawn = 0;
    for (const page of doc.getPages()) {
      const { height: pageHeight } = page.getSize();
      const fields = fieldAppearances(lib, page.node.Annots(), pageHeight, doc);
      for (const field of fields) {
        const name = page.node.newXObject('VanbanField', field.appearance);
        const [bx0, by0, bx1, by1] = field.bbox;
        const sx = field.rect.width / (bx1 - bx0 || 1);
        const sy = field.rect.height / (by1 - by0 || 1);
        const bottom = pageHeight - field.rect.top - field.rect.height;
        page.pushOperators(pushGraphicsState(), concatTransformationMatrix(sx, 0, 0, sy, field.rect.left - bx0 * sx, bottom - by0 * sy), drawObject(name), popGraphicsState());
        drawn++;
      }
    }
    return drawn > 0 ? await doc.save({ useObjectStreams: false, updateFieldAppearances: false }) : null;
  } catch {
    return null;
  }
}

function fieldAppearances(lib: PdfLib, annots: PDFArray | undefined, pageHeight: number, doc: PDFDocument): FieldAppearance[] {
  const { PDFDict, PDFName, PDFRef, PDFStream } = lib;
  const found: FieldAppearance[] = [];
  if (!annots) return found;
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookup(i);
    if (!(annot instanceof PDFDict)) continue;
    // A widget's field type may sit on its parent field.
    const parent = annot.lookup(PDFName.of('Parent'));
    const type = annot.get(PDFName.of('FT')) ?? (parent instanceof PDFDict ? parent.get(PDFName.of('FT')) : undefined);
    if (type !== PDFName.of('Sig')) continue;
    const rect = textFieldBox(numbers(lib, annot.lookup(PDFName.of('Rect')) as PDFArray | undefined), pageHeight);
    if (!rect) continue;
    const ap = annot.lookup(PDFName.of('AP'));
    const normal = ap instanceof PDFDict ? ap.get(PDFName.of('N')) : undefined;
    if (!(normal instanceof PDFRef)) continue;
    const stream = doc.context.lookup(normal);
    if (!(stream instanceof PDFStream)) continue;
    const bbox = numbers(lib, stream.dict.lookup(PDFName.of('BBox')) as PDFArray | undefined);
    if (bbox.length !== 4 || bbox.some((n) => !Number.isFinite(n))) continue;
    found.push({ rect, appearance: normal, bbox: bbox as [number, number, number, number] });
  }
  return found;
}
