import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { docFromText } from '../helpers.js';
import { taskDocument, type TaskDocumentParts } from './task-document.js';

/**
 * Variants of how administrative documents assign work, written from their conventions (Nghị định
 * 30/2020/NĐ-CP and its Phụ lục; Hướng dẫn 36-HD/VPTW; tests/eval/gold/README.md's task rules):
 * where the assigning part stands and how it is headed and numbered, how decisions, conclusion
 * notices, công văn, công điện and giấy mời give work, and what reports and letters that assign
 * nothing look like. Each row: the document's type line and number, its body, and the tasks
 * expected as [section, lead, partners, deadline] (partners and deadline checked where given).
 */

type Expected = [section: string, lead: string[], partners?: string[], deadline?: string | null];

interface Variant extends TaskDocumentParts {
  name: string;
  tasks: Expected[];
  /** Lines as OCR gives them (with a confidence), so its misread markers are read. */
  ocr?: boolean;
}

const documentWith = (variant: Variant) => taskDocument(variant, 'Về việc triển khai công tác cải cách hành chính năm 2025');

const PLANS: Variant[] = [
  {
    name: 'plan: implementation part numbered IV after purpose, content and funding',
    type: 'KẾ HOẠCH',
    number: '101/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phục vụ người dân.
II. NỘI DUNG
1. Rà soát thủ tục hành chính.
2. Số hóa hồ sơ.
III. KINH PHÍ
Kinh phí từ ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, hoàn thành trước ngày 15/12/2025.
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
3. Ủy ban nhân dân các xã, phường triển khai thực hiện trên địa bàn.`,
    tasks: [
      ['IV.1', ['Sở Nội vụ'], ['Văn phòng Ủy ban nhân dân tỉnh'], '2025-12-15'],
      ['IV.2', ['Sở Tài chính'], [], null],
      ['IV.3', ['Ủy ban nhân dân các xã, phường'], [], null],
    ],
  },
  {
    name: 'plan: "V. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"',
    type: 'KẾ HOẠCH',
    number: '102/KH-UBND',
    body: `I. MỤC ĐÍCH
Bảo đảm thực hiện đúng tiến độ.
II. NỘI DUNG
Tổ chức hội nghị tập huấn.
V. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ
1. Sở Tư pháp hướng dẫn nghiệp vụ cho các xã.
2. Công an tỉnh bảo đảm an ninh, trật tự.`,
    tasks: [
      ['V.1', ['Sở Tư pháp']],
      ['V.2', ['Công an tỉnh']],
    ],
  },
  {
    name: 'plan: "VI. PHÂN CÔNG NHIỆM VỤ"',
    type: 'KẾ HOẠCH',
    number: '103/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Thực hiện nghiêm túc.
VI. PHÂN CÔNG NHIỆM VỤ
1. Văn phòng Ủy ban nhân dân tỉnh tham mưu tổ chức hội nghị.
2. Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật.`,
    tasks: [
      ['VI.1', ['Văn phòng Ủy ban nhân dân tỉnh']],
      ['VI.2', ['Sở Khoa học và Công nghệ']],
    ],
  },
  {
    name: 'plan: "III. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN" with lettered bodies under its second item',
    type: 'KẾ HOẠCH',
    number: '104/KH-UBND',
    body: `I. MỤC TIÊU
Hoàn thành các chỉ tiêu năm 2025.
II. NHIỆM VỤ
Đẩy mạnh chuyển đổi số.
III. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN
1. Giải pháp
Tăng cường kiểm tra, giám sát.
2. Tổ chức thực hiện
a) Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ hướng dẫn triển khai.
b) Sở Tài chính tham mưu bố trí kinh phí.`,
    tasks: [
      ['III.2.a', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ']],
      ['III.2.b', ['Sở Tài chính']],
    ],
  },
  {
    name: 'plan: arabic parts, "3. Tổ chức thực hiện" with lettered bodies',
    type: 'KẾ HOẠCH',
    number: '105/KH-UBND',
    body: `1. Mục đích, yêu cầu
Nâng cao nhận thức của cán bộ.
2. Nội dung
Tuyên truyền trên các phương tiện thông tin đại chúng.
3. Tổ chức thực hiện
a) Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuyên truyền.
b) Báo Lâm Đồng mở chuyên mục tuyên truyền.`,
    tasks: [
      ['3.a', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['3.b', ['Báo Lâm Đồng']],
    ],
  },
  {
    name: 'plan: unnumbered "TỔ CHỨC THỰC HIỆN" heading over numbered items',
    type: 'KẾ HOẠCH',
    number: '106/KH-UBND',
    body: `MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng quy định.
TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hướng dẫn các cơ quan thực hiện.
2. Sở Tài chính bảo đảm kinh phí.`,
    tasks: [
      ['1', ['Sở Nội vụ']],
      ['2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'plan: an agency heading over dashed duties is one task',
    type: 'KẾ HOẠCH',
    number: '107/KH-UBND',
    body: `III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện Kế hoạch.
- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.
2. Sở Tài chính
- Tham mưu bố trí kinh phí.`,
    tasks: [
      ['III.1', ['Sở Nội vụ'], undefined, '2025-12-20'],
      ['III.2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'plan: an agency heading with a colon over lettered duties is one task',
    type: 'KẾ HOẠCH',
    number: '108/KH-UBND',
    body: `II. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh:
a) Chủ trì bảo đảm an ninh, trật tự.
b) Hướng dẫn phòng cháy, chữa cháy.
2. Bộ Chỉ huy Quân sự tỉnh:
a) Sẵn sàng lực lượng ứng cứu.`,
    tasks: [
      ['II.1', ['Công an tỉnh']],
      ['II.2', ['Bộ Chỉ huy Quân sự tỉnh']],
    ],
  },
  {
    name: 'plan: bodies listed by kind after a colon ("các sở: Tài chính, Nội vụ …")',
    type: 'KẾ HOẠCH',
    number: '109/KH-UBND',
    body: `IV. TỔ CHỨC THỰC HIỆN
1. Các sở: Tài chính, Nội vụ, Tư pháp căn cứ chức năng, nhiệm vụ triển khai các nội dung được giao.
2. Sở Y tế chỉ đạo các cơ sở y tế bảo đảm công tác y tế.`,
    tasks: [
      ['IV.1', ['Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp']],
      ['IV.2', ['Sở Y tế']],
    ],
  },
  {
    name: 'plan: items whose sub-lines label the lead, partners and time',
    type: 'KẾ HOẠCH',
    number: '110/KH-UBND',
    body: `III. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
1. Thành lập Ban bầu cử
- Cơ quan chủ trì: Ủy ban nhân dân xã.
- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã.
- Thời gian hoàn thành: trước ngày 10/3/2026.
2. Niêm yết danh sách cử tri
- Cơ quan chủ trì: Ủy ban nhân dân xã.
- Thời gian hoàn thành: trước ngày 25/4/2026.`,
    tasks: [
      ['III.1', ['Ủy ban nhân dân xã'], ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], '2026-03-10'],
      ['III.2', ['Ủy ban nhân dân xã'], [], '2026-04-25'],
    ],
  },
  {
    name: 'plan: the labels on the item\'s own line ("Chủ trì: …; phối hợp: …; thời gian: …")',
    type: 'KẾ HOẠCH',
    number: '111/KH-UBND',
    body: `II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị quán triệt. Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian: tháng 10/2025.
2. Kiểm tra việc thực hiện. Chủ trì: Thanh tra tỉnh; thời gian: quý IV/2025.`,
    tasks: [
      ['II.1', ['Sở Nội vụ'], ['Sở Tư pháp'], 'tháng 10/2025'],
      ['II.2', ['Thanh tra tỉnh'], [], 'quý IV/2025'],
    ],
  },
  {
    name: 'plan: deadlines as printed (a quarter, a day of every month) and a frequency',
    type: 'KẾ HOẠCH',
    number: '112/KH-UBND',
    body: `III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hoàn thành việc rà soát trong quý III/2025.
2. Các sở, ban, ngành báo cáo kết quả thực hiện trước ngày 15 hằng tháng.
3. Sở Tư pháp định kỳ 6 tháng tổng hợp, báo cáo kết quả.`,
    tasks: [
      ['III.1', ['Sở Nội vụ'], [], 'trong quý III/2025'],
      ['III.2', ['Các sở, ban, ngành'], [], 'trước ngày 15 hằng tháng'],
      ['III.3', ['Sở Tư pháp'], [], null],
    ],
  },
  {
    name: 'plan: decimal items under an arabic implementation part',
    type: 'KẾ HOẠCH',
    number: '113/KH-UBND',
    body: `1. MỤC ĐÍCH
Thực hiện hiệu quả.
2. TỔ CHỨC THỰC HIỆN
2.1. Sở Giáo dục và Đào tạo chủ trì triển khai trong các trường học.
2.2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.`,
    tasks: [
      ['2.1', ['Sở Giáo dục và Đào tạo']],
      ['2.2', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
    ],
  },
];

const DECISIONS: Variant[] = [
  {
    name: 'decision: Điều 2 "Tổ chức thực hiện" with clauses, execution clause in Điều 4',
    type: 'QUYẾT ĐỊNH',
    number: '201/QĐ-UBND',
    body: `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển du lịch tỉnh giai đoạn 2025 - 2030.
Điều 2. Tổ chức thực hiện
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai Đề án.
2. Sở Tài chính tham mưu bố trí kinh phí.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2.1', ['Sở Văn hóa, Thể thao và Du lịch'], ['các sở, ngành']],
      ['Điều 2.2', ['Sở Tài chính']],
      ['Điều 4', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Chủ tịch Ủy ban nhân dân các xã']],
    ],
  },
  {
    name: 'decision: "Điều 2. Giao …" and an execution clause after the effect sentence',
    type: 'QUYẾT ĐỊNH',
    number: '202/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
Điều 2. Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quy chế.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tư pháp, Nội vụ và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Sở Tư pháp'], ['Sở Nội vụ']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Tư pháp', 'Giám đốc Sở Nội vụ', 'Thủ trưởng các cơ quan liên quan']],
    ],
  },
  {
    name: 'decision: an establishment article is no task, the board\'s duties article and the execution clause are',
    type: 'QUYẾT ĐỊNH',
    number: '203/QĐ-UBND',
    body: `QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh, gồm các ông (bà) có tên sau.
Điều 2. Ban Chỉ đạo có nhiệm vụ giúp Ủy ban nhân dân tỉnh chỉ đạo, điều phối công tác chuyển đổi số trên địa bàn tỉnh.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Ban Chỉ đạo']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'các ông (bà) có tên tại Điều 1']],
    ],
  },
];

const RESOLUTION: Variant = {
  name: 'resolution: "Điều 5. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện" and the council\'s supervision',
  type: 'NGHỊ QUYẾT',
  number: '15/NQ-HĐND',
  body: `QUYẾT NGHỊ:
Điều 1. Thông qua danh mục dự án đầu tư công năm 2026.
Điều 5. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 6. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này./.`,
  tasks: [
    ['Điều 5', ['Ủy ban nhân dân tỉnh']],
    ['Điều 6', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh']],
  ],
};

const NOTICES: Variant[] = [
  {
    name: 'conclusion notice: numbered items "Giao Sở …", one agreeing item giving no work',
    type: 'THÔNG BÁO',
    number: '301/TB-UBND',
    body: `Ngày 05/9/2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư công. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XV rà soát kế hoạch vốn, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9/2025.
2. Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ thi công các công trình.
3. Thống nhất chủ trương điều chuyển vốn giữa các dự án.`,
    tasks: [
      ['1', ['Sở Tài chính'], ['Kho bạc Nhà nước khu vực XV'], '2025-09-30'],
      ['2', ['Ban Quản lý dự án đầu tư xây dựng tỉnh']],
    ],
  },
  {
    name: 'conclusion notice: lettered items under a topic naming their own bodies',
    type: 'THÔNG BÁO',
    number: '302/TB-UBND',
    body: `Ý kiến kết luận của Chủ tịch Ủy ban nhân dân tỉnh:
1. Về công tác phòng, chống dịch bệnh
a) Giao Sở Y tế theo dõi chặt chẽ tình hình dịch bệnh.
b) Giao Ủy ban nhân dân các xã, phường tăng cường tuyên truyền.
2. Về công tác bảo đảm an toàn thực phẩm
Giao Sở Công Thương chủ trì kiểm tra các cơ sở kinh doanh trong tháng 10/2025.`,
    tasks: [
      ['1.a', ['Sở Y tế']],
      ['1.b', ['Ủy ban nhân dân các xã, phường']],
      ['2', ['Sở Công Thương'], [], 'trong tháng 10/2025'],
    ],
  },
  {
    name: 'conclusion notice: items under a Roman "KẾT LUẬN" part',
    type: 'THÔNG BÁO',
    number: '303/TB-UBND',
    body: `I. TÌNH HÌNH CHUNG
Các cơ quan đã triển khai nhiều giải pháp.
II. KẾT LUẬN
1. Giao Sở Nông nghiệp và Môi trường hướng dẫn người dân khôi phục sản xuất.
2. Giao Công an tỉnh theo dõi, đôn đốc việc thực hiện.`,
    tasks: [
      ['II.1', ['Sở Nông nghiệp và Môi trường']],
      ['II.2', ['Công an tỉnh']],
    ],
  },
];

const LETTERS: Variant[] = [
  {
    name: 'công văn: bodies asked to report back before a date',
    type: 'V/v báo cáo kết quả',
    number: '401/UBND-NC',
    body: `Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.
Để có cơ sở tổng hợp, báo cáo Bộ Nội vụ, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện, gửi về Sở Nội vụ trước ngày 20/12/2025 để tổng hợp.`,
    tasks: [['', ['các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'], [], '2025-12-20']],
  },
  {
    name: 'công văn: a request for comments by a date',
    type: 'V/v góp ý dự thảo',
    number: '402/STP-XDKT',
    body: `Kính gửi: Các sở, ban, ngành.
Sở Tư pháp đề nghị các sở, ban, ngành có ý kiến góp ý bằng văn bản gửi về Sở Tư pháp trước ngày 10/10/2025.`,
    tasks: [['', ['các sở, ban, ngành'], [], '2025-10-10']],
  },
  {
    name: 'công văn: numbered requests after "yêu cầu:"',
    type: 'V/v tăng cường phòng chống thiên tai',
    number: '403/UBND-KT',
    body: `Kính gửi: Các sở, ngành; Ủy ban nhân dân các xã.
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường theo dõi diễn biến thời tiết, kịp thời cảnh báo.
2. Ủy ban nhân dân các xã rà soát các khu vực có nguy cơ sạt lở.`,
    tasks: [
      ['1', ['Sở Nông nghiệp và Môi trường']],
      ['2', ['Ủy ban nhân dân các xã']],
    ],
  },
  {
    name: 'công văn: a reply pointing the asker to its next step gives no work',
    type: 'V/v ý kiến về hồ sơ',
    number: '404/UBND-NC',
    body: `Kính gửi: Sở Nội vụ.
Ủy ban nhân dân tỉnh nhận được Công văn số 120/SNV-TCBC ngày 01/9/2025 của Sở Nội vụ về hồ sơ thành lập Hội. Ủy ban nhân dân tỉnh có ý kiến như sau:
Thống nhất với đề xuất của Sở Nội vụ. Đề nghị Sở Nội vụ căn cứ ý kiến trên, hoàn thiện hồ sơ theo quy định.`,
    tasks: [],
  },
  {
    name: 'công văn: a closing courtesy formula gives no work',
    type: 'V/v thông báo lịch làm việc',
    number: '405/VP-TH',
    body: `Kính gửi: Các cơ quan, đơn vị.
Văn phòng Ủy ban nhân dân tỉnh thông báo lịch làm việc của Lãnh đạo Ủy ban nhân dân tỉnh trong tuần.
Đề nghị các cơ quan, đơn vị quan tâm, phối hợp./.`,
    tasks: [],
  },
  {
    name: 'công văn: a closing distinct duty after the numbered items',
    type: 'V/v triển khai Nghị định',
    number: '406/UBND-NC',
    body: `Kính gửi: Các sở, ngành.
Thực hiện Nghị định số 30/2020/NĐ-CP, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo:
1. Các sở, ngành rà soát các văn bản đã ban hành.
2. Sở Nội vụ hướng dẫn thể thức văn bản.
Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 31/12/2025.`,
    tasks: [
      ['1', ['Các sở, ngành']],
      ['2', ['Sở Nội vụ']],
      ['', ['Văn phòng Ủy ban nhân dân tỉnh'], [], '2025-12-31'],
    ],
  },
];

const TELEGRAMS_AND_INVITATIONS: Variant[] = [
  {
    name: 'công điện: numbered requests, two bodies jointly leading one of them',
    type: 'CÔNG ĐIỆN',
    number: '02/CĐ-UBND',
    body: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
- Giám đốc các sở, ban, ngành;
- Chủ tịch Ủy ban nhân dân các xã, phường.
Để chủ động ứng phó với mưa lũ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Chủ tịch Ủy ban nhân dân các xã, phường tổ chức sơ tán người dân khỏi khu vực nguy hiểm trước 17 giờ ngày 12/10/2025.
2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện cứu hộ.
3. Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu.`,
    tasks: [
      ['1', ['Chủ tịch Ủy ban nhân dân các xã, phường'], [], '2025-10-12'],
      ['2', ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']],
      ['3', ['Sở Công Thương']],
    ],
  },
  {
    name: 'giấy mời: "Phân công chuẩn bị: Giao Sở …" by a time on a day',
    type: 'GIẤY MỜI',
    number: '501/GM-UBND',
    body: `Ủy ban nhân dân tỉnh trân trọng kính mời:
- Lãnh đạo Sở Nội vụ;
- Lãnh đạo Sở Tài chính.
Dự họp nghe báo cáo phương án sắp xếp đơn vị sự nghiệp công lập.
Thời gian: 08 giờ 00, ngày 15/10/2025.
Địa điểm: Phòng họp số 1, Ủy ban nhân dân tỉnh.
Phân công chuẩn bị: Giao Sở Nội vụ chuẩn bị nội dung báo cáo, gửi về Văn phòng Ủy ban nhân dân tỉnh trước 16 giờ ngày 13/10/2025.`,
    tasks: [['', ['Sở Nội vụ'], [], '2025-10-13']],
  },
];

const NOTHING_ASSIGNED: Variant[] = [
  {
    name: 'report: narrated directions and proposals upward assign nothing',
    type: 'BÁO CÁO',
    number: '601/BC-UBND',
    body: `I. KẾT QUẢ THỰC HIỆN
1. Ủy ban nhân dân tỉnh đã giao Sở Nội vụ chủ trì rà soát tổ chức bộ máy.
2. Các sở, ngành đã triển khai thực hiện nghiêm túc.
II. KIẾN NGHỊ, ĐỀ XUẤT
1. Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn.
2. Đề nghị Chính phủ bố trí kinh phí hỗ trợ.`,
    tasks: [],
  },
  {
    name: 'tờ trình: proposals to the council assign nothing',
    type: 'TỜ TRÌNH',
    number: '602/TTr-UBND',
    body: `Kính gửi: Hội đồng nhân dân tỉnh.
Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, thông qua Nghị quyết. Đề nghị giao Ủy ban nhân dân tỉnh tổ chức thực hiện.`,
    tasks: [],
  },
  {
    name: 'letter that only informs ("để … biết, thực hiện")',
    type: 'THÔNG BÁO',
    number: '603/TB-VP',
    body: `Văn phòng Ủy ban nhân dân tỉnh thông báo thời gian nghỉ Tết Nguyên đán năm 2026 như sau: cán bộ, công chức nghỉ từ ngày 14/02/2026 đến hết ngày 22/02/2026.
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.`,
    tasks: [],
  },
  {
    name: 'letter with a conditional request ("nếu có khó khăn … đề nghị báo cáo")',
    type: 'V/v hướng dẫn thực hiện',
    number: '604/SNV-CCVC',
    body: `Kính gửi: Các cơ quan, đơn vị.
Sở Nội vụ hướng dẫn việc xếp lương theo quy định mới. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Nội vụ để được hướng dẫn.`,
    tasks: [],
  },
];

const OCR: Variant[] = [
  {
    name: 'OCR: the dots after Roman and arabic numbers lost',
    ocr: true,
    type: 'KẾ HOẠCH',
    number: '701/KH-UBND',
    body: `I MỤC ĐÍCH
Bảo đảm thực hiện đúng tiến độ.
II TỔ CHỨC THỰC HIỆN
1 Sở Nội vụ chủ trì hướng dẫn thực hiện.
2 Sở Tài chính bố trí kinh phí.`,
    tasks: [
      ['II.1', ['Sở Nội vụ']],
      ['II.2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'OCR: an item wrapped over lines without punctuation at the breaks',
    ocr: true,
    type: 'KẾ HOẠCH',
    number: '702/KH-UBND',
    body: `III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở
Nội vụ hướng dẫn các cơ quan triển khai, hoàn thành trước
ngày 30/11/2025.
2. Sở Tài chính bố trí kinh phí.`,
    tasks: [
      ['III.1', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], '2025-11-30'],
      ['III.2', ['Sở Tài chính']],
    ],
  },
];


const PARTY_AND_FRONT: Variant[] = [
  {
    name: 'Party plan (Hướng dẫn 36): committees and boards of the Party lead',
    type: 'KẾ HOẠCH',
    number: '801/KH-TU',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc nghị quyết.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn tổ chức quán triệt.
2. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, hoàn thành trong tháng 11/2025.
3. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện.`,
    tasks: [
      ['II.1', ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], ['Văn phòng Tỉnh ủy']],
      ['II.2', ['Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy'], [], 'trong tháng 11/2025'],
      ['II.3', ['Ủy ban Kiểm tra Tỉnh ủy']],
    ],
  },
  {
    name: 'Front committee plan: the standing board, member organisations and hamlet boards lead',
    type: 'KẾ HOẠCH',
    number: '802/KH-MTTQ',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò của Mặt trận.
III. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì triển khai Kế hoạch.
2. Các tổ chức chính trị - xã hội xã tuyên truyền, vận động hội viên tham gia.
3. Ban Công tác Mặt trận các thôn tổ chức thực hiện ở khu dân cư.`,
    tasks: [
      ['III.1', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã']],
      ['III.2', ['Các tổ chức chính trị - xã hội xã']],
      ['III.3', ['Ban Công tác Mặt trận các thôn']],
    ],
  },
  {
    name: 'election plan: sub-committees and the election board lead',
    type: 'KẾ HOẠCH',
    number: '803/KH-UBBC',
    body: `IV. PHÂN CÔNG NHIỆM VỤ
1. Tiểu ban Thông tin, tuyên truyền chủ trì tuyên truyền về cuộc bầu cử.
2. Tiểu ban An ninh, trật tự bảo đảm an ninh tại các khu vực bỏ phiếu.
3. Các Tổ bầu cử niêm yết danh sách cử tri trước ngày 05/3/2026.`,
    tasks: [
      ['IV.1', ['Tiểu ban Thông tin, tuyên truyền']],
      ['IV.2', ['Tiểu ban An ninh, trật tự']],
      ['IV.3', ['Các Tổ bầu cử'], [], '2026-03-05'],
    ],
  },
];

const MORE_FORMS: Variant[] = [
  {
    name: 'plan: dashes each naming their own body under a numbered implementation part take its id',
    type: 'KẾ HOẠCH',
    number: '901/KH-UBND',
    body: `1. Mục đích
Bảo đảm thực hiện hiệu quả.
5. Tổ chức thực hiện
- Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện.
- Sở Tài chính bố trí kinh phí.`,
    tasks: [
      ['5', ['Sở Nội vụ']],
      ['5', ['Sở Tài chính']],
    ],
  },
  {
    name: 'công văn: a lead-in naming the body over numbered items naming none is one task',
    type: 'V/v rà soát đội ngũ',
    number: '902/SNV-CCVC',
    body: `Kính gửi: Ủy ban nhân dân các xã, phường.
Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:
1. Rà soát đội ngũ cán bộ, công chức cấp xã.
2. Tổng hợp nhu cầu đào tạo, bồi dưỡng.
Báo cáo kết quả gửi về Sở Nội vụ trước ngày 15/11/2025.`,
    tasks: [['', ['Ủy ban nhân dân các xã, phường'], [], '2025-11-15']],
  },
  {
    name: 'conclusion notice: a closing "Giao Văn phòng … theo dõi, đôn đốc" paragraph',
    type: 'THÔNG BÁO',
    number: '903/TB-UBND',
    body: `Chủ tịch Ủy ban nhân dân tỉnh kết luận:
1. Giao Sở Xây dựng hoàn thiện quy hoạch chung, trình trước ngày 30/10/2025.
2. Giao Ủy ban nhân dân phường Xuân Hương giải phóng mặt bằng.
Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện các nội dung trên.`,
    tasks: [
      ['1', ['Sở Xây dựng'], [], '2025-10-30'],
      ['2', ['Ủy ban nhân dân phường Xuân Hương']],
      ['', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ],
  },
  {
    name: 'directive: the leaders of the bodies addressed by their titles',
    type: 'CHỈ THỊ',
    number: '904/CT-UBND',
    body: `Để nâng cao hiệu quả công tác cải cách hành chính, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường quán triệt, triển khai nghiêm túc các nhiệm vụ.
2. Giám đốc Sở Nội vụ theo dõi, đôn đốc, định kỳ hằng quý báo cáo Chủ tịch Ủy ban nhân dân tỉnh.`,
    tasks: [
      ['1', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']],
      ['2', ['Giám đốc Sở Nội vụ']],
    ],
  },
  {
    name: 'decision: an execution clause addressed "Các ông (bà)" with a Party basis "căn cứ Quyết định thi hành"',
    type: 'QUYẾT ĐỊNH',
    number: '905/QĐ-TU',
    body: `Điều 1. Chuẩn y kết quả bầu cử Ban Chấp hành Đảng bộ xã.
Điều 2. Ban Tổ chức Tỉnh ủy, các cơ quan liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành.`,
    tasks: [['Điều 2', ['Ban Tổ chức Tỉnh ủy', 'các cơ quan liên quan', 'các đồng chí có tên tại Điều 1']]],
  },
  {
    name: 'OCR: a number standing on its own line before its item',
    ocr: true,
    type: 'KẾ HOẠCH',
    number: '906/KH-UBND',
    body: `II. TỔ CHỨC THỰC HIỆN
1.
Sở Nội vụ chủ trì hướng dẫn thực hiện.
2.
Sở Tài chính bố trí kinh phí.`,
    tasks: [
      ['II.1', ['Sở Nội vụ']],
      ['II.2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'OCR: a comma read for the dot of the numbers',
    ocr: true,
    type: 'KẾ HOẠCH',
    number: '907/KH-UBND',
    body: `I, MỤC ĐÍCH
Bảo đảm đúng tiến độ.
II, TỔ CHỨC THỰC HIỆN
1, Sở Nội vụ chủ trì hướng dẫn thực hiện.
2, Sở Tài chính bố trí kinh phí.`,
    tasks: [
      ['II.1', ['Sở Nội vụ']],
      ['II.2', ['Sở Tài chính']],
    ],
  },
];

const FURTHER_FORMS: Variant[] = [
  {
    name: 'công văn: "Ủy ban nhân dân tỉnh giao Sở … chủ trì, phối hợp với …, báo cáo trước ngày"',
    type: 'V/v tham mưu xử lý kiến nghị',
    number: '1001/UBND-KT',
    body: `Kính gửi: Sở Tài chính.
Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan tham mưu xử lý kiến nghị của cử tri, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/01/2026.`,
    tasks: [['', ['Sở Tài chính'], ['Sở Nội vụ', 'các cơ quan liên quan'], '2026-01-20']],
  },
  {
    name: 'công văn: two bodies asked for comments by a date',
    type: 'V/v góp ý dự thảo Quyết định',
    number: '1002/STP-XDKT',
    body: `Kính gửi: Sở Tài chính; Sở Nội vụ.
Đề nghị Sở Tài chính, Sở Nội vụ có ý kiến bằng văn bản gửi về Sở Tư pháp trước ngày 05/11/2025.`,
    tasks: [['', ['Sở Tài chính', 'Sở Nội vụ'], [], '2025-11-05']],
  },
  {
    name: 'conclusion notice: "giao:" over dashes each naming a body',
    type: 'THÔNG BÁO',
    number: '1003/TB-UBND',
    body: `Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh giao:
- Sở Y tế chủ trì kiểm tra công tác phòng, chống dịch.
- Ủy ban nhân dân các xã, phường tăng cường tuyên truyền.`,
    tasks: [
      ['', ['Sở Y tế']],
      ['', ['Ủy ban nhân dân các xã, phường']],
    ],
  },
  {
    name: 'plan: an office heading with a colon over dashed duties',
    type: 'KẾ HOẠCH',
    number: '1004/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng quy định.
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã:
- Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.
- Tổng hợp, báo cáo kết quả trước ngày 25/12/2025.
2. Công an xã:
- Bảo đảm an ninh, trật tự.`,
    tasks: [
      ['IV.1', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'], undefined, '2025-12-25'],
      ['IV.2', ['Công an xã']],
    ],
  },
  {
    name: 'report: its part of duties for the time ahead names bodies; its proposals do not assign',
    type: 'BÁO CÁO',
    number: '1005/BC-UBND',
    body: `I. KẾT QUẢ ĐẠT ĐƯỢC
Các chỉ tiêu cơ bản hoàn thành.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Phòng Văn hóa - Xã hội tham mưu tổ chức các hoạt động văn hóa.
2. Công an xã bảo đảm an ninh, trật tự trên địa bàn.
III. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí.`,
    tasks: [
      ['II.1', ['Phòng Văn hóa - Xã hội']],
      ['II.2', ['Công an xã']],
    ],
  },
  {
    name: 'resolution: "Điều 2. Tổ chức thực hiện" with clauses giving the committee and the council\'s bodies',
    type: 'NGHỊ QUYẾT',
    number: '1006/NQ-HĐND',
    body: `QUYẾT NGHỊ:
Điều 1. Thông qua Đề án.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.`,
    tasks: [
      ['Điều 2.1', ['Ủy ban nhân dân tỉnh']],
      ['Điều 2.2', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh']],
    ],
  },
  {
    name: 'giấy mời that only invites assigns nothing',
    type: 'GIẤY MỜI',
    number: '1007/GM-UBND',
    body: `Ủy ban nhân dân tỉnh trân trọng kính mời đại diện lãnh đạo các sở, ban, ngành dự Hội nghị tổng kết công tác năm 2025.
Thời gian: 08 giờ 00, ngày 20/01/2026.
Địa điểm: Hội trường Ủy ban nhân dân tỉnh.
Đề nghị các đại biểu đến dự đúng thành phần, thời gian./.`,
    tasks: [],
  },
  {
    name: 'letter forwarding a document "để biết và thực hiện" assigns nothing',
    type: 'V/v sao gửi văn bản',
    number: '1008/SNV-VP',
    body: `Kính gửi: Các cơ quan, đơn vị.
Sở Nội vụ sao gửi Văn bản số 123/BNV-TCBC ngày 02/10/2025 của Bộ Nội vụ đến các cơ quan, đơn vị để biết và thực hiện./.`,
    tasks: [],
  },
  {
    name: 'plan: an item\'s labelled time on its last line ("Thời gian: Hoàn thành trước ngày …")',
    type: 'KẾ HOẠCH',
    number: '1009/KH-UBND',
    body: `III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì tổng hợp kết quả.
Thời gian: Hoàn thành trước ngày 30/6/2026.`,
    tasks: [['III.1', ['Sở Nội vụ'], [], '2026-06-30']],
  },
];

const COMMUNE_FORMS: Variant[] = [
  {
    name: 'commune plan: hamlets, Front boards, Party cells, mass organisations and the health station lead',
    type: 'KẾ HOẠCH',
    number: '1101/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Phát huy sức mạnh của cả hệ thống chính trị ở cơ sở.
III. TỔ CHỨC THỰC HIỆN
1. Các đoàn thể chính trị - xã hội xã tuyên truyền, vận động hội viên.
2. Ban công tác Mặt trận các thôn phối hợp với Trưởng thôn tổ chức họp dân.
3. Các chi bộ lãnh đạo đảng viên gương mẫu thực hiện.
4. Trạm Y tế xã bảo đảm công tác y tế.
5. Trưởng các thôn, tổ dân phố báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12/2025.`,
    tasks: [
      ['III.1', ['Các đoàn thể chính trị - xã hội xã']],
      ['III.2', ['Ban công tác Mặt trận các thôn']],
      ['III.3', ['Các chi bộ']],
      ['III.4', ['Trạm Y tế xã']],
      ['III.5', ['Trưởng các thôn, tổ dân phố'], [], '2025-12-15'],
    ],
  },
];

const OCR_MARKS: Variant[] = [
  {
    name: 'OCR: the tone marks of a capitalised part heading misread ("TÓ CHỨC THỤC HIỆN", repaired by the normalizer), its items titles over paragraphs',
    ocr: true,
    type: 'KẾ HOẠCH',
    number: '1201/KH-UBND',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng tiến độ.
II. TÓ CHỨC THỤC HIỆN
1. Sở Nội vụ
Hướng dẫn, kiểm tra việc thực hiện.
2. Sở Tài chính
Bảo đảm kinh phí.`,
    tasks: [
      ['II.1', ['Sở Nội vụ']],
      ['II.2', ['Sở Tài chính']],
    ],
  },
];

const VARIANTS = [...PLANS, ...DECISIONS, RESOLUTION, ...NOTICES, ...LETTERS, ...TELEGRAMS_AND_INVITATIONS, ...NOTHING_ASSIGNED, ...OCR, ...PARTY_AND_FRONT, ...MORE_FORMS, ...FURTHER_FORMS, ...COMMUNE_FORMS, ...OCR_MARKS];

describe('task-assignment forms of the conventions', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const doc = await docFromText(documentWith(variant));
    const record = extractRecord(variant.ocr ? { ...doc, lines: doc.lines.map((l) => ({ ...l, confidence: 0.9 })) } : doc);
    const got = record.tasks.map((t, i) => {
      const want = variant.tasks[i];
      const row: unknown[] = [t.section, t.lead];
      if (want && want[2] !== undefined) row.push(t.partners);
      if (want && want[3] !== undefined) row.push(t.deadline);
      return row;
    });
    const expected = variant.tasks.map(([section, lead, partners, deadline]) => [section, lead, ...(partners !== undefined ? [partners] : []), ...(deadline !== undefined ? [deadline] : [])]);
    expect(got).toEqual(expected);
  });
});
