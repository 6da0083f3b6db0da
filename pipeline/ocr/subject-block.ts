import { OWN_NUMBER_LABEL } from '../../data/digit-reader.js';
import { SUBJECT_OPENING_READ } from '../../data/ocr.js';
import { linesOf, type OcrEngine, type OcrWord } from './engines.js';
import type { GrayImage } from './prepare.js';
import { CUT_OUT_MARGIN, overlaps, readCutOut } from './cut-out.js';

/**
 * The trích yếu of a công văn under its number (Nghị định 30/2020, Phụ lục I: `V/v …` in the
 * left column, under `Số:`). Printed small, and often faint on a copy of a copy, it is the one
 * block Tesseract's page layout analysis drops as a picture while it reads the larger text around
 * it. So where the page reading has the number line on the left and nothing under it for a while,
 * that gap is read again as one block; what opens like a trích yếu joins the page reading.
 */

/** The number line sits in this top share of the first page. */
const NUMBER_LINE_PART = 0.3;
/** The left column ends at this share of the page width. */
const LEFT_COLUMN_SHARE = 0.5;
/** A gap this tall (inches) under the number line can hold a trích yếu the reading dropped. */
const MIN_GAP = 0.3;
/** A trích yếu runs at most this far under the number line (inches): four lines of small print. */
const MAX_BLOCK = 1.2;
/** Its reading is kept when its first line is read at least this surely. */
const OPENING_CONFIDENCE = 0.5;

/** The words of the first page's reading, with the trích yếu under the number read again where the reading has none. */
export async function rereadSubjectBlock(words: OcrWord[], image: GrayImage, engine: OcrEngine): Promise<OcrWord[]> {
  const columnRight = Math.round(image.width * LEFT_COLUMN_SHARE);
  const lines = linesOf(words);
  const numberLine = lines.find((line) => line[0]!.left < columnRight && line[0]!.top < image.height * NUMBER_LINE_PART && OWN_NUMBER_LABEL.test(line[0]!.text));
  if (!numberLine) return words;
  const numberBottom = Math.max(...numberLine.map((w) => w.bottom));
  const below = words.filter((w) => w.top > numberBottom && w.left < columnRight);
  const nextTop = below.length ? Math.min(...below.map((w) => w.top)) : image.height;
  if (nextTop - numberBottom < MIN_GAP * image.dpi) return words;
  // Centred under the number line, the block may start left of it: from the page's left margin.
  const left = Math.max(0, Math.min(...words.map((w) => w.left)) - CUT_OUT_MARGIN);
  const top = numberBottom + 1;
  const bottom = Math.min(nextTop - 1, Math.round(numberBottom + MAX_BLOCK * image.dpi));
  const reread = await readCutOut(engine, image, { left, top, width: columnRight - left, height: bottom - top }, 'subject');
  const blockLines = linesOf(reread);
  const opening = blockLines[0];
  if (!opening || !SUBJECT_OPENING_READ.test(opening.map((w) => w.text).join(' '))) return words;
  if (opening.reduce((a, w) => a + w.confidence, 0) / opening.length < OPENING_CONFIDENCE) return words;
  return [...words, ...reread.filter((w) => !words.some((k) => overlaps(k, w)))];
}
