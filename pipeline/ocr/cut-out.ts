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
export function readCutOut(engine: OcrEngine, page: GrayImage, area: Rectangle, tag: string, prepare: (image: GrayImage) => GrayImage = (image) => image): Promise<OcrWord[]> {
  return readBlockImage(engine, crop(page, area.left, area.top, area.width, area.height, 0), area, 1, tag, prepare);
}

/**
 * The words of an image already cut from the page at `origin` (`scale` of its pixels to a page
 * pixel: a cut taken from the scan as scanned is larger than the prepared page), read as one block
 * on a white margin and placed back in page pixels, their lines named `<tag>.<line>`.
 */
export async function readBlockImage(
  engine: OcrEngine,
  cut: GrayImage,
  origin: { left: number; top: number },
  scale: number,
  tag: string,
  prepare: (image: GrayImage) => GrayImage = (image) => image,
): Promise<OcrWord[]> {
  const reading = await engine.recognize(prepare(crop(cut, 0, 0, cut.width, cut.height, CUT_OUT_MARGIN)), { block: true });
  return reading.words.map((w) => ({
    ...w,
    left: origin.left + (w.left - CUT_OUT_MARGIN) / scale,
    right: origin.left + (w.right - CUT_OUT_MARGIN) / scale,
    top: origin.top + (w.top - CUT_OUT_MARGIN) / scale,
    bottom: origin.top + (w.bottom - CUT_OUT_MARGIN) / scale,
    line: `${tag}.${w.line}`,
  }));
}
