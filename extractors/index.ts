import { warningTexts } from '../pipeline/core/messages.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import { parseRecord, type ExtractedFields, type NumberField, type VanbanRecord } from '../pipeline/core/record.js';
import { extractCitations, ownNumberFromAnnex } from './citations.js';
import { parseDocumentNumber } from './document-number.js';
import { extractClosing } from './closing.js';
import { extractHeader } from './header.js';
import { documentProvince } from '../pipeline/core/places.js';
import { extractAgencies } from './agencies.js';
import { parseSections, sectionFields } from './sections.js';
import { withPrintedTonePlacement } from './printed.js';
import { type TaskOptions, extractTasks } from './tasks/index.js';
import { GENRE_LINE } from '../data/layout-patterns.js';
import { SPEECH_TYPE } from '../data/tasks.js';
import { useStampEvidence } from './scan-evidence.js';
import { assessConfidence } from './confidence.js';
import { withLocations } from './locations.js';
import { withTitleWordsFromBody } from './title-words.js';

export interface ExtractOptions {
  includeText?: boolean;
  /** The day the document is read (`YYYY-MM-DD`, default today): a date of issue after it is doubted. */
  asOf?: string;
  /** False: confidences as the evidence gives them, before the calibration maps (for the eval, which learns the maps). */
  calibrate?: boolean;
  /** Another task scorer, and a list that collects the task candidates it weighed (scripts/train-task-scorer.ts). */
  tasks?: TaskOptions;
}

/**
 * A number whose digits the header left unread (a blank a pen filled, a seal over it), completed
 * from an annex's heading that names the document itself ("Kèm theo Công văn số 5689/BCA-C04"),
 * less surely than a number read in its place.
 */
function withNumberFromAnnex(number: NumberField, doc: NormalizedDocument): NumberField {
  if (number.seq) return number;
  const annexed = ownNumberFromAnnex(doc, number.raw);
  if (!annexed) return number;
  return { ...number, raw: annexed.number, seq: parseDocumentNumber(annexed.number)?.seq ?? null, span: annexed.span, confidence: 0.8 };
}

/**
 * Runs every extractor over a normalized document and builds the validated `vanban/1` record
 * once: the fields read from the page, completed by the signature stamp, their confidence built
 * from evidence and flagged for review under the measured thresholds; the agencies they name; the quoted values in the page's tone placement, each placed
 * on its page; and the messages of every stage, in the order they were raised.
 */
export function extractRecord(doc: NormalizedDocument, options: ExtractOptions = {}): VanbanRecord {
  const needsOcr = doc.needsOcr;
  const header = needsOcr ? null : extractHeader(doc);
  const closing = header ? extractClosing(doc, header.bodyStart) : null;
  const sections = header && closing ? parseSections(doc, header.bodyStart, closing.bodyEnd) : [];
  const number = header?.number ? withNumberFromAnnex(header.number, doc) : null;
  const title = withTitleWordsFromBody(header?.title ?? null, doc);
  const read: ExtractedFields = {
    docType: header?.docType ?? null,
    number,
    place: header?.place ?? closing?.placeDate?.place ?? null,
    date: header?.date ?? closing?.placeDate?.date ?? null,
    issuer: header?.issuer ?? null,
    title: title.title,
    addressees: header?.addressees ?? [],
    signer: closing?.signer ?? null,
    recipients: closing?.recipients ?? [],
    archive: closing?.archive ?? null,
    citations: header ? extractCitations(doc, header.number?.raw ?? null) : [],
    tasks: extractTasks(
      sections,
      header?.docType?.code ?? (header && doc.lines.slice(0, header.bodyStart).some((l) => GENRE_LINE.test(l.text.trim())) ? SPEECH_TYPE : null),
      header && closing ? doc.lines.slice(header.bodyStart, closing.bodyEnd) : [],
      // Word documents' lines are their paragraphs; nothing wrapped them.
      doc.source.format === 'docx' || doc.source.format === 'doc',
      // Task tables may stand in an annex after the signature, and letters may be attached there.
      header && closing ? doc.lines.slice(closing.bodyEnd) : [],
      // A legal normative text's number carries its year; its articles are read as rules.
      header?.number?.raw ?? null,
      // The numbered parts of what is attached after the signature (a technical regulation's "TỔ CHỨC THỰC HIỆN").
      header && closing ? parseSections(doc, closing.bodyEnd, doc.lines.length) : [],
      options.tasks,
    ),
  };
  const stamp = useStampEvidence(read, doc);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  // The closing's weaker readings, where they are the values kept (the header's date, printed in its place, is not).
  const weaker = {
    date: !!closing?.weaker.date && !header?.date && read.date === closing.placeDate?.date,
    // A name the digital signature confirms (or corrects) is no longer the form's word alone.
    signer: !!closing?.weaker.signer && stamp.signer === read.signer,
  };
  const fields = assessConfidence({ ...read, date: stamp.date, issuer: stamp.issuer, signer: stamp.signer }, doc, stamp, { asOf, calibrate: options.calibrate, weaker });
  // Names that do not say their province take the document's ("UBND tỉnh" in a Thái Nguyên plan).
  const agencies = extractAgencies({ ...fields, text: doc.text }, documentProvince(fields));
  const messages = [...doc.messages, ...(header?.messages ?? []), ...stamp.messages];
  return parseRecord({
    schema: 'vanban/1',
    source: {
      ...doc.source,
      ocrEngine: doc.ocr?.engine ?? null,
      ocrConfidence: doc.ocr ? doc.ocr.confidence : null,
      ocrPages: doc.ocr?.pages ?? [],
    },
    status: needsOcr ? 'needs-ocr' : 'ok',
    // Agencies keep the one spelling they are linked by; the quoted fields go back to the page's.
    ...withLocations(withPrintedTonePlacement(fields, doc.corrections, doc.text), doc),
    sections: sectionFields(sections),
    agencies,
    corrections: [...doc.corrections, ...title.corrections],
    warnings: warningTexts(messages),
    messages,
    stamps: doc.stamps,
    ...(options.includeText === false ? {} : { text: doc.text }),
  });
}
