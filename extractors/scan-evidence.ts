import { sameWordsMisread } from '../pipeline/core/names.js';
import { warningMessage, type Message } from '../pipeline/core/messages.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { DateField, ExtractedFields, IssuerField, SignerField } from '../pipeline/core/record.js';
import { comparisonKey } from '../pipeline/core/text/fold.js';
import { looksLikeAgency } from './agencies.js';
import { personName } from './closing.js';

/**
 * What a scan or a signed copy adds to the extracted fields: a digital signature's stamp (signing
 * body and time) stands in for a header part the page does not show — a day left blank or written
 * by hand and unreadable, an issuer block lost to the scan. Each use of the stamp is said in a
 * message and flagged, so confidence.ts can weigh it. It takes the fields and returns new ones;
 * the OCR confidence of the words a value was read from is weighed in confidence.ts too.
 */

const ORIGIN = 'extract:scan-evidence';

/** Confidence of a value taken from the signature stamp rather than the page, before it is assessed (confidence.ts). */
const STAMP_CONFIDENCE = 0.6;
/** A day read from a line this unsure (a pen's or a stamp's digits) counts as unreadable when a signature disagrees. */
const UNREADABLE_LINE = 0.5;

/** The weakest OCR confidence of the lines a span touches (1 for text that was not OCR'd). */
export function ocrConfidenceOf(doc: NormalizedDocument, [start, end]: [number, number]): number {
  let lowest = 1;
  for (const line of doc.lines) {
    if (line.confidence === undefined || line.end <= start || line.start >= end) continue;
    lowest = Math.min(lowest, line.confidence);
  }
  return lowest;
}

/**
 * The earliest signing time of the issuer or of a person (the signer), as local calendar parts.
 * Another body's stamp — the provincial gazette centre that publishes the copy — is later and says
 * nothing of the document's date.
 */
export function signingDate(doc: NormalizedDocument, issuer: string | null): { year: number; month: number; day: number; iso: string } | null {
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
  signer: SignerField | null;
  /** The date was completed (day, month) from the signing time. */
  dateFromSignature: boolean;
  /** The issuer is the body the signature names (no issuer block could be read). */
  issuerFromSignature: boolean;
  messages: Message[];
}

/** The date and issuer with what the page leaves unknown filled from the signature stamp, and a message for each use. */
export function useStampEvidence(fields: Pick<ExtractedFields, 'date' | 'issuer' | 'signer'>, doc: NormalizedDocument): StampEvidence {
  let { date, issuer, signer } = fields;
  const messages: Message[] = [];
  let dateFromSignature = false;
  let issuerFromSignature = false;
  if (doc.stamps.length === 0) return { date, issuer, signer, dateFromSignature, issuerFromSignature, messages };
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
      dateFromSignature = true;
      messages.push(warningMessage(ORIGIN, `The date's ${what} is blank or unreadable on the page; taken from the digital signature's signing time (${signed.iso}).`, { span: date.span }));
    }
  }
  if (!issuer) {
    const body = doc.stamps.map((s) => s.signer).find((name): name is string => !!name && looksLikeAgency(name));
    if (body) {
      issuer = { lines: [], name: body, span: [0, 0], confidence: STAMP_CONFIDENCE };
      issuerFromSignature = true;
      messages.push(warningMessage(ORIGIN, `No issuer block could be read; the issuer is the body named in the digital signature (${body}).`));
    }
  }
  // A signature block whose name is not in the text (a scanned or drawn signature page, a name
  // under a seal): the person who signed digitally, whose stamp prints the name in capitals. On a
  // scan, a name OCR read with a slip per word is that person's, spelled as the certificate spells it.
  if (signer && (signer.name === null ? signer.lines.length > 0 : !!doc.ocr)) {
    const people = [...new Set(doc.stamps.map((s) => s.signer).filter((name): name is string => !!name && !looksLikeAgency(name)))];
    const name = people.length === 1 ? personName(people[0]!.toLocaleUpperCase('vi'), true) : null;
    const lower = (text: string) => text.toLocaleLowerCase('vi');
    if (name && signer.name === null) {
      signer = { ...signer, name, confidence: Math.min(signer.confidence, STAMP_CONFIDENCE) };
      messages.push(warningMessage(ORIGIN, `The signer's name is not in the text; it is the person named in the digital signature (${name}).`, { span: signer.span }));
    } else if (name && signer.name && signer.name !== name && sameWordsMisread(lower(signer.name), lower(name))) {
      messages.push(warningMessage(ORIGIN, `The signer's name, read “${signer.name}”, is the person named in the digital signature (${name}).`, { span: signer.span }));
      signer = { ...signer, name };
    }
  }
  return { date, issuer, signer, dateFromSignature, issuerFromSignature, messages };
}
