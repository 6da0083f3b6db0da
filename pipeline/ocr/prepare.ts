import type { PageImage } from './images.js';

/**
 * Image preparation before recognition. Each step is a plain function of a grayscale image so
 * that `npm run bench:ocr` can measure what it does to accuracy; `PREPARATION` lists the steps
 * vanban applies, chosen by those measurements (README, "OCR").
 */

export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
  dpi: number;
}

export interface PreparationSteps {
  /** Gray from the lightest channel of coloured pixels: red seals and blue signatures fade to paper. */
  dropColouredInk: boolean;
  /** Scale pages scanned below this resolution up to `targetDpi`. */
  upscaleBelowDpi: number;
  targetDpi: number;
  /** Sauvola adaptive threshold (uneven lighting, grey backgrounds). */
  adaptiveThreshold: boolean;
  /** 3×3 median filter against salt-and-pepper specks. */
  denoise: boolean;
  /** Let the recognizer measure the skew and straighten the page. */
  deskew: boolean;
  /**
   * Read the page pass at the resolution the print needs (`recognitionScale`) where the engine
   * says what line height it reads without loss (`OcrEngine.printLineHeight`). Off: with the
   * native command it cut recognition time by 17% at 240 dpi but lost header fields on the office
   * pool's scans (README, "Scans: OCR").
   */
  fitPrint: boolean;
}

export const PREPARATION: PreparationSteps = {
  dropColouredInk: true,
  upscaleBelowDpi: 200,
  targetDpi: 300,
  adaptiveThreshold: false,
  denoise: false,
  deskew: false,
  fitPrint: false,
};

/** A pixel whose channels spread by more than this is ink of a colour, not black or grey. */
const COLOUR_SPREAD = 60;

export function toGray(image: PageImage, dropColouredInk: boolean): GrayImage {
  const { width, height, data, channels, dpi } = image;
  const gray = new Uint8Array(width * height);
  if (channels === 1) {
    gray.set(data.subarray(0, gray.length));
    return { width, height, data: gray, dpi };
  }
  for (let i = 0, j = 0; j < gray.length; j++, i += channels) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    gray[j] = dropColouredInk && max - min > COLOUR_SPREAD ? max : (r * 77 + g * 150 + b * 29) >> 8;
  }
  return { width, height, data: gray, dpi };
}

/**
 * Bilinear rescale by `factor`. Each output column's two source columns and weight are worked out
 * once, and each source row is interpolated across once and kept while the output rows between it
 * and the next take their share of it (an upscale of a 100 dpi scan to 300 reads each row pair for
 * three output rows): the same arithmetic as interpolating every pixel afresh, a fraction of the work.
 */
export function rescale(image: GrayImage, factor: number): GrayImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new Uint8Array(width * height);
  const src = image.data;
  const sw = image.width;
  const sh = image.height;
  const left = new Int32Array(width);
  const right = new Int32Array(width);
  const weight = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(sw - 1, Math.max(0, (x + 0.5) / factor - 0.5));
    left[x] = Math.floor(fx);
    right[x] = Math.min(sw - 1, left[x]! + 1);
    weight[x] = fx - left[x]!;
  }
  // Two source rows interpolated across, and which rows they are.
  const rows = [new Float64Array(width), new Float64Array(width)];
  const rowOf = [-1, -1];
  const across = (sy: number, keep: number): Float64Array => {
    if (rowOf[0] === sy) return rows[0]!;
    if (rowOf[1] === sy) return rows[1]!;
    const slot = rowOf[0] === keep ? 1 : 0;
    const row = rows[slot]!;
    const at = sy * sw;
    for (let x = 0; x < width; x++) {
      const wx = weight[x]!;
      row[x] = src[at + left[x]!]! * (1 - wx) + src[at + right[x]!]! * wx;
    }
    rowOf[slot] = sy;
    return row;
  };
  for (let y = 0; y < height; y++) {
    const fy = Math.min(sh - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const wy = fy - y0;
    const top = across(y0, y1);
    const bottom = across(y1, y0);
    const at = y * width;
    for (let x = 0; x < width; x++) out[at + x] = Math.round(top[x]! * (1 - wy) + bottom[x]! * wy);
  }
  return { width, height, data: out, dpi: Math.round(image.dpi * factor) };
}

/**
 * Sauvola threshold: a pixel is ink when darker than mean·(1 + k·(sd/128 − 1)) over a window about
 * a tenth of an inch wide. Integral images keep it linear in the page size.
 */
export function adaptiveThreshold(image: GrayImage, k = 0.2): GrayImage {
  const { width, height, data } = image;
  const half = Math.max(7, Math.round(image.dpi / 12));
  const stride = width + 1;
  const sum = new Float64Array(stride * (height + 1));
  const squares = new Float64Array(stride * (height + 1));
  for (let y = 1; y <= height; y++) {
    let rowSum = 0;
    let rowSquares = 0;
    for (let x = 1; x <= width; x++) {
      const v = data[(y - 1) * width + (x - 1)]!;
      rowSum += v;
      rowSquares += v * v;
      sum[y * stride + x] = sum[(y - 1) * stride + x]! + rowSum;
      squares[y * stride + x] = squares[(y - 1) * stride + x]! + rowSquares;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(width, x + half + 1);
      const n = (y1 - y0) * (x1 - x0);
      const s = sum[y1 * stride + x1]! - sum[y0 * stride + x1]! - sum[y1 * stride + x0]! + sum[y0 * stride + x0]!;
      const q = squares[y1 * stride + x1]! - squares[y0 * stride + x1]! - squares[y1 * stride + x0]! + squares[y0 * stride + x0]!;
      const mean = s / n;
      const sd = Math.sqrt(Math.max(0, q / n - mean * mean));
      out[y * width + x] = data[y * width + x]! <= mean * (1 + k * (sd / 128 - 1)) ? 0 : 255;
    }
  }
  return { ...image, data: out };
}

