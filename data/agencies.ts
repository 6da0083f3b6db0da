import { AGENCY_HEADS, agencyHeads } from './bodies.js';
import { eitherCaseInitial, escapeRegExp, escapeSpaced, type Rewrite } from './regexp.js';

/**
 * Agencies: the kinds of bodies documents assign work to, the abbreviations they are written
 * with, the officials that stand for them, and the standard names of provincial departments and
 * Party boards that fuzzy matching corrects towards. Names are matched after tone placement, so
 * every word here is spelled the traditional way (Ủy, hòa, thủy) and only so.
 */

export type AgencyKind =
  | 'people-committee' // Ủy ban nhân dân
  | 'people-council' // Hội đồng nhân dân
  | 'front' // Mặt trận Tổ quốc and its bodies
  | 'party-committee' // Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy, Ban Thường vụ …
  | 'party-board' // Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức, Ủy ban Kiểm tra …
  | 'party-group' // Ban cán sự đảng, Đảng đoàn
  | 'steering-committee' // Ban Chỉ đạo
  | 'department' // Sở
  | 'ministry' // Bộ
  | 'government' // Chính phủ, Thủ tướng, Quốc hội, Ban Bí thư, Bộ Chính trị
  | 'office' // Văn phòng, Phòng
  | 'media' // Báo, Đài, Tạp chí, Bản tin
  | 'association' // Hội, Hiệp hội, Liên đoàn, Đoàn Thanh niên
  | 'security' // Công an, Bộ Chỉ huy Quân sự
  | 'unit' // Trung tâm, Viện, Trường, Kho bạc, Ngân hàng, Cục, Chi cục …
  | 'generic'; // "các cơ quan, đơn vị", "cấp ủy", "địa phương"

/**
 * The kind of an agency from the words its name starts with (after "các" and an official's
 * title are taken off). Tried in order; the first match wins, so longer heads come first.
 */
