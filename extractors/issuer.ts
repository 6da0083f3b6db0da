import { AGENCY_HEADS, BODY_CODES, CENTRAL_CITIES, PROVINCES } from '../data/bodies.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import { squash } from './common.js';
import { escapeRegExp } from '../data/regexp.js';

/**
 * Issuer names: proper casing of the caps header lines, the full name built from parent + body +
 * place ("Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng"), and inference from the body and the
 * symbol when the header is lost.
 */

/** Phrases whose capitalisation is fixed, longest first (lexicon + provinces). */
const CANONICAL_PHRASES: string[] = [
  ...new Set([
    ...Object.values(BODY_CODES),
    ...PROVINCES,
    'Việt Nam', 'Mặt trận Tổ quốc', 'Trung ương', 'Quốc hội', 'Chính phủ', 'Nhà nước', 'Thường vụ', 'Thường trực',
    'Tuyên giáo', 'Dân vận', 'Tổ chức', 'Kiểm tra', 'Chỉ đạo', 'Tỉnh ủy', 'Thành ủy',
    'Huyện ủy', 'Đảng ủy', 'Thủ tướng', 'Ngân hàng Nhà nước', 'Đảng', 'Ban Bí thư', 'Bộ Chính trị',
    'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban', 'Văn phòng', 'Công an', 'Công Thương',
  ]),
].sort((a, b) => b.length - a.length);

/** Abbreviations stay in capitals. */
const KEEP_UPPER = new Set([...Object.keys(BODY_CODES), 'UBND', 'HĐND', 'MTTQ', 'CVĐ', 'BCĐ', 'TP', 'VN', 'CT-XH', 'TTXVN']);
const VOWEL = /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/**
 * The last word of a place kind, seen with the word before and after: tỉnh, huyện, thị xã, thành
 * phố, xã (not xã hội), and a district's Party committee (Huyện ủy Hòa An).
 */
const PLACE_KIND_WORD = /^\S* (?:tỉnh|huyện|quận|phường) (?!ủy)|^(?:thị xã|thành phố) |^\S* xã (?!hội)|^(?:huyện|quận|thị) ủy /u;
const NAMING_HEADS = /^(?:sở|bộ|ban|cục|chi cục|tổng cục|vụ|phòng|trung tâm|văn phòng|viện|trường|hội|báo|đài|tạp chí)$/u;

function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return KEEP_UPPER.has(word) || (letters.length >= 2 && !VOWEL.test(letters)) || /^[A-ZĐ]{2,}-[A-ZĐ]{2,}$/u.test(word);
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch". */
export function properCase(upper: string): string {
  const words = squash(upper).split(' ');
  const out: string[] = [];
  let capitaliseNext = true;
  let inPlaceName = false;
  for (const [i, word] of words.entries()) {
    if (inPlaceName) {
      // "UBND HUYỆN HÒA AN": every word after the place kind is the place's name.
      out.push(capitalise(word.toLocaleLowerCase('vi')));
      if (word.endsWith(',')) inPlaceName = false;
      continue;
    }
    if (isAbbreviation(word)) {
      out.push(word);
      capitaliseNext = false;
      continue;
    }
    const lower = word.toLocaleLowerCase('vi');
    const cased = capitaliseNext && !/^(?:và|của|các|tỉnh|thành|phố|huyện|quận|xã|phường|thị)$/u.test(lower.replace(/,$/, ''))
      ? capitalise(lower)
      : lower;
    out.push(cased);
    const bare = lower.replace(/,$/, '');
    // Inside a named body the word after its head, after a comma or after "và" starts a new name part.
    capitaliseNext = NAMING_HEADS.test(bare) || word.endsWith(',') || bare === 'và';
    const next = words[i + 1]?.toLocaleLowerCase('vi');
    inPlaceName = i > 0 && !word.endsWith(',') && next !== undefined && PLACE_KIND_WORD.test(`${out.at(-2)?.toLocaleLowerCase('vi') ?? ''} ${bare} ${next}`);
  }
  let text = out.join(' ');
  for (const phrase of CANONICAL_PHRASES) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'giu');
    text = text.replace(re, phrase);
  }
  return capitalise(text);
}

const PLACE_TAIL = /^(.*?)\s*(?<![\p{L}\p{N}])((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|TP\.?)\s+\S.*)$/u;
const PARTY_COMMITTEE_WITH_PLACE = /^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy(?![\p{L}\p{N}])/u;
/** Bodies whose own name identifies them without their parent (a Sở of a province's UBND). */
const SELF_NAMED_BODY = /^(?:Sở|Bộ|Cục|Chi cục|Tổng cục|Phòng|Trung tâm|Trường|Bệnh viện|Công an|Kho bạc|Thanh tra|Báo|Đài|Ban Quản lý)(?![\p{L}\p{N}])/u;
const PEOPLES_COMMITTEE = /^(?:Ủy ban nhân dân|UBND)$/u;

