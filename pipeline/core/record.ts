import { z } from 'zod';
import type { Message } from './messages.js';

/**
 * The `vanban/1` record printed by `extract --json` (../shared/CONTRACT.md). The pipeline builds
 * records through `VanbanRecordSchema.parse`, and the tests validate CLI output against the same
 * schema, so code and contract cannot drift apart.
 */

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const Confidence = z.number().min(0).max(1);

/**
 * Why a value is sent to a person (`review: true`): a short code, told in words by data/messages.ts
 * (`reason.*`). `low-confidence` when nothing more specific is known.
 */
export const ReviewReason = z.enum([
  'handwritten-blank',
  'read-unsurely',
  'from-signature',
  'inferred-from-body',
  'symbol-mismatch',
  'date-in-future',
  'low-confidence',
]);
export type ReviewReasonCode = z.infer<typeof ReviewReason>;

/** A rectangle on a page, in points from the page's top-left corner (PDF text layer, OCR word boxes). */
export const Box = z.object({
  page: z.number().int().positive(),
  left: z.number(),
  top: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});

/**
 * Where a value is in the file, beside its span in the text: its first page and the boxes of the
 * lines it covers (PDF and scans, in page coordinates). A DOCX or DOC has no laid-out pages: its
 * values are placed by paragraph index (0-based, in body order) and table cell; plain text by
 * line number (1-based).
 */
export const Location = z.object({
  page: z.number().int().positive(),
  boxes: z.array(Box),
  paragraphs: z.array(z.number().int().nonnegative()).optional(),
  cells: z.array(z.object({ table: z.number().int().nonnegative(), row: z.number().int().nonnegative(), col: z.number().int().nonnegative() })).optional(),
  lines: z.array(z.number().int().positive()).optional(),
});
export type LocationValue = z.infer<typeof Location>;

/**
 * Trust marks every value and list item carries beside its span (added to vanban/1 without
 * breaking it: all optional). `review` is true when the value's confidence is under its field's
 * measured threshold (data/review-thresholds.ts); `reason` names the evidence that weighed most
 * on the confidence (always set with `review: true`, and kept above the threshold when the
 * evidence has one, e.g. a date taken from the digital signature).
 */
const trust = {
  location: Location.optional(),
  review: z.boolean().optional(),
  reason: ReviewReason.optional(),
};

export const ScalarValue = z.object({ value: z.string(), span: Span, confidence: Confidence, ...trust });

export const DocTypeValue = z.object({ code: z.string(), name: z.string(), span: Span, confidence: Confidence, ...trust });

