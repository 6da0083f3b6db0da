import * as v from 'valibot';
import type { Message } from './messages.js';

/**
 * The `vanban/1` record printed by `extract --json` (../shared/CONTRACT.md). The pipeline builds
 * records through `v.parse(VanbanRecordSchema, …)` (valibot), and the tests validate CLI output against the same
 * schema, so code and contract cannot drift apart.
 */

/** Numbers as zod's `z.number()` took them (finite), and the integer kinds the record uses. */
const Real = v.pipe(v.number(), v.finite());
const Int = v.pipe(v.number(), v.integer());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Ordinal = v.pipe(v.number(), v.integer(), v.minValue(1));

export const Span = v.strictTuple([Count, Count]);
const Confidence = v.pipe(Real, v.minValue(0), v.maxValue(1));

/**
 * Why a value is sent to a person (`review: true`): a short code, told in words by data/messages.ts
 * (`reason.*`). `low-confidence` when nothing more specific is known.
 */
export const ReviewReason = v.picklist([
  'handwritten-blank',
  'read-unsurely',
  'from-signature',
  'inferred-from-body',
  'symbol-mismatch',
  'date-in-future',
  'low-confidence',
]);
export type ReviewReasonCode = v.InferOutput<typeof ReviewReason>;

/** A rectangle on a page, in points from the page's top-left corner (PDF text layer, OCR word boxes). */
export const Box = v.object({
  page: Ordinal,
  left: Real,
  top: Real,
  width: v.pipe(Real, v.minValue(0)),
  height: v.pipe(Real, v.minValue(0)),
});

/**
 * Where a value is in the file, beside its span in the text: its first page and the boxes of the
 * lines it covers (PDF and scans, in page coordinates). A DOCX or DOC has no laid-out pages: its
 * values are placed by paragraph index (0-based, in body order) and table cell; plain text by
 * line number (1-based).
 */
export const Location = v.object({
  page: Ordinal,
  boxes: v.array(Box),
  paragraphs: v.optional(v.array(Count)),
  cells: v.optional(v.array(v.object({ table: Count, row: Count, col: Count }))),
  lines: v.optional(v.array(Ordinal)),
});
export type LocationValue = v.InferOutput<typeof Location>;

/**
 * Trust marks every value and list item carries beside its span (added to vanban/1 without
 * breaking it: all optional). `review` is true when the value's confidence is under its field's
 * measured threshold (data/review-thresholds.ts); `reason` names the evidence that weighed most
 * on the confidence (always set with `review: true`, and kept above the threshold when the
 * evidence has one, e.g. a date taken from the digital signature).
 */
const trust = {
  location: v.optional(Location),
  review: v.optional(v.boolean()),
  reason: v.optional(ReviewReason),
};

export const ScalarValue = v.object({ value: v.string(), span: Span, confidence: Confidence, ...trust });

export const DocTypeValue = v.object({ code: v.string(), name: v.string(), span: Span, confidence: Confidence, ...trust });

