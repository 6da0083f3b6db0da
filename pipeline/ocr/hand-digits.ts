import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import { HAND_DIGITS } from '../../data/digit-reader.js';
import { stretchContrast, type DigitReader, type DigitReading } from './digits.js';
import { classify, decodeWeights, toMnist, type HandNetWeights } from './hand-net.js';
import type { GrayImage } from './prepare.js';

/**
 * A third reader of the header's handwritten blanks, trained on handwritten digits (MNIST), where
 * Tesseract and PP-OCR were trained on print: the blank's crop (as scanned, pen ink kept) is cut
 * into digits — the connected strokes of its ink, broken strokes of one digit joined, touching
 * digits split by width, the label's dots and colon and the symbol's slash left out — and each is
 * normalised as MNIST's digits are (20-pixel box, centre of mass at the centre of 28×28) and
 * classified by a small net (hand-net.ts).
 */

export interface DigitCandidate {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The candidate's ink (0 paper … 1 ink), cut to its box. */
  ink: Float32Array;
}

export interface HandDigitReading extends DigitReading {
  /** Each digit's ten probabilities, in reading order. */
  probabilities: Float32Array[];
}

/** Time spent by the hand-digit reader in this thread, for `npm run bench:ocr`. */
export const handDigitTime = { ms: 0, crops: 0, loadMs: 0 };

/** Otsu's threshold of a grey image: the level that best parts paper from ink. */
function otsu(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const v of image.data) histogram[v]!++;
  const total = image.data.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v]!;
  let below = 0;
  let sumBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let v = 0; v < 256; v++) {
    below += histogram[v]!;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    sumBelow += v * histogram[v]!;
    const between = below * above * (sumBelow / below - (sum - sumBelow) / above) ** 2;
    if (between > best) {
      best = between;
      threshold = v;
    }
  }
  return threshold;
}

interface Component {
  left: number;
  right: number;
  top: number;
  bottom: number;
  pixels: number[];
}

/** Connected components (8-neighbours) of a binary image. */
function components(mask: Uint8Array, width: number, height: number): Component[] {
  const label = new Int32Array(width * height).fill(-1);
  const found: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]! >= 0) continue;
    const c: Component = { left: width, right: -1, top: height, bottom: -1, pixels: [] };
    label[start] = found.length;
    stack.push(start);
    while (stack.length) {
      const p = stack.pop()!;
      c.pixels.push(p);
      const x = p % width;
      const y = (p - x) / width;
      c.left = Math.min(c.left, x);
      c.right = Math.max(c.right, x);
      c.top = Math.min(c.top, y);
      c.bottom = Math.max(c.bottom, y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
          const q = yy * width + xx;
          if (mask[q] && label[q]! < 0) {
            label[q] = found.length;
            stack.push(q);
          }
        }
      }
    }
    found.push(c);
  }
  return found;
}

function merge(a: Component, b: Component): Component {
  return { left: Math.min(a.left, b.left), right: Math.max(a.right, b.right), top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), pixels: [...a.pixels, ...b.pixels] };
}

/**
 * A printed slash (the symbol's, where the crop reaches into it): one thin straight stroke leaning
 * right (its top further right than its foot by a quarter of its height or more), with one run of
 * ink per row. A pen's 1 leans less, or carries a flag or a foot.
 */
function slashLike(c: Component, width: number): boolean {
  const w = c.right - c.left + 1;
  const h = c.bottom - c.top + 1;
  if (w > HAND_DIGITS.slashMaxWidth * h) return false;
  const rows = new Map<number, number[]>();
  for (const p of c.pixels) {
    const y = Math.floor(p / width);
    (rows.get(y) ?? rows.set(y, []).get(y)!).push(p % width);
  }
  const centre = (from: number, to: number) => {
    const xs: number[] = [];
    for (let y = from; y <= to; y++) xs.push(...(rows.get(y) ?? []));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  };
  const quarter = Math.max(1, Math.floor(h / 4));
  const lean = centre(c.top, c.top + quarter) - centre(c.bottom - quarter, c.bottom);
  if (!(lean >= HAND_DIGITS.slashMinLean * h)) return false;
  // One stroke: no row holds ink far wider than the stroke (a flag, a foot, a loop).
  const runs = [...rows.values()].map((xs) => Math.max(...xs) - Math.min(...xs) + 1).sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)]!;
  return runs.filter((r) => r > 2.2 * median + 2).length <= 0.1 * runs.length;
}

