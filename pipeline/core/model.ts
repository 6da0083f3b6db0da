/**
 * The one document model that flows through the stages.
 *
 * A reader builds a `RawDocument` (source facts, raw text, positioned lines). The normalize stage
 * turns it into a `NormalizedDocument` (clean text, the same lines re-pointed into that text, an
 * offset map back to the raw text, the corrections it made). Extractors are pure functions of a
 * `NormalizedDocument`. Nothing after the reader touches the file again.
 */

import type { Message } from './messages.js';
import type { OffsetMap } from './text/edits.js';

export type SourceFormat = 'txt' | 'docx' | 'doc' | 'pdf' | 'image';

export interface SourceInfo {
  path: string;
  sha256: string;
  size: number;
  format: SourceFormat;
  pages: number;
  ocr: boolean;
}

/** Where a line sits in the layout. `column` is the reader's best knowledge of the side it came from. */
export type Column = 'left' | 'right' | 'full';

export interface Line {
  /** Text of the line (in the raw document: raw text; in the normalized one: normalized text). */
  text: string;
  /** Offsets of the line in the document text (raw or normalized, matching `text`). */
  start: number;
  end: number;
  page: number;
  /** Left edge, top and width, in points from the page's top-left (PDF); block order units otherwise. */
  x: number;
  y: number;
  width: number;
  column: Column;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  /** OCR confidence of the line (0..1, its weakest words); absent for text that was not OCR'd. */
  confidence?: number;
  /** Present for lines that came out of a table cell: table index, row, cell. */
  cell?: { table: number; row: number; col: number; cols: number };
  /** Word documents: the 0-based index of the paragraph the line belongs to, in body order (table cells' paragraphs included). */
  paragraph?: number;
}

/** A word or text item placed on a page (PDF text layer or OCR word box), in points from the page's top-left. */
export interface PositionedItem {
  text: string;
  x: number;
  right: number;
  /** Distance of the baseline from the page top. */
  baseline: number;
  /** Font size (text layer) or line height (OCR). */
  size: number;
  /** OCR confidence of the word, 0..1; absent for a text layer. */
  confidence?: number;
  /** A value OCR settled from the readings of a handwritten blank: its line is no surer than it. */
  handwritten?: boolean;
}

/** Evidence from a digital-signature stamp (signature dictionary or its text). */
export interface SignatureStamp {
  signer: string | null;
  time: string | null; // ISO 8601
}

export interface RawDocument {
  source: SourceInfo;
  rawText: string;
  lines: Line[];
  /** True when the file has no usable text layer (a scan) and needs OCR. */
  needsOcr: boolean;
  /** The pages OCR must read when only some of a PDF's pages need it (absent: every page). */
  ocrPages?: number[];
  stamps: SignatureStamp[];
  /** What the stages so far had to say (reader, OCR), in order; the extractors add theirs. */
  messages: Message[];
  /** Page width in points, for layout decisions (PDF and OCR). */
  pageWidth?: number;
  /** Present when the text came from OCR: engine, overall and per-page confidence. */
  ocr?: OcrSummary;
}

/** How a scan was read: the engine, and each page's confidence, resolution, words and time. */
export interface OcrPageSummary {
  page: number;
  /** Mean word confidence, 0..1; 0 when the page could not be read. */
  confidence: number;
  /** Resolution the page was recognized at. */
  dpi: number;
  words: number;
  ms: number;
  status: 'ok' | 'empty' | 'failed';
}

export interface OcrSummary {
  engine: string;
  /** Mean confidence over the pages that had text, 0..1. */
  confidence: number;
  pages: OcrPageSummary[];
}

/** A rectangle on a page, in points from the page's top-left. */
export interface PageRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Reads what signature fields print on a page (the number and day a signing tool stamps into the
 * header's blanks are drawn in the field's appearance, not in the text layer). Given by the OCR
 * stage; without it those blanks stay empty.
 */
export type FieldReader = (page: number, fields: PageRect[], printed: PageRect[]) => Promise<PositionedItem[]>;

export interface Correction {
  span: [number, number];
  from: string;
  to: string;
  reason: string;
}

export interface NormalizedDocument extends Omit<RawDocument, 'lines'> {
  /** The normalized full text; every span in the output points into it. */
  text: string;
  lines: Line[];
  /** Maps offsets in `text` back to `rawText`. */
  offsetMap: OffsetMap;
  corrections: Correction[];
}

/**
 * What the link stage knows of a record beyond the record itself: its identity keys (so copies
 * count once and citations resolve to stored documents) and how to tell whether a name is another
 * spelling of a stored agency. The store writes these without knowing how they are made.
 */
export interface DocumentLinks {
  province: string | null;
  year: number | null;
  /** Identity key of the document (`NUMBER|YEAR|SCOPE`, or a fallback for unnumbered copies). */
  docKey: string;
  /** When it was issued, as precisely as printed: "2022-05-24", "2023-05" or "2025". */
  issued: string | null;
  /** The key of the document each citation names, in the record's citation order. */
  citedKeys: Array<string | null>;
  /** The stored agency (same kind and province) that `name` is another spelling of, if any. */
  matchAgency<T extends { name: string }>(name: string, candidates: T[], province: string | null): (T & { similarity: number }) | null;
}
