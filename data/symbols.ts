/**
 * Document numbers and their symbols (FORMAT.md §3): the letters a symbol's codes are written
 * with and the shapes a number takes — State `15/QĐ-UBND`, `249/2025/NĐ-CP`, Party `36-HD/VPTW`,
 * Front `234/KH-MTTQ-BTT`, blank `/KH-STTTT` — as printed, as cited and as damaged by copying.
 */

/** Capitals a code opens with (the body of a character class). */
export const CODE_CAPITALS = 'A-ZĐ';
/** Letters a code may hold: capitals and the odd small letter ("TTg", "QĐi", "CTr"). */
export const CODE_LETTERS = 'A-Za-zĐđ';
/** Small letters, of which a wrapped code holds one at most. */
const CODE_SMALL = 'a-zđ';

/** The running number before the symbol: `234`, `1.250`. */
const SEQUENCE = String.raw`\d{1,5}(?:\.\d{1,3})?`;

/** Each code of a symbol in turn (letters and digits between the separators). */
export const SYMBOL_CODE_RUN = new RegExp(`[${CODE_LETTERS}0-9]+`, 'g');

/** A Party number: digits, hyphen, type, slash, issuer (`36-HD/VPTW`). Groups: sequence, type, issuer codes. */
export const PARTY_NUMBER = new RegExp(String.raw`^(${SEQUENCE})?-([${CODE_CAPITALS}][${CODE_LETTERS}]*)\/([${CODE_CAPITALS}][${CODE_LETTERS}0-9\-/]*)$`, 'u');

/** A sub-unit's code in brackets after a unit's code (`TTr-CAT(PC04)`), written without spaces. */
const SUB_UNIT = String.raw`(?:\([${CODE_CAPITALS}0-9]+\))`;

/**
 * A State or Front number: digits, slash, [year, slash], symbol (`249/2025/NĐ-CP`). Groups:
 * sequence, year, symbol. Some offices join a unit's codes with a dot (`03/BC-LĐVTCT.LĐ`).
 */
export const STATE_NUMBER = new RegExp(
  String.raw`^(${SEQUENCE})?\/(?:(\d{4})\/)?([${CODE_CAPITALS}][${CODE_LETTERS}0-9]*(?:-[${CODE_LETTERS}0-9]+${SUB_UNIT}?(?:\.[${CODE_CAPITALS}][${CODE_LETTERS}0-9]*)*)*)$`,
  'u',
);

/** Codes of the Front's bodies: a symbol carrying one after its type is a Front number. */
export const FRONT_CODE = /^(?:MTTQ|MTTW|MT)/;

/**
 * A symbol's code printed on the next line after a hyphen the line broke at ("1744/QĐ-⏎BGTVT"):
 * all capitals and digits, one lower-case letter at most (TTg), so running text is not taken.
 */
export const WRAPPED_SYMBOL_CODE = String.raw`[${CODE_CAPITALS}0-9][${CODE_CAPITALS}0-9]*(?:[${CODE_SMALL}][${CODE_CAPITALS}0-9]*)?(?![\p{L}\p{N}])`;

/**
 * One more code of a symbol after a hyphen, on the same line or wrapped onto the next. A unit's
 * code may join two offices with "&" (`SNV-CCHC&VTLT`), add a sub-unit after a dot
 * (`BC-LĐVTCT.LĐ`, as STATE_NUMBER reads it) or name one in brackets (`TTr-CAT(PC04)`,
 * `CAT-PC04(Đ1)`), written without spaces; a dot before a space or a small letter ends the sentence.
 */
const NEXT_CODE = String.raw`-(?:[${CODE_LETTERS}0-9]+(?:&[${CODE_LETTERS}0-9]+)*(?:\.[${CODE_CAPITALS}][${CODE_CAPITALS}0-9]*(?![\p{Ll}]))*(?:\([${CODE_CAPITALS}0-9]+\))?|[ \t]*\n[ \t]*${WRAPPED_SYMBOL_CODE})`;

/** A line break inside a normative number, after a slash of its year ("30/2020/⏎NĐ-CP"), as a PDF wraps it. */
const LINE_WRAP = String.raw`(?:[ \t]*\n[ \t]*)`;

/**
 * A number as cited in running text, State (`28/CT-TTg`, `30/2020/NĐ-CP`) or Party (`03-CT/TW`);
 * also a normative number typed with a hyphen for the slash before its type (`126/2024-NĐ-CP`),
 * which still cites by its year and two codes.
 */
export const CITED_NUMBER = String.raw`\d{1,5}(?:\.\d{1,3})?(?:/${LINE_WRAP}?\d{4}/${LINE_WRAP}?|/)[${CODE_CAPITALS}][${CODE_LETTERS}0-9]*(?:${NEXT_CODE})*|\d{1,5}/\d{4}-[${CODE_CAPITALS}][${CODE_LETTERS}0-9]*(?:${NEXT_CODE})+|\d{1,5}-[${CODE_CAPITALS}][${CODE_LETTERS}]*/[${CODE_CAPITALS}][${CODE_LETTERS}0-9]*(?:${NEXT_CODE})*`;

/** A code of a symbol, as the repair reads it. */
const CODE = String.raw`[${CODE_CAPITALS}][${CODE_LETTERS}0-9]*`;
/** Hyphens and dashes a copy puts between codes. */
const DASH = String.raw`[\-‐‑–—]`;

/** A quote mark OCR reads for the hyphen between two codes (`KH“UBND`), with no space around it. */
const QUOTE_READ_FOR_HYPHEN = '[“”"]';

/**
 * A document number with possible spaces around its separators: `03- CT/TW`, `/KH - STTTT`, or a
 * hyphen read twice (`779/QĐ--UBND`) or as a quote mark (`3563/KH“UBND`).
 * Groups: digits, first separator, year, codes.
 */
export const LOOSE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/])(?:(\d{1,5})[ ]?)?([/]|${DASH})[ ]?(?:(\d{4})[ ]?\/[ ]?)?(${CODE}(?:(?:[ ]?(?:/|${DASH}{1,2})[ ]?|${QUOTE_READ_FOR_HYPHEN})${CODE})*)(?![\p{L}\p{N}])`,
  'gu',
);

/** Codes that make a loose number a document number: a capitals code of two letters or more, or a Party form (`TTg`). */
export const REAL_SYMBOL_CODE = new RegExp(`[${CODE_CAPITALS}]{2}|[${CODE_CAPITALS}][a-z]+[${CODE_CAPITALS}]`);

/** What follows the `Số:` label up to the end of the number, blanks for the number included (`……/QĐ-UBND`). */
export const NUMBER_AFTER_LABEL = new RegExp(String.raw`^[\d.…_\s]*[/\-–—]?\s*(?:[\d${CODE_CAPITALS}${CODE_SMALL}/\-–—\s.]|${SUB_UNIT})*`, 'u');