/**
 * A blank's crop cut into digit candidates, left to right. `printed` is the printed line's height
 * in the crop's pixels (the crop reaches 0.4 of it above the line, as blanks.ts cuts it).
 */
export function segmentDigits(crop: GrayImage, kind: 'number' | 'day' | 'month' = 'number', printed = crop.height / (HAND_DIGITS.reachAbove + 1 + HAND_DIGITS.reachBelow)): DigitCandidate[] {
  const { width, height } = crop;
  const image = stretchContrast(crop);
  const threshold = Math.min(HAND_DIGITS.maxThreshold, otsu(image));
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = image.data[i]! <= threshold ? 1 : 0;
  // The printed line's band in the crop: a stroke that never enters it belongs to another line.
  const bandTop = HAND_DIGITS.reachAbove * printed;
  const bandBottom = (HAND_DIGITS.reachAbove + 1) * printed;
  let parts = components(mask, width, height).filter((c) => {
    const h = c.bottom - c.top + 1;
    const w = c.right - c.left + 1;
    if (c.bottom < bandTop || c.top > bandBottom) return false;
    // Dots, a colon, specks: too short to be a digit (a dash of a symbol is short too).
    if (h < HAND_DIGITS.minHeight * printed) return false;
    // A long horizontal stroke (an underline, the dotted leader read as one) is no digit.
    if (w > 4 * h) return false;
    return true;
  });
  // Broken strokes of one digit (a 5's flag, a 4's two strokes, a faint loop): parts that share
  // most of their columns are one digit.
  parts.sort((a, b) => a.left - b.left);
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!;
        const b = parts[j]!;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
        const narrower = Math.min(a.right - a.left, b.right - b.left) + 1;
        // Pieces of one digit lie one above the other (a 5's flag over its body, a loop's broken
        // half); two slanted digits side by side share columns too, but each stands the line's
        // full height.
        const rows = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
        const shorter = Math.min(a.bottom - a.top, b.bottom - b.top) + 1;
        const sideBySide = rows >= HAND_DIGITS.sideBySideRows * shorter && shorter >= HAND_DIGITS.sideBySideHeight * Math.max(a.bottom - a.top, b.bottom - b.top);
        if (overlap >= HAND_DIGITS.mergeOverlap * narrower && !sideBySide) {
          parts[i] = merge(a, b);
          parts.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  // A date's crop is cut between its labels: a part the crop's side cuts through and shorter than
  // the pen's digits is the label's letter (the tail of `ngày`'s y sweeping under the blank,
  // `tháng`'s t). (A number's crop is cut back to clear columns already.)
  const cutBySide = (c: Component) => c.left === 0 || c.right === width - 1;
  const tallestInside = Math.max(0, ...parts.filter((c) => !cutBySide(c)).map((c) => c.bottom - c.top + 1));
  if (kind !== 'number') parts = parts.filter((c) => !cutBySide(c) || c.bottom - c.top + 1 >= HAND_DIGITS.labelPieceHeight * tallestInside);
  // Parts much smaller than the tallest (a speck, a label's accent cut by the crop) are no digit.
  const tallest = Math.max(0, ...parts.map((c) => c.bottom - c.top + 1));
  parts = parts.filter((c) => c.bottom - c.top + 1 >= HAND_DIGITS.minShareOfTallest * tallest);
  // The symbol's slash closes the number: it and anything after it go.
  // Only a number's blank closes on a slash; a pen's 1 leans right too, so the last such stroke
  // is the slash (the crop ends at the symbol's separator or just after it).
  let slash = -1;
  if (kind === 'number') for (let i = parts.length - 1; i > 0 && slash < 0; i--) if (slashLike(parts[i]!, width)) slash = i;
  if (slash > 0) parts = parts.slice(0, slash);
  const candidates: DigitCandidate[] = [];
  const widths = parts.map((c) => c.right - c.left + 1);
  for (const [i, c] of parts.entries()) {
    const w = c.right - c.left + 1;
    const h = c.bottom - c.top + 1;
    const others = widths.filter((_, j) => j !== i).sort((a, b) => a - b);
    const usual = others.length ? others[Math.floor(others.length / 2)]! : HAND_DIGITS.digitWidth * h;
    // Touching digits: a part much wider than a digit (for its height, or beside the blank's
    // other digits) is cut where its columns hold least ink, near where an even split cuts.
    const wide = w > HAND_DIGITS.touchingWidth * h || (others.length > 0 && w > HAND_DIGITS.touchingOthers * usual && w > HAND_DIGITS.digitWidth * h);
    const pieces = wide ? Math.max(2, Math.round(w / Math.min(usual, HAND_DIGITS.digitWidth * h))) : 1;
    const columnInk = new Float32Array(w);
    const own = new Uint8Array(width * height);
    for (const p of c.pixels) {
      own[p] = 1;
      columnInk[(p % width) - c.left]!++;
    }
    const cuts = [0];
    for (let k = 1; k < pieces; k++) {
      const at = Math.round((k * w) / pieces);
      const reach = Math.round(w / pieces / 3);
      let best = at;
      for (let x = Math.max(1, at - reach); x <= Math.min(w - 2, at + reach); x++) if (columnInk[x]! < columnInk[best]!) best = x;
      cuts.push(best);
    }
    cuts.push(w);
    for (let k = 0; k < pieces; k++) {
      const x0 = c.left + cuts[k]!;
      const x1 = c.left + cuts[k + 1]! - 1;
      let y0 = height;
      let y1 = -1;
      for (let y = c.top; y <= c.bottom; y++)
        for (let x = x0; x <= x1; x++)
          if (own[y * width + x]) {
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
          }
      if (y1 < 0) continue;
      const cw = x1 - x0 + 1;
      const ch = y1 - y0 + 1;
      // The digit's own ink, grey edges kept (anti-aliased as MNIST's), other parts' ink left out.
      const ink = new Float32Array(cw * ch);
      for (let y = 0; y < ch; y++) {
        for (let x = 0; x < cw; x++) {
          const p = (y0 + y) * width + x0 + x;
          if (!own[p] && !neighbourOwn(own, width, height, x0 + x, y0 + y)) continue;
          ink[y * cw + x] = Math.max(0, Math.min(1, (threshold + HAND_DIGITS.softEdge - image.data[p]!) / (2 * HAND_DIGITS.softEdge)));
        }
      }
      candidates.push({ left: x0, right: x1, top: y0, bottom: y1, ink });
    }
  }
  return candidates;
}

/** Whether a pixel touches the part's ink (its grey edge belongs to it). */
function neighbourOwn(own: Uint8Array, width: number, height: number, x: number, y: number): boolean {
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      const xx = x + dx;
      const yy = y + dy;
      if (xx >= 0 && yy >= 0 && xx < width && yy < height && own[yy * width + xx]) return true;
    }
  return false;
}

