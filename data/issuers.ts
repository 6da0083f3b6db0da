import { AGENCY_HEADS, agencyHeads, BODY_CODES, PROVINCES } from './bodies.js';
import { escapeRegExp, escapeSpaced } from './regexp.js';
import { CODE_CAPITALS } from './symbols.js';

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
    'Tuyên giáo', 'Dân vận', 'Tổ chức', 'Kiểm tra', 'Chỉ đạo', 'Tỉnh ủy', 'Thành ủy',
    'Huyện ủy', 'Đảng ủy', 'Thủ tướng', 'Ngân hàng Nhà nước', 'Đảng', 'Ban Bí thư', 'Bộ Chính trị',
    'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban', 'Văn phòng', 'Công an', 'Công Thương',
  ]),
].sort((a, b) => b.length - a.length);

/** Abbreviations that stay in capitals: the symbol codes and these. */
export const KEEP_UPPER = new Set([...Object.keys(BODY_CODES), 'UBND', 'HĐND', 'MTTQ', 'CVĐ', 'BCĐ', 'TP', 'VN', 'CT-XH', 'TTXVN']);
/** An abbreviation of two hyphenated parts ("CT-XH"). */
export const HYPHENATED_ABBREVIATION = new RegExp(`^[${CODE_CAPITALS}]{2,}-[${CODE_CAPITALS}]{2,}$`, 'u');

/**
 * The last word of a place kind, seen with the word before and after: tỉnh, huyện, thị xã, thành
 * phố, xã (not xã hội), and a district's Party committee (Huyện ủy Hòa An).
 */
export const PLACE_KIND_WORD = /^\S* (?:tỉnh|huyện|quận|phường) (?!ủy)|^(?:thị xã|thành phố) |^\S* xã (?!hội)|^(?:huyện|quận|thị) ủy /u;
/** Words after which a name part starts with a capital ("Sở Y tế"), lower case. */
export const NAMING_HEADS = new Set(agencyHeads('names').map((head) => head.toLocaleLowerCase('vi')));
/** Small words that stay lower case inside a name ("và", "của", the level words). */
export const LOWER_CASE_WORDS = new Set(['và', 'của', 'các', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'phường', 'thị']);

/** A line that ends in its place ("Sở Y tế tỉnh Cao Bằng"): group 1 the body, group 2 the place. */
export const PLACE_TAIL = /^(.*?)\s*(?<![\p{L}\p{N}])((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|TP\.?)\s+\S.*)$/u;
/** A line that is only a place ("Tỉnh Cao Bằng"). */
export const PLACE_LINE = /^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường)\s/u;
/** A Party committee whose name holds its place ("Huyện ủy Hòa An"): the place is not split off. */
export const PARTY_COMMITTEE_WITH_PLACE = /^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy(?![\p{L}\p{N}])/u;
/** Bodies whose own name identifies them without their parent (a Sở of a province's UBND). */
export const SELF_NAMED_BODY = new RegExp(String.raw`^(?:${agencyHeads('self').map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'u');
/** The people's committee, a parent left out before a self-named body. */
export const PEOPLES_COMMITTEE = /^(?:Ủy ban nhân dân|UBND)$/u;
/** A caps line that continues the line above (NGÂN HÀNG NHÀ NƯỚC / VIỆT NAM). */
export const CONTINUES_LINE_ABOVE = /^(?:VIỆT NAM|TRUNG ƯƠNG)$/u;
/** A name that already ends in its level, which the province's name follows directly ("Tỉnh ủy" + "Cao Bằng"). */
export const ENDS_IN_LEVEL = /(?:Tỉnh|Thành|Huyện) ủy$|(?:tỉnh|thành phố)$/u;

/** The head of an agency's name, anywhere ("Sở …", "UBND …", "Ban Chỉ đạo …"). */
export const AGENCY_START = new RegExp(`(?:${AGENCY_HEADS.map(escapeSpaced).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** Text that opens with the head of an agency's name ("Sở …", "UBND …", "Các sở, ngành …"). */
export const AGENCY_OPENING = new RegExp(
  `^(?:[Cc]ác\\s+)?(?:${AGENCY_START.source})|^[Cc]ác\\s+(?:sở|ban|ngành|bộ|cơ quan|đơn vị|phòng|tổ chức|địa phương)(?![\\p{L}])`,
  'u',
);
/** A body's part that opens a clause: after its start, a comma or a closing bracket. Group 1 is the head. */
export const AGENCY_IN_CLAUSE = new RegExp(`(?:^|,\\s+|\\)\\s+)(${AGENCY_START.source})`, 'gu');

/** "… , Ban Tuyên giáo Thành ủy ban hành kế hoạch …", "Sở … xây dựng Kế hoạch …": group 1 ends with the issuer. */
export const SELF_STATEMENT = /([^.;:]{3,200}?)\s+(?:ban hành|xây dựng|triển khai|hướng dẫn|thông báo|báo cáo|đề ra)\s+(?:kế hoạch|Kế hoạch|hướng dẫn|Hướng dẫn|chương trình|Chương trình|thông báo|báo cáo|quy chế|quy định)(?![\p{L}\p{N}])/gu;
