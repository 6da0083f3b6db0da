import { VIETNAMESE_MARKED_LETTERS } from '../../data/language.js';
import { loadPdfjs } from '../core/pdfjs-module.js';
import {
  BROKEN_WORD,
  INVISIBLE_TEXT_SHARE,
  MAX_BROKEN_SHARE,
  MIN_MARKED_SHARE,
  MIN_SYLLABLE_SHARE,
  MIN_WORDS_TO_JUDGE,
  PAGE_IMAGE_COVER,
  SIGNS_TO_CONDEMN,
  SIGNS_TO_CONDEMN_OCR_LAYER,
} from '../../data/text-layer.js';
import { fromLegacyText, knownWordShare, vietnameseShare } from '../core/text/legacy.js';
import { isLetterCode, isLowerCaseLetterCode, isMarkCode, isUpperCaseLetterCode } from '../core/text/letters.js';

/**
 * Whether a PDF page's text layer can be trusted. A scanner's own OCR puts an invisible layer
 * over the page image, often made by an engine without Vietnamese (`uY BAN NgAN nAN`); trusted,
 * it gives nonsense that sounds sure. The text is judged first (cheap: every page pays for it);
 * broken words and one more sign condemn it outright. Only a page whose text leaves a doubt (one sign), or that has
 * little text in a file that has text elsewhere, has its drawing examined — text drawn invisibly
 * (render mode 3), an image covering the page — to tell an OCR layer or a scanned page from a
 * typed one. Bounds and why: data/text-layer.ts.
 */

export interface TextJudgement {
  words: number;
  /** Share of words the language model knows (after a legacy font's conversion, if that reads better). */
  syllables: number;
  /** Share of words carrying a Vietnamese letter or tone mark. */
  marked: number;
  /** Share of tokens broken as scanner OCR breaks them (`H4nh`, `l$p`, `NgAN`). */
  broken: number;
  /** The signs of a text that is not typed Vietnamese. */
  signs: Array<'few syllables' | 'no marks' | 'broken words'>;
}

export function judgeText(text: string): TextJudgement {
  const { words, tokens, brokenTokens } = wordsAndTokens(text);
  if (words.length < MIN_WORDS_TO_JUDGE) return { words: words.length, syllables: 1, marked: 1, broken: 0, signs: [] };
  // Every page of every PDF is judged: its words are found once.
  const asPrinted = knownWordShare(words);
  let syllables = asPrinted;
  // A PDF in a legacy Vietnamese font (TCVN3, VNI) is converted by the normalizer: judge what it will read.
  if (syllables < MIN_SYLLABLE_SHARE) syllables = Math.max(syllables, vietnameseShare(fromLegacyText(text, 'tcvn3')), vietnameseShare(fromLegacyText(text, 'vni')));
  const legacy = syllables >= MIN_SYLLABLE_SHARE && asPrinted < MIN_SYLLABLE_SHARE;
  const marked = legacy ? 1 : words.filter(isMarked).length / words.length;
  const broken = legacy ? 0 : brokenTokens / Math.max(1, tokens);
  const signs: TextJudgement['signs'] = [];
  if (syllables < MIN_SYLLABLE_SHARE) signs.push('few syllables');
  if (marked < MIN_MARKED_SHARE) signs.push('no marks');
  if (broken > MAX_BROKEN_SHARE) signs.push('broken words');
  return { words: words.length, syllables, marked, broken, signs };
}

/**
 * A text's words (its `[\p{L}\p{M}]+` runs), its tokens (its white-space-separated runs holding a
 * letter: `text.split(/\s+/u)` kept where `/\p{L}/u` finds one) and how many of those tokens
 * `BROKEN_WORD` finds a match in, in one pass over the text with each character's class remembered
 * (`LETTER`, `MARK`, `SPACE`, asked of the same patterns; `GAP`, `LOWER`, `UPPER` for the broken
 * words, below): the patterns were most of the judge, which every page of every PDF pays (issue
 * 23). A text with a character outside the BMP (a surrogate pair: mathematical letters) takes the
 * patterns.
 *
 * `BROKEN_WORD` is a letter, one or more characters of its middle class, a letter
 * (`H4nh`, `l$p`), or a small letter then a capital (`NgAN`); neither half crosses white space, so a
 * token holds a match when the walk meets, inside it, a letter after such a run that follows a
 * letter, or a capital right after a small letter. The walk keeps no token strings and asks no
 * pattern per token (a remembered answer per token was a hash-table look-up per token, ~2% of a
 * text-PDF batch's CPU under `perf`).
 */
