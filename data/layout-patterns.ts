import { NUMBER_LABEL_TYPE_NAMES } from './doc-types.js';
import { escapeRegExp } from './regexp.js';

/**
 * Patterns for the fixed parts of the layout (FORMAT.md §2, §4, §5). Each tolerates the usual
 * damage: missing colons, OCR'd marks, Party slash forms, ALL CAPS. They read the normalized
 * text, whose tone placement is the traditional one (HÒA, ỦY), so only that spelling is listed.
 */

/** The State and Party mottos and their second line; the Youth Union's name, which it prints on the right as the Party does. */
export const MOTTO_LINE =
  /^(?:CỘNG\s*H(?:ÒA|OA)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA(?:\s*VIỆT(?:\s*NAM)?)?|ĐẢNG\s*CỘNG\s*SẢN\s*VIỆT\s*NAM|ĐOÀN\s*(?:TNCS|THANH\s*NIÊN\s*CỘNG\s*SẢN)\s*HỒ\s*CHÍ\s*MINH|Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc|NAM)\s*$/iu;

/**
 * A standing committee's name before the organisation it serves ("BCH ĐOÀN TNCS HỒ CHÍ MINH", "BAN
 * CHẤP HÀNH TRUNG ƯƠNG ĐOÀN …"): the organisation's name after it is part of the issuer, not the
 * Youth Union's name printed on the right (a lookbehind source: the line ends in such a head).
 */
export const COMMITTEE_AWAITING_ORGANISATION = String.raw`(?:^|\s)(?:BCH|BTV|BAN\s+CHẤP\s+HÀNH|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|ỦY\s+BAN\s+TRUNG\s+ƯƠNG)`;

/**
 * A header line of a flattened two-column table holding both columns (NĐ 30/2020: issuer and number
 * on the left, motto and place/date on the right): the left part, then the motto or a place/date.
 */
export const TWO_COLUMNS_IN_LINE = new RegExp(
  String.raw`^(?<left>\S.*?)(?!(?<=${COMMITTEE_AWAITING_ORGANISATION})\s+ĐOÀN\s)\s+(?<right>(?:CỘNG\s*H(?:ÒA|OA)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|ĐẢNG\s*CỘNG\s*SẢN\s*VIỆT\s*NAM|ĐOÀN\s*(?:TNCS|THANH\s*NIÊN\s*CỘNG\s*SẢN)\s*HỒ\s*CHÍ\s*MINH|Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc)\s*|(?<=^(?:Số|SỐ)\S*\s.*)\p{Lu}\p{Ll}*\.?(?:\s+\p{Lu}\p{Ll}*\.?){0,4}\s*,\s*ngày(?!\p{L}).*)$`,
  'iu',
);

/** A rule drawn with underscores or dashes after a header line's words, in the same line of text ("SỞ NỘI VỤ ______"). */
export const TRAILING_RULE = /\s+[_\-–—=·.]{3,}\s*$/u;

/**
 * Stops after a header line's last word, which OCR reads from specks ("TỈNH BÌNH THUẬN.",
 * "…"): a body's name ends in no full stop (a comma at a line's end is the name going on, and
 * `TP.` an abbreviation).
 */
export const TRAILING_STOPS = /(?<!(?<![\p{L}])TP)\s*[.…:;]+\s*$/u;

/** Rules and ornaments printed under header blocks. */
export const SEPARATOR_LINE = /^[\s\-–—_=*.·•~]+$|^-{2,}\s*\*?\s*-{0,}$/u;

/** Urgency and confidentiality stamps near the header. */
export const HEADER_STAMP = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|THƯỢNG KHẨN|HỎA TỐC|DỰ THẢO|Dự thảo|LƯU HÀNH NỘI BỘ|BẢN SAO)(?![\p{L}\p{N}])/u;

