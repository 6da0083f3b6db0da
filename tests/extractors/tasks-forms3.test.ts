import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { docFromText } from '../helpers.js';
import { taskDocument, taskRows, type ExpectedTask, type TaskDocumentParts } from './task-document.js';

/**
 * A third round of task forms, written from how such documents are made (Nghị định 30/2020/NĐ-CP,
 * Phụ lục III: the templates of báo cáo, tờ trình, biên bản, thông báo, giấy mời; Hướng dẫn
 * 36-HD/VPTW for Party documents; tests/eval/gold/README.md's task rules):
 * - documents that assign nothing although their sentences use the verbs of assignment: a report
 *   narrating done work ("Sở đã chủ trì, phối hợp …", or without "đã" under "báo cáo … như sau:"),
 *   a proposal to a superior ("kính đề nghị Ủy ban nhân dân tỉnh xem xét, giao …"), a tờ trình
 *   carrying the plan it proposes, minutes that record a meeting, notices that only inform,
 *   invitations asking the invited to attend;
 * - assignments in forms not covered before: the body named at the end of an item ("(Giao Sở X
 *   chủ trì)", "Đơn vị thực hiện: …", "Cơ quan chủ trì: …; Thời gian: …"), Party committees and
 *   boards and the Front's standing board leading, a resolution's closing articles, a directive's
 *   numbered paragraphs each addressed to a body.
 * Each row: [section, lead, partners?, deadline?, frequency?], names compared case-folded.
 */


interface Variant extends TaskDocumentParts {
  name: string;
  subject?: string;
  tasks: ExpectedTask[];
}


