import { locate } from '../pipeline/core/locate.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { ExtractedFields, LocationValue } from '../pipeline/core/record.js';

/**
 * Every value and list item given its location beside its span (pipeline/core/locate.ts): the
 * record builder's one pass, so extractors only ever give spans. A value with no place in the
 * text (an issuer taken from the digital signature) gets none. A citation is placed at its first
 * mention.
 */
export function withLocations(fields: ExtractedFields, doc: NormalizedDocument): ExtractedFields {
  const at = (span: [number, number]): { location?: LocationValue } => {
    const location = locate(doc.lines, doc.source.format, span);
    return location ? { location } : {};
  };
  const place = <T extends { span: [number, number] }>(value: T): T => ({ ...value, ...at(value.span) });
  const placeNullable = <T extends { span: [number, number] }>(value: T | null): T | null => value && place(value);
  return {
    ...fields,
    docType: placeNullable(fields.docType),
    number: placeNullable(fields.number),
    place: placeNullable(fields.place),
    date: placeNullable(fields.date),
    issuer: placeNullable(fields.issuer),
    title: placeNullable(fields.title),
    signer: placeNullable(fields.signer),
    archive: placeNullable(fields.archive),
    addressees: fields.addressees.map(place),
    recipients: fields.recipients.map(place),
    tasks: fields.tasks.map(place),
    citations: fields.citations.map((c) => ({ ...c, ...(c.mentions[0] ? at(c.mentions[0]) : {}) })),
  };
}