/**
 * Whether digits can fill a blank of this kind, whatever the document: a day is 1–31, a month
 * 1–12 (written `5` or `05`), and a document's number (Nghị định 30/2020) starts with a zero only
 * below 10 (`05`), never `0`, `00`, `012`.
 */
export function plausibleDigits(kind: 'number' | 'day' | 'month', digits: string): boolean {
  const n = Number(digits);
  if (kind === 'day') return digits.length <= 2 && n >= 1 && n <= 31;
  if (kind === 'month') return digits.length <= 2 && n >= 1 && n <= 12;
  return n > 0 && (!digits.startsWith('0') || digits.length === 2);
}

/**
 * Reads a blank's crop: its candidates classified, the likeliest digits that can fill the blank
 * (plausibleDigits: a month's `1` over a `7` read after it is no `17`) — the likeliest digit of
 * each candidate where that reading can, else the likeliest plausible reading of as many digits
 * (the product of its digits' probabilities). A reading that no choice of digits makes plausible
 * is left as read (the reconciling drops it).
 */
export function readHandDigits(weights: HandNetWeights, crop: GrayImage, kind: 'number' | 'day' | 'month' = 'number'): HandDigitReading {
  const probabilities = segmentDigits(crop, kind).map((c) => classify(weights, toMnist(c.ink, c.right - c.left + 1, c.bottom - c.top + 1)));
  const likeliest = (p: Float32Array) => p.indexOf(Math.max(...p));
  let chosen = probabilities.map(likeliest);
  const text = (ds: number[]) => ds.join('');
  // A day or a month has at most two digits: a longer reading is no date's, and is left as read (its
  // search would try 10^n combinations, none plausible).
  if (chosen.length > 0 && !plausibleDigits(kind, text(chosen)) && chosen.length <= (kind === 'number' ? 6 : 2)) {
    // Each digit's alternatives by probability; the best plausible combination of the likeliest few.
    const options = probabilities.map((p) => [...p.keys()].sort((a, b) => p[b]! - p[a]!).slice(0, kind === 'number' ? 2 : 10));
    let best: number[] | null = null;
    let bestP = 0;
    const walk = (at: number, so: number[], prob: number) => {
      if (prob <= bestP) return;
      if (at === options.length) {
        if (plausibleDigits(kind, text(so))) {
          best = so;
          bestP = prob;
        }
        return;
      }
      for (const d of options[at]!) walk(at + 1, [...so, d], prob * probabilities[at]![d]!);
    };
    walk(0, [], 1);
    if (best) chosen = best;
  }
  const digits = text(chosen);
  // The reading is as sure as its least sure digit.
  const weakest = Math.min(1, ...chosen.map((d, i) => probabilities[i]![d]!));
  return { digits, confidence: digits ? Math.round(weakest * 1000) / 1000 : 0, probabilities };
}

