/**
 * Measured, not guessed: `npm run eval` prints per field a reliability table (confidence bins →
 * share right) over every labelled set and the lowest confidence above which values are right at
 * least 98% of the time. The numbers below are read off it (the tuning part: documents in the
 * aside part are never used to choose them), and updated when the extractors change: first the
 * calibration maps (from the confidences before calibration), then the thresholds (after it).
 */

/** The fields whose values carry a confidence and can be sent to review. */
export type ThresholdField = 'docType' | 'number' | 'place' | 'date' | 'issuer' | 'title' | 'signer' | 'archive' | 'citations' | 'tasks';

/**
 * A value whose confidence is under its field's threshold is marked `review: true`: at or above
 * it, the labelled values of that field were right at least 98% of the time (tuning part). Text
 * read by OCR has its own (`number:ocr`), so the scans' values kept out of review are held to the
 * same 98%. `null`: no confidence reached it, every value goes to review until the extractors give
 * evidence that tells their right values from their wrong ones.
 */
export const REVIEW_THRESHOLDS: Record<ThresholdField | `${ThresholdField}:ocr`, number | null> = {
  docType: 1,
  number: 0.98,
  place: 0.99,
  date: 0.97,
  // Issuer: the calibrated top bin (0.95–0.98) was right on all 140 tuning values and on 87 of 88
  // aside ones (27 Nov). Its text map has one bin, so every issuer read from header lines leaves
  // review; one inferred from the body or taken from a signature has its own measured share (below)
  // and stays, as do OCR'd ones. Titles stay in review: their one-bin map cannot tell a title joined
  // from broken lines from one printed whole.
  issuer: 0.95,
  title: null,
  signer: 1,
  archive: 0.98,
  citations: 0.93,
  tasks: null,
  'docType:ocr': null,
  'number:ocr': 0.9,
  'place:ocr': 0.93,
  'date:ocr': 0.96,
  'issuer:ocr': 0.94,
  'title:ocr': null,
  'signer:ocr': null,
  'archive:ocr': null,
  // OCR'd citations: the best bin measured 98.1% right (77 values), on the bar rather than above
  // it, and its misses gather in a few scans, which then kept more than 2% wrong values out of
  // review (office-scan): a scan's citations all go to review.
  'citations:ocr': null,
  'tasks:ocr': null,
};

/**
 * The confidence each kind of evidence that decides a value by itself gives it (extractors/
 * confidence.ts), ordered by how far each is to be trusted; the calibration maps below turn it into
 * the share right measured on the labelled sets.
 */
export const EVIDENCE_SHARE_RIGHT = {
  /** A number whose running number is blank on a scan or a signed copy (written by hand or stamped, not read). */
  blankNumber: 0.3,
  /** A date whose day or month is blank on a scan or a signed copy, the signature not filling it. */
  blankDay: 0.3,
  /**
   * A date completed from the digital signature's signing time: the clerk may date the document
   * the day after it was signed (15 of 17 such dates right on the labelled sets).
   */
  dateFromSignature: 0.88,
  /** A date printed on the page that the signing time confirms. */
  dateSignatureAgrees: 0.99,
  /** A date after the signing time or after the day the document is read. */
  dateInFuture: 0.1,
  /** A number whose symbol names another body than the issuer (the most it can be). */
  symbolMismatch: 0.6,
  /** An issuer named only by the digital signature. */
  issuerFromSignature: 0.6,
  /**
   * An issuer inferred from the body (a header-less text's enacting sentence, the symbol, the place
   * line): 6 of 6 right on the labelled sets (27 Nov), too few to be held ≥ 98% right, so it stays
   * under the issuer's threshold ((6 + 1) / (6 + 2), rounded down) and in review.
   */
  issuerInferred: 0.85,
} as const;

/**
 * Calibration maps per field, for text from a text layer or a Word file (`number`) and for text
 * read by OCR (`number:ocr`), whose values at the same evidence are right less often: a confidence
 * built from evidence at or above `from` becomes the share of such values that were right on the
 * tuning part (`npm run eval` prints them as CALIBRATION MAPS: histogram binning made monotone,
 * smoothed). A field without a map keeps its confidence.
 */
export const CALIBRATION: Partial<Record<ThresholdField | `${ThresholdField}:ocr`, ReadonlyArray<{ from: number; share: number }>>> = {
  docType: [{ from: 0.9, share: 0.995 }], // 93 values
  'docType:ocr': [{ from: 0, share: 0.896 }], // 23 values
  number: [{ from: 0, share: 0.125 }, { from: 0.5, share: 0.983 }], // 90 values
  'number:ocr': [{ from: 0.3, share: 0.3 }, { from: 0.95, share: 0.9 }], // 18 values
  place: [{ from: 0, share: 0.994 }], // 88 values
  'place:ocr': [{ from: 0, share: 0.912 }, { from: 0.9, share: 0.929 }], // 22 values
  date: [{ from: 0.8, share: 0.972 }, { from: 0.95, share: 0.987 }], // 90 values
  'date:ocr': [{ from: 0, share: 0.357 }, { from: 0.5, share: 0.583 }, { from: 0.7, share: 0.955 }], // 21 values
  issuer: [{ from: 0.5, share: 0.952 }], // 93 values
  'issuer:ocr': [{ from: 0.3, share: 0.167 }, { from: 0.5, share: 0.438 }, { from: 0.7, share: 0.458 }, { from: 0.9, share: 0.938 }], // 27 values
  title: [{ from: 0, share: 0.973 }], // 92 values
  'title:ocr': [{ from: 0, share: 0.167 }, { from: 0.5, share: 0.625 }, { from: 0.7, share: 0.725 }], // 24 values
  signer: [{ from: 0.5, share: 0.995 }], // 91 values
  'signer:ocr': [{ from: 0, share: 0.7 }, { from: 0.3, share: 0.833 }], // 18 values
  archive: [{ from: 0.95, share: 0.982 }], // 84 values
  'archive:ocr': [{ from: 0.5, share: 0.5 }, { from: 0.8, share: 0.625 }, { from: 0.95, share: 0.885 }], // 19 values
  citations: [{ from: 0.7, share: 0.823 }, { from: 0.8, share: 0.934 }, { from: 0.95, share: 0.997 }], // 256 values
  'citations:ocr': [{ from: 0.3, share: 0.688 }, { from: 0.5, share: 0.75 }, { from: 0.7, share: 0.825 }, { from: 0.8, share: 0.981 }], // 116 values
  tasks: [{ from: 0.7, share: 0.65 }, { from: 0.8, share: 0.852 }], // 72 values
  'tasks:ocr': [{ from: 0, share: 0.25 }, { from: 0.5, share: 0.318 }], // 15 values
};
