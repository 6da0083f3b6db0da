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
  /**
   * Letters the recognizer (trained on print, Chinese and Latin) reads for a pen's digits when it
   * gives the digits no weight at all: an open-topped 4 for an A, a 5 for an S, a 1 for an l. Inside
   * a blank only digits belong, so such a letter is read as its digit, at a share of the letter's
   * probability (an unsure digit). Letters of a printed symbol (`/TTr`, `/QĐ`, `/BCA`) come after
   * its separator, where the number has already ended; T, C, D, Q and B are left out all the same.
   */
  lookalikes: { A: '4', S: '5', s: '5', $: '5', l: '1', I: '1', i: '1', '|': '1', O: '0', o: '0', G: '6', Z: '2', z: '2', q: '9', g: '9' } as Record<string, string>,
  /** A look-alike letter stands for its digit only when the model is this sure of it (a looped stroke read as k, b or h is no digit). */
  minLookalike: 0.5,
  /** A look-alike letter's digit counts this share of the letter's probability. */
  lookalikeWeight: 0.5,
};

/**
 * The document's own blanks, where a pen fills the number and the date — not the numbers and
 * dates of the documents cited in the body, which are typed: the number's `Số` is printed with a
 * capital at the start of its line, with its colon (`Số:`, which a cited `số 12/NQ-CP` never has:
 * a reading that lost the capital or the ô but kept the colon is still the label); the date's `ngày` follows the place and its comma
 * (`Lâm Đồng, ngày`), or starts its line. A cited date follows a symbol (`12/NQ-HĐND ngày`).
 */
export const OWN_NUMBER_LABEL = /^(?:S[ốôoóồổ6ơớờ]|[Ss][ốôoóồổ6ơớờéếáà][:;])/u;
export const WORDS_BEFORE_OWN_NUMBER = 1;
/**
 * How far past the symbol's first character (in printed heights) the digit reader's crop of the
 * number reaches: about a slash's width, so a pen's last digit that runs under it is whole, and
 * the slash, which ends the number, is in the crop.
 */
export const SEPARATOR_REACH = 0.6;
/** The digit a slash in that reach is read as (a thin upright stroke on a small or faint scan). */
export const SLASH_READ_AS = '1';
/**
 * How far back into the label's box (in printed heights) the digit reader's crop may start when
 * a pen's stroke crosses the blank's first column: about a digit's width, never past the label's start.
 */
export const LABEL_REACH = 0.8;
/** A label's printed characters take at most this many times the line's median character width. */
export const LABEL_WIDTH_SLACK = 1.15;
/**
 * A symbol's code (two capitals or more: `BCA`, `QĐ`, `UBND`) found before any separator in the
 * word that closes the number's blank: the slash before it was lost under the pen's digits.
 */
export const SYMBOL_CODE = /\p{Lu}{2,}/u;
/** The separator between the number and the symbol (Nghị định 30/2020: `15/QĐ-UBND`; a Party number: `36-HD/VPTW`). */
export const STATE_NUMBER_SEPARATOR = '/';
export const PARTY_NUMBER_SEPARATOR = '-';
/**
 * A word before `ngày` that is a place's (a capital, no digit or slash), or ends with its comma —
 * a place's comma, not the comma after a cited document's symbol (`Quyết định số 1421/QĐ-UBND,
 * ngày 30 tháng 10 năm 2023`): a place's name has no slash, every symbol has one.
 */
export const PLACE_BEFORE_DATE = /(?:^[^/]*,|^\p{Lu}[\p{L}\p{M}.]*)$/u;

/**
 * Confidence of a blank's value, from how the readings agreed. A wrong number at 0.9 or more is a
 * defect, so only two independent readings that agree reach it.
 */
export const BLANK_CONFIDENCE = {
  /** Tesseract and the digit reader read the same digits, the digit reader surely. */
  agree: 0.95,
  /** The digit reader's mean digit probability from which its reading is sure (clean pen digits read 0.95 or more). */
  sureDigitReader: 0.85,
  /** They read the same digits but the digit reader hesitated: likely right, not sure. */
  agreeHesitant: 0.7,
  /** They disagree and the signing time's day or month is one of the two readings. */
  signatureAgrees: 0.8,
  /**
   * One reading is the other's end (`15` and `5`: a first digit lost at the label): they agree on
   * the digits both saw, so the longer one is more likely than a disagreement's, yet unsure — above
   * the line under which a signing day stands in for the page's day, far under review's bar.
   */
  endAgrees: 0.55,
  /**
   * The hand-digit reader (trained on handwritten digits) agrees with one of the two print
   * recognizers where they disagree: two models trained apart read the same digits. Likely right,
   * not sure: under review's bar of 0.9.
   */
  twoOfThree: 0.8,
  /** The hand-digit reader's least sure digit from which its reading is sure (two of three at twoOfThree). */
  sureHand: 0.9,
  /** Below this least-sure digit the hand-digit reader's reading neither confirms nor contradicts. */
  handCounts: 0.5,
  /** One reading alone, or two that disagree: the value is unsure and said so in `warnings`. */
  unsure: 0.35,
  /**
   * A reading of the number that a number in the file's name repeats: two independent sources
   * agree (as a signing day settles a day), yet the name may be another document's.
   */
  fileNameAgrees: 0.8,
  /**
   * The file's name has the number one digit from the digit reader's reading, or with first digits
   * the readings lost at the label: likely the number, still to be checked (review).
   */
  fileNameClose: 0.55,
};

