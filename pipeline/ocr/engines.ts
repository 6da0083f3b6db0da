import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import vie from '@tesseract.js-data/vie';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { DEFAULT_PAGE_TIMEOUT_MS } from '../core/settings.js';
import { LibTesseract } from './libtesseract.js';
import { toPgm, type GrayImage } from './prepare.js';

/**
 * The OCR engines behind one interface. tesseract.js (WebAssembly, Vietnamese data from
 * `@tesseract.js-data/vie`, nothing downloaded) is the default and works from `npm ci` alone; the
 * Debian `tesseract` command with `tesseract-ocr-vie` may be chosen where it is installed. Both
 * answer in Tesseract's TSV, parsed by one function, so everything downstream is the same.
 */

export interface OcrWord {
  text: string;
  /** Box in image pixels. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** 0..1 */
  confidence: number;
  /** Tesseract's block.paragraph.line: words of one recognized line share it. */
  line: string;
  /**
   * A handwritten blank's value, settled from its readings (blanks.ts): its confidence says how
   * sure that value is, not that the word is a seal's or a signature's residue.
   */
  handwritten?: boolean;
}

/** The words of each recognized line (Tesseract's block.paragraph.line), left to right. */
export function linesOf(words: OcrWord[]): OcrWord[][] {
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) (lines.get(w.line) ?? lines.set(w.line, []).get(w.line)!).push(w);
  return [...lines.values()].map((line) => line.sort((a, b) => a.left - b.left));
}

export interface OcrPage {
  words: OcrWord[];
  /** Mean word confidence, 0..1 (0 for a page without words). */
  confidence: number;
}

/** How to read an image: a whole page (the default), or one line of a restricted alphabet. */
export interface RecognizeOptions {
  /** Read the image as one text line (a filled-in blank) instead of a page layout. */
  singleLine?: boolean;
  /** Read the image as one block of lines, without layout analysis (a region cut out of a page). */
  block?: boolean;
  /** Only these characters may be recognized (handwritten digits in a printed blank). */
  alphabet?: string;
  /** Measure the page's skew and straighten it first (tesseract.js; the native command finds lines on its own). */
  deskew?: boolean;
}

export interface OcrEngine {
  /** Name and version, reported in each record's `source.ocrEngine`. */
  readonly name: string;
  /**
   * The printed line height (`printedLineHeight`, pixels) this engine reads a page at without
   * loss, and the lowest resolution it is given: a page printed larger is scaled down to it for
   * the page pass. Unset: pages are read as prepared.
   */
  readonly printLineHeight?: { pixels: number; minDpi: number };
  recognize(image: GrayImage, options?: RecognizeOptions): Promise<OcrPage>;
  close(): Promise<void>;
}

export class OcrTimeoutError extends Error {
  constructor(seconds: number) {
    super(`OCR of the page took longer than ${seconds} s and was stopped`);
    this.name = 'OcrTimeoutError';
  }
}

/** Parses Tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf, text). */
export function parseTesseractTsv(tsv: string): OcrPage {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const text = cells.slice(11).join('\t').trim();
    const confidence = Number(cells[10]);
    if (!text || !(confidence >= 0)) continue;
    const [left, top, width, height] = cells.slice(6, 10).map(Number) as [number, number, number, number];
    words.push({ text, left, top, right: left + width, bottom: top + height, confidence: confidence / 100, line: `${cells[2]}.${cells[3]}.${cells[4]}` });
  }
  const confidence = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length : 0;
  return { words, confidence: Math.round(confidence * 1000) / 1000 };
}

/** Tesseract page segmentation: automatic layout for pages (the header's columns are blocks), one line for blanks, one block for a cut-out region. */
const pageSegmentation = (options: RecognizeOptions) => (options.singleLine ? '7' : options.block ? '6' : '3');

export interface TesseractJsOptions {
  /** Workers (each one recognizes one page at a time). Default: the number of cores. */
  workers?: number;
  /** A worker is replaced after this many pages (tesseract.js grows its memory over many images). */
  recycleAfter?: number;
  /** A page that takes longer is abandoned: its worker is stopped and a fresh one takes its place. */
  pageTimeoutMs?: number;
  /** `best_int` (LSTM only, smaller) or `standard` traineddata from @tesseract.js-data/vie. */
  model?: 'standard' | 'best_int';
}

