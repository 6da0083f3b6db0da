/**
 * Code tables of the 8-bit Vietnamese encodings older archives are kept in. Text in them reaches
 * us either as bytes (a .txt file) or as Unicode mojibake (a DOCX run in a `.VnTime` font, a PDF
 * text layer): each byte was shown as the Windows-1252 character of the same code, so
 * "Ủy ban nhân dân" arrives as "Uû ban nh©n d©n". Converted by table, never repaired.
 */

/**
 * TCVN 5712:1993 VN3 ("ABC", fonts `.VnTime`, `.VnArial`…): bytes 0xA1–0xFF, one letter each
 * (0xB0–0xB4 are combining tone marks). Bytes below 0xA1 are ASCII and Windows-1252 punctuation.
 * Capital letters with tones have no codes: the `…H` fonts (`.VnTimeH`) draw these lower-case
 * codes as capitals.
 */
export const TCVN3_FROM_A1 = '\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0';

/** VISCII 1.1: every byte from 0x80, and six C0 control codes that hold capitals. */
export const VISCII_FROM_80 = '\u1ea0\u1eae\u1eb0\u1eb6\u1ea4\u1ea6\u1ea8\u1eac\u1ebc\u1eb8\u1ebe\u1ec0\u1ec2\u1ec4\u1ec6\u1ed0\u1ed2\u1ed4\u1ed6\u1ed8\u1ee2\u1eda\u1edc\u1ede\u1eca\u1ece\u1ecc\u1ec8\u1ee6\u0168\u1ee4\u1ef2\u00d5\u1eaf\u1eb1\u1eb7\u1ea5\u1ea7\u1ea9\u1ead\u1ebd\u1eb9\u1ebf\u1ec1\u1ec3\u1ec5\u1ec7\u1ed1\u1ed3\u1ed5\u1ed7\u1ee0\u01a0\u1ed9\u1edd\u1edf\u1ecb\u1ef0\u1ee8\u1eea\u1eec\u01a1\u1edb\u01af\u00c0\u00c1\u00c2\u00c3\u1ea2\u0102\u1eb3\u1eb5\u00c8\u00c9\u00ca\u1eba\u00cc\u00cd\u0128\u1ef3\u0110\u1ee9\u00d2\u00d3\u00d4\u1ea1\u1ef7\u1eeb\u1eed\u00d9\u00da\u1ef9\u1ef5\u00dd\u1ee1\u01b0\u00e0\u00e1\u00e2\u00e3\u1ea3\u0103\u1eef\u1eab\u00e8\u00e9\u00ea\u1ebb\u00ec\u00ed\u0129\u1ec9\u0111\u1ef1\u00f2\u00f3\u00f4\u00f5\u1ecf\u1ecd\u1ee5\u00f9\u00fa\u0169\u1ee7\u00fd\u1ee3\u1eee';
export const VISCII_C0: Record<number, string> = { 0x02: '\u1eb2', 0x05: '\u1eb4', 0x06: '\u1eaa', 0x14: '\u1ef6', 0x19: '\u1ef8', 0x1e: '\u1ef4' };

/**
 * VNI-Windows (fonts `VNI-Times`…): a letter is a base letter followed by mark characters (shown
 * as Windows-1252 letters); a few letters are one character of their own. Lower and upper case
 * mark characters mean the same.
 */
export const VNI_MARKS: Record<string, string> = {
  // tone alone
  'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
  // circumflex, alone and with a tone
  'â': '\u0302', 'á': '\u0302\u0301', 'à': '\u0302\u0300', 'å': '\u0302\u0309', 'ã': '\u0302\u0303', 'ä': '\u0302\u0323',
  // breve, alone and with a tone
  'ê': '\u0306', 'é': '\u0306\u0301', 'è': '\u0306\u0300', 'ú': '\u0306\u0309', 'ü': '\u0306\u0303', 'ë': '\u0306\u0323',
};

/** What a VNI mark character joins: a vowel, with the marks it already carries, ending the text so far. */
export const VNI_MARK_BASE = /[aeiouyAEIOUYơưƠƯ]\p{M}*$/u;

/** VNI characters that are whole letters. */
export const VNI_LETTERS: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ', 'ñ': 'đ',
  'Ô': 'Ơ', 'Ö': 'Ư', 'Í': 'Í', 'Ì': 'Ì', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'Î': 'Ỵ', 'Ñ': 'Đ',
};

/**
 * Characters that Unicode Vietnamese never contains but each legacy encoding's mojibake is full of:
 * a line without one is left alone. (TCVN3's à, 0xB5, comes out of a PDF text layer as Greek μ.)
 */
export const TCVN3_SIGNS = /[¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ\u03bc]/u;
export const VNI_SIGNS = /[øûïåäëæöîñØÛÏÅÄËÆÖÎÑ]/u;

/** Font names that say which legacy encoding a DOCX run is in. */
export const LEGACY_FONTS: Array<{ pattern: RegExp; encoding: 'tcvn3' | 'vni'; capitals?: boolean }> = [
  { pattern: /^\.?Vn[A-Za-z]*H$/u, encoding: 'tcvn3', capitals: true },
  { pattern: /^\.Vn/u, encoding: 'tcvn3' },
  { pattern: /^VNI[-\s]/iu, encoding: 'vni' },
];

/**
 * Phrases whose first word TCVN3 cannot type as a capital (the table has no `Ủ`): a body's type
 * opens its name with a capital (Nghị định 30/2020, Phụ lục II: "Ủy ban nhân dân", "Ủy ban Mặt
 * trận Tổ quốc"), so a converted small one is the capital a `.VnTime` typist could not type.
 */
export const TCVN3_UNTYPABLE_CAPITALS = /(?<![\p{L}\p{M}])ủy(?=\s+ban(?![\p{L}\p{M}]))/gu;

/** Characters a legacy code table gives a Vietnamese letter (Windows-1252 0xA1–0xFF). */
export const HIGH_LATIN = /[\u00a1-\u00ff]/u;
/**
 * A hyphen between letters, or codes that stand for letters (0xAC `¬` is ơ): in TCVN3 text from a
 * PDF text layer it may be 0xAD (ư), which the reader names "hyphen" (`ph-¬ng` for phương).
 */
export const HYPHEN_IN_WORD = /(?<=[\p{L}\u00a1-\u00ff])-(?=[\p{L}\u00a1-\u00ff])/gu;
