/**
 * The runners: one file through every stage (`processFile`), the batch (`ingest`), the inbox
 * (`watchInbox`), and the settings the CLI passes to them. The CLI reaches the stages only here.
 */
export { processFile, processBuffer, type ProcessedDocument, type StageOptions } from './stages.js';
export { ingest } from './ingest.js';
export { watchInbox } from './watch.js';
export { DEFAULT_TIMEOUT_MS, defaultThreads } from './processor.js';
export { createReporter, type LogFormat } from './progress.js';
export { DEFAULT_MAX_FILE_BYTES } from '../read/index.js';
export { closeOcrEngines, defaultOcrSetting, OCR_SETTINGS, ocrSettingProblem, type OcrSetting } from '../ocr/index.js';
export { pageSizes, renderPageView, type PageView } from '../ocr/page-view.js';
export { docxToHtml } from '../read/docx-html.js';
export { reviewedDocumentKey } from '../link/index.js';
