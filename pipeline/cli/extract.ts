import { describeFailure } from '../core/errors.js';
import { closeOcrEngines, processFile, type OcrSetting } from '../run/index.js';
import { fail, lang, ocrSetting, t } from './common.js';
import { formatRecord } from './format-record.js';

/** `vanban extract FILE`: one file through every stage, its record printed (or as JSON). */
export async function extractCommand(file: string, opts: { json?: boolean; text: boolean; maxSize: number; ocr?: OcrSetting }): Promise<void> {
  const ocr = await ocrSetting(opts.ocr);
  try {
    const { record } = await processFile(file, { includeText: opts.text, maxBytes: opts.maxSize * 1048576, ocr });
    process.stdout.write(opts.json ? `${JSON.stringify(record, null, 2)}\n` : `${formatRecord(record, t)}\n`);
  } catch (error) {
    await closeOcrEngines();
    fail(describeFailure(file, error, lang));
  }
  await closeOcrEngines();
}
