import { warningMessage } from '../pipeline/core/messages.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { VanbanRecord } from '../pipeline/core/record.js';
import { comparisonKey } from '../pipeline/core/text/fold.js';
import { looksLikeAgency } from './agencies.js';

/**
 * What a scan adds to the extracted fields: OCR confidence lowers the confidence of every field
 * read from uncertain lines, and a digital signature's stamp (signing body and time) stands in
 * for a header part the page does not show — a day left blank or written by hand and unreadable,
 * an issuer block lost to the scan. Each use of the stamp is said in a message.
 */

const ORIGIN = 'extract:scan-evidence';

/** Lines read at or above this OCR confidence leave a field's confidence as it is. */
const TRUSTED_LINE = 0.9;
/** A field is never made less sure than this by OCR confidence alone. */
const FLOOR = 0.2;
/** Confidence of a value taken from the signature stamp rather than the page. */
const STAMP_CONFIDENCE = 0.6;
/** A day read from a line this unsure (a pen's or a stamp's digits) counts as unreadable when a signature disagrees. */
const UNREADABLE_LINE = 0.5;

/** The weakest OCR confidence of the lines a span touches (1 for text that was not OCR'd). */
function ocrConfidenceOf(doc: NormalizedDocument, [start, end]: [number, number]): number {
  let lowest = 1;
  for (const line of doc.lines) {
    if (line.confidence === undefined || line.end <= start || line.start >= end) continue;
    lowest = Math.min(lowest, line.confidence);
  }
  return lowest;
}

/** A field's confidence after the OCR confidence of the lines at `span`. */
function weighed(doc: NormalizedDocument, confidence: number, span: [number, number]): number {
  const factor = Math.min(1, ocrConfidenceOf(doc, span) / TRUSTED_LINE);
  return Math.round(Math.max(FLOOR, confidence * factor) * 100) / 100;
}

/** Lowers each field's confidence by the OCR confidence of the lines it was read from. */
export function weighByOcrConfidence(record: VanbanRecord, doc: NormalizedDocument): void {
  // A scan, or a text PDF whose signature fields were read by OCR.
  if (!doc.ocr && !doc.lines.some((l) => l.confidence !== undefined)) return;
  const fields = [record.docType, record.number, record.place, record.date, record.issuer, record.title, record.signer, record.archive];
  for (const field of [...fields, ...record.tasks]) if (field) field.confidence = weighed(doc, field.confidence, field.span);
  // A citation is as sure as the mention that introduced it.
  for (const citation of record.citations) citation.confidence = weighed(doc, citation.confidence, citation.mentions[0]!);
}

/**
 * The earliest signing time of the issuer or of a person (the signer), as local calendar parts.
 * Another body's stamp — the provincial gazette centre that publishes the copy — is later and says
 * nothing of the document's date.
 */
function signingDate(doc: NormalizedDocument, issuer: string | null): { year: number; month: number; day: number; iso: string } | null {
  const issuerKey = issuer ? comparisonKey(issuer) : null;
  const times = doc.stamps
    .filter((s) => s.time && s.signer && (!looksLikeAgency(s.signer) || comparisonKey(s.signer) === issuerKey))
    .map((s) => s.time!)
    .sort();
  const m = times[0] ? /^(\d{4})-(\d{2})-(\d{2})/.exec(times[0]) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), iso: `${m[1]}-${m[2]}-${m[3]}` } : null;
}

/** Fills what the page leaves unknown from the signature stamp, and says so. */
export function useStampEvidence(record: VanbanRecord, doc: NormalizedDocument): void {
  if (doc.stamps.length === 0) return;
  const signed = signingDate(doc, record.issuer?.name ?? null);
  const date = record.date;
  if (signed && date && (date.year ?? signed.year) === signed.year && (date.month ?? signed.month) === signed.month) {
    const unsureDay = date.day !== null && date.day !== signed.day && ocrConfidenceOf(doc, date.span) < UNREADABLE_LINE;
    if (date.day === null || date.month === null || unsureDay) {
      const what = unsureDay ? `day (read unsurely as ${date.day})` : [date.day === null ? 'day' : null, date.month === null ? 'month' : null].filter(Boolean).join(' and ');
      if (unsureDay) date.day = signed.day;
      date.day ??= signed.day;
      date.month ??= signed.month;
      date.year ??= signed.year;
      date.iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
      date.confidence = Math.min(date.confidence, STAMP_CONFIDENCE);
      record.messages.push(warningMessage(ORIGIN, `The date's ${what} is blank or unreadable on the page; taken from the digital signature's signing time (${signed.iso}).`, { span: date.span }));
    }
  }
  if (!record.issuer) {
    const body = doc.stamps.map((s) => s.signer).find((name): name is string => !!name && looksLikeAgency(name));
    if (body) {
      record.issuer = { lines: [], name: body, span: [0, 0], confidence: STAMP_CONFIDENCE };
      record.messages.push(warningMessage(ORIGIN, `No issuer block could be read; the issuer is the body named in the digital signature (${body}).`));
    }
  }
}
