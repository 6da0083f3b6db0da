import type { OcrEngine, OcrPage, OcrWord, RecognizeOptions } from '../../../pipeline/ocr/engines.js';
import type { GrayImage } from '../../../pipeline/ocr/prepare.js';

/** Words and engines made up for the tests of the blocks read again (signature, trích yếu). */

/** A blank A4 page at 300 dpi. */
export const A4_PAGE: GrayImage = { width: 2480, height: 3508, dpi: 300, data: new Uint8Array(2480 * 3508).fill(255) };

/** The words of a line, laid out left to right from `left`: 40 px a letter, 20 px between words, 45 px tall. */
export function lineOf(text: string, left: number, top: number, line: string, confidence = 0.95): OcrWord[] {
  let x = left;
  return text.split(' ').map((t) => {
    const w: OcrWord = { text: t, left: x, right: x + 40 * t.length, top, bottom: top + 45, confidence, line };
    x = w.right + 20;
    return w;
  });
}

/** An engine whose block reading is scripted, in the cut-out's own coordinates; it records what it was asked and the sizes it was given. */
export function scripted(block: OcrWord[]): OcrEngine & { calls: RecognizeOptions[]; sizes: Array<[number, number]> } {
  const calls: RecognizeOptions[] = [];
  const sizes: Array<[number, number]> = [];
  return {
    name: 'scripted',
    calls,
    sizes,
    async recognize(image: GrayImage, options: RecognizeOptions = {}): Promise<OcrPage> {
      calls.push(options);
      sizes.push([image.width, image.height]);
      return { words: block, confidence: 0.8 };
    },
    async close() {},
  };
}
