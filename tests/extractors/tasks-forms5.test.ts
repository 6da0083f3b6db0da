import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { leadOf } from '../../extractors/tasks/reading.js';
import { sentencesOf, wrapMargin } from '../../extractors/tasks/sentences.js';
import type { Line } from '../../pipeline/core/model.js';
import { docFromText } from '../helpers.js';
import { legalDocument, taskDocument, taskRows, type ExpectedTask, type LegalText, type TaskCase } from './task-document.js';

/**
 * More variants of the document shapes that assign work (issue 25), written from their conventions (Nghị định 30/2020/NĐ-CP
 * and its Phụ lục; Luật Ban hành văn bản quy phạm pháp luật for the legal texts; tests/eval/gold/README.md's task rules),
 * in wordings the other variant files do not use: an election plan's sub-committees, an implementation part joined to
 * "ĐIỀU KIỆN BẢO ĐẢM", labelled "Cơ quan chủ trì / phối hợp / Thời gian hoàn thành" sub-lines, a decision's article giving
 * two bodies work in two sentences, a resolution's "Điều 4. Tổ chức thực hiện", a chairman's conclusions, a Prime Minister's
 * công điện, a department's request to report, a giấy mời's preparation, a task table between bars, an arabic "Phân công
 * thực hiện" with lettered bodies whose verbs are not the usual ones ("đưa tin", "thanh toán"), frequencies; documents that
 * assign nothing (a report's proposals upward, a tờ trình's draft, an association's charter, a letter that informs); and
 * legal texts: a session as the time, an article of execution ("Trách nhiệm thi hành") whose clauses use no execution words, a clause
 * opening with its time, an institution's clause and head, the transitional compliance of regulated parties.
 * Each row: [section, lead, partners?, deadline?, frequency?], names compared case-folded.
 */