/** "Số: 15/QĐ-UBND", "Số 36-HD/VPTW", "Sổ:", "Nghị quyết số: 106/2025/UBTVQH15", "Luật số: …". */
/** A line opening with the number label, whatever follows (a blank OCR misread): `Số: L7/QĐ`, `SỐ QĐ-CTUBBT`. */
export const NUMBER_LABEL_OPENING = /^(?:Số|SỐ|số|Sô|SÔ)(?:\s*[:.;]|\s+\S*[\d/\-])/u;

export const NUMBER_LINE = new RegExp(
  String.raw`^(?:(?:${NUMBER_LABEL_TYPE_NAMES.flatMap((name) => [name, name.toLocaleUpperCase('vi')]).map(escapeRegExp).join('|')})\s+)?(?:Số|SỐ|số|Sổ|sổ|Sô|So|S6|S0)\s*[:.;]?\s*(.*)$`,
  'u',
);

/** The type a number line names before its number (QH form: "Nghị quyết số: …", "Luật số: …"); group 1. */
export const NUMBER_LABEL_TYPE = new RegExp(String.raw`^(${NUMBER_LABEL_TYPE_NAMES.map(escapeRegExp).join('|')})\s+số`, 'iu');

/** After a caps type name, a word that makes the line a title that mentions the type ("NGHỊ QUYẾT SỐ …"). */
export const TYPE_NAME_IN_TITLE = /^\s*SỐ(?![\p{L}\p{N}])/u;

/**
 * After a caps type name, on its line or the next, `CỦA` and the body that issues: older
 * government forms (`QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH`) and Party, Front and association
 * resolutions (`NGHỊ QUYẾT` / `CỦA BAN THƯỜNG VỤ …`). It names the issuer; the trích yếu follows.
 */
export const ISSUING_BODY_AFTER_TYPE = /^\s*CỦA(?![\p{L}\p{N}])/u;
/** The issuing body's name after the type's name and `CỦA`, in capitals. */
export const ISSUING_BODY_NAMED = /(?<![\p{L}\p{N}])CỦA\s+(\p{Lu}[\p{Lu}\s.,-]*)$/u;

/** Where the trích yếu opens after such an issuing-body line: `Về …`, `V/v …`, in brackets or not, any case. */
export const TITLE_OPENING = /^\(?\s*(?:V\/v|V\/V|Về|VỀ|về)(?![\p{L}\p{N}])/u;

/** Laws and resolutions of the Quốc hội date themselves in the closing "… thông qua ngày …"; group 1 is the date. */
export const ADOPTION_DATE = /thông qua(?![\p{L}\p{N}])[^.]{0,160}?(ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})/iu;

/**
 * A place named by a number after its unit word (Nghị định 30/2020, Phụ lục II: "Quận 1", "Phường
 * 5"): the one place a place/date line's place holds digits.
 */
const NUMBERED_PLACE = String.raw`(?:Quận|Phường)\s+\d{1,2}`;

/** "Hà Nội, ngày 05 tháng 01 năm 2021" with blanks allowed; the place is what precedes ", ngày". */
export const PLACE_DATE_LINE = new RegExp(String.raw`^(?<place>[^,\d:]{2,60}?|${NUMBERED_PLACE})\s*,\s*(?<date>ngày(?!\p{L}).*(?<!\p{L})năm(?!\p{L}).*)$`, 'iu');

/**
 * Genres of papers read or handed out at meetings, which are no administrative type (Nghị định
 * 30/2020 has none for them): a tham luận, a speech, an address, an article, an outline (đề cương,
 * sent with a letter: of a report to write, of talks to give).
 */
const GENRE_NAMES = ['THAM LUẬN', 'BÀI THAM LUẬN', 'BÀI PHÁT BIỂU', 'PHÁT BIỂU', 'DIỄN VĂN', 'BÀI VIẾT', 'ĐỀ CƯƠNG'];
export const GENRE_LINE = new RegExp(String.raw`^(?:${GENRE_NAMES.join('|')})(?:\s+[\p{Lu}\s]+)?[:.]?$`, 'u');
/**
 * The same on a scan, compared without marks (lower case, đ as d): OCR loses or changes the marks
 * of capitals most (`ĐÈ CƯƠNG`), and no other caps heading spells these words.
 */
