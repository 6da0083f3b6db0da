/**
 * Document types: code (Nghị định 30/2020 Phụ lục III; Party rules, HD 36-HD/VPTW) and name, the
 * other names each is printed under, and how each is named in running text. The type line, the
 * number line and citations all read their names from this one table.
 */
export interface DocType {
  code: string;
  name: string;
  /** Other printed names of the same type. */
  aliases?: DocTypeAlias[];
  /** Legal normative types carry the year in their number. */
  normative?: boolean;
  /** Cited in running text by its name ("theo Kế hoạch số …"). */
  cited?: boolean;
  /** Laws and ordinances: cited by name as well as by number ("Luật Điện lực"), the name between type and number. */
  law?: boolean;
  /** Printed before the number on the number line: "Nghị quyết số: 106/2025/UBTVQH15", "Luật số: …". */
  labelsNumber?: boolean;
  /**
   * Rules an organisation adopts for itself and a State body approves (an association's charter,
   * Nghị định 126/2024/NĐ-CP Điều 11): in force by the approving decision, so not dated by its
   * congress's "thông qua ngày …"; its articles are standing duties of the organisation's own
   * organs, not work a body is assigned.
   */
  approvedRules?: boolean;
}

export interface DocTypeAlias {
  name: string;
  /** Cited in running text under this name. */
  cited?: boolean;
  /** A kind with a name of its own ("Bộ luật"), which a citation keeps; other aliases are cited as the type ("Thông báo kết luận" is a Thông báo). */
  ownName?: boolean;
  /** Printed before the number on the number line ("Bộ luật số: …"). */
  labelsNumber?: boolean;
}

export const DOC_TYPES: DocType[] = [
  { code: 'NQ', name: 'Nghị quyết', aliases: [{ name: 'Nghị quyết liên tịch', cited: true, ownName: true }], cited: true, labelsNumber: true },
  { code: 'QĐ', name: 'Quyết định', cited: true },
  { code: 'CT', name: 'Chỉ thị', cited: true },
  { code: 'QC', name: 'Quy chế', cited: true },
  { code: 'QyĐ', name: 'Quy định', cited: true },
  { code: 'TC', name: 'Thông cáo' },
  {
    code: 'TB',
    name: 'Thông báo',
    // Printed with a small and with a capital K alike.
    aliases: [{ name: 'Thông báo kết luận', cited: true }, { name: 'Thông báo Kết luận', cited: true }],
    cited: true,
  },
  { code: 'HD', name: 'Hướng dẫn', cited: true },
  { code: 'CTr', name: 'Chương trình', aliases: [{ name: 'Chương trình hành động', cited: true }, { name: 'Chương trình công tác' }], cited: true },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án', cited: true },
  { code: 'DA', name: 'Dự án' },
  { code: 'BC', name: 'Báo cáo', cited: true },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình', cited: true },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: 'CĐ', name: 'Công điện', cited: true },
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
  { code: 'KH', name: 'Kế hoạch', cited: true },
  { code: 'KL', name: 'Kết luận', cited: true },
  { code: 'TT', name: 'Thông tư', normative: true, cited: true },
  { code: 'TTLT', name: 'Thông tư liên tịch', normative: true, cited: true },
  { code: 'NĐ', name: 'Nghị định', normative: true, cited: true },
  { code: 'L', name: 'Luật', aliases: [{ name: 'Bộ luật', cited: true, ownName: true, labelsNumber: true }], normative: true, cited: true, law: true, labelsNumber: true },
  { code: 'PL', name: 'Pháp lệnh', normative: true, cited: true, law: true, labelsNumber: true },
  { code: 'LCT', name: 'Lệnh', labelsNumber: true },
  { code: 'CV', name: 'Công văn', cited: true },
  // A body's petition in an administrative procedure (the hồ sơ of Nghị định 93/2019 and the like),
  // coded, as specialized types are, by its name's initials.
  { code: 'ĐĐN', name: 'Đơn đề nghị' },
  // An association's or fund's charter (Nghị định 126/2024/NĐ-CP, Điều 11), printed under the
  // approving body's header with its own type line ("ĐIỀU LỆ" / "HIỆP HỘI …") and no number.
  { code: 'ĐL', name: 'Điều lệ', approvedRules: true },
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

/** The type of a State number without a type code (05/BNV-VP, 299/UBND-TTHC): a công văn. */
export const UNTYPED_NUMBER_TYPE: DocType = docTypeByCode('CV')!;

/** Every printed name of a type with the type: its name first, then its aliases. */
const PRINTED_NAMES: Array<[string, DocType, DocTypeAlias | null]> = DOC_TYPES.flatMap((t) => [
  [t.name, t, null] as [string, DocType, DocTypeAlias | null],
  ...(t.aliases ?? []).map((a) => [a.name, t, a] as [string, DocType, DocTypeAlias | null]),
]);

/** Every printed name (upper-cased) → type, longest first, for matching type lines. */
export const TYPE_NAMES_UPPER: Array<[string, DocType]> = PRINTED_NAMES.map(
  ([name, type]) => [name.toLocaleUpperCase('vi'), type] as [string, DocType],
).sort((a, b) => b[0].length - a[0].length);

/** The names printed before the number on the number line ("Nghị quyết số: …"), aliases included. */
export const NUMBER_LABEL_TYPE_NAMES: string[] = PRINTED_NAMES.filter(([, type, alias]) => (alias ?? type).labelsNumber).map(([name]) => name);

/** Names of laws and ordinances, which a law's own name follows ("Luật", "Bộ luật", "Pháp lệnh"). */
export const LAW_TYPE_NAMES: string[] = PRINTED_NAMES.filter(([, type]) => type.law).map(([name]) => name);
/** The names of the Luật type itself ("Luật", "Bộ luật"): what an amending law amends. */
export const LAW_NAMES: string[] = PRINTED_NAMES.filter(([, type]) => type.code === 'L').map(([name]) => name);
/** A law cited by its name alone is a Luật unless its name says otherwise. */
export const LAW_TYPE: DocType = docTypeByCode('L')!;

/** The type of a citation that names none ("văn bản số …"). */
export const GENERIC_CITED_TYPE = 'Văn bản';
/** Names that introduce a cited document without being a type of the table. */
const CITED_WITHOUT_TYPE = [GENERIC_CITED_TYPE, 'Hiến pháp'];

/**
 * Every name that introduces a cited document in running text, with how the citation names its
 * type: the name itself, or for an alias the type's name ("Thông báo kết luận" is a Thông báo).
 * Party type names are cited too ("Thông tri số …").
 */
const CITED_NAMES = new Map<string, string>([
  ...PRINTED_NAMES.filter(([, type, alias]) => (alias ?? type).cited).map(
    ([name, type, alias]) => [name, alias && !alias.ownName ? type.name : name] as [string, string],
  ),
  ...[...Object.values(PARTY_TYPE_NAMES), ...CITED_WITHOUT_TYPE].map((name) => [name, name] as [string, string]),
]);

/** Names that introduce a cited document, longest first (so "Thông báo kết luận" wins over "Thông báo"). */
export const CITATION_TYPE_NAMES: string[] = [...CITED_NAMES.keys()].sort((a, b) => b.length - a.length);

/** How a citation names its type, by the lower-case form of the name printed. */
export const CITED_TYPE_BY_NAME = new Map([...CITED_NAMES].map(([name, type]) => [name.toLocaleLowerCase('vi'), type]));