const CASES: TaskCase[] = [
  {
    name: 'plan: "IV. TỔ CHỨC THỰC HIỆN" after a part of tasks, items "1. Ban Chỉ đạo", "2. Các tiểu ban"',
    type: 'KẾ HOẠCH',
    number: '55/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Tổ chức thành công cuộc bầu cử.
II. NỘI DUNG CÔNG VIỆC
1. Thành lập các tổ bầu cử.
2. Lập danh sách cử tri.
III. KINH PHÍ
Ngân sách xã bảo đảm.
IV. TỔ CHỨC THỰC HIỆN
1. Tiểu ban Tuyên truyền chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền về cuộc bầu cử; thời gian hoàn thành: trước ngày 20/02/2026.
2. Tiểu ban An ninh, trật tự bảo đảm an ninh trong suốt thời gian bầu cử.
3. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tổng hợp, báo cáo kết quả định kỳ hằng tuần.`,
    tasks: [
      ['IV.1', ['Tiểu ban Tuyên truyền'], undefined, '2026-02-20'],
      ['IV.2', ['Tiểu ban An ninh, trật tự']],
      ['IV.3', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã']],
    ],
  },
  {
    name: 'plan: "V. ĐIỀU KIỆN BẢO ĐẢM VÀ TỔ CHỨC THỰC HIỆN" with dash bodies',
    type: 'KẾ HOẠCH',
    number: '56/KH-UBND',
    body: `I. MỤC TIÊU
Nâng cao chất lượng.
II. NHIỆM VỤ
1. Hoàn thiện thể chế.
III. GIẢI PHÁP
Tăng cường kiểm tra.
IV. KINH PHÍ
Ngân sách tỉnh.
V. ĐIỀU KIỆN BẢO ĐẢM VÀ TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
2. Sở Tài chính tham mưu bố trí kinh phí.
3. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện.`,
    tasks: [
      ['V.1', ['Sở Khoa học và Công nghệ']],
      ['V.2', ['Sở Tài chính']],
      ['V.3', ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường']],
    ],
  },
  {
    name: 'plan: sub-items labelled "- Cơ quan chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian hoàn thành: …"',
    type: 'KẾ HOẠCH',
    number: '57/KH-UBND',
    body: `I. MỤC ĐÍCH
Triển khai kịp thời.
II. NHIỆM VỤ CỤ THỂ
1. Rà soát, sắp xếp đơn vị sự nghiệp công lập
- Cơ quan chủ trì: Sở Nội vụ.
- Cơ quan phối hợp: Sở Tài chính, Sở Y tế.
- Thời gian hoàn thành: Quý II/2026.
2. Xây dựng cơ sở dữ liệu cán bộ, công chức
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Cơ quan phối hợp: Sở Nội vụ.
- Thời gian hoàn thành: Tháng 10/2026.
III. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, đôn đốc, báo cáo Ủy ban nhân dân tỉnh.`,
    tasks: [
      ['II.1', ['Sở Nội vụ'], ['Sở Tài chính', 'Sở Y tế'], 'Quý II/2026'],
      ['II.2', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], 'Tháng 10/2026'],
      ['III', ['Sở Nội vụ']],
    ],
  },
  {
    name: 'decision: "Điều 2." giving two departments work in one sentence each, "Điều 3." execution clause with "Chánh Văn phòng"',
    type: 'QUYẾT ĐỊNH',
    number: '1200/QĐ-UBND',
    body: `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án vị trí việc làm của Sở Y tế.
Điều 2. Sở Y tế có trách nhiệm bố trí công chức theo vị trí việc làm được phê duyệt. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Sở Y tế']],
      ['Điều 2', ['Sở Nội vụ']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Y tế', 'Thủ trưởng các cơ quan, đơn vị có liên quan']],
    ],
  },
  {
    name: 'resolution: "Điều 4. Tổ chức thực hiện" with "1. Giao Ủy ban nhân dân tỉnh" and "2. Giao Thường trực … giám sát"',
    type: 'NGHỊ QUYẾT',
    number: '25/NQ-HĐND',
    body: `HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG
KHÓA X, KỲ HỌP THỨ 5
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT NGHỊ:
Điều 1. Thông qua danh mục dự án.
Điều 2. Nguồn vốn thực hiện.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày thông qua.
Điều 4. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.`,
    tasks: [
      ['Điều 4.1', ['Ủy ban nhân dân tỉnh']],
      ['Điều 4.2', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh', 'các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh']],
    ],
  },
  {
    name: 'conclusion notice: "Ủy ban nhân dân tỉnh kết luận như sau:" numbered "Giao", a lettered item naming its own agency',
    type: 'THÔNG BÁO',
    number: '300/TB-UBND',
    body: `Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về công tác giải phóng mặt bằng
Ngày 05/9/2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Đánh giá cao sự nỗ lực của các sở, ngành.
2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân xã Đức Trọng hoàn thành việc thu hồi đất trước ngày 30/9/2025.
3. Về kinh phí bồi thường:
a) Sở Tài chính tham mưu bố trí vốn trong tháng 10/2025.
b) Kho bạc Nhà nước khu vực XV thanh toán kịp thời.
4. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.`,
    tasks: [
      ['2', ['Sở Nông nghiệp và Môi trường'], ['Ủy ban nhân dân xã Đức Trọng'], '2025-09-30'],
      ['3.a', ['Sở Tài chính']],
      ['3.b', ['Kho bạc Nhà nước khu vực XV']],
      ['4', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ],
  },
  {
    name: 'công điện: "THỦ TƯỚNG CHÍNH PHỦ yêu cầu:" numbered items naming leaders',
    type: 'CÔNG ĐIỆN',
    number: '12/CĐ-TTg',
    body: `Về việc tập trung ứng phó với bão số 5
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;
- Chủ tịch Ủy ban nhân dân các tỉnh ven biển.
Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh ven biển theo dõi chặt chẽ diễn biến của bão, tổ chức kêu gọi tàu thuyền vào nơi tránh trú an toàn.
2. Bộ Quốc phòng chỉ đạo lực lượng sẵn sàng cứu hộ, cứu nạn.
3. Bộ Nông nghiệp và Môi trường tổ chức dự báo, cảnh báo kịp thời.
4. Văn phòng Chính phủ theo dõi, đôn đốc, báo cáo Thủ tướng Chính phủ những vấn đề phát sinh.`,
    tasks: [
      ['1', ['Chủ tịch Ủy ban nhân dân các tỉnh ven biển']],
      ['2', ['Bộ Quốc phòng']],
      ['3', ['Bộ Nông nghiệp và Môi trường']],
      ['4', ['Văn phòng Chính phủ']],
    ],
  },
  {
    name: 'công văn: "đề nghị Ủy ban nhân dân các xã, phường báo cáo … trước ngày" in one paragraph',
    type: 'V/v báo cáo kết quả thực hiện chuyển đổi số',
    number: '450/SKHCN-CĐS',
    body: `Kính gửi: Ủy ban nhân dân các xã, phường.
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện chuyển đổi số 9 tháng đầu năm 2025, gửi về Sở Khoa học và Công nghệ trước ngày 25/9/2025 để tổng hợp.
Trân trọng./.`,
    tasks: [['', ['Ủy ban nhân dân các xã, phường'], undefined, '2025-09-25']],
  },
  {
    name: 'giấy mời: "Giao Sở Tài chính chuẩn bị nội dung" after the meeting',
    type: 'GIẤY MỜI',
    number: '80/GM-UBND',
    body: `Ủy ban nhân dân tỉnh trân trọng kính mời:
- Lãnh đạo Sở Tài chính;
- Lãnh đạo Sở Xây dựng.
Dự cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư công.
Thời gian: 14 giờ 00, ngày 15/9/2025.
Địa điểm: Phòng họp số 2, Ủy ban nhân dân tỉnh.
Giao Sở Tài chính chuẩn bị nội dung báo cáo, gửi Văn phòng Ủy ban nhân dân tỉnh trước 16 giờ 00 ngày 13/9/2025.`,
    tasks: [['', ['Sở Tài chính'], undefined, '2025-09-13']],
  },
  {
    name: 'báo cáo: results and "đề xuất, kiến nghị" upward assign nothing',
    type: 'BÁO CÁO',
    number: '200/BC-UBND',
    body: `I. KẾT QUẢ THỰC HIỆN
1. Sở Nội vụ đã chủ trì, phối hợp với các sở tổ chức 05 hội nghị tập huấn.
2. Ủy ban nhân dân các xã đã hoàn thành việc rà soát.
II. TỒN TẠI, HẠN CHẾ
Một số đơn vị chậm báo cáo.
III. ĐỀ XUẤT, KIẾN NGHỊ
1. Đề nghị Bộ Nội vụ sớm ban hành văn bản hướng dẫn.
2. Kiến nghị Chính phủ bố trí kinh phí.`,
    tasks: [],
  },
  {
    name: 'tờ trình: "kính trình Ủy ban nhân dân tỉnh xem xét" assigns nothing',
    type: 'TỜ TRÌNH',
    number: '90/TTr-SNV',
    body: `Kính gửi: Ủy ban nhân dân tỉnh.
I. SỰ CẦN THIẾT
Việc ban hành Quyết định là cần thiết.
II. NỘI DUNG ĐỀ XUẤT
1. Giao Sở Nội vụ chủ trì tổ chức thực hiện (dự thảo Điều 2).
2. Các sở, ngành có trách nhiệm phối hợp.
Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.`,
    tasks: [],
  },
  {
    name: 'charter (điều lệ) attached to a decision: members\' rights and duties are no tasks',
    type: 'QUYẾT ĐỊNH',
    number: '77/QĐ-UBND',
    body: `Điều 1. Phê duyệt Điều lệ Hội Cựu giáo chức tỉnh (kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
ĐIỀU LỆ HỘI CỰU GIÁO CHỨC TỈNH
Chương I. QUY ĐỊNH CHUNG
Điều 1. Tên gọi
Hội Cựu giáo chức tỉnh Lâm Đồng.
Chương II. HỘI VIÊN
Điều 5. Nhiệm vụ của hội viên
1. Chấp hành Điều lệ Hội.
2. Tham gia các hoạt động của Hội.
Điều 6. Quyền của hội viên
Được ứng cử, đề cử vào Ban Chấp hành Hội.`,
    tasks: [],
  },
  {
    name: 'letter informing of a holiday schedule assigns nothing',
    type: 'V/v nghỉ Tết Nguyên đán năm 2026',
    number: '500/UBND-TH',
    body: `Kính gửi: Các sở, ban, ngành thuộc tỉnh.
Thực hiện Thông báo của Bộ Nội vụ, Ủy ban nhân dân tỉnh thông báo lịch nghỉ Tết Nguyên đán năm 2026 như sau: cán bộ, công chức được nghỉ từ ngày 14/02/2026 đến hết ngày 22/02/2026.
Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết./.`,
    tasks: [],
  },
  {
    name: 'plan: task table with "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"',
    type: 'KẾ HOẠCH',
    number: '58/KH-UBND',
    body: `I. MỤC ĐÍCH
Triển khai đồng bộ.
II. NHIỆM VỤ CỤ THỂ
TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
1 | Xây dựng quy chế phối hợp | Sở Tư pháp | Sở Nội vụ | Tháng 11/2025
2 | Tập huấn nghiệp vụ | Sở Nội vụ | Các sở, ngành | Quý IV/2025
III. TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi, tổng hợp.`,
    tasks: [
      ['II.1', ['Sở Tư pháp'], ['Sở Nội vụ']],
      ['II.2', ['Sở Nội vụ']],
      ['III', ['Sở Tư pháp']],
    ],
  },
  {
    name: 'plan: Arabic implementation item "5. Phân công thực hiện" with lettered bodies and "chậm nhất ngày"',
    type: 'KẾ HOẠCH',
    number: '59/KH-UBND',
    body: `1. Mục đích, yêu cầu
Tuyên truyền sâu rộng.
2. Nội dung
Tổ chức hội thi.
3. Thời gian, địa điểm
Tháng 11/2025 tại Hội trường tỉnh.
4. Kinh phí
Từ nguồn xã hội hóa.
5. Phân công thực hiện
a) Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức hội thi, báo cáo kết quả chậm nhất ngày 15/12/2025.
b) Đài Phát thanh và Truyền hình tỉnh đưa tin về hội thi.
c) Công an tỉnh bảo đảm an ninh.`,
    tasks: [
      ['5.a', ['Sở Văn hóa, Thể thao và Du lịch'], undefined, '2025-12-15'],
      ['5.b', ['Đài Phát thanh và Truyền hình tỉnh']],
      ['5.c', ['Công an tỉnh']],
    ],
  },
  {
    name: 'plan: frequencies "định kỳ hằng quý", "trước ngày 20 của tháng cuối quý"',
    type: 'KẾ HOẠCH',
    number: '60/KH-UBND',
    body: `I. MỤC ĐÍCH
Theo dõi tiến độ.
II. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành báo cáo định kỳ hằng quý, gửi Sở Nội vụ trước ngày 20 của tháng cuối quý.
2. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng, hằng năm.`,
    tasks: [
      ['II.1', ['Các sở, ban, ngành']],
      ['II.2', ['Sở Nội vụ']],
    ],
  },
  { name: 'Party plan "V- TỔ CHỨC THỰC HIỆN" with "1- Ban Tuyên giáo và Dân vận Tỉnh ủy"', type: 'KẾ HOẠCH', number: '45-KH/TU', party: true,
    body: `I- MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc.
II- NỘI DUNG
Tổ chức học tập nghị quyết.
V- TỔ CHỨC THỰC HIỆN
1- Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn, theo dõi việc thực hiện Kế hoạch này.
2- Các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch, tổ chức quán triệt, hoàn thành trong tháng 10/2025.
3- Văn phòng Tỉnh ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.`,
    tasks: [['V.1', ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], ['Văn phòng Tỉnh ủy']], ['V.2', ['Các đảng ủy trực thuộc Tỉnh ủy']], ['V.3', ['Văn phòng Tỉnh ủy']]] },
  { name: 'Front plan: "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã:" over dashes', type: 'KẾ HOẠCH', number: '12/KH-MTTQ',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò.
III. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban MTTQ Việt Nam xã:
- Hướng dẫn các Ban Công tác Mặt trận triển khai cuộc vận động.
- Tổng hợp kết quả, báo cáo trước ngày 15/12/2025.
2. Các tổ chức chính trị - xã hội xã:
- Tuyên truyền đến đoàn viên, hội viên.
3. Ban Công tác Mặt trận các thôn phối hợp với Chi bộ thôn tổ chức thực hiện.`,
    tasks: [['III.1', ['Ban Thường trực Ủy ban MTTQ Việt Nam xã'], undefined, '2025-12-15'], ['III.2', ['Các tổ chức chính trị - xã hội xã']], ['III.3', ['Ban Công tác Mặt trận các thôn']]] },
  { name: 'công văn: "đề nghị các sở, ban, ngành gửi báo cáo về Sở Tài chính trước ngày 10 tháng 10 năm 2025 (qua Phòng Ngân sách)"', type: 'V/v báo cáo tình hình thực hiện dự toán', number: '900/STC-NS',
    body: `Kính gửi: Các sở, ban, ngành thuộc tỉnh.
Để có cơ sở tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các sở, ban, ngành gửi báo cáo tình hình thực hiện dự toán năm 2025 về Sở Tài chính trước ngày 10 tháng 10 năm 2025 (qua Phòng Ngân sách).
Trân trọng./.`,
    tasks: [['', ['các sở, ban, ngành'], undefined, '2025-10-10']] },
  { name: 'công văn: "yêu cầu Thủ trưởng các cơ quan, đơn vị … chậm nhất ngày 05/10/2025"', type: 'V/v chấn chỉnh kỷ luật hành chính', number: '901/UBND-NC',
    body: `Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị tổ chức kiểm điểm, báo cáo kết quả về Sở Nội vụ chậm nhất ngày 05/10/2025.`,
    tasks: [['', ['Thủ trưởng các cơ quan, đơn vị'], undefined, '2025-10-05']] },
  { name: 'plan: deadlines "trước 17 giờ ngày 20/10/2025", "trong tháng 12 năm 2025", frequency "hằng tháng"', type: 'KẾ HOẠCH', number: '61/KH-UBND',
    body: `I. MỤC ĐÍCH
Bảo đảm tiến độ.
II. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng gửi hồ sơ về Sở Tài chính trước 17 giờ ngày 20/10/2025.
2. Sở Tài chính thẩm định, hoàn thành trong tháng 12 năm 2025.
3. Kho bạc Nhà nước tỉnh báo cáo tình hình giải ngân hằng tháng.`,
    tasks: [['II.1', ['Sở Xây dựng'], undefined, '2025-10-20'], ['II.2', ['Sở Tài chính']], ['II.3', ['Kho bạc Nhà nước tỉnh'], undefined, null, 'hằng tháng']] },
  { name: 'plan: "VI. PHÂN CÔNG NHIỆM VỤ" with decimal items "6.1. Sở …"', type: 'KẾ HOẠCH', number: '62/KH-UBND',
    body: `I. MỤC ĐÍCH
Triển khai.
VI. PHÂN CÔNG NHIỆM VỤ
6.1. Sở Công Thương chủ trì tổ chức hội chợ.
6.2. Sở Nông nghiệp và Môi trường phối hợp giới thiệu sản phẩm OCOP.
6.3. Ủy ban nhân dân các phường bảo đảm vệ sinh môi trường.`,
    tasks: [['VI.6.1', ['Sở Công Thương']], ['VI.6.2', ['Sở Nông nghiệp và Môi trường']], ['VI.6.3', ['Ủy ban nhân dân các phường']]] },
  { name: 'thông báo kết luận: "Giao:" over lettered items, each naming its body', type: 'THÔNG BÁO', number: '310/TB-VPUBND',
    body: `Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Y tế
Ngày 10/9/2025, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh làm việc với Sở Y tế. Sau khi nghe báo cáo, đồng chí Phó Chủ tịch kết luận:
1. Cơ bản thống nhất với báo cáo của Sở Y tế.
2. Giao:
a) Sở Y tế khẩn trương hoàn thiện Đề án, trình Ủy ban nhân dân tỉnh trước ngày 30/10/2025.
b) Sở Tài chính cân đối, bố trí kinh phí mua sắm trang thiết bị.
c) Sở Nội vụ thẩm định vị trí việc làm.`,
    tasks: [['2.a', ['Sở Y tế'], undefined, '2025-10-30'], ['2.b', ['Sở Tài chính']], ['2.c', ['Sở Nội vụ']]] },
  { name: 'giấy mời with only a time, a place and a request to attend on time assigns nothing', type: 'GIẤY MỜI', number: '81/GM-UBND',
    body: `Ủy ban nhân dân tỉnh trân trọng kính mời đại diện lãnh đạo các sở, ban, ngành dự Hội nghị tổng kết công tác năm 2025.
