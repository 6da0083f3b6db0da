/**
 * How the body of a document is divided (FORMAT.md: "I./I-", "1./1-", "2.1.", "a)", "-", "+",
 * "Điều 3."), and the headings of the parts that assign work.
 */

export type SectionKind = 'part' | 'chapter' | 'roman' | 'article' | 'number' | 'decimal' | 'letter' | 'heading' | 'dash' | 'plus';

export interface SectionMarker {
  kind: SectionKind;
  /** Lower ranks contain higher ones; a marker closes every open section of its rank or above. */
  rank: number;
  /** Matches the marker at the start of a line; group `label` is the number or letter, if any. */
  pattern: RegExp;
}

/** Ids of sections people cite by name and number: "Điều 3", "Phần II", "Chương IV". */
export const SECTION_ID_PREFIX: Partial<Record<SectionKind, string>> = { article: 'Điều', part: 'Phần', chapter: 'Chương' };

/** Roman numerals up to 39, the most a document's parts ever reach. */
const ROMAN = String.raw`(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})`;

/** In the order they are tried: the first marker that matches a line decides its kind. */
export const SECTION_MARKERS: SectionMarker[] = [
  { kind: 'part', rank: 0, pattern: /^(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(?<label>[IVX]+|\d+|NHẤT|HAI|BA|BỐN|NĂM|nhất|hai|ba|bốn|năm)(?![\p{L}\p{N}])\s*[.:\-–]?\s*/u },
  { kind: 'chapter', rank: 1, pattern: /^(?:CHƯƠNG|Chương)\s+(?<label>[IVX]+|\d+)(?![\p{L}\p{N}])\s*[.:\-–]?\s*/u },
  // A slash with a space after it ("II/ TỔ CHỨC THỰC HIỆN", "1/ Sở …", "a/ Ban …") as commune, Front and Party documents often
  // type them; not "V/v" nor "II/2025", which have none.
  { kind: 'roman', rank: 2, pattern: new RegExp(String.raw`^(?<label>${ROMAN})(?:\s*[.\-–:)]\s*|\s*\/\s+)(?=\S)`, 'u') },
  // "Điều2:" as OCR glues it.
  { kind: 'article', rank: 3, pattern: /^Điều\s*(?<label>\d{1,3})\s*[.:]\s*/u },
  // "2.1." and "2.1" (a decimal needs a space after it, so "1.000 người" is not one).
  { kind: 'decimal', rank: 5, pattern: /^(?<label>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u },
  // "1.", "1-", "1)": never a digit right after, so "1.000" and "19/5/2021" are text.
  { kind: 'number', rank: 4, pattern: /^(?<label>\d{1,2})(?:\s*[.\-–)]\s*|\s*\/\s+)(?=[^\d\s])/u },
  { kind: 'letter', rank: 6, pattern: /^(?<label>[a-zđ])\s*[).\/]\s+(?=\S)/u },
  { kind: 'dash', rank: 8, pattern: /^[-–—•]\s*(?=[^\s\-–—])/u },
  { kind: 'plus', rank: 9, pattern: /^\+\s*(?=\S)/u },
];

/**
 * Markers as OCR misreads them, taken only on OCR'd lines: a Roman part number whose dot was lost
 * ("I Dự kiến mục tiêu …" for "I. Dự kiến …"; before a capitalised word, and no Vietnamese word
 * is a Roman numeral), an article number followed by a comma.
 */
export const OCR_MARKERS: SectionMarker[] = [
  // Also before a heading in capitals ("II TỔ CHỨC THỰC HIỆN") and with a comma for the dot ("II, TỔ CHỨC …"); counted.
  { kind: 'roman', rank: 2, pattern: new RegExp(String.raw`^(?<label>${ROMAN})(?:\s*,)?\s+(?=\p{Lu}[\p{Ll}\p{Lu}])`, 'u') },
  // "Điều 2, Chánh Văn phòng …": the article's dot read as a comma.
  { kind: 'article', rank: 3, pattern: /^Điều\s*(?<label>\d{1,3})\s*,\s*(?=\p{Lu})/u },
  // "1 Cục Thuế tỉnh" for "1. Cục Thuế tỉnh": an item number whose dot was lost; taken only where it
  // continues the count of numbered items (the first, or the one after the last), see `inSequence`.
  // "1, Sở Nội vụ": the dot read as a comma.
  { kind: 'number', rank: 4, pattern: /^(?<label>\d{1,2})(?:\s*,)?\s+(?=\p{Lu}\p{Ll})/u },
];

