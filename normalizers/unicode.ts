import { LOOKALIKE_CHARACTERS, INVISIBLE_CHARACTERS } from '../data/characters.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { hasCombiningMark } from '../pipeline/core/text/letters.js';

/**
 * Unicode clean-up: NFC (some PDFs and tools store decomposed Vietnamese), look-alike letters
 * (Ð U+00D0 for Đ), invisible characters (zero-width, soft hyphen, BOM), exotic spaces.
 * Works per base-letter cluster so every change keeps an exact offset.
 */
export function unicodeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // A base character followed by its combining marks.
  const cluster = /[^\p{M}]\p{M}+|\p{M}+/gu;
  // Most texts are composed already and have no combining mark: one scan for a mark is cheaper
  // than trying a cluster at every character (issue 23's profile).
  for (const m of hasCombiningMark(text) ? text.matchAll(cluster) : []) {
    const nfc = m[0].normalize('NFC');
    if (nfc !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement: nfc, reason: 'unicode' });
  }
  for (const m of text.matchAll(REPLACED_CHARACTER)) {
    const ch = m[0];
    const lookalike = LOOKALIKE_CHARACTERS[ch];
    if (lookalike !== undefined) edits.push({ start: m.index, end: m.index + 1, replacement: lookalike, reason: 'unicode' });
    else if (INVISIBLE_CHARACTERS.has(ch)) edits.push({ start: m.index, end: m.index + 1, replacement: '', reason: 'unicode' });
  }
  return edits;
}

/**
 * Any look-alike or invisible character (each one UTF-16 unit): a regular expression finds the
 * few in a text far faster than a look-up per character (issue 23's profile).
 */
const REPLACED_CHARACTER = new RegExp(
  `[${[...Object.keys(LOOKALIKE_CHARACTERS), ...INVISIBLE_CHARACTERS].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** Collapses runs of spaces and tabs inside a line to one space and trims every line. */
export function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/^[ \t]+|[ \t]+$|[ \t]{2,}|\t/gmu)) {
    const atEdge = m.index === 0 || text[m.index - 1] === '\n' || m.index + m[0].length === text.length || text[m.index + m[0].length] === '\n';
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: atEdge ? '' : ' ', reason: 'whitespace' });
  }
  return edits;
}

/**
 * Markdown emphasis markers that text exports leave around headings (`**KẾ HOẠCH**`, `*“…”*`).
 * Removed, and the lines they wrapped are reported so the caller can mark them bold/italic.
 */
export function markupEdits(text: string): { edits: Edit[]; boldRanges: Array<[number, number]> } {
  const edits: Edit[] = [];
  const boldRanges: Array<[number, number]> = [];
  for (const m of text.matchAll(/(\*\*|__)(?=\S)([^\n]*?\S)\1|(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])/gu)) {
    const marker = m[1] ?? '*';
    const inner = m[2] ?? m[3] ?? '';
    const start = m.index;
    edits.push({ start, end: start + marker.length, replacement: '', reason: 'markup' });
    const closeAt = start + marker.length + inner.length;
    edits.push({ start: closeAt, end: closeAt + marker.length, replacement: '', reason: 'markup' });
    if (marker.length === 2) boldRanges.push([start, closeAt + marker.length]);
  }
  // Bold that spans lines ("**Thông tin …\n… năm 2024**"): the opening and closing markers are on
  // different lines; treat the pair as one range.
  for (const m of text.matchAll(/\*\*(?=\S)([^*]*?\n[^*]*?\S)\*\*/gu)) {
    if (edits.some((e) => e.start === m.index)) continue;
    edits.push({ start: m.index, end: m.index + 2, replacement: '', reason: 'markup' });
    const closeAt = m.index + 2 + m[1]!.length;
    edits.push({ start: closeAt, end: closeAt + 2, replacement: '', reason: 'markup' });
    boldRanges.push([m.index, closeAt + 2]);
  }
  return { edits, boldRanges };
}