export function wordsAndTokens(text: string): { words: string[]; tokens: number; brokenTokens: number } {
  if (SURROGATE.test(text)) {
    const tokens = text.split(/\s+/u).filter((t) => /\p{L}/u.test(t));
    return { words: text.match(/[\p{L}\p{M}]+/gu) ?? [], tokens: tokens.length, brokenTokens: tokens.filter((t) => BROKEN_WORD.test(t)).length };
  }
  const words: string[] = [];
  let tokens = 0;
  let brokenTokens = 0;
  let wordStart = -1;
  let inToken = false;
  let tokenHasLetter = false;
  let tokenBroken = false;
  // The character before is a letter (a small one); a run of middle characters follows a letter.
  let afterLetter = false;
  let afterSmall = false;
  let inGap = false;
  for (let i = 0; i <= text.length; i++) {
    // The end of the text closes a word and a token, as white space does.
    const kind = i < text.length ? characterClass(text.charCodeAt(i)) : SPACE;
    if (kind & (LETTER | MARK)) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      words.push(text.slice(wordStart, i));
      wordStart = -1;
    }
    if (kind & SPACE) {
      if (inToken && tokenHasLetter) {
        tokens++;
        if (tokenBroken) brokenTokens++;
      }
      inToken = tokenHasLetter = tokenBroken = false;
      afterLetter = afterSmall = inGap = false;
      continue;
    }
    inToken = true;
    if (kind & LETTER) {
      tokenHasLetter = true;
      if (inGap || (afterSmall && kind & UPPER)) tokenBroken = true;
      afterLetter = true;
      afterSmall = (kind & LOWER) !== 0;
      inGap = false;
    } else {
      inGap = (kind & GAP) !== 0 && (afterLetter || inGap);
      afterLetter = afterSmall = false;
    }
  }
  return { words, tokens, brokenTokens };
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LETTER = 1;
const MARK = 2;
const SPACE = 4;
const KNOWN_CLASS = 8;
/** A character of `BROKEN_WORD`'s middle class: between two letters it makes a broken word (`H4nh`). */
const GAP = 16;
/** `\p{Ll}` and `\p{Lu}`: a small letter then a capital is a broken word (`NgAN`). */
const LOWER = 32;
const UPPER = 64;
/** Per BMP character: `KNOWN_CLASS` once asked, with the other bits as the classes of `letters.ts` and the patterns answer (one look-up gives all the walk needs). */
const CHARACTER_CLASS = new Uint8Array(65536);

function characterClass(code: number): number {
  let kind = CHARACTER_CLASS[code]!;
  if (kind === 0) {
    const character = String.fromCharCode(code);
    const letter = isLetterCode(code);
    kind =
      KNOWN_CLASS |
      (letter ? LETTER : 0) |
      (isMarkCode(code) ? MARK : 0) |
      (/\s/u.test(character) ? SPACE : 0) |
      // Asked of `BROKEN_WORD` itself: a non-letter between two small letters matches only as its middle.
      (!letter && BROKEN_WORD.test(`a${character}a`) ? GAP : 0) |
      (isLowerCaseLetterCode(code) ? LOWER : 0) |
      (isUpperCaseLetterCode(code) ? UPPER : 0);
    CHARACTER_CLASS[code] = kind;
  }
  return kind;
}

/** Per BMP character: whether it is, in lower case, a marked Vietnamese letter (0 unknown, 1 yes, 2 no). */
const MARKED_CHARACTER = new Uint8Array(65536);

/**
 * Whether a word carries a Vietnamese mark: `VIETNAMESE_MARKED_LETTERS.test(word.toLowerCase())`,
 * asked of each character with the answer kept per character (a marked letter is one code point,
 * and lower case maps none of them out of one).
 */
function isMarked(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) continue;
    let known = MARKED_CHARACTER[code]!;
    if (known === 0) MARKED_CHARACTER[code] = known = VIETNAMESE_MARKED_LETTERS.test(String.fromCharCode(code).toLowerCase()) ? 1 : 2;
    if (known === 1) return true;
  }
  return false;
}

