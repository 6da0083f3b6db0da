import {
  HYPHEN_IN_WORD, LEGACY_FONTS, TCVN3_FROM_A1, TCVN3_UNTYPABLE_CAPITALS, VISCII_C0, VISCII_FROM_80, VNI_LETTERS, VNI_MARK_BASE, VNI_MARKS,
} from '../../../data/legacy-encodings.js';
import { sharedVocabulary } from './language-model.js';
import { modelForm } from './syllable.js';

/**
 * Conversion of the 8-bit Vietnamese encodings (TCVN3, VNI-Windows, VISCII, Windows-1258) to Unicode, by code
 * table. Used on bytes (plain-text files that are not UTF-8), on DOCX runs whose font names the
 * encoding, and on text that arrives as mojibake (PDF text layers, pasted text): there the
 * encoding is chosen by which conversion yields the most Vietnamese syllables.
 */

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258';

const WINDOWS_1252 = new TextDecoder('windows-1252');
/**
 * Windows-1258, the code page of Vietnamese Windows: base letters (with their shape marks) and the
 * five tones as combining marks after them; composed into single letters (NFC) after decoding.
 */
const WINDOWS_1258 = new TextDecoder('windows-1258');

/** TCVN3 mojibake → Unicode: every character standing for a byte 0xA1–0xFF becomes its letter. */
function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xa1 && code <= 0xff ? TCVN3_FROM_A1[code - 0xa1]! : ch;
  }
  return out.normalize('NFC');
}

/** Small letters TCVN3 has a code for but whose capital it has none (`ủ`, `ỉ`, `ấ`, `à`…). */
const WITHOUT_CAPITAL = new Set([...TCVN3_FROM_A1].filter((ch) => ch !== ch.toLocaleUpperCase('vi') && !TCVN3_FROM_A1.includes(ch.toLocaleUpperCase('vi'))));
const LETTERS = /[\p{L}\p{M}]/u;

/** A word's letters other than those TCVN3 cannot type as capitals: all capitals (`TRƯởNG` → `TRƯNG`). */
function capitalsElsewhere(word: string): { capitals: number; small: number } {
  let capitals = 0;
  let small = 0;
  for (const ch of word) {
    if (!LETTERS.test(ch) || WITHOUT_CAPITAL.has(ch)) continue;
    if (ch === ch.toLocaleLowerCase('vi')) small++;
    else capitals++;
  }
  return { capitals, small };
}

/**
 * Capitals a TCVN3 typist could not type, given back after conversion. The `.VnTime` table has
 * codes for small toned letters only (and Ă Â Ê Ô Ơ Ư Đ), so "TRƯỞNG" is typed `TR¦ëNG` and reads
 * "TRƯởNG", and "ỦY BAN" reads "ủY BAN". A word whose other letters are capitals, or that stands
 * in a line of capitals, is a word in capitals; a line or a sentence opens with a capital; and a
 * body's type name opens with one ("Ủy ban").
 */
export function restoreTcvn3Capitals(line: string): string {
  if (![...line].some((ch) => WITHOUT_CAPITAL.has(ch))) return line;
  const words = [...line.matchAll(/\S+/gu)];
  const shapes = words.map((m) => capitalsElsewhere(m[0]));
  // A line of capitals: its words with letters are capitals apart from the untypable ones.
  const lettered = shapes.filter((s) => s.capitals + s.small > 0);
  const capitalLine = lettered.length >= 2 && lettered.every((s) => s.small === 0) && lettered.some((s) => s.capitals >= 2);
  let out = '';
  let at = 0;
  words.forEach((m, i) => {
    let word = m[0];
    const { capitals, small } = shapes[i]!;
    if (small === 0 && (capitals >= 2 || (capitals >= 1 && capitalLine) || (capitals === 0 && capitalLine))) {
      word = word.toLocaleUpperCase('vi');
    } else {
      // The first letter of a line or of a sentence.
      const before = line.slice(0, m.index).trimEnd();
      const opens = before === '' || /[.!?]$/u.test(before) || /^[-+•–(\d.)]+$/u.test(before);
      const first = [...word].findIndex((ch) => LETTERS.test(ch));
      if (opens && first >= 0 && WITHOUT_CAPITAL.has([...word][first]!)) {
        const chars = [...word];
        chars[first] = chars[first]!.toLocaleUpperCase('vi');
        word = chars.join('');
      }
    }
    out += line.slice(at, m.index) + word;
    at = m.index + m[0].length;
  });
  out += line.slice(at);
  return out.replace(TCVN3_UNTYPABLE_CAPITALS, (w) => w.toLocaleUpperCase('vi').charAt(0) + w.slice(1));
}

