import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { rereadBlanks, type BlankReport } from '../../../pipeline/ocr/blanks.js';
import type { DigitReader } from '../../../pipeline/ocr/digits.js';
import type { OcrEngine, OcrWord } from '../../../pipeline/ocr/engines.js';
import { plausibleDigits, readHandDigits, segmentDigits, sharedHandDigitReader } from '../../../pipeline/ocr/hand-digits.js';
import { classify, decodeWeights, encodeWeights, toMnist, type HandNetWeights } from '../../../pipeline/ocr/hand-net.js';
import type { GrayImage } from '../../../pipeline/ocr/prepare.js';
import { BLANK_CONFIDENCE, HAND_DIGITS } from '../../../data/digit-reader.js';

/**
 * The hand-digit reader: its net read on digits drawn here stroke by stroke as a pen writes them
 * (not crops of development scans), the segmentation of a blank into digits, and the rules that
 * weigh its reading against Tesseract's and PP-OCR's.
 */

type Stroke = Array<[number, number]>;
/** Each digit as a pen draws it, strokes in a unit box (x right, y down). */
const PEN: Record<string, Stroke[]> = {
  '0': [ellipse(0.5, 0.5, 0.38, 0.48)],
  '1': [[[0.25, 0.25], [0.6, 0], [0.6, 1]]],
  '2': [[[0.1, 0.25], [0.3, 0.03], [0.65, 0], [0.88, 0.2], [0.8, 0.45], [0.1, 1], [0.95, 1]]],
  '3': [[[0.12, 0.1], [0.45, 0], [0.8, 0.1], [0.82, 0.3], [0.45, 0.48], [0.85, 0.62], [0.85, 0.88], [0.5, 1], [0.1, 0.92]]],
  '4': [[[0.65, 0], [0.05, 0.68], [0.95, 0.68]], [[0.7, 0.3], [0.7, 1]]],
  '5': [[[0.85, 0], [0.2, 0], [0.15, 0.45], [0.6, 0.4], [0.88, 0.62], [0.8, 0.9], [0.45, 1], [0.1, 0.9]]],
  '6': [[[0.75, 0], [0.35, 0.25], [0.15, 0.65], [0.3, 0.98], [0.65, 0.98], [0.8, 0.72], [0.6, 0.5], [0.3, 0.55], [0.15, 0.7]]],
  '7': [[[0.05, 0], [0.95, 0], [0.4, 1]]],
  '8': [[[0.5, 0.48], [0.15, 0.25], [0.5, 0], [0.85, 0.25], [0.5, 0.48], [0.12, 0.75], [0.5, 1], [0.88, 0.75], [0.5, 0.48]]],
  '9': [[[0.85, 0.3], [0.5, 0.02], [0.18, 0.25], [0.4, 0.5], [0.85, 0.3], [0.8, 0.6], [0.65, 1]]],
};

function ellipse(cx: number, cy: number, rx: number, ry: number): Stroke {
  return Array.from({ length: 25 }, (_, i) => [cx + rx * Math.sin((i / 24) * 2 * Math.PI), cy - ry * Math.cos((i / 24) * 2 * Math.PI)]);
}

interface Pen {
  /** Slant of the hand (shear: x moves right by this share of the height above the foot). */
  slant?: number;
  width?: number;
  height?: number;
  /** Pen width in pixels. */
  stroke?: number;
}

/**
 * A blank as a scan shows it: the label's colon printed before, the pen's digits on greyish paper
 * at their own slant and size, a printed slash after them when `slash`. Sized as blanks.ts cuts
 * it for the hand-digit reader: the printed line `printed` pixels high, the pen's reach around it.
 */
