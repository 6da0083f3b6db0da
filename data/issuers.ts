import { AGENCY_HEAD_WORDS, AGENCY_HEADS, agencyHeads, BODY_CODES, CENTRAL_CITIES, PROVINCE_LEVEL, PROVINCES } from './bodies.js';
import { EXPANSION } from './agencies.js';
import { escapeRegExp, escapeSpaced } from './regexp.js';
import { CODE_CAPITALS } from './symbols.js';
import { DOC_TYPES } from './doc-types.js';
import { AND } from './language.js';
import { COMMITTEE_AWAITING_ORGANISATION } from './layout-patterns.js';

/**
 * Issuer names as the header prints them (FORMAT.md §2): the words whose capitalisation is fixed
 * when a caps block is set in sentence case ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa,
 * Thể thao và Du lịch"), the place kinds that end a name, and the body's own words that name its
 * issuer when the header is lost. Read in the normalized text (Ủy, not Uỷ).
 */

/** Phrases whose capitalisation is fixed, longest first: the bodies' names, the provinces and these. */
export const CANONICAL_PHRASES: string[] = [
  ...new Set([
    ...Object.values(BODY_CODES),
    ...PROVINCES,
    'Việt Nam', 'Mặt trận Tổ quốc', 'Trung ương', 'Quốc hội', 'Chính phủ', 'Nhà nước', 'Thường vụ', 'Thường trực',
    'Tuyên giáo', 'Dân vận', 'Tổ chức', 'Kiểm tra', 'Chỉ đạo', 'Cuộc vận động', 'Tỉnh ủy', 'Thành ủy',
    'Huyện ủy', 'Đảng ủy', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn', 'Thị đoàn', 'Thủ tướng', 'Ngân hàng Nhà nước', 'Đảng', 'Ban Bí thư', 'Bộ Chính trị',
    'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban', 'Văn phòng', 'Công an', 'Công Thương',
    // The armed forces' local commands and the procuracy, as their laws name them.
    // The Party's central council, as Quy định 66-QĐ/TW names it; the Supreme Court's council of judges (Luật Tổ chức Tòa án nhân dân).
    // The central board of policy and strategy formed in 2025 (from the Ban Kinh tế Trung ương), whose comma joins one task.
    'Hội đồng Lý luận Trung ương', 'Hội đồng Thẩm phán', 'Ban Chính sách, chiến lược Trung ương',
    'Bộ Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự', 'Liên hiệp Phụ nữ', 'Cựu chiến binh', 'Liên đoàn Lao động', 'Thanh niên Cộng sản', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Viện kiểm sát nhân dân',
  ]),
].sort((a, b) => b.length - a.length);

/** Abbreviations that stay in capitals: the symbol codes and these. */
export const KEEP_UPPER = new Set([...Object.keys(BODY_CODES), 'UBND', 'HĐND', 'MTTQ', 'CVĐ', 'BCĐ', 'TP', 'VN', 'CT-XH', 'TTXVN', 'UB', 'UBMTTQ', 'UBKT']);
/** An abbreviation of two hyphenated parts ("CT-XH"). */
export const HYPHENATED_ABBREVIATION = new RegExp(`^[${CODE_CAPITALS}]{2,}-(?:[${CODE_CAPITALS}]{2,}|\\d+)$`, 'u');

/**
 * The last word of a place kind, seen with the word before and after: tỉnh, huyện, thị xã, thành
 * phố, xã (not xã hội), and a district's Party committee or Youth Union committee (Huyện ủy
 * Hòa An, Huyện đoàn Lạc Dương).
 */
export const PLACE_KIND_WORD = /^\S* (?:tỉnh|huyện|quận|phường) (?!ủy|đoàn)|^(?:thị xã|thành phố|thị trấn|đặc khu) |^\S* xã (?!hội)|^(?:huyện|quận|thị) (?:ủy|đoàn) /u;
/**
 * A school's name (Nghị định 30/2020, Phụ lục II: the kind of body and its field of work take a
 * capital on the first word of each phrase, a person's or a place's name on every syllable):
 * "Trường Trung học phổ thông Chu Văn An", "Trường Đại học Sư phạm Hà Nội". The kinds of school
 * that follow "Trường", as spelled in a name.
 */