export const NumberValue = z.object({
  raw: z.string(),
  seq: z.string().nullable(),
  symbol: z.string(),
  system: z.enum(['state', 'party', 'front']),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const DateValue = z.object({
  raw: z.string(),
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  iso: z.string().nullable(),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const IssuerValue = z.object({
  lines: z.array(z.string()),
  name: z.string(),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const Authority = z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']);

export const SignerValue = z.object({
  name: z.string().nullable(),
  authority: Authority.nullable(),
  lines: z.array(z.string()),
  span: Span,
  confidence: Confidence,
  ...trust,
});

export const Addressee = z.object({ name: z.string(), span: Span, ...trust });

export const Recipient = z.object({ name: z.string(), purpose: z.string().nullable(), span: Span, ...trust });

export const CitationRelation = z.enum(['pursuant', 'implements', 'refers', 'amends', 'replaces', 'repeals']);

export const Citation = z.object({
  type: z.string(),
  number: z.string().nullable(),
  /** Laws cited by name (with or without a number). */
  name: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  relation: CitationRelation,
  mentions: z.array(Span),
  confidence: Confidence,
  ...trust,
});

export const Task = z.object({
  section: z.string(),
  text: z.string(),
  lead: z.array(z.string()),
  partners: z.array(z.string()),
  deadline: z.string().nullable(),
  frequency: z.string().nullable(),
  /** Where the task was found: the implementation part, a measures part, a directive's items, a decision's articles, a row of a task table. */
  source: z.enum(['implementation', 'measures', 'items', 'articles', 'table']),
  span: Span,
  confidence: Confidence,
  ...trust,
});

/** One section of the body (extractors/sections.ts); `parent` is the index of the enclosing one. */
export const Section = z.object({
  id: z.string(),
  kind: z.enum(['part', 'chapter', 'roman', 'article', 'number', 'decimal', 'letter', 'heading', 'dash', 'plus']),
  label: z.string().nullable(),
  heading: z.string(),
  depth: z.number().int().nonnegative(),
  parent: z.number().int().nonnegative().nullable(),
  span: Span,
});

export const AgencyRole = z.enum(['issuer', 'addressee', 'recipient', 'lead', 'partner']);

/** One real body, with every place the document names it (extractors/agencies.ts). */
export const Agency = z.object({
  name: z.string(),
  key: z.string(),
  kind: z.string(),
  province: z.string().nullable(),
  collective: z.boolean(),
  mentions: z.array(
    z.object({
      text: z.string(),
      role: AgencyRole,
      /** Index into `tasks` for lead and partner mentions, into `recipients` for recipients. */
      item: z.number().int().nonnegative().nullable(),
      official: z.string().nullable(),
      match: z.enum(['exact', 'fuzzy']),
      span: Span,
    }),
  ),
  confidence: Confidence,
});

export const CorrectionValue = z.object({ span: Span, from: z.string(), to: z.string(), reason: z.string() });

/** What a stage said about the document (messages.ts): origin, severity, and where. */
export const MessageValue = z.object({
  message: z.string(),
  origin: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  span: Span.optional(),
  page: z.number().int().positive().optional(),
}) satisfies z.ZodType<Message>;

export const SourceValue = z.object({
  path: z.string(),
  sha256: z.string(),
  format: z.enum(['txt', 'docx', 'doc', 'pdf', 'image']),
  pages: z.number().int().nonnegative(),
  ocr: z.boolean(),
  /** The OCR engine that read the scan (`tesseract.js 7.0.0`, `tesseract 5.3.0`); null without OCR. */
  ocrEngine: z.string().nullable(),
  /** Mean OCR word confidence over the pages that had text, 0..1; null without OCR. */
  ocrConfidence: Confidence.nullable(),
  /** Per page: OCR confidence, the resolution it was read at, words kept, time, and whether it was read. */
  ocrPages: z.array(
    z.object({
      page: z.number().int().positive(),
      confidence: Confidence,
      dpi: z.number().int().positive(),
      words: z.number().int().nonnegative(),
      ms: z.number().int().nonnegative(),
      status: z.enum(['ok', 'empty', 'failed']),
    }),
  ),
});

export const VanbanRecordSchema = z.object({
  schema: z.literal('vanban/1'),
  source: SourceValue,
  /** `ok`, or `needs-ocr` for a scan whose text could not be read yet. */
  status: z.enum(['ok', 'needs-ocr']),
  docType: DocTypeValue.nullable(),
  number: NumberValue.nullable(),
  place: ScalarValue.nullable(),
  date: DateValue.nullable(),
  issuer: IssuerValue.nullable(),
  title: ScalarValue.nullable(),
  addressees: z.array(Addressee),
  signer: SignerValue.nullable(),
  recipients: z.array(Recipient),
  archive: ScalarValue.nullable(),
  citations: z.array(Citation),
  tasks: z.array(Task),
  sections: z.array(Section),
  agencies: z.array(Agency),
  corrections: z.array(CorrectionValue),
  /** The text of every message, in order (kept as plain strings for vanban/1 readers). */
  warnings: z.array(z.string()),
  /** The same messages with their origin (`read:docx`, `ocr`, `extract:header`…), severity, span and page. */
  messages: z.array(MessageValue),
  /** Signature-stamp evidence (signer body, signing time) where the PDF carries one. */
  stamps: z.array(z.object({ signer: z.string().nullable(), time: z.string().nullable() })),
  text: z.string().optional(),
});

export type VanbanRecord = z.infer<typeof VanbanRecordSchema>;
/** What the extractors read from a document: the record's fields about it, before its agencies are gathered. */
export type ExtractedFields = Pick<
  VanbanRecord,
  'docType' | 'number' | 'place' | 'date' | 'issuer' | 'title' | 'addressees' | 'signer' | 'recipients' | 'archive' | 'citations' | 'tasks'
>;
export type NumberField = z.infer<typeof NumberValue>;
export type DateField = z.infer<typeof DateValue>;
export type CitationField = z.infer<typeof Citation>;
export type TaskField = z.infer<typeof Task>;
export type SectionField = z.infer<typeof Section>;
export type AgencyField = z.infer<typeof Agency>;
export type AgencyMention = AgencyField['mentions'][number];
export type RecipientField = z.infer<typeof Recipient>;
export type SignerField = z.infer<typeof SignerValue>;
export type IssuerField = z.infer<typeof IssuerValue>;
export type ScalarField = z.infer<typeof ScalarValue>;
export type DocTypeField = z.infer<typeof DocTypeValue>;
