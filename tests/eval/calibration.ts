import type { VanbanRecord } from '../../pipeline/core/record.js';
import { canonicalNumber } from '../../pipeline/core/text/number.js';
import { keyOf, type Gold } from './score.js';

/**
 * Does confidence mean something? Every value the extraction gives, with its confidence and
 * whether it is right (soft match, as the scores), so the eval can print a reliability table
 * (confidence bins → share right), the expected calibration error per field, the threshold above
 * which values are right at least 98% of the time, and how the record's `review` flags fare.
 */

export interface Outcome {
  field: string;
  /** `ocr` when the document's text came from OCR, else `text`: each is calibrated on its own. */
  source: 'ocr' | 'text';
  confidence: number;
  correct: boolean;
  review: boolean;
  reason: string | null;
}

/** The fields whose values carry a confidence, as the reliability table names them. */
export const CALIBRATED_FIELDS = ['docType', 'number', 'place', 'date', 'issuer', 'title', 'signer', 'archive', 'citations', 'tasks'] as const;

const same = (gold: string | null | undefined, got: string) => gold != null && gold !== '' && keyOf(gold, 'soft') === keyOf(got, 'soft');

/** Each value of `record` that has a confidence, judged against the gold. */
export function outcomes(gold: Gold, record: VanbanRecord): Outcome[] {
  const out: Outcome[] = [];
  const push = (field: string, value: { confidence: number; review?: boolean; reason?: string } | null | undefined, correct: boolean) => {
    if (value) out.push({ field, source: record.source.ocr ? 'ocr' : 'text', confidence: value.confidence, correct, review: value.review ?? false, reason: value.reason ?? null });
  };
  // Fields a gold file does not have (task labels only) judge nothing.
  const { docType, number, place, date, issuer, title, signer, archive } = gold.docType === undefined ? ({} as Partial<VanbanRecord>) : record;
  if (docType) push('docType', docType, same(gold.docType, docType.code));
  if (number) push('number', number, !!gold.number && same(`${gold.number.seq ?? ''}/${gold.number.symbol}`, `${number.seq ?? ''}/${number.symbol}`));
  if (place) push('place', place, same(gold.place, place.value));
  if (date) push('date', date, !!gold.date && gold.date.year === date.year && gold.date.month === date.month && gold.date.day === date.day);
  if (issuer) push('issuer', issuer, same(gold.issuer?.name, issuer.name));
  if (title) push('title', title, same(gold.title, title.value));
  if (signer?.name) push('signer', signer, same(gold.signer?.name, signer.name));
  if (archive) push('archive', archive, same(gold.archive, archive.value));
  if (gold.citations && gold.citationsComplete !== false) {
    const key = (c: { number?: string | null; name?: string | null }) => (c.number ? keyOf(canonicalNumber(c.number), 'soft') : `law:${keyOf(c.name ?? '', 'soft')}`);
    const wanted = new Set(gold.citations.map(key));
    for (const c of record.citations) push('citations', c, wanted.has(key(c)));
  }
  if (gold.tasks) {
    const key = (t: { section: string; lead: string[] }) => `${t.section}|${t.lead.map((l) => keyOf(l, 'soft')).sort().join(';')}`;
    const wanted = new Set(gold.tasks.map(key));
    for (const t of record.tasks) push('tasks', t, wanted.has(key(t)));
  }
  // Recipients and addressees carry no confidence of their own; they are scored as lists only.
  return out;
}

export const BINS = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001];

export interface Bin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  shareCorrect: number;
}

export function reliability(values: Outcome[]): { bins: Bin[]; ece: number; n: number } {
  const bins: Bin[] = [];
  let ece = 0;
  for (let i = 0; i < BINS.length - 1; i++) {
    const inBin = values.filter((v) => v.confidence >= BINS[i]! && v.confidence < BINS[i + 1]!);
    if (inBin.length === 0) continue;
    const meanConfidence = inBin.reduce((s, v) => s + v.confidence, 0) / inBin.length;
    const shareCorrect = inBin.filter((v) => v.correct).length / inBin.length;
    bins.push({ from: BINS[i]!, to: Math.min(1, BINS[i + 1]!), n: inBin.length, meanConfidence, shareCorrect });
    ece += (inBin.length / values.length) * Math.abs(shareCorrect - meanConfidence);
  }
  return { bins, ece, n: values.length };
}

/**
 * The lowest confidence t such that the values at or above t are right at least `target` of the
 * time, or null when none is. Candidates are the confidences seen.
 */
export function thresholdFor(values: Outcome[], target = 0.98): number | null {
  const candidates = [...new Set(values.map((v) => v.confidence))].sort((a, b) => a - b);
  for (const t of candidates) {
    const above = values.filter((v) => v.confidence >= t);
    if (above.length === 0) break;
    if (above.filter((v) => v.correct).length / above.length >= target) return t;
  }
  return null;
}

/**
 * A calibration map for one field (histogram binning made monotone): the confidence bins, merged
 * where a lower bin is right more often than the one above it (pool adjacent violators), each
 * giving the share right of its values, smoothed towards one half by half a right and half a wrong
 * value (Jeffreys) so that a bin of three is not taken for certainty. `from` is the bin's lower edge; a raw
 * confidence takes the share of the last bin whose edge it reaches.
 */
export function calibrationMap(values: Outcome[]): Array<{ from: number; share: number; n: number }> {
  const blocks: Array<{ from: number; right: number; n: number }> = [];
  for (let i = 0; i < BINS.length - 1; i++) {
    const inBin = values.filter((v) => v.confidence >= BINS[i]! && v.confidence < BINS[i + 1]!);
    if (inBin.length === 0) continue;
    blocks.push({ from: BINS[i]!, right: inBin.filter((v) => v.correct).length, n: inBin.length });
    // Pool with the block below while it is right more often than this one.
    while (blocks.length > 1) {
      const [below, top] = blocks.slice(-2) as [typeof blocks[number], typeof blocks[number]];
      if (below.right / below.n < top.right / top.n) break;
      blocks.splice(-2, 2, { from: below.from, right: below.right + top.right, n: below.n + top.n });
    }
  }
  // Smoothing can put a small block over a larger one above it: the map never goes down.
  let floor = 0;
  return blocks.map((b) => {
    floor = Math.max(floor, Math.round(((b.right + 0.5) / (b.n + 1)) * 1000) / 1000);
    return { from: b.from, share: floor, n: b.n };
  });
}