/** VNI mojibake → Unicode: mark characters join the vowel before them. */
function fromVni(text: string): string {
  let out = '';
  for (const ch of text) {
    const mark = VNI_MARKS[ch.toLowerCase()];
    if (mark && VNI_MARK_BASE.test(out)) out += mark;
    else out += VNI_LETTERS[ch] ?? ch;
  }
  return out.normalize('NFC');
}

/**
 * A TCVN3 word as a PDF text layer gives it, with the two codes its reader turns into other
 * characters through their glyph names put back: 0xB5 (à) named "mu" comes out Greek μ, and 0xAD
 * (ư) named "hyphen" comes out "-" ("ph-ơng" for phương). A hyphen inside a word is taken for ư
 * only where the word then reads as Vietnamese ("Rịa-Vũng" keeps its hyphen).
 */
export function tcvn3FromGlyphNames(word: string): string {
  const mu = word.replace(/\u03bc/gu, '\u00b5');
  const soft = mu.replace(HYPHEN_IN_WORD, '\u00ad');
  if (soft === mu) return mu;
  return vietnameseShare(fromTcvn3(soft)) === 1 ? soft : mu;
}

/** Unicode text that is legacy mojibake, converted as `encoding`. */
export function fromLegacyText(text: string, encoding: Exclude<LegacyEncoding, 'viscii'>): string {
  return encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text);
}

/** Bytes in a legacy encoding → Unicode. */
export function decodeLegacyBytes(buf: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'cp1258') return WINDOWS_1258.decode(buf).normalize('NFC');
  if (encoding === 'viscii') {
    let out = '';
    for (const byte of buf) out += byte >= 0x80 ? VISCII_FROM_80[byte - 0x80]! : (VISCII_C0[byte] ?? String.fromCharCode(byte));
    return out.normalize('NFC');
  }
  // TCVN3 and VNI files are Windows-1252 text whose high bytes mean Vietnamese letters.
  return fromLegacyText(WINDOWS_1252.decode(buf), encoding);
}

/** Share of a text's words that are syllables the language model knows. */
export function vietnameseShare(text: string): number {
  return knownWordShare(text.match(/[\p{L}\p{M}]+/gu) ?? []);
}

/** `vietnameseShare` of a text's words (its `[\p{L}\p{M}]+` runs) when the caller has them already. */
export function knownWordShare(words: readonly string[]): number {
  const vocabulary = sharedVocabulary();
  if (words.length === 0) return 0;
  if (knownModel !== vocabulary) {
    KNOWN.clear();
    knownModel = vocabulary;
  }
  let known = 0;
  for (const word of words) {
    let isKnown = KNOWN.get(word);
    if (isKnown === undefined) {
      if (KNOWN.size >= 50_000) KNOWN.clear();
      KNOWN.set(word, (isKnown = vocabulary.has(modelForm(word))));
    }
    if (isKnown) known++;
  }
  return known / words.length;
}

/** Whether the model knows a printed word, remembered: every page of every PDF is judged by it (issue 23's profile). */
const KNOWN = new Map<string, boolean>();
let knownModel: unknown;

const MIN_WORDS_TO_DETECT = 8;

/**
 * The encoding of a plain-text file that is not UTF-8: the legacy decoding whose text reads most
 * like Vietnamese, or null when none does.
 */
export function detectLegacyBytes(buf: Uint8Array): { encoding: LegacyEncoding; text: string } | null {
  let best: { encoding: LegacyEncoding; text: string; share: number } | null = null;
  for (const encoding of ['tcvn3', 'vni', 'viscii', 'cp1258'] as const) {
    const text = decodeLegacyBytes(buf, encoding);
    const share = vietnameseShare(text);
    if (!best || share > best.share) best = { encoding, text, share };
  }
  // A few words can read as Vietnamese by chance in any table: ask for a sentence's worth.
  const words = best?.text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0;
  return best && best.share >= 0.5 && words >= MIN_WORDS_TO_DETECT ? { encoding: best.encoding, text: best.text } : null;
}

/** The legacy encoding a DOCX run's font declares, and whether the font draws capitals. */
export function legacyFont(font: string | null | undefined): { encoding: 'tcvn3' | 'vni'; capitals: boolean } | null {
  if (!font) return null;
  const match = LEGACY_FONTS.find((f) => f.pattern.test(font.trim()));
  return match ? { encoding: match.encoding, capitals: match.capitals ?? false } : null;
}