export const GENRE_LINE_FOLDED = new RegExp(
  String.raw`^(?:${GENRE_NAMES.map((n) => n.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').toLowerCase()).join('|')})(?:\s+[a-z\s]+)?[:.]?$`,
  'u',
);

/**
 * A trích yếu printed in brackets under a heading ("(Về việc …)", "(V/v …)"): under a heading that
 * is no type's name (a person's đơn: "ĐƠN TỰ NGUYỆN THAM GIA …"), it is still the title.
 */
export const BRACKETED_ABOUT = /^\(\s*(?:Về\s*việc|V\/v)(?!\p{L})/u;

/**
 * A scan's place/date line whose comma OCR lost ("Lâm Đồng ngày 10 tháng 3 năm 2026"): the place
 * is the words before `ngày`, when they are a name's (each capitalised) and no more than four.
 */
export const PLACE_DATE_LINE_COMMA_LOST = /^(?<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s+(?<date>ngày(?!\p{L}).*(?<!\p{L})năm(?!\p{L}).*)$/u;

/** The start of a place/date line whose row a blank broke: "Đắk Nông, ngày |Ùtbáng" (its "năm" is further right). */
export const PLACE_DATE_START = new RegExp(String.raw`^(?:[^,\d:]{2,60}?|${NUMBERED_PLACE})\s*,\s*ngày(?!\p{L})(?!.*(?<!\p{L})năm(?!\p{L}))`, 'iu');

/** The month and year of a worded date: "tháng 02 năm 2010". Groups: month, year. */
export const MONTH_AND_YEAR = /tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;

/**
 * A place/date line whose place OCR damaged past reading (a stamp's or a pen's strokes over it:
 * `J30Với, ngày tháng10năm2025`): a short run of anything but a colon before ", ngày", its date
 * still worded. Only beside the number line, where Nghị định 30/2020 puts it.
 */
export const DAMAGED_PLACE_DATE_LINE = /^[^,:]{1,24}?(?:,\s*|\s+)ng[aàáảãạ][yuv](?!\p{L})/iu;

/**
 * A date printed alone on its line, no place before it: a form's "…, ngày … tháng … năm …" whose
 * place the filler left blank, or a scan that lost it. Only the date stands on the line (a
 * sentence that opens with a date goes on after its year).
 */
export const DATE_ALONE_LINE = /^ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}\s*\.?$/iu;

/** A place/date line that lost its place: it opens with "ngày". */
export const DATE_LINE_OPENING = /^ngày(?![\p{L}\p{N}])/iu;
/**
 * A date line that goes on with "của …" or "do …" after its year is a cited document's date wrapped
 * from a title ("… Thông tư số 39/2016/TT-NHNN" / "ngày 30 tháng 12 năm 2016 của Thống đốc …"), not
 * the document's own place/date line.
 */
export const CITED_DOCUMENT_DATE = /năm\s*\d{4}\s*,?\s*(?:của|do)\s+\S/iu;

/** A date written in words: "ngày 19 tháng 5 năm 2021", with any part left blank. */
export const WORDED_DATE = /ngày\s*(?<day>\d{1,2})?[\s.…_]*tháng\s*(?<month>\d{1,2})?[\s.…_]*năm\s*(?<year>\d{4})/iu;

/**
 * A worded date whose labels OCR misread on a scan (the date line sits under a seal or beside a
 * pen's digits): `ngàu`, `ngay` for ngày (y read u or v, the mark lost or changed), `thảng`,
 * `tbáng` for tháng, `nằm`, `năn` for năm. Same groups as WORDED_DATE.
 */
export const OCR_WORDED_DATE = /ng[aàáảãạ][yuv]\s*(?<day>\d{1,2})?[\s.…_]*t[hb][aàáảãạ]ng\s*(?<month>\d{1,2})?[\s.…_]*n[aăắằẳẵặâấầẩẫậ][mn]\s*(?<year>\d{4})/iu;

/** A numeric date: 19/5/2021, 19-5-2021, 19.5.2021 (Party documents use dashes). */
export const NUMERIC_DATE = /(?<!\d)(?<day>\d{1,2})\s*[/.\-]\s*(?<month>\d{1,2})\s*[/.\-]\s*(?<year>(?:19|20)\d{2})(?!\d)/u;

/** "Căn cứ …": the first words of a decision's body, after the authority statement. */
export const PURSUANT_OPENING = /^Căn cứ/u;

/** Openings that end a title block even at its first line. */
export const FIRST_BODY_LINE = /^(?:Căn cứ|Kính gửi|Điều\s+1|Chương|I[.\-\s])/u;

/** A title that ends in a word linking it to what follows ("… NGHỊ ĐỊNH CỦA"): the next words belong to it. */
export const TITLE_LINK_WORD_END = /(?:^|\s)(?:CỦA|VÀ|CHO|VỚI|TẠI|THUỘC|Của|của)$/u;

/** The subject line of a công văn: "V/v …", "Về việc …". */
export const SUBJECT_LINE = /^(?:V\/v|V\/V|Về việc)(?![\p{L}\p{N}])/u;

/** A trích yếu printed without "V/v", opening with "Về …" ("Về kết quả Đại hội …"); not "Về việc", which SUBJECT_LINE takes. */
export const SUBJECT_ABOUT = /^Về\s+(?!việc(?![\p{L}\p{N}]))\p{L}/u;

/** A line that continues a flattened subject block: it opens with a small letter, a quote or a bracket. */
export const CONTINUATION_LINE = /^[a-zà-ỹđ“"(]/u;

/** Statement of the issuing authority that precedes "Căn cứ …" in decisions and decrees. */
export const AUTHORITY_STATEMENT =
  /^(?:THỦ TƯỚNG CHÍNH PHỦ|CHÍNH PHỦ|QUỐC HỘI|ỦY BAN THƯỜNG VỤ QUỐC HỘI|BỘ TRƯỞNG(?![\p{L}\p{N}]).*|CHỦ TỊCH(?![\p{L}\p{N}]).*|THỐNG ĐỐC(?![\p{L}\p{N}]).*|TỔNG(?![\p{L}\p{N}]).*|GIÁM ĐỐC(?![\p{L}\p{N}]).*|ỦY BAN NHÂN DÂN(?![\p{L}\p{N}]).*|HỘI ĐỒNG NHÂN DÂN(?![\p{L}\p{N}]).*|BAN THƯỜNG VỤ(?![\p{L}\p{N}]).*|BAN CHẤP HÀNH(?![\p{L}\p{N}]).*|CHÁNH ÁN(?![\p{L}\p{N}]).*|VIỆN TRƯỞNG(?![\p{L}\p{N}]).*|TỔNG KIỂM TOÁN(?![\p{L}\p{N}]).*)$/u;

/** Opening words of the body, which end the title block. */
export const BODY_OPENING =
  // A biên bản opens with the time of the meeting ("Vào lúc 14 giờ …", "Vào hồi …", "Hôm nay, ngày …").
  /^(?:Căn cứ|Vào lúc|Vào hồi|Hôm nay|Thực hiện|Kính gửi|Để|Theo|Trên cơ sở|Xét|Nhằm|Nhận được|Ngày|Thời gian|Vừa qua|Hiện nay|Sau khi|Tiếp theo|Được sự|Triển khai|Thi hành|Điều\s+1(?![\p{L}\p{N}])|Chương\s+I(?![\p{L}\p{N}])|PHẦN\s+I(?![\p{L}\p{N}])|I[.\-\s]|1\.\s)/u;

/**
 * The label of the addressees, and what follows it on its line (group 1): "Kính gửi:", and a
 * công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" (Nghị định 30/2020, Phụ lục I: the issuer's name, then
 * "điện:" and the addressees), not a citation of a "Công điện:".
 */
export const ADDRESSEE_LINE = /^(?:Kính\s*gửi\s*[:：]?|[^\s:][^:]{1,80}?\s(?<!Công\s)điện\s*[:：])\s*(.*)$/iu;

/**
 * An addressee's line that stops inside its name: after a comma or hyphen, or a word that needs
 * the next ("và", "của", "các", a place kind): the next line goes on with the same name.
 */
export const ADDRESSEE_WRAPPED_END = /(?:[,\-–]|(?<![\p{L}])(?:và|của|các|tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu|về|thuộc))$/u;

/**
 * The note under the title of a document issued with another ("(Ban hành kèm theo Quyết định số
 * … )", "(Kèm theo …)", a charter's "(Phê duyệt kèm theo …)", a fund's "(Công nhận kèm theo …)",
 * an outline's or a form's "(Gửi kèm Công văn số …)"): it says which document issues, approves or
 * carries it, and is no part of the title.
 */
const ISSUED_WITH_NOTE_OPENING = String.raw`\(\s*(?:(?:(?:[Đđ]ược\s*)?(?:[Bb]an\s*hành|[Pp]hê\s*duyệt|[Cc]ông\s*nhận)\s*)?[Kk]èm\s*theo|[Gg]ửi\s*kèm(?:\s*theo)?(?!\p{L}))`;
export const ISSUED_WITH_NOTE = new RegExp(`^${ISSUED_WITH_NOTE_OPENING}`, 'u');

/**
 * The same note where a scan's reading ran it onto the title's line, its spaces lost on the way
 * ("… BÌNH THUẬN (Kèmtheoquyếđịnhsố"): from its bracket on, the line is no part of the title.
 */
export const ISSUED_WITH_NOTE_INSIDE = new RegExp(String.raw`\s*${ISSUED_WITH_NOTE_OPENING}.*$`, 'u');

/** Address lines printed under an addressee: not addressees themselves. */
export const ADDRESS_LINE = /^(?:Địa chỉ|Đ\/c:|Điện thoại|ĐT|Fax|Email|E-mail|Website)\s*[:.]/iu;

/** "Nơi nhận:" (also damaged "Nơi nhân", "Noi nhận"). */
export const RECIPIENTS_HEADING = /^N[ơo]i\s*nh[ậâa]n\s*[:.]?\s*(.*)$/iu;

/**
 * Words that cannot open a recipient but finish one: a wrapped item the copy gave a dash of its
 * own ("- BTG quận, huyện thị ủy, ĐU khối," ⏎ "- trực thuộc, MTTQ …"). Matched up to the comma.
 */
export const RECIPIENT_CONTINUATION = /^(?:(?:trực thuộc|thuộc|có liên quan|liên quan)(?:\s[^,;]*)?|cấp (?:tỉnh|huyện|xã|trung ương)|và [^,;]*?)(?=\s*[,;]|\s*$)/u;

/** A recipient's purpose in brackets at the end of its item: "(b/c)", "(để biết)", "(để thực hiện)", "(t/h)". */
export const RECIPIENT_PURPOSE =
  /\s*\(((?:để\s+)?(?:b\/c|b\/cáo|báo cáo|biết|t\/h|th\/h|thực hiện|p\/h|phối hợp|chỉ đạo|theo dõi|đăng tải|[a-zđ]\/[a-zđ]+)[^)]*)\)\s*$/iu;

/** The archive item: "Lưu: VT, …", "Lưu VT", Party "Lưu Văn phòng Tỉnh ủy". */
export const ARCHIVE_ITEM = /^[-–+•]?\s*(Lưu(?![\p{L}\p{N}]).*)$/u;

/** The archive item that ends a Nơi nhận whose heading was lost: "- Lưu: VT, …" (not "Lưu ý"). */
export const HEADLESS_ARCHIVE_ITEM = /^[-–+•]\s*Lưu\s*[:.]?\s*(?:VT|Văn thư|\p{Lu}{2})/u;

/**
 * Signature authority prefixes (FORMAT.md §4), each with the State code it stands for: State
 * `TM.` `KT.` `TL.` `TUQ.` `Q.`, Party `T/M` `K/T` `T/L`. The pattern also takes what OCR makes
 * of them (no dot, odd spacing).
 */
export const AUTHORITIES = { 'T/M': 'TM', 'K/T': 'KT', 'T/L': 'TL', TM: 'TM', KT: 'KT', TL: 'TL', TUQ: 'TUQ', Q: 'Q' } as const;
/** The authority codes as a pattern, the Party's slash with any spacing ("T / M"). */
export const AUTHORITY_CODE = Object.keys(AUTHORITIES).map((code) => code.split('/').map(escapeRegExp).join(String.raw`\s*\/\s*`)).join('|');
export const AUTHORITY_LINE = new RegExp(String.raw`^(?<auth>${AUTHORITY_CODE})(?:\s*[.:/]\s*|\s+)(?=\p{Lu})`, 'u');

/** "kiêm", alone on a line between two positions of one signer ("GIÁM ĐỐC" / "kiêm" / "CHỦ TỊCH …"). */
export const CONCURRENTLY = 'kiêm';

/** Positions printed over a signer's name (and, in capitals, never a name themselves). */
const POSITIONS = [
  'CHỦ TỊCH', 'GIÁM ĐỐC', 'BỘ TRƯỞNG', 'THỦ TƯỚNG', 'TRƯỞNG BAN', 'BÍ THƯ', 'CHÁNH VĂN PHÒNG', 'CHÁNH THANH TRA', 'CỤC TRƯỞNG',
  'VỤ TRƯỞNG', 'THỐNG ĐỐC', 'CHỦ NHIỆM', 'TỔNG KIỂM TOÁN', 'TỔNG THƯ KÝ', 'VIỆN TRƯỞNG', 'HIỆU TRƯỞNG', 'TRƯỞNG PHÒNG', 'TRƯỞNG ĐOÀN',
  'TỔNG CỤC TRƯỞNG', 'TỔNG GIÁM ĐỐC', 'CHÁNH ÁN', 'TRƯỞNG', 'THƯỜNG TRỰC', 'PHÓ', 'ỦY VIÊN', 'CHỦ TỌA', 'THƯ KÝ',
  // A meeting's minutes are signed by whoever chaired it (CHỦ TRÌ, CHỦ TỌA) and whoever kept them.
  'CHỦ TRÌ',
];
export const POSITION_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${POSITIONS.join('|')})(?![\p{L}\p{N}])`, 'u');
/** The heads' positions of two words or more, longest first: what a line under `KT.` begins with. */
export const HEAD_POSITIONS = POSITIONS.filter((p) => p.includes(' ') && p !== 'THƯỜNG TRỰC' && p !== 'ỦY VIÊN').sort((a, b) => b.length - a.length);
/**
 * A deputy signs for the head (Nghị định 30/2020, Phụ lục I: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`,
 * `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`): the deputy's position is the head's with PHÓ before it, but
 * a minister's deputy is a THỨ TRƯỞNG (`KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`).
 */
