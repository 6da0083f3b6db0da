import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { OcrEngine, OcrPage } from '../../../pipeline/ocr/engines.js';
import type { PageImage } from '../../../pipeline/ocr/images.js';
import type { GrayImage } from '../../../pipeline/ocr/prepare.js';

/** What happened, in order: pages drawn by the (stand-in) drawing of a PDF, and recognitions. */
const events: string[] = [];

/** A page with a black bar across it (ink, so it is not taken for blank). */
function inkedPage(page: number): PageImage {
  const width = 400;
  const height = 300;
  const data = new Uint8Array(width * height).fill(255);
  data.fill(0, width * 100, width * 140);
  return { page, width, height, data, channels: 1, dpi: 150, pageWidthPt: 192, pageHeightPt: 144, origin: 'rendered' };
}

vi.mock('../../../pipeline/ocr/images.js', async (original) => ({
  ...(await original<typeof import('../../../pipeline/ocr/images.js')>()),
  async *pdfPageImages(): AsyncGenerator<PageImage> {
    for (const page of [1, 2, 3]) {
      events.push(`draw ${page}`);
      yield inkedPage(page);
    }
  },
}));

/** A recognizer that takes its time and reads nothing. */
class SlowEngine implements OcrEngine {
  readonly name = 'slow';
  private calls = 0;
  async recognize(_image: GrayImage): Promise<OcrPage> {
    const call = ++this.calls;
    events.push(`recognize ${call}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push(`recognized ${call}`);
    return { words: [], confidence: 0 };
  }
  async close(): Promise<void> {}
}

describe('OCR of a scan of several pages', () => {
  it('draws the next page while the recognizer reads the one before', async () => {
    const { readBuffer } = await import('../../../pipeline/read/index.js');
    const { ocrDocument } = await import('../../../pipeline/ocr/read-scan.js');
    const file = join(import.meta.dirname, '../../..', 'examples', 'generated', '000_14d7bae0f26e4e26.scan.pdf');
    const buf = readFileSync(file);
    const raw = await readBuffer(buf, file);
    const doc = await ocrDocument(raw, buf, new SlowEngine(), { digitReader: null });
    expect(doc.ocr?.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    // Page 2 is drawn before page 1's recognition is over, page 3 before page 2's.
    expect(events.indexOf('draw 2')).toBeLessThan(events.indexOf('recognized 1'));
    expect(events.indexOf('draw 3')).toBeLessThan(events.indexOf('recognized 2'));
    expect(events.filter((e) => e.startsWith('draw'))).toEqual(['draw 1', 'draw 2', 'draw 3']);
  });
});
