import { SYMBOL_LOST_D_BAR } from '../../../data/abbreviations.js';
import { SYMBOL_CODE_RUN } from '../../../data/symbols.js';

/** Canonical form of a document number: no spaces, plain single hyphens, Đ restored in known codes. */
export function canonicalNumber(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[‐‑–—]/g, '-')
    // A hyphen read twice by OCR (`779/QĐ--UBND`) is one; a quote mark between codes is one read wrong.
    .replace(/[“”"]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(SYMBOL_CODE_RUN, (code) => SYMBOL_LOST_D_BAR[code] ?? code);
}
