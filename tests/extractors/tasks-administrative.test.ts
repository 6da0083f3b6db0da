import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { leadOf } from '../../extractors/tasks/reading.js';
import { docFromText } from '../helpers.js';
import { taskDocument, taskRows, type ExpectedTask } from './task-document.js';

/**
 * Ordinary administrative documents of a province (Nghị định 30/2020/NĐ-CP: their numbers carry no year, "123/QĐ-UBND",
 * "45/KH-UBND", "210/UBND-VX", "88/TB-UBND") keep their tasks whatever the rules for legal normative texts say: a plan's
 * implementation part, a công văn's "Đề nghị …", a decision that gives work in its articles (even one whose first article
 * states the scope of what it sets up), a thông báo kết luận's numbered conclusions. A slogan in quotation marks after a
 * colon, or a quotation whose marks do not pair, hides none of them.
 */
interface AdministrativeCase {
  name: string;
  type: string;
  number: string;
  subject: string;
  body: string;
  tasks: ExpectedTask[];
}

const CASES: AdministrativeCase[] = [
  {
    name: 'kế hoạch: a slogan quoted after a colon, its closing mark straight, hides no task after it',
    type: 'KẾ HOẠCH',
    number: '45/KH-UBND',
    subject: 'Tổ chức Tháng hành động vì an toàn thực phẩm năm 2025',
    body: `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân về an toàn thực phẩm.
II. NỘI DUNG
Khẩu hiệu: “Thực phẩm an toàn vì sức khỏe cộng đồng"
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, phối hợp với Sở Công Thương tổ chức kiểm tra các cơ sở kinh doanh thực phẩm, báo cáo kết quả trước ngày 30/11/2025.
2. Sở Văn hóa, Thể thao và Du lịch chỉ đạo tuyên truyền khẩu hiệu “An toàn thực phẩm” trên các phương tiện thông tin.
3. Ủy ban nhân dân các huyện triển khai Kế hoạch này trên địa bàn.`,
    tasks: [
      ['III.1', ['Sở Y tế'], ['Sở Công Thương'], '2025-11-30'],
      ['III.2', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['III.3', ['Ủy ban nhân dân các huyện']],
    ],
  },
  {
    name: 'kế hoạch: a slogan after a colon whose closing mark is straight, and a stray closing mark further down, hide no task between them',
    type: 'KẾ HOẠCH',
    number: '46/KH-UBND',
    subject: 'Tuyên truyền phòng, chống dịch bệnh năm 2025',
    body: `I. NỘI DUNG
Khẩu hiệu: “Chủ động phòng bệnh vì sức khỏe cộng đồng"
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì tổ chức tiêm chủng mở rộng, báo cáo trước ngày 31/12/2025.
2. Đài Phát thanh và Truyền hình tỉnh tuyên truyền khẩu hiệu Chủ động phòng bệnh” trên sóng phát thanh.
3. Ủy ban nhân dân các huyện triển khai Kế hoạch này trên địa bàn.`,
    tasks: [
      ['II.1', ['Sở Y tế'], undefined, '2025-12-31'],
      ['II.2', ['Đài Phát thanh và Truyền hình tỉnh']],
      ['II.3', ['Ủy ban nhân dân các huyện']],
    ],
  },
  {
    name: 'quyết định cá biệt: articles that give work, the first stating the scope of the team it sets up',
    type: 'QUYẾT ĐỊNH',
    number: '123/QĐ-UBND',
    subject: 'Về việc giao nhiệm vụ kiểm tra công tác phòng cháy, chữa cháy',
    body: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Phạm vi điều chỉnh
Quyết định này giao nhiệm vụ kiểm tra công tác phòng cháy, chữa cháy tại các chợ trên địa bàn tỉnh năm 2025.
Điều 2. Công an tỉnh có trách nhiệm chủ trì, phối hợp với Sở Công Thương kiểm tra các chợ, báo cáo kết quả Ủy ban nhân dân tỉnh hằng tháng.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2', ['Công an tỉnh'], ['Sở Công Thương']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Công an tỉnh', 'Giám đốc Sở Công Thương']],
    ],
  },
  {
    name: 'chỉ thị of a province numbered with its year, as the 2004 law made it a normative text: its numbered items still give work',
    type: 'CHỈ THỊ',
    number: '05/2014/CT-UBND',
    subject: 'Về tăng cường công tác phòng cháy, chữa cháy',
    body: `Thời gian qua, công tác phòng cháy trên địa bàn tỉnh còn hạn chế. Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Công an tỉnh chủ trì, phối hợp với các sở, ngành kiểm tra an toàn phòng cháy tại các chợ, báo cáo trước ngày 30/11/2014.
2. Sở Công Thương hướng dẫn các doanh nghiệp kinh doanh xăng dầu thực hiện quy định về phòng cháy.
3. Ủy ban nhân dân các huyện, thành phố tăng cường tuyên truyền về phòng cháy, chữa cháy.`,
    tasks: [
      ['1', ['Công an tỉnh'], undefined, '2014-11-30'],
      ['2', ['Sở Công Thương']],
      ['3', ['Ủy ban nhân dân các huyện, thành phố']],
    ],
  },
  {
    name: 'thông báo kết luận: numbered conclusions that give work',
    type: 'THÔNG BÁO',
    number: '88/TB-UBND',
    subject: 'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Xây dựng',
    body: `Ngày 05 tháng 9 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh làm việc với Sở Xây dựng. Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Giao Sở Xây dựng hoàn thiện đề án phát triển nhà ở xã hội, trình Ủy ban nhân dân tỉnh trước ngày 31/10/2025.
2. Sở Tài chính cân đối, bố trí kinh phí thực hiện đề án.`,
    tasks: [
      ['1', ['Sở Xây dựng'], undefined, '2025-10-31'],
      ['2', ['Sở Tài chính']],
    ],
  },
  {
    name: 'công văn: "Đề nghị …" after a lead-in quoting a programme\'s name, its marks unpaired',
    type: 'V/v triển khai Chương trình “Mỗi xã một sản phẩm',
    number: '210/UBND-KT',
    subject: '',
    body: `Kính gửi: Sở Nông nghiệp và Môi trường
Thực hiện Chương trình: “Mỗi xã một sản phẩm" của Chính phủ, Ủy ban nhân dân tỉnh có ý kiến như sau:
Đề nghị Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Công Thương rà soát các sản phẩm đạt chuẩn, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/10/2025.
Giao Sở Tài chính bố trí kinh phí đánh giá, phân hạng sản phẩm (sau đây gọi là “sản phẩm OCOP”).`,
    tasks: [
      ['', ['Sở Nông nghiệp và Môi trường'], ['Sở Công Thương'], '2025-10-20'],
      ['', ['Sở Tài chính']],
    ],
  },
];

describe('tasks of administrative documents, whatever the rules of legal normative texts', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const record = extractRecord(await docFromText(taskDocument(c, c.subject)));
    const { got, want } = taskRows(record.tasks, c.tasks);
    expect(got).toEqual(want);
  });
});

describe('the subject of an assignment ends at its verb', () => {
  it.each([
    ['Giao Sở Nội vụ thành lập Tổ công tác liên ngành kiểm tra việc sắp xếp đơn vị hành chính.', ['Sở Nội vụ']],
    ['Ủy ban nhân dân các huyện thành lập Ban Chỉ đạo cấp huyện trước ngày 30/10/2025.', ['Ủy ban nhân dân các huyện']],
  ])('%s', (sentence, lead) => {
    expect(leadOf(sentence)).toEqual(lead);
  });
});
