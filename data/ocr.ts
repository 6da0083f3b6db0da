import { AUTHORITY_CODE } from './layout-patterns.js';
import { VOWEL_LETTERS } from './alphabet.js';

/**
 * What OCR needs to know about the printed forms: the labels before blanks that are filled in by
 * hand or by a signing tool (the number after `Số:`, the day after `ngày`, the month after
 * `tháng`), read again one line at a time with digits only.
 */

/** `Số:` as OCR gives it (`Sô:`, `S6:`, `Số;`, `sé:`: its ô read as o, 6 or an e; `sá:` with its colon). */
const NUMBER_LABEL_READ = String.raw`S(?:[ốôoóồổ6éế][:;.]?|[áà][:;])`;
/** The number label as printed (Nghị định 30/2020, Phụ lục I). */
export const NUMBER_LABEL_PRINTED = 'Số:';
/** The number label alone or with what was filled in glued to it. */
export const NUMBER_LABEL = new RegExp(`^${NUMBER_LABEL_READ}`, 'iu');
/** The first separator of the symbol: what precedes it in the blank is the sequence number. */
export const SYMBOL_START = /[/\-–]/u;
export const DAY_LABEL = /^ng[àa]y/iu;
export const MONTH_LABEL = /^th[áa]ng$/iu;
export const YEAR_LABEL = /^n[ăa]m$/iu;
/**
 * The motto's words as OCR gives them, marks or not (`Độc lập - Tự do - Hạnh phúc`, `Đảng Cộng sản
 * Việt Nam`): the place and date line is printed under the motto, in the header's right column.
 */
export const MOTTO_WORDS = /^(?:ph[úu]c|do|NAM|Nam)$/u;
/** How far under the motto (in its line heights) the place and date line is looked for, when the page pass read none. */
export const DATE_LINE_BAND = { below: 3.5, leftOfMotto: 1.5 };

/** Blanks are looked for in the top part of the first page, where the header is. */
export const HEADER_SHARE_OF_PAGE = 0.4;
/** Digits read this confidently in the page pass are kept without a second look. */
export const CONFIDENT_DIGITS = 0.85;
/** A word in small letters (`liệu`, `dư,`): printed, not a pen's digits. */
export const PRINTED_WORD = /^\p{Ll}{2,}[,:;.]?$/u;
export const DIGITS = '0123456789';

/** Letters OCR reads for handwritten or smudged digits; applied only inside a numeric blank. */
export const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0', o: '0', Ô: '0', ô: '0', Ơ: '0', ơ: '0', Ó: '0', ó: '0', Ò: '0', ò: '0', D: '0', Q: '0', U: '0',
  l: '1', I: '1', i: '1', '|': '1', '!': '1', ']': '1', '[': '1', í: '1', ì: '1',
  z: '2', Z: '2',
  S: '5', s: '5', $: '5',
  G: '6', b: '6',
  T: '7',
  B: '8', '&': '8',
  g: '9', q: '9',
};

/** A label glued to its neighbours (`ngày5tháng07năm`, `Số:899/UBND`) is cut apart before blanks are found. */
export const GLUED_LABELS = new RegExp(String.raw`(${NUMBER_LABEL_READ}|ng[àa]y|th[áa]ng|n[ăa]m)`, 'u');

/**
 * The number label read with its ô as an e (`sé: 5689 /BCA-C04`): at the start of a line, before a
 * colon and a short blank that a symbol closes, no other word is spelled so.
 */
export const NUMBER_LABEL_MISREAD = /^([ \t]*)([Ss][éếèêe])(?=[ \t]*[:;.][^/]{0,12}\/[ \t]*\p{Lu})/gmu;

/**
 * A legal normative number whose type code OCR read as digits (`04/2020/77-BNV` for TT-BNV): after
 * the year only a type's code stands, in letters (Nghị định 30/2020, Phụ lục III). Group 1 the
 * number and year with their slashes, group 2 the code as read (a digit in it), before its hyphen.
 */
export const TYPE_CODE_READ_AS_DIGITS = /(?<![\p{L}\p{N}/])(\d{1,5}\/(?:19|20)\d{2}\/)((?=[\p{Lu}\d]*\d)[\p{Lu}\d]{2,4})(?=-\p{Lu})/gu;
/** The letters a printed code's digit-shaped reading stands for (T read 7, Q read 0, B read 8, S read 5, I read 1). */
export const DIGIT_READ_FOR_CODE_LETTER: Readonly<Record<string, string>> = { '7': 'T', '0': 'Q', '8': 'B', '5': 'S', '1': 'I' };

