import { FRONT_CODE, PARTY_NUMBER, STATE_NUMBER } from '../data/symbols.js';
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
