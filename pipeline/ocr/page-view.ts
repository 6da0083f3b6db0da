import '../core/pdfjs-compat.js';
import { createIsomorphicCanvasFactory } from 'unpdf';
import { getDocumentProxy } from '../core/pdfjs-module.js';
import { checkPages, MAX_IMAGE_PIXELS, MAX_PAGE_PIXELS } from '../core/limits.js';
import { drawPdfPage, imageFilePages } from './images.js';

/**
 * A page drawn for people to look at (the web page's document view), with the same pdf.js and
 * @napi-rs/canvas code that draws pages for OCR: a PDF page rendered at the width asked for, a
 * page of an image file (every page of a TIFF) scaled to it. PNG, white paper.
 */

export interface PageView {
  png: Buffer;
  width: number;
  height: number;
  /** The page's size in points (1/72 in), the unit of a PDF text layer's positions. */
  pageWidthPt: number;
  pageHeightPt: number;
  /** Pages in the file. */
  pages: number;
}

/** Widest image drawn for the screen, in pixels. */
export const MAX_VIEW_WIDTH = 2000;

const canvasModule = () => import('@napi-rs/canvas');

export async function renderPageView(buf: Buffer, format: 'pdf' | 'image', page: number, width: number): Promise<PageView | null> {
  const target = Math.max(100, Math.min(MAX_VIEW_WIDTH, Math.round(width)));
  return format === 'pdf' ? pdfPageView(buf, page, target) : imagePageView(buf, page, target);
}

async function pdfPageView(buf: Buffer, pageNumber: number, width: number): Promise<PageView | null> {
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasModule);
  const pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, verbosity: 0, CanvasFactory, maxImageSize: MAX_IMAGE_PIXELS } as never);
  try {
    checkPages(pdf.numPages);
    if (pageNumber < 1 || pageNumber > pdf.numPages) return null;
    const page = await pdf.getPage(pageNumber);
    const { width: widthPt, height: heightPt } = page.getViewport({ scale: 1 });
    const scale = Math.min(width / widthPt, Math.sqrt(MAX_PAGE_PIXELS / Math.max(1, widthPt * heightPt)));
    const view = await drawPdfPage(page, scale, CanvasFactory, async (canvas) => ({ png: await canvas.encode('png'), width: canvas.width, height: canvas.height }));
    page.cleanup();
    return { ...view, pageWidthPt: widthPt, pageHeightPt: heightPt, pages: pdf.numPages };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

async function imagePageView(buf: Buffer, pageNumber: number, width: number): Promise<PageView | null> {
  const { createCanvas } = await canvasModule();
  let pages = 0;
  let found: PageView | null = null;
  for await (const image of imageFilePages(buf)) {
    pages = image.page;
    if (image.page !== pageNumber || found) continue;
    const full = createCanvas(image.width, image.height);
    const fullContext = full.getContext('2d');
    const rgba = full.getContext('2d').createImageData(image.width, image.height);
    rgba.data.set(image.data);
    fullContext.putImageData(rgba, 0, 0);
    const scale = Math.min(1, width / image.width);
    const out = createCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
    out.getContext('2d').drawImage(full, 0, 0, out.width, out.height);
    found = { png: await out.encode('png'), width: out.width, height: out.height, pageWidthPt: image.pageWidthPt, pageHeightPt: image.pageHeightPt, pages: 0 };
  }
  return found ? { ...found, pages } : null;
}

/** The size of every page in points, without drawing any (pdf.js reads it from the page dictionaries). */
export async function pageSizes(buf: Buffer, format: 'pdf' | 'image'): Promise<Array<{ widthPt: number; heightPt: number }>> {
  const sizes: Array<{ widthPt: number; heightPt: number }> = [];
  if (format === 'image') {
    for await (const image of imageFilePages(buf)) sizes.push({ widthPt: image.pageWidthPt, heightPt: image.pageHeightPt });
    return sizes;
  }
  const pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, verbosity: 0, maxImageSize: MAX_IMAGE_PIXELS } as never);
  try {
    checkPages(pdf.numPages);
    for (let p = 1; p <= pdf.numPages; p++) {
      const { width, height } = (await pdf.getPage(p)).getViewport({ scale: 1 });
      sizes.push({ widthPt: width, heightPt: height });
    }
    return sizes;
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
