import { appendFileSync } from 'node:fs';
import { errorMessage, SCAN_ORIGIN, warningMessage, type Message } from '../core/messages.js';
import type { Line, OcrPageSummary, OcrSummary, RawDocument } from '../core/model.js';
import { assembleText, type LineDraft } from '../core/lines.js';
import { groupRows, leftEdge, segmentsToLines, splitSegments, type PositionedItem } from '../core/page-layout.js';
import { fileNameNumbers, rereadBlanks, type BlankReport } from './blanks.js';
import { sharedDigitReader, type DigitReader } from './digits.js';
import { sharedHandDigitReader } from './hand-digits.js';
import { withoutReceiptStamps } from './receipt-stamp.js';
import { rereadSignatureBlock } from './signature-block.js';
import { rereadSubjectBlock } from './subject-block.js';
import type { OcrEngine, OcrPage, OcrWord } from './engines.js';
import { imageFilePages, pdfPageImages, type PageImage } from './images.js';
import { penCrop, PREPARATION, preparePage, recognitionScale, rescale, type GrayImage, type PreparationSteps } from './prepare.js';
import { BLANK_NAMES } from '../../data/digit-reader.js';
import { NOISE_SHAPED_WORD } from '../../data/ocr.js';

/**
 * The OCR stage: page images → prepared images → words with boxes → the same positioned lines a
 * text-layer PDF gives (page-layout.ts), so every extractor works on scans unchanged. Each line
 * keeps the confidence of its weakest words; each page its mean confidence; a page that fails or
 * overruns its time limit is reported in the document's messages and the others are still read.
 */

export interface OcrOptions {
  steps?: PreparationSteps;
  /** The second recognizer of handwritten blanks: default this thread's shared one; null for Tesseract alone. */
  digitReader?: DigitReader | null;
  /** The third reader, trained on handwritten digits: default this thread's (none when `digitReader` is null). */
  handReader?: DigitReader | null;
}

/** The calendar days of the document's digital signatures (the local date each time was written with). */
function signedDays(raw: RawDocument): Array<{ month: number; day: number }> {
  return raw.stamps.flatMap((s) => {
    const m = s.time ? /^\d{4}-(\d{2})-(\d{2})/.exec(s.time) : null;
    return m ? [{ month: Number(m[1]), day: Number(m[2]) }] : [];
  });
}

/** What the document's warnings say of the blanks read unsurely or settled by a signature. */
function blankWarnings(reports: BlankReport[], page: number): Message[] {
  return reports
    .filter((r) => r.unsure || r.bySignature || r.byFileName)
    .map((r) => {
      const readings = `Tesseract read “${r.tesseract || '—'}”, the digit reader “${r.digitReader || '—'}”${r.handReader === undefined || r.handReader === null ? '' : `, the hand-digit reader “${r.handReader || '—'}”`}`;
      return warningMessage(
        'ocr:blanks',
        r.byFileName === 'close'
          ? `${BLANK_NAMES[r.kind][0]!.toUpperCase()}${BLANK_NAMES[r.kind].slice(1)}, written by hand, is unsure (${readings}); ${r.value}, the number in the file's name that differs from the reading by a digit or holds it, was kept: check it against the scan.`
          : r.byFileName === 'agrees'
          ? `The readings of ${BLANK_NAMES[r.kind]}, written by hand, were not sure (${readings}); the number in the file's name agrees with ${r.value}.`
          : r.unsure
          ? `${BLANK_NAMES[r.kind][0]!.toUpperCase()}${BLANK_NAMES[r.kind].slice(1)}, written by hand, is unsure (${readings}); ${r.value} was kept: check it against the scan.`
          : `The readings of ${BLANK_NAMES[r.kind]}, written by hand, differed (${readings}); the digital signature's signing date agrees with ${r.value}.`,
        { page },
      );
    });
}

/**
 * Time this thread's OCR stage spent in each of its steps (ms), for `npm run bench:ocr`'s shares:
 * drawing or decoding page images, preparing them, the recognizer's page pass (retries included),
 * the handwritten blanks (their crops read again, the digit reader among them), the signature
 * block read again where a seal hid it (signature-block.ts), and turning words
 * into lines; and how many pages were read twice (a weak first reading). A few clock reads per
 * page cost nothing measurable.
 */
export const ocrStageTime = { render: 0, prepare: 0, recognize: 0, blanks: 0, signature: 0, layout: 0, pages: 0, retries: 0 };

