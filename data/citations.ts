import { CITATION_TYPE_NAMES, DOC_TYPES, LAW_NAMES, LAW_TYPE, LAW_TYPE_NAMES } from './doc-types.js';
import { AND } from './language.js';
import { escapeRegExp } from './regexp.js';
import { CITED_NUMBER, CODE_CAPITALS, WRAPPED_SYMBOL_CODE } from './symbols.js';
import { STANDARD_SPECIALTIES } from './agencies.js';

/**
 * How running text cites other documents (FORMAT.md; the eyecite manner): a type name and a
 * number ("Chỉ thị số 03-CT/TW"), or a law by its name ("Luật Điện lực"); then its date and
 * issuer after it, and before it the words that say how the citing document takes it up. The
 * text read is normalized: one tone placement ("hủy", "khóa"), the traditional one.
 */

/** The label before a number ("số 28/CT-TTg", OCR'd "sổ", its tone lost or changed "sô", "só", in a title "SỐ"). */
const NUMBER_WORD = '(?:số|sổ|sô|só|SỐ)';
/** Words that begin the name of an amending law ("Luật sửa đổi, bổ sung …"). */
const AMENDING = 'sửa đổi';

/**
 * Type names with either case of their first letter ("văn bản số …" mid-sentence), or all in
 * capitals (a title: "TRIỂN KHAI CHỈ THỊ SỐ 03-CT/TW"), their words free to wrap onto the next
 * line as PDFs do ("Nghị\nquyết số 35/NQ-CP").
 */
function typeNamesPattern(names: string[]): string {
  return names
    .flatMap((t) => [`[${t[0]}${t[0]!.toLocaleLowerCase('vi')}]${escapeRegExp(t.slice(1))}`, escapeRegExp(t.toLocaleUpperCase('vi'))])
    .map((pattern) => pattern.replace(/ /g, '\\s+'))
    .join('|');
}

const LAW_TYPES = new Set(LAW_TYPE_NAMES.map((name) => name.toLocaleLowerCase('vi')));
/** Whether a type name is one of a law or an ordinance, whose own name may follow it. */
export function isLawType(name: string): boolean {
  return LAW_TYPES.has(name.toLocaleLowerCase('vi'));
}

/**
 * Running numbers listed before the one number that prints their shared symbol ("các Quyết định
 * số 1520, 1521/QĐ-UBND"): documents of one type and issuer are cited so, each its own citation.
 */
const SHARED_SYMBOL_SEQUENCES = String.raw`(?:\d{1,5}\s*(?:,|${AND})\s*)*`;
/** A running number alone, in a mention's list: it takes the symbol of the full number after it. */
export const SEQUENCE_ALONE = /^\d{1,5}$/u;
/** The running number that opens a full number ("1521" of "1521/QĐ-UBND"), to be replaced by another. */
export const LEADING_SEQUENCE = /^\d{1,5}(?:\.\d{1,3})?/u;

/** Every cited type name, as a pattern. */
const TYPES = typeNamesPattern(CITATION_TYPE_NAMES);
/** Between two mentions of one list: a comma or "và", and the next one's type and number label. */
export const BETWEEN_LISTED_MENTIONS = new RegExp(String.raw`^\s*(?:,|;)?\s*(?:${AND}\s+)?(?:(?:${TYPES})\s*)?(?:${NUMBER_WORD}\s*:?\s*)?$`, 'u');
/** Only laws carry a name between type and number ("Luật Tổ chức Chính phủ số 63/2025/QH15"). */
const LAW_TYPE_PATTERN = typeNamesPattern(CITATION_TYPE_NAMES.filter(isLawType));
const OTHER_TYPE_PATTERN = typeNamesPattern(CITATION_TYPE_NAMES.filter((t) => !isLawType(t)));
/** The other types' names with their capital, as a text cites a document ("Quyết định", not "văn bản" of a law's name). */
const CITED_OTHER_TYPE = CITATION_TYPE_NAMES.filter((t) => !isLawType(t)).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|');