export const DEPUTY_PREFIX = 'PHÓ';
export const DEPUTY_OF: Readonly<Record<string, string>> = { 'BỘ TRƯỞNG': 'THỨ TRƯỞNG' };

/**
 * The positions of two words or more without their marks, for capitals OCR misread: `TRƯƠNG BAN`
 * (a family name's spelling) is TRƯỞNG BAN. One-word positions are left out: TRUONG is also Trương.
 */
export const POSITION_PHRASES_FOLDED = new RegExp(
  String.raw`^(?:${POSITIONS.filter((p) => p.includes(' ')).map((p) => p.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D')).join('|')})(?![\p{L}\p{N}])`,
  'u',
);

/**
 * The signature block of a person's đơn (an application, a request) names no position: the
 * applicant signs under "Người làm đơn" and writes the name by hand; a personal form (sơ yếu lý
 * lịch, bản khai) is signed so under "Người khai".
 */
export const APPLICANT_SIGNATURE = /^(?:Người làm đơn|Người viết đơn|Người đề nghị|Người đứng đơn|Người khai)$/iu;
/**
 * The form's own field for the applicant's name ("Họ và tên: Lê Tài", "Tôi tên: NGUYỄN VĂN AN, năm
 * sinh …", a numbered form's "1) Họ và tên khai sinh (viết chữ in hoa): LÊ VĂN AN"); group 1 runs
 * to the next comma.
 */
