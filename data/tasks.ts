/**
 * Patterns of assignment sentences (FORMAT.md; issue 6): who leads ("X chủ trì", "Giao X …",
 * "X:"), who partners ("phối hợp với …"), by when ("trước ngày 05/12/2023", "trong quý III/2024"),
 * how often ("định kỳ 06 tháng", "hằng năm"). They read the normalized text, whose tone placement
 * is the traditional one ("cụ thể hóa", "Ủy quyền"), so only that spelling is listed.
 */

/** Words before the subject of an assignment, left out of the lead ("Trách nhiệm của các sở, ngành" heads a body's duties; "Các ông Chánh Văn phòng …" addresses the officials). */
export const ASSIGNMENT_OPENING = /^(?:Đề nghị|Giao cho|Giao|Yêu cầu|Ủy quyền cho|Ủy quyền|(?:Chức năng,?\s+)?(?:Trách nhiệm|Nhiệm vụ|nhiệm vụ)(?:,?\s+quyền hạn)? của|(?:Các|các) (?:ông|Ông)(?: \((?:bà|Bà)\))?(?=\s+(?:Chánh|Giám đốc|Thủ trưởng|Chủ tịch|Trưởng)\s))\s+/u;

/** The verb of a body made to lead a piece of work ("Sở Tư pháp chủ trì, phối hợp với …"). */
export const LEADING_VERB = /^\s*chủ trì(?![\p{L}\p{N}])/u;

/**
 * Verbs that end the subject of an assignment sentence ("Sở Tài chính chủ trì, …"); not after "về" or "của", where the
 * verb names a field ("Cơ quan quản lý nhà nước về bảo vệ môi trường có trách nhiệm …"). "thành lập" ends it whole ("Sở Nội vụ
 * thành lập Tổ công tác …"), not at its "lập"; not at the noun "trình độ" ("Cơ sở đào tạo trình độ đại học"). The less common verbs of
 * everyday work (paying, compiling, licensing, investigating …) end it only where they do not follow a body's head noun, with
 * which they name the body ("Ban biên soạn", "Hội đồng bồi thường", "Cục Cảnh sát điều tra", "Trung tâm Phục vụ hành chính công").
 * (It opens with `(?=\s)`: the look-behinds are tried only where a space stands, not at every character; issue 23.)
 */
export const SUBJECT_END =
  /(?=\s)(?<!các)(?<!(?:^|\s)(?:về|của))\s+(?:(?:thực hiện |triển khai )?(?:một số|các|những) (?:nội dung|việc|công việc|nhiệm vụ)(?: cụ thể)? (?:sau|như sau)|chủ trì|đẩy nhanh|kêu gọi|ứng phó|chấn chỉnh|di dời|sơ tán|ngăn chặn|khảo sát|thúc đẩy|có ý kiến|lấy ý kiến|sẵn sàng|huy động|khắc phục|giải phóng|niêm yết|phổ biến|phụ trách|chấp hành|sơ kết|tổng kết|liên hệ|vận dụng|bổ sung|chỉnh sửa|hoàn thiện|hoàn chỉnh|cập nhật|điều chỉnh|sửa đổi|chỉ đạo|hướng dẫn|tham mưu|thông báo|căn cứ|lãnh đạo|(?<!(?:đầu tư|công trình|[Nn]hà thầu)\s+)xây dựng|(?<!,\s+)tổ chức(?!\s+(?:cá nhân|có liên quan|liên quan|chính trị|xã hội|thành viên|đoàn thể))|phối hợp|triển khai|theo dõi|thực hiện|(?<![Tt]iền\s)gửi|báo cáo|có trách nhiệm|có nhiệm vụ|chịu trách nhiệm|kịp thời|trực tiếp|công khai|tăng cường|đẩy mạnh|tiếp tục|chủ động|quán triệt|bố trí|đôn đốc|kiểm tra|giám sát|tuyên truyền|nghiên cứu|rà soát|thường xuyên|định kỳ|khẩn trương|cụ thể hóa|phát huy|vận động|hỗ trợ|nâng cao|đổi mới|ban hành|bảo đảm|đảm bảo|trình(?!\s+độ(?![\p{L}\p{N}]))|thẩm định|cân đối|phân bổ|hoàn thành|tập trung|quan tâm|nắm bắt|duy trì|mở|dành|sử dụng|tích cực|làm tốt|có kế hoạch|là cơ quan|ưu tiên|(?<!bầu\s+)cử|xem xét|cung cấp|công bố|quy định|phê duyệt|thành lập|(?<!(?:[Cc]ông|[Tt]hành)\s)lập|(?<!(?:[Qq]uản lý|[Vv]iện|[Đđ]ồ án|[Bb]ản đồ)\s)quy hoạch|đặt hàng|(?<![Tt]hư\s)ký|tiếp nhận|giải quyết|(?<!(?:[Cc]ơ quan|[Bb]ộ|ngành|[Đđ]ơn vị)\s+)quản lý|thống nhất|thẩm tra|soạn thảo|chuẩn bị|hưởng ứng|tham gia|tiến hành|có văn bản|cho ý kiến|góp ý|tổng hợp|đề xuất|dự kiến|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|tăng|xử lý|đánh giá|phân công|lồng ghép|giải ngân|vận hành|bảo vệ|(?<!(?:^|\s)(?:[Bb]an|[Tt]ổ|[Đđ]ội|[Hh]ội đồng|[Tt]rung tâm|[Cc]ục|[Pp]hòng|[Cc]ơ quan|[Đđ]oàn|[Cc]ảnh sát|[Aa]n ninh)\s)(?:thanh quyết toán|quyết toán|thanh toán|chi trả|thu nộp|đưa tin|biên soạn|in ấn|chăm lo|cấp phép|huấn luyện|trang trí|điều tra|thanh tra|kiểm soát|phục vụ|đăng tải|phát sóng|thu hồi|bồi thường|trả lời|giải đáp|thống kê|cưỡng chế|tuần tra|mua sắm|bàn giao)|(?:tham )?dự(?= (?:Hội nghị|hội nghị|cuộc họp|họp|buổi|Lễ|lễ|Đại hội|đại hội)))(?![\p{L}\p{N}])/u;

/**
 * A place clause inside a lead ("Ủy ban nhân dân các xã nơi đơn vị cung cấp dịch vụ … đặt trụ sở"):
 * its own verbs belong to the name; the lead's verb comes after it.
 */
export const PLACE_CLAUSE =
  /\snơi\s.{1,160}?\s(?:đặt trụ sở|đóng trụ sở|có trụ sở|cư trú|thường trú|tạm trú|sinh sống|xảy ra)(?![\p{L}\p{N}])/u;

/** What follows a lead and only narrows it ("Bộ Y tế trong phạm vi chức năng, nhiệm vụ của mình"). */
export const LEAD_QUALIFIER = /\s+(?:trong phạm vi|theo chức năng|theo thẩm quyền|căn cứ chức năng|theo phân cấp|theo lĩnh vực|nhất là|đặc biệt là)(?![\p{L}\p{N}]).*$/u;

/** A modal before the duty's verb ("Sở Y tế cần tăng cường …", "… phải báo cáo"): how the duty is put, not part of the name. */
export const DUTY_MODAL_END = /\s+(?:cần phải|cần|phải)$/u;

