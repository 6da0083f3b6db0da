import { distance as levenshtein } from 'fastest-levenshtein';
import type { Correction, NormalizedDocument } from '../pipeline/core/model.js';
import type { ScalarField } from '../pipeline/core/record.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import { sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { hasSyllableShape, modelForm, withCaseOf } from '../pipeline/core/text/syllable.js';
import { VOWEL } from '../data/alphabet.js';

/**
 * Words of a scanned title OCR misread. The title is printed in bold capitals, often under a
 * seal's or a signature's ink, and OCR changes a letter there (`EIỆP` for HIỆP), doubles a mark
 * (`ĐÒỎNG` for ĐỒNG), reads a speck inside a word (`PICKIL.EBALL`) or loses the space between two
 * syllables (`Đềán`). What the title says, the body says again in plain type: a title word no
 * syllable or word of the language that is one letter (or, marks aside, one letter) from a word
 * the rest of the page prints at least twice, and from no other, is that word; a glued pair is the
 * two words when the body prints them side by side. Each change is recorded as a correction.
 */

/** A body word printed fewer times than this may itself be a misreading: it corrects nothing. */
const MIN_BODY_COUNT = 2;
/** Shorter words (a code, a number's letters) are too easily one letter from another word. */
const MIN_WORD_LENGTH = 4;
/** Between two body words as close to a misread word, the one printed this many times more often is meant. */
const DOMINANT_COUNT_RATIO = 3;
/**
 * A misread title word no body word accounts for is the syllable of the language one letter from
 * it (or, marks aside, one) that fits best between its neighbours: what each letter changed costs,
 * in the language model's units (−log10 × 1000), and the choice must beat the next by a margin.
 */
const EDIT_COST = 1500;
const VOCABULARY_MARGIN = 1000;
/** How much a title with a word changed is doubted, against one read as printed. */
const SNAPPED_TITLE_FACTOR = 0.85;

const WORD = /[\p{L}\p{M}]+/gu;
/** A printed token: letters with OCR's specks inside or at its ends (`PICKIL.EBALL,`). */
const TOKEN = /\S+/gu;
/** Marks OCR reads inside a word from a speck of ink (not the apostrophe of names and places of the Central Highlands: `R’Lấp`, `K’Ho`). */
const INNER_SPECK = /(?<=\p{L})[.,!|:;](?=\p{L})/gu;

