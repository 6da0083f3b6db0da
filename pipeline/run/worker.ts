import { failureCode } from '../core/errors.js';
import type { OcrSetting } from '../ocr/index.js';
import type { VanbanRecord } from '../core/record.js';
import { processBuffer } from './stages.js';

/**
 * The worker-thread side of the processor: read → normalize → extract for one file already in
 * memory. Errors come back as data, because a thrown error loses its class and `code` on its way
 * across threads.
 */

export interface WorkerTask {
  bytes: Uint8Array;
  path: string;
  ocr: OcrSetting;
  /** False: a scan comes back `needs-ocr` (the first, quick pass); true: its pages are read. */
  readScans: boolean;
}

export type WorkerResult =
  | { ok: true; record: VanbanRecord; text: string }
  | { ok: false; code: string; message: string; internal: boolean };

export default async function processInWorker({ bytes, path, ocr, readScans }: WorkerTask): Promise<WorkerResult> {
  try {
    const { record, document } = await processBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, { includeText: false, ocr, readScans });
    return { ok: true, record, text: document.text };
  } catch (error) {
    const code = failureCode(error);
    return { ok: false, code, message: error instanceof Error ? error.message : String(error), internal: code === 'internal' };
  }
}