export const SCHOOL_KINDS: string[] = [
  'Mầm non', 'Mẫu giáo', 'Nhà trẻ', 'Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông', 'Phổ thông', 'Phổ thông Dân tộc nội trú',
  'Phổ thông Dân tộc bán trú', 'Tiểu học và Trung học cơ sở', 'Trung học cơ sở và Trung học phổ thông', 'Đại học', 'Cao đẳng', 'Trung cấp',
  'TH', 'THCS', 'THPT', 'PTDTNT', 'PTDTBT', 'TH và THCS', 'THCS và THPT', 'PTDTBT TH', 'PTDTBT THCS', 'PTDTBT TH và THCS',
].sort((a, b) => b.length - a.length);
/** Fields of work a school's name may open with after its kind, as spelled ("Sư phạm", "Y dược"); longest first. */
export const SCHOOL_FIELDS: string[] = [
  'Sư phạm', 'Sư phạm Kỹ thuật', 'Kinh tế', 'Kinh tế - Kỹ thuật', 'Kinh tế - Luật', 'Kinh tế Quốc dân', 'Y', 'Y tế', 'Y dược', 'Y khoa', 'Dược',
  'Bách khoa', 'Nông Lâm', 'Nông nghiệp', 'Lâm nghiệp', 'Thủy lợi', 'Thủy sản', 'Luật', 'Ngoại thương', 'Ngoại ngữ', 'Công nghiệp',
  'Công nghệ', 'Công nghệ thông tin', 'Kỹ thuật', 'Kỹ thuật - Công nghệ', 'Khoa học', 'Khoa học Tự nhiên', 'Khoa học Xã hội và Nhân văn',
  'Văn hóa', 'Văn hóa Nghệ thuật', 'Văn hóa, Thể thao và Du lịch', 'Nghệ thuật', 'Mỹ thuật', 'Âm nhạc', 'Thể dục Thể thao', 'Giao thông Vận tải',
  'Xây dựng', 'Kiến trúc', 'Mỏ - Địa chất', 'Tài chính', 'Tài chính - Kế toán', 'Tài chính - Marketing', 'Ngân hàng', 'Thương mại',
  'Lao động - Xã hội', 'Nội vụ', 'Du lịch', 'Nghề', 'Điện lực', 'Hàng hải', 'Mở', 'Dân lập', 'Quốc tế', 'Chính trị', 'Quân sự',
  'Cảnh sát Nhân dân', 'An ninh Nhân dân', 'Kinh doanh và Công nghệ', 'Dân tộc nội trú', 'Dân tộc bán trú',
].sort((a, b) => b.length - a.length);
/** The word a school's name opens with. */
export const SCHOOL_WORD = 'Trường';
/** Words inside a school's name that stay lower case ("Trường THPT chuyên Lê Quý Đôn"). */
export const SCHOOL_NAME_LOWER_WORDS = new Set(['chuyên']);
/**
 * "Trường" and a kind of school, then the rest of the name up to a comma, a place kind, the next
 * school ("… và Trường Tiểu học …") or the end: group 1 the kind, group 2 the rest (with its leading space).
 */
const SCHOOL_KIND_PATTERN = SCHOOL_KINDS.map(escapeRegExp).join('|');
export const SCHOOL_NAME = new RegExp(
  String.raw`(?<![\p{L}])Trường (${SCHOOL_KIND_PATTERN})(?![\p{L}])((?:\s(?!(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|đặc khu|phường|xã(?!\s+hội)|Trường\s+(?:${SCHOOL_KIND_PATTERN}))(?![\p{L}]))[^\s,;]+)*)`,
  'giu',
);
/** Words after which a name part starts with a capital ("Sở Y tế"), lower case. */
export const NAMING_HEADS = new Set(agencyHeads('names').map((head) => head.toLocaleLowerCase('vi')));
/**
 * Two-word heads that open with a naming head and go on in lower case ("Hội đồng"): after "Hội"
 * a name part starts ("Hội Nông dân"), but "HỘI ĐỒNG" is the one word for a council. Keyed by the
 * two words in lower case; the value is the second word as spelled.
 */
export const HEAD_SECOND_WORDS = new Map(
  Object.keys(AGENCY_HEAD_WORDS)
    .map((head) => head.split(' '))
    .filter((words) => words.length === 2 && NAMING_HEADS.has(words[0]!.toLocaleLowerCase('vi')) && /^\p{Ll}/u.test(words[1]!))
    .map((words) => [words.join(' ').toLocaleLowerCase('vi'), words[1]!] as const),
);
/** Small words that stay lower case inside a name ("và", "của", the level words). */
export const LOWER_CASE_WORDS = new Set(['và', 'của', 'các', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'phường', 'thị', 'trấn', 'đặc', 'khu', 'về']);

