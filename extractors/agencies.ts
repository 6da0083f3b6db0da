/**
 * Splitting lists of agencies: "Sở Văn hoá và Thể thao, Sở Thông tin và Truyền thông" is two,
 * "Sở Văn hóa, Thể thao và Du lịch" is one. A comma or semicolon only separates two agencies when
 * what follows starts a new named body.
 */

const NEW_BODY = String.raw`(?:Ban|Sở|Ủy ban|Uỷ ban|Bộ|Phòng|Trung tâm|Đài|Báo|Tạp chí|Đảng đoàn|Đảng ủy|Đảng uỷ|Hội|Liên đoàn|Văn phòng)\s+\p{Lu}`;
const SPLIT_BEFORE_BODY = new RegExp(String.raw`\s*,\s*(?=${NEW_BODY})|\s+và\s+(?=các\s+(?:tổ chức|cơ quan|sở|ban|ngành|đơn vị|hội)(?![\p{L}\p{N}]))|,\s+(?=các\s+tổ chức(?![\p{L}\p{N}]))`, 'u');

/** Splits a list of agencies into their names, keeping commas inside a body's own name. */
export function splitAgencyList(text: string): string[] {
  return text
    .split(/\s*;\s*/u)
    .flatMap((part) => part.split(SPLIT_BEFORE_BODY))
    .map((p) => p.replace(/^\s*(?:và|,)\s+/u, '').replace(/[\s,.;:]+$/u, '').trim())
    .filter((p) => p.length > 1);
}