/** "… chịu trách nhiệm thi hành Quyết định này": everything before it names the responsible. */
export const RESPONSIBLE_FOR =
  /\s+(?:(?:chịu trách nhiệm|có trách nhiệm|theo trách nhiệm) (?:thi hành|tổ chức thực hiện|thực hiện|triển khai)|căn cứ (?:[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị) (?:này )?(?:thi hành|thực hiện))(?![\p{L}\p{N}])/u;

/**
 * A verb by which the document assigns work, at the start of a sentence ("Giao Sở Nội vụ …",
 * "Đề nghị quý cơ quan …") or after the issuing subject ("Chủ tịch Ủy ban nhân dân tỉnh giao Công
 * an tỉnh …", "… giao nhiệm vụ cho Công an tỉnh chủ trì …"); what follows names the lead. "đề nghị của", "giao
 * nhiệm vụ" without "cho" are nouns, not the verb, nor are the words "giao" opens ("giao thông", "giao lưu", "giao ban").
 */
export const ASSIGNING_VERB =
  /(?<![\p{L}\p{N}])(?:Giao nhiệm vụ cho|giao nhiệm vụ cho|Giao cho|Giao|giao cho|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+(?!(?:của|tại|số|nhiệm vụ|thực hiện|đối với|như|về|gửi|báo cáo|dự toán|kế hoạch vốn|chỉ tiêu|bổ sung|thông|lưu|tiếp|thương|hữu|ban|thừa|diện|thoa|lộ|cắt|dịch|kết|nhận)(?![\p{L}\p{N}]))/u;

/**
 * A purpose the verb serves ("… làm cơ sở để đề nghị"), or what a body advises another to do ("Tham mưu Trưởng ban giao
 * nhiệm vụ cho các sở …"): said in the verb's own phrase, not in an opening "Để …," before the subject.
 */
export const PURPOSE_BEFORE = /(?<![\p{L}\p{N}])(?:nhằm|Nhằm|để|Để|tham mưu|Tham mưu|giúp|Giúp)(?![\p{L}\p{N}])/u;

/**
 * The title of a summary of comments on a draft ("TỔNG HỢP Ý KIẾN GÓP Ý …", "BẢNG TỔNG HỢP, TIẾP
 * THU, GIẢI TRÌNH Ý KIẾN …"): its requests are the commenters', quoted; it assigns nothing.
 */
export const COMMENTS_SUMMARY = /^(?:BẢNG |BÁO CÁO )?(?:TỔNG HỢP|TIẾP THU|GIẢI TRÌNH)(?:[ ,]+(?:VÀ|TIẾP THU|GIẢI TRÌNH|TỔNG HỢP))*[ ,]+Ý KIẾN/u;

/**
 * A plural naming the kind of the bodies a colon then lists ("các sở: Nông nghiệp …, Xây dựng",
 * "các hội: Hội Nghề cá, Hiệp hội …", "các cơ quan, đơn vị: Sở Y tế, Công an tỉnh"): the list is the subject, one lead per body.
 */
export const LISTED_KIND = /(?:^|\s)(?:các|Các)\s+[^\s:,]+(?:\s[^\s:,]+)?(?:,\s*[^\s:,]+(?:\s[^\s:,]+)?){0,3}\s*$/u;
export const LISTED_KIND_OPENING = /^(?:các|Các)\s+[^\s:,]+(?:\s[^\s:,]+)?(?:,\s*[^\s:,]+(?:\s[^\s:,]+)?){0,3}\s*:\s*(?=\p{Lu})/u;

/** The document speaking of itself ("Chỉ thị này", "Kế hoạch này"): a paragraph that does closes it. */
export const SELF_REFERENCE = /(?:Chỉ thị|Kế hoạch|Công văn|Thông báo|Quyết định|Nghị quyết|Chương trình|Hướng dẫn|Công điện|Văn bản) này(?![\p{L}\p{N}])/u;

/**
 * A noun the verb qualifies ("đề nghị bổ sung nhiệm vụ giao Sở …": the task given to Sở …), or the competent level another
 * document speaks for ("Văn bản cấp có thẩm quyền giao cho đơn vị …"): a task named, not given here.
 */
export const QUALIFIED_NOUN = /(?<![\p{L}\p{N}])(?:nhiệm vụ|chỉ tiêu|nội dung|công việc|(?:cấp|cơ quan|người) có thẩm quyền)\s*$/u;

/** The verb a clause after a basis opens with ("Căn cứ Kế hoạch này, đề nghị các đơn vị …"): the lead follows it. */
export const CLAUSE_ASSIGNING_VERB = /^(?:đề nghị|giao cho|giao|yêu cầu)\s+/u;

/** An agent phrase a name's relative clause opens ("tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập"): a comma in it splits no names. */
export const OPEN_AGENT = /\sdo\s[^,]*$/u;
export const AGENT_VERB_END = /\s(?:thành lập|quản lý|ban hành|phê duyệt|cấp phép)(?:\s|$)/u;

/** A lead-in whose items are what it asks ("III. Văn phòng Chính phủ trân trọng đề nghị:", "Yêu cầu:"): each item naming a body is its task. */
export const ASSIGNING_LEAD_IN = /(?:^|\s)(?:đề nghị|yêu cầu|giao|Đề nghị|Yêu cầu|Giao)(?:\s+như sau)?\s*:\s*$/u;

/** Words before an assigning verb that make it narrated, conditional or cited, not given here; a petitioner's "Chúng tôi đề nghị" asks upward. */
export const NOT_GIVEN_HERE = /(?<![\p{L}\p{N}])(?:[Tt]rong đó|thay vì|đã|được|đang|nếu|Nếu|[Tt]rong quá trình|trường hợp|Trường hợp|Xét|xét|Căn cứ|theo|Theo|khi cần|việc|Chúng tôi|chúng tôi|Tôi|tôi)(?![\p{L}\p{N}])|\d+\s*\//u;

/**
 * What follows a lead when the sentence only asks politely or upward ("Đề nghị … quan tâm chỉ
 * đạo", "… xem xét", "… biết"): not an assignment. Directing one's own units ("quan tâm chỉ đạo các đơn vị …", "quan tâm, chỉ
 * đạo Công an tỉnh phối hợp …", "… đơn vị chức năng …") is one.
 */
export const COURTESY_REQUEST = /^(?:quan tâm(?!,?\s+chỉ đạo\s+(?:(?:các|những)\s+(?:đơn vị|cơ quan|lực lượng|địa phương|phòng|sở)|(?:đơn vị|cơ quan|lực lượng) chức năng|(?:Công an|Sở|Ban|Phòng|Bộ Chỉ huy|Văn phòng|Ủy ban|UBND)\s))|xem xét|phê duyệt|chấp thuận|tạo điều kiện|giúp đỡ|ủng hộ|biết|hỗ trợ)(?![\p{L}\p{N}])/u;

/**
 * "X có trách nhiệm chuyển giao …", "Tổ giúp việc có nhiệm vụ …": the sentence makes its subject
 * responsible for a duty (a decision's articles assign this way). Accountability ("chịu trách
 * nhiệm trước pháp luật", "… về tính chính xác") is no duty, nor is autonomy ("tự chịu trách nhiệm").
 */
export const RESPONSIBILITY = /(?<!\stự)\s+(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ)\s+(?!trước|về|với)(?=\p{L})/u;

/** An adverbial of time a sentence opens with before its subject ("Trong thời hạn 30 ngày kể từ …, "). */
export const OPENING_ADVERBIAL = /^(?:Trong thời hạn|Trong vòng|Kể từ|Sau khi|Sau|Chậm nhất|Đến|Từ nay|Trước ngày)(?![\p{L}\p{N}])[^,]{0,160},\s*/u;

/** Where a sentence ends inside a line: its mark, then the next sentence (not after an abbreviation such as "TP." or an item number such as "Điều 4."). */
export const SENTENCE_END = /(?<![\s(](?:\p{Lu}{1,3}|\p{L}|\d{1,3})|^\d{1,3})[.;!?](?=\s+[\p{Lu}\p{N}\-–+•])/gu;

/** A request for opinions ("cho ý kiến", "góp ý"): an assignment only when a deadline is set. */
export const INPUT_REQUEST = /^(?:cho ý kiến|góp ý|tham gia ý kiến|có ý kiến)(?![\p{L}\p{N}])/u;

/** A duty that only says "carry it out" ("triển khai thực hiện có hiệu quả; báo cáo …", "tổ chức thực hiện tốt các nội dung trên, …"): a closing formula, not a task. */
export const GENERIC_DUTY =
  /^(?:(?:nghiên cứu,?\s+)?(?:triển khai|tổ chức|quan tâm(?: chỉ đạo)?),?\s+)?(?:thực hiện|triển khai)(?:(?:\s+(?:có hiệu quả|nghiêm túc|tốt|đầy đủ|kịp thời)(?:,\s*\S+)*)?\s*(?:[;.]|\/\.|$)|(?:\s+(?:có hiệu quả|nghiêm túc|tốt|đầy đủ|kịp thời))?\s+(?:(?:các|những)\s+)?(?:nội dung|nhiệm vụ|yêu cầu)\s+(?:trên|nêu trên|này)(?![\p{L}\p{N}])|(?:\s+(?:có hiệu quả|nghiêm túc|tốt|đầy đủ|kịp thời))?\s+(?:Chỉ thị|Kế hoạch|Công văn|Thông báo|Quyết định|Nghị quyết|Chương trình|Hướng dẫn|Công điện|Văn bản) này(?![\p{L}\p{N}]))/u;

/** Leads that name no agency yet are who is asked: "quý cơ quan", "các đồng chí", "Các ông (bà) …". */
export const ADDRESSED_LEAD = /^(?:\p{Lu}|các\s|quý\s|đồng chí\s|lãnh đạo\s)/u;

/**
 * Where one lead list holds several bodies or officials ("Chánh Văn phòng …, Giám đốc Công an
 * tỉnh, Thủ trưởng các cơ quan liên quan và các thành viên …"): before a comma or "và" that
 * opens the next one by its head word.
 */
/** Officials whose titles open each name of an execution clause, distinct even inside a writer's semicolon list. */
export const OFFICIAL_HEAD = /^(?:Chánh|Giám đốc|Thủ trưởng|Chủ tịch|Trưởng)\s/u;

/** A subject that tells what was done ("Hội đã tổ chức …"), or a title over a person's name ("Chủ tịch Hội: Ông …"): no lead. */
export const NARRATED_SUBJECT = /\s(?:đã|đang|được|sẽ)$/u;
export const PERSON_AFTER_COLON = /^:\s*(?:Ông|Bà|ông|bà|Đồng chí|đồng chí)\s/u;

const LEAD_HEADS = String.raw`(?:chính quyền|Chánh|Giám đốc|Hiệu trưởng|Viện trưởng|Thống đốc|Vụ trưởng|Tổng cục trưởng|Tổng Thư ký|Chủ nhiệm|Thủ trưởng|Chủ tịch|Trưởng|Sở|Ban|Bộ|UBND|Ủy ban|HĐND|Công an|Báo|Đài|Chi cục|Chi Cục|Cục|Văn phòng|Bảo hiểm|Kho bạc|Ngân hàng|Trung tâm|Hội|Đoàn|Mặt trận|Liên đoàn|Viện|Tòa án|Bộ Chỉ huy|Thường trực|Thuế|Hiệp hội|[Nn]gười đứng đầu|Tổ(?!\s+chức(?![\p{L}\p{N}])))\s`;
/**
 * An official's title written in lower case after "và" ("… và thủ trưởng các cơ quan có liên quan"), or a person an execution
 * clause names after the officials ("… Giám đốc Sở Nội vụ và ông Nguyễn Văn C", the appointee): still the next lead.
 */
const LOWER_OFFICIAL = String.raw`(?:thủ trưởng|giám đốc|chủ tịch|chánh văn phòng|hiệu trưởng|viện trưởng|người đứng đầu|(?:ông|bà)(?:\s+\((?:ông|bà)\))?\s+(?=\p{Lu}))\s*`;
/** The office of a council and a committee is one body ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"): no split at its "và". */
const JOINT_OFFICE_UNSPLIT = String.raw`(?<!(?:^|,\s*)Văn phòng (?:Hội đồng nhân dân|HĐND|Đoàn đại biểu Quốc hội|Đoàn ĐBQH)[^,]{0,30})`;
/** Delegates listed after their delegation ("Đoàn đại biểu Quốc hội, đại biểu Quốc hội"): a lead of their own after a comma (after "và" they share the owner: "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"). */
const DELEGATES_AFTER_COMMA = String.raw`đại biểu\s`;
/** The persons an execution clause closes with ("… Thủ trưởng cơ sở giáo dục và tổ chức, cá nhân có liên quan"): a lead of their own after "và". */
const CONCERNED_PERSONS = String.raw`(?:cơ quan,\s*)?tổ chức,\s*cá nhân\s`;
// (The look-ahead before JOINT_OFFICE_UNSPLIT tries its look-behind only before a "và", not at every character: issue 23.)
export const LEAD_SPLIT = new RegExp(String.raw`\s*,\s*(?=${LEAD_HEADS}|${DELEGATES_AFTER_COMMA})|(?=\s+và\s)${JOINT_OFFICE_UNSPLIT}\s+và\s+(?=${LEAD_HEADS}|${LOWER_OFFICIAL}|các\s|${CONCERNED_PERSONS})`, 'u');

/**
 * A comma before a plural that opens the next body ("Thường trực Hội đồng nhân dân tỉnh, các Ban
 * của Hội đồng nhân dân tỉnh", "Ban Tổ chức Tỉnh ủy, các cơ quan liên quan"); split only where the
 * name before it is no plural itself, whose list the next plural may go on ("Ban Tuyên giáo các
 * quận, huyện, thị ủy, các Đảng ủy khối").
 */
export const COMMA_BEFORE_PLURAL = /\s*,\s*(?=các\s)/u;
export const PLURAL_NAME = /(?:^|\s)(?:các|Các)\s/u;
/**
 * A plural closed by its owner ("các Ban của Hội đồng nhân dân tỉnh", "các đơn vị thuộc Bộ Tài nguyên và Môi trường"): a
 * whole name, so a plural after its comma is the next body, and one after a list's comma ("Các Bộ, cơ quan ngang Bộ, các
 * đơn vị thuộc Bộ …") starts one. ("trực thuộc" places a unit, it names no owner: "các tỉnh, thành phố trực thuộc …".)
 */
export const OWNED_PLURAL = /^(?:các|Các)\s\S.*\s(?:của|(?<!trực\s)thuộc)\s\S/u;

/**
 * After an official of a plural closed by its owner ("Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam"), a comma
 * before another kind of body ("…, tổ chức tài chính vi mô") starts the next lead. Group 1 is the owned name. (The plural and
 * its owner are bounded: unbounded, the three runs backtracked cubically on a long name with no comma, 1 s at 9,000 characters.)
 */
export const AFTER_OWNER = /^(.*\s(?:các|Các)\s[^,]{0,80}?\s(?:của|(?<!trực\s)thuộc)\s+\p{Lu}[^,]{0,150}),\s*(?=(?:các\s+)?(?:tổ chức|cơ quan|đơn vị|doanh nghiệp|cơ sở)\s)/u;

/** Parts that ask upward (a report's proposals), whose "Đề nghị" assigns nothing. */
export const UPWARD_HEADING = /^(?:[IVX\d]+\s*[.\-–:)]\s*)?(?:NHỮNG\s+|CÁC\s+)?(?:KIẾN NGHỊ|ĐỀ XUẤT|ĐỀ NGHỊ)(?![\p{L}\p{N}])/u;

/**
 * Document types whose "giao", "đề nghị" propose upward or tell what was done (tờ trình, báo
 * cáo, báo cáo đề xuất, phiếu trình, đơn đề nghị): only their parts of duties ("PHƯƠNG HƯỚNG,
 * NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN") assign.
 */
export const PROPOSING_TYPES = new Set(['TTr', 'BC', 'BCĐX', 'PT', 'ĐĐN', 'speech']);

/**
 * Document types that give no work whatever they carry: a tờ trình, báo cáo đề xuất, phiếu trình or đơn đề nghị proposes
 * (the draft it carries, its "Tổ chức thực hiện" and "giao …" included, is given only when the superior adopts it), and
 * minutes (biên bản) record a meeting, whose conclusions the chair's own notice gives (Nghị định 30/2020, Phụ lục III).
 */
export const NOTHING_GIVEN_TYPES = new Set(['TTr', 'BCĐX', 'PT', 'ĐĐN', 'BB']);

/**
 * A letter that reports upward, whatever its type says: the writer "kính báo cáo", or opens its items with "… báo cáo
 * (kết quả …) như sau:" (not asking others to report: "đề nghị các đơn vị báo cáo … như sau:"). It is read as a report:
 * its items narrate what was done.
 */
export const REPORTS_UPWARD = /(?<![\p{L}\p{N}])[Kk]ính báo cáo(?![\p{L}\p{N}])/u;
/** The opening of such a letter's items, looked for in its opening paragraph only (a plan's reporting rules say the same words). */
export const OPENS_REPORT_ITEMS =
  /(?<!(?:đề nghị|yêu cầu|giao|Đề nghị|Yêu cầu|Giao)[^.;:]{0,80})\sbáo cáo(?:\s[^.;:,]{0,120}?)?\s(?:cụ thể\s+)?như sau\s*:/u;

/**
 * A superior the writer submits to or reports to ("Sở … kính trình Ủy ban nhân dân tỉnh xem xét", "kính báo cáo …"):
 * group 1 runs on to the name. ("Kính đề nghị" alone says nothing of rank: a ministry's department writes it to provinces.)
 */
export const SUPERIOR_ADDRESSED = /(?<![\p{L}\p{N}])[Kk]ính (?:trình|báo cáo)\s+(.{3,120})/gu;

/**
 * What follows a lead when a request only asks the invited to attend ("… cử đại diện lãnh đạo tham dự đầy đủ", "bố trí
 * thời gian tham dự", "đến dự"): no task unless a date is set for something to send. (Funds or staff arranged for others
 * to attend, "bố trí kinh phí để các đơn vị tham dự …", are work.)
 */
export const ATTENDANCE_REQUEST =
  /^(?:(?:bố trí|sắp xếp)\s+(?:thời gian|công việc)(?:,?\s+(?:thời gian|công việc))?\s+(?:để\s+)?|cử\s(?:(?!(?:để|nhằm|kinh phí)(?![\p{L}\p{N}]))[^.;:]){0,120}?\s)?(?:tham dự|đến dự|dự)(?![\p{L}\p{N}])/u;

/** The type the task extractor is given for a paper read at a meeting (THAM LUẬN, BÀI PHÁT BIỂU): it proposes, as a report does. */
export const SPEECH_TYPE = 'speech';

/**
 * Types in which the clause scorer adds no task: a letter (công văn) or a notice gives work by an
 * explicit request the readings know (đề nghị, yêu cầu, giao …); an item there that only names a
 * body and its duty tells what bodies do (a reply giving information, a notice of a schedule). A
 * document without a type line is read as a letter.
 */
export const INFORMING_TYPES = new Set(['CV', 'TB', 'GM']);

/** The type a letter that reports upward is read as (REPORTS_UPWARD). */
export const REPORT_TYPE = 'BC';

/** "phối hợp (chặt chẽ) với": what follows names the partners, up to PARTNERS_END. */
export const PARTNERS_OPENING = /[Pp]hối hợp (?:chặt chẽ |thường xuyên )?(?:với )?/u;

/** Where a list of partners ends: punctuation, a purpose word, or the next verb ("tổ chức" as a noun excepted). */
export const PARTNERS_END = new RegExp(
  String.raw`[.;:]|\s+(?:để|nhằm|trong|khi|theo|về)(?![\p{L}\p{N}])|(?!\s+tổ chức\s+(?:chính trị|thành viên|đảng|đoàn thể|xã hội|có liên quan|liên quan))${SUBJECT_END.source.replace('(?<!các)', '')}`,
  'u',
);

/** A deadline inside a sentence ("trước ngày 15/12/2025", "chậm nhất ngày …", a bare "trước 31/12/2025", dates with dots "31.12.2025"). */
export const DEADLINE =
  /(?:trước(?:\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?)?\s+ngày|chậm nhất (?:là |vào )?(?:ngày|trước ngày)|hoàn thành trước(?!\s+\d{1,2}\s*(?:giờ|h)(?![\p{L}]))(?: ngày)?|hoàn thành trong (?:quý|tháng|năm)|trong (?:quý|tháng)\s+[IVX\d]+\s*[/-]\s*\d{4}|trước(?=\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)))\s*(?:\*\*)?\s*(?:(?:\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|[^\s,;.]+)(?:\s+tháng\s+\d+\s+năm\s+\d{4}|\s+(?:hằng|hàng)\s+(?:tháng|quý|năm)|\s+(?:của\s+)?tháng\s+(?:cuối|đầu)\s+(?:quý|năm)|\s+tháng\s+\d{1,2}(?:\s+(?:hằng|hàng)\s+năm)?(?![\d/]))?)?/iu;

/** A time limit counted from an event ("Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực", "trong 15 ngày làm việc kể từ …"): kept as printed. */
export const RELATIVE_DEADLINE =
  /trong (?:thời hạn|vòng)\s+\d+\s*(?:\([^)]{1,20}\)\s*)?ngày(?:\s+làm việc)?(?:\s+kể từ[^,;.]{1,80})?|trong (?:thời gian\s+)?\d+\s*(?:\([^)]{1,20}\)\s*)?ngày(?:\s+làm việc(?:\s+kể từ[^,;.]{1,80})?|\s+kể từ[^,;.]{1,80})/iu;

