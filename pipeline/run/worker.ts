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
  /** The content's SHA-256, computed once by the main thread when it loaded the file. */
  sha256?: string;
}

/** What every result carries besides its outcome: time spent in this thread, and what the engines printed meanwhile. */
interface WorkerTrace {
  /** Milliseconds this thread spent on the file (queue wait excluded). */
  ms: number;
  /** Lines the engines printed on stderr while the file was processed (Tesseract's "Error in pixScanForForeground…"). */
  engineMessages: string[];
}

export type WorkerResult = WorkerTrace &
  ({ ok: true; record: VanbanRecord; text: string } | { ok: false; code: string; message: string; internal: boolean });

/**
 * Engines (tesseract.js's own threads, whose output Node pipes into this thread's stderr) print on
 * stderr; in a worker thread those lines are caught here and returned with the file being
 * processed (one file per thread at a time), so the batch logs them with the file's name instead
 * of mixing raw lines into its JSON log.
 */
const caught: string[] = [];
let partial = '';
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  partial += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const lines = partial.split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) if (line.trim() && caught.length < 200) caught.push(line.trim());
  const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  callback?.();
  return true;
}) as typeof process.stderr.write;

async function drainEngineMessages(): Promise<string[]> {
  // Lines from the engine's threads arrive through a message port: let those in flight land.
  await new Promise((resolve) => setImmediate(resolve));
  if (partial.trim()) caught.push(partial.trim());
  partial = '';
  return caught.splice(0);
}

export default async function processInWorker({ bytes, path, ocr, readScans, sha256 }: WorkerTask): Promise<WorkerResult> {
  const started = performance.now();
  caught.length = 0;
  try {
    const { record, document } = await processBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, { includeText: false, ocr, readScans, sha256 });
    return { ok: true, record, text: document.text, ms: Math.round(performance.now() - started), engineMessages: await drainEngineMessages() };
  } catch (error) {
    const code = failureCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code, message, internal: code === 'internal', ms: Math.round(performance.now() - started), engineMessages: await drainEngineMessages() };
  }
}