interface Slot {
  worker: Promise<Worker> | null;
  pages: number;
  busy: boolean;
}

const require = createRequire(import.meta.url);
const TESSERACT_JS_VERSION = (require('tesseract.js/package.json') as { version: string }).version;

export { DEFAULT_PAGE_TIMEOUT_MS };
export const DEFAULT_RECYCLE_AFTER = 40;

export class TesseractJsEngine implements OcrEngine {
  readonly name = `tesseract.js ${TESSERACT_JS_VERSION}`;
  private readonly slots: Slot[];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private readonly recycleAfter: number;
  private readonly pageTimeoutMs: number;
  private readonly langPath: string;

  constructor(options: TesseractJsOptions = {}) {
    const size = Math.max(1, options.workers ?? availableParallelism());
    this.slots = Array.from({ length: size }, () => ({ worker: null, pages: 0, busy: false }));
    this.recycleAfter = options.recycleAfter ?? DEFAULT_RECYCLE_AFTER;
    this.pageTimeoutMs = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
    this.langPath = options.model === 'best_int' ? `${vie.langPath}_best_int` : vie.langPath;
  }

  private startWorker(): Promise<Worker> {
    return createWorker('vie', OEM.LSTM_ONLY, {
      langPath: this.langPath,
      gzip: true,
      // Never write a traineddata cache into the working directory.
      cacheMethod: 'none',
    });
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.pages = 0;
    if (worker) await worker.then((w) => w.terminate()).catch(() => undefined);
  }

  async recognize(image: GrayImage, options: RecognizeOptions = {}): Promise<OcrPage> {
    const slot = await this.acquire();
    try {
      if (slot.worker && slot.pages >= this.recycleAfter) await this.retire(slot);
      slot.worker ??= this.startWorker();
      const worker = await slot.worker;
      slot.pages++;
      // Set when the page is given up: its worker is then stopped, and a job that is still between
      // its two calls must not send the second to it (tesseract.js throws posting to a stopped worker).
      let givenUp = false;
      const job = (async () => {
        await worker.setParameters({
          tessedit_pageseg_mode: pageSegmentation(options) as never,
          tessedit_char_whitelist: options.alphabet ?? '',
          user_defined_dpi: String(image.dpi),
          // Tesseract's progress chatter ("Detected 864 diacritics") goes nowhere.
          debug_file: '/dev/null',
        });
        if (givenUp) throw new OcrTimeoutError(Math.round(this.pageTimeoutMs / 1000));
        return worker.recognize(toPgm(image), { rotateAuto: !!options.deskew && !options.singleLine && !options.block }, { tsv: true, text: false, blocks: false } as never);
      })();
      let timer: NodeJS.Timeout | undefined;
      const overrun = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError(Math.round(this.pageTimeoutMs / 1000))), this.pageTimeoutMs);
      });
      try {
        const result = await Promise.race([job, overrun]);
        return parseTesseractTsv(result.data.tsv ?? '');
      } catch (error) {
        givenUp = true;
        job.catch(() => undefined); // the stopped worker's job rejects too; nobody waits for it
        // A stopped or crashed worker is never reused.
        await this.retire(slot);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }
}