/**
 * Bodies named by their task rather than by fields of work (Nghị định 30/2020, Phụ lục II: only
 * the kind of body and its fields take capitals): "Ban Chỉ đạo Trung ương về phòng, chống tham
 * nhũng, tiêu cực". After a comma in their name the words stay lower case.
 */
export const TASK_NAMED_HEADS = new Set(['chỉ đạo', 'bcđ']);

/**
 * Abbreviations a header may print inside a body's name, written out in the name (the header's
 * lines stay as printed): "BCH ĐOÀN TỈNH" is the Ban Chấp hành Đoàn tỉnh.
 */
export const NAME_ABBREVIATIONS: Record<string, string> = {
  BCH: 'Ban Chấp hành',
  // "UB MTTQ", "UBMTTQ", "UBKT": the committee word printed shortened (Nghị định 30/2020, Phụ lục III writes UBND the same way).
  UB: 'Ủy ban',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  UBKT: 'Ủy ban Kiểm tra',
  BTV: 'Ban Thường vụ',
  BTT: 'Ban Thường trực',
  BCĐ: 'Ban Chỉ đạo',
  KHCN: 'khoa học, công nghệ',
  ĐMST: 'đổi mới sáng tạo',
  CĐS: 'chuyển đổi số',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  ĐBQH: 'Đại biểu Quốc hội',
  // The Front and the mass organisations (Điều lệ of each; the headers print them shortened).
  MTTQ: 'Mặt trận Tổ quốc',
  LĐLĐ: 'Liên đoàn Lao động',
  LHPN: 'Liên hiệp Phụ nữ',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  CCB: 'Cựu chiến binh',
  TNCS: 'Thanh niên Cộng sản',
  // A centrally-run city's level word (Nghị định 30/2020 Phụ lục III: TP. for thành phố).
  TP: 'thành phố',
  // The district's or province's military command (Ban Chỉ huy Quân sự), whose header prints it shortened.
  CHQS: 'Chỉ huy Quân sự',
};
/** A body's name printed as its abbreviation alone on a header line ("UBKT", "BTV", "BCĐ"): a line of its own, not a wrapped word. */
export const ABBREVIATED_BODY = new Set(Object.keys(NAME_ABBREVIATIONS).filter((abbreviation) => /^(?:B|UB)/u.test(abbreviation)));
/**
 * A department's or ministry's field printed shortened after its head ("SỞ GD&ĐT", "PHÒNG
 * TN&MT", "SỞ LĐ-TB&XH"), written out in the name like the abbreviations above; only the
 * unambiguous ones (EXPANSION of data/agencies.ts), matched whole with their & and hyphens.
 */