/** A page reading below this mean confidence is read again at another resolution; the better is kept. */
const RETRY_BELOW_CONFIDENCE = 0.75;
/**
 * Words this unsure that carry no two letters or digits together are seal and signature residue.
 * (Measured: dropping every word below 0.3 also drops italic place names and dates of real pages.)
 */
const RESIDUE_CONFIDENCE = 0.5;
/** A page with fewer words than this is blank (a back side, a seal alone). */
const MIN_WORDS_PER_PAGE = 5;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Under this confidence a word shaped like no word (`NOISE_SHAPED_WORD`) is a stamp's or a seal's
 * print read over text. Measured: at 0.5 it also took a label OCR misread with a foreign letter
 * (`Näơi nhận`), which the repair would have mended.
 */
const NOISE_CONFIDENCE = 0.3;

/** Seal and signature residue: a word read unsurely with no two letters or digits together, or very unsurely and shaped like no word. */
function isResidue(word: OcrWord): boolean {
  // A pen's single digit read unsurely (`tháng 9`) is a blank's value, kept with its low confidence.
  if (word.handwritten) return false;
  if (word.confidence < NOISE_CONFIDENCE && NOISE_SHAPED_WORD.test(word.text)) return true;
  return word.confidence < RESIDUE_CONFIDENCE && !/[\p{L}\p{N}]{2}/u.test(word.text);
}

/** Under this share of dark pixels (in a sample), a page holds no print: a blank side, paper grain. */
const INK_SHARE = 0.0005;

/** Whether a page image has no ink, judged on every 4th pixel of every 4th row (cheap, before any preparation). */
export function isBlank(image: PageImage): boolean {
  const { width, height, data, channels } = image;
  if (width === 0 || height === 0) return true;
  let dark = 0;
  let seen = 0;
  for (let y = 0; y < height; y += 4) {
    for (let x = 0; x < width; x += 4) {
      const i = (y * width + x) * channels;
      const v = channels === 1 ? data[i]! : Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      if (v < 128) dark++;
      seen++;
    }
  }
  return dark / seen < INK_SHARE;
}

/** Words → layout items in points. A word sits on its recognized line's baseline and height. */
function wordsToItems(words: OcrWord[], dpi: number): PositionedItem[] {
  const points = 72 / dpi;
  const lines = new Map<string, { bottom: number; height: number }>();
  for (const w of words) {
    const line = lines.get(w.line);
    const height = w.bottom - w.top;
    if (!line) lines.set(w.line, { bottom: w.bottom, height });
    else {
      line.bottom = Math.max(line.bottom, w.bottom);
      line.height = Math.max(line.height, height);
    }
  }
  return words.map((w) => {
    const line = lines.get(w.line)!;
    return {
      text: w.text,
      x: w.left * points,
      right: w.right * points,
      baseline: line.bottom * points,
      // The line box runs from accents to descenders, about 1.3 times the font size.
      size: Math.max(6, (line.height * points) / 1.3),
      confidence: w.confidence,
      ...(w.handwritten ? { handwritten: true } : {}),
    };
  });
}

/** The page reading's word boxes in the pixels of an image `factor` times the size of the one read. */
function scaledReading(page: OcrPage, factor: number): OcrPage {
  const at = (v: number) => Math.round(v * factor);
  return { ...page, words: page.words.map((w) => ({ ...w, left: at(w.left), top: at(w.top), right: at(w.right), bottom: at(w.bottom) })) };
}

/** A page drawn, judged, and prepared for the page pass ahead of its turn. */
interface PreparedPage {
  image: PageImage;
  /** Nothing painted, or no ink in its pixels: not given to the recognizer. */
  blank: boolean;
  /** The prepared page (blanks and the signature block are cut from it) and the image the page pass reads (scaled to the print). */
  prepared?: GrayImage;
  read?: GrayImage;
  /** Why its preparation failed (the page is then reported as not read, like a failed recognition). */
  error?: unknown;
  /** Time its preparation took (ms). */
  preparing: number;
}

function preparedPage(image: PageImage, engine: OcrEngine, steps: PreparationSteps): PreparedPage {
  const started = performance.now();
  if (image.origin === 'blank' || isBlank(image)) return { image, blank: true, preparing: performance.now() - started };
  try {
    const prepared = preparePage(image, steps);
    // The page pass at the resolution the print needs; its boxes come back in the prepared page's
    // pixels, where the blanks and the signature block are cut out at full resolution.
    const fit = steps.fitPrint && engine.printLineHeight;
    const scale = fit ? recognitionScale(prepared, fit.pixels, fit.minDpi) : 1;
    const read = scale < 1 ? rescale(prepared, scale) : prepared;
    return { image, blank: false, prepared, read, preparing: performance.now() - started };
  } catch (error) {
    return { image, blank: false, error, preparing: performance.now() - started };
  }
}