/** OCR markers that a line's place in the count of items must confirm (a number may open any line). */
export const OCR_COUNTED_KINDS: ReadonlySet<SectionKind> = new Set(['number', 'roman']);

/** The first label of a counted list ("1.", "I."), with which a count may start again. */
export const FIRST_LABELS: Partial<Record<SectionKind, string>> = { number: '1', roman: 'I' };

/**
 * A marker standing alone on its line ("1.", "II.", "a)"), its item's text on the next line, as
 * OCR and some PDF layouts give a number set apart from the text.
 */
export const BARE_MARKER = /^(?:\d{1,2}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|[a-zđ])\s*[.)\-–]$/u;

/** An unnumbered bold line is a heading between numbered items and their letters. */
export const HEADING_RANK = 5.5;

/** Parts that say who carries out the document. */
export const IMPLEMENTATION_HEADING =
  /^(?:(?:KINH PHÍ|GIẢI PHÁP|NHIỆM VỤ|NGUỒN LỰC)(?:,?\s+(?:KINH PHÍ|GIẢI PHÁP|NHIỆM VỤ|NGUỒN LỰC)){0,2}\s+VÀ\s+)?(?:TỔ CHỨC THỰC HIỆN|TRIỂN KHAI THỰC HIỆN|TRÁCH NHIỆM CỦA CÁC (?:CƠ QUAN|SỞ|ĐƠN VỊ|CẤP|NGÀNH|BỘ)|TỔ CHỨC TRIỂN KHAI(?: THỰC HIỆN)?|PHÂN CÔNG(?: NHIỆM VỤ| THỰC HIỆN| TRÁCH NHIỆM| CHUẨN BỊ| PHỐI HỢP)?|TRÁCH NHIỆM THỰC HIỆN|TRÁCH NHIỆM TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM CỦA CÁC CƠ QUAN|TỔ CHỨC THỰC HIỆN VÀ PHÂN CÔNG)(?![\p{L}\p{N}])/u;

/** Parts that list what is to be done, sometimes naming who: used when no implementation part exists. */
export const MEASURES_HEADING =
  /^(?:(?:MỤC TIÊU,?\s+)?(?:CÁC\s+|MỘT SỐ\s+|NHỮNG\s+)?NHIỆM VỤ(?:,| VÀ)\s+GIẢI PHÁP|NHIỆM VỤ(?: TRỌNG TÂM| CHỦ YẾU)?|GIẢI PHÁP|PHƯƠNG HƯỚNG(?:,|\s+VÀ)?\s+NHIỆM VỤ|CÁC NHIỆM VỤ(?:,? GIẢI PHÁP)?(?: TRỌNG TÂM| CHỦ YẾU)?)(?![\p{L}\p{N}])/u;

/**
 * An article of a decision that assigns work: "Giao Sở …", "… chịu trách nhiệm thi hành Quyết định này". Not the "giao" of
 * land and sea law ("giao đất", "giao khu vực biển", "giao rừng") nor of contracts ("giao kết hợp đồng"), which allocate or bind,
 * nor the nouns "giao" opens ("giao thông", "giao lưu", "giao ban", "giao diện": traffic, exchange, briefing, interface).
 */
export const ASSIGNING_ARTICLE = /(?:^|\s)(?:Giao|giao)\s(?!(?:đất|khu vực biển|rừng|mặt nước|kết|dịch|nhận|hàng|thông|lưu|tiếp|thương|hữu|ban|thừa|diện|thoa|lộ|cắt)(?![\p{L}\p{N}]))|(?:chịu|có) trách nhiệm\s(?!trước|về)|căn cứ [Qq]uyết định (?:này )?thi hành|thực hiện (?:các )?nhiệm vụ|tổ chức thực hiện (?:Quyết định|Chỉ thị|Nghị quyết|Kế hoạch)/u;

/** Documents whose numbered body items are themselves the assignments (directives, conclusions). */
export const ITEMIZED_ASSIGNMENT_TYPES = new Set(['CT', 'TB', 'KL', 'CV', 'TT']);

/** A list marker antiword prints before a .doc paragraph Word numbered or bulleted automatically ("1.", "2.1.", "a)", "II.", "-"). */
export const LIST_MARKER = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,5})[.)]|[-–•+])\s+/u;
