import { POSITION_WORDS } from '../../data/layout-patterns.js';
import { AUTHORITY_LINE_READ, NAME_SHAPED_END, RECIPIENTS_LABEL_READ } from '../../data/ocr.js';
import { linesOf, type OcrEngine, type OcrWord } from './engines.js';
import { adaptiveThreshold, type GrayImage } from './prepare.js';
import { overlaps, readCutOut } from './cut-out.js';

/**
 * The signature block beside `Nơi nhận` under a seal. Tesseract's page layout analysis takes a
 * seal, a signature and the print they cross for one picture and drops the region: the position
 * and the signer's name are not read at all, though the same region cut out and read as one block
 * of text gives them. So where a page has the `Nơi nhận` label (or, in a document printed without
 * one, the signature's authority line on the right) and the page reading found no name-shaped line
 * in the block to its right (under it), that block is read again on its own (thresholded
 * by neighbourhood, as a seal's grey ring throws a global threshold); when it finds the name, its
 * lines join the page reading where that read nothing, and its name line replaces weaker words.
 */

/** The block runs from a little above the label (the authority line may sit higher) down this far (inches). */
const ABOVE_LABEL = 0.4;
const BELOW_LABEL = 3.2;
/** An authority line read above this share of the page's height is no signature's (a body line). */
const LOWER_PART = 0.3;
/** The signature block's column starts at this share of the page width; the label is left of it. */
const BLOCK_LEFT_SHARE = 0.42;
/** A position line the block alone read is kept at this mean confidence or more. */
const POSITION_CONFIDENCE = 0.8;
/** A name line read this unsurely is not a reading of the name. */
const NAME_CONFIDENCE = 0.6;
/** The authority line's cut-out starts this far above it (pixels). */
const ABOVE_AUTHORITY = 20;

/** Whether the words hold a line ending in a name-shaped run of syllables, read with some confidence. */
function hasNameLine(words: OcrWord[]): boolean {
  return linesOf(words).some((line) => {
    const m = NAME_SHAPED_END.exec(line.map((w) => w.text).join(' '));
    if (!m) return false;
    const nameWords = m[0].trim().split(/\s+/u).length;
    const tail = line.slice(-nameWords);
    return tail.reduce((a, w) => a + w.confidence, 0) / tail.length >= NAME_CONFIDENCE;
  });
}


/** The words of the page reading, with the block beside `Nơi nhận` read again where its name was missed. */
export async function rereadSignatureBlock(words: OcrWord[], image: GrayImage, engine: OcrEngine): Promise<OcrWord[]> {
  const blockLeft = Math.round(image.width * BLOCK_LEFT_SHARE);
  const lines = linesOf(words);
  const textOf = (line: OcrWord[]) => line.map((w) => w.text).join(' ');
  const label = lines.find((line) => line[0]!.left < blockLeft && RECIPIENTS_LABEL_READ.test(textOf(line)));
  // A block with no Nơi nhận beside it (a nghị quyết, a biên bản): its authority line on the right.
  const authority = label ? undefined : lines.find((line) => line[0]!.left >= blockLeft && line[0]!.top > image.height * LOWER_PART && AUTHORITY_LINE_READ.test(textOf(line)));
  const anchor = label ?? authority;
  if (!anchor) return words;
  const top = Math.max(0, Math.round(anchor[0]!.top - (label ? ABOVE_LABEL * image.dpi : ABOVE_AUTHORITY)));
  const bottom = Math.min(image.height, Math.round(anchor[0]!.bottom + BELOW_LABEL * image.dpi));
  const inBlock = (w: OcrWord) => w.left >= blockLeft && w.top >= top && w.bottom <= bottom;
  if (hasNameLine(words.filter(inBlock))) return words;
  const reread = await readCutOut(engine, image, { left: blockLeft, top, width: image.width - blockLeft, height: bottom - top }, 'signature', (block) => adaptiveThreshold(block));
  const mean = (ws: OcrWord[]) => ws.reduce((a, w) => a + w.confidence, 0) / ws.length;
  const isNew = (line: OcrWord[]) => !words.some((k) => line.some((w) => overlaps(k, w)));
  // No name even so: a position line the block read surely where the page read nothing (`CHỦ TỊCH`
  // under the seal's ring) still joins the page reading; nothing else does.
  if (!hasNameLine(reread)) {
    const positions = linesOf(reread).filter((line) => isNew(line) && mean(line) >= POSITION_CONFIDENCE && POSITION_WORDS.test(line.map((w) => w.text).join(' ')));
    return positions.length ? [...words, ...positions.flat()] : words;
  }
  // The block's lines join the page reading where it read nothing; over what it did read, only a
  // name line read more surely than the page's words there takes their place. The page's own
  // lines (a position, a long Nơi nhận item) are never lost to the block's reading.
  let merged = words;
  for (const line of linesOf(reread)) {
    const under = merged.filter((k) => line.some((w) => overlaps(k, w)));
    if (under.length === 0) merged = [...merged, ...line];
    else if (hasNameLine(line) && mean(line) > mean(under)) merged = [...merged.filter((k) => !under.includes(k)), ...line];
  }
  return merged;
}