async function recognizeBest(engine: OcrEngine, prepared: GrayImage, read: GrayImage, steps: PreparationSteps): Promise<{ result: OcrPage; prepared: GrayImage }> {
  let t = performance.now();
  let result = await engine.recognize(read, { deskew: steps.deskew });
  if (read !== prepared) result = scaledReading(result, prepared.width / read.width);
  ocrStageTime.recognize += performance.now() - t;
  if (result.confidence >= RETRY_BELOW_CONFIDENCE || result.words.length < MIN_WORDS_PER_PAGE) return { result, prepared };
  // A weak reading: try the page at 1.5 times the resolution (small print, thin strokes).
  ocrStageTime.retries++;
  t = performance.now();
  const larger = rescale(prepared, 1.5);
  ocrStageTime.prepare += performance.now() - t;
  t = performance.now();
  const second = await engine.recognize(larger, { deskew: steps.deskew });
  ocrStageTime.recognize += performance.now() - t;
  return second.confidence > result.confidence ? { result: second, prepared: larger } : { result, prepared };
}

/** A line of the text layer kept as it was read (a text page of a PDF whose other pages need OCR). */
function asDraft({ start: _start, end: _end, ...line }: Line): LineDraft {
  return line;
}

/**
 * Reads a scan's pages with OCR and returns the document with their text and lines. When only
 * some pages of a PDF need OCR (`raw.ocrPages`: scanned pages, or pages whose text layer was set
 * aside), only those are read, and the other pages keep their text-layer lines.
 */
