/**
 * Document types: code (Nghị định 30/2020 Phụ lục III; Party rules, HD 36-HD/VPTW) and name.
 * `names` lists the printed names that identify the type on the type line (caps) or in citations.
 */
export interface DocType {
  code: string;
  name: string;
  /** Other printed names of the same type. */
  aliases?: string[];
  /** Legal normative types carry the year in their number. */
  normative?: boolean;
}

export const DOC_TYPES: DocType[] = [
  { code: 'NQ', name: 'Nghị quyết', aliases: ['Nghị quyết liên tịch'] },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'TB', name: 'Thông báo', aliases: ['Thông báo kết luận'] },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình', aliases: ['Chương trình hành động', 'Chương trình công tác'] },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'BGN', name: 'Bản ghi nhớ' },
  { code: 'BTT', name: 'Bản thỏa thuận' },
  { code: 'GUQ', name: 'Giấy ủy quyền' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'GNP', name: 'Giấy nghỉ phép' },
  { code: 'PG', name: 'Phiếu gửi' },
  { code: 'PC', name: 'Phiếu chuyển' },
  { code: 'PB', name: 'Phiếu báo' },
  { code: 'SY', name: 'Bản sao y' },
  { code: 'TrS', name: 'Bản trích sao' },
  { code: 'SL', name: 'Bản sao lục' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'TT', name: 'Thông tư', normative: true },
  { code: 'TTLT', name: 'Thông tư liên tịch', normative: true },
  { code: 'NĐ', name: 'Nghị định', normative: true },
  { code: 'L', name: 'Luật', aliases: ['Bộ luật'], normative: true },
  { code: 'PL', name: 'Pháp lệnh', normative: true },
  { code: 'LCT', name: 'Lệnh' },
  { code: 'CV', name: 'Công văn' },
];

/** Party type codes whose meaning differs from the State table. */
export const PARTY_TYPE_NAMES: Record<string, string> = {
  TT: 'Thông tri',
  TTr: 'Thông tri',
  QĐi: 'Quy định',
  CV: 'Công văn',
};

/** Codes used before Thông tư 01/2011 was replaced, mapped to today's. */
export const OLD_TYPE_CODES: Record<string, string> = { GN: 'BGN', TTh: 'BTT', UQ: 'GUQ', NP: 'GNP' };

const BY_CODE = new Map(DOC_TYPES.map((t) => [t.code, t]));

export function docTypeByCode(code: string): DocType | undefined {
  return BY_CODE.get(OLD_TYPE_CODES[code] ?? code);
}

/** Every printed name (upper-cased) → type, longest first, for matching type lines. */
export const TYPE_NAMES_UPPER: Array<[string, DocType]> = DOC_TYPES.flatMap((t) =>
  [t.name, ...(t.aliases ?? [])].map((n) => [n.toLocaleUpperCase('vi'), t] as [string, DocType]),
).sort((a, b) => b[0].length - a[0].length);

/**
 * Names that introduce a cited document in running text, longest first (so "Thông báo kết luận"
 * wins over "Thông báo"). "Văn bản" and "Công văn" are citations without a type code.
 */
export const CITATION_TYPE_NAMES: string[] = [
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Thông báo Kết luận',
  'Thông báo kết luận',
  'Chương trình hành động',
  'Nghị định',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Thông tư',
  'Thông báo',
  'Thông tri',
  'Kết luận',
  'Kế hoạch',
  'Hướng dẫn',
  'Chương trình',
  'Công văn',
  'Văn bản',
  'Tờ trình',
  'Báo cáo',
  'Quy định',
  'Quy chế',
  'Công điện',
  'Đề án',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Hiến pháp',
];
