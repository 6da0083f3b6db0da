import type { DocumentLinks } from '../core/model.js';
import { closestAgency } from '../core/names.js';
import { documentProvince } from '../core/places.js';
import type { VanbanRecord } from '../core/record.js';
import { citationKey, documentIssued, documentKey, documentYear } from './keys.js';

export { reviewedDocumentKey } from './keys.js';

/**
 * The link stage: a record's identity keys, the keys of the documents it cites, and the rule by
 * which a new agency name is taken for a stored one across documents. The store keeps them.
 */
export function linkDocument(record: VanbanRecord): DocumentLinks {
  const province = documentProvince(record);
  return {
    province,
    year: documentYear(record),
    docKey: documentKey(record),
    issued: documentIssued(record),
    citedKeys: record.citations.map((c) => citationKey(c, province)),
    matchAgency: closestAgency,
  };
}
