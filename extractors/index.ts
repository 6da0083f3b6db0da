import { warningTexts } from '../pipeline/core/messages.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import { VanbanRecordSchema, type AgencyField, type VanbanRecord } from '../pipeline/core/record.js';
import { extractCitations } from './citations.js';
import { extractClosing } from './closing.js';
import { extractHeader } from './header.js';
import { documentProvince } from '../pipeline/core/places.js';
import { extractAgencies } from './agencies.js';
import { parseSections, sectionFields } from './sections.js';
import { withPrintedTonePlacement } from './printed.js';
import { extractTasks } from './tasks.js';
import { useStampEvidence, weighByOcrConfidence } from './scan-evidence.js';

export interface ExtractOptions {
  includeText?: boolean;
}

/** Runs every extractor over a normalized document and builds the validated `vanban/1` record. */
export function extractRecord(doc: NormalizedDocument, options: ExtractOptions = {}): VanbanRecord {
  const needsOcr = doc.needsOcr;
  const header = needsOcr ? null : extractHeader(doc);
  const closing = header ? extractClosing(doc, header.bodyStart) : null;
  const sections = header && closing ? parseSections(doc, header.bodyStart, closing.bodyEnd) : [];
  const tasks = extractTasks(sections, header?.docType?.code ?? null);
  const record = {
    schema: 'vanban/1' as const,
    source: {
      ...doc.source,
      ocrEngine: doc.ocr?.engine ?? null,
      ocrConfidence: doc.ocr ? doc.ocr.confidence : null,
      ocrPages: doc.ocr?.pages ?? [],
    },
    status: needsOcr ? ('needs-ocr' as const) : ('ok' as const),
    docType: header?.docType ?? null,
    number: header?.number ?? null,
    place: header?.place ?? null,
    date: header?.date ?? null,
    issuer: header?.issuer ?? null,
    title: header?.title ?? null,
    addressees: header?.addressees ?? [],
    signer: closing?.signer ?? null,
    recipients: closing?.recipients ?? [],
    archive: closing?.archive ?? null,
    citations: header ? extractCitations(doc, header.number?.raw ?? null) : [],
    tasks,
    sections: sectionFields(sections),
    agencies: [] as AgencyField[],
    corrections: doc.corrections,
    warnings: [] as string[],
    messages: [...doc.messages, ...(header?.messages ?? [])],
    stamps: doc.stamps,
    ...(options.includeText === false ? {} : { text: doc.text }),
  };
  useStampEvidence(record as VanbanRecord, doc);
  weighByOcrConfidence(record as VanbanRecord, doc);
  // Names that do not say their province take the document's ("UBND tỉnh" in a Thái Nguyên plan).
  record.agencies = extractAgencies({ ...record, text: doc.text, issuer: record.issuer }, documentProvince(record as VanbanRecord));
  // Agencies keep the one spelling they are linked by; the quoted fields go back to the page's.
  withPrintedTonePlacement(record as VanbanRecord);
  record.warnings = warningTexts(record.messages);
  return VanbanRecordSchema.parse(record);
}
