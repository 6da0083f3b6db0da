import { LanguageModel, sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { hasSyllableShape, modelForm } from '../pipeline/core/text/syllable.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { LETTER_CLASS } from '../data/alphabet.js';

/**
 * Syllables glued together: OCR drops the narrow space of a tight print (`Kínhgửi`, `phápluật`,
 * `lựcthihành`), and every rule that looks for a word then misses it. Vietnamese writes each
 * syllable apart, so a word the language model does not know that splits into syllables it does,
 * each pair of them seen together in the corpus, is those syllables glued: the spaces are put back.
 * Words in mixed case (`UBNDtinh`: an abbreviation and a word) and loan words whose pieces are
 * not syllables are left alone; a word in capitals is split as in small letters (`TẾTỈNH`).
 */

/** Shorter words are syllables, abbreviations or short loan words (`panô`); longer ones are not glued syllables of a document. */
const MIN_LENGTH = 5;
const MAX_LENGTH = 24;
/** A glued run of more syllables than this is something else (a URL, a code). */
const MAX_PIECES = 4;

interface Split {
  /** Where each piece after the first starts, in the word. */
  cuts: number[];
  cost: number;
}

/** The cheapest split of a lower-case word into known syllables whose neighbours are known bigrams. */
function bestSplit(word: string, model: LanguageModel): Split | null {
  let best: Split | null = null;
  const walk = (from: number, previous: number, cuts: number[], cost: number): void => {
    if (from === word.length) {
      if (cuts.length > 0 && (!best || cuts.length < best.cuts.length || (cuts.length === best.cuts.length && cost < best.cost))) best = { cuts: [...cuts], cost };
      return;
    }
    if (cuts.length >= MAX_PIECES) return;
    for (let to = from + 1; to <= word.length; to++) {
      // The whole word is no piece of itself: it is unknown.
      if (from === 0 && to === word.length) continue;
      const piece = word.slice(from, to);
      const id = model.idOf(modelForm(piece));
      if (id === model.unknownId || !hasSyllableShape(piece)) continue;
      let step = 0;
      if (previous >= 0) {
        const pair = model.bigramIndex(previous, id);
        if (pair < 0) continue;
        step = model.cost(-1, previous, id);
      }
      if (from > 0) cuts.push(from);
      walk(to, id, cuts, cost + step);
      if (from > 0) cuts.pop();
    }
  };
  walk(0, -1, [], 0);
  return best;
}

/** Words already judged (the same words recur throughout a text and a batch): their split, or null. */
const JUDGED = new Map<string, string | null>();

/** The word with spaces put back between its glued syllables, or null when it is not glued syllables. */
function unglued(word: string, model: LanguageModel): string | null {
  const lower = word.toLowerCase();
  if (lower.length !== word.length || model.idOf(modelForm(lower)) !== model.unknownId) return null;
  const split = bestSplit(lower, model);
  if (!split) return null;
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...split.cuts, word.length]) {
    pieces.push(word.slice(from, cut));
    from = cut;
  }
  return pieces.join(' ');
}

/** LETTER_CLASS per UTF-16 unit (the class is of BMP characters), learnt on first sight (0 unknown, 1 yes, 2 no). */
const IN_LETTER_CLASS = new RegExp(`^[${LETTER_CLASS}]$`);
const LETTER_CLASS_CACHE = new Uint8Array(65536);
function inLetterClass(unit: number): boolean {
  let known = LETTER_CLASS_CACHE[unit]!;
  if (known === 0) LETTER_CLASS_CACHE[unit] = known = IN_LETTER_CLASS.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

export function gluedSyllableEdits(text: string, model: LanguageModel = sharedLanguageModel()): Edit[] {
  const edits: Edit[] = [];
  // The matches of `[LETTER_CLASS]{MIN_LENGTH,}`: each run of letters, found by a walk over the
  // characters (the pattern tried again from every letter of a shorter word: a tenth of the repair).
  for (let at = 0; at < text.length; ) {
    if (!inLetterClass(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < text.length && inLetterClass(text.charCodeAt(at))) at++;
    if (at - start < MIN_LENGTH || at - start > MAX_LENGTH) continue;
    const word = text.slice(start, at);
    let replacement = JUDGED.get(word);
    if (replacement === undefined) {
      replacement = unglued(word, model);
      if (JUDGED.size >= 50_000) JUDGED.clear();
      JUDGED.set(word, replacement);
    }
    // Most words are not glued (known at once): the tests of their place and case come after.
    if (!replacement || /\p{N}/u.test(text[start - 1] ?? '') || /\p{N}/u.test(text[at] ?? '')) continue;
    if (/\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(word)) continue;
    edits.push({ start, end: at, replacement, reason: 'glued-words' });
  }
  return edits;
}