/** Marks no title prints (it is a name, not a sentence; Vietnamese quotes are “ ”), which OCR reads from a speck. */
const NEVER_IN_TITLE = /[!„]/gu;
/** A token of nothing but stops and specks, standing alone between two words. */
const STRAY_MARK = /^[.,:;!„'`]+$/u;
/** How often the body prints two words side by side for a stop between them in the title to be a speck. */
const MIN_PAIR_FOR_STOP = 3;

const lower = (word: string) => word.toLocaleLowerCase('vi').normalize('NFC');

function isKnownWord(word: string): boolean {
  const model = sharedLanguageModel();
  return model.idOf(modelForm(word)) !== model.unknownId;
}

interface BodyWords {
  counts: Map<string, number>;
  /** Two words printed side by side (`lâm đồng`), and how often. */
  pairs: Map<string, number>;
  /** Two words printed with a stop between them (`đồng, tỉnh`). */
  punctuated: Set<string>;
}

/** The words of the page outside the title (lower case) and the pairs printed side by side. */
function bodyWords(text: string, [start, end]: [number, number]): BodyWords {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  const punctuated = new Set<string>();
  for (const part of [text.slice(0, start), text.slice(end)]) {
    let previous: string | null = null;
    let previousEnd = -1;
    for (const m of part.matchAll(WORD)) {
      const word = lower(m[0]);
      counts.set(word, (counts.get(word) ?? 0) + 1);
      const between = previous !== null ? part.slice(previousEnd, m.index) : '';
      if (previous !== null && /^ +$/u.test(between)) {
        const pair = `${previous} ${word}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      } else if (previous !== null && /^[,.;:] *$/u.test(between)) punctuated.add(`${previous} ${word}`);
      previous = word;
      previousEnd = m.index + m[0].length;
    }
  }
  return { counts, pairs, punctuated };
}

/** Whether `printed` may be a misreading of `word`: one letter apart, or one letter once marks are set aside and two with them. */
function closeReading(printed: string, word: string): number | null {
  const raw = levenshtein(printed, word);
  if (raw <= 1) return raw;
  if (raw === 2 && levenshtein(foldDiacritics(printed), foldDiacritics(word)) <= 1) return raw;
  return null;
}

/** The tone marks of a word (grave, acute, hook, tilde, dot below), in Unicode's decomposed form. */
function tonesOf(word: string): string[] {
  return [...word.normalize('NFD').matchAll(/[\u0300\u0301\u0303\u0309\u0323]/gu)].map((m) => m[0]);
}

/**
 * Words of the Central Highlands' languages (`Krông`, `Êban`) and loan words are no syllables
 * either: only a word that has a syllable's shape, or shows OCR's hand (two tones, capitals and
 * small letters mixed inside it), is taken for a misreading.
 */
function showsMisreading(printed: string, core: string): boolean {
  const bare = printed.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
  const mixedCase = /\p{Lu}/u.test(bare.slice(1)) && /\p{Ll}/u.test(bare.slice(1));
  return hasSyllableShape(core) || tonesOf(core).length >= 2 || mixedCase;
}

/** A loan word this long (`PICKLEBALL`) is seldom one letter from another word by chance. */
const LONG_WORD = 7;

/** The one body word a misread title word stands for, or null. */
export function bodyWordFor(printed: string, body: BodyWords, previous?: string): string | null {
  const letters = printed.replace(INNER_SPECK, '');
  const core = lower(letters.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, ''));
  if (core.length < MIN_WORD_LENGTH || !/^[\p{L}\p{M}]+$/u.test(core)) return null;
  const count = body.counts.get(core) ?? 0;
  // A word as the language has it stays; one a speck was read inside is given without it.
  if (isKnownWord(core)) return letters !== printed ? core : null;
  // Two syllables glued: the body prints them apart (and may glue them once more itself).
  for (let cut = 1; cut < core.length; cut++) {
    const pair = `${core.slice(0, cut)} ${core.slice(cut)}`;
    if (body.pairs.has(pair) && isKnownWord(core.slice(0, cut)) && isKnownWord(core.slice(cut))) return pair;
  }
  // A word the body prints too (a name, a loan word) is as printed.
  if (count > 0) return letters !== printed && count >= MIN_BODY_COUNT ? core : null;
  // One letter from a body word: a misreading when it shows one, a speck was read inside it, or it is long.
  if (!showsMisreading(printed, core) && letters === printed && core.length < LONG_WORD) return null;
  const tones = tonesOf(core);
  const close: Array<{ word: string; distance: number; context: number; tone: number; count: number }> = [];
  for (const [word, count] of body.counts) {
    if (count < MIN_BODY_COUNT || word.length < MIN_WORD_LENGTH - 1) continue;
    const distance = closeReading(core, word);
    if (distance === null) continue;
    // Between words as close: the one the body prints after the same word (LÂM ĐỒNG), then the
    // one whose tone the reading kept (OCR adds a speck of a mark more often than it turns one).
    const context = previous && body.pairs.has(`${previous} ${word}`) ? 0 : 1;
    const wordTones = tonesOf(word);
    const tone = wordTones.every((t) => tones.includes(t)) ? 0 : 1;
    close.push({ word, distance, context, tone, count });
  }
  close.sort((a, b) => a.distance - b.distance || a.context - b.context || a.tone - b.tone || b.count - a.count);
  const [first, second] = close;
  if (!first) return null;
  // Still as close on every count: the one the body prints far more often, else none.
  const asClose = second && second.distance === first.distance && second.context === first.context && second.tone === first.tone;
  if (asClose && first.count < DOMINANT_COUNT_RATIO * second.count) return null;
  return first.word;
}

/**
 * Beside the same neighbour, the body prints the word with other marks at least this many times as
 * often as with the title's (and at least twice): the title's reading lost or changed a mark.
 */
const MARKS_PAIR_RATIO = 2;

/**
 * The word a title word stands for when it is a word of the language all the same, read with a
 * mark lost or changed (`BẠN VẬN ĐỘNG` for BAN, `Lâm Đông` for Đồng): marks are what OCR misreads
 * most on a scan, and the body prints the same words again beside the same neighbour, in plain type.
 */
export function marksFromBody(core: string, previous: string | undefined, next: string | undefined, body: BodyWords): string | null {
  if (!/^[\p{L}\p{M}]+$/u.test(core) || (!previous && !next)) return null;
  const folded = foldDiacritics(core);
  const own = (previous ? (body.pairs.get(`${previous} ${core}`) ?? 0) : 0) + (next ? (body.pairs.get(`${core} ${next}`) ?? 0) : 0);
  const others = new Map<string, number>();
  for (const [pair, count] of body.pairs) {
    const [a, b] = pair.split(' ') as [string, string];
    const other = previous && a === previous ? b : next && b === next ? a : null;
    if (other === null || other === core || foldDiacritics(other) !== folded) continue;
    others.set(other, (others.get(other) ?? 0) + count);
  }
  const [first, second] = [...others].sort((x, y) => y[1] - x[1]);
  if (!first || first[1] < MIN_BODY_COUNT || first[1] < MARKS_PAIR_RATIO * own) return null;
  return second && first[1] < MARKS_PAIR_RATIO * second[1] ? null : first[0];
}

/** Syllables of the language model by length, for the look-up of a misread word's neighbours. */
let syllablesByLength: Map<number, string[]> | undefined;
function syllablesOfLength(length: number): string[] {
  if (!syllablesByLength) {
    syllablesByLength = new Map();
    for (const word of sharedLanguageModel().header.vocabulary) {
      if (!hasSyllableShape(word)) continue;
      const list = syllablesByLength.get(word.length) ?? [];
      list.push(word);
      syllablesByLength.set(word.length, list);
    }
  }
  return syllablesByLength.get(length) ?? [];
}

/**
 * The syllable a misread title word (`EIỆP` in `EIỆP HỘI`) stands for when the body does not print
 * it: a word that is no syllable but has a syllable's shape or marks (not an abbreviation, a code,
 * a loan word), one letter from syllables of the language, the one likeliest between its neighbours.
 */
export function syllableFor(printed: string, previous: string | undefined, next: string | undefined): string | null {
  const core = lower(printed.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, ''));
  if (core.length < MIN_WORD_LENGTH || !/^[\p{L}\p{M}]+$/u.test(core) || !VOWEL.test(core) || isKnownWord(core)) return null;
  if (!showsMisreading(printed, core)) return null;
  const model = sharedLanguageModel();
  const idOf = (word: string | undefined) => (word && /\p{L}/u.test(word) ? model.idOf(modelForm(word)) : model.boundaryId);
  const before = idOf(previous);
  const after = idOf(next);
  const scored: Array<{ word: string; cost: number }> = [];
  for (let length = core.length - 1; length <= core.length + 1; length++) {
    for (const word of syllablesOfLength(length)) {
      const distance = closeReading(core, word);
      if (distance === null) continue;
      const id = model.idOf(word);
      scored.push({ word, cost: distance * EDIT_COST + model.cost(-1, before, id) + model.cost(model.bigramIndex(before, id), id, after) });
    }
  }
  scored.sort((a, b) => a.cost - b.cost);
  const [first, second] = scored;
  return first && (!second || second.cost - first.cost >= VOCABULARY_MARGIN) ? first.word : null;
}

/** `word` in the case of the printed word, whose capitals OCR may have read as small letters (`TRlỂN`: mostly capitals). */
function caseOf(printed: string, word: string): string {
  // Two words glued (with a speck between): each letter keeps its printed case (`duyệt.Điều` → duyệt Điều).
  const letters = [...printed.replace(INNER_SPECK, '')];
  const pieces = [...word.replace(/ /gu, '')];
  if (word.includes(' ') && letters.length === pieces.length) {
    let at = 0;
    return [...word]
      .map((c) => {
        if (c === ' ') return c;
        const printedLetter = letters[at++]!;
        return printedLetter === printedLetter.toLowerCase() ? c : c.toUpperCase();
      })
      .join('');
  }
  const capitals = [...printed].filter((c) => c !== c.toLowerCase()).length;
  const small = [...printed].filter((c) => c !== c.toUpperCase()).length;
  return capitals >= 2 && capitals > small ? word.toUpperCase() : withCaseOf(printed, word);
}

/** The title with its misread words given as the body prints them, and the corrections made. */
export function withTitleWordsFromBody(title: ScalarField | null, doc: NormalizedDocument): { title: ScalarField | null; corrections: Correction[] } {
  if (!title || !doc.lines.some((l) => l.confidence !== undefined && l.start < title.span[1] && l.end > title.span[0])) return { title, corrections: [] };
  const body = bodyWords(doc.text, title.span);
  const corrections: Correction[] = [];
  const printedTitle = doc.text.slice(title.span[0], title.span[1]);
  let searchFrom = 0;
  let previous: string | undefined;
  const tokens = title.value.match(TOKEN) ?? [];
  let index = 0;
  const value = title.value
    .replace(TOKEN, (printedToken) => {
      const next = tokens[++index]?.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
      // Specks a title never prints: an exclamation mark or a low quote, a colon or a comma standing
      // alone between two words (print sets them against the word before).
      const between = index > 1 && index < tokens.length;
      const token = between && STRAY_MARK.test(printedToken) ? '' : printedToken.replace(NEVER_IN_TITLE, '');
      // The speck's change, which a change of the word below completes (the printed token is no longer in `token`).
      let specks: Correction | undefined;
      if (token !== printedToken) {
        const at = printedTitle.indexOf(printedToken, searchFrom);
        if (at >= 0) {
          searchFrom = at + printedToken.length;
          specks = { span: [title.span[0] + at, title.span[0] + at + printedToken.length], from: printedToken, to: token, reason: 'title-word' };
          corrections.push(specks);
        }
        if (!token) return '';
      }
      const bare = token.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
      const word =
        bodyWordFor(token, body, previous) ??
        ((body.counts.get(lower(bare)) ?? 0) === 0 ? syllableFor(token, previous, next) : null) ??
        (isKnownWord(lower(bare)) ? marksFromBody(lower(bare), previous, next && lower(next), body) : null);
      previous = lower(word ?? bare);
      // A stop after a word that the body prints beside the next word many times, and never with a stop between.
      const pair = next && /^[^,.]*\p{L}[,.]$/u.test(token.replace(INNER_SPECK, '')) ? `${previous} ${lower(next)}` : '';
      const stopSpeck = pair !== '' && (body.pairs.get(pair) ?? 0) >= MIN_PAIR_FOR_STOP && !body.punctuated.has(pair);
      if (!word && !stopSpeck) return token;
      const lead = /^[^\p{L}]*/u.exec(token)![0];
      const trail = /[^\p{L}\p{M}]*$/u.exec(token.slice(lead.length))![0];
      const core = token.slice(lead.length, token.length - trail.length || undefined);
      const replacement = `${lead}${word ? caseOf(core, word) : core}${stopSpeck ? trail.slice(0, -1) : trail}`;
      if (specks) {
        specks.to = replacement;
        return replacement;
      }
      const at = printedTitle.indexOf(token, searchFrom);
      if (at >= 0) {
        searchFrom = at + token.length;
        corrections.push({ span: [title.span[0] + at, title.span[0] + at + token.length], from: token, to: replacement, reason: 'title-word' });
      }
      return replacement;
    })
    .replace(/\s{2,}/gu, ' ');
  if (value === title.value) return { title, corrections: [] };
  return { title: { ...title, value, confidence: title.confidence * SNAPPED_TITLE_FACTOR }, corrections };
}
