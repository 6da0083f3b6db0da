import { BARRED_D_ABBREVIATIONS, BARRED_D_WORD, LOST_D_BAR, UNBARRED_CAPITALS_WORD } from '../data/abbreviations.js';
import { BARRED_D } from '../data/alphabet.js';
import { PARTY_CENTRAL_CODE, PROVINCES } from '../data/bodies.js';
import { LOOSE_NUMBER, REAL_SYMBOL_CODE } from '../data/symbols.js';
import { DETACHED_FINAL } from '../data/syllables.js';
import {
  COMMITTEE_WORD_MISREAD, GLUED_TITLE_OPENING, LEDGER_BEFORE_NUMBER, MANGLED_RECIPIENTS_LABEL, MISREAD_WORDS, NUMBER_LABEL_MISREAD, PROVINCE_WORD_MISREAD, RECIPIENTS_LABEL,
} from '../data/ocr.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { canonicalNumber } from '../pipeline/core/text/number.js';
import { sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { modelForm, withCaseOf } from '../pipeline/core/text/syllable.js';

/**
 * Repairs of the damage that copying and OCR do to the structured parts of a document: spaces
 * and odd dashes inside document numbers, `sổ` for `số` before a number, Đ that lost its bar in
 * well-known abbreviations. Prose-level diacritic repair is a separate stage.
 */

export function numberEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(LOOSE_NUMBER)) {
    const [whole, digits, firstSep] = m;
    // A bare `-CODE` with no digits is a hyphenated word, not a number.
    if (!digits && firstSep !== '/') continue;
    // Require one uppercase code of two letters or more (or a Party form): avoids "1-A".
    if (!REAL_SYMBOL_CODE.test(m[4]!) && !whole.endsWith(`/${PARTY_CENTRAL_CODE}`)) continue;
    const fixed = canonicalNumber(whole);
    if (fixed !== whole) edits.push({ start: m.index, end: m.index + whole.length, replacement: fixed, reason: 'number-spacing' });
  }
  return edits;
}

/** Province names without marks, lower case, for the `tính` → `tỉnh` repair. */
const FOLDED_PROVINCES = PROVINCES.map((p) => foldDiacritics(p).toLowerCase());

export function ocrTokenEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(LEDGER_BEFORE_NUMBER)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: withCaseOf(m[0], MISREAD_WORDS.number), reason: 'ocr' });
  }
  for (const m of text.matchAll(NUMBER_LABEL_MISREAD)) {
    const at = m.index + m[1]!.length;
    edits.push({ start: at, end: at + m[2]!.length, replacement: withCaseOf(m[2]!, MISREAD_WORDS.number), reason: 'ocr' });
  }
  for (const m of text.matchAll(PROVINCE_WORD_MISREAD)) {
    const next = foldDiacritics(text.slice(m.index + m[0].length, m.index + m[0].length + 40).trimStart().toLowerCase());
    if (!FOLDED_PROVINCES.some((p) => next.startsWith(p) && !/\p{L}/u.test(next.charAt(p.length)))) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: withCaseOf(m[0], MISREAD_WORDS.province), reason: 'ocr' });
  }
  for (const m of text.matchAll(MANGLED_RECIPIENTS_LABEL)) {
    if (m[0] !== RECIPIENTS_LABEL) edits.push({ start: m.index, end: m.index + m[0].length, replacement: RECIPIENTS_LABEL, reason: 'ocr' });
  }
  for (const m of text.matchAll(GLUED_TITLE_OPENING)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${m[1]} ${m[2]}`, reason: 'ocr' });
  }
  for (const m of text.matchAll(COMMITTEE_WORD_MISREAD)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: withCaseOf(m[0], MISREAD_WORDS.committee), reason: 'ocr' });
  }
  for (const m of text.matchAll(UNBARRED_CAPITALS_WORD)) {
    const fixed = LOST_D_BAR[m[1]!];
    if (fixed) edits.push({ start: m.index, end: m.index + m[1]!.length, replacement: fixed, reason: 'ocr' });
  }
  // A stray letter inside a well-known Đ abbreviation ("CVEĐ" for CVĐ: OCR split the Đ).
  for (const m of text.matchAll(BARRED_D_WORD)) {
    if (m[0].length < 3 || BARRED_D_ABBREVIATIONS.has(m[0])) continue;
    for (let i = 0; i < m[0].length; i++) {
      const shorter = m[0].slice(0, i) + m[0].slice(i + 1);
      if (BARRED_D[m[0][i]!] === undefined && BARRED_D_ABBREVIATIONS.has(shorter)) {
        edits.push({ start: m.index, end: m.index + m[0].length, replacement: shorter, reason: 'ocr' });
        break;
      }
    }
  }
  return edits;
}

/**
 * A syllable a PDF text layer cut before its final consonants ("Hội đồ ng", "thà nh"): pdf.js puts
 * a space where the glyphs are spaced apart. The piece after the space is a final with no vowel
 * (`ng`, `nh`, `ch`), never a word of its own, so it joins the word before it when they make a
 * syllable the language model knows.
 */
export function detachedFinalEdits(text: string): Edit[] {
  const model = sharedLanguageModel();
  const edits: Edit[] = [];
  for (const m of text.matchAll(DETACHED_FINAL)) {
    const [, head, gap, final] = m;
    if (!model.ids.has(modelForm(`${head}${final}`))) continue;
    const at = m.index + head!.length;
    edits.push({ start: at, end: at + gap!.length, replacement: '', reason: 'split-syllable' });
  }
  return edits;
}
