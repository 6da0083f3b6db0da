import { InputError } from './errors.js';

/**
 * Bounds checked before anything is decoded, so that no small file can take the machine's memory
 * or a worker's time (README, "The nightly batch": limits). A page at 300 dpi is about 9 million
 * pixels (A4) or 17 million (A3); a scan at 600 dpi, 35 million.
 */

/** Pixels of one image (an image file, a TIFF page, an image inside a PDF): 50 million, 200 MB as RGBA. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Pixels of one PDF page rendered for OCR; a larger page is rendered at a lower resolution. */
export const MAX_PAGE_PIXELS = 40_000_000;
/** Pages of one file (PDF or TIFF). */
export const MAX_PAGES = 1000;

export function checkPixels(width: number, height: number, what: string): void {
  if (width * height <= MAX_IMAGE_PIXELS) return;
  throw new InputError(
    'too-many-pixels',
    `${what} of ${width}×${height} pixels (${Math.round((width * height) / 1e6)} million), over the limit of ${MAX_IMAGE_PIXELS / 1e6} million pixels per image; it was not decoded.`,
  );
}

export function checkPages(pages: number): void {
  if (pages <= MAX_PAGES) return;
  throw new InputError('too-many-pages', `has ${pages} pages, over the limit of ${MAX_PAGES} pages per file; it was not read.`);
}
