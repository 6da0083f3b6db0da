import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { deadlineOf, tableTasks } from '../../extractors/tasks/index.js';
import { pageTableLines } from '../../extractors/tasks/page-table.js';
import type { Line } from '../../pipeline/core/model.js';
import { processBuffer } from '../../pipeline/run/stages.js';
import { docFromText } from '../helpers.js';
import { taskDocument, taskRows, type ExpectedTask, type TaskDocumentParts } from './task-document.js';

/**
 * A second round of task-assignment forms, written from how administrative documents give work
 * (Nghị định 30/2020/NĐ-CP and its Phụ lục; Hướng dẫn 36-HD/VPTW for Party documents;
 * tests/eval/gold/README.md's task rules), beyond tasks-variants.test.ts: the implementation part
 * under other headings and numberings, agency headings over dash lists, joint and plural leads,
 * execution clauses as clauses, conclusion notices, công văn asking for reports, directives and
 * telegrams, deadlines and frequencies as printed, task tables with other columns, and documents
 * that assign nothing. Each row: [section, lead, partners?, deadline?, frequency?]; names and
 * frequencies are compared case-folded (a sentence may open with either), as the eval's soft score does.
 */


interface Variant extends TaskDocumentParts {
  name: string;
  tasks: ExpectedTask[];
}

const documentWith = (variant: Variant) => taskDocument(variant, 'Về việc triển khai công tác chuyển đổi số năm 2025');


const PARTS: Variant[] = [
  {
    name: 'plan: "V. TỔ CHỨC THỰC HIỆN" after four parts, a joint lead of a plural list and a committee of districts',
    type: 'KẾ HOẠCH',
    number: '301/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng dịch vụ công trực tuyến.
II. CHỈ TIÊU
100% hồ sơ được số hóa.
III. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế.
2. Phát triển hạ tầng số.
IV. KINH PHÍ THỰC HIỆN
Từ nguồn ngân sách nhà nước.
V. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, Ủy ban nhân dân các huyện căn cứ nội dung Kế hoạch xây dựng kế hoạch của đơn vị mình, hoàn thành trước ngày 30/6/2025.
2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc việc thực hiện; định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh.`,
    tasks: [
      ['V.1', ['Các sở, ban, ngành', 'Ủy ban nhân dân các huyện'], [], '2025-06-30'],
      ['V.2', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], null, 'định kỳ hằng quý'],
    ],
  },
  {
    name: 'plan: "PHẦN III. TỔ CHỨC THỰC HIỆN": the part is no piece of the ids inside it',
    type: 'KẾ HOẠCH',
    number: '302/KH-UBND',
    body: `PHẦN I. MỤC ĐÍCH, YÊU CẦU
Thực hiện đồng bộ, hiệu quả.
PHẦN II. NỘI DUNG
Rà soát, đánh giá hiện trạng.
PHẦN III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì hướng dẫn triển khai.
2. Sở Tài chính bảo đảm kinh phí thực hiện.`,
    tasks: [
      ['1', ['Sở Nội vụ']],
      ['2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'plan: lettered items straight under the implementation part',
    type: 'KẾ HOẠCH',
    number: '303/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng tiến độ.
II. TỔ CHỨC THỰC HIỆN
a) Sở Nội vụ chủ trì tổ chức hội nghị sơ kết.
b) Sở Thông tin và Truyền thông tuyên truyền trên các phương tiện thông tin đại chúng.
c) Ủy ban nhân dân các xã, phường báo cáo kết quả trước ngày 15/11/2025.`,
    tasks: [
      ['II.a', ['Sở Nội vụ']],
      ['II.b', ['Sở Thông tin và Truyền thông']],
      ['II.c', ['Ủy ban nhân dân các xã, phường'], [], '2025-11-15'],
    ],
  },
  {
    name: 'plan: dashes straight under the implementation part, each naming its body, take the part\'s id',
    type: 'KẾ HOẠCH',
    number: '304/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Tổ chức chu đáo, tiết kiệm.
II. NỘI DUNG
Tổ chức Ngày hội đại đoàn kết toàn dân tộc.
III. TỔ CHỨC THỰC HIỆN
- Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động văn hóa, văn nghệ.
- Công an tỉnh bảo đảm an ninh, trật tự trong thời gian tổ chức.
- Sở Y tế bố trí lực lượng y tế trực.`,
    tasks: [
      ['III', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['III', ['Công an tỉnh']],
      ['III', ['Sở Y tế']],
    ],
  },
  {
    name: 'plan: plus signs under an item that names no body, each naming its own',
    type: 'KẾ HOẠCH',
    number: '305/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm chất lượng.
IV. TỔ CHỨC THỰC HIỆN
1. Về công tác tuyên truyền
+ Sở Văn hóa, Thể thao và Du lịch hướng dẫn các cơ quan báo chí tuyên truyền.
+ Báo và Phát thanh, Truyền hình Lâm Đồng mở chuyên mục về chuyển đổi số.
2. Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trong quý IV năm 2025.`,
    tasks: [
      ['IV.1', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['IV.1', ['Báo và Phát thanh, Truyền hình Lâm Đồng']],
      ['IV.2', ['Sở Nội vụ'], [], 'trong quý IV năm 2025'],
    ],
  },
  {
    name: 'plan: agency headings in capitals over dash lists of duties, one task each',
    type: 'KẾ HOẠCH',
    number: '306/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
III. PHÂN CÔNG NHIỆM VỤ
1. SỞ NỘI VỤ
- Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn triển khai Kế hoạch.
- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.
2. SỞ TÀI CHÍNH
- Tham mưu bố trí kinh phí thực hiện.
3. ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG
- Xây dựng kế hoạch triển khai trên địa bàn.
- Báo cáo kết quả về Sở Nội vụ.`,
    tasks: [
      ['III.1', ['SỞ NỘI VỤ'], undefined, '2025-12-20'],
      ['III.2', ['SỞ TÀI CHÍNH']],
      ['III.3', ['ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG']],
    ],
  },
  {
    name: 'plan: "Trách nhiệm thực hiện" as an arabic item over lettered bodies',
    type: 'KẾ HOẠCH',
    number: '307/KH-UBND',
    body: `1. Mục đích, yêu cầu
Bảo đảm sức khỏe nhân dân.
2. Nội dung
Tiêm chủng mở rộng.
3. Trách nhiệm thực hiện
a) Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tiêm chủng cho học sinh.
b) Ủy ban nhân dân các xã, phường vận động người dân tham gia.`,
    tasks: [
      ['3.a', ['Sở Y tế'], ['Sở Giáo dục và Đào tạo']],
      ['3.b', ['Ủy ban nhân dân các xã, phường']],
    ],
  },
  {
    name: 'plan: "IV. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN" with its bodies as numbered items',
    type: 'KẾ HOẠCH',
    number: '308/KH-UBND',
    body: `I. MỤC TIÊU
Hoàn thành các chỉ tiêu.
IV. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các địa phương.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động.`,
    tasks: [
      ['IV.1', ['Sở Nông nghiệp và Môi trường']],
      ['IV.2', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội tỉnh']],
    ],
  },
  {
    name: 'plan: "Ủy ban nhân dân các xã, phường:" with its duties on the same line',
    type: 'KẾ HOẠCH',
    number: '309/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện thống nhất.
II. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng: hướng dẫn, kiểm tra việc thực hiện; tổng hợp kết quả trong tháng 7/2025.
2. Ủy ban nhân dân các xã, phường: tổ chức rà soát nhà ở tạm, nhà dột nát trên địa bàn, báo cáo kết quả trước ngày 10/6/2025.`,
    tasks: [
      ['II.1', ['Sở Xây dựng'], [], 'trong tháng 7/2025'],
      ['II.2', ['Ủy ban nhân dân các xã, phường'], [], '2025-06-10'],
    ],
  },
  {
    name: 'plan: each item\'s time on the next line ("Thời gian: …")',
    type: 'KẾ HOẠCH',
    number: '310/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Tổ chức thành công Hội nghị.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân tỉnh chuẩn bị địa điểm, tài liệu hội nghị.
Thời gian: trong tháng 7/2025.
2. Sở Tài chính bảo đảm kinh phí tổ chức hội nghị.
Thời gian: hoàn thành trước ngày 25/6/2025.`,
    tasks: [
      ['III.1', ['Văn phòng Ủy ban nhân dân tỉnh'], [], 'trong tháng 7/2025'],
      ['III.2', ['Sở Tài chính'], [], '2025-06-25'],
    ],
  },
  {
    name: 'plan: deadlines "chậm nhất ngày", "hoàn thành trong năm 2026", "hoàn thành trước 30/9/2025"',
    type: 'KẾ HOẠCH',
    number: '311/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng quy định.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp tổng hợp danh mục văn bản, gửi Sở Nội vụ chậm nhất ngày 15/8/2025.
2. Sở Xây dựng hoàn thành việc điều chỉnh quy hoạch trong năm 2026.
3. Sở Tài chính hoàn thành trước 30/9/2025 việc thẩm định phương án.`,
    tasks: [
      ['II.1', ['Sở Tư pháp'], [], '2025-08-15'],
      ['II.2', ['Sở Xây dựng'], [], 'trong năm 2026'],
      ['II.3', ['Sở Tài chính'], [], '2025-09-30'],
    ],
  },
  {
    name: 'plan: a frequency "hằng năm" and a standing duty with no time',
    type: 'KẾ HOẠCH',
    number: '312/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Thường xuyên, liên tục.
II. TỔ CHỨC THỰC HIỆN
1. Thanh tra tỉnh hằng năm xây dựng kế hoạch thanh tra công vụ.
2. Sở Nội vụ thường xuyên kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.`,
    tasks: [
      ['II.1', ['Thanh tra tỉnh'], [], null, 'hằng năm'],
      ['II.2', ['Sở Nội vụ'], [], null, null],
    ],
  },
  {
    name: 'plan: a numbered part whose item is a title over lettered items naming their own bodies',
    type: 'KẾ HOẠCH',
    number: '313/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Đạt hiệu quả.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành
a) Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện thanh toán không dùng tiền mặt.
b) Sở Giáo dục và Đào tạo chỉ đạo các trường học thu học phí qua ngân hàng.
2. Ủy ban nhân dân các xã, phường tuyên truyền, hướng dẫn người dân.`,
    tasks: [
      ['III.1.a', ['Sở Y tế']],
      ['III.1.b', ['Sở Giáo dục và Đào tạo']],
      ['III.2', ['Ủy ban nhân dân các xã, phường']],
    ],
  },
  {
    name: 'plan: decimal items "4.1", "4.2" under "4. Tổ chức thực hiện"',
    type: 'KẾ HOẠCH',
    number: '314/KH-UBND',
    body: `1. Mục đích
Nâng cao hiệu quả.
2. Yêu cầu
Bám sát thực tiễn.
3. Nội dung
Tập huấn cán bộ.
4. Tổ chức thực hiện
4.1. Sở Nội vụ chủ trì tổ chức các lớp tập huấn trong quý III/2025.
4.2. Trường Chính trị tỉnh phối hợp biên soạn tài liệu.`,
    tasks: [
      ['4.1', ['Sở Nội vụ'], [], 'trong quý III/2025'],
      ['4.2', ['Trường Chính trị tỉnh']],
    ],
  },
];