const FIRST_PERSON_NAME_LABEL = '(?:Tôi tên là|Tôi tên|Tôi là)(?![\\p{L}])';
export const APPLICANT_NAME_FIELD = new RegExp(
  `^[-–+•.\\s]*(?:\\d{1,2}[).]\\s*)?(?:(?:Họ và tên|Họ tên)(?![\\p{L}])|${FIRST_PERSON_NAME_LABEL})(?:\\s+khai sinh)?\\s*(?:\\([^()]*\\))?\\s*:?\\s*([^,;:()\\d]+)`,
  'iu',
);
/** A personal form's declaration printed under "Người khai", over the signature: "Tôi xin cam đoan …". */
export const DECLARATION_IN_BLOCK = /^Tôi xin cam đoan(?![\p{L}])/iu;

/**
 * The applicant naming themself in the first person ("Tôi tên: NGUYỄN VĂN AN, …"): who signs the
 * đơn, under whatever block (`TM. BAN VẬN ĐỘNG` / `TRƯỞNG BAN`). Group 1 runs to the next comma.
 */
export const FIRST_PERSON_NAME_FIELD = new RegExp(`^[-–+•.\\s]*${FIRST_PERSON_NAME_LABEL}\\s*:?\\s*([^,;:()\\d]+)`, 'iu');