/** The Debian `tesseract` command, when installed with Vietnamese data; null otherwise. */
export function nativeTesseractVersion(): string | null {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  if (langs.status !== 0 || !/^vie$/m.test(langs.stdout)) return null;
  const version = spawnSync('tesseract', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return /tesseract\s+(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? 'unknown';
}

/**
 * The native engine: libtesseract in this process where it can be loaded (libtesseract.ts: the
 * model loaded once per thread instead of once per image, the same readings), else the command,
 * one process per image; one thread each (`OMP_THREAD_LIMIT=1`: with its default threads it takes
 * about three times the CPU for the same output), and at most one image per core at a time
 * (`workers`, default the number of cores; one in a worker thread of the batch pool, which already
 * runs one thread per core).
 */
export class NativeTesseractEngine implements OcrEngine {
  readonly name: string;
  /**
   * 13-point print at 240 dpi at the least (Tesseract's LSTM reads each line scaled to 36 pixels
   * anyway): 17% less recognition time, but header fields lost on the office pool's scans, so
   * `PREPARATION.fitPrint` is off (README, "Scans: OCR").
   */
  readonly printLineHeight = NATIVE_PRINT_LINE_HEIGHT;
  private readonly pageTimeoutMs: number;
  private readonly processes: number;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly version: string;
  /** The library in this process, loaded on the first image; the reason it is not used otherwise. */
  private library: LibTesseract | Error | undefined;

  /** `command: true` runs the command for every image, never the library. */
  constructor(version: string, options: { pageTimeoutMs?: number; workers?: number; command?: boolean } = {}) {
    this.name = `tesseract ${version}`;
    this.version = version;
    if (options.command) this.library = new Error('the command asked for');
    this.pageTimeoutMs = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
    this.processes = Math.max(1, options.workers ?? availableParallelism());
  }

  async recognize(image: GrayImage, options: RecognizeOptions = {}): Promise<OcrPage> {
    // A finished page hands its slot straight to the next one waiting.
    if (this.running >= this.processes) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await this.run(image, options);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Whether images are read by the library in this process (loading it on the first call), not by the command. */
  inProcess(): boolean {
    this.library ??= LibTesseract.load(this.version);
    return this.library instanceof LibTesseract;
  }

  private async run(image: GrayImage, options: RecognizeOptions): Promise<OcrPage> {
    if (!this.inProcess()) return this.runCommand(image, options);
    const { tsv, overran } = await (this.library as LibTesseract).recognize({ image, pageSegmentation: pageSegmentation(options), alphabet: options.alphabet, deadlineMs: this.pageTimeoutMs });
    if (overran) throw new OcrTimeoutError(Math.round(this.pageTimeoutMs / 1000));
    return parseTesseractTsv(tsv);
  }

  private runCommand(image: GrayImage, options: RecognizeOptions): Promise<OcrPage> {
    const alphabet = options.alphabet ? ['-c', `tessedit_char_whitelist=${options.alphabet}`] : [];
    // No line is tried again inverted (white on black) when read unsurely: official documents are
    // dark print on light paper, and the second try cost time on every weak line (seals, pens).
    const args = ['stdin', 'stdout', '-l', 'vie', '--oem', '1', '--psm', pageSegmentation(options), '--dpi', String(image.dpi), '-c', 'tessedit_do_invert=0', ...alphabet, 'tsv'];
    return new Promise((resolve, reject) => {
      // One thread per process: the pool around vanban already uses every core.
      const child = spawn('tesseract', args, {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        timeout: this.pageTimeoutMs,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        if (signal) return reject(new OcrTimeoutError(Math.round(this.pageTimeoutMs / 1000)));
        if (code !== 0) return reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString().trim().split('\n').pop()}`));
        resolve(parseTesseractTsv(Buffer.concat(out).toString('utf8')));
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(toPgm(image));
    });
  }

  async close(): Promise<void> {
    if (this.library instanceof LibTesseract) this.library.close();
  }
}

/** The line height and lowest resolution the native command reads pages at (see `printLineHeight`). */
export const NATIVE_PRINT_LINE_HEIGHT = { pixels: 26, minDpi: 240 };

export type OcrEngineChoice = 'tesseract.js' | 'native' | 'auto';

/** Builds the engine asked for: `auto` takes the native command when installed, tesseract.js otherwise. */
export function createOcrEngine(choice: OcrEngineChoice = 'tesseract.js', options: TesseractJsOptions = {}): OcrEngine {
  if (choice !== 'tesseract.js') {
    const version = nativeTesseractVersion();
    if (version) return new NativeTesseractEngine(version, options);
    if (choice === 'native') throw new Error('the tesseract command with Vietnamese data (Debian: tesseract-ocr-vie) is not installed');
  }
  return new TesseractJsEngine(options);
}
