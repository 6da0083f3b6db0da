import { extractRecord } from '../extractors/index.js';
import { normalizeDocument } from '../normalizers/index.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
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