/**
 * A đơn's "TM." block that signs for its applicants, persons and not a public body: the founders
 * of a hội apply through their Ban vận động thành lập (Nghị định 126/2024), households and groups
 * of citizens through one of them (`TM. BAN SÁNG LẬP`, `TM. CÁC THÀNH VIÊN SÁNG LẬP`, `TM. CÁC HỘ
 * DÂN`, `TM. GIA ĐÌNH`). Under any other TM. (`TM. ỦY BAN NHÂN DÂN`) the body's head signs.
 */
export const APPLICANTS_GROUP_BLOCK =
  /^TM\.?\s*(?:BAN\s+(?:SÁNG\s+LẬP|VẬN\s+ĐỘNG)|(?:CÁC\s+)?(?:THÀNH\s+VIÊN\s+)?SÁNG\s+LẬP(?:\s+VIÊN)?|(?:CÁC\s+|NHÓM\s+)?HỘ(?:\s+GIA\s+ĐÌNH|\s+DÂN)?|GIA\s+ĐÌNH|NHÓM\s+(?:CÔNG\s+DÂN|NGƯỜI))(?![\p{L}])/u;

/** A đơn's own title line (`ĐƠN ĐỀ NGHỊ …`, `ĐƠN XIN …`): the document is an application. */
export const APPLICATION_TITLE = /^\s*ĐƠN(?![\p{L}])/u;