Thời gian: 08 giờ 00 phút, ngày 20/12/2025.
Địa điểm: Hội trường Ủy ban nhân dân tỉnh.
Rất mong các đồng chí tham dự đúng thời gian./.`,
    tasks: [] },
  { name: 'báo cáo with a part "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" naming no body assigns nothing', type: 'BÁO CÁO', number: '210/BC-UBND',
    body: `I. KẾT QUẢ ĐẠT ĐƯỢC
Hoàn thành 95% kế hoạch.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
1. Tiếp tục đẩy mạnh cải cách hành chính.
2. Nâng cao chất lượng phục vụ.
III. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí.`,
    tasks: [] },
  { name: 'decision: "Điều 3. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan hướng dẫn …", "Điều 4." execution clause', type: 'QUYẾT ĐỊNH', number: '1201/QĐ-UBND',
    body: `Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh hướng dẫn, kiểm tra việc thực hiện Quy chế; định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [['Điều 3', ['Sở Nội vụ'], ['Văn phòng Ủy ban nhân dân tỉnh'], null, 'định kỳ 6 tháng'], ['Điều 4', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']]] },
  { name: 'công điện of the provincial chairman: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH yêu cầu:" lettered items', type: 'CÔNG ĐIỆN', number: '05/CĐ-UBND',
    body: `Về việc chủ động phòng, chống mưa lũ
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Giám đốc các sở, ngành;
- Chủ tịch Ủy ban nhân dân các xã, phường.
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
a) Chủ tịch Ủy ban nhân dân các xã, phường tổ chức sơ tán dân ra khỏi khu vực nguy hiểm.
b) Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện cứu hộ.
c) Sở Xây dựng kiểm tra an toàn các tuyến giao thông.`,
    tasks: [['a', ['Chủ tịch Ủy ban nhân dân các xã, phường']], ['b', ['Bộ Chỉ huy Quân sự tỉnh']], ['c', ['Sở Xây dựng']]] },
  { name: 'plan: table rows between bars with "Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện"', type: 'KẾ HOẠCH', number: '63/KH-UBND',
    body: `I. MỤC ĐÍCH
Triển khai.
II. NHIỆM VỤ
STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện
1 | Rà soát quy hoạch | Sở Xây dựng | Sở Tài chính | Trước 30/11/2025
2 | Cập nhật cơ sở dữ liệu | Sở Nông nghiệp và Môi trường | Ủy ban nhân dân các xã | Hằng quý`,
    tasks: [['II.1', ['Sở Xây dựng'], ['Sở Tài chính'], '2025-11-30'], ['II.2', ['Sở Nông nghiệp và Môi trường'], ['Ủy ban nhân dân các xã']]] },
];


const LEGAL: LegalText[] = [
  {
    name: 'law: the Government reporting to the National Assembly "tại Kỳ họp thứ 12" and "tại kỳ họp giữa năm 2027"',
    issuer: 'QUỐC HỘI', number: '90/2025/QH15', type: 'LUẬT', title: 'Luật Thủ đô (sửa đổi)',
    body: `Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về Thủ đô.
Chương V. ĐIỀU KHOẢN THI HÀNH
Điều 40. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
Điều 41. Tổ chức thực hiện
1. Chính phủ tổ chức thi hành Luật này, báo cáo Quốc hội kết quả thực hiện tại Kỳ họp thứ 12.
2. Ủy ban nhân dân thành phố Hà Nội tổng kết việc thực hiện, trình Hội đồng nhân dân thành phố tại kỳ họp giữa năm 2027.`,
    tasks: [['Điều 41.1', ['Chính phủ'], undefined, 'tại Kỳ họp thứ 12'], ['Điều 41.2', ['Ủy ban nhân dân thành phố Hà Nội'], undefined, 'tại kỳ họp giữa năm 2027']],
  },
  {
    name: 'nghị định: a clause opening with its time ("Trước ngày 31 tháng 3 hằng năm, Bộ Tài chính …"; "Hằng năm, Ủy ban nhân dân cấp tỉnh …")',
    issuer: 'CHÍNH PHỦ', number: '150/2025/NĐ-CP', type: 'NGHỊ ĐỊNH', title: 'Quy định về quản lý tài sản công',
    body: `Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về quản lý tài sản công.
Điều 30. Trách nhiệm thi hành
1. Trước ngày 31 tháng 3 hằng năm, Bộ Tài chính tổng hợp, báo cáo Chính phủ tình hình quản lý tài sản công.
2. Hằng năm, Ủy ban nhân dân cấp tỉnh rà soát, báo cáo Bộ Tài chính.`,
    tasks: [['Điều 30.1', ['Bộ Tài chính']], ['Điều 30.2', ['Ủy ban nhân dân cấp tỉnh']]],
  },
  {
    name: 'thông tư: an implementation article\'s clause titled by an institution over its lettered duties, and "Thủ trưởng cơ sở đào tạo"',
    issuer: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', number: '25/2025/TT-BGDĐT', type: 'THÔNG TƯ', title: 'Quy chế tuyển sinh đại học',
    body: `Điều 1. Phạm vi điều chỉnh
Thông tư này ban hành Quy chế tuyển sinh.
Điều 20. Tổ chức thực hiện
1. Cơ sở đào tạo có tuyển sinh trình độ đại học
a) Công bố đề án tuyển sinh.
b) Báo cáo kết quả tuyển sinh về Bộ Giáo dục và Đào tạo.
2. Thủ trưởng cơ sở đào tạo chịu trách nhiệm về kết quả tuyển sinh của đơn vị mình và tổ chức thực hiện Quy chế.
3. Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông.`,
    tasks: [['Điều 20.1', ['Cơ sở đào tạo có tuyển sinh trình độ đại học']], ['Điều 20.2', ['Thủ trưởng cơ sở đào tạo']], ['Điều 20.3', ['Sở Giáo dục và Đào tạo']]],
  },
  {
    name: 'thông tư of the State Bank: credit institutions\' transitional compliance by a date is no task; the Bank\'s own department\'s is',
    issuer: 'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', number: '30/2025/TT-NHNN', type: 'THÔNG TƯ', title: 'Quy định về an toàn vốn',
    body: `Điều 1. Phạm vi điều chỉnh
Thông tư này quy định tỷ lệ an toàn vốn.
Điều 15. Quy định chuyển tiếp
1. Tổ chức tín dụng, chi nhánh ngân hàng nước ngoài phải đáp ứng tỷ lệ an toàn vốn theo quy định tại Thông tư này trước ngày 01/01/2027.
2. Doanh nghiệp phải hoàn thành việc chuyển đổi trước ngày 01/7/2026.
Điều 16. Trách nhiệm tổ chức thực hiện
Chánh Văn phòng, Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước chịu trách nhiệm tổ chức thực hiện Thông tư này.`,
    tasks: [['Điều 16', ['Chánh Văn phòng', 'Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước']]],
  },
  {
    name: 'luật: a transitional duty of a ministry by a one-off date is a task; the right of persons is not',
    issuer: 'QUỐC HỘI', number: '91/2025/QH15', type: 'LUẬT', title: 'Luật Dữ liệu',
    body: `Điều 1. Phạm vi điều chỉnh
Luật này quy định về dữ liệu.
Điều 45. Quy định chuyển tiếp
1. Bộ Công an có trách nhiệm hoàn thành việc kết nối Cơ sở dữ liệu tổng hợp quốc gia trước ngày 31 tháng 12 năm 2026.
2. Cá nhân đã đăng ký trước ngày Luật này có hiệu lực được tiếp tục sử dụng tài khoản đến hết ngày 31 tháng 12 năm 2026.`,
    tasks: [['Điều 45.1', ['Bộ Công an'], undefined, '2026-12-31']],
  },
];

describe('tasks: more administrative forms (issue 25)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const record = extractRecord(await docFromText(taskDocument(c, 'Về việc triển khai thực hiện năm 2025')));
    const { got, want } = taskRows(record.tasks, c.tasks);
    expect(got).toEqual(want);
  });
});

