/**
 * Letters as `\p{L}` counts them, one code point at a time, without a regular expression per
 * character: the repair's hot loops (tone placement, the share of marked words) ask it of every
 * character of a document.
 */

/**
 * A test of one code point against a one-character pattern, learnt per BMP character on first
 * sight (0 unknown, 1 yes, 2 no) and filled for ASCII at once; astral code points are tested each
 * time.
 */
function cachedClass(pattern: RegExp): (code: number) => boolean {
  const cache = new Uint8Array(65536);
  for (let code = 0; code < 128; code++) cache[code] = pattern.test(String.fromCharCode(code)) ? 1 : 2;
  return (code) => {
    if (code > 0xffff) return pattern.test(String.fromCodePoint(code));
    let known = cache[code]!;
    if (known === 0) cache[code] = known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  };
}

/** Whether a code point is a letter (`\p{L}`). */
export const isLetterCode = cachedClass(/^\p{L}$/u);
/** Whether a code point is a letter or a combining mark (`[\p{L}\p{M}]`). */
export const isLetterOrMarkCode = cachedClass(/^[\p{L}\p{M}]$/u);
/** Whether a code point is an upper-case letter (`\p{Lu}`). */
export const isUpperCaseLetterCode = cachedClass(/^\p{Lu}$/u);
/** Whether a code point is a lower-case letter (`\p{Ll}`). */
export const isLowerCaseLetterCode = cachedClass(/^\p{Ll}$/u);
/** Whether a code point is a combining mark (`\p{M}`). */
export const isMarkCode = cachedClass(/^\p{M}$/u);

/**
 * The letters of a text, counted in UTF-16 units as `text.replace(/[^\p{L}]/gu, '').length` does (a letter outside the
 * BMP counts two), by a walk with the classes cached: a PDF page's letters are counted line by line (issue 23).
 */
export function letterCount(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) {
      if (isLetterCode(code)) letters += 2;
      i++;
    } else if (isLetterCode(code)) letters++;
  }
  return letters;
}

/**
 * Whether a text holds a combining mark anywhere (`/\p{M}/u.test(text)`), by a walk over its code
 * points with their classes cached: the pattern, run over every document to learn that most have
 * none, took three times as long (issue 23).
 */
export function hasCombiningMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (isMarkCode(code)) return true;
    if (code > 0xffff) i++;
  }
  return false;
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
