/**
 * Issuing bodies: the codes that appear after the type in a document symbol (FORMAT.md §3), with
 * the body's name, and the provinces/cities that qualify local bodies.
 */

/** Symbol codes → body names. Local codes name the kind of body; the province comes from the text. */
export const BODY_CODES: Record<string, string> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  VPCP: 'Văn phòng Chính phủ',
  TW: 'Trung ương',
  VPTW: 'Văn phòng Trung ương Đảng',
  TU: 'Tỉnh ủy',
  VPTU: 'Văn phòng Tỉnh ủy',
  BTCTU: 'Ban Tổ chức Tỉnh ủy',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  BDVTU: 'Ban Dân vận Tỉnh ủy',
  BTGDVTU: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  UBKTTU: 'Ủy ban Kiểm tra Tỉnh ủy',
  HU: 'Huyện ủy',
  QU: 'Quận ủy',
  ThU: 'Thị ủy',
  ĐU: 'Đảng ủy',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  MTTW: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  BTT: 'Ban Thường trực',
  BCĐ: 'Ban Chỉ đạo',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  BNV: 'Bộ Nội vụ',
  BTC: 'Bộ Tài chính',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BCT: 'Bộ Công Thương',
  BYT: 'Bộ Y tế',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BXD: 'Bộ Xây dựng',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BQP: 'Bộ Quốc phòng',
  BCA: 'Bộ Công an',
  BTP: 'Bộ Tư pháp',
  BNG: 'Bộ Ngoại giao',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BGTVT: 'Bộ Giao thông vận tải',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BDTTG: 'Bộ Dân tộc và Tôn giáo',
  STTTT: 'Sở Thông tin và Truyền thông',
  SVHTTDL: 'Sở Văn hóa, Thể thao và Du lịch',
  SVHTT: 'Sở Văn hóa và Thể thao',
  SNV: 'Sở Nội vụ',
  STC: 'Sở Tài chính',
  SKHĐT: 'Sở Kế hoạch và Đầu tư',
  SYT: 'Sở Y tế',
  SGDĐT: 'Sở Giáo dục và Đào tạo',
  STP: 'Sở Tư pháp',
  SXD: 'Sở Xây dựng',
  SCT: 'Sở Công Thương',
  SNNPTNT: 'Sở Nông nghiệp và Phát triển nông thôn',
  SNNMT: 'Sở Nông nghiệp và Môi trường',
  STNMT: 'Sở Tài nguyên và Môi trường',
  SLĐTBXH: 'Sở Lao động - Thương binh và Xã hội',
  SKHCN: 'Sở Khoa học và Công nghệ',
  SGTVT: 'Sở Giao thông vận tải',
  SNgV: 'Sở Ngoại vụ',
  SDTTG: 'Sở Dân tộc và Tôn giáo',
  VP: 'Văn phòng',
};

/** The Party's central level in a symbol: a code ending in it names a central Party organ (VPTW, "03-CT/TW"). */
export const PARTY_CENTRAL_CODE = 'TW';

/**
 * Codes of central bodies (Party Central Committee organs, National Assembly, Government, the
 * ministries). A symbol carrying one names the same body wherever it is cited; every other code
 * (TU, UBND, STTTT, BCĐ …) exists once per province, so its documents are told apart by province.
 */
export const CENTRAL_BODY_CODES = new Set([
  PARTY_CENTRAL_CODE, 'VPTW', 'MTTW', 'CP', 'TTg', 'QH', 'UBTVQH', 'VPCP', 'NHNN', 'TANDTC', 'VKSNDTC', 'KTNN', 'CTN',
  ...Object.entries(BODY_CODES).filter(([, name]) => name.startsWith('Bộ ')).map(([code]) => code),
]);

/** Provinces and centrally-run cities, before and after the 2025 merger. */
export const PROVINCES: string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Hồ Chí Minh',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** The level word before a province's name: "tỉnh Nghệ An", and for a centrally-run city "thành phố Hà Nội". */
export const PROVINCE_LEVEL = { province: 'tỉnh', city: 'thành phố' } as const;

/** Cities under the central government: their bodies say "thành phố X" and "Thành ủy". */
export const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/**
 * What a head word of an agency's name is used for:
 * - `opens`: it begins a body's name, in a list of bodies or as a sentence's subject ("Sở …", "UBND …");
 * - `names`: in a caps issuer line, the word after it begins the body's own name ("SỞ Y TẾ" → "Sở Y tế");
 * - `self`: its body is named without its parent (a Sở needs no "UBND tỉnh" before it, nor does a
 *   steering committee, council or association the UBND line heads: they take the province's name);
 * - `official`: an official's title stands before it for the body ("Giám đốc Sở …", "Thủ trưởng các cơ quan");
 * - `unit`: a unit of a ministry or a province when a capitalised name follows ("Trung tâm Y tế");
 * - `whole`: it makes a whole name with only a level after it ("Công an tỉnh", "Ủy ban nhân dân huyện").
 */
export type AgencyHeadUse = 'opens' | 'names' | 'self' | 'official' | 'unit' | 'whole';