const DECISIONS: Variant[] = [
  {
    name: 'decision: execution clause listing officials by semicolons and a colon list of departments',
    type: 'QUYẾT ĐỊNH',
    number: '401/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính', 'Giám đốc Sở Tư pháp', 'Chủ tịch Ủy ban nhân dân các xã, phường', 'Thủ trưởng các cơ quan, đơn vị có liên quan']],
    ],
  },
  {
    name: 'decision: Điều 2 clauses "1. Giao Sở …", "2. Giao Ủy ban nhân dân …", then the execution clause',
    type: 'QUYẾT ĐỊNH',
    number: '402/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Phê duyệt điều chỉnh quy hoạch chung xây dựng khu du lịch hồ Tuyền Lâm.
Điều 2. Tổ chức thực hiện
1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn, kiểm tra việc thực hiện quy hoạch.
2. Giao Ủy ban nhân dân phường Xuân Hương - Đà Lạt công bố công khai quy hoạch trong thời hạn 15 ngày kể từ ngày được phê duyệt.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân phường Xuân Hương - Đà Lạt chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2.1', ['Sở Xây dựng'], ['Sở Nông nghiệp và Môi trường']],
      ['Điều 2.2', ['Ủy ban nhân dân phường Xuân Hương - Đà Lạt']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Xây dựng', 'Chủ tịch Ủy ban nhân dân phường Xuân Hương - Đà Lạt']],
    ],
  },
  {
    name: 'decision: the execution clause as the second clause of "Điều 3. Điều khoản thi hành"',
    type: 'QUYẾT ĐỊNH',
    number: '403/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chỉ đạo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Điều khoản thi hành
1. Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [['Điều 3.2', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'các thành viên Ban Chỉ đạo']]],
  },
  {
    name: 'decision: the execution clause as an unnumbered paragraph after the effect sentence of the last article',
    type: 'QUYẾT ĐỊNH',
    number: '404/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Công nhận xã Tà Hine đạt chuẩn nông thôn mới năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân xã Tà Hine chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [['Điều 2', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nông nghiệp và Môi trường', 'Chủ tịch Ủy ban nhân dân xã Tà Hine']]],
  },
  {
    name: 'decision: an appointment article is no task, its execution clause is',
    type: 'QUYẾT ĐỊNH',
    number: '405/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Bổ nhiệm ông Nguyễn Văn C, Phó Trưởng phòng Tổ chức cán bộ, giữ chức vụ Trưởng phòng Tổ chức cán bộ, Sở Nội vụ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và ông Nguyễn Văn C chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'ông Nguyễn Văn C']]],
  },
  {
    name: 'decision: "Điều 2. Giao …" with a partner list and a frequency of reporting',
    type: 'QUYẾT ĐỊNH',
    number: '406/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030.
Điều 2. Giao Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường tổ chức triển khai Kế hoạch; định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Sở Dân tộc và Tôn giáo'], ['Sở Tài chính', 'Sở Nông nghiệp và Môi trường'], null, 'định kỳ 6 tháng'],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Dân tộc và Tôn giáo']],
    ],
  },
  {
    name: 'regulation attached to a decision: "Chương IV. ĐIỀU KHOẢN THI HÀNH" whose article gives each body its clause',
    type: 'QUYẾT ĐỊNH',
    number: '407/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
QUY ĐỊNH
Quản lý cụm công nghiệp trên địa bàn tỉnh
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quản lý cụm công nghiệp.
Chương II
ĐIỀU KHOẢN THI HÀNH
Điều 8. Trách nhiệm thi hành
1. Sở Công Thương có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.
2. Ủy ban nhân dân các xã, phường có trách nhiệm quản lý cụm công nghiệp trên địa bàn.`,
    tasks: [
      ['Điều 2', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Công Thương']],
      ['Điều 8.1', ['Sở Công Thương']],
      ['Điều 8.2', ['Ủy ban nhân dân các xã, phường']],
    ],
  },
];

const NOTICES_AND_DIRECTIVES: Variant[] = [
  {
    name: 'conclusion notice: an agreeing item gives no work; "Giao … chủ trì, phối hợp với …"; a colon lead',
    type: 'THÔNG BÁO',
    number: '501/TB-VPUBND',
    body: `Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp nghe báo cáo tiến độ giải phóng mặt bằng
Ngày 05/9/2025, đồng chí Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Đánh giá cao sự nỗ lực của các cơ quan, đơn vị trong thời gian qua.
2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, tham mưu Ủy ban nhân dân tỉnh bố trí vốn trước ngày 30/9/2025.
3. Ủy ban nhân dân các xã, phường: khẩn trương hoàn thành công tác bồi thường, hỗ trợ, tái định cư trong tháng 10/2025.`,
    tasks: [
      ['2', ['Sở Tài chính'], ['Sở Xây dựng'], '2025-09-30'],
      ['3', ['Ủy ban nhân dân các xã, phường'], [], 'trong tháng 10/2025'],
    ],
  },
  {
    name: 'conclusion notice: a Roman part of assessment, then "II. NHIỆM VỤ TRONG THỜI GIAN TỚI" naming bodies',
    type: 'THÔNG BÁO',
    number: '502/TB-VPUBND',
    body: `Ý kiến kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Y tế
I. ĐÁNH GIÁ CHUNG
Thời gian qua, Sở Y tế đã chủ động triển khai nhiều giải pháp nâng cao chất lượng khám bệnh, chữa bệnh.
II. NHIỆM VỤ TRONG THỜI GIAN TỚI
1. Sở Y tế tập trung hoàn thành việc sắp xếp các đơn vị sự nghiệp y tế trước ngày 31/12/2025.
2. Sở Nội vụ phối hợp với Sở Y tế thẩm định đề án vị trí việc làm.`,
    tasks: [
      ['II.1', ['Sở Y tế'], [], '2025-12-31'],
      ['II.2', ['Sở Nội vụ']],
    ],
  },
  {
    name: 'Party conclusion notice (Hướng dẫn 36): items giving the Party boards and caucuses their work',
    type: 'THÔNG BÁO KẾT LUẬN',
    number: '45-TB/TU',
    party: true,
    body: `Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ
Tại hội nghị ngày 08/9/2025, sau khi nghe Ban Tổ chức Tỉnh ủy báo cáo, Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Thống nhất với báo cáo của Ban Tổ chức Tỉnh ủy.
2. Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hoàn thiện quy trình, trình Thường trực Tỉnh ủy trước ngày 20/9/2025.
3. Ban cán sự đảng Ủy ban nhân dân tỉnh, Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo, chỉ đạo thực hiện theo thẩm quyền.`,
    tasks: [
      ['2', ['Ban Tổ chức Tỉnh ủy'], ['Văn phòng Tỉnh ủy'], '2025-09-20'],
      ['3', ['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Đảng đoàn Hội đồng nhân dân tỉnh']],
    ],
  },
  {
    name: 'directive: items headed by the bodies\' leaders over lettered duties, one task each',
    type: 'CHỈ THỊ',
    number: '05/CT-UBND',
    body: `Về tăng cường kỷ luật, kỷ cương hành chính
Để chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Thủ trưởng các sở, ban, ngành:
a) Quán triệt cán bộ, công chức thực hiện nghiêm kỷ luật, kỷ cương.
b) Định kỳ hằng quý tự kiểm tra việc chấp hành.
2. Chủ tịch Ủy ban nhân dân các xã, phường:
a) Chấn chỉnh việc giải quyết thủ tục hành chính.
b) Xử lý nghiêm cán bộ vi phạm.
3. Sở Nội vụ chủ trì kiểm tra công vụ đột xuất, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.`,
    tasks: [
      ['1', ['Thủ trưởng các sở, ban, ngành'], [], null, 'định kỳ hằng quý'],
      ['2', ['Chủ tịch Ủy ban nhân dân các xã, phường']],
      ['3', ['Sở Nội vụ']],
    ],
  },
  {
    name: 'Party directive: a lead-in naming the committees over numbered items naming no body is one task',
    type: 'CHỈ THỊ',
    number: '10-CT/TU',
    party: true,
    body: `Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng
Để thực hiện tốt công tác phòng, chống tham nhũng, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau:
1. Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên.
2. Tăng cường kiểm tra, giám sát việc kê khai tài sản, thu nhập.
3. Xử lý nghiêm các vụ việc tham nhũng, tiêu cực.`,
    tasks: [['', ['các cấp ủy, tổ chức đảng']]],
  },
  {
    name: 'công điện: leaders of communes on the coast, the military command, the office following up',
    type: 'CÔNG ĐIỆN',
    number: '05/CĐ-UBND',
    body: `Về việc chủ động ứng phó với bão số 5
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Giám đốc các sở, ban, ngành;
- Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu.
Để chủ động ứng phó với bão số 5, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Chủ tịch Ủy ban nhân dân các xã, phường ven biển kêu gọi tàu thuyền vào nơi tránh trú an toàn.
2. Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Công an tỉnh bố trí lực lượng sẵn sàng cứu hộ, cứu nạn.
3. Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến của bão.
4. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Công điện này.`,
    tasks: [
      ['1', ['Chủ tịch Ủy ban nhân dân các xã, phường ven biển']],
      ['2', ['Bộ Chỉ huy Quân sự tỉnh'], ['Công an tỉnh']],
      ['3', ['Sở Nông nghiệp và Môi trường']],
      ['4', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ],
  },
];

const LETTERS: Variant[] = [
  {
    name: 'công văn: a body asked to report back to the department before a date, after a purpose clause',
    type: 'V/v báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2025',
    number: '1201/SNV-CCVC',
    body: `Kính gửi: Ủy ban nhân dân các xã, phường.
Để có cơ sở tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2025 (theo đề cương gửi kèm) về Sở Nội vụ trước ngày 20/12/2025 để tổng hợp.
Trân trọng./.`,
    tasks: [['', ['Ủy ban nhân dân các xã, phường'], [], '2025-12-20']],
  },
  {
    name: 'công văn: the Chairman\'s directions "có ý kiến như sau:" in dashes, each giving a body',
    type: 'V/v triển khai Công văn số 4409/BCA-C04 của Bộ Công an',
    number: '1202/UBND-NC',
    body: `Kính gửi:
- Công an tỉnh;
- Sở Tư pháp.
Thực hiện Công văn số 4409/BCA-C04 ngày 12/8/2025 của Bộ Công an về việc góp ý dự thảo Nghị định, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
- Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp và các cơ quan liên quan nghiên cứu, tham mưu Ủy ban nhân dân tỉnh văn bản góp ý, gửi Bộ Công an trước ngày 25/8/2025.
- Giao Sở Tư pháp thẩm định nội dung góp ý trước khi trình.`,
    tasks: [
      ['', ['Công an tỉnh'], ['Sở Tư pháp', 'các cơ quan liên quan'], '2025-08-25'],
      ['', ['Sở Tư pháp']],
    ],
  },
  {
    name: 'công văn: "Đề nghị các cơ quan, đơn vị:" over dashes naming no body is one task',
    type: 'V/v tăng cường công tác phòng cháy, chữa cháy',
    number: '1203/UBND-NC',
    body: `Kính gửi: Các cơ quan, đơn vị trên địa bàn tỉnh.
Thời gian gần đây, tình hình cháy, nổ diễn biến phức tạp. Để chủ động phòng ngừa, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị:
- Kiểm tra, rà soát hệ thống điện, thiết bị phòng cháy tại trụ sở.
- Tổ chức tập huấn kỹ năng thoát nạn cho cán bộ, công chức.
- Báo cáo kết quả về Công an tỉnh trước ngày 30/10/2025.`,
    tasks: [['', ['các cơ quan, đơn vị'], [], '2025-10-30']],
  },
  {
    name: 'công văn: "yêu cầu:" over numbered items, the closing setting the time of every report',
    type: 'V/v rà soát, báo cáo tình hình nợ đọng xây dựng cơ bản',
    number: '1204/UBND-KT',
    body: `Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.
Thực hiện chỉ đạo của Bộ Tài chính, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Thủ trưởng các sở, ban, ngành rà soát các khoản nợ đọng xây dựng cơ bản thuộc phạm vi quản lý.
2. Chủ tịch Ủy ban nhân dân các xã, phường chỉ đạo rà soát, xác định nguồn vốn thanh toán nợ.
Báo cáo kết quả gửi về Sở Tài chính trước ngày 15/10/2025 để tổng hợp.`,
    tasks: [
      ['1', ['Thủ trưởng các sở, ban, ngành'], [], '2025-10-15'],
      ['2', ['Chủ tịch Ủy ban nhân dân các xã, phường'], [], '2025-10-15'],
    ],
  },
  {
    name: 'công văn: a conditional closing request gives no work beside the real one',
    type: 'V/v triển khai Nghị định số 118/2025/NĐ-CP',
    number: '1205/SNV-TCBC',
    body: `Kính gửi: Các phòng, đơn vị thuộc Sở.
Sở Nội vụ đề nghị Thủ trưởng các phòng, đơn vị thuộc Sở nghiên cứu, triển khai Nghị định số 118/2025/NĐ-CP đến cán bộ, công chức, viên chức trong đơn vị.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở.`,
    tasks: [['', ['Thủ trưởng các phòng, đơn vị thuộc Sở']]],
  },
  {
    name: 'công văn: "chậm nhất ngày" on a separate sentence after the request',
    type: 'V/v đăng ký nhu cầu đào tạo, bồi dưỡng năm 2026',
    number: '1206/SNV-CCVC',
    body: `Kính gửi: Các sở, ban, ngành.
Sở Nội vụ đề nghị các sở, ban, ngành rà soát, đăng ký nhu cầu đào tạo, bồi dưỡng cán bộ, công chức năm 2026 theo biểu mẫu đính kèm. Văn bản đăng ký gửi về Sở Nội vụ chậm nhất ngày 31/10/2025.`,
    tasks: [['', ['các sở, ban, ngành'], [], '2025-10-31']],
  },
  {
    name: 'công văn: a department asking two bodies jointly, each named by its title',
    type: 'V/v phối hợp tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2026',
    number: '1207/SGDĐT-QLCL',
    body: `Kính gửi:
- Công an tỉnh;
- Sở Y tế.
Để tổ chức kỳ thi an toàn, nghiêm túc, Sở Giáo dục và Đào tạo đề nghị Công an tỉnh, Sở Y tế cử lực lượng phối hợp bảo đảm an ninh, y tế tại các điểm thi; danh sách cán bộ gửi về Sở Giáo dục và Đào tạo trước ngày 15/5/2026.`,
    tasks: [['', ['Công an tỉnh', 'Sở Y tế'], [], '2026-05-15']],
  },
];

const NOTHING_ASSIGNED: Variant[] = [
  {
    name: 'report of results: narrated work and proposals upward',
    type: 'BÁO CÁO',
    number: '701/BC-UBND',
    body: `Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Sở Nội vụ đã chủ trì, phối hợp với các sở, ngành tổ chức kiểm tra tại 20 cơ quan.
2. Ủy ban nhân dân các xã, phường đã triển khai đầy đủ các nhiệm vụ được giao.
II. TỒN TẠI, HẠN CHẾ
Một số đơn vị còn chậm cập nhật dữ liệu.
III. KIẾN NGHỊ
Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn về chỉ số cải cách hành chính.`,
    tasks: [],
  },
  {
    name: 'tờ trình: a draft resolution\'s "giao Ủy ban nhân dân tỉnh" proposed to the council',
    type: 'TỜ TRÌNH',
    number: '702/TTr-UBND',
    body: `Về việc ban hành Nghị quyết quy định mức hỗ trợ cán bộ không chuyên trách
Kính gửi: Hội đồng nhân dân tỉnh.
Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị quyết quy định mức hỗ trợ; giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.`,
    tasks: [],
  },
  {
    name: 'giấy mời that only invites, with its time and place',
    type: 'GIẤY MỜI',
    number: '703/GM-UBND',
    body: `Ủy ban nhân dân tỉnh trân trọng kính mời:
- Lãnh đạo Sở Nội vụ;
- Lãnh đạo Sở Tài chính;
- Lãnh đạo Công an tỉnh.
Dự hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2025.
Thời gian: 08 giờ 00 ngày 15/7/2025.
Địa điểm: Hội trường Ủy ban nhân dân tỉnh.`,
    tasks: [],
  },
  {
    name: 'thông báo of a result: the list of candidates admitted',
    type: 'THÔNG BÁO',
    number: '704/TB-HĐTD',
    body: `Kết quả xét tuyển viên chức năm 2025
Căn cứ kết quả xét tuyển, Hội đồng tuyển dụng viên chức thông báo kết quả xét tuyển như sau:
1. Tổng số thí sinh dự tuyển: 120 người.
2. Số thí sinh trúng tuyển: 45 người (có danh sách kèm theo).
Hội đồng tuyển dụng thông báo để các thí sinh được biết.`,
    tasks: [],
  },
  {
    name: 'công văn that informs a schedule "để các cơ quan, đơn vị biết"',
    type: 'V/v thông báo lịch tiếp công dân tháng 10/2025',
    number: '705/VPUBND-TCD',
    body: `Kính gửi: Các sở, ban, ngành.
Văn phòng Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh trong tháng 10/2025 vào ngày 15/10/2025 tại Trụ sở Tiếp công dân tỉnh.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết./.`,
    tasks: [],
  },
  {
    name: 'report: its part of tasks ahead names no body',
    type: 'BÁO CÁO',
    number: '706/BC-SNV',
    body: `Kết quả công tác thi đua, khen thưởng năm 2025
I. KẾT QUẢ
Đã tổ chức 12 phong trào thi đua.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Tiếp tục đổi mới công tác thi đua, khen thưởng.
2. Nâng cao chất lượng công tác khen thưởng.`,
    tasks: [],
  },
  {
    name: 'công văn: an opinion reply to the department that asked',
    type: 'V/v góp ý dự thảo Quyết định',
    number: '707/STP-XDKT',
    body: `Kính gửi: Sở Nội vụ.
Sở Tư pháp nhận được Công văn số 1500/SNV-TCBC ngày 01/9/2025 của Sở Nội vụ về việc góp ý dự thảo Quyết định. Sau khi nghiên cứu, Sở Tư pháp có ý kiến như sau:
1. Về cơ bản thống nhất với nội dung dự thảo.
2. Đề nghị Sở Nội vụ rà soát lại căn cứ ban hành tại phần mở đầu của dự thảo.
Trên đây là ý kiến của Sở Tư pháp gửi Sở Nội vụ tổng hợp./.`,
    tasks: [],
  },
];

const DIRECTIONS: Variant[] = [
  {
    name: 'công văn: a lead with its role in brackets ("Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo …) chủ trì")',
    type: 'V/v triển khai Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ',
    number: '1301/UBND-NC',
    body: `Kính gửi: Công an tỉnh.
Thực hiện Chỉ thị số 12/CT-TTg ngày 20/5/2025 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh) chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện, hoàn thành trước ngày 15/7/2025.`,
    tasks: [['', ['Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh)'], ['các cơ quan, đơn vị liên quan'], '2025-07-15']],
  },
  {
    name: 'công văn: "Giao các cơ quan, đơn vị: …" listing the bodies after a colon, one lead each',
    type: 'V/v thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ',
    number: '1302/UBND-TH',
    body: `Kính gửi:
- Sở Y tế;
- Sở Nội vụ;
- Công an tỉnh.
Chủ tịch Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị: Sở Y tế, Sở Nội vụ, Công an tỉnh theo chức năng, nhiệm vụ được giao nghiên cứu, triển khai thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại văn bản nêu trên; báo cáo kết quả trước ngày 30/11/2025.`,
    tasks: [['', ['Sở Y tế', 'Sở Nội vụ', 'Công an tỉnh'], [], '2025-11-30']],
  },
  {
    name: 'decision on funding: the grant is no task; "Giao Sở Tài chính …" and "Công an tỉnh có trách nhiệm …" in one article are two',
    type: 'QUYẾT ĐỊNH',
    number: '1303/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Hỗ trợ kinh phí 500.000.000 đồng cho Công an tỉnh để thực hiện công tác phòng, chống tội phạm về ma túy năm 2025.
Điều 2. Giao Sở Tài chính thông báo bổ sung dự toán cho Công an tỉnh theo quy định. Công an tỉnh có trách nhiệm sử dụng kinh phí đúng mục đích, thanh quyết toán theo quy định hiện hành.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Sở Tài chính']],
      ['Điều 2', ['Công an tỉnh']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Tài chính', 'Giám đốc Công an tỉnh']],
    ],
  },
  {
    name: 'công văn: "Ủy ban nhân dân tỉnh chỉ đạo như sau:" over numbered "Giao …" items',
    type: 'V/v đặt hàng cung cấp dịch vụ cai nghiện ma túy',
    number: '1304/UBND-VX',
    body: `Kính gửi:
- Sở Y tế;
- Sở Tài chính.
Xét đề nghị của Sở Y tế tại Tờ trình số 85/TTr-SYT ngày 02/9/2025, Ủy ban nhân dân tỉnh chỉ đạo như sau:
1. Giao Sở Y tế đặt hàng các cơ sở cai nghiện ma túy công lập cung cấp dịch vụ cai nghiện tự nguyện năm 2025.
2. Giao Sở Tài chính thẩm định dự toán, tham mưu bố trí kinh phí trước ngày 30/9/2025.`,
    tasks: [
      ['1', ['Sở Y tế']],
      ['2', ['Sở Tài chính'], [], '2025-09-30'],
    ],
  },
  {
    name: 'công văn of a ministry asking other bodies for comments on a draft by a date, through its department',
    type: 'V/v góp ý dự thảo Nghị định quy định chi tiết Luật Phòng, chống ma túy',
    number: '1305/BCA-C04',
    body: `Kính gửi:
- Các Bộ, cơ quan ngang Bộ;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Bộ Công an đang chủ trì xây dựng dự thảo Nghị định quy định chi tiết một số điều của Luật Phòng, chống ma túy. Bộ Công an đề nghị các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương nghiên cứu, cho ý kiến đối với dự thảo Nghị định; văn bản góp ý gửi về Bộ Công an (qua Cục Cảnh sát điều tra tội phạm về ma túy) trước ngày 10/10/2025.`,
    tasks: [['', ['các Bộ, cơ quan ngang Bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], [], '2025-10-10']],
  },
  {
    name: 'decision setting up a council: its establishment is no task, its duties article and the execution clause are',
    type: 'QUYẾT ĐỊNH',
    number: '1306/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Thành lập Hội đồng xét duyệt xã, phường không ma túy tỉnh Lâm Đồng, gồm các ông (bà) có tên sau:
1. Ông Nguyễn Văn A, Phó Chủ tịch Ủy ban nhân dân tỉnh - Chủ tịch Hội đồng;
2. Ông Trần Văn B, Giám đốc Công an tỉnh - Phó Chủ tịch Hội đồng.
Điều 2. Hội đồng có nhiệm vụ xem xét, thẩm định hồ sơ đề nghị công nhận xã, phường không ma túy, tham mưu Chủ tịch Ủy ban nhân dân tỉnh công nhận theo quy định.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Hội đồng']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Công an tỉnh', 'các ông (bà) có tên tại Điều 1']],
    ],
  },
  {
    name: 'scoring guide: the evidence "Văn bản cấp có thẩm quyền giao cho đơn vị …" names an assignment made elsewhere',
    type: 'HƯỚNG DẪN',
    number: '708/HD-SNV',
    body: `Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025
1. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1.7. Thực hiện thu ngân sách hằng năm: điểm tối đa 2,0.
Tài liệu kiểm chứng: Văn bản cấp có thẩm quyền giao cho đơn vị về thu ngân sách năm 2025; báo cáo kết quả thực hiện thu ngân sách nhà nước năm 2025 của cơ quan, đơn vị.
1.8. Thực hiện kết luận thanh tra: điểm tối đa 1,0.`,
    tasks: [],
  },
];

const MORE_LAYOUTS: Variant[] = [
  {
    name: 'plan: "1. Trách nhiệm của Sở Nội vụ" over dashes under the implementation part',
    type: 'KẾ HOẠCH',
    number: '1401/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng quy định.
VI. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Sở Nội vụ
- Hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch.
- Tổng hợp, báo cáo kết quả trước ngày 10/12/2025.
2. Trách nhiệm của các sở, ban, ngành
- Phổ biến Kế hoạch đến cán bộ, công chức.`,
    tasks: [
      ['VI.1', ['Sở Nội vụ'], [], '2025-12-10'],
      ['VI.2', ['các sở, ban, ngành']],
    ],
  },
  {
    name: 'plan: levels as titles ("1. Cấp tỉnh", "2. Cấp xã") over decimal items and a paragraph naming the body',
    type: 'KẾ HOẠCH',
    number: '1402/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Triển khai thống nhất từ tỉnh đến cơ sở.
IV. TỔ CHỨC THỰC HIỆN
1. Cấp tỉnh
1.1. Sở Nội vụ chủ trì hướng dẫn nghiệp vụ.
1.2. Sở Tài chính bảo đảm kinh phí.
2. Cấp xã
Ủy ban nhân dân các xã, phường xây dựng kế hoạch triển khai trên địa bàn, hoàn thành trong tháng 12/2025.`,
    tasks: [
      ['IV.1.1', ['Sở Nội vụ']],
      ['IV.1.2', ['Sở Tài chính']],
      ['IV.2', ['Ủy ban nhân dân các xã, phường'], [], 'trong tháng 12/2025'],
    ],
  },
  {
    name: 'conclusion notice: a topic item over dashes each giving its own body, all with the item\'s id',
    type: 'THÔNG BÁO',
    number: '1403/TB-VPUBND',
    body: `Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi kiểm tra tiến độ dự án đường cao tốc
Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Về công tác giải phóng mặt bằng
- Giao Ủy ban nhân dân xã Hiệp Thạnh hoàn thành bàn giao mặt bằng trước ngày 15/10/2025.
- Giao Sở Xây dựng hướng dẫn xác định giá đất cụ thể.
2. Về vật liệu xây dựng
Giao Sở Nông nghiệp và Môi trường hoàn thiện thủ tục cấp phép mỏ vật liệu trong quý IV/2025.`,
    tasks: [
      ['1', ['Ủy ban nhân dân xã Hiệp Thạnh'], [], '2025-10-15'],
      ['1', ['Sở Xây dựng']],
      ['2', ['Sở Nông nghiệp và Môi trường'], [], 'trong quý IV/2025'],
    ],
  },
  {
    name: 'decision: "Điều 2. Giao Giám đốc Sở …" names the official as lead',
    type: 'QUYẾT ĐỊNH',
    number: '1404/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục vị trí việc làm của Sở Y tế.
Điều 2. Giao Giám đốc Sở Y tế tổ chức thực hiện việc tuyển dụng, sử dụng công chức theo vị trí việc làm được phê duyệt.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Giám đốc Sở Y tế']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Y tế']],
    ],
  },
  {
    name: 'directive: a last "Tổ chức thực hiện" item making the leaders responsible and giving the follow-up to a department',
    type: 'CHỈ THỊ',
    number: '1405/CT-UBND',
    body: `Về tăng cường công tác bảo đảm trật tự, an toàn giao thông
1. Công an tỉnh tăng cường tuần tra, kiểm soát, xử lý vi phạm.
2. Sở Xây dựng rà soát, khắc phục các điểm đen tai nạn giao thông.
3. Tổ chức thực hiện
Giám đốc các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm triển khai thực hiện Chỉ thị này. Giao Công an tỉnh theo dõi, đôn đốc, định kỳ 6 tháng báo cáo Chủ tịch Ủy ban nhân dân tỉnh.`,
    tasks: [
      ['1', ['Công an tỉnh']],
      ['2', ['Sở Xây dựng']],
      ['3', ['Giám đốc các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']],
      ['3', ['Công an tỉnh']],
    ],
  },
  {
    name: 'công văn: "Sở Nội vụ đề nghị:" over numbered items each naming a body',
    type: 'V/v triển khai đánh giá, xếp loại chất lượng cán bộ, công chức năm 2025',
    number: '1406/SNV-CCVC',
    body: `Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.
Để triển khai đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025 đúng quy định, Sở Nội vụ đề nghị:
1. Thủ trưởng các sở, ban, ngành tổ chức đánh giá, xếp loại công chức, viên chức thuộc phạm vi quản lý, hoàn thành trước ngày 31/12/2025.
2. Chủ tịch Ủy ban nhân dân các xã, phường tổ chức đánh giá cán bộ, công chức cấp xã, gửi kết quả về Sở Nội vụ trước ngày 15/01/2026.`,
    tasks: [
      ['1', ['Thủ trưởng các sở, ban, ngành'], [], '2025-12-31'],
      ['2', ['Chủ tịch Ủy ban nhân dân các xã, phường'], [], '2026-01-15'],
    ],
  },
  {
    name: 'plan: the paragraph "Căn cứ Kế hoạch này, các sở, ban, ngành … xây dựng kế hoạch" under the implementation part',
    type: 'KẾ HOẠCH',
    number: '1407/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thiết thực.
III. TỔ CHỨC THỰC HIỆN
Căn cứ Kế hoạch này, các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng kế hoạch triển khai tại cơ quan, đơn vị, địa phương; định kỳ hằng năm báo cáo kết quả về Sở Nội vụ.`,
    tasks: [['III', ['các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'], [], null, 'định kỳ hằng năm']],
  },
  {
    name: 'giấy mời: asking the invited to arrange their time is no task; the preparation it gives is',
    type: 'GIẤY MỜI',
    number: '1408/GM-UBND',
    body: `Ủy ban nhân dân tỉnh trân trọng kính mời:
- Lãnh đạo Sở Tài chính;
- Lãnh đạo Sở Xây dựng.
Dự họp nghe báo cáo tình hình giải ngân vốn đầu tư công năm 2025.
Thời gian: 14 giờ 00 ngày 20/10/2025.
Địa điểm: Phòng họp số 2, Ủy ban nhân dân tỉnh.
Giao Sở Tài chính chuẩn bị báo cáo, gửi Văn phòng Ủy ban nhân dân tỉnh trước 10 giờ ngày 19/10/2025.
Đề nghị các đồng chí được mời bố trí thời gian tham dự đúng thành phần, đúng giờ./.`,
    tasks: [['', ['Sở Tài chính'], [], '2025-10-19']],
  },
  {
    name: 'decision on commendation: the award is no task, the execution clause is',
    type: 'QUYẾT ĐỊNH',
    number: '1409/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 05 tập thể và 10 cá nhân đã có thành tích xuất sắc trong công tác phòng, chống ma túy năm 2025.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [['Điều 2', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'các tập thể và cá nhân có tên tại Điều 1']]],
  },
  {
    name: 'report: its proposals in lettered items under "IV. ĐỀ XUẤT, KIẾN NGHỊ" assign nothing',
    type: 'BÁO CÁO',
    number: '1410/BC-SYT',
    body: `Tình hình thực hiện công tác cai nghiện ma túy năm 2025
I. TÌNH HÌNH CHUNG
Toàn tỉnh có 1.250 người nghiện ma túy có hồ sơ quản lý.
II. KẾT QUẢ THỰC HIỆN
Đã tổ chức cai nghiện cho 320 người.
IV. ĐỀ XUẤT, KIẾN NGHỊ
a) Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí nâng cấp cơ sở cai nghiện.
b) Đề nghị Bộ Y tế sớm ban hành hướng dẫn về cai nghiện tự nguyện.`,
    tasks: [],
  },
];

