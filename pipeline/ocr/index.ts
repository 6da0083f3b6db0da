import { isMainThread } from 'node:worker_threads';
import { OCR_SETTINGS as CHOICES } from '../core/settings.js';
import { createOcrEngine, nativeTesseractVersion, type OcrEngine, type OcrEngineChoice } from './engines.js';

export { ocrDocument } from './read-scan.js';
export { createOcrEngine, type OcrEngine, type OcrEngineChoice } from './engines.js';

/** `off` leaves scans as `needs-ocr`; otherwise which engine reads them. */
export type OcrSetting = OcrEngineChoice | 'off';

export const OCR_SETTINGS: readonly OcrSetting[] = CHOICES;

export { defaultOcrSetting } from '../core/settings.js';

/** Why a setting cannot be used on this machine (`native` without the command), or null. */
export function ocrSettingProblem(setting: OcrSetting): string | null {
  if (setting !== 'native' || nativeTesseractVersion()) return null;
  return '--ocr native needs the tesseract command with Vietnamese data (Debian: apt-get install tesseract-ocr-vie); use --ocr tesseract.js or auto.';
}

const engines = new Map<OcrEngineChoice, OcrEngine>();

/**
 * One engine per setting per thread, started on the first scan. In a worker thread of the batch
 * pool it has one OCR worker (the pool is already sized to the cores); on the main thread, one per core.
 */
export function sharedOcrEngine(choice: OcrEngineChoice): OcrEngine {
  let engine = engines.get(choice);
  if (!engine) {
    engine = createOcrEngine(choice, isMainThread ? {} : { workers: 1 });
    engines.set(choice, engine);
  }
  return engine;
}

/** Stops this thread's OCR workers (they would keep the process alive). */
export async function closeOcrEngines(): Promise<void> {
  const open = [...engines.values()];
  engines.clear();
  await Promise.all(open.map((e) => e.close()));
}
