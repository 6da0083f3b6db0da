import { RECEIPT_STAMP_WORD } from '../../data/ocr.js';
import type { OcrWord } from './engines.js';
import type { GrayImage } from './prepare.js';

/**
 * Receipt stamps: the box an office stamps on an incoming copy (`CV ĐẾN`, `Số:`, `Ngày:`,
 * `Chuyển:`), often over the margin beside the title. Recognition reads its words into the title's
 * lines. Where a stamp word is found, the stamp's frame is looked for around it — vertical rules
 * taller than any letter, left and right of the word — and every word inside the frame is dropped.
 * Both the words and the frame must be there, so a table or a word alone never removes text.
 */

/** Dark enough to be ink. */
const INK = 128;

/** The longest run of ink in column `x` between rows `top` and `bottom`: [start, end) or null. */
function longestVerticalRun(image: GrayImage, x: number, top: number, bottom: number): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let y = top; y <= bottom; y++) {
    const dark = y < bottom && image.data[y * image.width + x]! < INK;
    if (dark && start < 0) start = y;
    if (!dark && start >= 0) {
      if (!best || y - start > best[1] - best[0]) best = [start, y];
      start = -1;
    }
  }
  return best;
}

/** The longest run of ink in row `y` between columns `left` and `right`. */
function longestHorizontalRun(image: GrayImage, y: number, left: number, right: number): number {
  let best = 0;
  let run = 0;
  for (let x = left; x < right; x++) {
    run = image.data[y * image.width + x]! < INK ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The frame around a stamp word: the vertical rules (runs of ink taller than any letter) within
 * reach of the word give its sides and height — scanned frames break, so the sides are the
 * outermost rules and the height the union of their runs — and a horizontal rule close above or
 * below, when there is one, its top and bottom edges.
 */
function frameAround(anchor: OcrWord, image: GrayImage): Box | null {
  const inch = image.dpi;
  const top = Math.max(0, Math.round(anchor.top - 1.2 * inch));
  const bottom = Math.min(image.height, Math.round(anchor.bottom + 1.2 * inch));
  const from = Math.max(0, Math.round(anchor.left - 1.5 * inch));
  const to = Math.min(image.width, Math.round(anchor.right + 3 * inch));
  // A letter is under a fifth of an inch tall; a frame's side, even broken, runs longer.
  const minRun = Math.round(0.35 * inch);
  const rules: Array<{ x: number; top: number; bottom: number }> = [];
  for (let x = from; x < to; x++) {
    const run = longestVerticalRun(image, x, top, bottom);
    // The rule must reach the stamp word's height band: a frame holds its words.
    if (run && run[1] - run[0] >= minRun && run[0] <= anchor.bottom + 0.3 * inch && run[1] >= anchor.top - 0.3 * inch) rules.push({ x, top: run[0], bottom: run[1] });
  }
  const rightSide = rules.filter((r) => r.x > anchor.right);
  if (rightSide.length === 0) return null;
  const box = {
    left: Math.min(...rules.map((r) => r.x)),
    right: Math.max(...rightSide.map((r) => r.x)),
    top: Math.min(...rules.map((r) => r.top)),
    bottom: Math.max(...rules.map((r) => r.bottom)),
  };
  if (box.left > anchor.left) box.left = 0; // the left side is lost at the page edge
  const width = box.right - box.left;
  const reach = Math.round(0.3 * inch);
  for (let y = box.top; y >= Math.max(0, box.top - reach); y--) {
    if (longestHorizontalRun(image, y, box.left, box.right) > 0.5 * width) {
      box.top = y;
      break;
    }
  }
  for (let y = box.bottom; y < Math.min(image.height, box.bottom + reach); y++) {
    if (longestHorizontalRun(image, y, box.left, box.right) > 0.5 * width) {
      box.bottom = y;
      break;
    }
  }
  return box;
}

export function withoutReceiptStamps(words: OcrWord[], image: GrayImage): OcrWord[] {
  const anchors = words.filter((w) => RECEIPT_STAMP_WORD.test(w.text) && w.top < image.height * 0.5 && w.right < image.width * 0.6);
  const boxes: Box[] = [];
  for (const anchor of anchors) {
    if (boxes.some((b) => anchor.left >= b.left && anchor.right <= b.right && anchor.top >= b.top && anchor.bottom <= b.bottom)) continue;
    const box = frameAround(anchor, image);
    if (box) boxes.push(box);
  }
  if (boxes.length === 0) return words;
  // A word the recognizer glued across the frame (`Chuyển:…Trong`) is kept: the text beside the
  // stamp matters more than the stamp's residue.
  const inside = (w: OcrWord) => {
    const cy = (w.top + w.bottom) / 2;
    return boxes.some((b) => w.left >= b.left - 5 && w.right <= b.right + 5 && cy >= b.top && cy <= b.bottom);
  };
  return words.filter((w) => !inside(w));
}
