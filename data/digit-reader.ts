/**
 * The digit reader of handwritten blanks (pipeline/ocr/digits.ts, pipeline/ocr/blanks.ts) and how
 * its reading is weighed against Tesseract's and the digital signature's.
 */
export const DIGIT_READER = {
  /** PP-OCR's recognizers take text lines 48 pixels high (the height they were trained on). */
  height: 48,
  /** A blank is a few digits; a wider crop is cut (it would be a whole line, not a blank). */
  maxWidth: 640,
  /** Darker than this (after the crop is stretched to full contrast) is ink. */
  ink: 128,
  /** Air left around the ink, as a share of its height (a text detector's boxes leave about this). */
  air: 0.15,
  /**
   * Where the model's likeliest class is a letter (a pen's 5 read as S, its 4 as A), the likeliest
   * digit is taken if it has at least this probability; a stroke that is no digit gives none.
   */
  minDigitUnderLetter: 0.05,
  /** Characters that end the number in its blank: the symbol's separators (`Số: 12/KH-UBND`). */
  separators: '/-–—',
  /** Characters of the printed blank read over: its dots, the label's colon. */
  dots: '.,:;…·',
};

/**
 * The document's own blanks, where a pen fills the number and the date — not the numbers and
 * dates of the documents cited in the body, which are typed: the number's `Số` is printed with a
 * capital at the start of its line; the date's `ngày` follows the place and its comma
 * (`Lâm Đồng, ngày`), or starts its line. A cited date follows a symbol (`12/NQ-HĐND ngày`).
 */
export const OWN_NUMBER_LABEL = /^S[ốôoóồổ6ơớờ]/u;
export const WORDS_BEFORE_OWN_NUMBER = 1;
/** A word before `ngày` that is a place's (a capital, no digit or slash), or ends with its comma. */
export const PLACE_BEFORE_DATE = /(?:,|^\p{Lu}[\p{L}\p{M}.]*)$/u;

/**
 * Confidence of a blank's value, from how the readings agreed. A wrong number at 0.9 or more is a
 * defect, so only two independent readings that agree reach it.
 */
export const BLANK_CONFIDENCE = {
  /** Tesseract and the digit reader read the same digits. */
  agree: 0.95,
  /** They disagree and the signing time's day or month is one of the two readings. */
  signatureAgrees: 0.8,
  /** One reading alone, or two that disagree: the value is unsure and said so in `warnings`. */
  unsure: 0.35,
};

/** How the document's warnings name each handwritten blank. */
export const BLANK_NAMES = { number: 'the number after “Số”', day: 'the day', month: 'the month' } as const;