/** The label of a time line ("Thời gian hoàn thành: "): the printed deadline follows it. */
export const DEADLINE_LABEL = /^[Tt]hời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*/u;

/**
 * A quarter or month with its year in words ("trong quý III năm 2025", "trong tháng 12 năm 2025"), or a year the work is
 * to be finished in ("hoàn thành việc điều chỉnh quy hoạch trong năm 2026"; a bare "trong năm 2025" tells when, not by
 * when): kept as printed.
 */
export const PERIOD_DEADLINE = /(?:hoàn thành\s+)?trong (?:quý|tháng)\s+[IVX\d]{1,4}\s+năm\s+\d{4}|trong(?<=hoàn thành(?:\s[^,;.:]{0,80})?\strong) năm\s+\d{4}(?![\d\/])/iu;

/** Words of DEADLINE that only say the work is to be finished: the printed deadline starts after them. */
export const DEADLINE_LEAD_WORDS = /^hoàn thành\s+(?=trong\s)/iu;

/** "Thời gian thực hiện: Quý II/2024", "Thời hạn hoàn thành: tháng 6/2024", also in brackets after an item ("(Thời gian: tháng 10/2025)"). */
export const DEADLINE_LINE = /[Tt]hời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*[^.;()\n]{3,60}/u;

/** How often: "định kỳ 06 tháng", "định kỳ hằng năm", "hằng quý", "6 tháng một lần". */
export const FREQUENCY =
  /(định kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ\s+(?:\d+\s*)?(?:tháng|quý|năm|tuần)|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|\d+\s+tháng\s+(?:một|1)\s+lần|(?:sơ kết|tổng kết)\s+(?:hằng|hàng)\s+năm)/iu;

