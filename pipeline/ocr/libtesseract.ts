import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { GrayImage } from './prepare.js';

/**
 * The native engine inside vanban's process: libtesseract, the library the Debian `tesseract`
 * command runs, called through koffi (an FFI package from npm with its binaries prebuilt in it).
 * The command loads the model again for every image it is given (about 0.13 CPU-s: every page,
 * and every region read again — the handwritten blanks, the trích yếu, the signature block),
 * which a handle kept across images loads once per thread. The same library with the same
 * settings gives the same TSV, byte for byte (tests/pipeline/ocr/libtesseract.test.ts).
 *
 * Each reading runs on a thread of libuv's pool (koffi's asynchronous calls), shared by every
 * thread of the process and by its file reads: it is used only when that pool has a thread to
 * spare beside one reading per core (4 threads unless `UV_THREADPOOL_SIZE` says more at start).
 * Where it has not, where koffi or the library cannot be loaded, where the library is not the
 * command's version, or where OpenMP in this process would run more than one thread,
 * `LibTesseract.load` gives the reason and the command is run as before.
 * `VANBAN_LIBTESSERACT=off` keeps to the command.
 */

/** The command's settings, which the library is given the same way: page segmentation mode, the alphabet, the resolution. */
export interface LibTesseractJob {
  image: GrayImage;
  pageSegmentation: string;
  alphabet?: string;
  /** Recognition stops past this many milliseconds (Tesseract's own deadline, as the command's). */
  deadlineMs: number;
}

export interface LibTesseractResult {
  tsv: string;
  /** The job ran past its deadline (its reading is cut short). */
  overran: boolean;
}

type Fn = ((...args: unknown[]) => unknown) & { async(...args: unknown[]): void };
interface Koffi {
  load(path: string): { func(signature: string): Fn };
  decode(pointer: unknown, type: string, length: number): string;
}

/** OpenMP's thread limit for this process: set before libtesseract loads libgomp, which reads it once. */
const ONE_THREAD = '1';
const KOFFI_PACKAGE = 'koffi';
const LIBRARY = 'libtesseract.so.5';
/**
 * Leptonica (Tesseract's image library) prints its complaints straight to the process's stderr
 * (`Error in pixScanForForeground: invalid box`), among the batch's JSON log; the command's were
 * read and dropped. Severity 6 (`L_SEVERITY_NONE`) prints none.
 */
const LEPTONICA = 'liblept.so.5';
const NO_MESSAGES = 6;
/** libuv's thread pool without `UV_THREADPOOL_SIZE`. */
const DEFAULT_POOL = 4;
/** Tesseract's engine mode `--oem 1`: the LSTM recognizer alone. */
const LSTM_ONLY = 1;

export class LibTesseract {
  private readonly free: unknown[] = [];

  private constructor(
    private readonly koffi: Koffi,
    private readonly fn: Record<'create' | 'init' | 'setVariable' | 'setPsm' | 'setImage' | 'recognize' | 'tsv' | 'deleteText' | 'clear' | 'end' | 'remove' | 'monitor' | 'deadline' | 'removeMonitor', Fn>,
  ) {}

