import { CONSONANT_U_ONSET, OPEN_PAIR, OPEN_SYLLABLE, OPEN_SYLLABLE_PAIRS, TONES } from '../../../data/alphabet.js';
import type { Edit } from './edits.js';
import { letterRunEnd, letterRunStart } from './letters.js';
import { remembered } from '../remembered.js';

/**
 * Tone-mark placement. Vietnamese prints the tone of an open "oa", "oe", "uy" syllable in two
 * ways: on the first vowel ("hòa", "thủy", "Ủy" — the convention of the State's own style rules
 * and of most administrative documents) or on the second ("hoà", "thuỷ", "Uỷ"). Both spellings
 * are the same word, so names are compared, keyed and canonicalized in the first form.
 *
 * Only the open syllable is ambiguous: with a final consonant ("hoàng", "thuyết") or after "q"
 * ("quý", where u belongs to the consonant) everyone writes the tone on the second vowel.
 */

const TONE = new RegExp(`[${TONES.join('')}]`, 'u');
const EVERY_TONE = new RegExp(TONE.source, 'gu');

/** A word with its tone marks removed and its vowel shapes kept: "được" → "đươc". */
export function withoutToneMark(word: string): string {
  return word.normalize('NFD').replace(EVERY_TONE, '').normalize('NFC');
}

/** A syllable's letters as NFD base + marks, tone separated from the vowel-shape marks. */
function splitTone(syllable: string): { bare: string; tone: string | null } {
  const nfd = syllable.normalize('NFD');
  const tone = TONE.exec(nfd)?.[0] ?? null;
  return { bare: tone ? nfd.replace(TONE, '') : nfd, tone };
}

/**
 * "hoà" → "hòa", "Uỷ" → "Ủy", "thuỷ" → "thủy"; any other syllable is returned unchanged. Remembered
 * by word: the same few hundred words with an open pair recur through a text and a batch.
 */
export const traditionalTonePlacement = remembered(20_000, placeTraditionally);

function placeTraditionally(syllable: string): string {
  const { bare, tone } = splitTone(syllable);
  if (!tone) return syllable;
  // bare is NFD without the tone; the pair must be plain o+a, o+e or u+y ending the syllable.
  const m = OPEN_SYLLABLE.exec(bare);
  if (!m) return syllable;
  const { onset, first, second } = m.groups!;
  if (CONSONANT_U_ONSET.test(onset!)) return syllable;
  if (!OPEN_SYLLABLE_PAIRS.includes(`${first!.toLowerCase()}${second!.toLowerCase()}`)) return syllable;
  return `${onset}${first}${tone}${second}`.normalize('NFC');
}

/** Applies `traditionalTonePlacement` to every word of a text. */
export function withTraditionalTones(text: string): string {
  if (!OPEN_PAIR.test(text)) return text;
  return text.replace(/\p{L}+/gu, (word) => (OPEN_PAIR.test(word) ? traditionalTonePlacement(word) : word));
}

/**
 * Edits that give every word of a text the traditional placement, the one vanban stores (and the
 * State's style rules use): "hoà" → "hòa", "Uỷ" → "Ủy". Search folds marks, so either spelling
 * in a query finds both.
 */
export function tonePlacementEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // Only the words around an open pair are looked at (both of its letters are letters, so a pair
  // lies inside one word): going through every word of the text was a tenth of the repair's time.
  let wordEnd = -1;
  for (const pair of text.matchAll(EVERY_OPEN_PAIR)) {
    if (pair.index < wordEnd) continue;
    const start = letterRunStart(text, pair.index);
    wordEnd = letterRunEnd(text, pair.index);
    const word = text.slice(start, wordEnd);
    const placed = traditionalTonePlacement(word);
    if (placed !== word) edits.push({ start, end: wordEnd, replacement: placed, reason: 'tone-placement' });
  }
  return edits;
}

const EVERY_OPEN_PAIR = new RegExp(OPEN_PAIR.source, 'giu');
