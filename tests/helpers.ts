import { extractRecord } from '../extractors/index.js';
import { normalizeDocument } from '../normalizers/index.js';
import type { Line, NormalizedDocument, RawDocument } from '../pipeline/core/model.js';
import { readBuffer } from '../pipeline/read/index.js';
import type { VanbanRecord } from '../pipeline/core/record.js';

/** A document model from plain text, as the text reader and normalizer build it. */
export async function docFromText(text: string): Promise<NormalizedDocument> {
  return normalizeDocument(await readBuffer(Buffer.from(text, 'utf8'), 'inline.txt'));
}

export async function recordFromText(text: string): Promise<VanbanRecord> {
  return extractRecord(await docFromText(text));
}

/**
 * Milliseconds of CPU this process spent on `work` (user + system). A bound on an algorithm's cost
 * is a bound on its work: wall time also counts the time the scheduler gave to other processes,
 * which a loaded machine (CI on two shared cores) stretches many times over.
 */
export function cpuMsOf(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * A one-page scan whose lines are written as text: `L|`/`R|` before a line put it in the left/right
 * column of the page (else it runs across), `?|` before a line read unsurely (OCR confidence 0.4, else 0.93).
 */
export function scannedPage(text: string, stamps: RawDocument['stamps'] = []): RawDocument {
  let start = 0;
  let rawText = '';
  const lines = text.split('\n').map((printed, y) => {
    let t = printed;
    let column: Line['column'] = 'full';
    let confidence = 0.93;
    for (;;) {
      if (t.startsWith('L|')) column = 'left';
      else if (t.startsWith('R|')) column = 'right';
      else if (t.startsWith('?|')) confidence = 0.4;
      else break;
      t = t.slice(2);
    }
    const line = { text: t, start, end: start + t.length, page: 1, x: 0, y, width: t.length, column, confidence };
    rawText += `${t}\n`;
    start += t.length + 1;
    return line;
  });
  return { source: { path: 'x.pdf', sha256: 'x', size: 1, format: 'pdf', pages: 1, ocr: true }, rawText, lines, needsOcr: false, stamps, messages: [] };
}
