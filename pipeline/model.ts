/**
 * The one document model that flows through the stages.
 *
 * A reader builds a `RawDocument` (source facts, raw text, positioned lines). The normalize stage
 * turns it into a `NormalizedDocument` (clean text, the same lines re-pointed into that text, an
 * offset map back to the raw text, the corrections it made). Extractors are pure functions of a
 * `NormalizedDocument`. Nothing after the reader touches the file again.
 */

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
}

/** Evidence from a digital-signature stamp (signature dictionary or its text). */
export interface SignatureStamp {
  signer: string | null;
  time: string | null; // ISO 8601
}

export interface Message {
  /** What happened, in one sentence. */
  message: string;
  span?: [number, number];
}

export interface RawDocument {
  source: SourceInfo;
  rawText: string;
  lines: Line[];
  /** True when the file has no usable text layer (a scan) and needs OCR. */
  needsOcr: boolean;
  stamps: SignatureStamp[];
  warnings: Message[];
  /** Page width in points, for layout decisions (PDF and OCR). */
  pageWidth?: number;
  /** Present when the text came from OCR: engine, overall and per-page confidence. */
  ocr?: import('./ocr/read-scan.js').OcrSummary;
}

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
  offsetMap: import('../normalizers/text-editor.js').OffsetMap;
  corrections: Correction[];
}