export const AGENCY_KINDS: Array<[RegExp, AgencyKind]> = [
  [/^(?:sở, ban|ban, ngành|sở, ngành|phòng, ban|cơ quan, đơn vị)(?![\p{L}])/iu, 'generic'],
  [/^Ban Thường trực Ủy ban Mặt trận|^Ủy ban (?:Trung ương )?Mặt trận|^Mặt trận Tổ quốc|^Đoàn Chủ tịch Ủy ban/iu, 'front'],
  [/^(?:Thường trực |Đảng đoàn |Ban cán sự đảng )?Ủy ban nhân dân/iu, 'people-committee'],
  [/^(?:Thường trực )?Hội đồng nhân dân/iu, 'people-council'],
  [/^(?:Ban cán sự(?: đảng)?|Đảng đoàn)/iu, 'party-group'],
  [/^Ban Chỉ đạo/iu, 'steering-committee'],
  [/^(?:Ban Thường vụ|Ban Chấp hành|Thường trực )?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Cấp ủy|Trung ương Đảng)/iu, 'party-committee'],
  [/^(?:Ban Tuyên giáo|Ban Dân vận|Ban Tổ chức|Ban Nội chính|Ban Kinh tế|Ban Đối ngoại|Ban Bảo vệ|Ủy ban Kiểm tra|Ban Tuyên giáo và Dân vận)/iu, 'party-board'],
  [/^(?:Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Ban Bí thư|Bộ Chính trị|Chủ tịch nước|Văn phòng Chính phủ|Văn phòng Trung ương|Văn phòng Quốc hội|Văn phòng Chủ tịch nước|Văn phòng Tổng Bí thư|Tòa án nhân dân tối cao|Viện [Kk]iểm sát nhân dân tối cao|Kiểm toán [Nn]hà nước|Hội đồng Dân tộc|(?:các )?Ủy ban của Quốc hội|Ủy ban [A-ZĐ]\p{L}* (?:.*)của Quốc hội)/iu, 'government'],
  [/^(?:Tòa án nhân dân|Viện [Kk]iểm sát nhân dân)/u, 'unit'],
  [/^Sở/iu, 'department'],
  [/^Bộ Chỉ huy|^Công an|^Bộ đội Biên phòng|^Ban Chỉ huy Quân sự/iu, 'security'],
  [/^Bộ/iu, 'ministry'],
  [/^(?:Văn phòng|Phòng)/iu, 'office'],
  [/^(?:Báo(?!\s+cáo)|Đài|Tạp chí|Bản tin|Cổng Thông tin|Cổng thông tin|Cổng Pháp luật|Công báo|cơ quan báo chí)/iu, 'media'],
  [/^(?:[Bb]an|[Cc]ác ban) (?:đảng|ngành)(?![\p{L}])/u, 'party-board'],
  [/^(?:Hội|Hiệp hội|Liên đoàn|Liên hiệp|Đoàn Thanh niên|Đoàn Luật sư|Tỉnh đoàn|Thành đoàn|Hội Liên hiệp)/iu, 'association'],
  // Common words as well as heads ("Ban hành", "Vụ việc", "Thanh tra, kiểm tra"): a capitalised name must follow.
  [new RegExp(String.raw`^(?:${agencyHeads('unit').map(eitherCaseInitial).join('|')})\s+\p{Lu}`, 'u'), 'unit'],
  // "Bảo hiểm xã hội tỉnh" names the body with a common noun; "Chi Cục Thuế …" as some write it.
  [/^(?:Bảo hiểm [Xx]ã hội|Chi Cục\s+\p{Lu})/u, 'unit'],
  // The tax authority since 2025 is named by its level alone ("Thuế tỉnh Lâm Đồng", "Thuế cơ sở 3 tỉnh …"), not "Thuế thu nhập".
  [/^Thuế (?:tỉnh|thành phố|cơ sở)(?![\p{L}])/u, 'unit'],
  // A working group set up by a decision ("Tổ giúp việc về Cải cách hành chính").
  [/^(?:Tổ giúp việc|Tổ công tác|Tổ Công tác)(?![\p{L}])/u, 'unit'],
  [/^(?:[Bb]an|[Pp]hòng|[Đđ]ơn vị), /u, 'generic'],
  [/^(?:cơ quan|đơn vị|ngành|địa phương|cấp ủy|chính quyền|tổ chức|doanh nghiệp|sở, ban|ban, ngành|phòng, ban|huyện|thành phố|thị xã|quận|xã|phường)/iu, 'generic'],
];

/** Kinds whose bodies are national: never scoped by the citing document's province. */
export const CENTRAL_KINDS: ReadonlySet<AgencyKind> = new Set(['ministry', 'government']);

/**
 * Names that say a body is national whatever its kind: a central organ named in it ("Cổng Thông
 * tin điện tử Bộ Y tế", "Ban Tuyên giáo Ủy ban TW MTTQ VN"), a ministry's department ("Cục …",
 * "Vụ …" without a province level), or a collective over all provinces ("UBND các tỉnh, thành phố").
 */
export const CENTRAL_NAME =
  /(?<![\p{L}\p{N}])(?:Trung ương|trung ương|Việt Nam$|Quốc hội|Chính phủ|Chính Phủ|Ban Bí thư|Bộ Chính trị|Thông tấn xã Việt Nam|Bộ\s+\p{Lu}|Nhà nước$|nhà nước$|tối cao|các tỉnh|Tổng cục|Ngân hàng Chính sách xã hội|Ngân hàng Phát triển Việt Nam)|^(?:Cục|Vụ)\s+(?!.*(?<![\p{L}])(?:tỉnh|thành phố)(?![\p{L}]))/u;

/**
 * Abbreviations written in agency names, expanded whole-word. Longer forms come first, so
 * "HĐND" is not read as "HĐ" + "ND". Ambiguous ones ("BTC": Ban Tổ chức or Bộ Tài chính; "VH-TT")
 * are left out: a wrong expansion would merge two bodies.
 */