class HandDigitReader implements DigitReader {
  readonly name = 'MNIST hand-digit net (data/hand-digits.json)';
  constructor(private readonly weights: HandNetWeights) {}
  read(image: GrayImage, kind: 'number' | 'day' | 'month' = 'number'): Promise<HandDigitReading> {
    const started = performance.now();
    const reading = readHandDigits(this.weights, image, kind);
    handDigitTime.ms += performance.now() - started;
    handDigitTime.crops++;
    return Promise.resolve(reading);
  }
}

export const HAND_DIGITS_PATH = packagePath('data/hand-digits.json');

let shared: HandDigitReader | Error | undefined;

/** This thread's hand-digit reader, its weights loaded on first use; an Error says why there is none. */
export function sharedHandDigitReader(): DigitReader | Error {
  if (process.env.VANBAN_DIGIT_READER === 'off') return new Error('turned off (VANBAN_DIGIT_READER=off)');
  if (!shared) {
    const started = performance.now();
    try {
      shared = new HandDigitReader(decodeWeights(JSON.parse(readFileSync(HAND_DIGITS_PATH, 'utf8')) as { shapes: Array<[string, string, number]>; data: string }));
    } catch (error) {
      shared = error instanceof Error ? error : new Error(String(error));
    }
    handDigitTime.loadMs += performance.now() - started;
  }
  return shared;
}