/** Another type's name inside what would be a law's name: the name ends before it. */
export const OTHER_TYPE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${CITED_OTHER_TYPE})(?![\p{L}])`, 'u');

/**
 * "Chỉ thị số 03-CT/TW", "Quyết định 1797/QĐ-TTg", "Luật Tổ chức Chính phủ số 63/2025/QH15", "các
 * Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT". Groups: lawType and name, or type; numbers.
 * A law's name holds no other type's name: in "Luật Công chứng, Quyết định số 1178/QĐ-BTP" the
 * number is the Quyết định's.
 */
/**
 * Before a type's name: no letter, or a small one where the name opens with its capital ("Căn
 * cứNghị quyết số …"): no Vietnamese word holds a capital after a small letter, so the space was
 * lost (typed so, or OCR).
 */
const TYPE_NAME_BEFORE = String.raw`(?<!\p{Lu}|\p{Ll}(?=\p{Ll}))`;
export const TYPED_MENTION = new RegExp(
  String.raw`${TYPE_NAME_BEFORE}(?:(?<lawType>${LAW_TYPE_PATTERN})(?<name>(?:\s+(?!${NUMBER_WORD})[\p{Lu}][\p{L}]*(?:,?\s+(?!(?:${CITED_OTHER_TYPE})(?![\p{L}]))[\p{L}]+){0,10}?)?)|(?<type>${OTHER_TYPE_PATTERN}))\s*(?:${NUMBER_WORD}\s*:?\s*)?(?<numbers>${SHARED_SYMBOL_SEQUENCES}(?:${CITED_NUMBER})(?:\s*(?:,|${AND})\s*(?:${CITED_NUMBER}))*)(?![\p{L}\p{N}])`,
  'gu',
);
/** Between the numbers of one mention ("số 1743/QĐ-BGTVT, 1744/QĐ-BGTVT và …"). */
export const NUMBER_LIST_SEPARATOR = new RegExp(String.raw`\s*(?:,|${AND})\s*`, 'u');

/**
 * A normative document's number, its year between number and symbol ("187/2025/NĐ-CP", Nghị định
 * 30/2020 Phụ lục I): no other text is written so, so it is a citation wherever it stands, also
 * where a table's other column was read in between it and its type name.
 */
export const NORMATIVE_NUMBER = /^\d{1,5}\/\d{4}\/[A-ZĐ]/u;
/**
 * A symbol cut at a hyphen at the end of a line ("78/2025/NĐ-⏎"), its last code on a line after
 * one of another column read in between ("CP, Nghị định số …"): group 1 that code.
 */
export const SYMBOL_CODE_AFTER_ONE_LINE = new RegExp(String.raw`^-[ \t]*\n[^\n]{1,80}\n[ \t]*(${WRAPPED_SYMBOL_CODE})(?=[,.;:)\s])`, 'u');

/** Capitals OCR reads for the digit 0 (an O or U with a mark): no code of a symbol holds them (Nghị định 30/2020). */
const MARKED_O = 'ÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤ';
/**
 * On a scan, the last code of a number cut at its hyphen because OCR misread a character of it: a
 * marked O or U beside a digit ("C04" read "CÚ4"), or a speck read as a small letter after its digits
 * ("BCĐ06ó"). Group 1 the code as read, group 2 the speck.
 */
export const MISREAD_LAST_CODE = new RegExp(String.raw`^-([${CODE_CAPITALS}0-9${MARKED_O}]{2,12})((?<=\d)\p{Ll})?(?=[\s,.;:)]|$)`, 'u');
/** A marked O or U beside a digit in a code read by OCR: the digit 0. */
export const MARKED_O_BESIDE_DIGIT = new RegExp(String.raw`[${MARKED_O}](?=\d)|(?<=\d)[${MARKED_O}]`, 'gu');
/** A stop or comma between two small letters, with no space: on a scan, a speck read for the space between two words. */
export const SPECK_BETWEEN_LETTERS = /(?<=\p{Ll})[,.](?=\p{Ll})/gu;
/** A symbol's code: capitals and digits. */
export const CLEAN_CODE = new RegExp(`^[${CODE_CAPITALS}0-9]+$`, 'u');

/** The next number of a cited list after a dated one (", 1095/BCA-C04 ngày …", " và số 12/KH-UBND"): group 1. */
export const NUMBER_AFTER_DATE = new RegExp(String.raw`^\s*(?:,|;|${AND})\s*(?:${NUMBER_WORD}\s*:?\s*)?(${CITED_NUMBER})(?![\p{L}\p{N}])`, 'u');

/** A number mentioned without its type ("số 28/CT-TTg") — resolved only if typed elsewhere. */
export const BARE_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}/\-])(?<number>${CITED_NUMBER})(?![\p{L}\p{N}])`, 'gu');

/**
 * A law type's name followed by a number: the law is a typed mention already. A year alone is
 * no number ("Luật Công chứng 2024" is the law of 2024).
 */
export const NUMBER_FOLLOWS = /^\s*(?:số\s*)?\d{1,5}(?:[/-]\p{Lu}|\/\d{4}\/)/u;
/**
 * A law's name followed by its number in brackets ("Luật Tổ chức chính quyền địa phương (tại
 * Điều 17, Luật số 72/2025/QH15)"): one law, cited by its number. Group 1 is the number.
 */