export const AGENCY_ABBREVIATIONS: Array<[string, string]> = [
  ['BCĐCVĐ', 'Ban Chỉ đạo Cuộc vận động'],
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['HDND', 'Hội đồng nhân dân'],
  ['BCS đảng', 'Ban cán sự đảng'],
  ['BCSĐ', 'Ban cán sự đảng'],
  ['BCS', 'Ban cán sự đảng'],
  ['BTV', 'Ban Thường vụ'],
  ['BTT', 'Ban Thường trực'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BCD', 'Ban Chỉ đạo'],
  ['CVĐ', 'Cuộc vận động'],
  ['CVD', 'Cuộc vận động'],
  ['VPTU', 'Văn phòng Tỉnh ủy'],
  ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy'],
  ['BDVTU', 'Ban Dân vận Tỉnh ủy'],
  ['BTCTU', 'Ban Tổ chức Tỉnh ủy'],
  ['UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['BTGDVTU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['TGTU', 'Tuyên giáo Tỉnh ủy'],
  ['BTG', 'Ban Tuyên giáo'],
  ['BDV', 'Ban Dân vận'],
  ['UBKT', 'Ủy ban Kiểm tra'],
  ['ĐBQH', 'Đại biểu Quốc hội'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['HLHPN', 'Hội Liên hiệp Phụ nữ'],
  ['HCCB', 'Hội Cựu chiến binh'],
  ['HND', 'Hội Nông dân'],
  ['ĐTN', 'Đoàn Thanh niên'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['HCM', 'Hồ Chí Minh'],
  ['CT-XH', 'chính trị - xã hội'],
  ['CTXH', 'chính trị - xã hội'],
  ['TTĐT', 'Thông tin điện tử'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TT-TT', 'Thông tin và Truyền thông'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['GTVT', 'Giao thông vận tải'],
  ['PT-TH', 'Phát thanh - Truyền hình'],
  ['PTTH', 'Phát thanh - Truyền hình'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['BCH', 'Ban Chỉ huy'],
  ['QS', 'Quân sự'],
  ['CA', 'Công an'],
  ['CQ', 'cơ quan'],
  ['VP', 'Văn phòng'],
  ['P.', 'Phòng'],
  ['TW', 'Trung ương'],
  ['TƯ', 'Trung ương'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['NNMT', 'Nông nghiệp và Môi trường'],
  ['NHNN', 'Ngân hàng Nhà nước'],
  ['PTTg', 'Phó Thủ tướng'],
  ['TTg', 'Thủ tướng'],
  ['VN', 'Việt Nam'],
  ['TU', 'Tỉnh ủy'],
  ['TP', 'thành phố'],
  ['ĐU', 'Đảng ủy'],
];

/** "TT" is Thường trực before a council or committee ("TT Tỉnh ủy", "TT HĐND"), read before other abbreviations are expanded… */
export const TT_AS_STANDING: Rewrite = {
  pattern: /^TT\s+(?=(?:Tỉnh ủy|Thành ủy|Huyện ủy|HĐND|UBND|Hội đồng|Ủy ban|TU|HU)(?![\p{L}\p{N}]))/u,
  replacement: 'Thường trực ',
};
/** … and Trung tâm before any other name, once they are. */
export const TT_AS_CENTRE: Rewrite = { pattern: /^TT\s+(?=\p{Lu})/u, replacement: 'Trung tâm ' };

/**
 * Officials named instead of their body ("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tài chính",
 * "Thủ trưởng các cơ quan"): the title is taken off and, where the title names the body's own
 * head word ("Chánh Văn phòng" → "Văn phòng"), that word is kept.
 */
export const OFFICIAL_TITLES: Array<[RegExp, string]> = [
  [/^Chánh Văn phòng\s+/u, 'Văn phòng '],
  [/^Chánh Thanh tra\s+/u, 'Thanh tra '],
  [
    new RegExp(
      String.raw`^(?:Chỉ huy trưởng|Giám đốc|Thủ trưởng|Chủ tịch|Bí thư|Tổng Biên tập|Tổng biên tập|Viện trưởng|Cục trưởng|Hiệu trưởng|Trưởng|Người đứng đầu|Lãnh đạo)\s+(?=(?:các\s+)?(?:${agencyHeads('official').map(escapeRegExp).join('|')})(?![\p{L}\p{N}]))`,
      'u',
    ),
    '',
  ],
];

/** The head word an official's title named and the body kept ("Chánh Văn phòng" → "Văn phòng"), at the end of the title. */
export const KEPT_HEAD_AFTER_TITLE = new RegExp(
  String.raw`\s+(?:${OFFICIAL_TITLES.map(([, kept]) => kept.trim()).filter(Boolean).map(escapeRegExp).join('|')})$`,
  'u',
);

/** Titles that, left at the start once the official-before-body forms are taken off, name people. */
export const PERSON_TITLE = /^(?:(?:các\s+)?(?:Phó Thủ tướng|Bộ trưởng|Thứ trưởng|thứ trưởng|Phó Chủ tịch|Chủ tịch|Ủy viên|Thành viên|thành viên|Đại biểu|Trợ lý|Giám đốc|Phó Giám đốc)|CT|PCT)(?![\p{L}\p{N}])/u;

/** Words that say an item is a person, not a body ("Đ/c Trưởng Ban", "Các đồng chí Ủy viên"). */
export const PERSON_ITEM = /^(?:Đ\/c|đ\/c|Đồng chí|đồng chí|Các đồng chí|các đồng chí|Các đ\/c|Ông|Bà|Lãnh đạo|Chánh, Phó|Như trên|Như Điều|Lưu)(?![\p{L}\p{N}])/u;

/** The level words that end a body's name and take the province name after them. */
export const LEVEL_WORDS = /(?<![\p{L}\p{N}])(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)$/u;

/** Words that make a name stand for many bodies. */
export const COLLECTIVE = /^(?:các|Các|Cấp ủy|cấp ủy|Huyện, thành|huyện, thành)(?![\p{L}\p{N}])|(?:các|những)\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|sở|ban|ngành|bộ|Bộ|cơ quan|đơn vị|tổ chức|địa phương|phòng)(?![\p{L}\p{N}])/u;

/** A level below the province in a name: such bodies are scoped as "(tỉnh X)", not "… tỉnh X". */
export const DISTRICT_LEVEL = /(?<![\p{L}])(?:huyện|quận|thị xã|xã(?!\s+hội)|phường)(?![\p{L}])/u;

/**
 * Standard names of what follows "Sở", "Bộ" and "Ban" (before and after the 2025 mergers), so
 * "Sở Thông tin và Truyên thông" or "Sở TT-TT" become the department everyone else writes.
 */
export const STANDARD_SPECIALTIES: Record<'department' | 'ministry' | 'party-board', string[]> = {
  department: [
    'Nội vụ', 'Tư pháp', 'Kế hoạch và Đầu tư', 'Tài chính', 'Công Thương', 'Nông nghiệp và Phát triển nông thôn',
    'Nông nghiệp và Môi trường', 'Giao thông vận tải', 'Xây dựng', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông',
    'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thể thao', 'Du lịch', 'Khoa học và Công nghệ',
    'Giáo dục và Đào tạo', 'Y tế', 'Ngoại vụ', 'Dân tộc và Tôn giáo', 'Quy hoạch - Kiến trúc', 'Văn hóa, Thể thao', 'Văn hóa - Thông tin',
  ],
  ministry: [
    'Nội vụ', 'Tư pháp', 'Kế hoạch và Đầu tư', 'Tài chính', 'Công Thương', 'Nông nghiệp và Phát triển nông thôn',
    'Nông nghiệp và Môi trường', 'Giao thông vận tải', 'Xây dựng', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông',
    'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Khoa học và Công nghệ', 'Giáo dục và Đào tạo', 'Y tế',
    'Ngoại giao', 'Quốc phòng', 'Công an', 'Dân tộc và Tôn giáo',
  ],
  'party-board': ['Tuyên giáo', 'Dân vận', 'Tổ chức', 'Nội chính', 'Kinh tế', 'Đối ngoại', 'Tuyên giáo và Dân vận'],
};

/**
 * Dice similarity (string-similarity, letter pairs of the folded lower-case name) at or above
 * which a name may be another spelling of a known one; it must also be the same words with at
 * most a slip each (extractors/agencies.ts `sameWordsMisread`). Chosen on the labelled pairs of
 * tests/agency-pairs.ts (`npm run bench:agencies`): Dice alone merges different bodies at any
 * threshold that keeps the misreadings ("xã Tân Cương"/"xã Tân Long" 0.88, "Công an tỉnh"/"Công
 * au tỉnh" 0.78); with the word rule, 0.75 keeps all 41 misreadings and merges none of the 32
 * distinct pairs, and stays below the weakest misreading with a margin.
 */
export const FUZZY_MATCH_THRESHOLD = 0.75;

/** Heads that make a whole name with only a level after them ("Công an tỉnh", "Ủy ban nhân dân huyện"). */
const WHOLE_BODY_HEADS = agencyHeads('whole');

/** A body named by its kind alone, which shares the next item's scope ("HĐND, UBND các tỉnh"). */
export const BARE_BODY = /^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|MTTQ|Ủy ban MTTQ|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|Thường trực HĐND|Thường trực Hội đồng nhân dân)$/u;
/** The kind-only head of the next item, whose scope a bare body shares. */
export const LEADING_BODY = /^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Ủy ban MTTQ|MTTQ|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?)(?=\s+\S)/u;

/** A standing body or leadership of another body ("Thường trực Ban Chỉ đạo …") has that body's kind. */
export const STANDING_OF = /^(?:Thường trực|Ban Thường vụ|Ban Thường trực|Lãnh đạo|Tập thể lãnh đạo)\s+/u;

/** The specialty of a department, ministry or board: "Sở Thông tin và Truyền thông tỉnh X" → "Thông tin và Truyền thông". */
export const SPECIALTY = /^(?<head>(?:các\s+)?(?:Sở|Bộ|Ban))\s+(?<specialty>.+?)(?<tail>\s+(?:các\s+)?(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Trung ương|các huyện|huyện|quận)(?![\p{L}]).*)?$/u;

// ---------------------------------------------------------------------------------------------
// Lists of agencies, and the words canonical names are built with

/** Abbreviations that open a body's name ("UBND tỉnh", "BCS đảng"): the body ones of three letters or more. */
const ABBREVIATED_HEADS = AGENCY_ABBREVIATIONS.filter(
  ([abbr, name]) => abbr.length >= 3 && /^\p{Lu}+$/u.test(abbr) && AGENCY_HEADS.some((h) => name.startsWith(h)),
).map(([abbr]) => abbr);
const NEW_BODY = `(?:${[...AGENCY_HEADS, ...ABBREVIATED_HEADS].sort((a, b) => b.length - a.length).map(escapeSpaced).join('|')})(?![\\p{L}\\p{N}])`;

/**
 * A comma or semicolon separates two agencies only when what follows starts a new named body
 * ("Sở Văn hóa và Thể thao, Sở Thông tin và Truyền thông" is two; "Sở Văn hóa, Thể thao và Du
 * lịch" is one). "và các tổ chức …" after a body also starts another.
 */
export const SPLIT_BEFORE_BODY = new RegExp(
  String.raw`\s*,\s*(?=${NEW_BODY}\s*\p{Lu}|(?:${[...ABBREVIATED_HEADS, ...WHOLE_BODY_HEADS].map(escapeSpaced).join('|')})(?![\p{L}\p{N}]))|\s+và\s+(?=các\s+(?:tổ chức|cơ quan|sở|ban|ngành|đơn vị|hội)(?![\p{L}\p{N}]))|,\s+(?=các\s+tổ chức(?![\p{L}\p{N}]))`,
  'u',
);

/** "Giám đốc các Sở: Nội vụ, Tài chính và Xây dựng": one head shared by a list of specialties. */
export const SHARED_HEAD_LIST = /^(?<before>.*?)(?:(?<![\p{L}\p{N}])[Cc]ác\s+)?(?<head>Sở|Bộ|(?<=[Cc]ác\s+)(?:sở|bộ))\s*:\s*(?<list>.+)$/u;
/**
 * "Giám đốc các Sở Nội vụ, Tài chính": a plural head before a list without a colon. It is
 * distributed only when every item is a standard specialty of the head (`STANDARD_SPECIALTIES`),
 * so "các Sở Văn hóa, Thể thao và Du lịch" stays one name.
 */
export const SHARED_HEAD_PLURAL = /^(?<before>.*?)(?<![\p{L}\p{N}])(?:các|Các)\s+(?<head>Sở|Bộ|sở|bộ)\s+(?<list>\p{Lu}.*)$/u;
/** Which standard list a shared head's specialties come from. */
export const SHARED_HEAD_KIND: Record<string, 'department' | 'ministry'> = { Sở: 'department', sở: 'department', Bộ: 'ministry', bộ: 'ministry' };
/**
 * Between the specialties of a shared head: every comma and "và", of which those inside a standard
 * name ("Văn hóa, Thể thao và Du lịch", "Kế hoạch và Đầu tư") are then put back together.
 */
export const SHARED_HEAD_SEPARATOR = /\s*,\s*|\s+và\s+/gu;
/** "và" or a comma left at the start of a name split off a list. */
export const LEADING_CONJUNCTION = /^\s*(?:và|,)\s+/u;

const ABBREVIATIONS_LONGEST_FIRST = [...AGENCY_ABBREVIATIONS].sort((a, b) => b[0].length - a[0].length);
/** Any abbreviation of AGENCY_ABBREVIATIONS, whole-word, longest first. */
export const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}&-])(?:${ABBREVIATIONS_LONGEST_FIRST.map(([a]) => escapeSpaced(a)).join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);
/** Each abbreviation's expansion. */
export const EXPANSION = new Map(ABBREVIATIONS_LONGEST_FIRST);

/** A Party committee written small after its level ("Ban Tuyên giáo tỉnh ủy"): a proper name, capitalised. */
export const SMALL_PARTY_COMMITTEE = /(?<!(?:các|,)\s)(?<![\p{L}])(tỉnh|thành|huyện|quận|thị) ủy(?![\p{L}])/gu;

/** The Front's bodies carry "Việt Nam" in their full name, which texts often leave out. */
export const FRONT_FULL_NAME: Rewrite = { pattern: /Mặt trận Tổ quốc(?! Việt Nam)/gu, replacement: 'Mặt trận Tổ quốc Việt Nam' };

/** "các"/"Các" before a name of many bodies, taken off to find the kind. */
export const COLLECTIVE_OPENING = /^(?:các|Các)\s+/u;
/** "Các" opening a name is written small in the canonical name ("các sở, ban, ngành"). */
export const CAPITAL_COLLECTIVE: Rewrite = { pattern: /^Các\s+/u, replacement: 'các ' };

/** A specialty that is itself a list of bodies ("Sở, ban, ngành"), not one to correct. */
export const SPECIALTY_LIST = /,\s*(?:ban|ngành|sở)/u;

/** "của tỉnh", "trên địa bàn tỉnh" at the end of a name say no more than its province scope. */
export const PROVINCE_SCOPE_TAIL = /\s+(?:của|trên địa bàn|thuộc)\s+(?:tỉnh|thành phố)$/u;
