/**
 * Patterns of assignment sentences (FORMAT.md; issue 6): who leads ("X chủ trì", "Giao X …",
 * "X:"), who partners ("phối hợp với …"), by when ("trước ngày 05/12/2023", "trong quý III/2024"),
 * how often ("định kỳ 06 tháng", "hằng năm"). They read the normalized text, whose tone placement
 * is the traditional one ("cụ thể hóa", "Ủy quyền"), so only that spelling is listed.
 */

/** Words before the subject of an assignment, left out of the lead. */
export const ASSIGNMENT_OPENING = /^(?:Đề nghị|Giao cho|Giao|Yêu cầu|Ủy quyền cho|Ủy quyền)\s+/u;

/** Verbs that end the subject of an assignment sentence ("Sở Tài chính chủ trì, …"). */
export const SUBJECT_END =
  /(?<!các)\s+(?:chủ trì|chỉ đạo|hướng dẫn|tham mưu|căn cứ|lãnh đạo|xây dựng|tổ chức|phối hợp|triển khai|theo dõi|thực hiện|gửi|báo cáo|có trách nhiệm|chịu trách nhiệm|kịp thời|tăng cường|đẩy mạnh|tiếp tục|chủ động|quán triệt|bố trí|đôn đốc|kiểm tra|giám sát|tuyên truyền|nghiên cứu|rà soát|thường xuyên|định kỳ|khẩn trương|cụ thể hóa|phát huy|vận động|hỗ trợ|nâng cao|đổi mới|ban hành|bảo đảm|đảm bảo|trình|thẩm định|cân đối|phân bổ|hoàn thành|tập trung|quan tâm|nắm bắt|duy trì|mở|dành|sử dụng|tích cực|làm tốt|có kế hoạch|là cơ quan|ưu tiên|cử|xem xét|cung cấp|công bố|quy định|phê duyệt|lập|ký|tiếp nhận|giải quyết|quản lý|thống nhất|thẩm tra|soạn thảo|chuẩn bị|hưởng ứng|tham gia|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng)(?![\p{L}\p{N}])/u;

/** What follows a lead and only narrows it ("Bộ Y tế trong phạm vi chức năng, nhiệm vụ của mình"). */
export const LEAD_QUALIFIER = /\s+(?:trong phạm vi|theo chức năng|theo thẩm quyền|căn cứ chức năng|theo phân cấp|theo lĩnh vực)(?![\p{L}\p{N}]).*$/u;

/** "… chịu trách nhiệm thi hành Quyết định này": everything before it names the responsible. */
export const RESPONSIBLE_FOR = /\s+(?:chịu trách nhiệm|có trách nhiệm) (?:thi hành|tổ chức thực hiện|thực hiện|triển khai)(?![\p{L}\p{N}])/u;

/** "phối hợp (chặt chẽ) với": what follows names the partners, up to PARTNERS_END. */
export const PARTNERS_OPENING = /phối hợp (?:chặt chẽ |thường xuyên )?(?:với )?/u;

/** Where a list of partners ends: punctuation, a purpose word, or the next verb ("tổ chức" as a noun excepted). */
export const PARTNERS_END = new RegExp(
  String.raw`[.;:]|\s+(?:để|nhằm|trong|khi|theo|về)(?![\p{L}\p{N}])|(?!\s+tổ chức\s+(?:chính trị|thành viên|đảng|đoàn thể|xã hội|có liên quan|liên quan))${SUBJECT_END.source.replace('(?<!các)', '')}`,
  'u',
);

/** A deadline inside a sentence. */
export const DEADLINE =
  /(?:trước ngày|chậm nhất (?:là )?(?:ngày|trước ngày)|hoàn thành trước(?: ngày)?|hoàn thành trong (?:quý|tháng|năm)|trong (?:quý|tháng)\s+[IVX\d]+\s*[/-]\s*\d{4})\s*(?:\*\*)?\s*(?:[^\s,;.]+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)?/iu;

/** "Thời gian thực hiện: Quý II/2024", "Thời hạn hoàn thành: tháng 6/2024". */
export const DEADLINE_LINE = /Thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*[^.;\n]{3,60}/u;

/** How often: "định kỳ 06 tháng", "định kỳ hằng năm", "hằng quý", "6 tháng một lần". */
export const FREQUENCY =
  /(định kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ\s+(?:\d+\s*)?(?:tháng|quý|năm|tuần)|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|\d+\s+tháng\s+(?:một|1)\s+lần|(?:sơ kết|tổng kết)\s+(?:hằng|hàng)\s+năm)/iu;