const NOTHING_ASSIGNED: Variant[] = [
  {
    name: 'báo cáo kết quả: unnumbered paragraphs narrating what the department did, with and without "đã"',
    type: 'BÁO CÁO',
    number: '801/BC-SNV',
    subject: 'Kết quả thực hiện công tác cải cách hành chính năm 2025',
    body: `Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo kết quả thực hiện như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
Sở Nội vụ đã chủ trì, phối hợp với các sở, ngành tham mưu Ủy ban nhân dân tỉnh ban hành 05 kế hoạch; giao các phòng chuyên môn theo dõi, đôn đốc việc thực hiện.
2. Công tác kiểm tra
Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức kiểm tra tại 20 cơ quan, đơn vị; qua kiểm tra đã chấn chỉnh 12 trường hợp.
3. Công tác tuyên truyền
Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo Lâm Đồng đăng tải 150 tin, bài về cải cách hành chính.
II. TỒN TẠI, HẠN CHẾ
Một số đơn vị còn chậm cập nhật dữ liệu.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Tiếp tục đẩy mạnh cải cách thủ tục hành chính.
2. Nâng cao chất lượng phục vụ người dân, doanh nghiệp.
IV. KIẾN NGHỊ
Kính đề nghị Ủy ban nhân dân tỉnh quan tâm, chỉ đạo các sở, ngành tiếp tục phối hợp thực hiện.
Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh./.`,
    tasks: [],
  },
  {
    name: 'công văn reporting upward: numbered results under "báo cáo … như sau:" narrate, the proposal asks',
    type: 'V/v báo cáo kết quả triển khai Kế hoạch số 45/KH-UBND',
    number: '802/SYT-NVY',
    body: `Kính gửi: Ủy ban nhân dân tỉnh.
Thực hiện Công văn số 1500/UBND-VX ngày 01/9/2025 của Ủy ban nhân dân tỉnh, Sở Y tế báo cáo kết quả triển khai như sau:
1. Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh triển khai bệnh án điện tử; đến nay có 15/20 bệnh viện hoàn thành.
2. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tổ chức 05 lớp tập huấn cho 250 học viên.
3. Đề xuất: Kính đề nghị Ủy ban nhân dân tỉnh xem xét, giao Sở Tài chính bố trí kinh phí năm 2026 để hoàn thành bệnh án điện tử tại các bệnh viện còn lại.
Sở Y tế kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.`,
    tasks: [],
  },
  {
    name: 'công văn proposing to the committee: "kính đề nghị Ủy ban nhân dân tỉnh xem xét, giao …" proposes, it does not give',
    type: 'V/v đề nghị giao nhiệm vụ quản lý nhà văn hóa',
    number: '803/SVHTTDL-QLVH',
    body: `Kính gửi: Ủy ban nhân dân tỉnh.
Căn cứ Quyết định số 25/2024/QĐ-UBND ngày 10/5/2024 của Ủy ban nhân dân tỉnh, Sở Văn hóa, Thể thao và Du lịch kính đề nghị Ủy ban nhân dân tỉnh xem xét, giao Ủy ban nhân dân các xã, phường quản lý, khai thác nhà văn hóa trên địa bàn.
Đồng thời, đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính cân đối, bố trí kinh phí sửa chữa các nhà văn hóa xuống cấp.
Sở Văn hóa, Thể thao và Du lịch kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.`,
    tasks: [],
  },
  {
    name: 'tờ trình carrying the plan it proposes: its "Tổ chức thực hiện" is proposed, not given',
    type: 'TỜ TRÌNH',
    number: '804/TTr-SNV',
    subject: 'Về việc phê duyệt Kế hoạch tuyển dụng công chức năm 2026',
    body: `Kính gửi: Ủy ban nhân dân tỉnh.
I. SỰ CẦN THIẾT
Để bổ sung đội ngũ công chức còn thiếu, cần tổ chức tuyển dụng.
II. NỘI DUNG KẾ HOẠCH
1. Chỉ tiêu tuyển dụng: 120 chỉ tiêu.
2. Tổ chức thực hiện
a) Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị tổ chức tuyển dụng, hoàn thành trước ngày 30/6/2026.
b) Sở Tài chính bảo đảm kinh phí tổ chức tuyển dụng.
III. KIẾN NGHỊ
Sở Nội vụ kính đề nghị Ủy ban nhân dân tỉnh xem xét, phê duyệt Kế hoạch./.`,
    tasks: [],
  },
  {
    name: 'biên bản of a meeting: the conclusions it records are given by the chair\'s own notice, not by the minutes',
    type: 'BIÊN BẢN',
    number: '805/BB-SNV',
    subject: 'Cuộc họp về công tác chuẩn bị Đại hội thi đua yêu nước',
    body: `Thời gian: 08 giờ 00 ngày 05/9/2025.
Địa điểm: Phòng họp Sở Nội vụ.
Thành phần: Lãnh đạo Sở Nội vụ; đại diện Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch.
Chủ trì: Đồng chí Nguyễn Văn A, Giám đốc Sở Nội vụ.
Thư ký: Bà Trần Thị B, chuyên viên.
NỘI DUNG CUỘC HỌP
1. Đại diện Ban Thi đua - Khen thưởng báo cáo công tác chuẩn bị Đại hội.
2. Ý kiến của các đại biểu: Sở Tài chính đề nghị bổ sung dự toán kinh phí tổ chức Đại hội.
3. Kết luận của chủ trì cuộc họp: Giao Ban Thi đua - Khen thưởng hoàn thiện kịch bản Đại hội trước ngày 20/9/2025; Sở Văn hóa, Thể thao và Du lịch phối hợp trang trí khánh tiết.
Cuộc họp kết thúc vào lúc 10 giờ 30 cùng ngày. Biên bản được lập thành 03 bản, các đại biểu dự họp thống nhất thông qua.`,
    tasks: [],
  },
  {
    name: 'thông báo that only informs a new seal and address, "để các cơ quan, đơn vị biết, liên hệ"',
    type: 'THÔNG BÁO',
    number: '806/TB-SNV',
    subject: 'Về việc sử dụng con dấu và thay đổi địa chỉ trụ sở',
    body: `Kể từ ngày 01/10/2025, Sở Nội vụ chính thức sử dụng con dấu mới và chuyển trụ sở làm việc về số 36 Trần Phú, phường Xuân Hương - Đà Lạt.
Sở Nội vụ thông báo đến các cơ quan, đơn vị, địa phương biết để thuận tiện trong việc liên hệ, giao dịch công tác./.`,
    tasks: [],
  },
  {
    name: 'giấy mời: asking the invited to send a leader and to attend on time is no task',
    type: 'GIẤY MỜI',
    number: '807/GM-SNV',
    subject: 'Dự Hội nghị tập huấn công tác văn thư, lưu trữ năm 2025',
    body: `Sở Nội vụ trân trọng kính mời:
- Đại diện lãnh đạo các sở, ban, ngành;
- Đại diện lãnh đạo Ủy ban nhân dân các xã, phường.
Đến dự Hội nghị tập huấn công tác văn thư, lưu trữ năm 2025.
Thời gian: 01 buổi, bắt đầu từ 07 giờ 30 ngày 18/9/2025.
Địa điểm: Hội trường Sở Nội vụ.
Đề nghị các cơ quan, đơn vị cử đại diện lãnh đạo và công chức làm công tác văn thư tham dự đầy đủ, đúng thành phần, đúng giờ./.`,
    tasks: [],
  },
  {
    name: 'công văn answering a company\'s question: the law\'s duties it quotes and the request to the asker give no work',
    type: 'V/v trả lời kiến nghị của Công ty TNHH Minh Phát',
    number: '808/STC-QLG',
    body: `Kính gửi: Công ty TNHH Minh Phát.
Sở Tài chính nhận được Công văn số 15/CV-MP ngày 20/8/2025 của Công ty TNHH Minh Phát về việc hướng dẫn kê khai giá. Về nội dung này, Sở Tài chính có ý kiến như sau:
Theo quy định tại khoản 2 Điều 28 Luật Giá năm 2023, tổ chức, cá nhân sản xuất, kinh doanh có trách nhiệm kê khai giá với cơ quan nhà nước có thẩm quyền.
Đề nghị Công ty TNHH Minh Phát căn cứ quy định nêu trên để thực hiện./.`,
    tasks: [],
  },
];

