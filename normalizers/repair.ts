import { BARRED_D_ABBREVIATIONS, LOST_D_BAR } from '../data/abbreviations.js';
import { PROVINCES } from '../data/bodies.js';
import { COMMITTEE_WORD_MISREAD, GLUED_TITLE_OPENING, MANGLED_RECIPIENTS_LABEL, PROVINCE_WORD_MISREAD } from '../data/ocr.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { canonicalNumber } from '../pipeline/core/text/number.js';

/**
 * Repairs of the damage that copying and OCR do to the structured parts of a document: spaces
 * and odd dashes inside document numbers, `sổ` for `số` before a number, Đ that lost its bar in
 * well-known abbreviations. Prose-level diacritic repair is a separate stage.
 */

const CODE = String.raw`[A-ZĐ][A-Za-zĐđ0-9]*`;
const DASH = String.raw`[\-‐‑–—]`;
/** A document number with possible spaces around its separators: `03- CT/TW`, `/KH - STTTT`. */
const LOOSE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/])(?:(\d{1,5})[ ]?)?([/]|${DASH})[ ]?(?:(\d{4})[ ]?\/[ ]?)?(${CODE}(?:[ ]?(?:/|${DASH})[ ]?${CODE})*)(?![\p{L}\p{N}])`,
  'gu',
);


export function numberEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(LOOSE_NUMBER)) {
    const [whole, digits, firstSep] = m;
    // A bare `-CODE` with no digits is a hyphenated word, not a number.
    if (!digits && firstSep !== '/') continue;
    // Require one uppercase code of two letters or more (or a Party form): avoids "1-A".
    if (!/[A-ZĐ]{2}|[A-ZĐ][a-z]+[A-ZĐ]/.test(m[4]!) && !/\/TW$/.test(whole)) continue;
    const fixed = canonicalNumber(whole);
    if (fixed !== whole) edits.push({ start: m.index, end: m.index + whole.length, replacement: fixed, reason: 'number-spacing' });
  }
  return edits;
}

/** Province names without marks, lower case, for the `tính` → `tỉnh` repair. */
const FOLDED_PROVINCES = PROVINCES.map((p) => foldDiacritics(p).toLowerCase());

export function ocrTokenEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // "Chỉ thị sổ 28/CT-TTg": sổ (ledger) is never followed by a document number; số is.
  for (const m of text.matchAll(/(?<![\p{L}])([Ss])ổ(?=\s*:?\s*\d{1,5}\s*[/\-])/gu)) {
    edits.push({ start: m.index, end: m.index + 2, replacement: `${m[1]}ố`, reason: 'ocr' });
  }
  for (const m of text.matchAll(PROVINCE_WORD_MISREAD)) {
    const next = foldDiacritics(text.slice(m.index + m[0].length, m.index + m[0].length + 40).trimStart().toLowerCase());
    if (!FOLDED_PROVINCES.some((p) => next.startsWith(p) && !/\p{L}/u.test(next.charAt(p.length)))) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: m[0] === m[0].toUpperCase() ? 'TỈNH' : m[0][0] === 'T' ? 'Tỉnh' : 'tỉnh', reason: 'ocr' });
  }
  for (const m of text.matchAll(MANGLED_RECIPIENTS_LABEL)) {
    if (m[0] !== 'Nơi nhận') edits.push({ start: m.index, end: m.index + m[0].length, replacement: 'Nơi nhận', reason: 'ocr' });
  }
  for (const m of text.matchAll(GLUED_TITLE_OPENING)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${m[1]} ${m[2]}`, reason: 'ocr' });
  }
  for (const m of text.matchAll(COMMITTEE_WORD_MISREAD)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: m[0] === m[0].toUpperCase() ? 'ỦY' : 'Ủy', reason: 'ocr' });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,8})(?![\p{L}\p{N}])/gu)) {
    const fixed = LOST_D_BAR[m[1]!];
    if (fixed) edits.push({ start: m.index, end: m.index + m[1]!.length, replacement: fixed, reason: 'ocr' });
  }
  // A stray letter inside a well-known Đ abbreviation ("CVEĐ" for CVĐ: OCR split the Đ).
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-ZĐ]*Đ[A-ZĐ]*(?![\p{L}\p{N}])/gu)) {
    if (m[0].length < 3 || BARRED_D_ABBREVIATIONS.has(m[0])) continue;
    for (let i = 0; i < m[0].length; i++) {
      const shorter = m[0].slice(0, i) + m[0].slice(i + 1);
      if (m[0][i] !== 'Đ' && BARRED_D_ABBREVIATIONS.has(shorter)) {
        edits.push({ start: m.index, end: m.index + m[0].length, replacement: shorter, reason: 'ocr' });
        break;
      }
    }
  }
  return edits;
}
