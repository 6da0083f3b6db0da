import { distance as levenshtein } from 'fastest-levenshtein';
import { BODY_CODES } from '../data/bodies.js';
import { docTypeByCode } from '../data/doc-types.js';
import { DIGIT_READ_FOR_CODE_LETTER } from '../data/ocr.js';
import { FRONT_CODE, PARTY_NUMBER, STATE_NUMBER, SYMBOL_CODE_RUN } from '../data/symbols.js';
import { comparisonKey, foldDiacritics } from '../pipeline/core/text/fold.js';
import { canonicalNumber } from '../pipeline/core/text/number.js';

export type NumberSystem = 'state' | 'party' | 'front';

export interface ParsedNumber {
  raw: string;
  seq: string | null;
  symbol: string;
  system: NumberSystem;
  /** Type code inside the symbol (KH in KH-STTTT, HD in HD/VPTW), if any. */
  typeCode: string | null;
  /** Issuer codes in the symbol (STTTT; MTTQ, BTT; VPTW). */
  issuerCodes: string[];
  /** Year inside the symbol of a legal normative document (2025 in 2025/NĐ-CP). */
  year: number | null;
}

/**
 * Parses a number-and-symbol as printed after "Số:" (FORMAT.md §3):
 * State `15/QĐ-UBND`, `249/2025/NĐ-CP`; Party `36-HD/VPTW`; Front `234/KH-MTTQ-BTT`; blank `/KH-STTTT`.
 */
export function parseDocumentNumber(printed: string): ParsedNumber | null {
  const raw = canonicalNumber(printed.replace(/^[\s:.…_]+|[\s.,;]+$/gu, ''));
  // Party: digits, hyphen, type, slash, issuer.
  const party = PARTY_NUMBER.exec(raw);
  if (party && !/^\d/.test(raw.split('-')[1] ?? '')) {
    const [, seq, type, issuer] = party;
    return {
      raw,
      seq: seq ?? null,
      symbol: `${type}/${issuer}`,
      system: 'party',
      typeCode: type!,
      issuerCodes: issuer!.split(/[-/]/),
      year: null,
    };
  }
  // State / Front: digits, slash, [year, slash], symbol.
  const state = STATE_NUMBER.exec(raw);
  if (state) {
    const [, seq, year, symbolBody] = state;
    const parts = symbolBody!.split('-');
    // The type code comes first when the symbol has an issuer after it; a lone code is the issuer
    // (công văn "05/BNV-VP" has no type; "13/NQ-CP" has one). Decided by the type lexicon later.
    const symbol = year ? `${year}/${symbolBody}` : symbolBody!;
    const system: NumberSystem = parts.slice(1).some((p) => FRONT_CODE.test(p)) ? 'front' : 'state';
    return {
      raw,
      seq: seq ?? null,
      symbol,
      system,
      typeCode: parts.length > 1 ? parts[0]! : null,
      // A bracketed sub-unit (CAT(PC04)) is the drafting office, not another issuer; so is a code
      // after a dot (UBND.VX), or the unit's place (LĐVTCT.LĐ).
      issuerCodes: (parts.length > 1 ? parts.slice(1) : parts).map((code) => code.replace(/[.(].*$/u, '')),
      year: year ? Number(year) : null,
    };
  }
  return null;
}

/** Codes shorter than this are one letter from too many others to be told apart (CP, TU, VP). */
const REPAIRABLE_CODE_LENGTH = 3;

/** A code as compared with another read by OCR: capitals, marks and the bar of Đ aside. */
const codeKey = (code: string) => foldDiacritics(code).toUpperCase();

const KNOWN_BODY_CODES = Object.keys(BODY_CODES).filter((code) => code.length >= REPAIRABLE_CODE_LENGTH);

/** A code OCR misread and the known code of the header's body it stands for. */
export interface CodeRepair {
  from: string;
  to: string;
}

/**
 * A scan's symbol checked against the body that issued it (Nghị định 30/2020, Phụ lục III: the
 * symbol abbreviates the issuing body's name after the type's code). A code that no table knows,
 * that spells a known body's code but for one letter (or only the bar of its Đ: `UBNĐ`; or a letter
 * read as a digit of like shape: `U8ND`) and that
 * body is the one the header names (`UBNL` under ỦY BAN NHÂN DÂN), is that code misread;
 * `issuerText` is the header's issuer name and lines. A code one letter from known codes none of
 * which the header names is left as read: three-letter codes of bodies no table holds are often
 * one letter from a known one (BTV, Ban Thường vụ, beside BTT).
 */
export function symbolCodeRepairs(symbol: string, issuerText: string): CodeRepair[] {
  const key = comparisonKey(issuerText);
  const repairs: CodeRepair[] = [];
  for (const [code] of symbol.matchAll(SYMBOL_CODE_RUN)) {
    if (code.length < REPAIRABLE_CODE_LENGTH || BODY_CODES[code] || docTypeByCode(code)) continue;
    // A digit among a code's letters may be a letter of like shape (`U8ND`); then the rest must be
    // as printed: codes of units hold digits of their own (C04, PC06).
    const digits = /\d/.test(code);
    const letters = digits ? [...code].map((c) => DIGIT_READ_FOR_CODE_LETTER[c] ?? c).join('') : code;
    if (/\d/.test(letters)) continue;
    // Only a letter misread as another (same length): a code one letter longer or shorter is a
    // body's code with its level's letter (BCĐX, UBNDH), not a misreading.
    const near = KNOWN_BODY_CODES.filter(
      (known) => codeKey(known).length === codeKey(letters).length && levenshtein(codeKey(known), codeKey(letters)) <= (digits ? 0 : 1),
    );
    const named = near.filter((known) => key.includes(comparisonKey(BODY_CODES[known]!)));
    if (named.length === 1) repairs.push({ from: code, to: named[0]! });
  }
  return repairs;
}

/** The symbol with each repaired code put in place of the code as read (whole codes only). */
export function withCodesRepaired(symbol: string, repairs: CodeRepair[]): string {
  return repairs.reduce((s, { from, to }) => s.replace(new RegExp(`(^|[-/])${from}(?=$|[-/.(&])`, 'u'), `$1${to}`), symbol);
}
