/**
 * A worker thread for engine-messages.test.ts: runs one task through the batch's worker while
 * something prints on stderr, as Tesseract does, and posts back what the task returned. Loaded
 * with require(), as piscina loads the batch's worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import processInWorker from '../../../pipeline/run/worker.js';

async function main(): Promise<void> {
  const task = processInWorker({ bytes: new TextEncoder().encode(workerData.text as string), path: 'kh.txt', ocr: 'off', readScans: false });
  process.stderr.write('Error in pixScanForForeground: no fg pixels found\n');
  const result = await task;
  parentPort!.postMessage({ ok: result.ok, ms: result.ms, engineMessages: result.engineMessages });
}

void main();
