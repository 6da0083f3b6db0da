import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import type { RawDocument } from '../core/model.js';
import { packagePath } from '../core/paths.js';
import { sharedLanguageModel } from '../core/text/language-model.js';
import type { ProcessedDocument, StageOptions } from './stages.js';
import type { ReadResult, ReadTask } from './read-thread.js';

/**
 * One file through every stage in a process that has loaded none of them yet (`vanban extract`,
 * issue 23: start time). Reading (pdf.js, the reader's first document) and loading the normalizers
 * and extractors are each about a third of such a run and need nothing from each other: the file
 * is read on a second thread while this one loads the later stages, then normalized and extracted
 * here. The record is the one `processFile` gives.
 */
export async function extractFile(path: string, options: StageOptions & { maxBytes?: number } = {}): Promise<ProcessedDocument> {
  // Without the compiled thread (sources never built), the file is read on this thread.
  if (!existsSync(THREAD_FILE)) return (await import('./stages.js')).processFile(path, options);
  const raw = readOnThread({ path, maxBytes: options.maxBytes, ocr: options.ocr, readScans: options.readScans });
  let read = false;
  // A failed read is reported when awaited below, after the stages have loaded, not as unhandled.
  raw.then(
    () => (read = true),
    () => (read = true),
  );
  const { extractDocument } = await import('./stages.js');
  // Still reading: the language model the normalizers use first is loaded meanwhile.
  if (!read) sharedLanguageModel();
  return extractDocument(await raw, options);
}

/** The compiled thread (`npm run build`), also when this module runs from the sources, as the batch's workers (./processor.ts). */
const THREAD_FILE = import.meta.url.endsWith('.js') ? new URL('./read-thread.js', import.meta.url) : pathToFileURL(packagePath('dist/pipeline/run/read-thread.js'));

function readOnThread(task: ReadTask): Promise<RawDocument> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD_FILE, { workerData: task });
    worker.once('message', (result: ReadResult) => {
      if (result.ok) resolve(result.raw);
      else reject(result.code === null ? new Error(result.message) : new InputError(result.code, result.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reading thread stopped (exit code ${code}) before it read the file.`)));
  });
}
