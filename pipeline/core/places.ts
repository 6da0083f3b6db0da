import { CENTRAL_BODY_CODES, CENTRAL_CITIES, PARTY_CENTRAL_CODE, PROVINCE_LEVEL, PROVINCES } from '../../data/bodies.js';
import { escapeRegExp } from '../../data/regexp.js';
import type { VanbanRecord } from './record.js';
import { withTraditionalTones } from './text/tone.js';

/** Where a body or a document belongs: provinces named in names, central bodies known by their symbol codes. */

const PROVINCE_PATTERNS = [...PROVINCES]
  .sort((a, b) => b.length - a.length)
  .map((p) => ({ province: p, key: withTraditionalTones(p).toLocaleLowerCase('vi'), pattern: undefined as RegExp | undefined }));

/** A province's whole-word pattern, made when a name first contains its key (making all 63 at load was ~20 ms of every start). */
function provincePattern(entry: (typeof PROVINCE_PATTERNS)[number]): RegExp {
  return (entry.pattern ??= new RegExp(`(?<![\\p{L}])${escapeRegExp(entry.key)}(?![\\p{L}])`, 'u'));
}

/** The level word a province's name takes: "thành phố" for a centrally-run city, else "tỉnh". */
export function provinceLevel(province: string): string {
  return CENTRAL_CITIES.has(province) ? PROVINCE_LEVEL.city : PROVINCE_LEVEL.province;
}

/**
 * The province a name mentions ("Sở Thông tin và Truyền thông tỉnh Thái Nguyên" → "Thái Nguyên"),
 * as a whole word and whichever way its tones are placed ("Hoà Bình" is Hòa Bình).
 */
export function provinceIn(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = withTraditionalTones(name).toLocaleLowerCase('vi');
  // The substring test first: V8 compiles a pattern at its first use, and most never match (issue 23).
  return PROVINCE_PATTERNS.find((entry) => lower.includes(entry.key) && provincePattern(entry).test(lower))?.province ?? null;
}

/** The body codes of a symbol: "KH-MTTQ-BTT" → [MTTQ, BTT]; "2025/NĐ-CP" → [CP]; "QH15" → [QH]. */
function bodyCodes(symbol: string): string[] {
  const parts = symbol.replace(/\s+/g, '').split(/[-/]/).filter((p) => p && !/^\d+$/.test(p));
  // A symbol that is only a body ("QH15", "UBTVQH15") has no type part to drop.
  const codes = parts.length > 1 ? parts.slice(1) : parts;
  return codes.map((c) => c.replace(/\d+$/, ''));
}

/** True when the symbol names a central body, whose numbers are unique nationwide. */
export function isCentralSymbol(symbol: string | null | undefined): boolean {
  if (!symbol) return false;
  return bodyCodes(symbol).some((code) => CENTRAL_BODY_CODES.has(code) || code.endsWith(PARTY_CENTRAL_CODE));
}

/** The province a document was issued in: named by its issuer, else its place when the body is local. */
export function documentProvince(record: Pick<VanbanRecord, 'issuer' | 'number' | 'place'>): string | null {
  const fromIssuer = provinceIn(record.issuer?.name);
  if (fromIssuer || record.issuer) return fromIssuer;
  if (isCentralSymbol(record.number?.symbol)) return null;
  return provinceIn(record.place?.value);
}
