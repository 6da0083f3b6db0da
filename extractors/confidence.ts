import { BODY_CODES } from '../data/bodies.js';
import { CALIBRATION, EVIDENCE_SHARE_RIGHT, REVIEW_THRESHOLDS, type ThresholdField } from '../data/review-thresholds.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { DateField, ExtractedFields, IssuerField, NumberField, ReviewReasonCode } from '../pipeline/core/record.js';
import { comparisonKey } from '../pipeline/core/text/fold.js';
import { confidence } from './common.js';
import { ocrConfidenceOf, signingDate, type StampEvidence } from './scan-evidence.js';

/**
 * Each value's confidence built from its evidence, and the review flag it earns.
 *
 * The evidence: how the value was found (printed in its place, inferred from the body or the
 * symbol, taken from a digital signature), the OCR confidence of the words it was read from,
 * whether two readings agree (the page's date and the signing time), and checks (a date not after
 * the signing time or the day it is read; a number's symbol naming the issuer; a number or day
 * left blank on a scan or a signed copy — a figure written by hand or stamped by the signing tool
 * that was not read). The calibration maps (data/review-thresholds.ts, learned by `npm run eval`
 * on the tuning part) turn the evidence's confidence into the share of such values that were
 * right, so that confidence means what it says; a value under its field's threshold is marked
 * `review: true` with the reason that weighed most.
 */

/** Lines read at or above this OCR confidence leave a value's confidence as it is. */
const TRUSTED_LINE = 0.9;
/** The most a number is worth whose printed characters a repair rewrote: under every field's threshold, so it is reviewed. */
const REWRITTEN_NUMBER = 0.8;
/** OCR alone never makes a value less sure than this. */
const OCR_FLOOR = 0.2;

interface Assessed {
  confidence: number;
  reason: ReviewReasonCode | null;
  /**
   * The confidence is the share of such values measured right (EVIDENCE_SHARE_RIGHT), not a score
   * to calibrate: a calibration map built over all of a field's values would lift it to theirs.
   */
  measured?: boolean;
  /** Weaker evidence than the field's ordinary reading: never raised by the calibration map, always reviewed. */
  weaker?: boolean;
}

/** A value whose evidence has its own measured share right. */
function measured(key: keyof typeof EVIDENCE_SHARE_RIGHT, reason: ReviewReasonCode | null): Assessed {
  return { confidence: EVIDENCE_SHARE_RIGHT[key], reason, measured: true };
}

