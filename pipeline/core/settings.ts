import { availableParallelism } from 'node:os';

/**
 * Defaults and choices the command line shows in its help. They live here, apart from the stages
 * that use them, so `vanban --help` is printed without loading a reader, OCR or the database.
 */

/** Files larger than this are refused before they are read (configurable per run). */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The per-file time limit of the batch and the inbox. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** An OCR engine's time limit for one page (the batch also sizes a scan's file limit by it). */
export const DEFAULT_PAGE_TIMEOUT_MS = 60_000;

/** `off` leaves scans as `needs-ocr`; otherwise which engine reads them. */
export const OCR_SETTINGS = ['tesseract.js', 'native', 'auto', 'off'] as const;

/** The setting from `VANBAN_OCR`, else tesseract.js. */
export function defaultOcrSetting(): (typeof OCR_SETTINGS)[number] {
  const fromEnv = process.env.VANBAN_OCR as (typeof OCR_SETTINGS)[number] | undefined;
  return fromEnv && OCR_SETTINGS.includes(fromEnv) ? fromEnv : 'tesseract.js';
}

/** Worker threads by default: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}