/**
 * Column headings of a task table (plans and their annexes: STT | Nội dung | Cơ quan chủ trì | Cơ
 * quan phối hợp | Thời gian hoàn thành), tried in this order on each header cell: the time and the
 * content columns first ("Thời gian thực hiện", "Nội dung thực hiện" also say "thực hiện").
 */
/** The heading of a task table's number column. */
const NUMBER_COLUMN = 'stt|tt|số tt|số thứ tự';
/** A row of a page that may head a task table: it holds the number column's heading as a word. */
export const HOLDS_NUMBER_COLUMN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUMBER_COLUMN})(?![\\p{L}\\p{N}])`, 'iu');
export const TASK_TABLE_COLUMNS: Array<[RegExp, 'deadline' | 'partners' | 'lead' | 'number' | 'content']> = [
  [/^(?:thời gian|thời hạn|tiến độ|mốc thời gian|hạn hoàn thành)(?![\p{L}\p{N}])/iu, 'deadline'],
  [/^(?:nội dung|nhiệm vụ|các nhiệm vụ|tên nhiệm vụ|công việc|hoạt động|tên đề án|tên dự án|tên sản phẩm|sản phẩm|danh mục|tên văn bản|tên công việc|tên hoạt động)(?![\p{L}\p{N}])/iu, 'content'],
  [/^(?:(?:cơ quan|đơn vị|cơ quan, đơn vị)\s+)?(?:phối hợp|tham gia thẩm tra|tham gia)(?![\p{L}\p{N}])/iu, 'partners'],
  // A legislative programme's "Cơ quan trình" (the body that drafts and submits) leads with its "Cơ quan chủ trì thẩm tra".
  [/^(?:(?:cơ quan|đơn vị|cơ quan, đơn vị|bộ phận)(?:\s+(?:chủ trì|thực hiện|chịu trách nhiệm|phụ trách|được giao|trình)(?![\p{L}\p{N}]).*)?|chủ trì(?![\p{L}\p{N}]).*|trách nhiệm(?: thực hiện| chủ trì)?|phân công(?: thực hiện)?)$/iu, 'lead'],
  [new RegExp(`^(?:${NUMBER_COLUMN})$`, 'iu'), 'number'],
];

/**
 * A lead column's heading that names no role ("Đơn vị", "Cơ quan"): a table of delegates, seats or contacts has one too; it heads a
 * task table's lead column only beside a column of the work (Nội dung | Cơ quan chủ trì | Phối hợp | Thời gian).
 */
export const BARE_LEAD_COLUMN = /^(?:cơ quan|đơn vị|cơ quan, đơn vị|bộ phận)$/iu;

/** The heading of a table's number column alone on its line ("STT", "TT"): where a text prints a table one cell a line, its header opens so. */
export const NUMBER_COLUMN_LINE = new RegExp(`^(?:${NUMBER_COLUMN})[.:]?$`, 'iu');

/** A row's number alone on its line in a table printed one cell a line ("1.", "12", or a group's "II."): group 1 arabic, group 2 Roman. */
export const ROW_NUMBER_LINE = /^(?:(\d{1,3})|([IVX]{1,5}))\.?$/u;

/** A cell of the row that numbers a table's columns under its heading ("(1)", "2", "[3]"). */
export const COLUMN_NUMBER = /^[([]?\d{1,2}[)\]]?$/u;

/** A time of day ("07h45", "8 giờ 30", "14:00"): what a meeting's programme gives in its time column. */
export const CLOCK_TIME = /^\D{0,12}\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}(?![\p{L}\d\/])/iu;

/** A heading over the duties of a body ("Trách nhiệm của các sở, ban, ngành", "Chức năng, nhiệm vụ của Tổ giúp việc …"). */
export const DUTIES_OF = /^(?:(?:Chức năng|CHỨC NĂNG),?\s+)?(?:Trách nhiệm|Nhiệm vụ|TRÁCH NHIỆM|NHIỆM VỤ|nhiệm vụ|NHIỆM VỤ)(?:,?\s+(?:quyền hạn|QUYỀN HẠN))? (?:của|CỦA)\s+\S/u;

/**
 * A closing sentence that sends the replies or reports back by a date ("Văn bản trả lời đề nghị gửi
 * về Bộ Công an … trước ngày 24/12/2025", "Báo cáo kết quả gửi về Sở Nội vụ trước ngày 15/12", "Các cơ quan,
 * đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/10/2025"): its deadline holds for every item.
 */
export const REPLY_BY_DATE =
  /^(?:(?:Văn bản|Báo cáo|Ý kiến|Kết quả|Hồ sơ|Đề xuất)(?:\s+\S+){0,14}?\s+(?:đề nghị\s+|xin\s+)?gửi(?:\s+về)?|(?:Đề nghị\s+)?(?:Các|các)\s[^.;:]{1,60}?\s(?:báo cáo|gửi)(?:\s+\S+){0,12}?\s+(?:về|đến|cho))\s.{0,240}?(?:trước|chậm nhất)(?:\s+\d{1,2}\s*(?:giờ|h)[^,;.]{0,12})?\s+ngày/u;

/** An opening that only says what the request rests on ("3. Căn cứ Kế hoạch này, đề nghị …", "Căn cứ khoản 10 Điều 49 Nghị định …, Bộ Nội vụ đề nghị …", "Thực hiện Chỉ thị số 12/CT-TTg …, Chủ tịch Ủy ban nhân dân tỉnh giao …", "Xét đề nghị của Sở Y tế tại Tờ trình số …, … giao …"): no condition, left out up to the subject (the item marker, group 1, kept). */
export const BASIS_OPENING = /^((?:\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*|[-–+•]\s*)?)(?:Căn cứ\s[^;:]{0,300},|(?:Thực hiện|Xét|Theo đề nghị của)\s(?:(?![Tt]rong đó)[^;:]){0,300},|Trên cơ sở\s[^,;.]{0,80}?\s(?:này|nêu trên|trên),)\s*(?=[^,;:]{0,80}?(?:đề nghị|yêu cầu|giao)\s)/u;

/**
 * Ranks of units that a name places under their parents, smallest first ("Phòng 5, Cục Cảnh sát
 * điều tra tội phạm về ma túy, Bộ Công an" is one unit, not three leads).
 */
export const UNIT_RANKS: Array<[RegExp, number]> = [
  [/^(?:Phòng|Đội|Tổ|Trạm)\s/u, 1],
  [/^(?:Cục|Chi cục|Vụ)\s/u, 2],
  [/^(?:Bộ|Tổng cục)\s/u, 3],
];

/**
 * A reply to the body that asked ("… nhận được Công văn số … của Sở Nội vụ", "Phúc đáp Công văn
 * số …", "… có ý kiến như sau"): its closing "đề nghị <the asker> …" points the asker to its next
 * step and gives no work.
 */
export const REPLY_OPENING =
  /(?:nhận được (?:(?:các|những)\s+)?(?:[Cc]ông văn|[Vv]ăn bản|[Tt]ờ trình|[Bb]áo cáo|[Tt]hông báo|[Kk]ế hoạch|[Đđ]ề nghị|[Đđ]ề xuất|[Hh]ồ sơ|[Ýý] kiến|[Ff]ax|[Tt]hư|[Pp]hiếu|[Gg]iấy)(?![\p{L}\p{N}])|[Pp]húc đáp|[Tt]rả lời (?:Công văn|Văn bản|Tờ trình|công văn|văn bản))\s/u;

/** A lead that names the bodies the text named before ("Ban Chủ nhiệm 03 Đoàn Luật sư nêu trên"). */
export const NAMED_ABOVE = /\s(?:nêu trên|trên)$/u;


/** "Hiệp hội là tổ chức …": a subject that defines the body, giving it no duty ("nhất là", "đặc biệt là" only stress a part of it). */
export const DEFINITION = /\s(?<!(?:phải|mà|nhất|biệt)\s)là(?:\s|$)/u;

/** The label a lead cell of a task table may open with ("Chủ trì: Sở Nội vụ"). */
export const LEAD_CELL_LABEL = /^(?:chủ trì|Chủ trì)\s*:\s*/u;

/** The word before the body that asked, in a reply ("… Công văn số … của Sở Nội vụ"). */
export const ASKED_BY = 'của';

/**
 * Where a plural or generic scope begins in a body's name ("Ủy ban nhân dân các cấp", "UBND các xã, phường"): the name before it
 * is the kind of body, which a sub-item naming one of them ("b) Ủy ban nhân dân cấp tỉnh công bố …") only narrows.
 */
export const PLURAL_SCOPE = /\s+các(?![\p{L}\p{N}]).*$/u;

/** The plural word of a body's name ("UBND các tỉnh" is "UBND tỉnh" many times). */
export const PLURAL_WORD = /(?<![\p{L}])các\s+/u;

/** The words a sentence opens with to say what it rests on ("Căn cứ quy định của Luật …, Ủy ban nhân dân tỉnh chỉ đạo …"). */
export const BASIS_WORDS = /^(?:Căn cứ|Trên cơ sở)\s/u;

/** An item that sets a case ("Trường hợp, nếu các Hội … chưa tiến hành …", "Nếu …"): what stands under it is conditional. */
export const CASE_HEADING = /^(?:Trường hợp|Nếu|Đối với trường hợp)(?![\p{L}\p{N}])/u;

/** A lead column headed only "Đơn vị" / "Cơ quan": in a report's table it says whose figures; it leads tasks only beside a time column. */
export const BARE_UNIT_HEADING = /^(?:cơ quan|đơn vị|cơ quan, đơn vị)[\s.:]*$/iu;

/**
 * Lines that label an item's lead, partners and time ("- Đơn vị chủ trì thực hiện: Sở Nội vụ.",
 * "- Cơ quan phối hợp: Công an tỉnh", "- Thời gian hoàn thành: Quý III/2025"): group 1 is what follows.
 */
export const LABELLED_LEAD = /^(?:(?:[Cc]ơ quan|[Đđ]ơn vị|[Bb]ộ phận|[Cc]ơ quan, đơn vị)\s+)?(?:chủ trì|Chủ trì|chịu trách nhiệm|thực hiện|Thực hiện|phụ trách|Phụ trách)(?:\s+thực hiện)?\s*:\s*(.+)$/u;
export const LABELLED_PARTNERS = /^(?:(?:[Cc]ơ quan|[Đđ]ơn vị|[Cc]ơ quan, đơn vị)\s+)?(?:phối hợp|Phối hợp)(?:\s+thực hiện)?\s*:\s*(.+)$/u;
export const LABELLED_TIME = /^(?:[Tt]hời gian|[Tt]hời hạn|[Tt]iến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(.+)$/u;

/**
 * Working bodies set up for a task, which no register of agencies lists: an election's
 * sub-committees and boards ("Tiểu ban An ninh, trật tự", "Ban bầu cử", "các Tổ bầu cử") and
 * inspection or working teams ("Đoàn kiểm tra"); the bodies and heads of a commune's hamlets and
 * Party cells ("các thôn, tổ dân phố", "Ban công tác Mặt trận", "Bí thư chi bộ", "các đoàn thể"); an inspectorate named by its level ("Thanh tra tỉnh"),
 * whose common-noun head the register reads only before a capitalised name; the owners of public investment projects
 * ("các chủ đầu tư", Luật Đầu tư công), whom conclusions on disbursement assign by their role.
 */
export const WORKING_BODY =
  /^(?:[Cc]ác\s+)?(?:Tiểu ban|Ủy ban bầu cử|Ban bầu cử|[Tt]ổ bầu cử|Hội đồng bầu cử|Đoàn kiểm tra|Đoàn giám sát|Đoàn công tác|Thanh tra (?:tỉnh|thành phố|huyện|Chính phủ|Bộ|Sở)|[Tt]ổ dân phố|[Tt]hôn|[Kk]hu phố|[Cc]hi bộ|[Cc]hi,\s+đảng bộ|[Đđ]ảng bộ|[Cc]hi hội|(?:tổ chức\s+)?[Đđ]oàn thể|Ban [Đđ]iều hành|Ban [Cc]ông tác Mặt trận|Trạm [Yy] tế|[Tt]rường học|[Cc]hủ đầu tư|(?:Phó [Cc]hủ tịch(?:,\s+|\s+và\s+))?[Tt]hành viên (?:Hội đồng|Ban [Cc]hỉ đạo|Ủy ban|Tổ|Đoàn|Ban)|(?:Trưởng|Bí thư)\s+(?:các\s+)?(?:thôn|tổ dân phố|khu phố|chi bộ|Ban))(?![\p{L}\p{N}])/u;

/** Where a sentence or clause of an item ends before a label of the next ("…; phối hợp: …", "…. Thời gian: …"). */
export const LABEL_BREAK = /[.;]\s+(?=(?:[^\s:;.]+\s+){0,3}[^\s:;.]+\s*:)/u;

/** A line of a cell that ends inside a name ("Sở Khoa học và" / "Công nghệ"): the next line goes on with it. */
export const NAME_GOES_ON = /(?:^|\s)(?:và|của)$/u;

/**
 * The title of a plan's part of aims ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "MỤC TIÊU, QUAN ĐIỂM"; Nghị định
 * 30/2020, Phụ lục III, the model of a kế hoạch): what it says of bodies ("Các cơ quan, đơn vị triển khai nghiêm túc …")
 * states how the plan is to be carried out; its "TỔ CHỨC THỰC HIỆN" gives the work. The title alone, upper-cased.
 */
export const AIMS_HEADING = /^(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM)(?:(?:,\s*|\s+VÀ\s+)(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|QUAN ĐIỂM))*\s*[.:]?$/u;

/**
 * A clause of a legal text that hands the making of its details to a named body (Luật Ban hành văn bản quy phạm pháp luật:
 * "Chính phủ quy định chi tiết Điều này", "Bộ Tài chính hướng dẫn về hồ sơ …", "Bộ trưởng Bộ Công Thương quy định cụ thể …"):
 * what follows the body's name. The other clauses of such an article state rules and powers, which assign nothing.
 */
export const DELEGATION = /^(?:quy định chi tiết|quy định cụ thể|hướng dẫn(?!\s+của)|ban hành (?:văn bản |các văn bản )?(?:quy định chi tiết|hướng dẫn)|ban hành (?:cơ chế|chính sách)|ban hành (?:[Qq]uy chế|[Qq]uy định|văn bản|[Kk]ế hoạch)[^.;]{0,120}?(?:phù hợp với|để thực hiện|hướng dẫn thực hiện|thực hiện) (?:Luật|Pháp lệnh|Nghị định|Thông tư|Nghị quyết|Quyết định|Quy chế|Quy định) này)(?![\p{L}\p{N}])/u;

/**
 * A clause that leaves its matter to a named body in the passive (Luật Ban hành văn bản quy phạm pháp luật: "Chế độ tài chính …
 * do Bộ trưởng Bộ Tài chính quy định."): the body, group 1, at the clause's end. A remainder left to it ("Các trường hợp khác do
 * Chính phủ quy định"), a rule followed "theo quy định của …" or "theo tỷ giá do Bộ Tài chính quy định" is a reference, no delegation.
 */
export const PASSIVE_DELEGATION = /(?<!khác\s)(?<!(?:^|\s)theo\s[^,;.]{0,80})(?<![\p{L}\p{N}])do\s+(\p{Lu}(?:(?!\sdo\s)[^,;.()]){2,100}?)\s+quy định(?:\s+(?:chi tiết|cụ thể))?\s*\.?$/u;

/**
 * A word no body's name holds, found in what PASSIVE_DELEGATION took for the body: a verb, adverb or link of a clause ("do Bộ Y tế
 * cấp theo mẫu", "do Bộ Tài chính chưa quy định", where "do" means "because"). "cấp" names a level only before the level.
 */
export const NOT_IN_BODY_NAME = /(?<![\p{L}\p{N}])(?:do|theo|chưa|không|đã|sẽ|đang|vẫn|cũng|được|bị|phải|phê duyệt|ban hành|hướng dẫn|quyết định|thực hiện|cấp phép|công bố|cấp(?!\s+(?:tỉnh|huyện|xã|trung ương|Trung ương|có thẩm quyền|cơ sở)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/u;

/**
 * The end of a cited text's name before the verb of its title ("Công bố Nghị định số 24/2016/NĐ-CP … của Chính phủ quy định chế độ
 * quản lý …"): the body after "của" issued the text cited; it is no subject given work.
 */
export const CITED_ISSUER = /(?:^|\s)của\s+[^,;:]{1,80}$/u;

/** A line that stops on a word no title ends with ("… ngày 05 tháng 4 năm 2016 của"): its sentence runs on into the next line. */
export const HEADING_RUNS_ON = /\s(?:của|và|về|cho|tại|theo|với|số|ngày|các|những|do|bởi|đối với)$/u;

/** The title of an article that amends, replaces or repeals provisions of another text ("Điều 1. Sửa đổi, bổ sung một số điều của Luật …"). */
export const AMENDING_ARTICLE = /^(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*)?(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Sửa đổi, bổ sung)(?![\p{L}\p{N}])/u;

/** A provision quoted to follow in an amending article's clause ("… được sửa đổi như sau:", a line opening with a quote mark). */
export const QUOTED_PROVISION = /(?<![\p{L}\p{N}])như sau\s*:|^[“"]/u;

/**
 * What an amending article's title or clauses name as the text amended: provisions of a text ("… một số điều của Luật …", "… khoản 2
 * Điều 5 của Nghị định …", "… tại Thông tư …"), a cited number ("Nghị định số 15/2020/NĐ-CP"), or a provision quoted to follow
 * ("… như sau:", "“2. …”"). A title opening "Bổ sung" with none ("Bổ sung đối tượng được hỗ trợ") adds a rule of this text's own.
 */
export const AMENDED_TEXT_NAMED = /(?:(?<![\p{L}\p{N}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ lục|[Mm]ục|[Cc]hương)(?![\p{L}\p{N}])[^.;]{0,120}?(?<![\p{L}\p{N}])(?:của|tại)\s+(?:[Ll]uật|[Pp]háp lệnh|[Nn]ghị định|[Nn]ghị quyết|[Tt]hông tư|[Qq]uyết định|[Qq]uy chế|[Qq]uy định|[Bb]ộ luật|[Vv]ăn bản)|\d+\/\d{4}\/[\p{Lu}Đ-]+|(?<![\p{L}\p{N}])như sau\s*:|[“"])/u;

/**
 * A named public body that "quy định" an object ("Thống đốc Ngân hàng Nhà nước Việt Nam quy định mức phí …", "Chính phủ quy định về
 * quản lý …") is given the making of that rule, as by the law's "quy định chi tiết"; "quy định" followed by "tại", "của", "này" …
 * is the noun or the participle ("như quy định tại khoản 1"), no verb of a body.
 */
export const RULE_MAKING = /^quy định(?!\s+(?:tại|của|này|như|theo|trong|đó|nêu|trên|hiện hành|pháp luật|bởi|khác|sau|thì|là|và|hoặc)(?![\p{L}\p{N}]))(?=\s+\p{L})/u;

/**
 * The public bodies and office-holders the Luật Ban hành văn bản quy phạm pháp luật lets make rules (Quốc hội, its Standing Committee,
 * the President, the Government and Prime Minister, ministers and heads of ministry-level bodies, the central bank's governor, the
 * supreme court's and procuracy's heads, the State Auditor General, People's Councils and Committees and their chairs): only such a
 * subject's "quy định <matter>" is a rule to make; a company's board or a lender setting its own is its own power.
 */
export const PUBLIC_RULE_MAKER = /^(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Chủ tịch nước|Chính phủ|Thủ tướng(?: Chính phủ)?|Bộ trưởng|Bộ\s+\p{Lu}|Thủ trưởng cơ quan ngang [Bb]ộ|Thống đốc|Ngân hàng Nhà nước|Chánh án|Hội đồng Thẩm phán|Viện trưởng Viện [Kk]iểm sát|Tổng Kiểm toán|Kiểm toán [Nn]hà nước|(?:Chủ tịch\s+)?(?:Hội đồng nhân dân|Ủy ban nhân dân))(?![\p{L}\p{N}])/u;

/** A holder named by its role, not a body ("Người đứng đầu cơ quan", "Thủ trưởng đơn vị"): its rules for its own house are standing power, not a delegation. */
export const UNNAMED_HOLDER = /^(?:[Cc]ác\s+)?(?:[Nn]gười đứng đầu|[Tt]hủ trưởng (?:các )?(?:cơ quan|đơn vị)|[Cc]ơ quan|[Đđ]ơn vị|[Cc]ấp có thẩm quyền)(?![\p{L}\p{N}])/u;

/** A time or basis a legal clause opens with before the body it delegates to ("Theo từng thời kỳ, căn cứ nhu cầu …, Chính phủ ban hành …"). */
export const DELEGATION_OPENING = /^(?:Theo từng thời kỳ|Căn cứ|Trên cơ sở|Hằng năm|Định kỳ)(?![\p{L}\p{N}])[^;:]{0,200}?,\s*(?=\p{Lu})/u;

/**
 * The persons a legal text regulates ("Tổ chức, cá nhân kinh doanh …", "Doanh nghiệp nhập khẩu …", "Người nộp thuế", the
 * credit institutions a banking rule binds, "Tổ chức tín dụng, chi nhánh ngân hàng nước ngoài phải …"), and the members
 * an association's charter binds ("Nhiệm vụ của hội viên", Nghị định 126/2024 on associations): the subject of a rule they
 * must follow, not a body the text gives work to (unless an execution clause names them).
 */
export const REGULATED_PARTY = /^(?:[Cc]ác\s+)?(?:[Tt]ổ chức, cá nhân|[Cc]ơ quan, tổ chức, cá nhân|[Dd]oanh nghiệp|[Nn]hà đầu tư|[Nn]gười nộp thuế|[Cc]á nhân|[Hh]ộ kinh doanh|[Tt]ổ chức tín dụng|[Cc]hi nhánh ngân hàng nước ngoài|[Tt]ổ chức tài chính vi mô|[Hh]ội viên|[Đđ]oàn viên|[Cc]ông dân)(?![\p{L}\p{N}])/u;

/** "…, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …": a qualifier set off by commas inside a long subject, skipped when looking for its verb. */
export const COMMA_QUALIFIER = /,\s*(?:trong phạm vi|theo) (?:chức năng, )?nhiệm vụ, quyền hạn(?: của mình| được giao)?,/gu;

/** The title of a minister or a head of a central body before the body's name ("Bộ trưởng Bộ Công Thương"): the official of that body. */
export const MINISTERIAL_TITLE = /^(?:Bộ trưởng|Thứ trưởng|Thống đốc|Phó Thống đốc|Tổng Thanh tra|Tổng cục trưởng|Cục trưởng|Vụ trưởng)\s+(?=\p{Lu})/u;

/** In a semicolon list, the comma after central bodies before the local governments ("Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, …"): two leads. */
export const LOCAL_GOVERNMENT_NEXT = /\s*,\s*(?=(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s)/u;

/** A name that opens a plural list ("Các Bộ, cơ quan ngang Bộ, …"). */
export const PLURAL_OPENING = /^(?:Các|các)\s/u;

/** The marker a clause opens with ("2. ", "b) "), left out before reading its subject. */
export const CLAUSE_MARKER = /^\d{1,2}\s*[.)]\s*|^[a-zđ]\)\s*/u;

/**
 * The clause of a legal normative text that makes bodies carry it out (Luật Ban hành văn bản quy phạm pháp luật: the
 * execution clause, "… chịu trách nhiệm thi hành Nghị định này", "… có trách nhiệm tổ chức thực hiện Thông tư này", "…
 * chịu trách nhiệm hướng dẫn, kiểm tra …", "… có trách nhiệm chuẩn bị các điều kiện … để triển khai thực hiện Thông tư này"), or a
 * body's carrying out or supervising the text itself ("Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này", "Sở Công Thương
 * … hướng dẫn, kiểm tra việc thực hiện Quyết định này", "Thường trực Hội đồng nhân dân tỉnh … giám sát việc thực hiện
 * Nghị quyết này"; not "Trong quá trình thực hiện …", "Việc tổ chức thực hiện …"): outside its parts of duties the one kind of clause, with "Giao …", that gives
 * work. A rule's "có trách nhiệm chuyển / nộp / tiếp nhận …" says how a procedure runs.
 */
export const EXECUTION_CLAUSE =
  /(?:chịu|có|theo) trách nhiệm (?:thi hành|tổ chức thực hiện|tổ chức triển khai|triển khai thực hiện|hướng dẫn|theo dõi|kiểm tra|giám sát|bảo đảm (?:các )?(?:điều kiện|kinh phí|cơ sở vật chất|nguồn lực))(?![\p{L}\p{N}])|(?:chịu|có) trách nhiệm\s[^.;]{0,160}?(?:thi hành|thực hiện|triển khai)\s+(?:Luật|Nghị định|Thông tư|Nghị quyết|Quyết định|Pháp lệnh|Quy chuẩn|Quy định|Quy chế) này(?![\p{L}\p{N}])|căn cứ (?:[Qq]uyết định|[Nn]ghị quyết|[Tt]hông tư|[Nn]ghị định) (?:này )?(?:thi hành|thực hiện)(?![\p{L}\p{N}])|(?<!(?:[Tt]rong quá trình|[Vv]iệc|[Kk]hi|[Nn]ếu)\s)(?:tổ chức thực hiện|tổ chức triển khai|triển khai thực hiện|thi hành|(?:hướng dẫn|kiểm tra|giám sát|theo dõi)(?:,?\s+(?:hướng dẫn|kiểm tra|giám sát|theo dõi|đôn đốc))*(?:\s+việc)?\s+(?:thực hiện|thi hành))\s+(?:Luật|Nghị định|Thông tư|Nghị quyết|Quyết định|Pháp lệnh|Quy chuẩn|Quy định|Quy chế) này(?![\p{L}\p{N}])/u;

/** A clause in which the issuer itself gives the work ("Giao Bộ Tài chính hướng dẫn …", "Giao cho Chính phủ …"), not a body's own power ("Bộ trưởng … giao cơ quan …"). */
export const ISSUER_ASSIGNS = /^(?:Giao cho|Giao)\s+(?=\p{Lu})/u;

/**
 * The number of a legal normative text, which carries its year (Luật Ban hành văn bản quy phạm pháp luật: "279/2025/NĐ-CP",
 * "17/2025/TT-BGDĐT", "94/2025/UBTVQH15", the Government's special resolutions "66.12/2026/NQ-CP", a draft's "/2025/TT-BNNMT"
 * with its number left blank); an administrative document's has none (Nghị định 30/2020: "123/QĐ-UBND").
 */
export const NORMATIVE_NUMBER = /(?:^|[\s:])(?:\d{1,5}(?:\.\d{1,3})?)?\s*\/\s*(?:19|20)\d{2}\s*\/\s*\p{L}/u;

/** The opening articles of a normative text ("Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"): it is one even without its number. */
export const SCOPE_ARTICLE = /^(?:Phạm vi điều chỉnh|Đối tượng áp dụng)(?![\p{L}\p{N}])/u;

/** The bar between a text table's cells ("1 | Luật … | Chính phủ | …"), spaced as text exports print it. */
export const TEXT_CELL_BAR = /\s\|\s|\s\|$|^\|\s/gu;

/** The number an article's first line opens with ("Điều 5. ", "Điều 10a. "), left out before reading its sentence. */
export const ARTICLE_MARKER = /^Điều\s+\d+[a-zđ]?\s*[.:]\s*/u;

/** A head noun alone ("Tổ chức", "Cơ quan", "Đơn vị"): the verb "Tổ chức thực hiện …" a duty opens with, or a word short of a name, never a body. */
export const BARE_HEAD = /^(?:tổ chức|cơ quan|đơn vị|cơ sở)$/iu;

/**
 * The head of an institution a clause of an implementation part may be titled by where no register lists it ("6. Cơ sở
 * giáo dục có học sinh hưởng chính sách" over its lettered duties).
 */
export const INSTITUTION_HEAD = /^(?:[Cc]ác\s+)?(?:[Cc]ơ sở|[Cc]ơ quan|[Đđ]ơn vị|[Tt]ổ chức)\s+\p{L}/u;

/** The title of a normative text's article of execution ("Điều 4. Trách nhiệm thi hành", "Trách nhiệm tổ chức thực hiện"): every clause of it gives work. */
export const EXECUTION_TITLE = /^(?:Trách nhiệm thi hành|Trách nhiệm tổ chức thi hành|Trách nhiệm tổ chức thực hiện|Trách nhiệm thực hiện|Tổ chức thực hiện|Tổ chức thi hành)(?![\p{L}\p{N}])/iu;

/** The title of a charter ("ĐIỀU LỆ", "ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)") heading an attachment: its duties are the association's own rules. */
export const CHARTER_HEADING = /^ĐIỀU LỆ(?![\p{L}\p{N}])/u;

/**
 * A time a duty's sentence opens with before its subject ("Định kỳ kết thúc năm học, Ủy ban nhân dân cấp tỉnh gửi …", "Hằng
 * năm, Sở Tài chính tổng hợp …", "Trước ngày 15 tháng 7 hằng năm, …"): left out up to the subject, which opens in capitals.
 */
export const OPENING_TIME = /^(?:Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hàng quý|Hằng tháng|Hàng tháng|Trước ngày|Chậm nhất|Trong thời hạn|Kết thúc|Khi kết thúc|Cuối năm|Cuối mỗi)(?![\p{L}\p{N}])[^,;.:]{0,100},\s*(?=\p{Lu})/u;

/**
 * The session a report or draft is due at, as a legislature's texts set it ("… báo cáo Quốc hội tại kỳ họp cuối năm 2028",
 * "trình Ủy ban Thường vụ Quốc hội tại phiên họp tháng 9/2025", "… tại Kỳ họp thứ 10"): kept as printed.
 */
export const SESSION_DEADLINE =
  /(?<=(?:báo cáo|trình)(?:\s[^.;:]{0,80})?\s)tại (?:kỳ họp|Kỳ họp|phiên họp|Phiên họp)\s+(?:thứ\s+[\p{L}\d]+|(?:cuối|giữa|đầu) năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*\/\s*|\s+năm\s+)\d{4})/u;

/** The words by which a legal text makes a body do something ("có trách nhiệm", "phải"; not the passive "phải được", whose subject is acted on). */
export const ONCE_DUTY = /(?<![\p{L}\p{N}])(?:có trách nhiệm|chịu trách nhiệm|chủ trì|phải(?!\s+(?:được|bị)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/u;

/**
 * The verb of a reporting duty after its subject ("Ủy ban nhân dân cấp tỉnh báo cáo kết quả … gửi Bộ Nội vụ trước ngày 30 tháng 10
 * hằng năm", "… lập báo cáo …", "Các thành viên Hội đồng có trách nhiệm chỉ đạo công tác thống kê, báo cáo … định kỳ"): a legal
 * text's reporting clause gives a named body work when the report recurs or is due by a date (reportingDuty).
 */
export const REPORTING_DUTY =
  /^(?:(?:có|chịu) trách nhiệm\s+)?(?:(?:chỉ đạo|tổ chức|thực hiện)\s+)?(?:công tác\s+|chế độ\s+)?(?:thống kê,?\s+|tổng hợp,?\s+|lập\s+|gửi\s+)?báo cáo(?![\p{L}\p{N}])/u;
/** The word every reporting duty (REPORTING_DUTY) holds. */
export const REPORT_WORD = 'báo cáo';

/** A time a report is due by that is no relative limit of a procedure ("trước ngày 30 tháng 10", "chậm nhất ngày …"). */
export const DUE_BY = /(?<![\p{L}\p{N}])(?:trước ngày|chậm nhất (?:là |vào )?ngày)\s+\d/u;

/**
 * A report's recurrence that is no frequency FREQUENCY names: "định kỳ" alone, "mỗi" before a period ("mỗi quý", "mỗi kỳ"; "mỗi
 * trường hợp" is "each case").
 */
export const REPORT_RECURRING = /(?<![\p{L}\p{N}])(?:định kỳ|mỗi\s+(?:năm|quý|tháng|tuần|kỳ|học kỳ|đợt))(?![\p{L}\p{N}])/iu;

/** What follows a report's time when the time is the report's (the clause ends, or the report is sent on): not the object's "… hằng tháng của người nộp thuế". */
export const REPORT_TIME_END = /^\s*(?:(?:một|1)\s+lần(?![\p{L}\p{N}])\s*)?(?:$|[,;.:]|\(|gửi|về|cho|lên|đến|tới|trước|chậm nhất|theo|và|hoặc|với)(?![\p{L}\p{N}])/u;

/** A time that comes back ("hằng năm", "hàng tháng", "định kỳ"): a standing procedure's, no one-off deadline. */
export const RECURRING = /(?<![\p{L}\p{N}])(?:hằng|hàng|định kỳ|mỗi)(?![\p{L}\p{N}])/iu;

/**
 * The title of an article stating a body's competence in a normative text ("Nhiệm vụ, quyền hạn của Hội đồng", "Nhiệm vụ của
 * Ban Chỉ huy quân sự cấp xã", "Chức năng, nhiệm vụ …"): standing rules of its organisation, not work the text gives (its
 * "Trách nhiệm của …" articles do).
 */
export const COMPETENCE_TITLE = /^(?:Chức năng|Nhiệm vụ|Quyền hạn|Vị trí)(?![\p{L}\p{N}])/iu;

/**
 * The head of a public institution named by its kind ("Người đứng đầu cơ sở hoạt động giáo dục nghề nghiệp", "Thủ trưởng cơ
 * quan, đơn vị", "hiệu trưởng các trường"): an official an implementation part gives work to, as it does a named body's head.
 * (Not the head of a business, which a rule regulates.)
 */
export const INSTITUTION_OFFICIAL = /^(?:[Nn]gười đứng đầu|[Tt]hủ trưởng|[Hh]iệu trưởng|[Gg]iám đốc)\s+(?:các\s+)?(?:cơ quan|cơ sở|đơn vị|trường|bệnh viện)(?![\p{L}\p{N}])/u;

/** A line that names an amendment ("Điều 2. Sửa đổi, bổ sung khoản 2 Điều 35", "b) Thay thế điểm c …"): a quoted provision may open the next line without a colon. */
export const AMENDING_LEAD = /(?<![\p{L}\p{N}])(?:[Ss]ửa đổi|[Bb]ổ sung|[Tt]hay thế)(?![\p{L}\p{N}])/u;

/** A body's verb that makes it answer for something ("… chịu trách nhiệm trước pháp luật về hoạt động của Hội"): accountability, no duty. */
export const ANSWERS_FOR = /^\s*(?:chịu|có) trách nhiệm\s+(?:trước|về|với)(?![\p{L}\p{N}])/u;

/** A verb inside what a reader took for a body's name ("Thủ tướng Chính phủ chấp thuận chủ trương …", "Bộ trưởng … giao cơ quan …"): no name. */
export const VERB_IN_NAME = /(?<![\p{L}\p{N}])(?:chấp thuận|cho phép|quyết định|phê duyệt|giao|đề nghị|yêu cầu|ban hành|được|miễn)(?![\p{L}\p{N}])/u;

/**
 * Cues the task clause scorer weighs (extractors/tasks/candidates.ts, weights in data/task-scorer.json): the verbs by which
 * documents assign work (Nghị định 30/2020, Luật Ban hành VBQPPL: "Giao …", "Đề nghị …", "Yêu cầu …", "… chủ trì, phối hợp …",
 * "… chịu trách nhiệm …", "… tham mưu …", a delegation "… quy định chi tiết", "… hướng dẫn …", a report "… báo cáo …"), and
 * what makes a clause state no work: a condition, a definition, a permission, a right, a prohibition, a quotation.
 */
export const SCORER_CUES: Record<string, RegExp> = {
  giao: /(?<![\p{L}\p{N}])[Gg]iao(?:\s+nhiệm vụ)?(?:\s+cho)?\s+(?!thông|lưu|ban|dịch|tiếp|kết|thương|nhận|đất)/u,
  deNghi: /(?<![\p{L}\p{N}])[Đđ]ề nghị(?!\s+của)/u,
  yeuCau: /(?<![\p{L}\p{N}])[Yy]êu cầu(?!\s+(?:của|về))/u,
  chuTri: /(?<![\p{L}\p{N}])[Cc]hủ trì(?![\p{L}\p{N}])/u,
  phoiHop: /(?<![\p{L}\p{N}])[Pp]hối hợp(?![\p{L}\p{N}])/u,
  // (Not "chịu trách nhiệm trước pháp luật về …", "… về …", "… với …": answering for something is no duty, as RESPONSIBILITY reads it.)
  trachNhiem: /(?<![\p{L}\p{N}])(?:chịu|có) trách nhiệm(?!\s+(?:trước|về|với)(?![\p{L}\p{N}]))(?![\p{L}\p{N}])/u,
  thiHanh: /(?<![\p{L}\p{N}])(?:thi hành|tổ chức thực hiện|triển khai thực hiện)(?![\p{L}\p{N}])/u,
  thamMuu: /(?<![\p{L}\p{N}])[Tt]ham mưu(?![\p{L}\p{N}])/u,
  quyDinh: /(?<![\p{L}\p{N}])quy định chi tiết|(?<![\p{L}\p{N}])(?:hướng dẫn|ban hành)(?:\s+\p{L}+){0,3}\s+(?:thi hành|thực hiện|chi tiết)(?![\p{L}\p{N}])/u,
  baoCao: /(?<![\p{L}\p{N}])báo cáo(?![\p{L}\p{N}])/u,
  condition: /(?<![\p{L}\p{N}])(?:[Tt]rường hợp|[Nn]ếu|[Kk]hi cần thiết|[Tt]rong trường hợp)(?![\p{L}\p{N}])/u,
  definition: /(?<![\p{L}\p{N}])(?:là|gồm|bao gồm)(?![\p{L}\p{N}])/u,
  permission: /(?<![\p{L}\p{N}])(?:được|có quyền|không được|nghiêm cấm|bị)(?![\p{L}\p{N}])/u,
  quote: /[“"]/u,
  narrated: /(?<![\p{L}\p{N}])(?:đã|đang)(?![\p{L}\p{N}])/u,
  // A member list of a body being set up names persons and their posts ("Ông …, Giám đốc Sở Nội vụ – Phó Trưởng ban").
  person: /(?<![\p{L}\p{N}])(?:Ông|Bà|ông|bà|Đồng chí|đồng chí|Đ\/c|đ\/c)(?![\p{L}\p{N}])|(?:Trưởng ban|Phó Trưởng ban|Tổ trưởng|Tổ phó|[Tt]hành viên|Ủy viên|Thư ký)\s*[;.]?\s*$/u,
};

/** The groups of document types the scorer tells apart (their codes, Nghị định 30/2020 Phụ lục III; legal texts by number). */
export const SCORER_TYPE_GROUPS: Record<string, string[]> = {
  decision: ['QĐ'],
  plan: ['KH', 'CTr', 'ĐA'],
  letter: ['CV', 'CĐ', 'GM'],
  notice: ['TB', 'KL'],
  directive: ['CT', 'HD'],
  resolution: ['NQ'],
  report: ['BC', 'TTr', 'BCĐX', 'PT', 'ĐĐN', 'speech'],
};