export const NUMBER_IN_BRACKET_AFTER = new RegExp(String.raw`^\s*\([^()]{0,60}?(?:${NUMBER_WORD}\s*:?\s*)?(${CITED_NUMBER})[^()]{0,20}\)`, 'u');

/**
 * A form's own code after its label ("Mẫu số 01/QTDA", "biểu số 15/KTHT/N", "biểu mẫu số: 02/KH/T-N",
 * "mẫu số 03/KBS/GSQL"): the templates a Thông tư annexes and its articles refer to are no
 * documents, their codes no numbers and symbols (Nghị định 30/2020 numbers documents, not forms).
 */
const FORM_BEFORE = String.raw`(?<!(?<![\p{L}])(?:[Mm]ẫu|[Bb]iểu|MẪU|BIỂU)(?:\s+(?:mẫu|biểu|báo\s+cáo|MẪU|BIỂU))?\s+)`;
/**
 * A number with its symbol after the number label in running text ("tại Đơn đề nghị hợp nhất số
 * 258/ĐĐN-ĐLS", "Hướng dân số 37/HD-BCA-C04" with the type misspelt): only a document is numbered
 * so (Nghị định 30/2020), whatever words name it. The label is written small mid-sentence; the
 * header's own `Số:` is not. A symbol of one letter alone is a house's number ("số 15/A đường …").
 */
export const LABELLED_NUMBER = new RegExp(String.raw`(?<![\p{L}])${FORM_BEFORE}(?:số|sổ|sô|só)\s*:?\s*(?!\d{1,5}\/[${CODE_CAPITALS}](?![\p{L}\p{N}\-]))(?<number>${CITED_NUMBER})(?![\p{L}\p{N}])`, 'gu');

/**
 * A number after its type's code written as the type's name ("QĐ 75/QĐ-UBND", "CV số 45/SNV-VP",
 * "KH số 12-KH/TU"): how notes, reports and handwritten-era copies cite. The code is a type's own
 * (Nghị định 30/2020, Phụ lục III), in capitals as the symbol prints it, a number with its symbol
 * after it. Groups: code, number.
 */
const TYPE_CODES = [...new Set(DOC_TYPES.map((t) => t.code).filter((code) => code.length >= 2))];
/**
 * A type's code written with D for its Đ ("QD 75/QĐ-UBND": typed without the Vietnamese keyboard, or
 * OCR's commonest confusion), where no other type has that code: the code it stands for.
 */
