import { describe, expect, it, vi } from 'vitest';
import type { OcrEngine, OcrPage, RecognizeOptions } from '../../../pipeline/ocr/engines.js';
import type { PageImage } from '../../../pipeline/ocr/images.js';
import { ocrDocument } from '../../../pipeline/ocr/read-scan.js';
import { PREPARATION, printedLineHeight, recognitionScale, type GrayImage } from '../../../pipeline/ocr/prepare.js';
import type { RawDocument } from '../../../pipeline/core/model.js';
import { lineOf } from './scripted-engine.js';

/**
 * The page pass at the resolution the print needs: Tesseract's LSTM scales every text line to its
 * network's fixed height, so print larger than an engine needs only costs layout analysis on more
 * pixels. Print is measured by the height of its lines; a page is scaled down to the engine's line
 * height, never under its lowest resolution, and the words come back in the page's own pixels.
 */

/** The pages the (stand-in) drawing of a PDF gives. */
const pages: PageImage[] = [];
vi.mock('../../../pipeline/ocr/images.js', async (original) => ({
  ...(await original<typeof import('../../../pipeline/ocr/images.js')>()),
  async *pdfPageImages(): AsyncGenerator<PageImage> {
    yield* pages.map((p) => ({ ...p, data: new Uint8Array(p.data) }));
  },
}));

/** A white page with rows of "print" (dark strokes with gaps, `line` px tall, `gap` px between rows), sloping `slope` px per px. */
function printedPage(width: number, height: number, line: number, gap: number, slope = 0, dpi = 300): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (let top = 150; top + line < height - 150; top += line + gap) {
    for (let x = 100; x < width - 100; x++) {
      if (x % 14 < 5) continue; // letters with white between them
      const shift = Math.round(x * slope);
      for (let y = top + shift; y < top + shift + line && y < height; y++) if (y >= 0) data[y * width + x] = 20;
    }
  }
  return { width, height, data, dpi };
}

describe('print fitted to the engine', () => {
  it('measures the height of the printed lines, also on a slightly skewed page', () => {
    expect(printedLineHeight(printedPage(1200, 1600, 40, 30))).toBe(40);
    // Half a degree of skew: within a strip of the page a line still has white above and below it.
    const skewed = printedLineHeight(printedPage(1200, 1600, 40, 30, 0.009));
    expect(skewed).toBeGreaterThanOrEqual(40);
    expect(skewed).toBeLessThanOrEqual(44);
    expect(printedLineHeight({ width: 500, height: 500, data: new Uint8Array(250_000).fill(255), dpi: 300 })).toBe(0);
  });

  it('scales large print down to the line height, never under the lowest resolution, never up', () => {
    expect(recognitionScale(printedPage(1200, 1600, 40, 30), 30, 150)).toBeCloseTo(0.75, 2);
    expect(recognitionScale(printedPage(1200, 1600, 40, 30), 20, 200)).toBeCloseTo(200 / 300, 2);
    expect(recognitionScale(printedPage(1200, 1600, 24, 30), 30, 150)).toBe(1);
    expect(recognitionScale({ width: 500, height: 500, data: new Uint8Array(250_000).fill(255), dpi: 300 }, 30, 150)).toBe(1);
  });

  it('reads the page pass scaled and gives its words back in the page’s own pixels', async () => {
    const page = printedPage(1200, 1600, 40, 30);
    const sizes: number[] = [];
    const engine: OcrEngine = {
      name: 'fitted',
      printLineHeight: { pixels: 20, minDpi: 100 },
      async recognize(image: GrayImage, _options?: RecognizeOptions): Promise<OcrPage> {
        sizes.push(image.width);
        // One line at the top left of the image it was given (its own pixels).
        return { words: lineOf('Quyết định số một hai', 50, 75, '1.1.1'), confidence: 0.95 };
      },
      async close() {},
    };
    pages.push({ page: 1, width: page.width, height: page.height, data: page.data, channels: 1, dpi: 300, pageWidthPt: 288, pageHeightPt: 384, origin: 'embedded' });
    const raw = { source: { format: 'pdf', pages: 1 }, messages: [], lines: [], stamps: [], rawText: '' } as unknown as RawDocument;
    const read = (fitPrint: boolean) => ocrDocument(raw, Buffer.alloc(0), engine, { steps: { ...PREPARATION, fitPrint }, digitReader: null });
    const full = await read(false);
    const fitted = await read(true);
    expect(sizes).toEqual([1200, 600]);
    const [a, b] = [full.lines[0]!, fitted.lines[0]!];
    // The same line at the same place on the page: at half the resolution its boxes are doubled back.
    expect(b.x).toBeCloseTo(a.x * 2, 0);
    expect(b.y).toBeCloseTo(a.y * 2, 0);
  });
});