/** "Chỉ thị sổ 28/CT-TTg": sổ (ledger) is never followed by a document number; số is. */
export const LEDGER_BEFORE_NUMBER = /(?<![\p{L}])[Ss]ổ(?=\s*:?\s*\d{1,5}\s*[/\-])/gu;

/**
 * Header words OCR misreads in ways no other word explains: `TÍNH`/`Tính` before a province's
 * name is `TỈNH` (the accent misread; "tính Quảng Ngãi" means nothing), and `Úy ban`/`Uy ban` is
 * `Ủy ban` (no other word is spelled so). Replacements keep the printed case.
 */
export const PROVINCE_WORD_MISREAD = /(?<!\p{L})(T[ÍÌĨI]NH|[Tt][íìĩ]nh)(?=\s+\p{Lu})/gu;
export const COMMITTEE_WORD_MISREAD = /(?<!\p{L})([ÚÙŨU]Y|[ÚÙŨU]y|U[ÝỲ]|U[ýỳ])(?=\s+(?:BAN|ban|Ban)(?!\p{L}))/gu;
/** The same word with a speck read for the space before `ban` (`Ùy.ban`, `Ủy,ban`): the word and the speck, read as `Ủy ban`. */
export const COMMITTEE_SPACE_MISREAD = /(?<!\p{L})([ÚÙŨUỦ][Yy]|U[ÝỲýỳ])[.,·](?=(?:BAN|ban|Ban)(?!\p{L}))/gu;


/** The words the misreadings above stand for, in lower case: a repair gives them the printed case. */
export const MISREAD_WORDS = { number: 'số', province: 'tỉnh', committee: 'ủy' } as const;

/**
 * Words a tight print glues for OCR at the head of a title, maybe with a speck read as a stroke
 * between them: `Vềviệc`, `VềLviệc` → `Về việc` (no word is spelled so).
 */
export const GLUED_TITLE_OPENING = /(?<!\p{L})(Về|VỀ)[|Il1L!]?(việc|VIỆC)(?!\p{L})/gu;
/** `Về việt …` opening a line: its c misread as t (việt, lower case, opens no phrase; Việt is a name's). */
export const TITLE_OPENING_MISREAD = /^(Về\s+)việt(?=\s+\p{Ll})/gmu;
/** What the misread word stands for. */
export const TITLE_OPENING_WORD = 'việc';

/**
 * The `V/v` that opens a công văn's trích yếu with its slash misread (`VAv`, `V|v`, `Vlv`, `VÍv`)
 * or its v lost or misread (`V/`, `V/w`) at the start of a line before lower-case words: no word is spelled so.
 */
export const SUBJECT_MARK_MISREAD = /^V(?:[A\\|lI1íÍ]v|\/[wy]?)(?=\s+\p{Ll})/gmu;
/** What it stands for. */
export const SUBJECT_MARK = 'V/v';

/**
 * Letters OCR reads for a name's first capital under a seal or a pen's stroke (`Iẽ Văn Lợi` for
 * Lê): tried on a first word that is no family name, and kept only where exactly one family name results.
 */
export const NAME_INITIAL_MISREAD: Readonly<Record<string, string>> = { I: 'L', l: 'L', '1': 'L', '|': 'L' };
/**
 * The apostrophe of a name of the Central Highlands peoples (`H’Vi Êban`, `Y’Bih`) as OCR reads it:
 * a question mark between the initial and the next capital (no name has one).
 */
export const NAME_APOSTROPHE_READ = /(?<![\p{L}\p{N}])(\p{Lu})\?(?=\p{Lu})/gu;
/** How the apostrophe is printed. */
export const NAME_APOSTROPHE = '’';

/**
 * Two capitalised syllables of a name OCR glued with a quote read from a pen's or a seal's stroke
 * (`Nguyễn'Đình`): no syllable is spelled so (a name of the Central Highlands peoples has one
 * capital before its apostrophe, `H’Vi`).
 */
