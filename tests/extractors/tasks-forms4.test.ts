import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { docFromText } from '../helpers.js';
import { taskDocument, taskRows, type ExpectedTask, type TaskDocumentParts } from './task-document.js';

/**
 * A fourth round of task forms, written from how such documents are made (Nghị định 30/2020/NĐ-CP, Phụ lục III: the
 * models of công văn, kế hoạch, thông báo kết luận, chỉ thị; tests/eval/gold/README.md's task rules):
 * - a công văn whose addressees stand in dashes under "Kính gửi:", then unnumbered paragraphs after "… có ý kiến như
 *   sau:" each giving work ("Giao Sở …", "Đề nghị Ủy ban nhân dân các huyện …"): one task per paragraph, section "";
 * - a plan's part of aims ("I. MỤC ĐÍCH, YÊU CẦU") states how the plan is carried out and assigns nothing;
 * - the owners of investment projects ("Các chủ đầu tư") and bodies whose duty opens with a verb of their field
 *   ("tăng thời lượng", "xử lý", "đánh giá") lead;
 * - deadlines printed without a year or repeating ("trước ngày 15 tháng 12 hằng năm", "trước ngày 15/12") as printed;
 * - a legal text (Luật Ban hành văn bản quy phạm pháp luật) gives work by handing the making of its details to a named
 *   body ("Chính phủ quy định chi tiết Điều này", "Bộ Tài chính hướng dẫn …", a minister "quy định cụ thể …") and by its
 *   execution clauses; its rules binding the persons it regulates ("Tổ chức, cá nhân … phải kê khai", "Doanh nghiệp …
 *   có trách nhiệm công bố"), the powers it confers and its cases assign nothing.
 * Each row: [section, lead, partners?, deadline?, frequency?], names compared case-folded.
 */

interface Variant extends TaskDocumentParts {
  name: string;
  subject?: string;
  tasks: ExpectedTask[];
}