/** Builds "body parent place" from the header lines as printed (caps). */
export function buildIssuerName(lines: string[]): string {
  // A lone "VIỆT NAM" line continues the line above (NGÂN HÀNG NHÀ NƯỚC / VIỆT NAM).
  const merged: string[] = [];
  for (const line of lines.map((l) => squash(l))) {
    if (merged.length && /^(?:VIỆT NAM|TRUNG ƯƠNG)$/u.test(line)) merged[merged.length - 1] += ` ${line}`;
    else merged.push(line);
  }
  const cased = merged.map(properCase);
  let place = '';
  const cores: string[] = [];
  for (const line of cased) {
    if (/^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường)\s/u.test(line) && !PARTY_COMMITTEE_WITH_PLACE.test(line)) {
      place = line.charAt(0).toLocaleLowerCase('vi') + line.slice(1);
      continue;
    }
    const m = PLACE_TAIL.exec(line);
    if (m && m[1] && !PARTY_COMMITTEE_WITH_PLACE.test(line)) {
      cores.push(m[1]);
      place = m[2]!;
    } else {
      cores.push(line);
    }
  }
  if (cores.length === 0) return place;
  const body = cores[cores.length - 1]!;
  let parents = cores.slice(0, -1).reverse();
  if (SELF_NAMED_BODY.test(body)) parents = parents.filter((p) => !PEOPLES_COMMITTEE.test(p));
  return squash([body, ...parents, place].join(' '));
}

/** The province most often named in the text ("tỉnh Nghệ An", "Thành ủy Hà Nội"). */
export function dominantProvince(text: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const province of PROVINCES) {
    const count = text.split(province).length - 1;
    if (count > bestCount) {
      best = province;
      bestCount = count;
    }
  }
  return best;
}

/** Adds the province to a body name that lacks one, in the form the body's kind takes. */
export function withProvince(name: string, province: string | null): string {
  if (!province || name.includes(province)) return name;
  if (/(?:Tỉnh|Thành|Huyện) ủy$|(?:tỉnh|thành phố)$/u.test(name)) return `${name} ${province}`;
  const kind = CENTRAL_CITIES.has(province) ? 'thành phố' : 'tỉnh';
  return `${name} ${kind} ${province}`;
}

const AGENCY_START = new RegExp(`(?:${AGENCY_HEADS.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** True when text opens with the head of an agency's name ("Sở …", "UBND …", "Các sở, ngành …"). */
const AGENCY_OPENING = new RegExp(`^(?:[Cc]ác\\s+)?(?:${AGENCY_START.source})|^[Cc]ác\\s+(?:sở|ban|ngành|bộ|cơ quan|đơn vị|phòng|tổ chức|địa phương)(?![\\p{L}])`, 'u');
export function opensWithAgency(text: string): boolean {
  return AGENCY_OPENING.test(text.trim());
}

/** "… , Ban Tuyên giáo Thành ủy ban hành kế hoạch …", "Sở … xây dựng Kế hoạch …". */
const SELF_STATEMENT = /([^.;:]{3,200}?)\s+(?:ban hành|xây dựng|triển khai|hướng dẫn|thông báo|báo cáo|đề ra)\s+(?:kế hoạch|Kế hoạch|hướng dẫn|Hướng dẫn|chương trình|Chương trình|thông báo|báo cáo|quy chế|quy định)(?![\p{L}\p{N}])/gu;

export interface InferredIssuer {
  name: string;
  span: [number, number];
  /** The name as the text spells it with its province, when it does (then the place is known). */
  namedWithProvince: boolean;
}

/** Issuer from the body when the header is lost: the subject of "… ban hành kế hoạch". */
export function inferIssuerFromBody(doc: NormalizedDocument, bodyFrom: number, province: string | null): InferredIssuer | null {
  const text = doc.text.slice(bodyFrom, bodyFrom + 4000);
  for (const m of text.matchAll(SELF_STATEMENT)) {
    const clause = m[1]!.replace(/^\s+/u, '');
    // The subject starts at the last agency head that opens a clause part.
    let start = -1;
    for (const part of clause.matchAll(new RegExp(`(?:^|,\\s+|\\)\\s+)(${AGENCY_START.source})`, 'gu'))) {
      start = part.index + part[0].length - part[1]!.length;
    }
    if (start < 0) continue;
    const subject = squash(clause.slice(start).replace(/\s*\([^)]*\)\s*/g, ' '));
    if (subject.split(' ').length > 12) continue;
    const name = withProvince(subject, province);
    const at = bodyFrom + (m.index ?? 0) + (m[1]!.length - clause.length) + start;
    return { name, span: [at, at + clause.length - start], namedWithProvince: doc.text.includes(name) && name !== subject };
  }
  return null;
}

/** Issuer from the symbol's codes (KH-STTTT → Sở Thông tin và Truyền thông), with the province. */
export function inferIssuerFromSymbol(codes: string[], province: string | null): string | null {
  for (const code of [...codes].reverse()) {
    const name = BODY_CODES[code];
    if (name && code !== 'BTT') return withProvince(name, province);
  }
  return null;
}