describe('tasks: more legal normative forms (issue 25)', () => {
  it.each(LEGAL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const record = extractRecord(await docFromText(legalDocument(c)));
    const { got, want } = taskRows(record.tasks, c.tasks);
    expect(got).toEqual(want);
  });
});

/**
 * The lead ends at the verb that starts the duty; verbs of everyday administrative work beyond the commonest ones (paying,
 * compiling, licensing, training, investigating, inspecting, serving a session) end it too, and a name that holds a verb's
 * word in capitals ("Thanh tra tỉnh", "Trung tâm Phục vụ hành chính công") or a noun like "trình độ" keeps it.
 */
const LEADS: Array<[string, string[]]> = [
  ['Trường Chính trị tỉnh biên soạn tài liệu bồi dưỡng.', ['Trường Chính trị tỉnh']],
  ['Thanh tra tỉnh thanh tra việc chấp hành pháp luật.', ['Thanh tra tỉnh']],
  ['Công an tỉnh điều tra, xử lý nghiêm các vi phạm.', ['Công an tỉnh']],
  ['Liên đoàn Lao động tỉnh chăm lo đời sống đoàn viên.', ['Liên đoàn Lao động tỉnh']],
  ['Sở Y tế cấp phép hoạt động cho các cơ sở đủ điều kiện.', ['Sở Y tế']],
  ['Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ.', ['Trung tâm Phục vụ hành chính công tỉnh']],
  ['Bảo hiểm xã hội tỉnh chi trả kịp thời các chế độ.', ['Bảo hiểm xã hội tỉnh']],
  ['Sở Giáo dục và Đào tạo biên soạn, in ấn tài liệu.', ['Sở Giáo dục và Đào tạo']],
  ['Bộ Chỉ huy Quân sự tỉnh huấn luyện lực lượng dân quân.', ['Bộ Chỉ huy Quân sự tỉnh']],
  ['Sở Văn hóa, Thể thao và Du lịch trang trí, cổ động trực quan.', ['Sở Văn hóa, Thể thao và Du lịch']],
  ['Cục Thuế tỉnh thu nộp ngân sách đúng hạn.', ['Cục Thuế tỉnh']],
  ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh phục vụ kỳ họp.', ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh']],
  ['Sở Tài chính thanh quyết toán kinh phí.', ['Sở Tài chính']],
  ['Ban Quản lý các khu công nghiệp tỉnh kiểm soát chặt chẽ môi trường.', ['Ban Quản lý các khu công nghiệp tỉnh']],
  ['Kho bạc Nhà nước khu vực XV thanh toán kịp thời.', ['Kho bạc Nhà nước khu vực XV']],
];

