import {
  LEGACY_FONTS, TCVN3_FROM_A1, VISCII_C0, VISCII_FROM_80, VNI_LETTERS, VNI_MARK_BASE, VNI_MARKS,
} from '../../../data/legacy-encodings.js';
import { sharedLanguageModel } from './language-model.js';
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
  const model = sharedLanguageModel();
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return 0;
  if (knownModel !== model) {
    KNOWN.clear();
    knownModel = model;
  }
  let known = 0;
  for (const word of words) {
    let isKnown = KNOWN.get(word);
    if (isKnown === undefined) {
      if (KNOWN.size >= 50_000) KNOWN.clear();
      KNOWN.set(word, (isKnown = model.ids.has(modelForm(word))));
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