/** How a People's Committee passes a ministry's request on to its departments (the "giao" letters of its office). */
const PASSED_ON: Variant[] = [
  {
    name: 'công văn: "Chủ tịch … giao:" over dashes "- Công an tỉnh: chủ trì …"',
    type: 'V/v triển khai Hướng dẫn số 46/HD-BCA của Bộ Công an',
    number: '1501/UBND-NC',
    body: `Kính gửi:
- Công an tỉnh;
- Sở Tài chính.
Ủy ban nhân dân tỉnh nhận được Hướng dẫn số 46/HD-BCA ngày 02/10/2025 của Bộ Công an về công tác quản lý người sử dụng trái phép chất ma túy. Về việc này, Chủ tịch Ủy ban nhân dân tỉnh giao:
- Công an tỉnh: chủ trì, phối hợp với các cơ quan liên quan nghiên cứu, triển khai thực hiện Hướng dẫn trên địa bàn tỉnh.
- Sở Tài chính: tham mưu bố trí kinh phí thực hiện theo quy định.`,
    tasks: [
      ['', ['Công an tỉnh'], ['các cơ quan liên quan']],
      ['', ['Sở Tài chính']],
    ],
  },
  {
    name: 'công văn: "giao nhiệm vụ cho Công an tỉnh chủ trì …" gives the task to that body',
    type: 'V/v rà soát, đánh giá địa bàn trọng điểm, phức tạp về ma túy',
    number: '1502/UBND-NC',
    body: `Kính gửi: Công an tỉnh.
Thực hiện đề nghị của Bộ Công an tại Công văn số 4552/BCA-C04 ngày 20/9/2025, Chủ tịch Ủy ban nhân dân tỉnh giao nhiệm vụ cho Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường rà soát, đánh giá mức độ trọng điểm, phức tạp về ma túy, báo cáo Bộ Công an trước ngày 31/10/2025.`,
    tasks: [['', ['Công an tỉnh'], ['Ủy ban nhân dân các xã, phường'], '2025-10-31']],
  },
  {
    name: 'công văn: agreeing to a proposal, then "; giao Sở Tài chính …" in the same sentence',
    type: 'V/v kinh phí hỗ trợ công tác phòng, chống tội phạm',
    number: '1503/UBND-KT',
    body: `Kính gửi:
- Sở Tài chính;
- Công an tỉnh.
Xét đề nghị của Công an tỉnh tại Công văn số 2150/CAT-PV01 ngày 05/9/2025, Chủ tịch Ủy ban nhân dân tỉnh đồng ý chủ trương hỗ trợ kinh phí cho công tác phòng, chống tội phạm năm 2025; giao Sở Tài chính thẩm định, tham mưu Ủy ban nhân dân tỉnh quyết định trước ngày 30/9/2025.`,
    tasks: [['', ['Sở Tài chính'], [], '2025-09-30']],
  },
  {
    name: 'công văn: "Yêu cầu Giám đốc Công an tỉnh khẩn trương …"',
    type: 'V/v xử lý vụ việc gây rối trật tự công cộng',
    number: '1504/UBND-NC',
    body: `Kính gửi: Công an tỉnh.
Theo phản ánh của báo chí về vụ việc gây rối trật tự công cộng xảy ra tại xã Đạ Huoai, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
Yêu cầu Giám đốc Công an tỉnh khẩn trương chỉ đạo xác minh, xử lý nghiêm theo quy định của pháp luật; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 20/9/2025.`,
    tasks: [['', ['Giám đốc Công an tỉnh'], [], '2025-09-20']],
  },
  {
    name: 'công văn: numbered directions, the second giving the departments as partners by their subject',
    type: 'V/v triển khai Kế hoạch số 997/KH-BCA của Bộ Công an',
    number: '1505/UBND-NC',
    body: `Kính gửi:
- Công an tỉnh;
- Các sở, ban, ngành.
Thực hiện Kế hoạch số 997/KH-BCA ngày 18/8/2025 của Bộ Công an, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như sau:
1. Giao Công an tỉnh chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai trên địa bàn tỉnh trong tháng 9/2025.
2. Các sở, ban, ngành theo chức năng, nhiệm vụ phối hợp chặt chẽ với Công an tỉnh trong quá trình triển khai.`,
    tasks: [
      ['1', ['Công an tỉnh'], [], 'trong tháng 9/2025'],
      ['2', ['Các sở, ban, ngành']],
    ],
  },
  {
    name: 'decision: a working group\'s duty to advise its head to assign work ("Tham mưu Trưởng ban giao nhiệm vụ cho các sở …") gives the sở nothing',
    type: 'QUYẾT ĐỊNH',
    number: '709/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ giúp việc Ban Chỉ đạo chuyển đổi số tỉnh.
Điều 2. Nhiệm vụ của Tổ giúp việc
Tổ giúp việc có nhiệm vụ giúp Ban Chỉ đạo:
1. Tham mưu Trưởng ban giao nhiệm vụ cho các sở, ban, ngành và các xã, phường trong thực hiện chuyển đổi số.
2. Chuẩn bị nội dung các cuộc họp của Ban Chỉ đạo.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh và các thành viên Tổ giúp việc chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Tổ giúp việc']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'các thành viên Tổ giúp việc']],
    ],
  },
];

/** Decisions and letters on associations (Nghị định 126/2024/NĐ-CP): permissions and approvals are no tasks, what the association must then do is. */
const ASSOCIATIONS: Variant[] = [
  {
    name: 'association: permission to rename, the association to amend its charter, and the execution clause',
    type: 'QUYẾT ĐỊNH',
    number: '1601/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Cho phép đổi tên Hội Cựu giáo chức huyện Đức Trọng thành Hội Cựu giáo chức xã Đức Trọng.
Điều 2. Hội Cựu giáo chức xã Đức Trọng có trách nhiệm sửa đổi, bổ sung Điều lệ phù hợp với tên gọi mới, trình cơ quan có thẩm quyền phê duyệt trong thời hạn 90 ngày kể từ ngày Quyết định này có hiệu lực.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Chủ tịch Hội Cựu giáo chức xã Đức Trọng chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Hội Cựu giáo chức xã Đức Trọng'], [], 'trong thời hạn 90 ngày kể từ ngày Quyết định này có hiệu lực'],
      ['Điều 4', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'Chủ tịch Hội Cựu giáo chức xã Đức Trọng']],
    ],
  },
  {
    name: 'association: approving a charter gives only the execution clause',
    type: 'QUYẾT ĐỊNH',
    number: '1602/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Phê duyệt Điều lệ Liên đoàn Cầu lông tỉnh Lâm Đồng nhiệm kỳ 2025 - 2030 được Đại hội thông qua ngày 15 tháng 8 năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Văn hóa, Thể thao và Du lịch và Chủ tịch Liên đoàn Cầu lông tỉnh Lâm Đồng chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Chủ tịch Liên đoàn Cầu lông tỉnh Lâm Đồng']]],
  },
  {
    name: 'association: a reply recognising a congress\'s result that asks the association to file its charter by a date gives it work',
    type: 'V/v công nhận kết quả Đại hội nhiệm kỳ 2025 - 2030 của Hội Làm vườn tỉnh',
    number: '1603/SNV-TCBC',
    body: `Kính gửi: Hội Làm vườn tỉnh Lâm Đồng.
Sở Nội vụ nhận được Công văn số 25/HLV ngày 10/9/2025 của Hội Làm vườn tỉnh Lâm Đồng về việc báo cáo kết quả Đại hội nhiệm kỳ 2025 - 2030. Sau khi xem xét, Sở Nội vụ có ý kiến như sau:
1. Thống nhất công nhận kết quả Đại hội nhiệm kỳ 2025 - 2030 của Hội Làm vườn tỉnh Lâm Đồng.
2. Đề nghị Hội Làm vườn tỉnh Lâm Đồng hoàn thiện hồ sơ đề nghị phê duyệt Điều lệ (sửa đổi, bổ sung), gửi Sở Nội vụ thẩm định trước ngày 30/10/2025.`,
    tasks: [['2', ['Hội Làm vườn tỉnh Lâm Đồng'], [], '2025-10-30']],
  },
  {
    name: 'Government telegram: ministers and chairmen of provinces jointly, a ministry leading, a deputy prime minister and the office following up',
    type: 'CÔNG ĐIỆN',
    number: '2003/CĐ-VPCP',
    body: `Về việc tập trung khắc phục hậu quả mưa lũ
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để nhanh chóng khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng:
a) Tập trung tìm kiếm người mất tích, hỗ trợ người dân bị thiệt hại.
b) Hoàn thành khắc phục trường học, cơ sở y tế trước ngày 15/10/2025.
2. Bộ Quốc phòng, Bộ Công an chỉ đạo các lực lượng đóng quân trên địa bàn hỗ trợ địa phương khắc phục hậu quả.
3. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính đề xuất hỗ trợ giống cây trồng, vật nuôi.
4. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác khắc phục hậu quả mưa lũ.
5. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.`,
    tasks: [
      ['1', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng'], [], '2025-10-15'],
      ['2', ['Bộ Quốc phòng', 'Bộ Công an']],
      ['3', ['Bộ Nông nghiệp và Môi trường'], ['Bộ Tài chính']],
      ['4', ['Phó Thủ tướng Chính phủ Trần Hồng Hà']],
      ['5', ['Văn phòng Chính phủ']],
    ],
  },
];