export const NAME_SYLLABLES_GLUED_BY_QUOTE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)['’`](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
/** The quotes of NAME_SYLLABLES_GLUED_BY_QUOTE (its matches are found from them). */
export const NAME_SYLLABLES_QUOTE = /['’`]/g;

/**
 * A scanned title's first line opening with the `V/v` mark misread, maybe after a speck of one or
 * two signs (`01 Víy cho phép …`): group 1 is the speck and the mark, which stand for `V/v`. The
 * v may be read as a y; lower-case words follow (no word is spelled so).
 */
export const SUBJECT_MARK_AFTER_SPECK = /^((?:[^\p{L}\s]{1,2}\s+)?V(?:[/\\|lI1íÍA][vy]|[/\\|lI1íÍA]))(?=\s+\p{Ll})/u;

/** A block read again under the number line opens like a trích yếu: `V/v`, as OCR may leave it, or `Về`. */
export const SUBJECT_OPENING_READ = /^[^\p{L}]{0,2}(?:V(?:[/\\|lI1íÍA][vVyw]?|[vVyw])|Về|VỀ)(?=\s)/u;

/** `Nơi nhận:` with seal or signature strokes read into its first letters (`XWơi nhận:`, `ơi nhận:`). */
export const MANGLED_RECIPIENTS_LABEL = /(?<!\p{L})\p{L}{0,3}ơi\s+nhận(?=\s*[:;.]?\s*$)/gmu;
/**
 * The end of such a label, found first: the letters before it (at most three, a whole run) are
 * checked after. Searching for the label itself tried its look-behind at every character of the
 * text, a measurable share of every document's repair.
 */
export const MANGLED_RECIPIENTS_LABEL_END = /ơi\s+nhận(?=\s*[:;.]?\s*$)/gmu;
/** Letters OCR may put before `ơi nhận` (the N and stray strokes). */
export const MANGLED_RECIPIENTS_PREFIX_MAX = 3;
/** The label a mangled one is put back to. */
export const RECIPIENTS_LABEL = 'Nơi nhận';

/**
 * A receipt stamp (`CV ĐẾN`, `Số: …`, `Ngày: …`, `Chuyển: …`) boxed in the margin by the office
 * that received the copy: not the document's text. Its printed words (upper-case `ĐẾN`, `Chuyển:`)
 * anchor the search for its frame; OCR often glues a stroke to them (`EĐỀN`).
 */
export const RECEIPT_STAMP_WORD = /(?:Đ[ẾỀEÊÉ]N|^Chuy[ểeê]n\s*:.*)$/u;

/** Marks OCR reads from seal and pen strokes that never belong to a printed signature line. */
export const SPECK_CHARACTERS = /[^\p{Lu}\p{Ll}\p{M}\p{N}\s.,:;/()&\-–’]/gu;
/** A lone capital between an authority's dot and the position: "TL.R CHỦ TỊCH". */
export const AUTHORITY_SPECK = new RegExp(String.raw`^((?:${AUTHORITY_CODE})\s*\.)\s*\p{Lu}(?=\s+\p{Lu}{2})`, 'u');

/** An l or I between a lower-case letter and the digits of a clerk's code (bngocl06). */
export const CLERK_CODE_ONE = /(?<=\p{Ll})[lI|](?=\d{1,4}(?![\p{L}\p{N}]))/gu;
/** An O between digits of a clerk's code (bdv2O5). */
export const CLERK_CODE_ZERO = /(?<=\d)[oO](?=\d)/gu;

/**
 * The `Nơi nhận` label as a page reading gives it, specks of a seal or pen read into its first
 * letters (`NWơi nhận:`) and marks maybe lost: where the signature block sits beside it.
 */
export const RECIPIENTS_LABEL_READ = /^[^\p{L}]{0,2}\p{L}{0,3}[ơo]i\s*nh[ậâaặ]n\b/iu;

/**
 * The signature's authority line as a page reading gives it (`TM. BAN CHẤP HÀNH`, `KT. GIÁM ĐỐC`,
 * `TM/ BAN …`): where a signature block without `Nơi nhận` beside it sits.
 */
export const AUTHORITY_LINE_READ = new RegExp(String.raw`^[^\p{L}]{0,2}(?:${AUTHORITY_CODE})\s*[./:]\s*\p{Lu}{2}`, 'u');

/**
 * A signer's name as printed under the signature: two to five capitalised syllables ending the
 * line (after a rank or title: `Thiếu tướng Trương Minh Đương`, `TS. Đỗ Ngọc Thịnh`; or after a
 * syllable OCR glued on with a quote, `Nguyễn'Đình Trung`).
 */
export const NAME_SHAPED_END = /(?:^|[\s.'’])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}\s*$/u;

/**
 * A word read unsurely whose shape no printed Vietnamese word or code has: a capital inside after a
 * small letter (`ntpBMOti`, `guLỆ`), or a letter outside the Vietnamese and Latin alphabets (`ïCửlukí`).
 * It is what a seal, a receipt stamp or a pen's stroke crossing print reads as.
 */
export const NOISE_SHAPED_WORD = new RegExp(String.raw`\p{Ll}\p{Lu}|[^\P{L}a-zA-ZđĐ${VOWEL_LETTERS}${VOWEL_LETTERS.toUpperCase()}]`, 'u');
