import type { NormalizedDocument } from '../pipeline/model.js';
import type { TaskField } from '../pipeline/record.js';
import { splitAgencyList } from './agencies.js';
import { squash } from './common.js';
import { findDate } from './dates.js';

/**
 * Assignments in the "TỔ CHỨC THỰC HIỆN" (or "PHÂN CÔNG NHIỆM VỤ") part: each numbered item is a
 * task; its lead is the agency that opens it (before ":" or before the verb), partners follow
 * "phối hợp với", deadlines "trước ngày …", frequencies "định kỳ …", "hằng năm".
 */

const ROMAN_HEADING = /^(?<roman>[IVXL]+)\s*[.\-–:]\s*(?<title>.+)$/u;
const ASSIGNMENT_HEADING = /TỔ CHỨC THỰC HIỆN|PHÂN CÔNG NHIỆM VỤ|TRÁCH NHIỆM THỰC HIỆN|PHÂN CÔNG THỰC HIỆN/u;
const ITEM = /^(?<num>\d{1,2})\s*[.\-)]\s+(?<text>.+)$/u;
/** Verbs that end the subject of an assignment sentence. */
const SUBJECT_END =
  /(?<!các)\s+(?:chủ trì|chỉ đạo|hướng dẫn|tham mưu|căn cứ|lãnh đạo|xây dựng|tổ chức|phối hợp|triển khai|theo dõi|thực hiện|gửi|báo cáo|có trách nhiệm|chịu trách nhiệm|kịp thời|tăng cường|đẩy mạnh|tiếp tục|chủ động|quán triệt|bố trí|đôn đốc|kiểm tra|giám sát|tuyên truyền|nghiên cứu|rà soát|thường xuyên|định kỳ|khẩn trương|cụ thể hóa|cụ thể hoá)(?![\p{L}\p{N}])/u;
const FREQUENCY = /(định kỳ\s+(?:hằng|hàng)?\s*(?:\d+\s*)?(?:tháng|quý|năm|tuần)|định kỳ\s+\d+\s+tháng|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần))/iu;
const DEADLINE = /(?:trước ngày|chậm nhất (?:là )?ngày|hoàn thành trước(?: ngày)?|trong (?:quý|tháng)\s+[IVX\d]+\s*\/\s*\d{4})\s*(?:\*\*)?\s*([^\s,;.]+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)?/iu;

function leadOf(text: string): string[] {
  const body = text.replace(/^(?:Đề nghị|Giao|Yêu cầu)\s+/u, '');
  const colon = body.indexOf(':');
  let subject: string;
  if (colon > 0 && colon < 160) subject = body.slice(0, colon);
  else {
    const verb = SUBJECT_END.exec(body);
    subject = verb && verb.index < 200 ? body.slice(0, verb.index) : body.length < 160 ? body : '';
  }
  return splitAgencyList(squash(subject));
}

function partnersOf(text: string): string[] {
  const m = /phối hợp (?:chặt chẽ )?(?:với )?(.{3,200}?)(?:\s+(?:để|trong|tổ chức|thực hiện|triển khai|xây dựng|theo dõi|tham mưu|kiểm tra)(?![\p{L}\p{N}])|[.;:]|$)/u.exec(text);
  if (!m) return [];
  return splitAgencyList(m[1]!);
}

function deadlineOf(text: string): string | null {
  const m = DEADLINE.exec(text);
  if (!m) return null;
  const date = findDate(m[0]);
  return date?.iso ?? squash(m[0]);
}

export function extractTasks(doc: NormalizedDocument, bodyStart: number): TaskField[] {
  const lines = doc.lines.slice(bodyStart);
  const tasks: TaskField[] = [];
  let section: string | null = null;
  let current: { id: string; lines: typeof lines } | null = null;
  const flush = () => {
    if (!current) return;
    const text = squash(current.lines.map((l) => l.text).join(' '));
    const first = squash(current.lines[0]!.text.replace(ITEM, '$<text>'));
    const heading = current.lines.length > 1 && !/[.;:]$/u.test(first) && first.length < 160 && !SUBJECT_END.test(first);
    const lead = heading ? splitAgencyList(first) : leadOf(first);
    if (lead.length) {
      tasks.push({
        section: current.id,
        text,
        lead,
        partners: partnersOf(text),
        deadline: deadlineOf(text),
        frequency: FREQUENCY.exec(text)?.[1] ?? null,
        span: [current.lines[0]!.start, current.lines[current.lines.length - 1]!.end],
      });
    }
    current = null;
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (/^N[ơo]i\s*nh[ậâa]n/iu.test(t)) break;
    const roman = ROMAN_HEADING.exec(t);
    if (roman && roman.groups!.title!.toLocaleUpperCase('vi') === roman.groups!.title) {
      flush();
      section = ASSIGNMENT_HEADING.test(roman.groups!.title!) ? roman.groups!.roman! : null;
      continue;
    }
    if (!section) continue;
    const item = ITEM.exec(t);
    if (item) {
      flush();
      current = { id: `${section}.${item.groups!.num}`, lines: [line] };
    } else if (current) {
      if (/^Trên đây(?![\p{L}\p{N}])/u.test(t)) {
        flush();
        continue;
      }
      current.lines.push(line);
    }
  }
  flush();
  return tasks;
}