export const TYPE_CODE_WITH_D = new Map(TYPE_CODES.filter((code) => code.includes('Đ') && !TYPE_CODES.includes(code.replace(/Đ/gu, 'D'))).map((code) => [code.replace(/Đ/gu, 'D'), code]));
export const CODED_TYPE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/\-])(?<code>${[...TYPE_CODES, ...TYPE_CODE_WITH_D.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\.?\s+(?:${NUMBER_WORD}\s*:?\s*)?(?<number>${CITED_NUMBER})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * A type name and a number without its symbol, when the date or the issuer follows and says it
 * is a document ("Quyết định số 984 của Bộ Công an", "Nghị định 116 của Chính phủ", "Quy chế số
 * 3775 ngày 31/3/2025"): documents are cited so in reports. Groups: type, number.
 */
export const TYPED_DIGITS = new RegExp(
  String.raw`${TYPE_NAME_BEFORE}(?<type>${TYPES})\s+(?:${NUMBER_WORD}\s*:?\s*)?(?<number>\d{1,5})(?=\s*,?\s*(?:ngày\s+\d|của\s+\p{Lu}))`,
  'gu',
);

const LAW_HEAD = LAW_TYPE_NAMES.map(escapeRegExp).join('|');
/** Where a law's name may start: "Luật Tổ chức chính quyền địa phương", "Luật sửa đổi, bổ sung …". */
/** A school of law is named after its field, no law ("Trường Đại học Luật Hà Nội", "Khoa Luật Kinh tế"). */
const LAW_SCHOOL_BEFORE = String.raw`(?<!(?:Đại học|ĐẠI HỌC|Khoa|Viện)\s+)`;
export const LAW_START = new RegExp(String.raw`(?<![\p{L}])${LAW_SCHOOL_BEFORE}(?:${LAW_HEAD})\s+(?=\p{Lu}|${AMENDING})`, 'gu');
/**
 * A law's name typed in small letters after its type word ("theo Luật kế toán", "của Bộ Luật dân
 * sự", "quy định của Luật luật sư"): a law all the same where the sentence cites by it (after
 * "của", "theo", "căn cứ", "tại"), its name not one of the words that speak of laws in general
 * ("Luật này", "Luật hiện hành", "Luật chuyên ngành", "Luật chung", "Luật riêng", "do Luật định") nor a
 * common noun of which "luật" is the first syllable ("luật pháp", "luật lệ", "luật tục": law, rules,
 * custom) or a profession ("của Luật sư", "Luật gia": a lawyer, a jurist). Its name is read like any
 * other law's, and the citation is sent to review.
 */
const GENERIC_LAW_WORDS = ['sư', 'gia', 'pháp', 'lệ', 'tục', 'chung', 'riêng', 'tương ứng', 'này', 'hiện hành', 'khác', 'chuyên ngành', 'định', 'liên quan', 'mới', 'cũ', 'đó', 'trên', 'nói trên', 'và', 'hoặc', 'số', 'năm', 'ngày', 'sửa đổi', 'có', 'được', 'quy định', 'về', 'các'];
export const LAW_START_SMALL = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:của|theo|cứ|tại)\s+)(?:Luật|Bộ\s+[Ll]uật)\s+(?=\p{Ll})(?!(?:${GENERIC_LAW_WORDS.join('|')})(?![\p{L}]))`,
  'gu',
);
/** The type word at the start of a law's name, with the space after it ("Bộ Luật" as some type it). */
export const LAW_NAME_HEAD = new RegExp(String.raw`^(?:${LAW_HEAD}|Bộ\s+Luật)\s+`, 'u');
/** A type word of a law or ordinance anywhere in a text: a second law. */
export const LAW_TYPE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${LAW_HEAD})(?![\p{L}])`, 'u');
/** "Luật sửa đổi, bổ sung một số điều của (các) Luật …": an amending law's name up to the law it amends. */
export const AMENDING_LAW = new RegExp(`^[${AMENDING[0]}${AMENDING[0]!.toLocaleUpperCase('vi')}]${AMENDING.slice(1)},? bổ sung (?:một số [đĐ]iều )?của (?:các )?`, 'u');
/** The law an amending law amends opens with one of the Luật type's names. */
export const AMENDED_LAW_HEAD = new RegExp(String.raw`^(?:${LAW_NAMES.map(escapeRegExp).join('|')})\s+`, 'u');
/**
 * A law named as a bill, not yet a law to cite: after "dự án" or "dự thảo" ("dự án Luật Dữ liệu",
 * "Dự thảo Luật sửa đổi …"), the text before the law's type word.
 */
export const BILL_BEFORE = /(?<![\p{L}])(?:[Dd]ự\s+án|[Dd]ự\s+thảo|DỰ\s+ÁN|DỰ\s+THẢO)\s+(?:các\s+)?$/u;
/**
 * A list's lead-in that says its items are bills ("… theo trình tự, thủ tục rút gọn đối với 02 dự
 * án:"): the line before the list's first item, ending in a colon.
 */
export const BILL_LIST_LEAD = /(?<![\p{L}])(?:dự\s+án|dự\s+thảo)(?![\p{L}])[^\n]{0,60}:\s*$/iu;
/** A list item's marker at a line's start ("1. ", "2) ", "- "). */
export const LIST_ITEM_MARKER = /^\s*(?:\d{1,2}[.)]|[a-zđ][.)]|[-–+•])\s+$/u;

/**
 * Laws listed in brackets inside an amending law's name ("Luật sửa đổi, bổ sung một số điều của 10
 * luật có liên quan đến an ninh, trật tự (gồm: Luật Cảnh vệ, Luật Cư trú, …)"): part of that name,
 * no citations of their own. The text before a listed law's type word.
 */
export const LISTED_IN_AMENDING_NAME = new RegExp(String.raw`${AMENDING},\s+bổ\s+sung[^.;()]{0,160}\(\s*gồm\s*:?[^()]*$`, 'u');

/** "…, Luật Y" / "…, Bộ luật Y": the next law of a list of amended laws after a comma (kept only when "và" closes the list). */
export const COMMA_ANOTHER_LAW = new RegExp(String.raw`^,\s+(?=(?:${LAW_NAMES.map(escapeRegExp).join('|')})\s+\p{Lu})`, 'u');
/**
 * A law's number close after an amending law's name, within its clause ("… và Luật Hòa giải, đối
 * thoại tại Tòa án số 85/2025/QH15"): the amending law is that numbered mention.
 */
export const LAW_NUMBER_NEAR = /^[^;.\n]{0,40}?(?:số\s*:?\s*)\d{1,5}\/\d{4}\/QH\d{1,2}(?![\p{L}\p{N}])/u;

/** "… và Luật Y": a second law amended by the same law. */
export const AND_ANOTHER_LAW = new RegExp(String.raw`^\s+${AND}\s+(?=${LAW_TYPE.name}\s+\p{Lu})`, 'u');
/**
 * The number of an amended law inside an amending law's name, and the next law of its list ("Luật
 * sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … và
 * Luật Các tổ chức tín dụng số 32/2024/QH15": the name an amending law of several laws takes, each
 * amended law with its number). Group 1 the number with its label, group 2 what leads to the next law.
 */