/**
 * Head words of agencies' names and what each is used for. Names are matched in the normalized
 * text, whose tone placement is the traditional one (Ủy, not Uỷ).
 */
export const AGENCY_HEAD_WORDS: Record<string, AgencyHeadUse[]> = {
  'Ủy ban nhân dân': ['opens', 'whole'],
  'Ủy ban Mặt trận': ['opens'],
  'Ủy ban': ['opens', 'official', 'unit'],
  UBND: ['opens', 'official'],
  HĐND: ['opens', 'official'],
  MTTQ: ['opens'],
  'Hội đồng nhân dân': ['opens', 'whole'],
  'Hội đồng': ['opens', 'self', 'official', 'unit'],
  'Ban cán sự đảng': ['opens'],
  'Ban Thường vụ': ['opens'],
  'Ban Thường trực': ['opens'],
  'Ban Chỉ đạo': ['opens', 'self'],
  'Ban Quản lý': ['self'],
  // A district's or commune's military command (Luật Dân quân tự vệ: "Ban Chỉ huy Quân sự huyện X")
  // is named by its place, not by the UBND line printed above it as its cơ quan chủ quản.
  'Ban Chỉ huy': ['opens', 'self', 'official'],
  Ban: ['opens', 'names', 'official', 'unit'],
  'Đảng đoàn': ['opens'],
  'Đảng ủy': ['opens', 'official'],
  'Tỉnh ủy': ['opens', 'whole'],
  'Thành ủy': ['opens', 'whole'],
  'Huyện ủy': ['opens', 'whole'],
  Sở: ['opens', 'names', 'self', 'official'],
  Bộ: ['opens', 'names', 'self', 'official'],
  Cục: ['opens', 'names', 'self', 'official', 'unit'],
  'Tổng cục': ['opens', 'names', 'self', 'unit'],
  'Chi cục': ['names', 'self', 'official', 'unit'],
  Vụ: ['opens', 'names', 'unit'],
  'Văn phòng': ['opens', 'names', 'official'],
  Phòng: ['opens', 'names', 'self', 'official'],
  'Trung tâm': ['opens', 'names', 'self', 'official', 'unit'],
  Báo: ['opens', 'names', 'self', 'official'],
  Đài: ['opens', 'names', 'self', 'official'],
  'Tạp chí': ['opens', 'names', 'official'],
  'Hiệp hội': ['opens', 'names', 'self'],
  Hội: ['opens', 'names', 'self', 'official'],
  // A fund is named like a body ("QUỸ KHUYẾN HỌC" → "Quỹ Khuyến học"), but a fund does not open a body in lists.
  Quỹ: ['names', 'self'],
  'Liên đoàn': ['opens', 'names', 'self', 'official'],
  'Tỉnh đoàn': ['official'],
  Đoàn: ['opens', 'official'],
  'Công an': ['opens', 'self', 'official', 'whole'],
  'Bộ Chỉ huy': ['opens', 'official', 'whole'],
  'Kho bạc': ['opens', 'self', 'official', 'unit'],
  'Ngân hàng': ['opens', 'official', 'unit'],
  'Bảo hiểm': ['official', 'unit'],
  'Thanh tra': ['self', 'official', 'unit'],
  Viện: ['opens', 'names', 'official', 'unit'],
  Trường: ['opens', 'names', 'self', 'official', 'unit'],
  'Bệnh viện': ['self'],
  // A provincial branch of a state telecom or power group ("Viễn thông Lâm Đồng", "Điện lực Lâm Đồng"), a working group ("Tổ giúp việc …").
  'Viễn thông': ['opens', 'self', 'unit'],
  // Provincial units of state groups named by the group's initials ("VNPT Quảng Ngãi", "Viettel Lâm Đồng").
  VNPT: ['opens', 'self', 'unit'],
  Viettel: ['opens', 'self', 'unit'],
  'Điện lực': ['opens', 'self', 'unit'],
  'Bưu điện': ['opens', 'self', 'unit'],
  'Tổ giúp việc': ['opens', 'self'],
  // The tax authority of a province since 2025 ("Thuế tỉnh Lâm Đồng", "Thuế cơ sở 3 tỉnh …").
  Thuế: ['opens'],
  'Tổ công tác': ['opens', 'self'],
  'Tòa án': ['opens', 'unit'],
  'Mặt trận Tổ quốc': ['opens'],
  'Thủ tướng': ['opens'],
  'Chính phủ': ['opens'],
  'Chủ tịch': ['opens'],
  // Collective nouns an official heads ("Thủ trưởng các cơ quan, đơn vị", "Giám đốc các sở").
  'cơ quan': ['official'],
  'đơn vị': ['official'],
  sở: ['official'],
  ban: ['official'],
  ngành: ['official'],
  phòng: ['official'],
};

/** The head words put to one use, in the order of the table. */
export function agencyHeads(use: AgencyHeadUse): string[] {
  return Object.entries(AGENCY_HEAD_WORDS).filter(([, uses]) => uses.includes(use)).map(([head]) => head);
}

/** Words that begin the name of an agency (used to split lists and to find subjects). */
export const AGENCY_HEADS: string[] = agencyHeads('opens');