/** Web copies and forms print these instead of a signature; they are not names. */
export const NOT_A_NAME = /^\(?\s*(?:Đã ký|Da ky|Ký|ký|Chữ ký|đã ký|Đã ký và đóng dấu|Ký tên|Ký, ghi rõ họ tên|Ký và ghi rõ họ tên|Ký, đóng dấu)[^)]*\)?$/u;

/**
 * A person's name: 2–6 capitalised syllables. A syllable may carry a second capital after its
 * initial, with or without an apostrophe, as names of the Central Highlands peoples are printed
 * (`H’Vi Êban`, `H'Hen Niê`, `Y Bih ÊBan`).
 */
const NAME_SYLLABLE = String.raw`\p{Lu}(?:['’]?\p{Lu}\p{Ll}+|\p{Ll}*)`;
export const PERSON_NAME_SHAPE = new RegExp(String.raw`^${NAME_SYLLABLE}(?:\s+${NAME_SYLLABLE}){1,5}$`, 'u');

/** Common Vietnamese family names: a capitals line that opens with one is a signer's name. */
export const FAMILY_NAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Phùng Mai Tô Hà Tạ Cao Lương Đinh Lưu Quách Châu Chu Kiều Đàm Lò Lục Triệu Nông Hứa Tăng Thân Khổng Mạc Tống Khúc Hầu Lại Nghiêm Âu Doãn Diệp Ông Kha Quan Giáp Viên Mã Tiêu Bế'.split(' '),
);