function blank(text: string, pen: Pen = {}, options: { slash?: boolean; colon?: boolean; touching?: boolean; speck?: boolean; gaps?: number[]; labelTail?: boolean } = {}): GrayImage {
  const printed = 30;
  const above = HAND_DIGITS.reachAbove * printed;
  const heightPx = Math.round(printed * (HAND_DIGITS.reachAbove + 1 + HAND_DIGITS.reachBelow));
  const digitH = pen.height ?? 42;
  const digitW = pen.width ?? 24;
  const gap = options.touching ? -4 : 10;
  const canvas = createCanvas(40 + text.length * (digitW + gap) + 40, heightPx);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#e6e4de';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const baseline = above + printed;
  if (options.colon !== false) {
    ctx.fillStyle = '#111';
    for (const y of [baseline - 18, baseline - 4]) ctx.fillRect(8, y, 4, 4);
  }
  ctx.strokeStyle = '#1c2a6e';
  ctx.lineWidth = pen.stroke ?? 3.5;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  let x = 26;
  const foot = baseline + 4;
  for (const [i, c] of [...text].entries()) {
    for (const stroke of PEN[c]!) {
      ctx.beginPath();
      stroke.forEach(([u, v], i) => {
        const px = x + u * digitW + (1 - v) * digitH * (pen.slant ?? 0);
        const py = foot - digitH + v * digitH;
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      });
      ctx.stroke();
    }
    x += digitW + (options.gaps?.[i] ?? gap);
  }
  if (options.slash) {
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x + 6, baseline + 2);
    ctx.lineTo(x + 18, baseline - printed);
    ctx.stroke();
  }
  if (options.labelTail) {
    // The tail of the label's last letter (`ngày`'s y) sweeping in from the crop's left side.
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(0, baseline + 14);
    ctx.lineTo(10, baseline - 12);
    ctx.stroke();
  }
  if (options.speck) {
    ctx.fillStyle = '#222';
    ctx.fillRect(x - gap / 2, baseline - 10, 2, 2);
  }
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const gray = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < gray.length; i++) gray[i] = (data[i * 4]! * 77 + data[i * 4 + 1]! * 150 + data[i * 4 + 2]! * 29) >> 8;
  return { width: canvas.width, height: canvas.height, data: gray, dpi: 300 };
}

const weights = (): HandNetWeights => {
  const reader = sharedHandDigitReader();
  expect(reader).not.toBeInstanceOf(Error);
  return (reader as unknown as { weights: HandNetWeights }).weights;
};

describe('the hand-digit net (data/hand-digits.json)', () => {
  it('loads from the repository alone and keeps its weights through the file’s form', () => {
    const w = weights();
    const again = decodeWeights(encodeWeights(w));
    const image = toMnist(new Float32Array(64).fill(1), 4, 16);
    expect([...classify(again, image)]).toEqual([...classify(w, image)]);
  });

  it('reads each digit drawn as pens write it: upright and slanted, fine and broad', () => {
    const pens: Pen[] = [{}, { slant: 0.25 }, { slant: 0.15, stroke: 5 }, { stroke: 2.5, width: 20 }];
    let right = 0;
    const misses: string[] = [];
    for (const pen of pens) {
      for (const d of Object.keys(PEN)) {
        const reading = readHandDigits(weights(), blank(d, pen));
        if (reading.digits === d) right++;
        else misses.push(`${d}→${reading.digits}`);
      }
    }
    // Forty digits drawn by a program, not a hand: most, not all, must be read.
    expect(right, misses.join(' ')).toBeGreaterThanOrEqual(32);
  });

  it('gives each digit its ten probabilities and the reading its least sure digit’s', () => {
    const reading = readHandDigits(weights(), blank('47'));
    expect(reading.probabilities).toHaveLength(2);
    for (const p of reading.probabilities) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    const tops = reading.probabilities.map((p) => Math.max(...p));
    expect(reading.confidence).toBeCloseTo(Math.min(...tops), 2);
  });
});

describe('what a blank can hold', () => {
  it('knows a day is 1–31, a month 1–12, and a number starts with a zero only below 10', () => {
    expect(['1', '09', '31'].every((d) => plausibleDigits('day', d))).toBe(true);
    expect(['0', '00', '32', '123'].some((d) => plausibleDigits('day', d))).toBe(false);
    expect(['1', '05', '12'].every((d) => plausibleDigits('month', d))).toBe(true);
    expect(['13', '0', '19'].some((d) => plausibleDigits('month', d))).toBe(false);
    expect(['05', '512', '4552'].every((d) => plausibleDigits('number', d))).toBe(true);
    expect(['0', '00', '012', '0318'].some((d) => plausibleDigits('number', d))).toBe(false);
  });

  // Nine digits searched 10^9 ways took minutes (eight: 28 s): the test's time limit is the check.
  it('leaves a day’s blank of many digits as read (no search of 10^n readings)', () => {
    const reading = readHandDigits(weights(), blank('123456789', {}, { colon: false }), 'day');
    expect(plausibleDigits('day', reading.digits)).toBe(false);
  }, 20_000);

  it('reads a month’s blank as a month, choosing among each digit’s likelier alternatives', () => {
    for (const text of ['13', '19', '17', '10', '12']) {
      const reading = readHandDigits(weights(), blank(text, {}, { colon: false }), 'month');
      expect(reading.digits === '' || plausibleDigits('month', reading.digits), `${text} → ${reading.digits}`).toBe(true);
    }
  });
});

