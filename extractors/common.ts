import { DETACHED_ONSET, SYLLABLE_SHAPE, WORD_OPENING } from '../data/syllables.js';
import { WRAPPED_SYMBOL_CODE } from '../data/symbols.js';
import type { Line } from '../pipeline/core/model.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import { isLetterCode, isUpperCaseLetterCode } from '../pipeline/core/text/letters.js';

/** Span of a substring of a line, in document offsets. */
export function spanIn(line: Line, from = 0, to = line.text.length): [number, number] {
  return [line.start + from, line.start + to];
}

/** Span covering several lines. */
export function spanOf(lines: Line[]): [number, number] {
  if (lines.length === 0) return [0, 0];
  return [Math.min(...lines.map((l) => l.start)), Math.max(...lines.map((l) => l.end))];
}

/** True when a line's letters are (almost) all capitals: header blocks, type lines, signatures. */
export function isUpperLine(text: string): boolean {
  // Counted in UTF-16 units, as the lengths of the text's letters and capitals would be, without making them
  // (two patterns per line were a seventieth of a worker's extracting; issue 23's profile).
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (width === 2) i++;
    if (!isLetterCode(code)) continue;
    letters += width;
    if (isUpperCaseLetterCode(code)) upper += width;
  }
  if (letters < 2) return false;
  return upper / letters >= 0.85;
}

/** Collapses whitespace and trims. */
export function squash(text: string): string {
  // Text whose only white space is single spaces needs trimming alone (most lines and sentences).
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** White space other than a single space: a tab, a line break, a no-break space, two spaces. */
const UNSQUASHED = /[^\S ]| {2}/;

const WRAPPED_CODE_START = new RegExp(`^${WRAPPED_SYMBOL_CODE}`, 'u');

/**
 * Joins wrapped lines into one text with single spaces, except where a line broke inside a
 * document number ("… Thông tư số 219/2010/TT-" ⏎ "BTC …"): the symbol is glued back together.
 */
export function joinWrapped(lines: string[]): string {
  let joined = '';
  for (const line of lines.map(squash).filter(Boolean)) {
    const insideNumber = /\d[\p{L}\p{N}/]*[/\-]$/u.test(joined) && WRAPPED_CODE_START.test(line);
    joined = joined ? `${joined}${insideNumber || splitSyllable(joined, line) ? '' : ' '}${line}` : line;
  }
  return joined;
}

/**
 * Whether a line break cut one syllable: `before` ends in consonants alone (DETACHED_ONSET), which
 * with the first letters of `after`, in the same case, make one syllable (SYLLABLE_SHAPE).
 */
function splitSyllable(before: string, after: string): boolean {
  const onset = DETACHED_ONSET.exec(before)?.[1];
  const rest = onset ? WORD_OPENING.exec(after)?.[1] : undefined;
  if (!onset || !rest) return false;
  const upper = (t: string) => t === t.toLocaleUpperCase('vi');
  if (upper(onset) !== upper(rest)) return false;
  const bare = foldDiacritics(`${onset}${rest}`).toLowerCase();
  return SYLLABLE_SHAPE.test(bare);
}

/** Strips list markers ("- ", "+ ", "• ") and trailing separators (";", ",", "."). */
export function stripItem(text: string): string {
  return squash(text.replace(/^\s*[-–+•·*]\s*/u, '').replace(/[\s;,.]+$/u, ''));
}

/** Clamps a confidence to [0, 1] with two decimals. */
export function confidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