const VARIANTS: Variant[] = [
  {
    name: 'công văn: dashes of addressees, then unnumbered paragraphs after "có ý kiến như sau:" each assigning',
    type: 'V/v triển khai công tác phòng, chống thiên tai',
    number: '1500/UBND-KT',
    body: `Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Ủy ban nhân dân các huyện.
Xét đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số 200/SNNMT-TL ngày 01/9/2025, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn hồ đập, báo cáo kết quả trước ngày 15 hằng tháng.
Đề nghị Ủy ban nhân dân các huyện chủ động phương án ứng phó, định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.`,
    tasks: [
      ['', ['Sở Nông nghiệp và Môi trường'], ['Công an tỉnh'], 'trước ngày 15 hằng tháng', 'hằng tháng'],
      ['', ['Ủy ban nhân dân các huyện'], [], null, 'định kỳ 6 tháng'],
    ],
  },
  {
    name: 'công văn: dashes of addressees, then the lead-in "… giao:" over dashes that each give a body work',
    type: 'V/v xử lý kiến nghị của cử tri',
    number: '1502/UBND-TH',
    body: `Kính gửi:
- Sở Xây dựng;
- Sở Tài chính.
Xét kiến nghị của cử tri tại Kỳ họp thứ 5, Hội đồng nhân dân tỉnh khóa X, Chủ tịch Ủy ban nhân dân tỉnh giao:
- Sở Xây dựng rà soát, sửa chữa tuyến đường tỉnh 725, hoàn thành trong quý IV/2025.
- Sở Tài chính cân đối, bố trí kinh phí sửa chữa.`,
    tasks: [
      ['', ['Sở Xây dựng'], [], 'trong quý IV/2025'],
      ['', ['Sở Tài chính']],
    ],
  },
  {
    name: 'kế hoạch: the part of aims names bodies but assigns nothing; labelled items and the implementation part do',
    type: 'KẾ HOẠCH',
    number: '30/KH-UBND',
    subject: 'Tổ chức Hội thi tìm hiểu pháp luật năm 2025',
    body: `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức pháp luật cho cán bộ, nhân dân.
2. Yêu cầu
Các cơ quan, đơn vị triển khai nghiêm túc, bảo đảm tiết kiệm, hiệu quả.
II. NỘI DUNG
1. Xây dựng thể lệ Hội thi
- Đơn vị chủ trì: Sở Tư pháp.
- Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian hoàn thành: tháng 6/2025.
2. Tổ chức vòng sơ khảo
- Đơn vị chủ trì: Ủy ban nhân dân các xã, phường.
- Thời gian thực hiện: Quý III/2025.
III. KINH PHÍ
Kinh phí thực hiện từ ngân sách tỉnh năm 2025.
IV. TỔ CHỨC THỰC HIỆN
Sở Tư pháp chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12.`,
    tasks: [
      ['II.1', ['Sở Tư pháp'], ['Sở Văn hóa, Thể thao và Du lịch'], 'tháng 6/2025'],
      ['II.2', ['Ủy ban nhân dân các xã, phường'], undefined, 'Quý III/2025'],
      ['IV', ['Sở Tư pháp'], undefined, 'trước ngày 15/12'],
    ],
  },
  {
    name: 'kế hoạch with only a part of aims naming bodies: no task',
    type: 'KẾ HOẠCH',
    number: '31/KH-UBND',
    subject: 'Tổ chức Tháng hành động vì an toàn thực phẩm năm 2025',
    body: `I. MỤC ĐÍCH, YÊU CẦU
1. Tăng cường trách nhiệm của các cấp, các ngành trong công tác bảo đảm an toàn thực phẩm.
2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường tổ chức các hoạt động thiết thực, tránh hình thức.
II. CHỦ ĐỀ
"Tăng cường bảo đảm an toàn thực phẩm trong sản xuất, kinh doanh".`,
    tasks: [],
  },
  {
    name: 'thông báo kết luận: the project owners and a body whose duty opens with "tăng" lead their items',
    type: 'THÔNG BÁO',
    number: '130/TB-VP',
    subject: 'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về công tác chuẩn bị Đại hội',
    body: `Sau khi nghe báo cáo, ý kiến của các thành viên dự họp, Chủ tịch Ủy ban nhân dân tỉnh kết luận:
1. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính hoàn chỉnh kế hoạch tổ chức Đại hội, trình Ủy ban nhân dân tỉnh trong tháng 10/2025.
2. Các chủ đầu tư khẩn trương hoàn thành các công trình chào mừng trước ngày 30/11/2025.
3. Đài Phát thanh và Truyền hình tỉnh tăng thời lượng tuyên truyền về Đại hội.
4. Công an tỉnh xử lý nghiêm các hành vi vi phạm trật tự an toàn giao thông.`,
    tasks: [
      ['1', ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Tài chính'], 'trong tháng 10/2025'],
      ['2', ['Các chủ đầu tư'], undefined, '2025-11-30'],
      ['3', ['Đài Phát thanh và Truyền hình tỉnh']],
      ['4', ['Công an tỉnh']],
    ],
  },
  {
    name: 'chỉ thị: a yearly report by a day and month is kept as printed, with its frequency',
    type: 'CHỈ THỊ',
    number: '05/CT-UBND',
    subject: 'Về tăng cường công tác phòng cháy, chữa cháy',
    body: `Để tăng cường công tác phòng cháy, chữa cháy, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Công an tỉnh
- Chủ trì, phối hợp với các sở, ngành kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh karaoke, hoàn thành trong quý III/2025.
- Định kỳ 6 tháng tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Ủy ban nhân dân các xã, phường
a) Tuyên truyền kiến thức phòng cháy đến từng hộ gia đình.
b) Xử lý nghiêm các vi phạm theo thẩm quyền.
3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.`,
    tasks: [
      ['1', ['Công an tỉnh'], ['các sở, ngành'], 'trong quý III/2025', 'định kỳ 6 tháng'],
      ['2', ['Ủy ban nhân dân các xã, phường']],
      ['3', ['Văn phòng Ủy ban nhân dân tỉnh'], undefined, 'trước ngày 15 tháng 12 hằng năm', 'hằng năm'],
    ],
  },
  {
    name: 'nghị định: clauses handing details to a body are tasks; rules binding regulated persons, powers and cases are not',
    type: 'NGHỊ ĐỊNH',
    number: '50/2025/NĐ-CP',
    subject: 'Quy định chi tiết một số điều của Luật Thuế tiêu thụ đặc biệt',
    body: `CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Thuế tiêu thụ đặc biệt.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết đối tượng chịu thuế.
Điều 2. Đối tượng không chịu thuế
1. Hàng hóa xuất khẩu.
2. Tàu bay sử dụng cho mục đích kinh doanh. Trong đó:
a) Tổ chức, cá nhân kinh doanh có tàu bay nhập khẩu thay đổi mục đích sử dụng phải kê khai nộp thuế với cơ quan hải quan.
b) Doanh nghiệp sản xuất trong nước có trách nhiệm công bố công khai tài liệu kỹ thuật.
3. Trường hợp cần thiết phải sửa đổi đối tượng không chịu thuế, Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan báo cáo Chính phủ.
4. Bộ Tài chính hướng dẫn về hồ sơ xác định đối tượng không chịu thuế.
Điều 3. Thẩm quyền chấp thuận
1. Thủ tướng Chính phủ chấp thuận chủ trương đầu tư dự án quy định tại khoản 2 Điều này.
2. Bộ trưởng Bộ Công Thương quy định cụ thể quy mô khách hàng sử dụng điện.
3. Chính phủ quy định chi tiết Điều này.
Điều 4. Trách nhiệm thi hành
1. Bộ Tài chính và các bộ quản lý chuyên ngành quy định chi tiết các điều, khoản được giao và hướng dẫn thực hiện Nghị định này.
2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Nghị định này.
3. Quốc hội, Ủy ban Thường vụ Quốc hội, Mặt trận Tổ quốc Việt Nam, Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội và Hội đồng nhân dân các cấp, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị định này.`,
    tasks: [
      ['Điều 2.4', ['Bộ Tài chính']],
      ['Điều 3.2', ['Bộ trưởng Bộ Công Thương']],
      ['Điều 3.3', ['Chính phủ']],
      ['Điều 4.1', ['Bộ Tài chính', 'các bộ quản lý chuyên ngành']],
      ['Điều 4.2', ['Các Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'các cơ quan, tổ chức, cá nhân liên quan']],
      [
        'Điều 4.3',
        ['Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Mặt trận Tổ quốc Việt Nam', 'Hội đồng Dân tộc', 'các Ủy ban của Quốc hội', 'Đoàn đại biểu Quốc hội', 'đại biểu Quốc hội', 'Hội đồng nhân dân các cấp'],
      ],
    ],
  },
  {
    name: 'nghị quyết of a legislature: "giao đất", "giao khu vực biển" and "giao kết hợp đồng" allocate or bind; the article assigns nothing',
    type: 'NGHỊ QUYẾT',
    number: '253/2025/QH15',
    subject: 'Về các cơ chế, chính sách phát triển năng lượng quốc gia',
    body: `QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
QUYẾT NGHỊ:
Điều 1. Thủ tục đầu tư dự án điện gió ngoài khơi
1. Chủ đầu tư được miễn thủ tục đăng ký quy hoạch sử dụng đất; giao đất, cho thuê đất; giao khu vực biển.
2. Thủ tướng Chính phủ chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư dự án quy định tại khoản 1 Điều này.
3. Nhà đầu tư được chấp thuận thực hiện đàm phán, giao kết hợp đồng mua bán điện với bên mua điện.
4. Cơ quan có thẩm quyền giao khu vực biển cho doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ để thực hiện khảo sát.
5. Chính phủ quy định chi tiết Điều này.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.`,
    tasks: [['Điều 1.5', ['Chính phủ']]],
  },
  {
    name: 'thông tư: a delegation after a time and basis, and an execution clause whose plural list goes on to the local governments',
    type: 'THÔNG TƯ',
    number: '10/2025/TT-BNNMT',
    subject: 'Quy định kỹ thuật điều tra khoáng sản',
    body: `BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định kỹ thuật điều tra khoáng sản.
Điều 2. Phát triển điện hạt nhân
1. Khuyến khích doanh nghiệp tham gia nghiên cứu.
2. Theo từng thời kỳ, căn cứ nhu cầu phát triển và tình hình thương mại hóa công nghệ, Chính phủ ban hành cơ chế đầu tư phát triển điện hạt nhân mô đun nhỏ.
Điều 3. Tổ chức thực hiện
1. Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương; Thủ trưởng các đơn vị thuộc Bộ Nông nghiệp và Môi trường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.
2. Cục Địa chất và Khoáng sản Việt Nam có trách nhiệm phổ biến, kiểm tra việc thực hiện Thông tư này.`,
    tasks: [
      ['Điều 2.2', ['Chính phủ']],
      [
        'Điều 3.1',
        ['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Thủ trưởng các đơn vị thuộc Bộ Nông nghiệp và Môi trường', 'các tổ chức, cá nhân có liên quan'],
      ],
      ['Điều 3.2', ['Cục Địa chất và Khoáng sản Việt Nam']],
    ],
  },
];

describe('task forms of the conventions, fourth round', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const record = extractRecord(await docFromText(taskDocument(variant, variant.subject ?? 'Về việc triển khai công tác năm 2025')));
    const { got, want } = taskRows(record.tasks, variant.tasks);
    expect(got).toEqual(want);
  });
});
