import { BLANK_CONFIDENCE, DIGIT_READER, HAND_DIGITS, FILE_NAME_DATE, FILE_NAME_NUMBER, LABEL_REACH, LABEL_WIDTH_SLACK, OWN_NUMBER_LABEL, PARTY_NUMBER_SEPARATOR, SEPARATOR_REACH, SLASH_READ_AS, PLACE_BEFORE_DATE, STATE_NUMBER_SEPARATOR, SYMBOL_CODE, WORDS_BEFORE_OWN_NUMBER } from '../../data/digit-reader.js';
import { CONFIDENT_DIGITS, DATE_LINE_BAND, PRINTED_WORD, DAY_LABEL, DIGIT_LOOKALIKES, DIGITS, GLUED_LABELS, HEADER_SHARE_OF_PAGE, MONTH_LABEL, MOTTO_WORDS, NUMBER_LABEL, NUMBER_LABEL_PRINTED, SYMBOL_START, YEAR_LABEL } from '../../data/ocr.js';
import { stretchContrast, type DigitReader } from './digits.js';
import { linesOf, type OcrEngine, type OcrWord } from './engines.js';
import { readBlockImage } from './cut-out.js';
import { crop, type GrayImage } from './prepare.js';

/**
 * Handwritten numbers in printed blanks: `Số: 05 /CT-UBND`, `ngày 15 tháng 4`. The blank is found
 * from the printed labels around it (`Số:` and the symbol's first separator, `ngày`, `tháng`,
 * `năm`). A page reading takes a pen's digits for letters (`Ô 5`, `ngàyz5`); inside such a blank
 * only digits belong, so look-alike letters are read as the digits they resemble (`Ô 5` → `05`);
 * when that gives no number, the blank is cut out and read again by Tesseract as one line of digits.
 *
 * With a digit reader (digits.ts: a second recognizer, another model with other mistakes), the
 * cut-out blank is read by it too, and the value's confidence says how the readings agreed: the
 * same digits from both are sure; readings that differ are settled by the day and month of a
 * digital signature's signing time when it is one of them, and are otherwise unsure — the digit
 * reader's reading is kept (it reads handwriting far better) and the blank is reported, so the
 * document's `warnings` say it. Without a digit reader the page pass's confidence stays.
 */

export type BlankKind = 'number' | 'day' | 'month';

/** How one blank was read, for the document's warnings. */
export interface BlankReport {
  kind: BlankKind;
  value: string;
  tesseract: string;
  digitReader: string | null;
  /** The hand-digit reader's reading (trained on handwritten digits), when there is one. */
  handReader?: string | null;
  confidence: number;
  /** The readings disagreed (or only one read anything) and no signature settled it. */
  unsure: boolean;
  /** A digital signature's signing day or month settled a disagreement. */
  bySignature: boolean;
  /** A number in the file's name settled the number (or, `close`, stood in for a reading one digit or its first digits off). */
  byFileName?: 'agrees' | 'close';
  /** What the two other readers alone would have settled (value and confidence), to measure the hand-digit reader's share. */
  withoutHand?: { value: string; confidence: number };
  /** The hand-digit reader's crop (grey, base64), kept only for a developer's record (`VANBAN_BLANKS_CROPS=1`): the blanks measured again offline by `scripts/measure-blanks.ts`. */
  handCrop?: { width: number; height: number; data: string };
}

export interface BlankOptions {
  /** The second recognizer; without it, Tesseract alone. */
  digitReader?: DigitReader | null;
  /** The third reader, trained on handwritten digits (hand-digits.ts); without it, the two above. */
  handReader?: DigitReader | null;
  /** The blank as scanned (pen ink kept, no white margin), in the prepared page's pixel coordinates. */
  penCrop?: (left: number, top: number, width: number, height: number) => GrayImage;
  /** Calendar days the document was signed on (its digital signatures' times). */
  signed?: Array<{ month: number; day: number }>;
  /** Numbers in the file's name (`FILE_NAME_NUMBER`): an office saves a scan under its number. */
  fileNumbers?: string[];
  /** Filled with one report per blank read. */
  reports?: BlankReport[];
  /**
   * The page holds the header (the first page: the number and the date under the motto). A later
   * page's only blanks are those of a place/date line printed over the signatures at the end (a
   * statement signed side by side by its accountant and its head).
   */
  header?: boolean;
}

