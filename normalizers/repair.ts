import { BARRED_D_ABBREVIATIONS, BARRED_D_WORD, LOST_D_BAR, UNBARRED_CAPITALS_WORD } from '../data/abbreviations.js';
import { BARRED_D } from '../data/alphabet.js';
import { PARTY_CENTRAL_CODE, PROVINCE_LEVEL, PROVINCES } from '../data/bodies.js';
import { CAPITALS_OCR_CONFUSIONS, CAPITALS_WITH_CONFUSIONS, JOINED_NAME_MIN_LETTERS, STANDARD_NAMES, STANDARD_SYLLABLE_VARIANTS } from '../data/issuers.js';
import { LOOSE_NUMBER, REAL_SYMBOL_CODE } from '../data/symbols.js';
import { DETACHED_FINAL } from '../data/syllables.js';
import {
  COMMITTEE_SPACE_MISREAD, COMMITTEE_WORD_MISREAD, GLUED_TITLE_OPENING, LEDGER_BEFORE_NUMBER, MANGLED_RECIPIENTS_LABEL_END, MANGLED_RECIPIENTS_PREFIX_MAX, MISREAD_WORDS, NUMBER_LABEL_MISREAD, PROVINCE_WORD_MISREAD, RECIPIENTS_LABEL,
  NAME_SYLLABLES_GLUED_BY_QUOTE, NAME_SYLLABLES_QUOTE, SUBJECT_MARK, SUBJECT_MARK_MISREAD, TITLE_OPENING_MISREAD, TITLE_OPENING_WORD,
  DIGIT_READ_FOR_CODE_LETTER, TYPE_CODE_READ_AS_DIGITS,
} from '../data/ocr.js';
import { docTypeByCode } from '../data/doc-types.js';
import { remembered } from '../pipeline/core/remembered.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { canonicalNumber } from '../pipeline/core/text/number.js';
import { codePointStartBefore, isLetterOrMarkCode, letterOrMarkRunStart, letterRunStart, lowerCaseRunStart, nextCapitalizedRun } from '../pipeline/core/text/letters.js';
import { matchesAfterLookBehind } from '../pipeline/core/text/lookbehind-matches.js';
import { sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { modelForm, withCaseOf } from '../pipeline/core/text/syllable.js';
import { withTraditionalTones } from '../pipeline/core/text/tone.js';

/**
 * Repairs of the damage that copying and OCR do to the structured parts of a document: spaces
 * and odd dashes inside document numbers, `sổ` for `số` before a number, Đ that lost its bar in
 * well-known abbreviations. Prose-level diacritic repair is a separate stage.
 */

export function numberEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // (Found without the pattern's opening look-behind, which V8 tried at every character: 2.8x.)
  for (const m of matchesAfterLookBehind(text, LOOSE_NUMBER)) {
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

/** NAME_SYLLABLES_GLUED_BY_QUOTE tried at one place only. */
const NAME_SYLLABLES_GLUED_AT = new RegExp(NAME_SYLLABLES_GLUED_BY_QUOTE.source, `${NAME_SYLLABLES_GLUED_BY_QUOTE.flags.replace('g', '')}y`);

/**
 * `text.matchAll(NAME_SYLLABLES_GLUED_BY_QUOTE)`, found from the quotes: the pattern opens with a
 * capital of any script, which V8 tried at every character (most of the OCR-slip pass). A match
 * holds one quote, right after its first word's small letters, so it can only start at the
 * character before the run of small letters that ends at a quote, and a later quote's match
 * starts later: the pattern is tried there alone, in the quotes' order, past the last match.
 */
export function* nameSyllablesGluedByQuote(text: string): Generator<RegExpExecArray> {
  let searchedTo = 0;
  for (const quote of text.matchAll(NAME_SYLLABLES_QUOTE)) {
    const small = lowerCaseRunStart(text, quote.index);
    if (small === quote.index || small === 0) continue;
    const start = codePointStartBefore(text, small);
    if (start < searchedTo) continue;
    NAME_SYLLABLES_GLUED_AT.lastIndex = start;
    const m = NAME_SYLLABLES_GLUED_AT.exec(text);
    if (!m) continue;
    searchedTo = m.index + m[0].length;
    yield m;
  }
}

export function ocrTokenEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(LEDGER_BEFORE_NUMBER)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: withCaseOf(m[0], MISREAD_WORDS.number), reason: 'ocr' });
  }
  // A type code read as digits after a normative number's year, where its letters spell a type's code.
  for (const m of text.matchAll(TYPE_CODE_READ_AS_DIGITS)) {
    const code = [...m[2]!].map((c) => DIGIT_READ_FOR_CODE_LETTER[c] ?? c).join('');
    if (/\d/u.test(code) || !docTypeByCode(code)) continue;
    const at = m.index + m[1]!.length;
    edits.push({ start: at, end: at + m[2]!.length, replacement: code, reason: 'ocr' });
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
  // MANGLED_RECIPIENTS_LABEL's matches, found from their end.
  for (const m of text.matchAll(MANGLED_RECIPIENTS_LABEL_END)) {
    const start = letterRunStart(text, m.index);
    if (start < m.index - 2 * MANGLED_RECIPIENTS_PREFIX_MAX || [...text.slice(start, m.index)].length > MANGLED_RECIPIENTS_PREFIX_MAX) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end) !== RECIPIENTS_LABEL) edits.push({ start, end, replacement: RECIPIENTS_LABEL, reason: 'ocr' });
  }
  for (const m of text.matchAll(GLUED_TITLE_OPENING)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${m[1]} ${m[2]}`, reason: 'ocr' });
  }
  for (const m of nameSyllablesGluedByQuote(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${m[1]} ${m[2]}`, reason: 'ocr' });
  }
  for (const m of text.matchAll(TITLE_OPENING_MISREAD)) {
    const at = m.index + m[1]!.length;
    edits.push({ start: at, end: at + TITLE_OPENING_WORD.length, replacement: TITLE_OPENING_WORD, reason: 'ocr' });
  }
  for (const m of text.matchAll(SUBJECT_MARK_MISREAD)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: SUBJECT_MARK, reason: 'ocr' });
  }
  for (const m of matchesAfterLookBehind(text, COMMITTEE_WORD_MISREAD)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: withCaseOf(m[0], MISREAD_WORDS.committee), reason: 'ocr' });
  }
  for (const m of matchesAfterLookBehind(text, COMMITTEE_SPACE_MISREAD)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${withCaseOf(m[1]!, MISREAD_WORDS.committee)} `, reason: 'ocr' });
  }
  for (const m of text.matchAll(UNBARRED_CAPITALS_WORD)) {
    const fixed = LOST_D_BAR[m[1]!];
    if (fixed) edits.push({ start: m.index, end: m.index + m[1]!.length, replacement: fixed, reason: 'ocr' });
  }
  // A stray letter inside a well-known Đ abbreviation ("CVEĐ" for CVĐ: OCR split the Đ) — not
  // inside a document's symbol (`03/BCĐX-CAT`), whose codes are the issuer's own (Báo cáo đề xuất).
  for (const m of matchesAfterLookBehind(text, BARRED_D_WORD)) {
    if (m[0].length < 3 || BARRED_D_ABBREVIATIONS.has(m[0])) continue;
    if (/[/-]/.test(text[m.index - 1] ?? '') || /[/-]/.test(text[m.index + m[0].length] ?? '')) continue;
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

/** The case shape of words: C for a word in capitals, T for a capitalised word, l for lower case. */
function caseShape(words: string[]): string {
  return words.map((w) => ((w === w.toLocaleUpperCase('vi') && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(w)) || inCapitals(w) ? 'C' : /^\p{Lu}/u.test(w) ? 'T' : 'l')).join('');
}

/** Standard names by their words without marks, lower case; null where two share a spelling. */
const STANDARD_BY_FOLDED = new Map<string, string | null>();
/** Standard names of two words or more by their letters without marks, spaces and hyphens (`lamdong`). */
const STANDARD_BY_JOINED = new Map<string, string | null>();
let LONGEST_STANDARD = 0;
/** Words whose keys and tests are remembered at most. */
const REMEMBERED_WORDS = 20_000;
/** Every run of a standard name's first words without marks ("hoi", "hoi nong"): a word that opens none is passed at once, a run that is none stops growing. */
const STANDARD_PREFIXES = new Set<string>();
for (const name of STANDARD_NAMES) {
  const key = foldDiacritics(name).toLowerCase();
  const words = key.split(' ');
  for (let k = 1; k <= words.length; k++) STANDARD_PREFIXES.add(words.slice(0, k).join(' '));
  STANDARD_BY_FOLDED.set(key, STANDARD_BY_FOLDED.has(key) && STANDARD_BY_FOLDED.get(key) !== name ? null : name);
  LONGEST_STANDARD = Math.max(LONGEST_STANDARD, name.split(' ').length);
  const joined = key.replace(/[\s-]+/gu, '');
  if (words.length >= 2) STANDARD_BY_JOINED.set(joined, STANDARD_BY_JOINED.has(joined) && STANDARD_BY_JOINED.get(joined) !== name ? null : name);
}

/**
 * A word's key for the standard names: without marks, lower case; a word in capitals read with
 * OCR's confusions (`TlNH`, `H0A`) has them read back first (CAPITALS_OCR_CONFUSIONS).
 */
// Remembered per word, as are `inCapitals` and `opensStandardName`: the same capitalised words recur
// throughout a text and a batch, and folding and testing them again was two fifths of the
// standard-name pass (issue 23's profile).
const standardKey = remembered(REMEMBERED_WORDS, standardKeyOf);

function standardKeyOf(word: string): string {
  const capitals = CAPITALS_WITH_CONFUSIONS.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  const read = capitals ? word.replace(/[01l|]/gu, (c) => CAPITALS_OCR_CONFUSIONS[c]!) : word;
  return foldDiacritics(read).toLowerCase();
}

/** The characters OCR reads in a word in capitals for a letter (`0`, `1`, `|`; `l` is a letter already). */
function isCapitalsConfusionCode(code: number): boolean {
  return code === 0x30 || code === 0x31 || code === 0x7c;
}

/** Whether a word is printed in capitals, OCR's confusions aside. */
const inCapitals = remembered(REMEMBERED_WORDS, (word) => CAPITALS_WITH_CONFUSIONS.test(word) && /\p{Lu}.*\p{Lu}/u.test(word));

/** Whether a word opens a standard name. */
const opensStandardName = remembered(REMEMBERED_WORDS, (word) => STANDARD_PREFIXES.has(standardKey(word)));

/** The most words a standard name with a space lost is read in (`TINH LAMDONG`). */
const JOINED_RUN_WORDS = 3;

/**
 * A standard name of two words or more read in capitals with a space lost (`TINH LAMDONG`,
 * `ĐĂKLĂK`): the run of words from `start` whose letters are the name's, in fewer words.
 */
function joinedStandardEdit(text: string, start: number, first: string, nextWord: RegExp): Edit | null {
  if (!inCapitals(first)) return null;
  let end = start + first.length;
  let joined = standardKey(first);
  for (let words = 1; words <= JOINED_RUN_WORDS; words++) {
    const standard = joined.length >= JOINED_NAME_MIN_LETTERS ? STANDARD_BY_JOINED.get(joined) : undefined;
    if (standard && standard.split(/[\s-]+/u).length > words) return changedWords(text, start, end, standard.toLocaleUpperCase('vi'));
    nextWord.lastIndex = end;
    const next = nextWord.exec(text);
    if (!next || !inCapitals(next[1]!)) return null;
    joined += standardKey(next[1]!);
    end = nextWord.lastIndex;
  }
  return null;
}

/**
 * Standard names read with their marks changed (`TỈNH LẮM ĐÓNG`, `Hội Nông dán`): a run of words
 * that spells a standard name without its marks, printed in capitals or in the name's own case,
 * takes the standard marks. The longest name that fits wins; each snap is a correction on record.
 */
/** True when each word of `printed` is the standard's word or a spelling in use beside it (`Đăk` for Đắk). */
function spelledAsInUse(printed: string, standard: string): boolean {
  const p = withTraditionalTones(printed).toLocaleLowerCase('vi').split(/[ \t]+/u);
  const w = standard.toLocaleLowerCase('vi').split(' ');
  return p.length === w.length && p.every((word, i) => word === w[i] || (STANDARD_SYLLABLE_VARIANTS.get(w[i]!)?.includes(word) ?? false));
}

export function standardNameEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // The next word of the run on the same line, one space or " - " on; words as OCR reads capitals: `TlNH`, `H0A` (CAPITALS_OCR_CONFUSIONS).
  const nextWord = /[ \t]+(?:-[ \t]+)?(\p{L}[\p{L}\p{M}01|]*)/uy;
  // Each capitalised word (`\p{Lu}[\p{L}\p{M}01|]*`), found from where the last one ended, and
  // looked at by a call of its own: this loop over the whole text was compiled on the stack with
  // every word's tests in it, three or four times over a process's first long texts (issue 23).
  let resumeAt = 0;
  for (let run = nextCapitalizedRun(text, 0, isCapitalsConfusionCode); run; run = nextCapitalizedRun(text, resumeAt, isCapitalsConfusionCode)) {
    resumeAt = standardNameAt(text, run[0], run[1], nextWord, edits);
  }
  return edits;
}

/** What a run of words is as a standard name (see `standardVerdict`). */
type StandardVerdict = typeof NOT_STANDARD | typeof OTHER_CASE | { wanted: string; change: boolean };
const NOT_STANDARD = 'not a standard name';
/** A standard name's words in another case shape than the name's or capitals: no name (a shorter run is not tried either). */
const OTHER_CASE = 'other case';

/**
 * What the words `printed` (white space as single spaces) are as a standard name: none, the
 * name's words in another case shape, or the name as it is printed (in capitals when the words
 * are) and whether the words need changing to it — tone placement alone (Uỷ / Ủy) is the
 * tone-placement pass's to mend, and a spelling in use (Đăk) stays. Remembered: the same names
 * recur through a text and a batch, and working this out again at each (`Ủy ban nhân dân` …) was
 * half of the pass's first runs (issue 23).
 */
const standardVerdict = remembered<StandardVerdict>(REMEMBERED_WORDS, (printed) => {
  const standard = STANDARD_BY_FOLDED.get(printed.split(/( - | )/u).map((w, i) => (i % 2 ? w : standardKey(w))).join(''));
  if (!standard) return NOT_STANDARD;
  const shape = caseShape(printed.split(' '));
  const capitals = /^C+$/.test(shape);
  if (!capitals && shape !== caseShape(standard.split(' '))) return OTHER_CASE;
  const wanted = capitals ? standard.toLocaleUpperCase('vi') : standard;
  return { wanted, change: withTraditionalTones(printed) !== wanted && !spelledAsInUse(printed, wanted) };
});

/** The standard name, if any, that opens with the capitalised word `text[wordStart … wordEnd)`, added to `edits`; returns where to look for the next word. */
function standardNameAt(text: string, wordStart: number, wordEnd: number, nextWord: RegExp, edits: Edit[]): number {
  let resumeAt = wordEnd;
  // A word that starts with its capital (not "tỉnhLâm"): checked by hand, as a lookbehind cost more than all the rest.
  if (wordStart > 0 && isLetterOrMarkCode(text.charCodeAt(wordStart - 1))) return resumeAt;
  const word = text.slice(wordStart, wordEnd);
  let snapped = false;
  const ends = opensStandardName(word) ? [wordEnd] : [];
  let folded = ends.length > 0 ? standardKey(word) : '';
  while (ends.length > 0 && ends.length < LONGEST_STANDARD) {
    nextWord.lastIndex = ends.at(-1)!;
    const next = nextWord.exec(text);
    if (!next) break;
    const separator = next[0].includes('-') ? ' - ' : ' ';
    folded += separator + standardKey(next[1]!);
    if (!STANDARD_PREFIXES.has(folded)) break;
    ends.push(nextWord.lastIndex);
  }
  for (let n = ends.length; n >= 2; n--) {
    const end = ends[n - 1]!;
    const verdict = standardVerdict(text.slice(wordStart, end).replace(/[ \t]+/gu, ' '));
    if (verdict === NOT_STANDARD) continue;
    if (verdict === OTHER_CASE) break;
    if (verdict.change) edits.push(changedWords(text, wordStart, end, verdict.wanted));
    resumeAt = end;
    snapped = true;
    break;
  }
  if (!snapped) {
    const joined = joinedStandardEdit(text, wordStart, word, nextWord) ?? gluedLevelEdit(text, wordStart, word, nextWord);
    if (joined) {
      edits.push(joined);
      resumeAt = joined.end;
    }
  }
  return resumeAt;
}

/** The province's level word as a key ("tinh"), which OCR glues to the word before it in capitals. */
const GLUED_LEVEL_KEY = standardKey(PROVINCE_LEVEL.province.toLocaleUpperCase('vi'));

/**
 * A word in capitals with the level word of a province glued to its end by a lost space
 * ("KINH TẾTĨNH ĐẮK NÔNG"): when the level word and the words after it are a standard name, the
 * space is put back and the name snapped ("TẾ TỈNH ĐẮK NÔNG").
 */
function gluedLevelEdit(text: string, start: number, word: string, nextWord: RegExp): Edit | null {
  const levelLength = GLUED_LEVEL_KEY.length;
  if (!inCapitals(word) || word.length <= levelLength || standardKey(word.slice(-levelLength)) !== GLUED_LEVEL_KEY) return null;
  let key = GLUED_LEVEL_KEY;
  let end = start + word.length;
  for (let words = 1; words < LONGEST_STANDARD; words++) {
    nextWord.lastIndex = end;
    const next = nextWord.exec(text);
    if (!next || !inCapitals(next[1]!)) return null;
    key += ` ${standardKey(next[1]!)}`;
    end = nextWord.lastIndex;
    const standard = STANDARD_BY_FOLDED.get(key);
    if (standard) return { start: start + word.length - levelLength, end, replacement: ` ${standard.toLocaleUpperCase('vi')}`, reason: 'standard-name' };
    if (!STANDARD_PREFIXES.has(key)) return null;
  }
  return null;
}

/** A province's level words, which a standard name may open with ("tỉnh Lâm Đồng"). */
const LEVEL_WORDS = new Set(Object.values(PROVINCE_LEVEL).flatMap((level) => level.split(' ')));

/**
 * The snap of `text[start, end)` to `wanted`; a province's level word read right stays out of
 * the correction ("TỈNH KHANH H0A": `KHANH H0A` → KHÁNH HÒA).
 */
function changedWords(text: string, start: number, end: number, wanted: string): Edit {
  const printed = [...text.slice(start, end).matchAll(/\S+/gu)];
  const words = wanted.split(' ');
  let first = 0;
  // Word by word where the words are as many, or where only the level word opens both (`TỈNH ĐĂKLĂK`).
  while ((printed.length === words.length || first === 0) && first < Math.min(printed.length, words.length) - 1 && LEVEL_WORDS.has(words[first]!.toLocaleLowerCase('vi')) && withTraditionalTones(printed[first]![0]) === words[first]) first++;
  return { start: start + printed[first]!.index, end, replacement: words.slice(first).join(' '), reason: 'standard-name' };
}

/** The end of a DETACHED_FINAL match: a space and a final that no letter, mark or digit follows. */
const DETACHED_FINAL_GAP = / (?:ng|nh|ch)(?![\p{L}\p{M}\p{N}])/giu;
/** DETACHED_FINAL tried at one place only. */
const DETACHED_FINAL_AT = new RegExp(DETACHED_FINAL.source, `${DETACHED_FINAL.flags.replace('g', '')}y`);
/**
 * A syllable a PDF text layer cut before its final consonants ("Hội đồ ng", "thà nh"): pdf.js puts
 * a space where the glyphs are spaced apart. The piece after the space is a final with no vowel
 * (`ng`, `nh`, `ch`), never a word of its own, so it joins the word before it when they make a
 * syllable the language model knows.
 */
export function detachedFinalEdits(text: string): Edit[] {
  const model = sharedLanguageModel();
  const edits: Edit[] = [];
  // DETACHED_FINAL's look-behind, tried at every character, was most of this pass: its matches
  // are found from the rare ` ng`/` nh`/` ch` that ends them, and the pattern is tried only at the
  // start of the word before (where its look-behind lets a match start), which finds the same matches.
  for (const gapAt of text.matchAll(DETACHED_FINAL_GAP)) {
    const wordStart = letterOrMarkRunStart(text, gapAt.index);
    if (wordStart === gapAt.index) continue;
    DETACHED_FINAL_AT.lastIndex = wordStart;
    const m = DETACHED_FINAL_AT.exec(text);
    if (!m || m.index + m[0].length !== gapAt.index + gapAt[0].length) continue;
    const [, head, gap, final] = m;
    if (!model.ids.has(modelForm(`${head}${final}`))) continue;
    const at = m.index + head!.length;
    edits.push({ start: at, end: at + gap!.length, replacement: '', reason: 'split-syllable' });
  }
  return edits;
}