/**
 * Academic and professional titles printed before a signer's name, left out of `name` (ranks:
 * `RANK_PREFIX_FOLDED`). Titles are abbreviations closed by a dot, alone or chained (`TS.`,
 * `GS.TS.`, `LS.TS.`, `ThS.`), and no syllable of a name is, so any run of such words is a title
 * (a letter of one misread by OCR included); the usual ones may also be printed without the dot.
 */
export const NAME_PREFIX = /^(?:(?:\p{L}{1,4}\.\s*)+|(?:(?:GS|PGS|TS|ThS|Ths|BS|KS|LS)\s+)+|Luật sư\s+)/u;

/**
 * A rank (Đại tướng … Thiếu úy) before a signer's name, left out of `name`; matched on the folded
 * text, so it holds as OCR leaves it too (`Đại-tả`, `Thiều tướng`): a rank word pair at the start
 * of a name line is a rank.
 */
export const RANK_PREFIX_FOLDED = /^(?:dai|thuong|trung|thieu)[\s-]+(?:tuong|ta|uy)\s+/iu;

/**
 * The label of an annex (Nghị định 30/2020, Phụ lục I: "Phụ lục" with its number, the annex's
 * name in capitals under it, then the note naming the document it goes with), with the name's
 * first words when printed on the same line ("PHỤ LỤC I: HƯỚNG DẪN …"): group 1.
 */
export const ANNEX_LABEL = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[IVXLC\d]+[a-z]?(?![\p{L}\p{N}]))?\s*[:.\-–]?\s*(.*)$/u;

/** What follows an annex's name rather than continuing it: a numbered part, a table's "STT" column. */
export const ANNEX_NAME_END = /^(?:(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)]\s|(?:STT|TT|SỐ TT|Số TT)$)/u;

/** Headings that start an appendix, after which header-like lines belong to another text. */
export const APPENDIX_HEADING = /^(?:PHỤ LỤC|Phụ lục|MẪU|Mẫu số|BIỂU|DANH MỤC|DANH SÁCH)(?![\p{L}\p{N}])/u;

/**
 * A segment ending in a label whose blank was left empty or partly filled (`Quảng Ngãi, ngày` ……
 * `tháng 11`, `Số: 542` …… `/TB-UBND`) continues across the gap: the blank is not a column gutter.
 */
export const OPEN_BLANK_END = /(?:(?<!\p{L})ngày|(?<!\p{L})tháng|(?<!\p{L})Số\s*:?)\s*\d{0,5}$/iu;

/** A list marker or a numbered label before a tab ("a)⇥", "1.⇥", "-⇥"): the item's own text follows, not a column. */
export const MARKER_BEFORE_TAB = /^\s*(?:[\dIVXivx]+(?:\.\d+)*[.):]?|[a-zđ][.)]|[-+•–*])\s*$/u;

/**
 * A "word" of one letter written three times or more ("VVV", "LLL"): no Vietnamese syllable repeats
 * a letter so; a clerk's initials or pen marks beside the signature, which the text layer keeps.
 * A Roman numeral ("III", a term's number wrapped under "KHÓA") is a word.
 */
export const REPEATED_LETTER_MARK = /^(?![IXCM]+$)(\p{Lu})\1{2,}$/u;

/** A section heading's number or letter with its stop, bracket, slash or dash, as a token of its own (`1.`, `II.`, `a)`, `1/`, `I-`). */
export const SECTION_NUMBER_TOKEN = /^(?:\d{1,2}|[IVXLC]{1,5}|\p{L})[.)/\-–]$/u;
