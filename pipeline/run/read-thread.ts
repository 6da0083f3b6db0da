import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import type { RawDocument } from '../core/model.js';
import { DEFAULT_MAX_FILE_BYTES, loadFile } from '../read/index.js';
import { closeOcrEngines } from './ocr-engines.js';
import { readDocument, type ReadStageOptions } from './read-stage.js';

/**
 * The thread that reads one file (read → OCR) for `extractFile` (./one-file.ts) while the main
 * thread loads the later stages. Its error comes back as data: a thrown error loses its class and
 * `code` on its way across threads.
 */

export interface ReadTask extends ReadStageOptions {
  path: string;
  maxBytes?: number;
}

export type ReadResult = { ok: true; raw: RawDocument } | { ok: false; code: string | null; message: string };

async function read(task: ReadTask): Promise<ReadResult> {
  try {
    const buf = await loadFile(task.path, task.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
    return { ok: true, raw: await readDocument(buf, task.path, task) };
  } catch (error) {
    return { ok: false, code: error instanceof InputError ? error.code : null, message: error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort) {
  const result = await read(workerData as ReadTask);
  parentPort.postMessage(result);
  await closeOcrEngines();
}