describe('tasks: the lead ends at the duty\'s verb', () => {
  it.each(LEADS)('%s', (text, lead) => {
    expect(leadOf(text)).toEqual(lead);
  });
});

/** A verb's word after a body's head noun is part of the body's name ("Cục Cảnh sát điều tra …", "Cơ quan Cảnh sát điều tra …"). */
const NAMED_BY_VERB: Array<[string, string[]]> = [
  ['Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an chủ trì tổng hợp.', ['Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an']],
  ['Cơ quan Cảnh sát điều tra Công an tỉnh chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh.', ['Cơ quan Cảnh sát điều tra Công an tỉnh']],
];

describe('tasks: a verb\'s word inside a body\'s name does not end the lead', () => {
  it.each(NAMED_BY_VERB)('%s', (text, lead) => {
    expect(leadOf(text)).toEqual(lead);
  });
});

describe('tasks: a short page\'s paragraph wrapped over lines', () => {
  // A one-paragraph công văn as a text PDF gives too few lines to show its right margin: a line that ends without a stop
  // runs on into one opening in a small letter ("… đơn vị tổ / chức kiểm điểm …"), not into one opening a sentence or item.
  const texts = [
    'Kính gửi: Các sở, ban, ngành',
    'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị tổ',
    'chức kiểm điểm, báo cáo kết quả về Sở Nội vụ chậm nhất ngày 05/10/2025',
    'Trân trọng',
  ];
  let start = 0;
  const lines: Line[] = texts.map((text, i) => {
    const line: Line = { text, start, end: start + text.length, page: 1, x: 85, y: 100 + 20 * i, width: [200, 430, 400, 80][i]!, column: 'full' };
    start += text.length + 1;
    return line;
  });
  it('joins the lines of the sentence, not the lines around it', () => {
    expect(sentencesOf(lines, wrapMargin(lines, false)).map((s) => s.text)).toEqual([
      texts[0],
      `${texts[1]} ${texts[2]}`,
      texts[3],
    ]);
  });
  it('keeps a DOCX\'s paragraphs apart', () => {
    expect(sentencesOf(lines, wrapMargin(lines, true))).toHaveLength(4);
  });
});
