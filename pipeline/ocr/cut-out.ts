import type { OcrEngine, OcrWord } from './engines.js';
import { crop, type GrayImage } from './prepare.js';

/**
 * A rectangle of a page read again on its own, as one block of text: what the page layout
 * analysis dropped (a signature block under a seal, a faint trích yếu) is often read whole so.
 */

/** White added around a cut-out (pixels), as Tesseract reads best with a margin. */
export const CUT_OUT_MARGIN = 20;

export interface Rectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function overlaps(a: OcrWord, b: OcrWord): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The words of a rectangle of the page read as one block (`--psm 6`), after `prepare` (e.g. a
 * threshold of its own), placed back in page pixels; their lines are named `<tag>.<line>`, apart
 * from the page reading's.
 */
export async function readCutOut(engine: OcrEngine, page: GrayImage, area: Rectangle, tag: string, prepare: (image: GrayImage) => GrayImage = (image) => image): Promise<OcrWord[]> {
  const reading = await engine.recognize(prepare(crop(page, area.left, area.top, area.width, area.height, CUT_OUT_MARGIN)), { block: true });
  return reading.words.map((w) => ({
    ...w,
    left: w.left - CUT_OUT_MARGIN + area.left,
    right: w.right - CUT_OUT_MARGIN + area.left,
    top: w.top - CUT_OUT_MARGIN + area.top,
    bottom: w.bottom - CUT_OUT_MARGIN + area.top,
    line: `${tag}.${w.line}`,
  }));
}
