/**
 * The Vietnamese alphabet as the text primitives see it: the marks a letter can carry (five tones,
 * three vowel shapes), the barred d, the vowel letters, and the open syllables whose tone is
 * printed in two places. Every letter class here is built from these tables.
 */

/** The tone marks as combining characters; the level tone (ngang) has none. */
export const TONE_MARK = {
  huyen: '\u0300',
  sac: '\u0301',
  nga: '\u0303',
  hoi: '\u0309',
  nang: '\u0323',
} as const;

/** The five tone marks, grave first. */
export const TONES: string[] = [TONE_MARK.huyen, TONE_MARK.sac, TONE_MARK.nga, TONE_MARK.hoi, TONE_MARK.nang];

/** Marks that change a vowel's shape rather than its tone: breve (ă), circumflex (â ê ô), horn (ơ ư). */
export const SHAPE_MARKS: string[] = ['\u0306', '\u0302', '\u031B'];

/** The barred d and the plain letter it folds to. */
export const BARRED_D: Record<string, string> = { đ: 'd', Đ: 'D' };
/** Either barred d. */
export const BARRED_D_LETTER = new RegExp(`[${Object.keys(BARRED_D).join('')}]`, 'gu');

/** The vowels without marks, as typed on a keyboard without Vietnamese. */
export const BARE_VOWELS = 'aeiouy';
/** The twelve vowel letters with their shapes, before any tone (lower case). */
export const SHAPED_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** A letter and its five toned forms: "o" → "oòóõỏọ". */
export function withEveryTone(letter: string): string {
  return [letter, ...TONES.map((tone) => `${letter}${tone}`.normalize('NFC'))].join('');
}

/** Every vowel letter, with or without tone and shape marks (lower case; match with the `i` flag for capitals). */
export const VOWEL_LETTERS = SHAPED_VOWELS.map(withEveryTone).join('');
/** A vowel letter of any case. */
export const VOWEL = new RegExp(`[${VOWEL_LETTERS}]`, 'iu');

/** Letters that carry a Vietnamese mark (lower case): every vowel but the six bare ones, and đ. */
export const MARKED_LETTERS = [...VOWEL_LETTERS].filter((letter) => !BARE_VOWELS.includes(letter)).join('') + 'đ';

/**
 * The open syllables whose tone mark is printed on either vowel: "hòa"/"hoà", "khỏe"/"khoẻ",
 * "thủy"/"thuỷ". vanban stores the traditional placement, on the first vowel.
 */
export const OPEN_SYLLABLE_PAIRS = ['oa', 'oe', 'uy'];
const PAIR_FIRSTS = [...new Set(OPEN_SYLLABLE_PAIRS.map((pair) => pair[0]!))].join('');
const PAIR_SECONDS = [...new Set(OPEN_SYLLABLE_PAIRS.map((pair) => pair[1]!))].join('');

/** A syllable (NFD, tone taken off) that ends in one of the open pairs after its onset consonants. */
export const OPEN_SYLLABLE = new RegExp(
  String.raw`^(?<onset>[^${BARE_VOWELS}\u0300-\u036f]*)(?<first>[${PAIR_FIRSTS}${PAIR_FIRSTS.toUpperCase()}])(?<second>[${PAIR_SECONDS}${PAIR_SECONDS.toUpperCase()}])$`,
  'u',
);

/** An onset after which u belongs to the consonant ("quý"): the tone then sits on the next vowel. */
export const CONSONANT_U_ONSET = /q$/iu;

/** An open pair with any tone marks on either vowel: the only words whose placement can differ. */
export const OPEN_PAIR = new RegExp(`[${[...PAIR_FIRSTS].map(withEveryTone).join('')}][${[...PAIR_SECONDS].map(withEveryTone).join('')}]`, 'iu');

/**
 * Letters of Vietnamese text as a character-class body: Latin, its Vietnamese extensions (the
 * Latin Extended Additional block runs to ỹ) and combining marks. Scanning a long text for runs of
 * letters with this class is several times faster than with `\p{L}` (measured: 120 against 400 ms
 * on 2.8 MB).
 */
export const LETTER_CLASS = 'a-zA-ZÀ-ỹĐđ\\u0300-\\u036f';