export const AMENDED_LAW_NUMBER = new RegExp(String.raw`^(\s+${NUMBER_WORD}\s*:?\s*(?:${CITED_NUMBER}))(?![\p{L}\p{N}])(,\s+(?:${AND}\s+)?(?=${LAW_TYPE.name}\s+\p{Lu})|\s+${AND}\s+(?=${LAW_TYPE.name}\s+\p{Lu}))?`, 'u');

/**
 * Words that end a law's name: dates, numbers and the verbs, prepositions and conjunctions of the
 * sentence ("theo quy định của Luật Đất đai trước ngày …", "… Luật Việc làm nếu …", "Luật Đầu tư trừ
 * trường hợp …": no law's name holds them).
 */
export const LAW_NAME_STOP = new Set(
  'ngày số năm về và được thì có đã theo tại trong khi để như thuộc của này đó các với cho là mà không hiện nêu trên sau từ đến hoặc nhưng phải cũng do bởi gồm nếu trước trừ còn ngay nhằm sẽ bị hay vì dựa cần'.split(' '),
);
/**
 * Two-word verbs and prepositions that end a law's name although each word alone may belong to one
 * ("thực" of "An toàn thực phẩm", "đối" of "Hòa giải, đối thoại"): "thực hiện", "đối với", "kể từ" …
 */
export const LAW_NAME_STOP_PAIRS = new Set(['quy định', 'hướng dẫn', 'ban hành', AMENDING, 'thực hiện', 'đối với', 'kể từ', 'kể cả', 'bao gồm', 'áp dụng', 'hết hiệu', 'chậm nhất', 'phù hợp', 'xem xét', 'dựa trên', 'dựa vào']);
/**
 * A line break before a line that does not go on with a law's name: one opening with a mark or a
 * digit (a list item, a rule "____", a footnote), a word in capitals (a heading: "QUỐC HỘI"), a list
 * marker ("b) ").
 */
export const LAW_NAME_LINE_END = new RegExp(String.raw`[ \t]*\n(?=[ \t]*(?:[^\p{L}\s]|\p{Lu}{2}|[a-zđ][.)]))`, 'u');
/**
 * Where a line is a paragraph (a DOCX, a text file), also a line opening with a capitalised word that
 * is not one a law's name writes so — names of bodies, places and laws are (Nghị định 30/2020 Phụ
 * lục II: "Luật Tổ chức⏎Chính phủ"); any other opens a sentence ("… Luật Thuế giá trị gia tăng⏎Căn
 * cứ …"). In a PDF or a scan a line ends where the page's width ends it, and a name goes on over it.
 */
const NAME_CAPITAL_WORDS = ['Chính phủ', 'Quốc hội', 'Việt Nam', 'Nhà nước', 'Hội đồng', 'Ủy ban', 'Tòa án', 'Viện kiểm sát', 'Quân đội', 'Công an', 'Mặt trận', 'Tổ quốc', 'Công đoàn', 'Thủ đô', 'Nhân dân', 'Kiểm toán', 'Ngân hàng', 'Biên phòng', 'Cảnh sát', 'Thủ tướng', 'Chủ tịch'];
export const LAW_NAME_PARAGRAPH_END = new RegExp(
  String.raw`[ \t]*\n(?=[ \t]*(?!(?:${[...NAME_CAPITAL_WORDS, ...LAW_NAMES, 'Bộ luật'].map(escapeRegExp).join('|')})(?![\p{L}]))\p{Lu})`,
  'u',
);
/** Where a run-on sentence starts after a law's name without a space ("… cá nhân.Trường hợp …"). */
export const SENTENCE_WITHOUT_SPACE = /([.…;])(?=\p{Lu})/gu;
/**
 * Pairs of words that law names join with a comma ("Luật Phòng, chống ma túy", "Luật An toàn, vệ
 * sinh lao động", "Luật Cán bộ, công chức", "Luật Quản lý, sử dụng tài sản công"): the comma
 * between them does not end the name.
 */
export const LAW_NAME_COMMA_PAIRS = ['khám bệnh, chữa bệnh', 'trật tự, an toàn', 'phòng, chống', 'an toàn, vệ sinh', 'bảo vệ, chăm sóc', 'cán bộ, công chức', 'quản lý, sử dụng', 'thi đua, khen thưởng', 'tín ngưỡng, tôn giáo', 'phổ biến, giáo dục', 'hòa giải, đối thoại'];
/** Where a table row's cells meet in text exported from a table ("… | Chính phủ | …"): no name runs over it. */
export const TABLE_CELL_BREAK = /\s\|\s/u;