export const NumberValue = v.object({
  raw: v.string(),
  seq: v.nullable(v.string()),
  symbol: v.string(),
  system: v.picklist(['state', 'party', 'front']),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const DateValue = v.object({
  raw: v.string(),
  year: v.nullable(Int),
  month: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
  day: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
  iso: v.nullable(v.string()),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const IssuerValue = v.object({
  lines: v.array(v.string()),
  name: v.string(),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const Authority = v.picklist(['TM', 'KT', 'TL', 'TUQ', 'Q']);

export const SignerValue = v.object({
  name: v.nullable(v.string()),
  authority: v.nullable(Authority),
  lines: v.array(v.string()),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const Addressee = v.object({ name: v.string(), span: Span, ...trust });

export const Recipient = v.object({ name: v.string(), purpose: v.nullable(v.string()), span: Span, ...trust });

export const CitationRelation = v.picklist(['pursuant', 'implements', 'refers', 'amends', 'replaces', 'repeals']);

export const Citation = v.object({
  type: v.string(),
  number: v.nullable(v.string()),
  /** Laws cited by name (with or without a number). */
  name: v.nullable(v.string()),
  date: v.nullable(v.string()),
  issuer: v.nullable(v.string()),
  relation: CitationRelation,
  mentions: v.array(Span),
  confidence: Confidence,
  ...trust,
});

export const Task = v.object({
  section: v.string(),
  text: v.string(),
  lead: v.array(v.string()),
  partners: v.array(v.string()),
  deadline: v.nullable(v.string()),
  frequency: v.nullable(v.string()),
  /** Where the task was found: the implementation part, a measures part, a directive's items, a decision's articles, a row of a task table. */
  source: v.picklist(['implementation', 'measures', 'items', 'articles', 'table']),
  span: Span,
  confidence: Confidence,
  ...trust,
});

/** One section of the body (extractors/sections.ts); `parent` is the index of the enclosing one. */
export const Section = v.object({
  id: v.string(),
  kind: v.picklist(['part', 'chapter', 'roman', 'article', 'number', 'decimal', 'letter', 'heading', 'dash', 'plus']),
  label: v.nullable(v.string()),
  heading: v.string(),
  depth: Count,
  parent: v.nullable(Count),
  span: Span,
});

export const AgencyRole = v.picklist(['issuer', 'addressee', 'recipient', 'lead', 'partner']);

/** One real body, with every place the document names it (extractors/agencies.ts). */
export const Agency = v.object({
  name: v.string(),
  key: v.string(),
  kind: v.string(),
  province: v.nullable(v.string()),
  collective: v.boolean(),
  mentions: v.array(
    v.object({
      text: v.string(),
      role: AgencyRole,
      /** Index into `tasks` for lead and partner mentions, into `recipients` for recipients. */
      item: v.nullable(Count),
      official: v.nullable(v.string()),
      match: v.picklist(['exact', 'fuzzy']),
      span: Span,
    }),
  ),
  confidence: Confidence,
});

export const CorrectionValue = v.object({ span: Span, from: v.string(), to: v.string(), reason: v.string() });

/** What a stage said about the document (messages.ts): origin, severity, and where. */
export const MessageValue = v.object({
  message: v.string(),
  origin: v.string(),
  severity: v.picklist(['info', 'warning', 'error']),
  span: v.optional(Span),
  page: v.optional(Ordinal),
}) satisfies v.GenericSchema<Message>;

export const SourceValue = v.object({
  path: v.string(),
  sha256: v.string(),
  format: v.picklist(['txt', 'docx', 'doc', 'pdf', 'image']),
  pages: Count,
  ocr: v.boolean(),
  /** The OCR engine that read the scan (`tesseract.js 7.0.0`, `tesseract 5.3.0`); null without OCR. */
  ocrEngine: v.nullable(v.string()),
  /** Mean OCR word confidence over the pages that had text, 0..1; null without OCR. */
  ocrConfidence: v.nullable(Confidence),
  /** Per page: OCR confidence, the resolution it was read at, words kept, time, and whether it was read. */
  ocrPages: v.array(
    v.object({
      page: Ordinal,
      confidence: Confidence,
      dpi: Ordinal,
      words: Count,
      ms: Count,
      status: v.picklist(['ok', 'empty', 'failed']),
    }),
  ),
});

export const VanbanRecordSchema = v.object({
  schema: v.literal('vanban/1'),
  source: SourceValue,
  /** `ok`, or `needs-ocr` for a scan whose text could not be read yet. */
  status: v.picklist(['ok', 'needs-ocr']),
  docType: v.nullable(DocTypeValue),
  number: v.nullable(NumberValue),
  place: v.nullable(ScalarValue),
  date: v.nullable(DateValue),
  issuer: v.nullable(IssuerValue),
  title: v.nullable(ScalarValue),
  addressees: v.array(Addressee),
  signer: v.nullable(SignerValue),
  recipients: v.array(Recipient),
  archive: v.nullable(ScalarValue),
  citations: v.array(Citation),
  tasks: v.array(Task),
  sections: v.array(Section),
  agencies: v.array(Agency),
  corrections: v.array(CorrectionValue),
  /** The text of every message, in order (kept as plain strings for vanban/1 readers). */
  warnings: v.array(v.string()),
  /** The same messages with their origin (`read:docx`, `ocr`, `extract:header`…), severity, span and page. */
  messages: v.array(MessageValue),
  /** Signature-stamp evidence (signer body, signing time) where the PDF carries one. */
  stamps: v.array(v.object({ signer: v.nullable(v.string()), time: v.nullable(v.string()) })),
  text: v.optional(v.string()),
});

export type VanbanRecord = v.InferOutput<typeof VanbanRecordSchema>;

/** The record built from `value`: every value checked, keys in the schema's order, keys it does not name dropped; throws `ValiError` where `value` does not fit. */
export function parseRecord(value: unknown): VanbanRecord {
  return v.parse(VanbanRecordSchema, value);
}
/** What the extractors read from a document: the record's fields about it, before its agencies are gathered. */
export type ExtractedFields = Pick<
  VanbanRecord,
  'docType' | 'number' | 'place' | 'date' | 'issuer' | 'title' | 'addressees' | 'signer' | 'recipients' | 'archive' | 'citations' | 'tasks'
>;
export type NumberField = v.InferOutput<typeof NumberValue>;
export type DateField = v.InferOutput<typeof DateValue>;
export type CitationField = v.InferOutput<typeof Citation>;
export type TaskField = v.InferOutput<typeof Task>;
export type SectionField = v.InferOutput<typeof Section>;
export type AgencyField = v.InferOutput<typeof Agency>;
export type AgencyMention = AgencyField['mentions'][number];
export type RecipientField = v.InferOutput<typeof Recipient>;
export type SignerField = v.InferOutput<typeof SignerValue>;
export type IssuerField = v.InferOutput<typeof IssuerValue>;
export type ScalarField = v.InferOutput<typeof ScalarValue>;
export type DocTypeField = v.InferOutput<typeof DocTypeValue>;