interface Blank {
  /** Index of the label word and of the word that closes the blank, in the line. */
  label: number;
  close: number;
  /** Characters of the label word that belong to the label (the rest was read inside the blank). */
  labelChars: number;
  /** Characters of the closing word that belong to the blank (before its separator). */
  closeChars: number;
  /**
   * The symbol's first separator is not in the reading (a pen's digits ran over the slash:
   * `Sô: … BCA-C04`): the symbol starts at its first code, and the separator is put back.
   */
  lostSeparator?: string;
  maxDigits: number;
  kind: BlankKind;
  /** The document's own number or date (not a cited document's): the digit reader reads it. */
  own: boolean;
}

/** Cuts a word at the labels glued inside it, sharing its box by character count. */
function splitGlued(word: OcrWord): OcrWord[] {
  const parts = word.text.split(GLUED_LABELS).filter(Boolean);
  if (parts.length < 2) return [word];
  const perChar = (word.right - word.left) / word.text.length;
  let at = 0;
  return parts.map((text) => {
    const left = word.left + at * perChar;
    at += text.length;
    // A quarter character of air on each side, so the parts read as separate words in the line text.
    return { ...word, text, left: left + perChar / 4, right: word.left + at * perChar - perChar / 4 };
  });
}

/** Digits from look-alike letters (stray dots and spaces dropped), or null when something else is in the blank. */
function asDigits(text: string): string | null {
  let digits = '';
  for (const c of text) {
    if (/\d/.test(c)) digits += c;
    else if (DIGIT_LOOKALIKES[c] !== undefined) digits += DIGIT_LOOKALIKES[c];
    else if (!/[\s.,:;'`"~]/.test(c)) return null;
  }
  return digits || null;
}

/** Where the label's own characters end inside a word (`ngàyz5` → after `ngày`). */
function xAfter(word: OcrWord, chars: number): number {
  return chars >= word.text.length ? word.right : word.left + ((word.right - word.left) * chars) / word.text.length;
}

/** Width of a printed character on the line: the median over its surely read words of three letters or more. */
function printWidth(line: OcrWord[]): number {
  const widths = line
    .filter((w) => w.confidence >= CONFIDENT_DIGITS && w.text.length >= 3)
    .map((w) => (w.right - w.left) / w.text.length)
    .sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length / 2)]! : Infinity;
}

/**
 * `Số` that a printed word follows without a colon (`Số liệu từ: 01/9/2019`, `Số dư đầu ngày …`,
 * `Số tiền`) is a noun of a table or a sentence, not the number label: the label is printed `Số:`
 * and the blank after it holds only what the pen wrote, never a word in small letters read surely.
 */
function opensNounPhrase(line: OcrWord[], at: number): boolean {
  const next = line[at + 1];
  return !/[:;]$/u.test(line[at]!.text) && !!next && PRINTED_WORD.test(next.text) && next.confidence >= CONFIDENT_DIGITS;
}

/** A line whose "ngày" follows a place ("Bình Thuận, ngày …"): a place/date line wherever it stands. */
function placedDateLine(line: OcrWord[]): boolean {
  const dayAt = line.findIndex((w) => DAY_LABEL.test(w.text));
  return dayAt > 0 && PLACE_BEFORE_DATE.test(line[dayAt - 1]!.text);
}

