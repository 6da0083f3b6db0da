import { describe, expect, it } from 'vitest';
import { pdfPageImages, type PageImage } from '../../../pipeline/ocr/images.js';

/**
 * A one-page PDF as scanners with layered (MRC) compression write it: a page-size greyscale
 * background photo and, over it, the text as a 1-bit stencil painted black (CamScanner, office
 * copiers). `withMask: false` leaves only the background, as a plain scan's single image.
 */
function layeredScanPdf(withMask: boolean): Buffer {
  const [pageW, pageH] = [200, 280];
  const background = Buffer.alloc(300 * 420, 230); // light paper, 8-bit grey, 108 dpi
  const [maskW, maskH] = [40, 56];
  const rowBytes = maskW / 8;
  // Stencil samples of 0 paint (Decode [0 1]): a bar of "text" across the middle rows.
  const mask = Buffer.alloc(rowBytes * maskH, 0xff);
  for (let y = 24; y < 32; y++) mask.fill(0x00, y * rowBytes, (y + 1) * rowBytes);
  const content = `q ${pageW} 0 0 ${pageH} 0 0 cm /Bg Do Q` + (withMask ? ` q 0 g ${pageW} 0 0 ${pageH} 0 0 cm /Mk Do Q` : '');
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageW} ${pageH}] /Resources << /XObject << /Bg 5 0 R /Mk 6 0 R >> >> /Contents 4 0 R >>`],
    [`<< /Length ${content.length} >>\nstream\n`, content, '\nendstream'],
    [`<< /Type /XObject /Subtype /Image /Width 300 /Height 420 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${background.length} >>\nstream\n`, background, '\nendstream'],
    [`<< /Type /XObject /Subtype /Image /Width ${maskW} /Height ${maskH} /ImageMask true /BitsPerComponent 1 /Length ${mask.length} >>\nstream\n`, mask, '\nendstream'],
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    for (const piece of [`${i + 1} 0 obj\n`, ...body, '\nendobj\n']) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'latin1') : piece;
      parts.push(bytes);
      length += bytes.length;
    }
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

async function firstPage(buf: Buffer): Promise<PageImage> {
  for await (const page of pdfPageImages(buf)) return page;
  throw new Error('no page');
}

/** Grey level (0 black – 255 white) at a point given as shares of the page's width and height. */
function greyAt(page: PageImage, x: number, y: number): number {
  const i = (Math.floor(y * page.height) * page.width + Math.floor(x * page.width)) * page.channels;
  return page.channels === 1 ? page.data[i]! : Math.min(page.data[i]!, page.data[i + 1]!, page.data[i + 2]!);
}

describe('page images of scanned PDFs', () => {
  it('takes a plain scan’s one page-size image as it was scanned', async () => {
    const page = await firstPage(layeredScanPdf(false));
    expect(page.origin).toBe('embedded');
  });

  it('renders a layered scan whose text is a stencil over a background photo, so the text is on the image', async () => {
    const page = await firstPage(layeredScanPdf(true));
    expect(page.origin).toBe('rendered');
    // The stencil's bar (rows 24–31 of 56, from the top) is black; paper elsewhere.
    expect(greyAt(page, 0.5, 27.5 / 56)).toBeLessThan(60);
    expect(greyAt(page, 0.5, 0.2)).toBeGreaterThan(200);
  });
});
