/**
 * Letters as `\p{L}` counts them, one code point at a time, without a regular expression per
 * character: the repair's hot loops (tone placement, the share of marked words) ask it of every
 * character of a document.
 */

const LETTER = /^\p{L}$/u;
/** `\p{L}` per BMP character, learnt on first sight (0 unknown, 1 letter, 2 not). */
const LETTER_CACHE = new Uint8Array(65536);

/** Whether a code point is a letter (`\p{L}`): ASCII at once, the others by the pattern, cached. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let known = LETTER_CACHE[code]!;
  if (known === 0) LETTER_CACHE[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** `[\p{L}\p{M}]` per BMP character, learnt on first sight (0 unknown, 1 yes, 2 no). */
const LETTER_OR_MARK_CACHE = new Uint8Array(65536);

/** Whether a code point is a letter or a combining mark (`[\p{L}\p{M}]`), cached as `isLetterCode`. */
export function isLetterOrMarkCode(code: number): boolean {
  if (code > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(code));
  let known = LETTER_OR_MARK_CACHE[code]!;
  if (known === 0) LETTER_OR_MARK_CACHE[code] = known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const UPPER_CASE_LETTER = /^\p{Lu}$/u;
/** `\p{Lu}` per BMP character, learnt on first sight (0 unknown, 1 yes, 2 no). */
const UPPER_CASE_CACHE = new Uint8Array(65536);

/** Whether a code point is an upper-case letter (`\p{Lu}`), cached as `isLetterCode`. */
export function isUpperCaseLetterCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  if (code > 0xffff) return UPPER_CASE_LETTER.test(String.fromCodePoint(code));
  let known = UPPER_CASE_CACHE[code]!;
  if (known === 0) UPPER_CASE_CACHE[code] = known = UPPER_CASE_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const LOWER_CASE_LETTER = /^\p{Ll}$/u;
/** `\p{Ll}` per BMP character, learnt on first sight (0 unknown, 1 yes, 2 no). */
const LOWER_CASE_CACHE = new Uint8Array(65536);

/** Whether a code point is a lower-case letter (`\p{Ll}`), cached as `isLetterCode`. */
export function isLowerCaseLetterCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  if (code > 0xffff) return LOWER_CASE_LETTER.test(String.fromCodePoint(code));
  let known = LOWER_CASE_CACHE[code]!;
  if (known === 0) LOWER_CASE_CACHE[code] = known = LOWER_CASE_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * The next match of `\p{Lu}[\p{L}\p{M}]*` at or after `from` (a code point's place) as [start, end), or null: a walk
 * over the characters with their classes cached (the pattern, run over a whole text, was most of
 * the standard-name pass). `alsoInRun` lets other characters continue a run (digits OCR reads for
 * capitals).
 */
export function nextCapitalizedRun(text: string, from: number, alsoInRun?: (code: number) => boolean): [number, number] | null {
  let at = from;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    if (!isUpperCaseLetterCode(code)) {
      at += width;
      continue;
    }
    let end = at + width;
    while (end < text.length) {
      const next = text.codePointAt(end)!;
      if (!isLetterOrMarkCode(next) && !alsoInRun?.(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    return [at, end];
  }
  return null;
}

/** Where the run of code points `inRun` accepts that ends at `at` starts, walking back by code point. */
function runStart(text: string, at: number, inRun: (code: number) => boolean): number {
  let start = at;
  while (start > 0) {
    const code = text.codePointAt(start - 1)!;
    // A low surrogate: its code point starts one unit earlier.
    const pair = code >= 0xdc00 && code <= 0xdfff && start > 1 ? text.codePointAt(start - 2)! : 0;
    if (pair > 0xffff) {
      if (!inRun(pair)) break;
      start -= 2;
    } else {
      if (!inRun(code)) break;
      start -= 1;
    }
  }
  return start;
}

/** Where the run of letters that holds the letter at `at` starts (as `\p{L}+` would match it). */
export function letterRunStart(text: string, at: number): number {
  return runStart(text, at, isLetterCode);
}

/** Where the run of letters and marks (`[\p{L}\p{M}]*`) that ends at `end` starts. */
export function letterOrMarkRunStart(text: string, end: number): number {
  return runStart(text, end, isLetterOrMarkCode);
}

/** Where the run of lower-case letters (`\p{Ll}*`) that ends at `end` starts. */
export function lowerCaseRunStart(text: string, end: number): number {
  return runStart(text, end, isLowerCaseLetterCode);
}

/** Where the code point that ends at `end` starts (`end` − 2 for a surrogate pair). */
export function codePointStartBefore(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end > 1) {
    const lead = text.charCodeAt(end - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** Where the run of letters that holds the letter at `at` ends. */
export function letterRunEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    if (!isLetterCode(code)) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}
