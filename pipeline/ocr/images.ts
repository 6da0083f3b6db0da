import '../core/pdfjs-compat.js';
import { getDocumentProxy, loadPdfjs } from '../core/pdfjs-module.js';
import { createIsomorphicCanvasFactory, extractImages } from 'unpdf';
import UTIF from 'utif2';
import { imageSize } from 'image-size';
import { InputError } from '../core/errors.js';
import { checkPages, checkPixels, MAX_IMAGE_PIXELS, MAX_PAGE_PIXELS } from '../core/limits.js';

/**
 * Page images for OCR. A scanned PDF page that is one image is taken as that image, at the
 * resolution it was scanned at; any other page (several images, a 1-bit CCITT scan pdf.js hands
 * over packed, vector content) is rendered with pdf.js onto an @napi-rs/canvas canvas. Image files
 * are decoded by @napi-rs/canvas (PNG, JPEG, WebP, GIF, BMP) or utif2 (TIFF, every page).
 */

export interface PageImage {
  page: number;
  width: number;
  height: number;
  /** Pixels, `channels` bytes each, row by row. */
  data: Uint8Array | Uint8ClampedArray;
  channels: 1 | 3 | 4;
  /** Scan resolution: pixels per inch of the printed page. */
  dpi: number;
  /** Size of the page in points (1/72 in), for layout in the same units as a text layer. */
  pageWidthPt: number;
  pageHeightPt: number;
  /** How the pixels were obtained; `blank`: a page that paints nothing (no pixels, nothing to read). */
  origin: 'embedded' | 'rendered' | 'file' | 'blank';
}

/** Resolution pages are rendered at when they are not one embedded image. */
export const RENDER_DPI = 300;
/** An A4 page's width in inches: image files rarely carry a truthful resolution. */
const A4_WIDTH_IN = 8.27;

const canvasModule = () => import('@napi-rs/canvas');

/** The page's one image when it covers the page (a scan), else null. */
async function embeddedPageImage(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, page: number, widthPt: number, heightPt: number) {
  const images = await extractImages(pdf, page).catch(() => []);
  const largest = images.sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (!largest) return null;
  const pageAspect = widthPt / heightPt;
  const aspect = largest.width / largest.height;
  // A scan fills the page; a logo or a photo inside a typed page does not.
  if (Math.abs(aspect - pageAspect) > 0.06 * pageAspect) return null;
  if (largest.width / (widthPt / 72) < 90) return null;
  return largest;
}

/**
 * Page images of a PDF, one page at a time (a long scan never holds every page in memory).
 * `render` draws every page as printed, annotations included, instead of taking a scan's image.
 */
export async function* pdfPageImages(buf: Buffer, pages?: number[], render = false): AsyncGenerator<PageImage> {
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasModule);
  if (!pages) checkPdfImageSizes(buf);
  // pdf.js leaves out any image over the limit instead of decoding it (its own bound, for what the scan above cannot see).
  const pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, verbosity: 0, CanvasFactory, maxImageSize: MAX_IMAGE_PIXELS } as never);
  try {
    checkPages(pdf.numPages);
    for (let p = 1; p <= pdf.numPages; p++) {
      if (pages && !pages.includes(p)) continue;
      const page = await pdf.getPage(p);
      const { width: widthPt, height: heightPt } = page.getViewport({ scale: 1 });
      const drawing = render ? null : await drawingOf(page);
      // A page that paints nothing is blank: not rendered, not read (a blank back side, a padding page).
      if (drawing && !drawing.paints) {
        yield { page: p, width: 0, height: 0, data: new Uint8Array(0), channels: 1, dpi: RENDER_DPI, pageWidthPt: widthPt, pageHeightPt: heightPt, origin: 'blank' };
        page.cleanup();
        continue;
      }
      // A page that also draws image masks is layered (MRC: CamScanner and office scanners put the
      // text in a 1-bit stencil over a page-size background photo): only rendering shows its text.
      const embedded = !drawing || drawing.masks ? null : await embeddedPageImage(pdf, p, widthPt, heightPt);
      if (embedded) {
        yield {
          page: p,
          width: embedded.width,
          height: embedded.height,
          data: embedded.data,
          channels: embedded.channels,
          dpi: Math.round(embedded.width / (widthPt / 72)),
          pageWidthPt: widthPt,
          pageHeightPt: heightPt,
          origin: 'embedded',
        };
      } else {
        // A huge page is rendered at a lower resolution, within the page's pixel bound.
        const scale = Math.min(RENDER_DPI / 72, Math.sqrt(MAX_PAGE_PIXELS / Math.max(1, widthPt * heightPt)));
        // getImageData copies the pixels: they outlive the canvas.
        const pixels = await drawPdfPage(page, scale, CanvasFactory, (canvas, context) => context.getImageData(0, 0, canvas.width, canvas.height));
        yield {
          page: p,
          width: pixels.width,
          height: pixels.height,
          data: pixels.data,
          channels: 4,
          dpi: Math.round(scale * 72),
          pageWidthPt: widthPt,
          pageHeightPt: heightPt,
          origin: 'rendered',
        };
      }
      page.cleanup();
    }
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** pdf.js drawing operators that put ink on a page (text, paths, images, shadings). */
const PAINT_OPERATORS = new Set([
  'stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke',
  'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'shadingFill', 'beginInlineImage',
  'paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask', 'paintInlineImageXObjectGroup', 'paintFormXObjectBegin', 'constructPath',
]);
/** Operators that paint a 1-bit stencil (image mask) in the current colour. */
const MASK_OPERATORS = new Set(['paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask']);
let operatorCodes: { paint: Set<number>; mask: Set<number> } | null = null;

/** What a page draws, from its operator list (no rendering): anything at all, and image masks. */
async function drawingOf(page: { getOperatorList(): Promise<{ fnArray: number[] }> }): Promise<{ paints: boolean; masks: boolean }> {
  if (!operatorCodes) {
    const { OPS } = (await loadPdfjs()) as unknown as { OPS: Record<string, number> };
    const codesOf = (names: Set<string>) => new Set(Object.entries(OPS).filter(([name]) => names.has(name)).map(([, code]) => code));
    operatorCodes = { paint: codesOf(PAINT_OPERATORS), mask: codesOf(MASK_OPERATORS) };
  }
  const { fnArray } = await page.getOperatorList();
  return { paints: fnArray.some((op) => operatorCodes!.paint.has(op)), masks: fnArray.some((op) => operatorCodes!.mask.has(op)) };
}

/**
 * The image dictionaries of a PDF stand uncompressed in the file (a stream is never inside an
 * object stream), so their declared sizes can be read before pdf.js decodes anything: an image
 * over the pixel bound refuses the scan with its reason.
 */
export function checkPdfImageSizes(buf: Buffer): void {
  const text = buf.toString('latin1');
  const image = /\/Subtype\s*\/Image\b/g;
  for (let m = image.exec(text); m; m = image.exec(text)) {
    const start = Math.max(text.lastIndexOf('obj', m.index), m.index - 2000);
    const endAt = text.indexOf('stream', m.index);
    const dict = text.slice(start, endAt < 0 ? m.index + 2000 : Math.min(endAt, m.index + 2000));
    const width = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0);
    checkPixels(width, height, 'holds an image');
  }
}

