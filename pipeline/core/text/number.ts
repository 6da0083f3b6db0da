import { SYMBOL_LOST_D_BAR } from '../../../data/abbreviations.js';
import { SYMBOL_CODE_RUN } from '../../../data/symbols.js';

/** Canonical form of a document number: no spaces, plain hyphens, Đ restored in known codes. */
export function canonicalNumber(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[‐‑–—]/g, '-')
    .replace(SYMBOL_CODE_RUN, (code) => SYMBOL_LOST_D_BAR[code] ?? code);
}
