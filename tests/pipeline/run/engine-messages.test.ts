import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../fixtures.js';

/**
 * What OCR engines print on stderr (Tesseract's "Error in pixScanForForeground…") is caught in the
 * worker thread and returned with the file it was printed for, so the batch logs it as a JSON line
 * naming the file instead of mixing raw lines into its log.
 */

describe('engine messages', () => {
  it('are caught in the worker thread and returned with the file being processed', async () => {
    const worker = new Worker('require(require("node:worker_threads").workerData.entry)', {
      eval: true,
      workerData: { text: SEED_TEXT, entry: join(import.meta.dirname, 'engine-worker.ts') },
      execArgv: ['--require', createRequire(import.meta.url).resolve('tsx/cjs')],
      stderr: true,
    });
    let leaked = '';
    worker.stderr.on('data', (b: Buffer) => (leaked += b.toString()));
    const result = await new Promise<{ ok: boolean; ms: number; engineMessages: string[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(result.ok).toBe(true);
    expect(result.engineMessages).toEqual(['Error in pixScanForForeground: no fg pixels found']);
    expect(typeof result.ms).toBe('number');
    expect(leaked).toBe('');
  });
});