describe('cutting a blank into digits', () => {
  it('finds one candidate per digit, leaving out the label’s colon and a speck', () => {
    expect(segmentDigits(blank('4552', {}, { speck: true }))).toHaveLength(4);
  });

  it('leaves out the symbol’s slash that closes the number', () => {
    const candidates = segmentDigits(blank('31', {}, { slash: true }));
    expect(candidates).toHaveLength(2);
  });

  it('takes no pen’s 1 leaning right for a slash in a date’s blank, which has none', () => {
    expect(segmentDigits(blank('21', { slant: 0.45, width: 16 }, { colon: false }), 'day')).toHaveLength(2);
    expect(segmentDigits(blank('1', { slant: 0.45, width: 16 }, { colon: false }), 'month')).toHaveLength(1);
  });

  it('leaves out the label’s letter that the side of a date’s crop cuts through', () => {
    expect(segmentDigits(blank('24', {}, { colon: false, labelTail: true }), 'day')).toHaveLength(2);
  });

  it('joins the broken strokes of one digit (a 4 written in two strokes)', () => {
    expect(segmentDigits(blank('4'))).toHaveLength(1);
  });

  it('splits digits that touch by their width: wider than tall, or far wider than the blank’s other digits', () => {
    expect(segmentDigits(blank('000', { width: 30 }, { touching: true }))).toHaveLength(2 + 1);
    expect(segmentDigits(blank('4552', {}, { gaps: [10, 10, -6] }))).toHaveLength(4);
  });

  it('normalises a candidate as MNIST shows digits: 20 pixels at most, centre of mass at the centre', () => {
    const image = toMnist(new Float32Array(40 * 10).fill(1), 10, 40);
    let mass = 0;
    let mx = 0;
    let my = 0;
    let rows = 0;
    for (let y = 0; y < 28; y++) {
      let inRow = false;
      for (let x = 0; x < 28; x++) {
        const v = image[y * 28 + x]!;
        mass += v;
        mx += v * (x + 0.5);
        my += v * (y + 0.5);
        if (v > 0) inRow = true;
      }
      if (inRow) rows++;
    }
    expect(rows).toBe(20);
    expect(Math.abs(mx / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(my / mass - 14)).toBeLessThanOrEqual(0.5);
  });
});

const word = (text: string, left: number, right: number, confidence = 0.95, line = '1.1.1', top = 300): OcrWord => ({ text, left, right, top, bottom: top + 40, confidence, line });
const page: GrayImage = { width: 2480, height: 3508, data: new Uint8Array(2480 * 3508).fill(255), dpi: 300 };
const engine: OcrEngine = { name: 'none', recognize: async () => ({ words: [], confidence: 0 }), close: async () => {} };

function scripted(answers: string[], confidence = 0.95): DigitReader {
  let call = 0;
  return { name: 'scripted', read: async () => ({ digits: answers[call++] ?? '', confidence }) };
}

/** `Số: N /UBND`, `Hà Nội, ngày D tháng M năm 2025` as Tesseract read it. */
function header(number: string, day: string, month: string): OcrWord[] {
  return [
    word('Số:', 200, 280), word(number, 300, 420, 0.6), word('/UBND', 440, 600),
    word('Hà', 1300, 1360, 0.95, '1.2.1'), word('Nội,', 1370, 1460, 0.95, '1.2.1'), word('ngày', 1570, 1670, 0.95, '1.2.1'),
    word(day, 1690, 1760, 0.6, '1.2.1'), word('tháng', 1780, 1900, 0.95, '1.2.1'), word(month, 1920, 1990, 0.6, '1.2.1'),
    word('năm', 2010, 2100, 0.95, '1.2.1'), word('2025', 2110, 2230, 0.95, '1.2.1'),
  ];
}

async function settle(t: [string, string, string], p: [string, string, string], h: [string, string, string], hConfidence = 0.95, signed: Array<{ month: number; day: number }> = []) {
  const reports: BlankReport[] = [];
  await rereadBlanks(header(...t), page, engine, { digitReader: scripted(p), handReader: scripted(h, hConfidence), reports, signed });
  return Object.fromEntries(reports.map((r) => [r.kind, r]));
}

describe('reconciling three readings of a blank', () => {
  it('is sure only when every reader read the same digits', async () => {
    const all = await settle(['660', '31', '10'], ['660', '31', '10'], ['660', '31', '10']);
    expect([all.number!.value, all.number!.confidence, all.number!.unsure]).toEqual(['660', BLANK_CONFIDENCE.agree, false]);
  });

  it('keeps two print readings that agree unsure when the handwriting model read other digits', async () => {
    const r = await settle(['660', '31', '10'], ['660', '31', '10'], ['860', '31', '10']);
    expect(r.number!.value).toBe('660');
    expect(r.number!.confidence).toBeLessThan(0.9);
    expect(r.number!.unsure).toBe(true);
  });

  it('keeps the first digit both print readers lost when the handwriting model saw it, unsurely', async () => {
    const r = await settle(['5', '31', '10'], ['5', '31', '10'], ['15', '31', '10']);
    expect([r.number!.value, r.number!.confidence]).toEqual(['15', BLANK_CONFIDENCE.endAgrees]);
  });

  it('settles a disagreement with the reading the handwriting model repeats, short of sure', async () => {
    const r = await settle(['280', '24', '10'], ['80', '31', '10'], ['280', '31', '10']);
    expect([r.number!.value, r.number!.confidence, r.number!.unsure]).toEqual(['280', BLANK_CONFIDENCE.twoOfThree, false]);
    expect([r.day!.value, r.day!.confidence]).toEqual(['31', BLANK_CONFIDENCE.twoOfThree]);
  });

  it('keeps a first digit one reader saw where the two others lost it at the label, unsurely', async () => {
    const r = await settle(['280', '5', '10'], ['280', '15', '10'], ['280', '5', '10']);
    expect([r.day!.value, r.day!.confidence, r.day!.unsure]).toEqual(['15', BLANK_CONFIDENCE.endAgrees, true]);
  });

  it('keeps only one lost first digit, and takes a month’s 05 for the same 5 (review13b)', async () => {
    // Tesseract's 05 is the hand reader's 5: two of three agree, no digit was lost.
    const month = await settle(['280', '15', '05'], ['280', '15', ''], ['280', '15', '5']);
    expect([month.month!.value.replace(/^0/, ''), month.month!.unsure]).toEqual(['5', false]);
    // Two digits before the agreed reading are no lost first digit.
    const day = await settle(['280', '5', '10'], ['280', '125', '10'], ['280', '5', '10']);
    expect(day.day?.value).not.toBe('125');
  });

  it('lets a hesitant handwriting reading neither settle nor overrule, and a signature still settle the day', async () => {
    const hesitant = await settle(['280', '24', '10'], ['80', '31', '10'], ['280', '31', '10'], 0.6, [{ month: 10, day: 31 }]);
    expect(hesitant.number!.confidence).toBeLessThan(BLANK_CONFIDENCE.twoOfThree);
    expect([hesitant.day!.value, hesitant.day!.confidence]).toEqual(['31', BLANK_CONFIDENCE.signatureAgrees]);
    const ignored = await settle(['660', '31', '10'], ['660', '31', '10'], ['860', '31', '10'], 0.3);
    expect(ignored.number!.confidence).toBe(BLANK_CONFIDENCE.agree);
  });

  it('never gives a value 0.9 or more unless every reader that read it agreed', async () => {
    const cases: Array<[string, string, string]> = [['660', '860', '660'], ['660', '660', '860'], ['', '660', '660'], ['660', '', '660'], ['66', '660', '660']];
    for (const [t, p, h] of cases) {
      const r = await settle([t, '31', '10'], [p, '31', '10'], [h, '31', '10']);
      expect(r.number?.confidence ?? 0).toBeLessThan(0.9);
    }
  });
});
