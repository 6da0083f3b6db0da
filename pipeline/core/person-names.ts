import { distance as levenshtein } from 'fastest-levenshtein';
import { FAMILY_NAMES } from '../../data/layout-patterns.js';
import { COMMON_GIVEN_NAMES, KNOWN_PERSON_NAMES, LAST_NAME_COUNTS, MIDDLE_NAME_COUNTS } from '../../data/person-names.js';
import { CHANNEL_COST } from '../../data/syllables.js';
import { foldDiacritics } from './text/fold.js';
import { syllableParts, type SyllableParts } from './text/syllable.js';

/**
 * Personal names OCR misread, put right as a reader does: by knowing which names people bear
 * (`data/person-names.ts`, typed names only) and what OCR does to marks (the diacritic repair's
 * channel costs). Only for names read by OCR: a typed name is as its bearer spells it.
 */

/** People who must bear a syllable in that place of the name before a misreading is taken for it (a common given name aside). */
const MIN_PEOPLE = 2;

/** The letters of a syllable without any mark (đ as d), lower case. */
const letters = (syllable: string) => foldDiacritics(syllable).toLocaleLowerCase('vi');

/** A key that ignores where the tone mark is placed (`Hoà` = `Hòa`). */
function markKey(p: SyllableParts): string {
  return `${p.skeleton}|${p.tone}|${p.shapes.join(',')}|${p.barredD}`;
}

/**
 * The diacritic repair's cost (log10 units, `CHANNEL_COST`) of `meant` read as `printed`, when
 * the two differ by their marks alone; 0 when they are the same syllable, null when letters differ.
 */
export function markChangeCost(printed: string, meant: string): number | null {
  const p = syllableParts(printed.toLocaleLowerCase('vi'));
  const m = syllableParts(meant.toLocaleLowerCase('vi'));
  if (p.skeleton !== m.skeleton || p.shapes.length !== m.shapes.length) return null;
  if (markKey(p) === markKey(m)) return 0;
  let cost = CHANNEL_COST.change;
  if (p.tone !== m.tone) cost += p.tone === '' ? CHANNEL_COST.toneLost : m.tone === '' ? CHANNEL_COST.toneSpurious : CHANNEL_COST.toneWrong;
  for (let i = 0; i < p.shapes.length; i++) {
    if (p.shapes[i] !== m.shapes[i]) cost += p.shapes[i] === '' ? CHANNEL_COST.shapeLost : CHANNEL_COST.shapeWrong;
  }
  if (p.barredD !== m.barredD) cost += p.barredD ? CHANNEL_COST.barWrong : CHANNEL_COST.barLost;
  return cost;
}

/**
 * True when `printed` carries a tone or a bar that `meant` has not: a speck read as a mark, which
 * the repair's channel counts rarer than a mark lost (`CHANNEL_COST.toneSpurious`, `barWrong`);
 * a real name that is rare (`Đương` for Dương) is then likelier than the misreading.
 */
function addsMark(printed: string, meant: string): boolean {
  const p = syllableParts(printed.toLocaleLowerCase('vi'));
  const m = syllableParts(meant.toLocaleLowerCase('vi'));
  return (p.tone !== '' && m.tone === '') || (p.barredD && !m.barredD);
}

/** How many people bear a syllable in that place of the name, its tone's placement aside (a common given name: one at least). */
function peopleBearing(syllable: string, counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const [s, c] of counts) if (markChangeCost(syllable, s) === 0) n += c;
  if (n === 0) for (const s of COMMON_GIVEN_NAMES) if (markChangeCost(syllable, s) === 0) return 1;
  return n;
}

/** The syllables a misread given name may be taken for in a place: those people bear there, and the common ones. */
function candidatesIn(counts: ReadonlyMap<string, number>): Array<[string, number]> {
  const out = new Map<string, number>();
  for (const [s, n] of counts) if (n >= MIN_PEOPLE) out.set(s, n);
  for (const s of COMMON_GIVEN_NAMES) out.set(s, (out.get(s) ?? counts.get(s) ?? 0) + 1);
  return [...out];
}
const MIDDLE_CANDIDATES = candidatesIn(MIDDLE_NAME_COUNTS);
const LAST_CANDIDATES = candidatesIn(LAST_NAME_COUNTS);

/**
 * A given name's syllable that no one in the model bears in that place (middle or last) and that is
 * no common given name, where people bear one that differs from it by its marks alone, is that one (`Tuân` → Tuấn, `Hoang` →
 * Hoàng: a mark lost under a seal or a pen's stroke; `Hiến` → Hiền: a tone misread). Between several, the likeliest:
 * the channel cost of the change less log10 of how many bear it; a tie is left as read.
 */
export function givenNamesRestored(name: string): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  return words
    .map((word, i) => {
      if (i === 0) return word;
      const counts = i === words.length - 1 ? LAST_NAME_COUNTS : MIDDLE_NAME_COUNTS;
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || peopleBearing(word, counts) > 0) return word;
      let best: { syllable: string; score: number } | null = null;
      let tied = false;
      for (const [syllable, n] of i === words.length - 1 ? LAST_CANDIDATES : MIDDLE_CANDIDATES) {
        const cost = markChangeCost(word, syllable);
        if (cost === null || cost === 0 || addsMark(word, syllable)) continue;
        const score = cost - Math.log10(n);
        if (!best || score < best.score - 1e-9) {
          best = { syllable, score };
          tied = false;
        } else if (Math.abs(score - best.score) < 1e-9) tied = true;
      }
      return best && !tied ? best.syllable : word;
    })
    .join(' ');
}

/** True when a word of a reading is in the model in its place (a family name, or a syllable people bear there). */
function knownInPlace(words: string[], i: number): boolean {
  if (i === 0) return FAMILY_NAMES.has(words[0]!);
  return peopleBearing(words[i]!, i === words.length - 1 ? LAST_NAME_COUNTS : MIDDLE_NAME_COUNTS) > 0;
}

/**
 * A reading that is one known person's name misread (`KNOWN_PERSON_NAMES`, typed names): the same
 * number of words, each the same letters, marks aside, or a family name that is none (`Tương`)
 * one letter from the known one. Only a reading with a word unknown in its place is taken for a
 * misreading (`Nguyễn Văn Hùng` and `… Hưng` are both people); exactly one known name must fit.
 */
export function knownPersonName(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2 || words.every((_, i) => knownInPlace(words, i))) return null;
  const found = new Set<string>();
  for (const known of KNOWN_PERSON_NAMES) {
    if (known === name) return null;
    const other = known.split(' ');
    if (other.length !== words.length) continue;
    const fits = other.every((w, i) => {
      if (letters(w) === letters(words[i]!)) return true;
      return i === 0 && !FAMILY_NAMES.has(words[0]!) && levenshtein(letters(w), letters(words[0]!)) === 1;
    });
    if (fits) found.add(known);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** An OCR'd name put right: a known person's name first, else its given names' marks restored. */
export function personNameRepaired(name: string): string {
  return knownPersonName(name) ?? givenNamesRestored(name);
}
