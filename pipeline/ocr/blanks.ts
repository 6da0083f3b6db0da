import { CONFIDENT_DIGITS, DAY_LABEL, DIGIT_LOOKALIKES, DIGITS, GLUED_LABELS, HEADER_SHARE_OF_PAGE, MONTH_LABEL, NUMBER_LABEL, SYMBOL_START, YEAR_LABEL } from '../../data/ocr.js';
import type { OcrEngine, OcrWord } from './engines.js';
import { crop, type GrayImage } from './prepare.js';

/**
 * Handwritten numbers in printed blanks: `Số: 05 /CT-UBND`, `ngày 15 tháng 4`. A page reading
 * takes a pen's digits for letters (`Ô 5`, `ngàyz5`). Inside such a blank only digits belong, so
 * look-alike letters are read as the digits they resemble (`Ô 5` → `05`); when that gives no
 * number, the blank is cut out and read again as one line of digits. A blank's reading keeps the
 * page pass's low confidence, so the fields built on it say they are uncertain.
 */

interface Blank {
  /** Index of the label word and of the word that closes the blank, in the line. */
  label: number;
  close: number;
  /** Characters of the label word that belong to the label (the rest was read inside the blank). */
  labelChars: number;
  /** Characters of the closing word that belong to the blank (before its separator). */
  closeChars: number;
  maxDigits: number;
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

function linesOf(words: OcrWord[]): OcrWord[][] {
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) (lines.get(w.line) ?? lines.set(w.line, []).get(w.line)!).push(w);
  return [...lines.values()].map((line) => line.sort((a, b) => a.left - b.left));
}

/** Where the label's own characters end inside a word (`ngàyz5` → after `ngày`). */
function xAfter(word: OcrWord, chars: number): number {
  return chars >= word.text.length ? word.right : word.left + ((word.right - word.left) * chars) / word.text.length;
}

function findBlanks(line: OcrWord[]): Blank[] {
  const blanks: Blank[] = [];
  const numberAt = line.findIndex((w) => NUMBER_LABEL.test(w.text));
  if (numberAt >= 0) {
    const labelChars = NUMBER_LABEL.exec(line[numberAt]!.text)![0].length;
    const glued = SYMBOL_START.exec(line[numberAt]!.text.slice(labelChars));
    if (!glued) {
      const close = line.findIndex((w, i) => i > numberAt && SYMBOL_START.test(w.text));
      if (close > 0) blanks.push({ label: numberAt, close, labelChars, closeChars: SYMBOL_START.exec(line[close]!.text)!.index, maxDigits: 5 });
    }
  }
  const dayAt = line.findIndex((w) => DAY_LABEL.test(w.text));
  const monthAt = line.findIndex((w, i) => i > dayAt && MONTH_LABEL.test(w.text));
  if (dayAt >= 0 && monthAt > dayAt) {
    blanks.push({ label: dayAt, close: monthAt, labelChars: DAY_LABEL.exec(line[dayAt]!.text)![0].length, closeChars: 0, maxDigits: 2 });
    const yearAt = line.findIndex((w, i) => i > monthAt && YEAR_LABEL.test(w.text));
    if (yearAt > monthAt) blanks.push({ label: monthAt, close: yearAt, labelChars: line[monthAt]!.text.length, closeChars: 0, maxDigits: 2 });
  }
  return blanks;
}

/** What the page pass read inside the blank. */
function readInside(line: OcrWord[], blank: Blank): { text: string; confidence: number } {
  const inside = line.slice(blank.label + 1, blank.close);
  const parts = [line[blank.label]!.text.slice(blank.labelChars), ...inside.map((w) => w.text), line[blank.close]!.text.slice(0, blank.closeChars)];
  return { text: parts.join('').replace(/\s+/g, ''), confidence: Math.min(1, ...inside.map((w) => w.confidence)) };
}

/** Re-reads the header's blanks of one page; returns the words with the blanks' readings in place. */
export async function rereadBlanks(words: OcrWord[], image: GrayImage, engine: OcrEngine): Promise<OcrWord[]> {
  const headerBottom = image.height * HEADER_SHARE_OF_PAGE;
  const result: OcrWord[] = [];
  for (const recognized of linesOf(words)) {
    const inHeader = recognized[0]!.top < headerBottom;
    const line = inHeader ? recognized.flatMap(splitGlued) : recognized;
    const blanks = inHeader ? findBlanks(line) : [];
    if (blanks.length === 0) {
      result.push(...line);
      continue;
    }
    const replaced = new Set<OcrWord>();
    const added: OcrWord[] = [];
    for (const blank of blanks) {
      const label = line[blank.label]!;
      const close = line[blank.close]!;
      const inside = readInside(line, blank);
      if (/^\d+$/.test(inside.text) && inside.text.length <= blank.maxDigits && inside.confidence >= CONFIDENT_DIGITS) continue;
      const lookalike = asDigits(inside.text);
      const left = xAfter(label, blank.labelChars);
      const right = close.left + ((close.right - close.left) * blank.closeChars) / close.text.length;
      const top = Math.min(label.top, close.top);
      const bottom = Math.max(label.bottom, close.bottom);
      const height = bottom - top;
      if (right - left < 0.4 * height) continue; // no room for a number: the blank is empty
      let digits = lookalike && lookalike.length <= blank.maxDigits ? lookalike : '';
      let confidence = inside.confidence;
      if (!digits) {
        // Pen strokes reach above and below the printed line.
        const snippet = crop(image, left + 2, top - 0.35 * height, right - left - 4, height * 1.7);
        const reading = await engine.recognize(snippet, { singleLine: true, alphabet: DIGITS });
        digits = reading.words.map((w) => w.text).join('').replace(/\D/g, '');
        confidence = Math.min(inside.confidence, ...reading.words.map((w) => w.confidence));
      }
      if (!digits || digits.length > blank.maxDigits) continue;
      for (const w of line.slice(blank.label + 1, blank.close)) replaced.add(w);
      // Inset from the label and the symbol, so the line text keeps the spaces around the number.
      const air = Math.min(0.3 * height, (right - left) / 4);
      added.push({ text: digits, left: left + air, right: right - air, top, bottom, confidence, line: label.line });
      // The label and the closing word keep only their printed characters.
      if (blank.labelChars < label.text.length) {
        replaced.add(label);
        added.push({ ...label, text: label.text.slice(0, blank.labelChars), right: left });
      }
      if (blank.closeChars > 0) {
        replaced.add(close);
        added.push({ ...close, text: close.text.slice(blank.closeChars), left: right });
      }
    }
    result.push(...line.filter((w) => !replaced.has(w)), ...added);
  }
  return result;
}
