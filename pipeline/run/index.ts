/**
 * The runners: one file through every stage (`processFile`), the batch (`ingest`), the inbox
 * (`watchInbox`), and the settings the CLI passes to them. The CLI reaches the stages only here.
 * (`extractDocument`, the stages after reading, is synchronous and used only by the eval and tests,
 * which import ./stages.js themselves.)
 */
export type { ProcessedDocument, StageOptions } from './stages.js';
export { createReporter, type LogFormat, type Reporter } from './progress.js';
export { DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, defaultOcrSetting, defaultThreads, OCR_SETTINGS } from '../core/settings.js';
import type { OcrSetting } from '../ocr/index.js';
import { lazyModule } from '../core/lazy.js';

export type { OcrSetting };
export type { FileProcessor } from './ingest.js';
/** The many-machines batch (BullMQ): loaded on demand, so commands that do not use it never load it. */
export const loadCluster = () => import('./cluster/index.js');

// The batch (worker pool), the inbox (chokidar) and OCR load when first used, not with this module:
// `vanban extract` of a text file loads neither (issue 23: start time).

// The stages (readers, normalizers, extractors and their patterns) too: a batch's main thread hands
// files to worker threads and never runs them (~0.1 CPU-s of modules in every `vanban ingest`).
// A failed import (EMFILE in a long `watch`) is not kept: the next file tries again.
const stagesModule = lazyModule(() => import('./stages.js'));
const loadStages = stagesModule.get;

/** read → OCR → normalize → extract for one file: see ./stages.ts. */
export async function processFile(...args: Parameters<typeof import('./stages.js').processFile>): ReturnType<typeof import('./stages.js').processFile> {
  return (await loadStages()).processFile(...args);
}

/** The same stages for a file already in memory. */
export async function processBuffer(...args: Parameters<typeof import('./stages.js').processBuffer>): ReturnType<typeof import('./stages.js').processBuffer> {
  return (await loadStages()).processBuffer(...args);
}

/** read → OCR: the raw document. */
export async function readDocument(...args: Parameters<typeof import('./stages.js').readDocument>): ReturnType<typeof import('./stages.js').readDocument> {
  return (await loadStages()).readDocument(...args);
}

/** Stops this thread's OCR workers, if the stages ever started them (a stages module that failed to load started none). */
export async function closeOcrEngines(): Promise<void> {
  const stages = await stagesModule.loaded()?.catch(() => undefined);
  if (stages) await stages.closeOcrEngines();
}

/** The nightly batch: see ./ingest.ts. */
export async function ingest(...args: Parameters<typeof import('./ingest.js').ingest>): ReturnType<typeof import('./ingest.js').ingest> {
  return (await import('./ingest.js')).ingest(...args);
}

/** The inbox: see ./watch.ts. */
export async function watchInbox(...args: Parameters<typeof import('./watch.js').watchInbox>): ReturnType<typeof import('./watch.js').watchInbox> {
  return (await import('./watch.js')).watchInbox(...args);
}

/** Why an OCR setting cannot be used here (`native` without the command), or null. */
export async function ocrSettingProblem(setting: OcrSetting): Promise<string | null> {
  if (setting !== 'native') return null;
  return (await import('../ocr/index.js')).ocrSettingProblem(setting);
}
export type { PageView } from '../ocr/page-view.js';

/** A page drawn for the web page (pdf.js and canvas load on first use). */
export async function renderPageView(...args: Parameters<typeof import('../ocr/page-view.js').renderPageView>): ReturnType<typeof import('../ocr/page-view.js').renderPageView> {
  return (await import('../ocr/page-view.js')).renderPageView(...args);
}

/** Each page's size in points. */
export async function pageSizes(...args: Parameters<typeof import('../ocr/page-view.js').pageSizes>): ReturnType<typeof import('../ocr/page-view.js').pageSizes> {
  return (await import('../ocr/page-view.js')).pageSizes(...args);
}

/** A DOCX as HTML (mammoth loads on first use). */
export async function docxToHtml(...args: Parameters<typeof import('../read/docx-html.js').docxToHtml>): ReturnType<typeof import('../read/docx-html.js').docxToHtml> {
  return (await import('../read/docx-html.js')).docxToHtml(...args);
}
export { reviewedDocumentKey } from '../link/index.js';