export async function ocrDocument(raw: RawDocument, buf: Buffer, engine: OcrEngine, options: OcrOptions = {}): Promise<RawDocument> {
  const steps = options.steps ?? PREPARATION;
  const only = raw.source.format === 'pdf' && raw.ocrPages?.length ? raw.ocrPages : undefined;
  const images = raw.source.format === 'pdf' ? pdfPageImages(buf, only) : imageFilePages(buf);
  const textPages = only ? raw.lines.map(asDraft) : [];
  const drafts: LineDraft[] = [];
  const summaries: OcrPageSummary[] = [];
  // The reader's notice that the file needs OCR is answered here.
  const messages: Message[] = raw.messages.filter((m) => m.origin !== SCAN_ORIGIN);
  let leftMargin = Infinity;
  let pageWidth: number | undefined;
  let pageCount = 0;
  /** The second recognizer of the blanks, loaded at the first page that is read. */
  let digitReader = options.digitReader;
  let handReader = options.handReader === undefined && options.digitReader === null ? null : options.handReader;
  // Iterated by hand to time the drawing of each page; closed in `finally` as `for await` would.
  const pageImages = images[Symbol.asyncIterator]();
  // The next page is drawn and prepared while this one is recognized (by a worker thread or a
  // process of its own): they overlap instead of taking turns. Each page's pixels are its own copy.
  const ahead = () => {
    const page = pageImages.next().then((next) => (next.done ? null : preparedPage(next.value, engine, steps)));
    page.catch(() => undefined); // a failure is met where the page is awaited
    return page;
  };
  let coming = ahead();
  try {
    for (;;) {
      const waited = performance.now();
      const page = await coming;
      // What the overlap did not hide: waiting for the page's preparation counts as `prepare`, the rest as `render`.
      const waiting = performance.now() - waited;
      const preparing = Math.min(waiting, page?.preparing ?? 0);
      ocrStageTime.prepare += preparing;
      ocrStageTime.render += waiting - preparing;
      if (!page) break;
      coming = ahead();
      const { image } = page;
      pageCount++;
      ocrStageTime.pages++;
      pageWidth ??= image.pageWidthPt;
      const started = Date.now();
      if (page.blank) {
        summaries.push({ page: image.page, confidence: 0, dpi: image.dpi, words: 0, ms: Date.now() - started, status: 'empty' });
        continue;
      }
      let reading: { result: OcrPage; prepared: GrayImage };
      try {
        if (!page.prepared || !page.read) throw page.error;
        reading = await recognizeBest(engine, page.prepared, page.read, steps);
      } catch (error) {
        summaries.push({ page: image.page, confidence: 0, dpi: image.dpi, words: 0, ms: Date.now() - started, status: 'failed' });
        messages.push(errorMessage('ocr', `Page ${image.page} could not be read by OCR (${reason(error)}); the other pages were.`, { page: image.page }));
        continue;
      }
      let words = reading.result.words;
      const blanksStarted = performance.now();
      try {
        // Blanks first: a pen's digits are read unsurely and would be taken for residue. The first
        // page's header has the number and the date; a later page may have a place/date line over
        // the signatures at the end (rereadBlanks looks for nothing else there).
        if (digitReader === undefined) {
          const shared = await sharedDigitReader();
          if (shared instanceof Error) {
            messages.push(warningMessage('ocr:blanks', `The digit reader of handwritten numbers could not be loaded (${shared.message.split('\n')[0]}); the number and the day were read by Tesseract alone.`));
            digitReader = null;
          } else digitReader = shared;
        }
        if (handReader === undefined) {
          const shared = sharedHandDigitReader();
          if (shared instanceof Error) {
            messages.push(warningMessage('ocr:blanks', `The hand-digit reader could not be loaded (${shared.message.split('\n')[0]}); the blanks were read without it.`));
            handReader = null;
          } else handReader = shared;
        }
        const scale = reading.prepared.width / image.width;
        const reports: BlankReport[] = [];
        words = await rereadBlanks(words, reading.prepared, engine, {
          digitReader,
          handReader,
          penCrop: (left, top, width, height) => penCrop(image, scale, left, top, width, height, 0),
          signed: signedDays(raw),
          fileNumbers: fileNameNumbers(raw.source.path),
          reports,
          header: image.page === 1,
        });
        messages.push(...blankWarnings(reports, image.page));
        // A developer's record of every blank's readings (`VANBAN_BLANKS_LOG=file.jsonl`), to count each reader's share.
        if (process.env.VANBAN_BLANKS_LOG) for (const r of reports) appendFileSync(process.env.VANBAN_BLANKS_LOG, `${JSON.stringify({ file: raw.source.path, page: image.page, ...r })}\n`);
      } catch (error) {
        messages.push(warningMessage('ocr', `The handwritten blanks of page ${image.page} could not be read again (${reason(error)}).`, { page: image.page }));
      }
      const signatureStarted = performance.now();
      ocrStageTime.blanks += signatureStarted - blanksStarted;
      try {
        if (image.page === 1) words = await rereadSubjectBlock(words, reading.prepared, engine);
      } catch (error) {
        messages.push(warningMessage('ocr', `The subject lines under the number could not be read again (${reason(error)}).`, { page: image.page }));
      }
      try {
        words = await rereadSignatureBlock(words, reading.prepared, engine);
      } catch (error) {
        messages.push(warningMessage('ocr', `The signature block of page ${image.page} could not be read again (${reason(error)}).`, { page: image.page }));
      }
      const layoutStarted = performance.now();
      ocrStageTime.signature += layoutStarted - signatureStarted;
      words = withoutReceiptStamps(words.filter((w) => !isResidue(w)), reading.prepared);
      const empty = words.length < MIN_WORDS_PER_PAGE;
      summaries.push({
        page: image.page,
        confidence: reading.result.confidence,
        dpi: reading.prepared.dpi,
        words: words.length,
        ms: Date.now() - started,
        status: empty ? 'empty' : 'ok',
      });
      if (!empty) {
        const rowSegments = groupRows(wordsToItems(words, reading.prepared.dpi)).map(splitSegments);
        leftMargin = Math.min(leftMargin, leftEdge(rowSegments));
        drafts.push(...segmentsToLines(rowSegments, { page: image.page, pageWidth: image.pageWidthPt, leftMargin }));
      }
      ocrStageTime.layout += performance.now() - layoutStarted;
    }
  } finally {
    await pageImages.return?.(undefined);
  }
  const read = summaries.filter((s) => s.status === 'ok');
  const confidence = read.length ? Math.round((read.reduce((a, s) => a + s.confidence, 0) / read.length) * 1000) / 1000 : 0;
  if (read.length === 0) messages.push(errorMessage('ocr', 'OCR found no text on any page.'));
  else if (confidence < RETRY_BELOW_CONFIDENCE) {
    messages.push(warningMessage('ocr', `OCR confidence is low (${Math.round(confidence * 100)}%): check the fields against the scan.`));
  }
  // Pages in order: OCR'd pages among the text-layer pages kept (a sort keeps each page's line order).
  const { text, lines } = assembleText([...textPages, ...drafts].sort((a, b) => a.page - b.page));
  return {
    ...raw,
    source: { ...raw.source, pages: Math.max(raw.source.pages, pageCount), ocr: true },
    rawText: text,
    lines,
    needsOcr: read.length === 0 && textPages.length === 0,
    messages,
    pageWidth: pageWidth ?? raw.pageWidth,
    ocr: { engine: engine.name, confidence, pages: summaries },
  };
}
