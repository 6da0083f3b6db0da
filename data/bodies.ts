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

/** Cities under the central government: their bodies say "thành phố X" and "Thành ủy". */
export const CENTRAL_CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/**
 * Words that begin the name of an agency (used to split lists and to find subjects). Names are
 * matched in the normalized text, whose tone placement is the traditional one (Ủy, not Uỷ).
 */
export const AGENCY_HEADS: string[] = [
  'Ủy ban nhân dân', 'Ủy ban Mặt trận', 'Ủy ban', 'UBND', 'HĐND', 'MTTQ',
  'Hội đồng nhân dân', 'Hội đồng', 'Ban cán sự đảng', 'Ban Thường vụ', 'Ban Thường trực', 'Ban Chỉ đạo', 'Ban',
  'Đảng đoàn', 'Đảng ủy', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy',
  'Sở', 'Bộ', 'Cục', 'Tổng cục', 'Vụ', 'Văn phòng', 'Phòng', 'Trung tâm', 'Báo', 'Đài', 'Tạp chí', 'Hiệp hội',
  'Hội', 'Liên đoàn', 'Đoàn', 'Công an', 'Bộ Chỉ huy', 'Kho bạc', 'Ngân hàng', 'Viện', 'Trường', 'Tòa án',
  'Mặt trận Tổ quốc', 'Thủ tướng', 'Chính phủ', 'Chủ tịch',
];
