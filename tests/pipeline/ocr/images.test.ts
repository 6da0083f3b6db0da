import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { pdfPageImages } from '../../../pipeline/ocr/images.js';

/** A grey page-size image, as a scanner stores the background of a page. */
function greyImage(doc: PDFDocument, width: number, height: number) {
  const pixels = Buffer.alloc(width * height, 0xf0);
  return doc.context.register(
    doc.context.stream(deflateSync(pixels), {
      Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode',
    }),
  );
}

/** A 1-bit image mask whose set bits paint the fill colour: the text layer of a mixed-raster scan (all ink here). */
function inkMask(doc: PDFDocument, width: number, height: number) {
  const rowBytes = Math.ceil(width / 8);
  // Decode [1 0]: a 1 bit paints, so all ones is all ink.
  const bits = Buffer.alloc(rowBytes * height, 0xff);
  return doc.context.register(
    doc.context.stream(deflateSync(bits), {
      Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ImageMask: true, BitsPerComponent: 1, Decode: [1, 0], Filter: 'FlateDecode',
    }),
  );
}

/** One A4 page drawing `background` over the page and, when given, `mask` in black over its top-left quarter. */
async function scanPdf(withMask: boolean): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const xobjects: Record<string, unknown> = { Bg: greyImage(doc, 1240, 1754) };
  let ops = 'q 595 0 0 842 0 0 cm /Bg Do Q\n';
  if (withMask) {
    xobjects.Ink = inkMask(doc, 1240, 1754);
    ops += 'q 0 g 297 0 0 421 0 421 cm /Ink Do Q\n';
  }
  const resources = doc.context.obj({ XObject: doc.context.obj(xobjects as never) });
  page.node.set(PDFName.of('Resources'), resources);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(ops)));
  return Buffer.from(await doc.save());
}

async function firstPage(buf: Buffer) {
  for await (const image of pdfPageImages(buf)) return image;
  throw new Error('no page');
}

describe('pdfPageImages', () => {
  it("takes a plain scan's one page-size image as it is stored", async () => {
    const image = await firstPage(await scanPdf(false));
    expect(image.origin).toBe('embedded');
    expect(image.width).toBe(1240);
  });

  it('renders a mixed-raster scan, whose text is an image mask over the background, instead of taking the background alone', async () => {
    const image = await firstPage(await scanPdf(true));
    expect(image.origin).toBe('rendered');
    // The mask's ink is on the page image: top-left corner dark, bottom-right the grey background.
    const at = (x: number, y: number) => image.data[(y * image.width + x) * image.channels]!;
    expect(at(10, 10)).toBeLessThan(64);
    expect(at(image.width - 10, image.height - 10)).toBeGreaterThan(200);
  });
});
