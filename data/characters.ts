/** Characters that look like Vietnamese letters but are other code points, and their real letter. */
export const LOOKALIKE_CHARACTERS: Record<string, string> = {
  '\u00D0': 'Đ', // Ð LATIN CAPITAL LETTER ETH
  '\u0189': 'Đ', // Ɖ LATIN CAPITAL LETTER AFRICAN D
  '\u00F0': 'đ', // ð LATIN SMALL LETTER ETH
  '\u00A0': ' ', // no-break space
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u3000': ' ',
  '\uFF0C': ',', // fullwidth comma
  '\uFF1A': ':', // fullwidth colon
  '\uFF0F': '/', // fullwidth solidus
};

/** Characters with no visible form that break matching. */
export const INVISIBLE_CHARACTERS = new Set([
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD',
  // Control characters no document prints: left in, a text's ESC or BEL would drive the terminal
  // that shows a title (tab, line feed, vertical tab, form feed and carriage return are layout).
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter((ch) => !'\t\n\v\f\r'.includes(ch)),
  ...Array.from({ length: 0x21 }, (_, c) => String.fromCharCode(0x7f + c)),
]);