  /** Loads koffi and the library for this thread; the reason when it cannot be used in place of the command `version`. */
  static load(commandVersion: string): LibTesseract | Error {
    if (process.env.VANBAN_LIBTESSERACT === 'off') return new Error('turned off (VANBAN_LIBTESSERACT=off)');
    const pool = Number(process.env.UV_THREADPOOL_SIZE) || DEFAULT_POOL;
    if (pool <= availableParallelism()) return new Error(`libuv's pool has ${pool} threads for ${availableParallelism()} cores (UV_THREADPOOL_SIZE)`);
    try {
      const koffi = createRequire(import.meta.url)(KOFFI_PACKAGE) as Koffi;
      const libc = koffi.load('libc.so.6');
      // The environment libgomp reads when it is loaded (process.env in a worker thread is a copy
      // that never reaches the C library): one thread, as the command is run.
      libc.func('int setenv(const char *, const char *, int)')('OMP_THREAD_LIMIT', ONE_THREAD, 1);
      const lib = koffi.load(LIBRARY);
      const version = String(lib.func('const char *TessVersion()')());
      if (version !== commandVersion) return new Error(`${LIBRARY} is version ${version}, the command ${commandVersion}`);
      const threads = Number(koffi.load('libgomp.so.1').func('int omp_get_thread_limit()')());
      if (threads !== Number(ONE_THREAD)) return new Error(`OpenMP was loaded before with up to ${threads} threads`);
      koffi.load(LEPTONICA).func('int setMsgSeverity(int)')(NO_MESSAGES);
      return new LibTesseract(koffi, {
        create: lib.func('void *TessBaseAPICreate()'),
        init: lib.func('int TessBaseAPIInit2(void *, const char *, const char *, int)'),
        setVariable: lib.func('int TessBaseAPISetVariable(void *, const char *, const char *)'),
        setPsm: lib.func('void TessBaseAPISetPageSegMode(void *, int)'),
        setImage: lib.func('void TessBaseAPISetImage(void *, const uint8_t *, int, int, int, int)'),
        recognize: lib.func('int TessBaseAPIRecognize(void *, void *)'),
        tsv: lib.func('void *TessBaseAPIGetTsvText(void *, int)'),
        deleteText: lib.func('void TessDeleteText(void *)'),
        clear: lib.func('void TessBaseAPIClear(void *)'),
        end: lib.func('void TessBaseAPIEnd(void *)'),
        remove: lib.func('void TessBaseAPIDelete(void *)'),
        monitor: lib.func('void *TessMonitorCreate()'),
        deadline: lib.func('void TessMonitorSetDeadlineMSecs(void *, int)'),
        removeMonitor: lib.func('void TessMonitorDelete(void *)'),
      });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** A handle with the Vietnamese model loaded and the command's fixed settings. */
  private handle(): unknown {
    const reused = this.free.pop();
    if (reused) return reused;
    const api = this.fn.create();
    if (this.fn.init(api, null, 'vie', LSTM_ONLY) !== 0) {
      this.fn.remove(api);
      throw new Error('libtesseract could not load the Vietnamese model (tesseract-ocr-vie)');
    }
    // As the command is run (engines.ts): no line read again inverted; Tesseract's chatter goes nowhere.
    this.fn.setVariable(api, 'tessedit_do_invert', '0');
    this.fn.setVariable(api, 'debug_file', '/dev/null');
    return api;
  }

  /**
   * Reads one image on a handle of its own (a free one, or a new one: at most as many as jobs run
   * at once, which the engine bounds), off the event loop (koffi runs the call on libuv's pool).
   */
  async recognize(job: LibTesseractJob): Promise<LibTesseractResult> {
    const api = this.handle();
    const monitor = this.fn.monitor();
    try {
      const { image } = job;
      this.fn.setPsm(api, Number(job.pageSegmentation));
      this.fn.setVariable(api, 'tessedit_char_whitelist', job.alphabet ?? '');
      this.fn.setVariable(api, 'user_defined_dpi', String(image.dpi));
      // The pixels are copied into Tesseract's own image here.
      this.fn.setImage(api, image.data, image.width, image.height, 1, image.width);
      this.fn.deadline(monitor, job.deadlineMs);
      const started = performance.now();
      await new Promise<void>((resolve, reject) => this.fn.recognize.async(api, monitor, (error: unknown) => (error ? reject(error) : resolve())));
      const overran = performance.now() - started >= job.deadlineMs;
      const text = this.fn.tsv(api, 0);
      try {
        return { tsv: text ? this.koffi.decode(text, 'char', -1) : '', overran };
      } finally {
        if (text) this.fn.deleteText(text);
      }
    } finally {
      this.fn.removeMonitor(monitor);
      this.fn.clear(api);
      this.free.push(api);
    }
  }

  /** Frees every idle handle (the model with it). */
  close(): void {
    for (const api of this.free.splice(0)) {
      this.fn.end(api);
      this.fn.remove(api);
    }
  }
}