const FIELD_ABBREVIATIONS = ['GD&ĐT', 'GDĐT', 'TN&MT', 'TNMT', 'KH&ĐT', 'KHĐT', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐTBXH', 'VHTTDL', 'VHTT&DL', 'VH,TT&DL', 'NN&PTNT', 'NNPTNT', 'KH&CN', 'TT&TT', 'TT-TT', 'TTTT', 'GTVT', 'NN&MT', 'NNMT'];
export const NAME_FIELD_ABBREVIATIONS = new Map(FIELD_ABBREVIATIONS.map((abbreviation) => [abbreviation, EXPANSION.get(abbreviation)!]));
export const NAME_FIELD_ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}&-])(?:${[...FIELD_ABBREVIATIONS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);
/** Level words printed shortened before a place's name ("UBND TP. ĐÀ LẠT"): the name after them is a proper name. */
export const PLACE_KIND_ABBREVIATIONS = new Set(['TP', 'TP.']);

/**
 * A standing body's name ends in the organisation it serves, a proper name: "Ban Chấp hành Đoàn",
 * "BCH Hội", "Ban Thường vụ Hiệp hội" (lower case, and the abbreviations as printed).
 */
export const ORGANISATION_AFTER = new Set(['chấp hành', 'thường vụ', 'thường trực', 'bch', 'btv', 'btt']);
/** A body line that names itself central ("BAN TỔ CHỨC TRUNG ƯƠNG", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"). */
export const NAMES_ITSELF_CENTRAL = /(?<![\p{L}])Trung ương(?![\p{L}])/u;

/**
 * Places whose unit word is part of their proper name (Nghị định 30/2020, Phụ lục II: a unit named
 * after a number or a person takes a capital on its unit word too: "Quận 1", "Thành phố Hồ Chí
 * Minh"): the names of persons that name places.
 */
export const PLACES_NAMED_AFTER_PERSONS = ['Hồ Chí Minh'];
/**
 * A line that ends in its place ("Sở Y tế tỉnh Cao Bằng", "Ủy ban nhân dân Thành phố Hồ Chí Minh": a
 * place named after a person keeps its unit word's capital, PLACE_NAMED_AFTER_PERSON): group 1 the
 * body, group 2 the place.
 */
export const PLACE_TAIL = new RegExp(
  String.raw`^(.*?)\s*(?<![\p{L}\p{N}])((?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|đặc khu|xã|phường|TP\.?)\s+\S.*|(?:Quận|Phường)\s+\d.*|(?:Thành phố|Quận|Huyện|Phường|Xã)\s+(?:${PLACES_NAMED_AFTER_PERSONS.join('|')})(?![\p{L}]).*)$`,
  'u',
);
/** A place named by a number after its unit word (Nghị định 30/2020, Phụ lục II): "Quận 1", "Phường 5", any case. */
export const NUMBERED_PLACE_NAME = /^(?:quận|phường)\s+\d{1,2}(?!\p{N})/iu;
/** A line that is only a place ("Tỉnh Cao Bằng"). */
export const PLACE_LINE = /^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Đặc khu|Xã|Phường)\s(?!ủy|đoàn)/u;
/** A Party committee whose name holds its place ("Huyện ủy Hòa An"): the place is not split off. */
export const PARTY_COMMITTEE_WITH_PLACE = /^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy(?![\p{L}\p{N}])/u;
/**
 * The superior Party organisation a Party committee prints above its own name (Hướng dẫn
 * 36-HD/VPTW: "ĐẢNG BỘ TỈNH BẮC NINH" over "HUYỆN ỦY GIA BÌNH"): not part of the committee's name
 * when the committee names its own place.
 */
export const SUPERIOR_PARTY_LINE = /^Đảng bộ(?![\p{L}\p{N}])/u;
/** Bodies whose own name identifies them without their parent (a Sở of a province's UBND). */
export const SELF_NAMED_BODY = new RegExp(String.raw`^(?:${agencyHeads('self').map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'u');
/**
 * Parents left out before a self-named body: the people's committee (a Sở takes the province's
 * name instead), and a ministry, whose Cục, Tổng cục and provincial police are named alone
 * ("BỘ CÔNG AN / CÔNG AN TỈNH LÂM ĐỒNG" is Công an tỉnh Lâm Đồng). A Bộ Chỉ huy is no ministry.
 */
export const PARENT_LEFT_OUT_BEFORE_SELF_NAMED = /^(?:Ủy ban nhân dân|UBND)$|^Bộ (?!Chỉ huy)/u;
/**
 * A standing board named by its role alone ("BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "THƯỜNG TRỰC"): it has
 * no name of its own, so printed above the body it serves it is that body's board (the Front's Ban
 * Thường trực Ủy ban Mặt trận Tổ quốc …), and the body's own place does not make it a cơ quan chủ quản.
 */
export const STANDING_BOARD_LINE = /^(?:Ban Thường trực|Ban Thường vụ|Thường trực)$/u;
/**
 * A caps issuer line is the start of a name or of a place when it opens with one of these (the
 * head words of bodies, Party and Front organisations, the place kinds); any other line is the
 * rest of the name wrapped from the line above (ỦY BAN THƯỜNG VỤ / QUỐC HỘI; BAN CHỈ ĐẠO / VỀ …).
 */
export const ISSUER_LINE_OPENINGS: string[] = [
  // Not "Chính phủ", "Quốc hội": under another line they end its name (THỦ TƯỚNG / CHÍNH PHỦ).
  ...Object.keys(AGENCY_HEAD_WORDS).filter((head) => /^\p{Lu}/u.test(head) && !['Chính phủ', 'Quốc hội'].includes(head)),
  'Thủ tướng', 'Chủ tịch', 'Kiểm toán', 'Viện kiểm sát', 'Học viện', 'Đại học', 'Bệnh viện',
  'Công ty', 'Tổng công ty', 'Tập đoàn', 'Chi nhánh', 'Hợp tác xã', 'Liên minh', 'Quỹ', 'Nhà xuất bản', 'Thông tấn',
  'Đảng bộ', 'Chi bộ', 'Đảng ủy', 'Quận ủy', 'Thị ủy', 'Đảng Cộng sản', 'Ban Chấp hành', 'Thường trực', 'Thường vụ',
  'Tổng Liên đoàn', 'Tổng LĐLĐ', 'LĐLĐ', 'HLHPN', 'Công đoàn', 'Thành đoàn', 'Huyện đoàn', 'Tỉnh đoàn', 'Đoàn Thanh niên', 'Bộ Tư lệnh', 'Quân khu', 'Bộ đội',
  'Tỉnh', 'Thành phố', 'Huyện', 'Quận', 'Thị xã', 'Thị trấn', 'Xã', 'Phường', 'Đặc khu', 'TP', 'BCH', 'BTV', 'BTT', 'BCĐ', 'UB', 'UBMTTQ', 'UBKT',
  'Ngân hàng', 'Kho bạc', 'Tòa án', 'Thanh tra', 'Cổng', 'Trường', 'Viện', 'Ủy ban', 'Hội đồng',
];
/** A caps line that opens a name or a place (ISSUER_LINE_OPENINGS), in the header's capitals. */
export const OPENS_ISSUER_LINE = new RegExp(
  String.raw`^(?:${[...new Set(ISSUER_LINE_OPENINGS)].map((w) => escapeSpaced(w.toLocaleUpperCase('vi'))).join('|')})(?![\p{L}\p{N}])`,
  'u',
);
/**
 * The first line of an issuer block names a body or a place (OPENS_ISSUER_LINE), or is one of
 * the central bodies that head their own documents: a caps heading without number or date that
 * does not ("KẾT QUẢ ĐÁNH GIÁ …" over an annex's table) is no issuer.
 */
export const OPENS_ISSUER_BLOCK = new RegExp(`${OPENS_ISSUER_LINE.source}|^(?:CHÍNH PHỦ|QUỐC HỘI|ĐẢNG CỘNG SẢN|MẶT TRẬN)(?![\\p{L}\\p{N}])`, 'u');
/** A caps line that stops in the middle of a name: it ends in "VÀ", a comma or a hyphen. */
export const ENDS_MID_NAME = /(?:(?<![\p{L}])VÀ|[,\-–])\s*$/u;
/** A stray slash before a word of an issuer line ("BAN THƯỜNG TRỰC /ỦY BAN MTTQ", "BAN THƯỜNG TRỰC / ỦY BAN …") or at its end. */
export const STRAY_SLASH = /(^|\s)\/\s*(?=\p{Lu})|\s*\/\s*$/gu;
/** The mottos when a flattened header runs them into an issuer line (their own column lost). */
export const MOTTO_IN_LINE = new RegExp(
  String.raw`\s+(?:CỘNG\s*H(?:ÒA|OA)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|ĐẢNG\s*CỘNG\s*SẢN\s*VIỆT\s*NAM|(?<!${COMMITTEE_AWAITING_ORGANISATION}\s+)ĐOÀN\s*(?:TNCS|THANH\s*NIÊN\s*CỘNG\s*SẢN)\s*HỒ\s*CHÍ\s*MINH|Độc\s*lập\s*[-–—]\s*Tự\s*do\s*[-–—]\s*Hạnh\s*phúc)\s*$`,
  'iu',
);

/**
 * A standing committee's line that names itself central and awaits the organisation it serves
 * ("ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ
 * CHÍ MINH"): the Front's and the mass organisations' central committees (their Điều lệ name them
 * "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ban Chấp hành Trung ương Đoàn …", "… Hội …").
 */
export const CENTRAL_COMMITTEE_LINE = /^(?:ỦY\s+BAN|BAN\s+CHẤP\s+HÀNH|BCH|BAN\s+THƯỜNG\s+VỤ|BAN\s+THƯỜNG\s+TRỰC)\s+TRUNG\s+ƯƠNG$/u;
/**
 * A caps line that opens an organisation's name (the Front, the Youth Union, an association, a
 * federation, the trade unions); not a council ("HỘI ĐỒNG LÝ LUẬN TRUNG ƯƠNG") nor a delegation
 * ("ĐOÀN KIỂM TRA"), which the Party's Central Committee heads.
 */
export const ORGANISATION_LINE = /^(?:MẶT\s+TRẬN|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN)|HỘI(?!\s+ĐỒNG)|HIỆP\s+HỘI|LIÊN\s+ĐOÀN|LIÊN\s+HIỆP|TỔNG\s+LIÊN\s+ĐOÀN|CÔNG\s+ĐOÀN)(?![\p{L}\p{N}])/u;
/**
 * The organisation's head word after "Trung ương" opens its proper name ("Trung ương Hội Liên
 * hiệp Phụ nữ Việt Nam", "Ban Chấp hành Trung ương Đoàn"), lower case.
 */
export const ORGANISATION_HEADS_AFTER_CENTRAL = new Set(['hội', 'đoàn', 'hiệp', 'liên', 'tổng', 'mặt']);
/** The words "Trung ương" in lower case, after which ORGANISATION_HEADS_AFTER_CENTRAL take a capital. */
export const CENTRAL_WORDS = 'trung ương';
/**
 * A council's term and session, printed under its name in some headers ("KHÓA X, KỲ HỌP THỨ 5",
 * "NHIỆM KỲ 2021 - 2026"): no part of the issuer's name.
 */
export const TERM_LINE = /^(?:KHÓA\s+[IVXLC\d]+|KỲ\s+HỌP(?:\s+THỨ)?|NHIỆM\s+KỲ)(?![\p{L}])/u;
/** The Youth Union's name as it prints it on the right of its header (as the Party prints "ĐẢNG CỘNG SẢN VIỆT NAM"). */
export const YOUTH_UNION_MOTTO = /^ĐOÀN\s*(?:TNCS|THANH\s*NIÊN\s*CỘNG\s*SẢN)\s*HỒ\s*CHÍ\s*MINH$/u;
/** The Youth Union's Central Committee, the issuer of a header "BAN CHẤP HÀNH TRUNG ƯƠNG" under the Union's name. */
export const YOUTH_UNION_CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh';
/** "thành phố Hồ Chí Minh" in any case: group 1 the unit word, to be capitalised. */
export const PLACE_NAMED_AFTER_PERSON = new RegExp(String.raw`(?<![\p{L}])(thành phố|quận|huyện|phường|xã)(?=\s+(?:${PLACES_NAMED_AFTER_PERSONS.join('|')})(?![\p{L}]))`, 'gu');

/**
 * The Party's central bodies (Hướng dẫn 36-HD/VPTW; Quy định 66-QĐ/TW): under the header
 * "BAN CHẤP HÀNH TRUNG ƯƠNG" a body is named with "Trung ương" (Ban Tổ chức Trung ương), its
 * office is the Văn phòng Trung ương Đảng; a body line that already says so needs no parent.
 */
export const PARTY_CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương';
export const PARTY_CENTRAL_OFFICE = 'Văn phòng Trung ương Đảng';
export const PARTY_CENTRAL_OFFICE_HEAD = 'Văn phòng';
/** The Party's central office as its header may print it, without "Đảng" (the Front's and the Union's name their organisation). */
export const PARTY_CENTRAL_OFFICE_PRINTED = `${PARTY_CENTRAL_OFFICE_HEAD} Trung ương`;
/** The bodies that speak for the Central Committee, as "T/M …" names them in the signature. */
export const PARTY_CENTRAL_SIGNING_BODIES: Record<string, string> = { 'BAN BÍ THƯ': 'Ban Bí thư', 'BỘ CHÍNH TRỊ': 'Bộ Chính trị' };
/** "T/M BAN BÍ THƯ" in the closing: group 1 the body the Central Committee's document is issued by. */
export const PARTY_CENTRAL_SIGNATURE = new RegExp(
  String.raw`^T\s*\/?\s*M\.?\s+(${Object.keys(PARTY_CENTRAL_SIGNING_BODIES).join('|')})\s*$`,
  'u',
);
/** A body's name that ends in a level word alone ("Bệnh viện Đa khoa tỉnh"): group 1 the level. */
export const ENDS_IN_BARE_LEVEL = /\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$/u;
/** A name that already ends in its level, which the province's name follows directly ("Tỉnh ủy" + "Cao Bằng"). */
export const ENDS_IN_LEVEL = /(?:Tỉnh|Thành|Huyện) ủy$|(?:tỉnh|thành phố)$/u;

/** The head of an agency's name, anywhere ("Sở …", "UBND …", "Ban Chỉ đạo …"). */
export const AGENCY_START = new RegExp(`(?:${AGENCY_HEADS.map(escapeSpaced).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** Text that opens with the head of an agency's name ("Sở …", "UBND …", "Các sở, ngành …"). */
export const AGENCY_OPENING = new RegExp(
  `^(?:[Cc]ác\\s+)?(?:${AGENCY_START.source})|^[Cc]ác\\s+(?:sở|ban|ngành|bộ|cơ quan|đơn vị|phòng|tổ chức|địa phương|hội|đoàn thể)(?![\\p{L}])`,
  'u',
);
/** The names of the document types as the enacting sentence writes them ("Thông tư", "Nghị định"), longest first. */
const TYPE_NAMES = [...new Set(DOC_TYPES.map((t) => t.name))].sort((a, b) => b.length - a.length).map(escapeSpaced);

/**
 * A document's statement of who issues it: the enacting sentence after the bases (Nghị định
 * 30/2020 Phụ lục I: "Bộ trưởng Bộ Tài chính ban hành Thông tư …", "Chính phủ ban hành Nghị
 * định …"), or a plan's own opening ("Ban Tuyên giáo Thành ủy ban hành kế hoạch …", "Sở … xây
 * dựng Kế hoạch …"). Group 1 ends with the issuer, and in a character that is not a space, so that a long run of
 * spaces (a layout text's gaps) is not split every way between the group and `\s+` (5 s on 4,000 spaces before).
 */
export const SELF_STATEMENT = new RegExp(
  String.raw`([^.;:]{2,199}?[^.;:\s])\s+(?:ban\s+hành\s+(?:${TYPE_NAMES.join('|')})|(?:ban hành|xây dựng|triển khai|hướng dẫn|thông báo|báo cáo|đề ra)\s+(?:kế hoạch|Kế hoạch|hướng dẫn|Hướng dẫn|chương trình|Chương trình|thông báo|báo cáo|quy chế|quy định))(?![\p{L}\p{N}])`,
  'gu',
);
/**
 * The officials whose title the enacting sentence gives for the body they head ("Bộ trưởng Bộ Tài
 * chính", "Chủ tịch Ủy ban nhân dân tỉnh …", "Thống đốc Ngân hàng Nhà nước Việt Nam"): the
 * document is the body's. "Thủ tướng Chính phủ" and "Chủ tịch nước" issue in their own name.
 */
const HEADING_OFFICIALS = ['Bộ trưởng', 'Thống đốc', 'Chủ tịch', 'Chủ nhiệm', 'Tổng Giám đốc', 'Giám đốc', 'Tổng Kiểm toán', 'Tổng Thanh tra', 'Chánh án', 'Viện trưởng', 'Tổng cục trưởng', 'Cục trưởng', 'Trưởng ban', 'Chánh Văn phòng', 'Thủ trưởng'];
/** Titles held only at the centre (a minister, the State Bank's governor, the State Auditor): their body takes no province. */
export const CENTRAL_OFFICIAL = /^(?:Bộ trưởng|Thống đốc|Tổng Kiểm toán|Tổng Thanh tra)(?![\p{L}])/u;
/** Such a title held together with the one before the body ("Bộ trưởng, Chủ nhiệm …"): the text before the subject ends in it. */
export const CENTRAL_OFFICIAL_BEFORE = /(?<![\p{L}])(?:Bộ trưởng|Thống đốc),\s*$/u;
/**
 * An official's title before the body it heads, to be left out of the issuer's name: at the
 * subject's start or after "và" or a comma (a joint document's "Bộ trưởng Bộ Tài chính và Bộ
 * trưởng Bộ Nội vụ"), titles held together ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"), and the
 * title that is its body's name with "Tổng" before it ("Tổng Kiểm toán nhà nước": the Kiểm toán nhà nước;
 * "Tổng Thanh tra Chính phủ": the Thanh tra Chính phủ); a Tổng Giám đốc heads the body named after him
 * ("Tổng Giám đốc Bảo hiểm xã hội Việt Nam").
 */
export const ISSUING_OFFICIAL = new RegExp(
  String.raw`(?<=^|\s${AND}\s|,\s)(?:(?:${HEADING_OFFICIALS.join('|')}),\s+)*(?:Tổng\s+(?=Kiểm toán\s+[Nn]hà nước|Thanh tra\s+Chính phủ)|(?:${HEADING_OFFICIALS.join('|')})\s+(?=${AGENCY_START.source}|Kiểm toán|Tòa án|Viện kiểm sát|Bảo hiểm xã hội))`,
  'gu',
);
/**
 * Where the subject of a self-statement may start: an agency's head, an official heading one, or
 * a central body named by itself ("Quốc hội ban hành Luật …", "Chủ tịch nước ban hành Lệnh …").
 */
const ISSUER_START = String.raw`(?:${AGENCY_START.source}|(?:${HEADING_OFFICIALS.join('|')}|Quốc hội|Chủ tịch nước)(?![\p{L}\p{N}]))`;
/** A body's part that opens a clause: after its start, a comma or a closing bracket. Group 1 is the head. */
export const AGENCY_IN_CLAUSE = new RegExp(`(?:^|,\\s+|\\)\\s+)(${ISSUER_START})`, 'gu');
/**
 * Bodies of the central State and Party, which no province qualifies (Nghị định 30/2020, Phụ lục
 * I: their names stand alone in the header): a name inferred for one is not given the province.
 */
export const CENTRAL_BODY_NAME = /^(?:Chính phủ|Thủ tướng Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Chủ tịch nước|Bộ (?!Chỉ huy)|Ngân hàng Nhà nước|Kiểm toán Nhà nước|Thanh tra Chính phủ|Bảo hiểm xã hội Việt Nam|Tòa án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Văn phòng (?:Chính phủ|Quốc hội|Chủ tịch nước|Trung ương)|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư)|Trung ương(?![\p{L}])|(?:nhân dân tối cao|Kiểm toán [Nn]hà nước|Quốc hội|Chính phủ)$/u;
/** A name that already holds its place ("Ủy ban nhân dân tỉnh Lâm Đồng", "Sở Y tế thành phố Huế"). */
export const NAME_WITH_PLACE = /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+\p{Lu}/u;

/**
 * Letters and digits OCR reads for another in a word printed in capitals: I as `l`, `1` or `|`,
 * O as `0`. A standard name is matched with them read back.
 */
export const CAPITALS_OCR_CONFUSIONS: Record<string, string> = { l: 'I', '1': 'I', '|': 'I', '0': 'O' };
/** A word in capitals that may hold those confusions ("TlNH", "H0A"): two capitals at least, checked apart. */
export const CAPITALS_WITH_CONFUSIONS = /^[\p{Lu}\p{M}01l|]+$/u;
/** The shortest word that is a standard name with its spaces lost (`LAMDONG`, `ĐĂKLĂK`). */
export const JOINED_NAME_MIN_LETTERS = 5;

/**
 * Spellings of a standard name's syllable that are in use beside it, not misreadings: the Central
 * Highlands' `Đắk` (water, in place names) is printed `Đăk` as often (Đăk Nông, Đăk Mil, Đăk Lăk),
 * and so is `Lắk`. A standard name printed with them is left as printed.
 */
export const STANDARD_SYLLABLE_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['đắk', ['đăk']],
  ['lắk', ['lăk']],
]);

/**
 * Standard names a reading is snapped to when only its marks differ (`LẮM ĐÓNG` → LÂM ĐỒNG,
 * `Hội Nông dán` → Hội Nông dân): provinces before and after the 2025 merger, and the names of
 * bodies and mass organisations of three syllables or more (two-syllable words such as
 * "Hội đồng" / "Hội Đông y" differ by their marks alone, so they are left as read).
 */
export const STANDARD_NAMES: string[] = [
  ...new Set([
    ...PROVINCES.filter((p) => p.includes(' ')),
    // A province with its level word, so that the level word read wrong (`TlNH`) is mended with it.
    ...PROVINCES.map((p) => `${CENTRAL_CITIES.has(p) ? PROVINCE_LEVEL.city : PROVINCE_LEVEL.province} ${p}`),
    ...CANONICAL_PHRASES.filter((p) => p.split(' ').length >= 3),
    'Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Liên đoàn Lao động', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'Mặt trận Tổ quốc Việt Nam', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Hội Người cao tuổi', 'Liên minh Hợp tác xã',
    'Ban Chấp hành', 'Ban Thường vụ', 'Ban Thường trực', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức', 'Ủy ban Kiểm tra',
  ]),
];

/**
 * A short name a text defines for a body right after its full name, in brackets: "Tổ Công tác
 * liên ngành phối hợp … cấp trung ương (Tổ Công tác liên ngành trung ương)", "(sau đây gọi tắt là
 * Ban Chỉ đạo tỉnh)", "(viết tắt là …)". Group 1 is the short name.
 */
export const DEFINED_SHORT_NAME = /\((?:sau đây\s+)?(?:(?:được\s+)?(?:gọi|viết)\s+tắt\s+là\s+|gọi\s+là\s+)?[“"]?([^()“”"]{6,80}?)[”"]?\)/gu;
/** How far back from a short name's bracket its full name may start (characters). */
export const DEFINED_FULL_NAME_REACH = 300;