function findBlanks(line: OcrWord[]): Blank[] {
  const blanks: Blank[] = [];
  const dayAt = line.findIndex((w) => DAY_LABEL.test(w.text));
  const monthAt = line.findIndex((w, i) => i > dayAt && MONTH_LABEL.test(w.text));
  const ownDate = dayAt >= 0 && monthAt > dayAt && (dayAt === 0 || PLACE_BEFORE_DATE.test(line[dayAt - 1]!.text));
  const numberAt = line.findIndex((w, i) => NUMBER_LABEL.test(w.text) && !opensNounPhrase(line, i));
  if (numberAt >= 0) {
    const labelChars = NUMBER_LABEL.exec(line[numberAt]!.text)![0].length;
    const glued = SYMBOL_START.exec(line[numberAt]!.text.slice(labelChars));
    if (!glued) {
      const close = line.findIndex((w, i) => i > numberAt && SYMBOL_START.test(w.text));
      // The document's own label starts its line; its capital and colon say so, or the place and
      // date printed on the same line, across the header's other column (a cited `số` has neither).
      const own = numberAt <= WORDS_BEFORE_OWN_NUMBER && (OWN_NUMBER_LABEL.test(line[numberAt]!.text) || (ownDate && dayAt > numberAt));
      if (close > 0) {
        const text = line[close]!.text;
        const separatorAt = SYMBOL_START.exec(text)!.index;
        const code = SYMBOL_CODE.exec(text.slice(0, separatorAt));
        // A code before the first separator: the separator between the number and the symbol was
        // lost; it is a slash, or a hyphen when the symbol has its own slash (a Party number).
        const lostSeparator = code ? (text.includes('/') ? PARTY_NUMBER_SEPARATOR : STATE_NUMBER_SEPARATOR) : undefined;
        blanks.push({ label: numberAt, close, labelChars, closeChars: code ? code.index : separatorAt, lostSeparator, maxDigits: 5, kind: 'number', own });
      }
    }
  }
  if (dayAt >= 0 && monthAt > dayAt) {
    const own = ownDate;
    blanks.push({ label: dayAt, close: monthAt, labelChars: DAY_LABEL.exec(line[dayAt]!.text)![0].length, closeChars: 0, maxDigits: 2, kind: 'day', own });
    const yearAt = line.findIndex((w, i) => i > monthAt && YEAR_LABEL.test(w.text));
    if (yearAt > monthAt) blanks.push({ label: monthAt, close: yearAt, labelChars: line[monthAt]!.text.length, closeChars: 0, maxDigits: 2, kind: 'month', own });
  }
  return blanks;
}

/** What the page pass read inside the blank. */
function readInside(line: OcrWord[], blank: Blank): { text: string; confidence: number } {
  const inside = line.slice(blank.label + 1, blank.close);
  const parts = [line[blank.label]!.text.slice(blank.labelChars), ...inside.map((w) => w.text), line[blank.close]!.text.slice(0, blank.closeChars)];
  return { text: parts.join('').replace(/\s+/g, ''), confidence: Math.min(1, ...inside.map((w) => w.confidence)) };
}

/** Whether digits can fill a blank of this kind (a day is 1–31, a month 1–12). */
function fits(kind: BlankKind, digits: string, maxDigits: number): boolean {
  if (!/^\d+$/.test(digits) || digits.length > maxDigits) return false;
  const n = Number(digits);
  if (kind === 'day') return n >= 1 && n <= 31;
  if (kind === 'month') return n >= 1 && n <= 12;
  return n > 0;
}

/** Two readings of a blank say the same (a day or month read with and without its leading zero too). */
function same(kind: BlankKind, a: string, b: string): boolean {
  return kind === 'number' ? a === b : Number(a) === Number(b);
}