/** 3×3 median (edges kept). */
export function medianFilter(image: GrayImage): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data);
  const window = new Uint8Array(9);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) window[n++] = data[(y + dy) * width + x + dx]!;
      window.sort();
      out[y * width + x] = window[4]!;
    }
  }
  return { ...image, data: out };
}

/** Runs the chosen steps on a page image; the result is what the recognizer sees. */
export function preparePage(image: PageImage, steps: PreparationSteps = PREPARATION): GrayImage {
  let gray = toGray(image, steps.dropColouredInk);
  if (gray.dpi < steps.upscaleBelowDpi) gray = rescale(gray, steps.targetDpi / gray.dpi);
  if (steps.denoise) gray = medianFilter(gray);
  if (steps.adaptiveThreshold) gray = adaptiveThreshold(gray);
  return gray;
}

/** A row of a strip holds print when at least this share of its sampled pixels is dark (specks and dust stay under it). */
const PRINTED_ROW_SHARE = 0.01;
/** The page is measured in this many vertical strips: within a narrow strip a slightly skewed line still has blank rows above and below it. */
const STRIPS = 8;

/**
 * The height in pixels of the page's printed lines (from the top of a line's marks to the foot of
 * its descenders), measured cheaply: in each vertical strip of the page, dark pixels counted per
 * row on every 2nd column, rows with print grouped into bands between blank rows; the band height
 * that holds the median of the page's ink. 0 without print.
 */
export function printedLineHeight(image: GrayImage): number {
  const { width, height, data } = image;
  const stripWidth = Math.max(1, Math.floor(width / STRIPS));
  const bands: Array<{ height: number; ink: number }> = [];
  const dark = new Uint32Array(height);
  for (let x0 = 0; x0 + stripWidth <= width; x0 += stripWidth) {
    const threshold = Math.max(1, (stripWidth / 2) * PRINTED_ROW_SHARE);
    for (let y = 0; y < height; y++) {
      let n = 0;
      for (let i = y * width + x0, end = i + stripWidth; i < end; i += 2) if (data[i]! < 128) n++;
      dark[y] = n;
    }
    for (let y = 0; y < height; ) {
      if (dark[y]! < threshold) {
        y++;
        continue;
      }
      const top = y;
      let ink = 0;
      while (y < height && dark[y]! >= threshold) ink += dark[y++]!;
      bands.push({ height: y - top, ink });
    }
  }
  const total = bands.reduce((a, b) => a + b.ink, 0);
  if (!total) return 0;
  bands.sort((a, b) => a.height - b.height);
  let seen = 0;
  for (const band of bands) if ((seen += band.ink) >= total / 2) return band.height;
  return 0;
}

/**
 * The scale a page is read at by a recognizer that reads print of `lineHeight` pixels
 * (`printedLineHeight`) without loss (Tesseract's LSTM scales every line to its network's fixed
 * input height, so larger print only costs layout analysis on more pixels): print taller than that
 * is scaled down to it, never under `minDpi`, never up.
 */
export function recognitionScale(image: GrayImage, lineHeight: number, minDpi: number): number {
  const measured = printedLineHeight(image);
  if (!measured || measured <= lineHeight) return 1;
  return Math.min(1, Math.max(minDpi / image.dpi, lineHeight / measured));
}

/** A rectangle of the image (pixels, clipped to it) on a white margin, as a recognizer likes a snippet. */
export function crop(image: GrayImage, left: number, top: number, width: number, height: number, margin = 20): GrayImage {
  const x0 = Math.max(0, Math.round(left));
  const y0 = Math.max(0, Math.round(top));
  const x1 = Math.min(image.width, Math.round(left + width));
  const y1 = Math.min(image.height, Math.round(top + height));
  const w = Math.max(1, x1 - x0) + 2 * margin;
  const h = Math.max(1, y1 - y0) + 2 * margin;
  const out = new Uint8Array(w * h).fill(255);
  for (let y = y0; y < y1; y++) out.set(image.data.subarray(y * image.width + x0, y * image.width + x1), (y - y0 + margin) * w + margin);
  return { width: w, height: h, data: out, dpi: image.dpi };
}

/**
 * A rectangle of the page as scanned (coordinates in a prepared image `scale` times its size), in
 * grey that keeps a pen's ink: the prepared page fades coloured ink to paper (seals, signatures),
 * which also fades the blue pen that fills a blank. Red (a seal's ink) still fades.
 */
export function penCrop(image: PageImage, scale: number, left: number, top: number, width: number, height: number, margin = 20): GrayImage {
  const x0 = Math.max(0, Math.round(left / scale));
  const y0 = Math.max(0, Math.round(top / scale));
  const x1 = Math.min(image.width, Math.round((left + width) / scale));
  const y1 = Math.min(image.height, Math.round((top + height) / scale));
  const w = Math.max(1, x1 - x0) + 2 * margin;
  const h = Math.max(1, y1 - y0) + 2 * margin;
  const out = new Uint8Array(w * h).fill(255);
  const { data, channels } = image;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * channels;
      let v: number;
      if (channels === 1) v = data[i]!;
      else {
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        const red = r - Math.max(g, b) > COLOUR_SPREAD;
        v = red ? r : (r * 77 + g * 150 + b * 29) >> 8;
      }
      out[(y - y0 + margin) * w + (x - x0 + margin)] = v;
    }
  }
  return { width: w, height: h, data: out, dpi: Math.round(image.dpi) };
}

/** The image as a binary PGM (P5): the plainest format Leptonica reads, with no encoding cost. */
export function toPgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)]);
}