/** Item numbers written with a slash ("I/", "1/", "a/"), as many commune, Front and Party documents still type them. */
const SLASH_NUMBERS: Variant[] = [
  {
    name: 'commune plan: "I/", "II/" parts and "1/", "2/" items',
    type: 'KẾ HOẠCH',
    number: '1701/KH-UBND',
    body: `I/ MỤC ĐÍCH, YÊU CẦU
Tổ chức Tết Trung thu vui tươi, an toàn cho thiếu nhi.
II/ TỔ CHỨC THỰC HIỆN
1/ Văn phòng HĐND và UBND xã chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức chương trình, hoàn thành trước ngày 01/10/2025.
2/ Công an xã bảo đảm an ninh, trật tự trong thời gian tổ chức.`,
    tasks: [
      ['II.1', ['Văn phòng HĐND và UBND xã'], ['Đoàn Thanh niên xã'], '2025-10-01'],
      ['II.2', ['Công an xã']],
    ],
  },
  {
    name: 'Front plan: "a/", "b/" bodies under an implementation item',
    type: 'KẾ HOẠCH',
    number: '1702/KH-MTTQ',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Mặt trận trong giám sát.
III. TỔ CHỨC THỰC HIỆN
1. Phân công
a/ Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, hướng dẫn các Ban công tác Mặt trận tổ chức giám sát.
b/ Các tổ chức chính trị - xã hội xã phối hợp thực hiện, báo cáo kết quả trước ngày 15/11/2025.`,
    tasks: [
      ['III.1.a', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã']],
      ['III.1.b', ['Các tổ chức chính trị - xã hội xã'], [], '2025-11-15'],
    ],
  },
];

/** More headings of the implementation part and of a decision's duties article. */
const MORE_HEADINGS: Variant[] = [
  {
    name: 'plan: "V. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO" with a reporting frequency',
    type: 'KẾ HOẠCH',
    number: '1901/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm kịp thời.
V. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO
1. Sở Công Thương chủ trì theo dõi việc thực hiện Kế hoạch.
2. Các sở, ban, ngành báo cáo kết quả định kỳ hằng quý về Sở Công Thương trước ngày 20 của tháng cuối quý.`,
    tasks: [
      ['V.1', ['Sở Công Thương']],
      ['V.2', ['Các sở, ban, ngành'], [], 'trước ngày 20 của tháng cuối quý', 'định kỳ hằng quý'],
    ],
  },
  {
    name: 'decision: "Điều 2. Trách nhiệm của các cơ quan, đơn vị" with a clause per body',
    type: 'QUYẾT ĐỊNH',
    number: '1902/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Ban hành Danh mục thủ tục hành chính thực hiện tiếp nhận hồ sơ trực tuyến toàn trình.
Điều 2. Trách nhiệm của các cơ quan, đơn vị
1. Sở Khoa học và Công nghệ bảo đảm hạ tầng Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.
2. Các sở, ban, ngành công khai danh mục thủ tục hành chính tại nơi tiếp nhận hồ sơ.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2.1', ['Sở Khoa học và Công nghệ']],
      ['Điều 2.2', ['Các sở, ban, ngành']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Khoa học và Công nghệ']],
    ],
  },
  {
    name: 'Party guide: "Ban Thường vụ Tỉnh ủy giao:" over dashes naming the boards',
    type: 'HƯỚNG DẪN',
    number: '12-HD/TU',
    party: true,
    body: `Thực hiện chế độ báo cáo định kỳ của các cấp ủy
I. NỘI DUNG BÁO CÁO
Báo cáo tình hình thực hiện nhiệm vụ chính trị.
II. TỔ CHỨC THỰC HIỆN
Ban Thường vụ Tỉnh ủy giao:
- Văn phòng Tỉnh ủy hướng dẫn, theo dõi, tổng hợp báo cáo của các cấp ủy.
- Các đảng ủy trực thuộc Tỉnh ủy gửi báo cáo về Văn phòng Tỉnh ủy trước ngày 20 hằng tháng.`,
    tasks: [
      ['II', ['Văn phòng Tỉnh ủy']],
      ['II', ['Các đảng ủy trực thuộc Tỉnh ủy'], [], 'trước ngày 20 hằng tháng'],
    ],
  },
];

