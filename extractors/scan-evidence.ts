import { warningMessage, type Message } from '../pipeline/core/messages.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { DateField, ExtractedFields, IssuerField } from '../pipeline/core/record.js';
import { comparisonKey } from '../pipeline/core/text/fold.js';
import { looksLikeAgency } from './agencies.js';

/**
 * What a scan adds to the extracted fields: OCR confidence lowers the confidence of every field
 * read from uncertain lines, and a digital signature's stamp (signing body and time) stands in
 * for a header part the page does not show — a day left blank or written by hand and unreadable,
 * an issuer block lost to the scan. Each use of the stamp is said in a message. Both take the
 * fields and return new ones.
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

type WeighedField = { confidence: number; span: [number, number] };

/** The fields with each one's confidence lowered by the OCR confidence of the lines it was read from. */
export function weighByOcrConfidence(fields: ExtractedFields, doc: NormalizedDocument): ExtractedFields {
  // A scan, or a text PDF whose signature fields were read by OCR.
  if (!doc.ocr && !doc.lines.some((l) => l.confidence !== undefined)) return fields;
  const weigh = <T extends WeighedField>(field: T): T => ({ ...field, confidence: weighed(doc, field.confidence, field.span) });
  const weighNullable = <T extends WeighedField>(field: T | null): T | null => field && weigh(field);
  return {
    ...fields,
    docType: weighNullable(fields.docType),
    number: weighNullable(fields.number),
    place: weighNullable(fields.place),
    date: weighNullable(fields.date),
    issuer: weighNullable(fields.issuer),
    title: weighNullable(fields.title),
    signer: weighNullable(fields.signer),
    archive: weighNullable(fields.archive),
    tasks: fields.tasks.map(weigh),
    // A citation is as sure as the mention that introduced it.
    citations: fields.citations.map((c) => ({ ...c, confidence: weighed(doc, c.confidence, c.mentions[0]!) })),
  };
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

export interface StampEvidence {
  date: DateField | null;
  issuer: IssuerField | null;
  messages: Message[];
}

/** The date and issuer with what the page leaves unknown filled from the signature stamp, and a message for each use. */
export function useStampEvidence(fields: Pick<ExtractedFields, 'date' | 'issuer'>, doc: NormalizedDocument): StampEvidence {
  let { date, issuer } = fields;
  const messages: Message[] = [];
  if (doc.stamps.length === 0) return { date, issuer, messages };
  const signed = signingDate(doc, issuer?.name ?? null);
  if (signed && date && (date.year ?? signed.year) === signed.year && (date.month ?? signed.month) === signed.month) {
    const unsureDay = date.day !== null && date.day !== signed.day && ocrConfidenceOf(doc, date.span) < UNREADABLE_LINE;
    if (date.day === null || date.month === null || unsureDay) {
      const what = unsureDay ? `day (read unsurely as ${date.day})` : [date.day === null ? 'day' : null, date.month === null ? 'month' : null].filter(Boolean).join(' and ');
      const day = unsureDay ? signed.day : (date.day ?? signed.day);
      const month = date.month ?? signed.month;
      const year = date.year ?? signed.year;
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      date = { ...date, day, month, year, iso, confidence: Math.min(date.confidence, STAMP_CONFIDENCE) };
      messages.push(warningMessage(ORIGIN, `The date's ${what} is blank or unreadable on the page; taken from the digital signature's signing time (${signed.iso}).`, { span: date.span }));
    }
  }
  if (!issuer) {
    const body = doc.stamps.map((s) => s.signer).find((name): name is string => !!name && looksLikeAgency(name));
    if (body) {
      issuer = { lines: [], name: body, span: [0, 0], confidence: STAMP_CONFIDENCE };
      messages.push(warningMessage(ORIGIN, `No issuer block could be read; the issuer is the body named in the digital signature (${body}).`));
    }
  }
  return { date, issuer, messages };
}