interface Located {
  blank: Blank;
  line: OcrWord[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Tesseract's reading (page pass, look-alikes, or the cut-out read again) and its confidence. */
  tesseract: string;
  confidence: number;
  /** The digit reader's reading, when there is one. */
  second: { digits: string; confidence: number } | null;
  /** The hand-digit reader's reading, when there is one. */
  third: { digits: string; confidence: number } | null;
  /** The hand-digit reader's crop, kept for a developer's record only (`VANBAN_BLANKS_CROPS`). */
  handCrop?: GrayImage;
  value?: string;
  valueConfidence?: number;
}

/** Whether a column of the crop has ink in the printed line's band (below the pen's reach above it, above the next line's tops). */
function inkedColumn(image: GrayImage): (x: number) => boolean {
  const ink = stretchContrast(image);
  const y0 = Math.round(image.height * 0.15);
  const y1 = Math.round(image.height * 0.75);
  return (x: number) => {
    for (let y = y0; y < y1; y++) if (ink.data[y * image.width + x]! < DIGIT_READER.ink) return true;
    return false;
  };
}

/** The crop's columns [from, to). */
function columns(image: GrayImage, from: number, to: number): GrayImage {
  const width = to - from;
  const data = new Uint8Array(width * image.height);
  for (let y = 0; y < image.height; y++) data.set(image.data.subarray(y * image.width + from, y * image.width + to), y * width);
  return { width, height: image.height, data, dpi: image.dpi };
}

/**
 * The crop cut at `from` (a column), or further right while the pen's stroke crossing that column
 * goes on: up to the first column with no ink in the printed line's band (a digit cut in two by
 * the crop's edge would be read as another digit, or not at all).
 */
export function untilStrokeEnds(image: GrayImage, from: number): GrayImage {
  const start = Math.max(1, Math.round(from));
  if (start >= image.width) return image;
  const inked = inkedColumn(image);
  let x = start;
  while (x < image.width && inked(x)) x++;
  return columns(image, 0, Math.min(image.width, x + 1));
}

/**
 * The crop started at `from` (a column), or further left while the pen's stroke crossing that
 * column goes on back to the first clear column: a pen's first digit written against the label
 * (`Số:5689`, `Số:01`) falls inside the label's box, and a blank cut where that box ends would
 * start inside the digit (read as another digit, or not at all).
 */
export function fromStrokeStart(image: GrayImage, from: number): GrayImage {
  const start = Math.min(image.width - 1, Math.round(from));
  if (start <= 0) return image;
  const inked = inkedColumn(image);
  let x = start;
  while (x > 0 && inked(x)) x--;
  return columns(image, x, image.width);
}

/** Numbers in a file's name that may be its document's number (`FILE_NAME_NUMBER`). */
export function fileNameNumbers(path: string): string[] {
  const name = path.split(/[\\/]/).pop() ?? '';
  return [...new Set(name.replace(/\.[^.]*$/u, '').replace(FILE_NAME_DATE, ' ').match(FILE_NAME_NUMBER) ?? [])];
}

/**
 * The number of the file's name that a reading misses: by its first digits (the reading, two
 * digits or more, is its end: digits lost at the label), else by one digit of three or more (a
 * digit of two is half the number, and a name's dates hold many such); null unless exactly one does.
 */
function closeFileNumber(reading: string, fileNumbers: string[]): string | null {
  const only = (found: string[]) => (found.length === 1 ? found[0]! : null);
  const longer = reading.length >= 2 ? only(fileNumbers.filter((f) => f.length > reading.length && f.endsWith(reading))) : null;
  if (longer) return longer;
  if (reading.length < 3) return null;
  const differing = (f: string) => [...f].filter((c, i) => c !== reading[i]).length;
  return only(fileNumbers.filter((f) => f.length === reading.length && differing(f) === 1));
}

/**
 * Settles a blank's value from its readings and the signing days (the month first: the day needs
 * it). Three readers at most: Tesseract's page pass, the digit reader (PP-OCR, trained on print)
 * and the hand-digit reader (trained on handwritten digits). Agreement raises the confidence, a
 * disagreement keeps the value unsure; only readings that agree from every reader that read the
 * blank reach 0.9 (the hand-digit reader's reading counts when each of its digits is likelier
 * than not: a hesitant one is left out, here and in the file-name and signing-day checks).
 */
function reconcile(found: Located, reader: boolean, signed: Array<{ month: number; day: number }>, month: string | undefined, fileNumbers: string[] = []): BlankReport | null {
  const { blank, tesseract } = found;
  const t = fits(blank.kind, tesseract, blank.maxDigits) ? tesseract : '';
  const second = found.second ?? (found.third ? { digits: '', confidence: 0 } : null);
  if (!reader || !second) {
    if (!t) return null;
    found.value = t;
    found.valueConfidence = found.confidence;
    return null;
  }
  const p = fits(blank.kind, second.digits, blank.maxDigits) ? second.digits : '';
  const third = found.third;
  const h = third && fits(blank.kind, third.digits, blank.maxDigits) ? third.digits : '';
  // The hand-digit reader's reading counts against the others when it is a reading at all: each
  // of its digits likelier than not.
  const hCounts = !!h && third!.confidence >= BLANK_CONFIDENCE.handCounts;
  const report = (value: string, confidence: number, unsure: boolean, bySignature: boolean): BlankReport => {
    found.value = value;
    found.valueConfidence = confidence;
    return { kind: blank.kind, value, tesseract: tesseract || '', digitReader: found.second ? second.digits : null, handReader: third ? third.digits : null, confidence, unsure, bySignature };
  };
  // The number in the file's name: a reading it repeats is settled; otherwise, where the readings
  // did not agree surely, a file number one digit from the digit reader's reading (or with the
  // first digits the readings lost) stands in for it, to be checked.
  const printAgrees = !!t && !!p && same(blank.kind, t, p);
  const sure = printAgrees && second.confidence >= BLANK_CONFIDENCE.sureDigitReader && (!hCounts || same(blank.kind, h, p));
  if (blank.kind === 'number' && fileNumbers.length && !sure) {
    const repeated = [p, hCounts ? h : '', t].find((r) => r && fileNumbers.includes(r));
    if (repeated) return { ...report(repeated, BLANK_CONFIDENCE.fileNameAgrees, false, false), byFileName: 'agrees' };
    const close = p ? closeFileNumber(p, fileNumbers) : hCounts ? closeFileNumber(h, fileNumbers) : null;
    if (close) return { ...report(close, BLANK_CONFIDENCE.fileNameClose, true, false), byFileName: 'close' };
  }
  // Two readings that agree are sure when the digit reader was: both may lose the same digits
  // of a faint or crowded blank (`1406` cut to `06`), and then the digit reader hesitates.
  if (printAgrees) {
    const value = p.length >= t.length ? p : t;
    if (hCounts && !same(blank.kind, h, value)) {
      // Both print recognizers lost a first digit the hand-digit reader saw (`5` of `15`): its longer reading, unsurely.
      if (h.length > value.length && h.endsWith(value)) return report(h, BLANK_CONFIDENCE.endAgrees, true, false);
      // The handwriting model read other digits: the print readings stand, not surely.
      return report(value, Math.min(BLANK_CONFIDENCE.agreeHesitant, second.confidence >= BLANK_CONFIDENCE.sureDigitReader ? BLANK_CONFIDENCE.agreeHesitant : BLANK_CONFIDENCE.endAgrees), true, false);
    }
    const confidence = second.confidence >= BLANK_CONFIDENCE.sureDigitReader ? Math.max(found.confidence, BLANK_CONFIDENCE.agree) : BLANK_CONFIDENCE.agreeHesitant;
    return report(value, confidence, false, false);
  }
  // Two of three: the hand-digit reader agrees with one of the others, which disagree (or one read
  // nothing). Two models trained apart read the same digits: likely right, short of sure.
  const partner = hCounts ? [p, t].find((r) => r && same(blank.kind, r, h)) : undefined;
  // Unless the third reading is theirs with one first digit before it (`15` against `5` and `5`; a
  // month's `05` is the same `5`):
  // a digit written against the label is lost by two crops as easily as by one — the longer
  // reading is kept, unsurely, as where the two print readings are each other's end.
  const longerOther = partner ? [p, t].find((r) => r && r.length === h.length + 1 && r[0] !== '0' && r.endsWith(h) && !same(blank.kind, r, h)) : undefined;
  if (longerOther) return report(longerOther, BLANK_CONFIDENCE.endAgrees, true, false);
  if (partner && third!.confidence >= BLANK_CONFIDENCE.sureHand) return report(h.length >= partner.length ? h : partner, BLANK_CONFIDENCE.twoOfThree, false, false);
  // One digit that one reader alone saw in the number's blank is the symbol's slash its crop
  // reaches into, or a speck, as often as a pen's digit: the blank is left as unread. What the page
  // pass read inside an unread number's blank goes (the symbol keeps its printed characters: `0J/NQ`).
  const alone = [t, p, h].filter(Boolean);
  if (blank.kind === 'number' && (alone.length === 0 || (alone.length === 1 && alone[0]!.length === 1))) {
    found.value = '';
    return null;
  }
  if (alone.length === 0) return null;
  if (blank.kind !== 'number') {
    const signedValues = signed
      .filter((s) => blank.kind === 'month' || month === undefined || s.month === Number(month))
      .map((s) => (blank.kind === 'day' ? s.day : s.month));
    const confirmed = [p, hCounts ? h : '', t].find((r) => r && signedValues.includes(Number(r)));
    if (confirmed) return report(confirmed, BLANK_CONFIDENCE.signatureAgrees, false, true);
  }
  // A hesitant hand-digit reading that repeats one of two disagreeing readings settles nothing: on
  // the tuning scans it read 35 of 91 blanks right, PP-OCR 73 — it does not overrule PP-OCR's reading.
  // The digit reader's crop of a number reaches into the symbol's slash, which a small or faint
  // scan shows as a 1: its reading that is Tesseract's with a 1 after it read the slash.
  if (blank.kind === 'number' && t && p === `${t}${SLASH_READ_AS}`) return report(t, BLANK_CONFIDENCE.unsure, true, false);
  if (!t && !p) return report(h, BLANK_CONFIDENCE.unsure, true, false);
  // A reading that is the other's end lost its first digits (a pen's first digit touching the
  // label is cut off or taken for part of it): the longer one is kept, unsurely all the same.
  const longer = t && p && t.length > p.length && t.endsWith(p) ? t : p || t;
  // Such readings agree on the digits both saw: less unsure than two that differ, still to be checked.
  const endAgrees = !!t && !!p && t !== p && (t.endsWith(p) || p.endsWith(t));
  return report(longer, endAgrees ? BLANK_CONFIDENCE.endAgrees : BLANK_CONFIDENCE.unsure, true, false);
}

/** Whether a line holds the date's labels: `ngày`, then `tháng`. */
function hasDateLabels(line: OcrWord[]): boolean {
  const words = line.flatMap(splitGlued);
  const dayAt = words.findIndex((w) => DAY_LABEL.test(w.text));
  return dayAt >= 0 && words.some((w, i) => i > dayAt && MONTH_LABEL.test(w.text));
}

/**
 * The page's words with the place and date line read again from the band under the motto, when
 * the page pass read no line with the date's labels in the header (a pale or italic line, a stamp
 * beside it): Nghị định 30/2020 prints that line under the motto, in the right column. The band
 * is cut out (as scanned, when a pen crop is given) and read as a block; its line with `ngày` and
 * `tháng` takes the place of whatever the page pass read at its height in the band.
 */
export async function withDateLine(words: OcrWord[], image: GrayImage, engine: OcrEngine, penCrop?: BlankOptions['penCrop']): Promise<OcrWord[]> {
  const headerBottom = image.height * HEADER_SHARE_OF_PAGE;
  const header = linesOf(words).filter((line) => line[0]!.top < headerBottom);
  if (header.some(hasDateLabels)) return words;
  const motto = header.filter((line) => line.length >= 2 && MOTTO_WORDS.test(line.at(-1)!.text.replace(/[.,;:]+$/u, ''))).sort((a, b) => b[0]!.top - a[0]!.top)[0];
  if (!motto) return words;
  const height = Math.max(...motto.map((w) => w.bottom - w.top));
  const mottoBottom = Math.max(...motto.map((w) => w.bottom));
  const left = Math.max(0, motto[0]!.left - DATE_LINE_BAND.leftOfMotto * height);
  const top = mottoBottom + 0.1 * height;
  const width = image.width - left;
  const bandHeight = DATE_LINE_BAND.below * height;
  const cut = penCrop ? penCrop(left, top, width, bandHeight) : crop(image, left, top, width, bandHeight, 0);
  // The cut's pixels per prepared page pixel (a pen crop is at the scan's own resolution).
  const placed = linesOf(await readBlockImage(engine, cut, { left, top }, cut.width / width, 'date-band')).find(hasDateLabels);
  if (!placed) return words;
  const lineTop = Math.min(...placed.map((w) => w.top));
  const lineBottom = Math.max(...placed.map((w) => w.bottom));
  const lineLeft = Math.min(...placed.map((w) => w.left));
  // What the page pass read of the same line (its place, stray marks) gives way to the band's reading.
  const covered = (w: OcrWord) => w.left >= lineLeft - height && (w.top + w.bottom) / 2 > lineTop && (w.top + w.bottom) / 2 < lineBottom;
  return [...words.filter((w) => !covered(w)), ...placed];
}

/** Re-reads the header's blanks of one page; returns the words with the blanks' readings in place. */
export async function rereadBlanks(words: OcrWord[], image: GrayImage, engine: OcrEngine, options: BlankOptions = {}): Promise<OcrWord[]> {
  const header = options.header ?? true;
  const headerBottom = header ? image.height * HEADER_SHARE_OF_PAGE : 0;
  const reader = options.digitReader ?? null;
  const result: OcrWord[] = [];
  const located: Located[] = [];
  const untouched = new Set<OcrWord[]>();
  const lines: OcrWord[][] = [];
  const all = header ? await withDateLine(words, image, engine, options.penCrop) : words;
  for (const recognized of linesOf(all)) {
    const inHeader = recognized[0]!.top < headerBottom;
    const line = inHeader ? recognized.flatMap(splitGlued) : recognized;
    lines.push(line);
    // Below the header only the document's own place/date line has blanks: a đơn or a statement
    // signed side by side prints it over the signatures ("Bình Thuận, ngày 12 tháng 5 năm 2025").
    // There a line that starts with "ngày" is a sentence's wrapped date: the place must precede it.
    const blanks = inHeader ? findBlanks(line) : placedDateLine(line) ? findBlanks(line).filter((b) => b.kind !== 'number' && b.own) : [];
    if (blanks.length === 0) {
      untouched.add(line);
      continue;
    }
    for (const blank of blanks) {
      const label = line[blank.label]!;
      const close = line[blank.close]!;
      const inside = readInside(line, blank);
      const confident = /^\d+$/.test(inside.text) && inside.text.length <= blank.maxDigits && inside.confidence >= CONFIDENT_DIGITS;
      const second = blank.own ? reader : null;
      // Without a second reader, digits the page pass read surely are left as they are.
      if (confident && !second && !(blank.own && options.handReader)) continue;
      // A label's box may take in the pen's first digit (written close to it or over its end):
      // the label's printed characters end about where the line's print width puts them, and the
      // blank starts there, or at the first word read inside it when that starts within the label.
      const printedEnd = label.left + blank.labelChars * printWidth(line) * LABEL_WIDTH_SLACK;
      const left = Math.min(xAfter(label, blank.labelChars), printedEnd, blank.close > blank.label + 1 ? line[blank.label + 1]!.left : Infinity);
      const right = close.left + ((close.right - close.left) * blank.closeChars) / close.text.length;
      const top = Math.min(label.top, close.top);
      const bottom = Math.max(label.bottom, close.bottom);
      const height = bottom - top;
      if (right - left < 0.4 * height) continue; // no room for a number: the blank is empty
      const lookalike = asDigits(inside.text);
      let tesseract = confident ? inside.text : lookalike && lookalike.length <= blank.maxDigits ? lookalike : '';
      let confidence = inside.confidence;
      // Pen strokes reach above and below the printed line.
      const box = [left + 2, top - 0.35 * height, right - left - 4, height * 1.7] as const;
      if (!tesseract) {
        const reading = await engine.recognize(crop(image, ...box), { singleLine: true, alphabet: DIGITS });
        tesseract = reading.words.map((w) => w.text).join('').replace(/\D/g, '');
        confidence = Math.min(inside.confidence, ...reading.words.map((w) => w.confidence));
      }
      // The second reader sees the blank to the end of a closing word its digits are glued to
      // (`4552/BCA-C04`: where the digits end inside it is a guess), or into the symbol's
      // separator (a pen's last digit reaches under the slash's box), and stops at the separator;
      // a date's blank ends where the next label starts. Heights are the printed label's (a
      // closing word's box may take in the line below), with the pen's reach above and below.
      const printed = label.bottom - label.top;
      const end = blank.kind !== 'number' ? right - 0.1 * height : blank.closeChars > 0 && !blank.lostSeparator ? close.right : right;
      // A pen's last digit may run on under the symbol's slash (whose box then starts inside the
      // digit): the crop reaches on while that stroke goes on, and stops at the first clear column.
      const reach = blank.kind === 'number' && blank.closeChars === 0 ? Math.min(close.right, right + SEPARATOR_REACH * printed) - end : 0;
      // The number's crop starts a little to the left too, and is cut back to the first clear
      // column there: its label ends with a colon, two dots no stroke runs from. A date's label
      // ends with a letter (`ngày`: the y's tail sweeps under the blank's start) and is left alone.
      const back = blank.kind === 'number' ? Math.min(LABEL_REACH * printed, Math.max(0, left - label.left)) : 0;
      const from = left + 2 - back;
      const penBox = [from, label.top - 0.4 * printed, end + reach - from, printed * 1.8] as const;
      const span = end + reach - from;
      const cut = (box: GrayImage) => {
        const started = back > 0 ? fromStrokeStart(box, (box.width * back) / span) : box;
        return reach > 0 ? untilStrokeEnds(started, started.width - (box.width * reach) / span) : started;
      };
      const secondReading = second ? await second.read(cut(options.penCrop ? options.penCrop(...penBox) : crop(image, ...penBox, 0))) : null;
      // The hand-digit reader sees the pen's reach above the line whole (a 9's loop, a 7's flag written high).
      const handBox = [from, label.top - HAND_DIGITS.reachAbove * printed, end + reach - from, printed * (HAND_DIGITS.reachAbove + 1 + HAND_DIGITS.reachBelow)] as const;
      const handCrop = blank.own && options.handReader ? cut(options.penCrop ? options.penCrop(...handBox) : crop(image, ...handBox, 0)) : null;
      const thirdReading = handCrop ? await options.handReader!.read(handCrop, blank.kind) : null;
      located.push({ blank, line, left, right, top, bottom, tesseract, confidence, second: secondReading, third: thirdReading, ...(handCrop && process.env.VANBAN_BLANKS_CROPS ? { handCrop } : {}) });
    }
  }
  const month = located.find((l) => l.blank.kind === 'month' && l.blank.own);
  const order = [...located].sort((a, b) => Number(b.blank.kind === 'month') - Number(a.blank.kind === 'month'));
  for (const found of order) {
    const settle = (f: Located) => reconcile(f, (reader !== null || !!f.third) && f.blank.own, options.signed ?? [], f.blank.kind === 'day' ? month?.value : undefined, options.fileNumbers);
    // What Tesseract and the digit reader alone would have settled, for the report.
    const without = found.third ? { ...found, third: null } : null;
    if (without) settle(without);
    const report = settle(found);
    if (report && without) report.withoutHand = { value: without.value ?? '', confidence: without.valueConfidence ?? 0 };
    if (report && found.handCrop) report.handCrop = { width: found.handCrop.width, height: found.handCrop.height, data: Buffer.from(found.handCrop.data).toString('base64') };
    if (report) options.reports?.push(report);
  }
  for (const line of lines) {
    if (untouched.has(line)) {
      result.push(...line);
      continue;
    }
    const replaced = new Set<OcrWord>();
    const added: OcrWord[] = [];
    for (const found of located.filter((l) => l.line === line && l.value !== undefined)) {
      const { blank, left, right, top, bottom } = found;
      const label = line[blank.label]!;
      const close = line[blank.close]!;
      for (const w of line.slice(blank.label + 1, blank.close)) replaced.add(w);
      // Inset from the label and the symbol, so the line text keeps the spaces around the number.
      const air = Math.min(0.3 * (bottom - top), (right - left) / 4);
      if (found.value) added.push({ text: found.value, left: left + air, right: right - air, top, bottom, confidence: found.valueConfidence!, line: label.line, handwritten: true });
      // The label and the closing word keep only their printed characters; the document's own
      // number label, found where it is printed and by its colon, is written as printed (`sé:`,
      // `sá:` are misreadings of `Số:` that the extractors would not take for the label).
      const labelText = blank.kind === 'number' && blank.own ? NUMBER_LABEL_PRINTED : label.text.slice(0, blank.labelChars);
      if (blank.labelChars < label.text.length || labelText !== label.text) {
        replaced.add(label);
        added.push({ ...label, text: labelText, right: left });
      }
      if (blank.closeChars > 0 || blank.lostSeparator) {
        replaced.add(close);
        added.push({ ...close, text: (blank.lostSeparator ?? '') + close.text.slice(blank.closeChars), left: right });
      }
    }
    result.push(...line.filter((w) => !replaced.has(w)), ...added);
  }
  return result;
}