/** Bodies named by unnumbered headings over their duties. */
const UNNUMBERED_HEADINGS: Variant[] = [
  {
    name: 'plan: unnumbered agency headings with a colon over dashes under the implementation part take its id',
    type: 'KẾ HOẠCH',
    number: '1801/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện nghiêm túc.
IV. TỔ CHỨC THỰC HIỆN
Sở Nội vụ:
- Chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch.
- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.
Sở Tài chính:
- Bố trí kinh phí thực hiện Kế hoạch.`,
    tasks: [
      ['IV', ['Sở Nội vụ'], [], '2025-12-20'],
      ['IV', ['Sở Tài chính']],
    ],
  },
];

const VARIANTS = [...PARTS, ...DECISIONS, ...NOTICES_AND_DIRECTIVES, ...LETTERS, ...DIRECTIONS, ...MORE_LAYOUTS, ...PASSED_ON, ...ASSOCIATIONS, ...SLASH_NUMBERS, ...UNNUMBERED_HEADINGS, ...MORE_HEADINGS, ...NOTHING_ASSIGNED];

describe('task-assignment forms of the conventions, second round', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const record = extractRecord(await docFromText(documentWith(variant)));
    const { got, want } = taskRows(record.tasks, variant.tasks);
    expect(got).toEqual(want);
  });
});

/** Lines of a DOCX table as the reader gives them: one line per non-empty cell. */
function tableLines(rows: Array<Array<string | null>>): Line[] {
  const lines: Line[] = [];
  let start = 0;
  rows.forEach((cells, row) =>
    cells.forEach((text, col) => {
      if (!text) return;
      lines.push({ text, start, end: start + text.length, page: 1, x: col * 20, y: lines.length, width: text.length, column: 'full', cell: { table: 0, row, col, cols: cells.length } });
      start += text.length + 1;
    }),
  );
  return lines;
}

const fold = (names: string[]) => names.map((n) => n.toLocaleLowerCase('vi'));
const rowsOf = (lines: Line[]) => tableTasks(lines, []).tasks.map((t) => [t.section, fold(t.lead), fold(t.partners), t.deadline]);

describe('task tables with other columns and heading words', () => {
  it('reads "Thời gian thực hiện" before the lead and partner columns, and a product column after them', () => {
    const lines = tableLines([
      ['STT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm'],
      ['1', 'Xây dựng cơ sở dữ liệu cán bộ', 'Quý IV/2025', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Cơ sở dữ liệu'],
      ['2', 'Ban hành quy chế khai thác dữ liệu', 'Trước ngày 31/12/2025', 'Sở Tư pháp', 'Sở Nội vụ', 'Quyết định của UBND tỉnh'],
    ]);
    expect(rowsOf(lines)).toEqual([
      ['1', ['sở nội vụ'], ['sở khoa học và công nghệ'], 'Quý IV/2025'],
      ['2', ['sở tư pháp'], ['sở nội vụ'], '2025-12-31'],
    ]);
  });

  it('reads "Đơn vị thực hiện" and "Thời hạn" with a remarks column, rows grouped under Roman rows', () => {
    const lines = tableLines([
      ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Ghi chú'],
      ['I', 'Nhóm nhiệm vụ về thể chế', null, null, null],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Tháng 10/2025', null],
      ['2', 'Sửa đổi quy chế làm việc', 'Văn phòng UBND tỉnh', 'Tháng 11/2025', null],
      ['II', 'Nhóm nhiệm vụ về tổ chức bộ máy', null, null, null],
      ['3', 'Sắp xếp đơn vị sự nghiệp', 'Sở Nội vụ', 'Quý I/2026', null],
    ]);
    expect(rowsOf(lines)).toEqual([
      ['1', ['sở tư pháp'], [], 'Tháng 10/2025'],
      ['2', ['văn phòng ubnd tỉnh'], [], 'Tháng 11/2025'],
      ['3', ['sở nội vụ'], [], 'Quý I/2026'],
    ]);
  });

  it('reads "Cơ quan, đơn vị chủ trì" | "Cơ quan, đơn vị phối hợp" | "Thời gian hoàn thành"', () => {
    const lines = tableLines([
      ['STT', 'Nội dung', 'Cơ quan, đơn vị chủ trì', 'Cơ quan, đơn vị phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Tổ chức hội nghị triển khai', 'Sở Văn hóa, Thể thao và Du lịch', 'Các sở, ngành liên quan', 'Tháng 7/2025'],
    ]);
    expect(rowsOf(lines)).toEqual([['1', ['sở văn hóa, thể thao và du lịch'], ['các sở, ngành liên quan'], 'Tháng 7/2025']]);
  });

  it('reads the lead column headed "Cơ quan chịu trách nhiệm" and a time column "Tiến độ"', () => {
    const lines = tableLines([
      ['STT', 'Tên nhiệm vụ', 'Cơ quan chịu trách nhiệm', 'Tiến độ'],
      ['1', 'Đề án phát triển nguồn nhân lực', 'Sở Nội vụ', 'Năm 2026'],
    ]);
    expect(rowsOf(lines)).toEqual([['1', ['sở nội vụ'], [], 'Năm 2026']]);
  });

  it('reads each paragraph of a lead or partner cell naming its own body as a name of its own; a wrapped name stays one', () => {
    const lines: Line[] = [];
    let start = 0;
    const rows = [
      [['STT'], ['Nội dung'], ['Cơ quan chủ trì'], ['Cơ quan phối hợp'], ['Thời gian']],
      [['1'], ['Rà soát quy hoạch'], ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường'], ['Ủy ban nhân dân các xã', 'Sở Tài chính'], ['Quý IV/2025']],
      [['2'], ['Tuyên truyền'], ['Sở Văn hóa, Thể', 'thao và Du lịch'], [], ['Quý III/2025']],
    ];
    rows.forEach((cells, row) =>
      cells.forEach((texts, col) =>
        texts.forEach((text) => {
          lines.push({ text, start, end: start + text.length, page: 1, x: col * 20, y: lines.length, width: text.length, column: 'full', cell: { table: 0, row, col, cols: cells.length } });
          start += text.length + 1;
        }),
      ),
    );
    expect(rowsOf(lines)).toEqual([
      ['1', ['sở xây dựng', 'sở nông nghiệp và môi trường'], ['ủy ban nhân dân các xã', 'sở tài chính'], 'Quý IV/2025'],
      ['2', ['sở văn hóa, thể thao và du lịch'], [], 'Quý III/2025'],
    ]);
  });

  it('reads a DOCX plan whose task table stands under "III. PHÂN CÔNG THỰC HIỆN", columns in another order', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
    const table = new Table({
      rows: [
        row(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', 'Đơn vị phối hợp']),
        row(['1', 'Tuyên truyền, phổ biến Luật', 'Sở Tư pháp', 'Quý III/2025', 'Báo và Phát thanh, Truyền hình Lâm Đồng']),
        row(['2', 'Tập huấn chuyên sâu', 'Sở Nội vụ', 'Trước ngày 30/11/2025', 'Trường Chính trị tỉnh']),
      ],
    });
    const before = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 320/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày 05 tháng 9 năm 2025', 'KẾ HOẠCH', 'Triển khai thi hành Luật Tổ chức chính quyền địa phương', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm thống nhất.',
      'II. NỘI DUNG', 'Tuyên truyền, tập huấn.', 'III. PHÂN CÔNG THỰC HIỆN',
    ].map((t) => new Paragraph(t));
    const after = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'].map((t) => new Paragraph(t));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [...before, table, ...after] }] }));
    const { record } = await processBuffer(Buffer.from(docx), 'plan.docx', { ocr: 'off' });
    expect(record.tasks.map((t) => [t.section, fold(t.lead), fold(t.partners), t.deadline])).toEqual([
      ['III.1', ['sở tư pháp'], ['báo và phát thanh, truyền hình lâm đồng'], 'Quý III/2025'],
      ['III.2', ['sở nội vụ'], ['trường chính trị tỉnh'], '2025-11-30'],
    ]);
  });

  it('reads a page\'s task table whose time column stands before the lead and partner columns', () => {
    const pieces = (rows: Array<[number, Array<[number, number, string]>]>): Line[] => {
      const lines: Line[] = [];
      let start = 0;
      for (const [y, items] of rows) {
        for (const [x, width, text] of items) {
          lines.push({ text, start, end: start + text.length, page: 1, x, y, width, column: 'full' });
          start += text.length + 1;
        }
      }
      return lines;
    };
    const page = pieces([
      [93, [[78, 18, 'TT'], [120, 60, 'Nhiệm vụ'], [260, 50, 'Thời gian'], [340, 60, 'Chủ trì'], [440, 60, 'Phối hợp']]],
      [117, [[80, 5, '1'], [120, 120, 'Cập nhật dữ liệu dân cư'], [260, 60, 'Tháng 8/2025'], [340, 60, 'Công an tỉnh'], [440, 50, 'Sở Tư pháp']]],
      [141, [[80, 5, '2'], [120, 120, 'Số hóa hồ sơ hộ tịch'], [260, 60, 'Quý IV/2025'], [340, 60, 'Sở Tư pháp'], [440, 70, 'UBND các xã']]],
      [170, [[72, 430, 'Trên đây là Kế hoạch triển khai Đề án 06 của Ủy ban nhân dân tỉnh năm 2025 và các năm tiếp theo.']]],
    ]);
    expect(rowsOf(pageTableLines(page))).toEqual([
      ['1', ['công an tỉnh'], ['sở tư pháp'], 'Tháng 8/2025'],
      ['2', ['sở tư pháp'], ['ubnd các xã'], 'Quý IV/2025'],
    ]);
  });
});

describe('deadlines as documents print them', () => {
  it('reads full dates with dots, a bare "trước" before a full date, and relative periods as printed', () => {
    expect(deadlineOf('báo cáo về Sở Nội vụ trước ngày 31.12.2025.')).toBe('2025-12-31');
    expect(deadlineOf('Hoàn thành xong trước 31/12/2025.')).toBe('2025-12-31');
    expect(deadlineOf('báo cáo trước ngày 30 tháng 6 năm 2025.')).toBe('2025-06-30');
    expect(deadlineOf('trình Ủy ban nhân dân tỉnh trong thời gian 30 ngày kể từ ngày ký.')).toBe('trong thời gian 30 ngày kể từ ngày ký');
    expect(deadlineOf('giải quyết trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.')).toBe('trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ');
    expect(deadlineOf('Hội nghị tổ chức trong 02 ngày tại Hội trường tỉnh.')).toBeNull();
    expect(deadlineOf('giảm 20% so với trước 2025')).toBeNull();
  });
});