/** How a page is drawn: the share of its glyphs drawn invisibly, and how much of it one image covers. */
export interface PageDrawing {
  invisibleText: number;
  imageCover: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Share of the page (`view` = [x0, y0, x1, y1]) covered by the unit square drawn through `m`. */
function cover(m: Matrix, view: number[]): number {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const width = Math.max(0, Math.min(x1, Math.max(...xs)) - Math.max(x0, Math.min(...xs)));
  const height = Math.max(0, Math.min(y1, Math.max(...ys)) - Math.max(y0, Math.min(...ys)));
  return (width * height) / Math.max(1, (x1 - x0) * (y1 - y0));
}

interface PdfPageLike {
  view: number[];
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

/** Walks the page's operators with the transformation matrix and the text render mode. */
export async function pageDrawing(page: PdfPageLike): Promise<PageDrawing> {
  const { OPS } = await loadPdfjs();
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Array<{ ctm: Matrix; mode: number }> = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let mode = 0;
  let glyphs = 0;
  let invisible = 0;
  let imageCover = 0;
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintImageMaskXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat].filter((op) => op !== undefined));
  const texts = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i]!;
    const args = argsArray[i] ?? [];
    if (op === OPS.save) stack.push({ ctm, mode });
    else if (op === OPS.restore) ({ ctm, mode } = stack.pop() ?? { ctm, mode });
    else if (op === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, mode });
      const matrix = args[0] as Matrix | null;
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (op === OPS.paintFormXObjectEnd) ({ ctm, mode } = stack.pop() ?? { ctm, mode });
    else if (op === OPS.setTextRenderingMode) mode = Number(args[0]) || 0;
    else if (texts.has(op)) {
      const shown = args.find((a) => Array.isArray(a)) as unknown[] | undefined;
      const count = shown ? shown.filter((g) => g !== null && typeof g === 'object').length : 0;
      glyphs += count;
      // Mode 3 draws nothing; mode 7 only clips.
      if (mode === 3 || mode === 7) invisible += count;
    } else if (images.has(op)) imageCover = Math.max(imageCover, cover(ctm, page.view));
  }
  return { invisibleText: glyphs ? invisible / glyphs : 0, imageCover };
}

/** Whether a page's drawing says its text is some engine's OCR of a page image. */
export function isOcrLayer(drawing: PageDrawing): boolean {
  return drawing.invisibleText >= INVISIBLE_TEXT_SHARE || drawing.imageCover >= PAGE_IMAGE_COVER;
}

/** The text alone condemns the layer, whatever its drawing. */
export const condemnedByText = (judgement: TextJudgement): boolean => judgement.signs.length >= SIGNS_TO_CONDEMN && judgement.signs.includes('broken words');

/** The text leaves a doubt that the page's drawing settles: condemned if it is an OCR layer. */
export const doubtful = (judgement: TextJudgement): boolean => judgement.signs.length >= SIGNS_TO_CONDEMN_OCR_LAYER && !condemnedByText(judgement);

/** A page with little text is a scanned page when one image covers it. */
export const isPageImage = (drawing: PageDrawing): boolean => drawing.imageCover >= PAGE_IMAGE_COVER;

/** One sentence on why a page's layer was set aside. */
export function describeUntrusted(pages: number[], judgement: TextJudgement, drawing: PageDrawing | null): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const how = [
    `${pct(judgement.syllables)} Vietnamese syllables`,
    `${pct(judgement.marked)} of words with Vietnamese marks`,
    `${pct(judgement.broken)} broken words`,
    drawing && drawing.invisibleText >= INVISIBLE_TEXT_SHARE ? 'drawn invisibly' : null,
    drawing && drawing.imageCover >= PAGE_IMAGE_COVER ? 'over an image of the page' : null,
  ].filter(Boolean);
  const which = pages.length === 1 ? `Page ${pages[0]}'s text layer` : `The text layer of pages ${pageList(pages)}`;
  return `${which} is not real text (a scanner's own OCR: ${how.join(', ')}${pages.length > 1 ? ' on the first' : ''}); it is set aside for OCR.`;
}

/** 1, 2, 3, 5 → "1–3, 5". */
export function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return runs.join(', ');
}