function fileImage(page: number, width: number, height: number, data: Uint8Array | Uint8ClampedArray, channels: 1 | 3 | 4): PageImage {
  // Taken as a full page scan: points follow from the page width of an A4 sheet.
  const dpi = Math.max(50, Math.round(width / A4_WIDTH_IN));
  return { page, width, height, data, channels, dpi, pageWidthPt: (width / dpi) * 72, pageHeightPt: (height / dpi) * 72, origin: 'file' };
}

function isTiff(buf: Buffer): boolean {
  return (buf[0] === 0x49 && buf[1] === 0x49 && buf[2] === 0x2a) || (buf[0] === 0x4d && buf[1] === 0x4d && buf[3] === 0x2a);
}

/** Pages of an image file: every page of a TIFF, the one picture of any other format. */
export async function* imageFilePages(buf: Buffer): AsyncGenerator<PageImage> {
  if (isTiff(buf)) {
    let ifds;
    try {
      ifds = UTIF.decode(buf);
    } catch (error) {
      throw new InputError('corrupt', `is a TIFF image that cannot be decoded (${(error as Error).message}).`);
    }
    checkPages(ifds.length);
    let page = 0;
    for (const ifd of ifds) {
      const declared = ifd as Record<string, number[] | undefined>;
      checkPixels(declared.t256?.[0] ?? 0, declared.t257?.[0] ?? 0, 'is a TIFF page');
      try {
        UTIF.decodeImage(buf, ifd);
      } catch {
        continue; // a thumbnail or an unsupported sub-image; the page images follow
      }
      const width = ifd.width as number;
      const height = ifd.height as number;
      if (!width || !height) continue;
      yield fileImage(++page, width, height, UTIF.toRGBA8(ifd), 4);
    }
    if (page === 0) throw new InputError('corrupt', 'is a TIFF image with no page vanban can decode.');
    return;
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(buf);
  } catch (error) {
    throw new InputError('corrupt', `is an image that cannot be decoded (${(error as Error).message}).`);
  }
  // The header tells the size: an image over the bound is refused before a pixel is decoded.
  checkPixels(size.width ?? 0, size.height ?? 0, 'is an image');
  const { loadImage, createCanvas } = await canvasModule();
  let image;
  try {
    image = await loadImage(buf);
  } catch (error) {
    throw new InputError('corrupt', `is an image that cannot be decoded (${(error as Error).message}).`);
  }
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff'; // transparent pixels read as paper
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height);
  yield fileImage(1, pixels.width, pixels.height, pixels.data, 4);
}

type PdfPage = { getViewport(options: { scale: number }): { width: number; height: number }; render(options: never): { promise: Promise<void> } };
type CanvasFactoryClass = new () => { create(width: number, height: number): { canvas: unknown; context: unknown }; destroy(drawing: unknown): void };

/**
 * Draws a PDF page at `scale` on white paper (pdf.js leaves the page transparent) and gives the
 * canvas to `use`, then frees it: the one drawing code of OCR and of the web page's page images.
 */
export async function drawPdfPage<T>(
  page: PdfPage,
  scale: number,
  CanvasFactory: CanvasFactoryClass,
  use: (canvas: { width: number; height: number; encode(format: 'png'): Promise<Buffer> }, context: CanvasRenderingContext2D) => T | Promise<T>,
): Promise<T> {
  const viewport = page.getViewport({ scale });
  const factory = new CanvasFactory();
  const drawing = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  try {
    const canvas = drawing.canvas as { width: number; height: number; encode(format: 'png'): Promise<Buffer> };
    const context = drawing.context as CanvasRenderingContext2D;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: drawing.canvas, canvasContext: context, viewport } as never).promise;
    return await use(canvas, context);
  } finally {
    factory.destroy(drawing);
  }
}