/**
 * A number in a file's name: offices save a scan under its number (`294 TTr.pdf`, `to trinh 512.pdf`,
 * `1_4552.signed.pdf`, `996KH-TCTLNTW-C04.pdf`, `CV 1925.pdf`). Two to five digits standing apart:
 * not glued to a letter or a hyphen before them (a hash, `-p2-15`, `QĐ28`), nor to a small letter
 * after them (`14f7`); a date's eight digits are no number. A document's number has a leading zero
 * only below 10 (`01`…`09`, Nghị định 30/2020, Phụ lục I): `0001`, `012` are a scanner's counter
 * (`Scan_0001.pdf`, `IMG_0012.pdf`), no number.
 */
export const FILE_NAME_NUMBER = /(?<![\p{L}\d-])(?:0[1-9]|[1-9]\d{1,4})(?![\d\p{Ll}])/gu;
/**
 * A date written in a file's name (`17.9.2025`, `29-07-2025`, `22.09.2025_14h38p48`, `2025-11-03`),
 * a year named by its word (`nam 2025`, `năm 2025`) or a period of years (`2021-2025`): its figures
 * are no number of the document; blanked before FILE_NAME_NUMBER reads the name.
 */
export const FILE_NAME_DATE = /(?<!\d)(?:\d{1,2}[._\- ]\d{1,2}[._\- ](?:19|20)\d{2}|(?:19|20)\d{2}[._\-]\d{1,2}[._\-]\d{1,2}|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})(?!\d)|(?<![\p{L}])(?:năm|nam|NĂM|NAM|Năm|Nam)[\s_]+(?:19|20)\d{2}(?!\d)/gu;

/** How the document's warnings name each handwritten blank. */
export const BLANK_NAMES = { number: 'the number after “Số”', day: 'the day', month: 'the month' } as const;

/**
 * The hand-digit reader's segmentation of a blank (pipeline/ocr/hand-digits.ts). Heights are shares
 * of the printed line's height; widths shares of the part's own height.
 */
export const HAND_DIGITS = {
  /** The hand-digit reader's crop reaches this many printed heights above the printed line (a pen's digit is often taller than print, written high)… */
  reachAbove: 0.8,
  /** …and this many below it. */
  reachBelow: 0.5,
  /** Ink is at most this grey after the crop is stretched to full contrast, whatever Otsu's level says (a blank with a few strokes). */
  maxThreshold: 170,
  /** Grey levels either side of the threshold over which a stroke's edge fades, as MNIST's anti-aliased edges. */
  softEdge: 40,
  /** Shorter than this share of a printed line's height is a dot, the colon, a dash or a speck, no digit. */
  minHeight: 0.35,
  /** Parts sharing this share of the narrower one's columns are pieces of one digit (a 5's flag, a broken loop). */
  mergeOverlap: 0.6,
  /** Parts sharing this share of the shorter one's rows… */
  sideBySideRows: 0.6,
  /** …and the shorter at least this share of the taller's height stand side by side (two slanted digits), not one above the other: never joined. */
  sideBySideHeight: 0.7,
  /** A part the date crop's side cuts through and shorter than this share of the tallest part inside is a piece of the label's letter. */
  labelPieceHeight: 0.8,
  /** A part shorter than this share of the tallest is a speck or an accent, no digit. */
  minShareOfTallest: 0.4,
  /** A part wider than this many times its height is digits that touch. */
  touchingWidth: 1.15,
  /** A part this many times as wide as the blank's other parts (their median) is two digits that touch. */
  touchingOthers: 1.25,
  /** A handwritten digit's width, as a share of its height (to count touching digits). */
  digitWidth: 0.7,
  /** A printed slash is at most this wide for its height… */
  slashMaxWidth: 0.6,
  /** …and its top lies right of its foot by at least this share of its height. */
  slashMinLean: 0.15,
};
