import type { LocationValue, ReviewReasonCode, VanbanRecord } from './record.js';

/**
 * The values of a record one by one, each named by a stable field path, so that a person can
 * review one of them and the store can keep the review apart from the record it came from.
 *
 * Field paths (the `field` column of `document_fields` and `reviews`):
 * - the header and signature values: `docType`, `number`, `place`, `date`, `issuer`, `title`,
 *   `signer.name`, `signer.authority`, `archive` — always listed, with a null value when not
 *   found, so a review can also fill in a value the extractor missed;
 * - list items by their 0-based position in the record: `addressees[0].name`,
 *   `recipients[3].name`, `citations[1].number`, `tasks[2].text`, `tasks[2].lead`, `tasks[2].deadline`.
 * A value is the text a person reads and types: the number as printed (`24/TTr-UBND`), the date
 * as `YYYY-MM-DD` when whole (else as printed), the issuer's full name, list values joined by "; ".
 */

export interface FieldEntry {
  field: string;
  value: string | null;
  confidence: number | null;
  span: [number, number] | null;
  review: boolean;
  reason: ReviewReasonCode | null;
  location: LocationValue | null;
}

/** The header and signature fields, in the order people read them. */
export const SCALAR_FIELDS = ['docType', 'number', 'place', 'date', 'issuer', 'title', 'signer.name', 'signer.authority', 'archive'] as const;
export type ScalarFieldPath = (typeof SCALAR_FIELDS)[number];

const LIST_FIELD = /^(addressees|recipients)\[(\d+)\]\.name$|^citations\[(\d+)\]\.number$|^tasks\[(\d+)\]\.(text|lead|deadline)$/;

/** True when `field` follows the scheme above (list indexes are not checked against a record). */
export function isFieldPath(field: string): boolean {
  return (SCALAR_FIELDS as readonly string[]).includes(field) || LIST_FIELD.test(field);
}

type Trusted = { confidence?: number; span: [number, number]; review?: boolean; reason?: ReviewReasonCode; location?: LocationValue };

function entry(field: string, value: string | null, source: Trusted | null | undefined): FieldEntry {
  return {
    field,
    value,
    confidence: source?.confidence ?? null,
    span: source ? source.span : null,
    review: source?.review ?? false,
    reason: source?.reason ?? null,
    location: source?.location ?? null,
  };
}

/** Every value of a record under its field path (scalars always; list items as many as there are). */
export function fieldEntries(record: VanbanRecord): FieldEntry[] {
  const { docType, number, place, date, issuer, title, signer, archive } = record;
  const entries: FieldEntry[] = [
    entry('docType', docType?.code ?? null, docType),
    entry('number', number?.raw ?? null, number),
    entry('place', place?.value ?? null, place),
    entry('date', date ? (date.iso ?? date.raw) : null, date),
    entry('issuer', issuer?.name ?? null, issuer),
    entry('title', title?.value ?? null, title),
    entry('signer.name', signer?.name ?? null, signer),
    entry('signer.authority', signer?.authority ?? null, signer?.authority ? signer : null),
    entry('archive', archive?.value ?? null, archive),
  ];
  record.addressees.forEach((a, i) => entries.push(entry(`addressees[${i}].name`, a.name, a)));
  record.recipients.forEach((r, i) => entries.push(entry(`recipients[${i}].name`, r.name, r)));
  record.citations.forEach((c, i) => entries.push(entry(`citations[${i}].number`, c.number ?? c.name, { ...c, span: c.mentions[0] ?? [0, 0] })));
  record.tasks.forEach((t, i) => {
    entries.push(entry(`tasks[${i}].text`, t.text, t));
    entries.push(entry(`tasks[${i}].lead`, t.lead.join('; ') || null, t));
    entries.push(entry(`tasks[${i}].deadline`, t.deadline, t.deadline ? t : { ...t, review: false, reason: undefined }));
  });
  return entries;
}

/** The value of one field of a record (null when the record has none there). */
export function fieldValue(record: VanbanRecord, field: string): string | null {
  return fieldEntries(record).find((e) => e.field === field)?.value ?? null;
}