/**
 * What follows a law's name cut short where the name itself goes on: a comma or "và" inside it
 * ("Luật Trật tự, an toàn giao thông đường bộ", "Luật Tiêu chuẩn và quy chuẩn kỹ thuật").
 */
export const LAW_NAME_GOES_ON = new RegExp(String.raw`^(?:,|\s${AND}\s)`, 'u');
/**
 * A date after one of these words is the sentence's time ("Luật Trồng trọt trước ngày 31/12/2025",
 * "… Luật Đất đai từ ngày 01/8/2024", "nếu ngày …"), not the law's date of passing: a law is dated
 * by its name followed directly by "ngày …" (or a comma).
 */
export const TIME_PREPOSITION_END = /(?:^|\s)(?:trước|từ|sau|đến|nếu|trong|khi|kể từ|chậm nhất|cho đến|tới)$/u;
/** A name that runs up to its date or number ("Pháp lệnh Ưu đãi người có công với cách mạng ngày 09/12/2020"). */
export const NAME_BEFORE_DATE = /^(\p{Lu}[^;:.()“”"\d]{1,140}?),?\s+(?:ngày\s+\d|năm\s+\d{4}|số\s+\d)/u;

/** What introduces a cited document's date after it: ", ban hành ngày", "ngày" (or unmarked "ngay"). */
export const DATE_AFTER = /^\s*,?\s*(?:ban hành\s+)?(?:cùng\s+)?(?:ngày|ngay)\s*/iu;
/**
 * A date said once for the documents listed before it ("Quyết định số 1234/QĐ-UBND và Quyết định
 * số 1235/QĐ-UBND cùng ngày 5/12/2024 của UBND tỉnh"): each takes it, and the issuer after it.
 */
export const SHARED_DATE_AFTER = /^\s*,?\s*cùng\s+ngày(?![\p{L}])/iu;

/** A law's year after its name: "Luật Tố tụng hành chính năm 2015", "Luật Công chứng 2024". */
export const YEAR_AFTER = /^\s*,?\s*(?:năm\s+)?((?:19|20)\d{2})(?![\d/])/u;
/**
 * A narrative that dates the document it goes on to cite ("Ngày 12/6/2025, Quốc hội ban hành
 * Nghị quyết số …", "ngày 31/7/2025, Sở Tư pháp đã có Công văn số …"): read back from the
 * mention (a few words may name its kind: "có Văn bản số …"), within its sentence, no other
 * number between. Group 1 holds the date with its "ngày".
 */
export const DATED_BEFORE = /(?<![\p{L}])((?:[Nn]gày|NGÀY)\s+(?:\d{1,2}[/\-]\d{1,2}[/\-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))\s*,?\s+(?:[^.;/]{0,100}?\s)?(?:đã\s+)?(?:ban hành|thông qua|có|gửi|ký)(?:\s+[\p{L}]+){0,3}?\s+$/u;
/** A line break before a section or list marker ("I. MỤC ĐÍCH", "2.", "a)", "- "). */
export const NEW_ITEM_LINE = /\n(?=[ \t]*(?:(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)][ \t]|[-+•–][ \t]))/u;
/** What introduces the issuer after a cited document: "của", "do". */
export const ISSUER_AFTER = /^\s*,?\s*(?:của|do)\s+/iu;
/**
 * The names of ministries and departments that hold a comma ("Bộ Văn hóa, Thể thao và Du lịch"): split
 * at it as [before, from the comma on]; an issuer goes on over that comma.
 */
export const SPECIALTY_COMMA_SPLITS: Array<[string, string]> = [...new Set([...STANDARD_SPECIALTIES.ministry, ...STANDARD_SPECIALTIES.department].filter((name) => name.includes(',')))]
  .map((name): [string, string] => [name.slice(0, name.indexOf(',')), name.slice(name.indexOf(','))])
  .sort((a, b) => b[1].length - a[1].length);
/** The opening of a trích yếu quoted after a cited document's issuer ("… của Bộ Tư pháp “V/v …”"), which is no part of the issuer. */
export const TRICH_YEU_OPENING = String.raw`(?:V\/v|[Vv]ề\s+việc)`;
/**
 * Words that end an issuer name ("… của Ban Bí thư về …", "… của Thủ tướng Chính phủ hướng dẫn …");
 * "Kính gửi" opens the addressees of a công văn whose trích yếu names a document (Nghị định 30/2020).
 */
export const ISSUER_END = new RegExp(
  String.raw`\s+(?:Kính gửi|[Vv]ề|V\/v|[Qq]uy định|[Hh]ướng dẫn|[Bb]an hành|công bố|hết hiệu lực|xin|phê duyệt|phê chuẩn|chấp thuận|bãi bỏ|hủy bỏ|thay thế|công nhận|thành lập|kiện toàn|phân bổ|phân công|điều chỉnh|bổ nhiệm|ủy quyền|${AMENDING}|bổ sung|thực hiện|triển khai|tại|trong|đối với|nhằm|để|theo|gửi|đã|được|đến|cho|trên|có|là|(?<!Ngoại\s+)giao|với|kể từ|chưa|tiếp tục|khóa|thì|liên quan|như|mời|đề nghị|yêu cầu|(?:${AND}\s+)?(?:${TYPES})\s+(?:số|\d))(?![\p{L}\p{N}])|\s+${AND}(?:\s+các)?\s*$|\s+${AND}\s+các\s|\s*[;,.():]|\s*“(?=\s*${TRICH_YEU_OPENING})|\s*$`,
  'u',
);
/**
 * Names complete in themselves (the central bodies named by one noun): a word in small letters after
 * one ("nước …" aside) is no part of the issuer ("của Chính phủ tổ chức, hoạt động và quản lý hội" — the trích yếu
 * without its "quy định về"). Group 1 the name.
 */
export const CLOSED_ISSUER = /^(Thủ tướng Chính phủ|Chính phủ|Quốc hội)(?=\s+(?!nước(?![\p{L}]))\p{Ll})/u;
/** "và" left at an issuer's end where the sentence goes on ("của Chính phủ và theo quy định …"). */
export const TRAILING_AND = new RegExp(String.raw`\s+${AND}$`, 'u');
/**
 * After an issuer, the next one of a list of bodies of one kind ("của Đoàn Luật sư tỉnh Lâm Đồng,
 * Đoàn Luật sư tỉnh Bình Thuận và Đoàn Luật sư tỉnh Đắk Nông"): a comma or "và" before the same head.
 */
export const NEXT_LISTED_ISSUER = new RegExp(String.raw`^(?:,\s*(?:${AND}\s+)?|\s+${AND}\s+)`, 'u');
/**
 * A body named by its task ("Ban Chỉ đạo về phát triển khoa học, công nghệ, … và Đề án 06 tỉnh Lâm
 * Đồng", Nghị định 30/2020 Phụ lục II) goes on after "về" to its place, then the sentence's verb:
 * group 1 the rest of its name after the head. Without a place at its end the "về" is the trích yếu's.
 */
export const TASK_NAMED_ISSUER_REST = new RegExp(
  String.raw`^(\s+về\s+(?!việc(?![\p{L}]))[^;.()“”:]{3,200}?\s(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}|Trung ương))(?=\s+(?:ban hành|quy định|hướng dẫn|phê duyệt|về|V\/v)(?![\p{L}])|\s*[;.,(:]|\s*$)`,
  'u',
);
/** The heads of bodies named by their task, whose "về" opens their name's task (TASK_NAMED_ISSUER_REST). */
export const TASK_NAMED_ISSUER = /(?:^|\s)Ban Chỉ đạo(?: Trung ương| tỉnh| thành phố)?$/u;

/**
 * A place's unit word after a body followed by small letters ("của UBND tỉnh kế hoạch hành động …"):
 * the place's name would be capitalised (Nghị định 30/2020 Phụ lục II), so the words after the unit
 * are the sentence's, and the issuer ends with the unit word ("trực thuộc" and the Party committee's
 * "ủy" written small, "Ban Tuyên giáo tỉnh ủy", go on with the name).
 */
export const UNIT_THEN_SMALL_WORDS = /(?<=\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã(?!\s+hội)|phường))\s+(?!(?:trực\s+thuộc|ủy|uỷ)(?![\p{L}]))\p{Ll}.*$/u;
/**
 * A minister-rank head named by "Bộ trưởng" and the title of the body it heads ("Bộ trưởng, Chủ nhiệm
 * Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"): the comma is the title's own.
 */
export const MINISTER_RANK_TITLE = /^Bộ trưởng$/u;
/** An issuer opens with a capital, or with a body's head word written small. */
export const ISSUER_START = /^[\p{Lu}]|^(?:ban|bộ|sở|ủy)(?![\p{L}\p{N}])/u;

/** How a citing document takes up what it cites, and the words that say so, tried in order. */
export const RELATION_WORDS = {
  repeals: ['bãi bỏ', 'hủy bỏ'],
  replaces: ['thay thế'],
  amends: [AMENDING, 'bổ sung'],
  pursuant: ['căn cứ'],
  implements: ['thực hiện', 'triển khai', 'thi hành'],
} as const;
export type CitationRelationWord = keyof typeof RELATION_WORDS;
/** The relation words as patterns, whole words in any case. */
export const RELATIONS: Array<[RegExp, CitationRelationWord]> = Object.entries(RELATION_WORDS).map(([relation, words]) => [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.join('|')})(?![\p{L}\p{N}])`, 'iu'),
  relation as CitationRelationWord,
]);

/** A clause after ";" that is just the next item of a list of cited documents. */
export const LIST_CONTINUATION = new RegExp(String.raw`^\s*(?:${AND}|cùng|,)?\s*$`, 'u');
/** A clause after ";" that opens with a cited type: the next item of the list. */
export const LIST_ITEM = new RegExp(String.raw`^\s*(?:${AND}|cùng|,)?\s*(?:${TYPES})(?![\p{L}])`, 'u');

/**
 * An annex's heading names the document it is attached to: "(Kèm theo Công văn số 5689/BCA-C04
 * ngày 16/12/2025 …)". Where that is the document itself, the mention is no citation, and its
 * number is the document's own — printed where the header's blank may have been left unread.
 */
export const ANNEXED_TO = /(?:Kèm theo|kèm theo|KÈM THEO)\s*$/u;

/**
 * Between two mentions of one list, each with its own date ("Kế hoạch số 996/KH-… ngày 24/02/2026 và
 * Kế hoạch số 997/KH-… ngày 24/02/2026 của Bộ Công an", "các Tờ trình số 505/TTr-CP ngày 11/6/2025, số
 * 531/TTr-CP …"): the issuer written after the last names them all. Commas and "và" only; a ";"
 * closes a clause of its own.
 */
export const LISTED_WITH_OWN_DATE = new RegExp(
  String.raw`^\s*(?:,?\s*(?:ngày|ban hành ngày)\s+(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?\s*,?\s*(?:${AND}\s+)?(?:(?:${TYPES})\s*)?(?:${NUMBER_WORD}\s*:?\s*)?$`,
  'u',
);

/**
 * A list of amended laws joined by commas alone, closed by the date of the amending law ("Luật sửa
 * đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, …, Luật Xử lý vi phạm hành chính ngày
 * 29 tháng 11 năm 2024"): the date is the one law's, so the list is its name (laws cited one by one
 * are dated one by one, or not at all).
 */
export const AMENDING_LIST_DATED = /^\s*,?\s*(?:ngày\s+\d|năm\s+\d{4})/u;

/**
 * The laws an amending law lists in its name, up to the amending law's own number, in its clause
 * ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức
 * đối tác công tư và Luật Đấu thầu số 57/2024/QH15"): where the list is split, and the number after.
 */
export const LISTED_LAW_SPLIT = new RegExp(String.raw`(?:,|\s+${AND})\s+(?=(?:${LAW_NAMES.map(escapeRegExp).join('|')}|Bộ\s+luật)\s+\p{Lu})`, 'u');
export const LAW_LIST_HEAD = new RegExp(String.raw`^(?:${LAW_NAMES.map(escapeRegExp).join('|')}|Bộ\s+luật)\s+\p{Lu}`, 'u');
export const QH_LAW_NUMBER = /\s+số\s*:?\s*\d{1,5}\/\d{4}\/QH\d{1,2}(?![\p{L}\p{N}])/u;
/** Where a clause ends: no listed law's name runs over it. */
export const CLAUSE_END = /[;.\n]/u;

/** A bracket opened after a bill's name on its line ("Luật An ninh mạng (sửa đổi toàn diện Luật …)"): the bill's description, its laws part of the bill. */
export const BRACKET_AFTER_BILL = /^[^;.\n()]{0,80}\(/u;

/**
 * An amending law named by the law it amends, without its number ("Luật sửa đổi, bổ sung một số điều
 * của Luật Xử lý vi phạm hành chính năm 2020"): group 1 the amended law's name.
 */
export const AMENDING_LAW_OF = new RegExp(String.raw`^${LAW_TYPE.name}\s+[${AMENDING[0]}${AMENDING[0]!.toLocaleUpperCase('vi')}]${AMENDING.slice(1)},? bổ sung (?:một số [đĐ]iều )?của ((?:${LAW_NAMES.map(escapeRegExp).join('|')})\s+.+)$`, 'u');
/** A clause that lists the laws that amended the one it opens with ("Luật X số … được sửa đổi, bổ sung bởi Luật số …, Luật số …"). */
export const AMENDED_BY_CLAUSE = new RegExp(`${AMENDING}, bổ sung`, 'u');
/** Where a clause listing laws ends: its ";" or its line's end. */
export const CLAUSE_END_OF_LIST = /[;\n]/u;