const ASSIGNED: Variant[] = [
  {
    name: 'công văn asking for work and, further down, for a report "như sau:": a request, not a report upward',
    type: 'V/v triển khai rà soát hồ sơ cán bộ',
    number: '809/UBND-NC',
    body: `Kính gửi: Các sở, ban, ngành tỉnh.
Thực hiện Kế hoạch số 45/KH-BNV ngày 10/01/2025 của Bộ Nội vụ, Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị rà soát hồ sơ cán bộ, công chức.
2. Sở Tài chính bố trí kinh phí thực hiện rà soát.
Việc rà soát bảo đảm đúng quy định, công khai, minh bạch.
Hồ sơ sau rà soát được lưu trữ theo quy định của pháp luật về lưu trữ.
Thời gian rà soát thực hiện trong năm 2025.
Trong quá trình thực hiện, các đơn vị tổng hợp khó khăn, vướng mắc và kết quả để Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh theo mẫu như sau:`,
    tasks: [
      ['1', ['Sở Nội vụ'], ['các cơ quan, đơn vị']],
      ['2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'plan: the body named at the end of an item — "(Giao Sở X chủ trì …)", "Đơn vị thực hiện: …", "Cơ quan chủ trì: …; Thời gian: …"',
    type: 'KẾ HOẠCH',
    number: '811/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện đồng bộ, hiệu quả.
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị quán triệt Kế hoạch đến cán bộ, công chức (Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện).
2. Rà soát, cập nhật cơ sở dữ liệu cán bộ, công chức.
Đơn vị thực hiện: Sở Nội vụ. Thời gian: trước ngày 31/12/2025.
3. Xây dựng phần mềm quản lý hồ sơ điện tử.
Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Nội vụ; thời gian: Quý I/2026.
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành căn cứ nhiệm vụ được giao tại Kế hoạch này tổ chức triển khai thực hiện.`,
    tasks: [
      ['II.1', ['Sở Nội vụ'], ['Sở Tư pháp']],
      ['II.2', ['Sở Nội vụ'], [], '2025-12-31'],
      ['II.3', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], 'Quý I/2026'],
      ['III', ['Các sở, ban, ngành']],
    ],
  },
  {
    name: 'plan: "- Đơn vị thực hiện:" and "- Thời gian thực hiện:" as dashes under each numbered content item',
    type: 'KẾ HOẠCH',
    number: '812/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về phòng, chống thiên tai.
II. NỘI DUNG
1. Tuyên truyền trên các phương tiện thông tin đại chúng
- Đơn vị thực hiện: Báo và Phát thanh, Truyền hình Lâm Đồng.
- Thời gian thực hiện: Thường xuyên.
2. Diễn tập ứng phó bão, lũ cấp xã
- Đơn vị thực hiện: Ủy ban nhân dân các xã, phường.
- Đơn vị phối hợp: Bộ Chỉ huy Quân sự tỉnh.
- Thời gian thực hiện: Tháng 8/2026.`,
    tasks: [
      ['II.1', ['Báo và Phát thanh, Truyền hình Lâm Đồng']],
      ['II.2', ['Ủy ban nhân dân các xã, phường'], ['Bộ Chỉ huy Quân sự tỉnh'], 'Tháng 8/2026'],
    ],
  },
  {
    name: 'resolution: "Điều 2. Tổ chức thực hiện" giving the committee, the council\'s bodies and the Front their work',
    type: 'NGHỊ QUYẾT',
    number: '813/NQ-HĐND',
    body: `HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG
KHÓA X, KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét Tờ trình số 120/TTr-UBND ngày 01 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Quy định mức chi hỗ trợ đối với người hoạt động không chuyên trách ở thôn, tổ dân phố.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
3. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát việc thực hiện Nghị quyết.
Điều 3. Hiệu lực thi hành
Nghị quyết này đã được Hội đồng nhân dân tỉnh Lâm Đồng Khóa X, Kỳ họp thứ 5 thông qua ngày 10 tháng 9 năm 2025 và có hiệu lực từ ngày 20 tháng 9 năm 2025./.`,
    tasks: [
      ['Điều 2.1', ['Ủy ban nhân dân tỉnh']],
      ['Điều 2.2', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh', 'các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh']],
      ['Điều 2.3', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
    ],
  },
  {
    name: 'resolution: one closing article "Giao … tổ chức thực hiện …" then the council\'s bodies supervising',
    type: 'NGHỊ QUYẾT',
    number: '814/NQ-HĐND',
    body: `HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT NGHỊ:
Điều 1. Thông qua danh mục dự án cần thu hồi đất năm 2026 trên địa bàn tỉnh.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 9 năm 2025./.`,
    tasks: [
      ['Điều 2', ['Ủy ban nhân dân tỉnh']],
      ['Điều 2', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh', 'các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh']],
    ],
  },
  {
    name: 'Party directive: numbered items each led by Party committees, boards and the Front',
    type: 'CHỈ THỊ',
    number: '815-CT/TU',
    party: true,
    body: `Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí
Thời gian qua, công tác phòng, chống tham nhũng, lãng phí trên địa bàn tỉnh đạt nhiều kết quả. Để tiếp tục nâng cao hiệu quả, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, lãng phí; xác định đây là nhiệm vụ trọng tâm, thường xuyên.
2. Đảng ủy các xã, phường lãnh đạo, chỉ đạo chính quyền cùng cấp rà soát, công khai các thủ tục hành chính.
3. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo hệ thống Mặt trận các cấp tăng cường giám sát việc thực hiện.
4. Các ban đảng, Văn phòng Tỉnh ủy, các đảng ủy trực thuộc Tỉnh ủy căn cứ Chỉ thị này xây dựng kế hoạch tổ chức thực hiện.
5. Ủy ban Kiểm tra Tỉnh ủy theo dõi, kiểm tra, giám sát việc thực hiện Chỉ thị; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.
Chỉ thị này được phổ biến đến chi bộ.`,
    tasks: [
      ['1', ['Các cấp ủy, tổ chức đảng']],
      ['2', ['Đảng ủy các xã, phường']],
      ['3', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
      ['4', ['Các ban đảng', 'Văn phòng Tỉnh ủy', 'các đảng ủy trực thuộc Tỉnh ủy']],
      ['5', ['Ủy ban Kiểm tra Tỉnh ủy'], [], null, 'định kỳ 6 tháng'],
    ],
  },
  {
    name: 'Party guide: one paragraph under "TỔ CHỨC THỰC HIỆN": "Các ban đảng, … căn cứ Hướng dẫn này tổ chức thực hiện"',
    type: 'HƯỚNG DẪN',
    number: '816-HD/BTGDVTU',
    party: true,
    body: `Tuyên truyền kỷ niệm 80 năm Ngày Cách mạng tháng Tám và Quốc khánh 2/9
I. MỤC ĐÍCH, YÊU CẦU
Khơi dậy niềm tự hào dân tộc.
II. NỘI DUNG TUYÊN TRUYỀN
Ý nghĩa lịch sử của Cách mạng tháng Tám.
III. TỔ CHỨC THỰC HIỆN
Các ban đảng, Văn phòng Tỉnh ủy, các đảng ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này tổ chức thực hiện; báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 15/9/2025.`,
    tasks: [['III', ['Các ban đảng', 'Văn phòng Tỉnh ủy', 'các đảng ủy trực thuộc Tỉnh ủy'], [], '2025-09-15']],
  },
  {
    name: 'Front plan: the standing board directing, the member organisations and the hamlets\' boards',
    type: 'KẾ HOẠCH',
    number: '817/KH-MTTQ-BTT',
    body: `Tổ chức lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân dân xã
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm dân chủ, đúng luật.
II. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chỉ đạo Ban Công tác Mặt trận các thôn tổ chức hội nghị cử tri, hoàn thành trước ngày 15/01/2026.
2. Các tổ chức chính trị - xã hội xã phối hợp tuyên truyền, vận động hội viên tham dự hội nghị.
3. Ban Công tác Mặt trận các thôn báo cáo kết quả về Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã trước ngày 20/01/2026.`,
    tasks: [
      ['II.1', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã'], [], '2026-01-15'],
      ['II.2', ['Các tổ chức chính trị - xã hội xã']],
      ['II.3', ['Ban Công tác Mặt trận các thôn'], [], '2026-01-20'],
    ],
  },
  {
    name: 'directive of the Chairman: numbered paragraphs each addressed to a body, lettered duties below',
    type: 'CHỈ THỊ',
    number: '818/CT-UBND',
    body: `Về tăng cường kỷ luật, kỷ cương hành chính
Thời gian qua, kỷ luật, kỷ cương hành chính có chuyển biến tích cực. Để khắc phục những tồn tại, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường:
a) Quán triệt cán bộ, công chức chấp hành nghiêm giờ giấc làm việc.
b) Thực hiện nghiêm quy định về tiếp công dân.
2. Sở Nội vụ:
a) Chủ trì, phối hợp với Thanh tra tỉnh kiểm tra công vụ đột xuất.
b) Tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
3. Thanh tra tỉnh tăng cường thanh tra trách nhiệm thủ trưởng trong thực hiện kỷ luật hành chính.
Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường triển khai thực hiện nghiêm túc Chỉ thị này./.`,
    tasks: [
      ['1', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']],
      ['2', ['Sở Nội vụ'], ['Thanh tra tỉnh']],
      ['3', ['Thanh tra tỉnh']],
    ],
  },
];

/** A commune's bodies: its Party committee's boards, its People's Committee's offices, the Front and the unions, hamlets. */
const COMMUNE: Variant[] = [
  {
    name: 'commune Party plan: the standing board, the commune\'s offices, Party cells of hamlets and the unions',
    type: 'KẾ HOẠCH',
    number: '821-KH/ĐU',
    party: true,
    body: `Triển khai thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Đưa Nghị quyết vào cuộc sống.
II. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đảng ủy xã lãnh đạo, chỉ đạo việc triển khai Kế hoạch.
2. Văn phòng Đảng ủy xã tham mưu tổ chức hội nghị học tập, quán triệt, hoàn thành trước ngày 30/11/2025.
3. Ủy ban Kiểm tra Đảng ủy xã kiểm tra, giám sát việc thực hiện Nghị quyết ở các chi bộ.
4. Chi bộ các thôn xây dựng chương trình hành động cụ thể.
5. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã tuyên truyền, vận động đoàn viên, hội viên thực hiện Nghị quyết.`,
    tasks: [
      ['II.1', ['Ban Thường vụ Đảng ủy xã']],
      ['II.2', ['Văn phòng Đảng ủy xã'], [], '2025-11-30'],
      ['II.3', ['Ủy ban Kiểm tra Đảng ủy xã']],
      ['II.4', ['Chi bộ các thôn']],
      ['II.5', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các tổ chức chính trị - xã hội xã']],
    ],
  },
  {
    name: 'commune plan: "Giao Phòng Văn hóa - Xã hội chủ trì", the commune\'s police, military command, health station and school',
    type: 'KẾ HOẠCH',
    number: '822/KH-UBND',
    body: `Phòng, chống dịch bệnh sốt xuất huyết năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch.
II. TỔ CHỨC THỰC HIỆN
1. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã tham mưu Ủy ban nhân dân xã chỉ đạo công tác phòng, chống dịch.
2. Trạm Y tế xã giám sát ca bệnh, xử lý ổ dịch; định kỳ hằng tháng báo cáo Ủy ban nhân dân xã.
3. Công an xã, Ban Chỉ huy Quân sự xã hỗ trợ lực lượng tham gia chiến dịch diệt lăng quăng.
4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã bố trí kinh phí thực hiện.
5. Trưởng các thôn vận động nhân dân vệ sinh môi trường.`,
    tasks: [
      ['II.1', ['Phòng Văn hóa - Xã hội'], ['Trạm Y tế xã']],
      ['II.2', ['Trạm Y tế xã'], [], null, 'định kỳ hằng tháng'],
      ['II.3', ['Công an xã', 'Ban Chỉ huy Quân sự xã']],
      ['II.4', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã']],
      ['II.5', ['Trưởng các thôn']],
    ],
  },
  {
    name: 'election plan: short labels "- Chủ trì:", "- Phối hợp:", "- Thời gian:" under each step',
    type: 'KẾ HOẠCH',
    number: '823/KH-UBBC',
    body: `Triển khai công tác bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031
I. MỤC ĐÍCH, YÊU CẦU
Tổ chức cuộc bầu cử dân chủ, đúng luật.
II. NỘI DUNG, NHIỆM VỤ
1. Thành lập các Tổ bầu cử
- Chủ trì: Ủy ban nhân dân xã.
- Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã.
- Thời gian: trước ngày 15/02/2026.
2. Lập và niêm yết danh sách cử tri
- Chủ trì: Công an xã.
- Thời gian: trước ngày 25/02/2026.`,
    tasks: [
      ['II.1', ['Ủy ban nhân dân xã'], ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], '2026-02-15'],
      ['II.2', ['Công an xã'], [], '2026-02-25'],
    ],
  },
  {
    name: 'plan: a content item whose last sentence gives it ("… Giao Sở Nội vụ chủ trì thực hiện, hoàn thành trong quý II/2026")',
    type: 'KẾ HOẠCH',
    number: '824/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực cán bộ cấp xã.
II. NHIỆM VỤ
1. Tổ chức tập huấn nghiệp vụ cho công chức cấp xã. Giao Sở Nội vụ chủ trì thực hiện, hoàn thành trong quý II/2026.
2. Biên soạn tài liệu hướng dẫn nghiệp vụ hộ tịch. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ thực hiện.`,
    tasks: [
      ['II.1', ['Sở Nội vụ']],
      ['II.2', ['Sở Tư pháp'], ['Sở Nội vụ']],
    ],
  },
];

/** Telegrams, conclusion notices and decisions as a province's committee words them. */
const PROVINCE: Variant[] = [
  {
    name: 'công điện: the addressees in dashes, "Chủ tịch … yêu cầu … theo chức năng, nhiệm vụ được giao:" over items naming their bodies',
    type: 'CÔNG ĐIỆN',
    number: '831/CĐ-UBND',
    body: `Về việc chủ động ứng phó với bão số 5
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng, Y tế;
- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;
- Chủ tịch Ủy ban nhân dân các xã, phường.
Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 5 đang di chuyển nhanh về phía đất liền. Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao:
1. Chủ tịch Ủy ban nhân dân các xã, phường ven biển tổ chức kêu gọi tàu thuyền vào nơi tránh trú an toàn, hoàn thành trước 17 giờ ngày 20/8/2025.
2. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng, phương tiện sẵn sàng cứu hộ, cứu nạn.
3. Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến của bão, tổng hợp tình hình báo cáo Chủ tịch Ủy ban nhân dân tỉnh.
4. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Công điện này./.`,
    tasks: [
      ['1', ['Chủ tịch Ủy ban nhân dân các xã, phường ven biển'], [], '2025-08-20'],
      ['2', ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh']],
      ['3', ['Sở Nông nghiệp và Môi trường']],
      ['4', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ],
  },
  {
    name: 'thông báo kết luận: Roman parts, the tasks under "II. NHIỆM VỤ THỜI GIAN TỚI" as items "Giao …" and a body with its colon',
    type: 'THÔNG BÁO',
    number: '832/TB-VP',
    body: `Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công
Ngày 10/9/2025, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2025. Sau khi nghe Sở Tài chính báo cáo và ý kiến của các đại biểu, Phó Chủ tịch kết luận như sau:
I. ĐÁNH GIÁ CHUNG
Tiến độ giải ngân còn chậm, đạt 45% kế hoạch.
II. NHIỆM VỤ THỜI GIAN TỚI
1. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XV rà soát, điều chuyển vốn của các dự án chậm giải ngân, báo cáo trước ngày 30/9/2025.
2. Ban Quản lý dự án đầu tư xây dựng tỉnh: khẩn trương hoàn thiện hồ sơ thanh toán khối lượng hoàn thành.
3. Ủy ban nhân dân các xã, phường tập trung giải phóng mặt bằng các dự án trọng điểm.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.`,
    tasks: [
      ['II.1', ['Sở Tài chính'], ['Kho bạc Nhà nước khu vực XV'], '2025-09-30'],
      ['II.2', ['Ban Quản lý dự án đầu tư xây dựng tỉnh']],
      ['II.3', ['Ủy ban nhân dân các xã, phường']],
    ],
  },
  {
    name: 'quyết định: "Điều 2. Giao …" then a partner body\'s own sentence, and the execution clause in Điều 3',
    type: 'QUYẾT ĐỊNH',
    number: '833/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục dự án kêu gọi đầu tư năm 2026 (có danh mục kèm theo).
Điều 2. Giao Sở Tài chính chủ trì công bố danh mục dự án trên Cổng thông tin điện tử của tỉnh. Ủy ban nhân dân các xã, phường nơi có dự án phối hợp cung cấp thông tin cho nhà đầu tư.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Sở Tài chính']],
      ['Điều 2', ['Ủy ban nhân dân các xã, phường nơi có dự án']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Tài chính', 'Chủ tịch Ủy ban nhân dân các xã, phường']],
    ],
  },
];

/** A ministry's letters to provinces and a council's resolution as they word the work they give. */
const MINISTRY: Variant[] = [
  {
    name: 'ministry letter: "đề nghị Ủy ban nhân dân các tỉnh … quan tâm, chỉ đạo Công an tỉnh phối hợp …" directs its own unit',
    type: 'V/v triển khai mô hình quản lý người sau cai nghiện ma túy',
    number: '841/BCA-C04',
    body: `Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thực hiện Kế hoạch số 12/KH-BCA ngày 10/01/2025 của Bộ Công an, để nâng cao hiệu quả quản lý người sau cai nghiện ma túy, Bộ Công an đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quan tâm, chỉ đạo Công an tỉnh phối hợp với Sở Y tế triển khai mô hình quản lý người sau cai nghiện ma túy tại cộng đồng.
Trân trọng cảm ơn sự quan tâm phối hợp của Quý cơ quan./.`,
    tasks: [['', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']]],
  },
  {
    name: 'plan: each item\'s time in brackets at its end ("(Thời gian hoàn thành: tháng 10/2025)")',
    type: 'KẾ HOẠCH',
    number: '842/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng tiến độ.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì tổ chức khám sàng lọc cho người sử dụng trái phép chất ma túy (Thời gian hoàn thành: tháng 10/2025).
2. Công an tỉnh cung cấp danh sách người sử dụng trái phép chất ma túy cho Sở Y tế (thời gian thực hiện: trước ngày 15/9/2025).`,
    tasks: [
      ['II.1', ['Sở Y tế'], [], 'tháng 10/2025'],
      ['II.2', ['Công an tỉnh'], [], '2025-09-15'],
    ],
  },
  {
    name: 'resolution: "Điều 3. Tổ chức thực hiện" whose clauses make the committee responsible and the council\'s bodies supervise',
    type: 'NGHỊ QUYẾT',
    number: '843/NQ-HĐND',
    body: `HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
Nghị quyết này quy định chính sách hỗ trợ người sau cai nghiện ma túy.
Điều 2. Mức hỗ trợ
Hỗ trợ 01 lần bằng 2.000.000 đồng/người.
Điều 3. Tổ chức thực hiện
1. Ủy ban nhân dân tỉnh có trách nhiệm tổ chức triển khai thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Điều 4. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 10 năm 2025./.`,
    tasks: [
      ['Điều 3.1', ['Ủy ban nhân dân tỉnh']],
      ['Điều 3.2', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh', 'các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh']],
    ],
  },
];

MINISTRY.push({
  name: 'công văn: arranging funds for others to attend is work, unlike asking the invited to attend',
  type: 'V/v tham gia Hội chợ nông sản năm 2025',
  number: '844/UBND-KT',
  body: `Kính gửi: Sở Tài chính; Sở Công Thương.
Đề nghị Sở Tài chính bố trí kinh phí để các hợp tác xã tham dự Hội chợ nông sản năm 2025.
Đề nghị Sở Công Thương cử đại diện lãnh đạo tham dự lễ khai mạc Hội chợ.`,
  tasks: [['', ['Sở Tài chính']]],
});

const VARIANTS = [...NOTHING_ASSIGNED, ...ASSIGNED, ...COMMUNE, ...PROVINCE, ...MINISTRY];

describe('task forms of the conventions, third round', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const record = extractRecord(await docFromText(taskDocument(variant, variant.subject ?? 'Về việc triển khai công tác năm 2025')));
    const { got, want } = taskRows(record.tasks, variant.tasks);
    expect(got).toEqual(want);
  });
});