/** Whether the symbol's body codes name the issuer: `agree`, `disagree`, or `unknown` (no code vanban knows). */
export function symbolAgreement(symbol: string, issuer: string | null): 'agree' | 'disagree' | 'unknown' {
  if (!issuer) return 'unknown';
  const parts = symbol.replace(/^\d{4}\//, '').split(/[-/]/);
  const codes = parts.length > 1 ? parts.slice(1) : parts;
  const named = codes.map((c) => BODY_CODES[c]).filter((n): n is string => !!n);
  if (named.length === 0) return 'unknown';
  const key = comparisonKey(issuer);
  return named.some((n) => key.includes(comparisonKey(n))) ? 'agree' : 'disagree';
}

/** The options of one assessment. */
export interface AssessOptions {
  /** The day the document is read (`YYYY-MM-DD`): no date of issue is after it. */
  asOf: string;
  /** False leaves the confidences as the evidence gives them, before the calibration maps (the eval learns the maps from them). */
  calibrate?: boolean;
  /**
   * Values read from weaker evidence than their field's ordinary reading (extractors/closing.ts: a
   * date alone over the signature, a đơn's signer named only by the form's field): the calibration
   * maps, learned over all of the field's values, must not lift them, and they stay in review.
   */
  weaker?: { date?: boolean; signer?: boolean };
}

/** The share right of values of `field` with this evidence confidence, by the field's calibration map (text read by OCR has its own). */
function calibrated(field: ThresholdField, value: number, ocr: boolean): number {
  const map = CALIBRATION[ocr ? (`${field}:ocr` as const) : field];
  if (!map?.length) return value;
  // Weaker evidence than any labelled value of the field had: never raised by the map.
  if (value < map[0]!.from) return Math.min(value, map[0]!.share);
  let share = map[0]!.share;
  for (const bin of map) if (value >= bin.from) share = bin.share;
  return share;
}

/**
 * The fields (as read, with the signature stamp's date and issuer in place) with their
 * confidences built from evidence and `review`/`reason` set by the thresholds.
 */
export function assessConfidence(fields: ExtractedFields, doc: NormalizedDocument, stamp: StampEvidence, { asOf, calibrate = true, weaker = {} }: AssessOptions): ExtractedFields {
  // A scan, or a copy signed digitally: its blanks were filled by hand or by the signing tool.
  const filledAfterPrinting = doc.source.ocr || doc.stamps.length > 0;
  const signed = signingDate(doc, fields.issuer?.name ?? null);

  /** A value as found, lowered by the OCR confidence of its words. */
  const read = (span: [number, number], base: number): Assessed => {
    const factor = Math.min(1, ocrConfidenceOf(doc, span) / TRUSTED_LINE);
    return { confidence: Math.max(Math.min(base, OCR_FLOOR), base * factor), reason: factor < 1 ? 'read-unsurely' : null };
  };

  const number = (n: NumberField): Assessed => {
    if (!n.seq && filledAfterPrinting) return measured('blankNumber', 'handwritten-blank');
    // A number the OCR repair rewrote (a type code read as digits) is a guess: the calibration maps
    // were learned on numbers as printed, so they must not lift it back among those.
    const rewritten = doc.corrections.some((c) => c.reason === 'ocr' && c.span[0] < n.span[1] && c.span[1] > n.span[0]);
    const asRead = read(n.span, n.confidence);
    const found: Assessed = rewritten ? { confidence: Math.min(asRead.confidence, REWRITTEN_NUMBER), reason: 'read-unsurely', measured: true } : asRead;
    if (symbolAgreement(n.symbol, fields.issuer?.name ?? null) === 'disagree') {
      return { confidence: Math.min(found.confidence, EVIDENCE_SHARE_RIGHT.symbolMismatch), reason: 'symbol-mismatch', measured: true };
    }
    return found;
  };

  const date = (d: DateField): Assessed => {
    if ((signed && d.iso && d.iso > signed.iso) || (d.iso && d.iso > asOf)) return measured('dateInFuture', 'date-in-future');
    if (stamp.dateFromSignature) return measured('dateFromSignature', 'from-signature');
    // Two readings agree: the page's date and the signing time.
    if (signed && d.iso === signed.iso) return measured('dateSignatureAgrees', null);
    if (filledAfterPrinting && (d.day === null || d.month === null)) return measured('blankDay', 'handwritten-blank');
    const asRead = read(d.span, d.confidence);
    return weaker.date ? { ...asRead, weaker: true } : asRead;
  };

  const issuer = (i: IssuerField): Assessed => {
    if (stamp.issuerFromSignature) return measured('issuerFromSignature', 'from-signature');
    if (i.lines.length === 0) return { ...measured('issuerInferred', 'inferred-from-body'), confidence: Math.min(i.confidence, EVIDENCE_SHARE_RIGHT.issuerInferred) };
    return read(i.span, i.confidence);
  };

  const mark = <T extends { confidence: number }>(field: ThresholdField, value: T, assessed: Assessed): T => {
    const mapped = calibrate && !assessed.measured ? calibrated(field, assessed.confidence, doc.source.ocr) : assessed.confidence;
    const c = confidence(assessed.weaker ? Math.min(mapped, assessed.confidence) : mapped);
    if (assessed.weaker) return { ...value, confidence: c, review: true, reason: assessed.reason ?? 'low-confidence' };
    const threshold = REVIEW_THRESHOLDS[doc.source.ocr ? (`${field}:ocr` as const) : field];
    // The reason is kept above the threshold too (a date taken from the signature says so); review only below it.
    if (threshold !== null && c >= threshold) return { ...value, confidence: c, review: false, ...(assessed.reason ? { reason: assessed.reason } : {}) };
    return { ...value, confidence: c, review: true, reason: assessed.reason ?? 'low-confidence' };
  };
  const markRead = <T extends { confidence: number; span: [number, number] }>(field: ThresholdField, value: T | null): T | null =>
    value && mark(field, value, read(value.span, value.confidence));

  return {
    ...fields,
    docType: markRead('docType', fields.docType),
    number: fields.number && mark('number', fields.number, number(fields.number)),
    place: markRead('place', fields.place),
    date: fields.date && mark('date', fields.date, date(fields.date)),
    issuer: fields.issuer && mark('issuer', fields.issuer, issuer(fields.issuer)),
    title: markRead('title', fields.title),
    signer: fields.signer && mark('signer', fields.signer, { ...read(fields.signer.span, fields.signer.confidence), weaker: !!weaker.signer }),
    archive: markRead('archive', fields.archive),
    // A citation is as sure as the mention that introduced it.
    citations: fields.citations.map((c) => mark('citations', c, read(c.mentions[0] ?? [0, 0], c.confidence))),
    tasks: fields.tasks.map((t) => mark('tasks', t, read(t.span, t.confidence))),
  };
}
