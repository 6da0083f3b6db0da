import { TONE_MARK } from './alphabet.js';

/**
 * Vietnamese syllable shape and the costs of the damage the diacritic repair undoes.
 */

/**
 * A Vietnamese syllable with its marks removed and đ written d: an optional onset, one to three
 * vowels, an optional final. Loan words ("email"), abbreviations ("ubnd") and foreign names fail it.
 */
export const SYLLABLE_SHAPE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** A final that stops the syllable (p, t, c, ch), on its skeleton: such a syllable carries only STOP_FINAL_TONES. */
export const STOP_FINAL = /[ptc]h?$/;
/** The tones a stopped syllable can carry: sắc and nặng. */
export const STOP_FINAL_TONES: string[] = [TONE_MARK.sac, TONE_MARK.nang];

/**
 * Skeleton confusions OCR makes between real syllables beyond marks: the final "ng" read "nh" and
 * back ("hành hóa" for "hàng hóa"). Each pair is tried both ways at the end of a syllable.
 */
export const FINAL_CONFUSIONS: Array<[string, string]> = [['ng', 'nh']];

/**
 * Channel costs, in log10 units of probability, of each kind of difference between the syllable
 * the writer meant and the one printed. Tuned with `npm run bench:repair` on held-out corpus text:
 * high enough that clean text stays as printed (≤ 0.1% of syllables changed), low enough that the
 * language model can outvote a damaged syllable.
 */
export const CHANNEL_COST = {
  /** Any change at all: the prior that a printed syllable is wrong. */
  change: 1.8,
  /** A tone mark lost (printed level tone, meant another). */
  toneLost: 0.3,
  /** A tone mark printed where another was meant. */
  toneWrong: 1.0,
  /** A tone mark printed where none was meant (a speck read as a mark; rarer than a lost one). */
  toneSpurious: 2.4,
  /** A breve, circumflex or horn lost. */
  shapeLost: 0.4,
  /** A shape mark printed where another (or none) was meant. */
  shapeWrong: 1.2,
  /** đ printed as d. */
  barLost: 0.3,
  /** d printed as đ. */
  barWrong: 1.5,
  /** A skeleton confusion from FINAL_CONFUSIONS. */
  skeleton: 1.8,
  /** Keeping a printed syllable the model does not know (a rare word, a name, or damage). */
  unknownKept: 1.5,
  /** Keeping one that cannot be Vietnamese as printed ("lâp", "Cũc", "trưổng"). */
  implausibleKept: 4.0,
  /** Extra cost to change a capitalized word inside a sentence: likely a name. */
  capitalized: 1.5,
} as const;

/**
 * When a text carries almost no marks (typed without a Vietnamese keyboard), every syllable is
 * restored, not repaired: changing a syllable costs nothing beyond the language model.
 */
export const UNMARKED_TEXT_SHARE = 0.05;

/**
 * A word and, after one space, a final consonant cluster standing alone (`đồ ng`): groups head,
 * the space, the final. The clusters are those that end a syllable and are no syllable themselves.
 */
export const DETACHED_FINAL = /(?<![\p{L}\p{M}])([\p{L}\p{M}]*[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][\p{M}]*)( )(ng|nh|ch)(?![\p{L}\p{M}\p{N}])/giu;

/**
 * A syllable's onset left alone at a line's end ("… ĐỐI VỚI T" / "ỪNG LOẠI …"): consonant letters
 * only, which no Vietnamese word is. With the letters that open the next line it makes one
 * syllable (SYLLABLE_SHAPE), rejoined without a space. Group 1 the onset; WORD_OPENING group 1 the rest.
 */
export const DETACHED_ONSET = /(?:^|\s)([BCDĐGHKLMNPQRSTVXbcdđghklmnpqrstvx]{1,3})$/u;
export const WORD_OPENING = /^([\p{L}\p{M}]+)/u;
