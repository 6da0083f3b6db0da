import { describe, expect, it } from 'vitest';
import { AFTER_OWNER } from '../../data/tasks.js';
import { extractRecord } from '../../extractors/index.js';
import { deadlineOf, leadOf } from '../../extractors/tasks/reading.js';
import { amendedQuotes, textTableLines } from '../../extractors/tasks/text-layout.js';
import type { Line } from '../../pipeline/core/model.js';
import { cpuMsOf, docFromText } from '../helpers.js';
import { legalDocument, taskDocument, taskRows, type ExpectedTask, type LegalText } from './task-document.js';

/**
 * Tasks of legal normative texts, written from how they are made (Luật Ban hành văn bản quy phạm pháp luật 2025 and its
 * drafting technique; tests/eval/gold/README.md's rules for legal texts):
 * - the number of a normative text carries its year ("12/2025/TT-BTC"); its articles state rules, so outside its parts of
 *   duties ("Tổ chức thực hiện", "Trách nhiệm của …", a chapter so titled) only an execution clause ("… chịu trách nhiệm
 *   thi hành …", "… có trách nhiệm … triển khai thực hiện Thông tư này"), the issuer's "Giao …" and a delegation ("Chính
 *   phủ quy định chi tiết …") give work, each as its own clause; procedures ("cơ quan … có trách nhiệm chuyển …"), a
 *   body's own power ("Bộ trưởng … giao cơ quan …"), cases ("Trường hợp …") and establishment ("Chính phủ thành lập
 *   Quỹ") give none, nor does the noun "giao thông";
 * - an amending text quotes the new text of the provisions it amends ("… như sau: “…”", on the lines after or on the same
 *   line; curly or straight marks): duties inside the quotation belong to the amended text;
 * - text exports print a table's rows as cells between bars; a legislative programme's "Cơ quan trình" and "Cơ quan chủ
 *   trì thẩm tra" lead together, "Cơ quan tham gia thẩm tra" partners, "Tiến độ …" is the time.
 * Each row: [section, lead, partners?, deadline?, frequency?], names compared case-folded.
 */

const EXECUTION = 'Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Thông tư này./.';
const EXECUTION_LEADS = ['Chánh Văn phòng Bộ', 'Vụ trưởng Vụ Pháp chế', 'Thủ trưởng các đơn vị thuộc Bộ'];

const TEXTS: LegalText[] = [
  {
    name: 'amending thông tư: new clauses and a new article quoted on the lines after "như sau:" give no task',
    issuer: 'BỘ TÀI CHÍNH',
    number: '12/2025/TT-BTC',
    type: 'THÔNG TƯ',
    title: 'Sửa đổi, bổ sung một số điều của Thông tư số 05/2020/TT-BTC quy định về quản lý quỹ',
    body: `Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;
Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 05/2020/TT-BTC.
Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 05/2020/TT-BTC
1. Sửa đổi khoản 2 Điều 5 như sau:
“2. Sở Tài chính có trách nhiệm hướng dẫn, kiểm tra việc sử dụng quỹ; báo cáo Bộ Tài chính trước ngày 15 tháng 12 hằng năm.”
2. Bổ sung Điều 7a vào sau Điều 7 như sau:
“Điều 7a. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
1. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh tổng hợp số liệu.
2. Ủy ban nhân dân cấp tỉnh chịu trách nhiệm tổ chức thực hiện việc quyết toán quỹ (sau đây gọi là “quyết toán”).”
3. Bổ sung khoản 3 vào Điều 9 như sau: “3. Bộ Tài chính hướng dẫn chi tiết khoản này.”
Điều 2. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025.
2. ${EXECUTION}`,
    tasks: [['Điều 2.2', EXECUTION_LEADS]],
  },
  {
    name: 'amending nghị định: a point replaced in straight quotes on its own line, then the amending text\'s own "Giao …"',
    issuer: 'CHÍNH PHỦ',
    number: '45/2025/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Sửa đổi Nghị định số 20/2021/NĐ-CP',
    body: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định sửa đổi Nghị định số 20/2021/NĐ-CP.
Điều 1. Sửa đổi điểm b khoản 1 Điều 4 như sau:
"b) Bộ Y tế chủ trì, phối hợp với Bộ Tài chính hướng dẫn mức hỗ trợ;"
Điều 2. Giao Bộ Y tế rà soát, công bố danh mục thuốc được hỗ trợ trước ngày 31/12/2025.
Điều 3. Trách nhiệm thi hành
Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.`,
    tasks: [
      ['Điều 2', ['Bộ Y tế'], undefined, '2025-12-31'],
      ['Điều 3', ['Các Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']],
    ],
  },
  {
    name: 'nghị định: establishment, "giao thông", a body\'s own power, procedures and a case give no task; the execution clause of "Hiệu lực" is its clause',
    issuer: 'CHÍNH PHỦ',
    number: '80/2025/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định về Quỹ hỗ trợ an toàn giao thông',
    body: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định về Quỹ hỗ trợ an toàn giao thông.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về thành lập, quản lý Quỹ hỗ trợ an toàn giao thông.
Điều 2. Thành lập Quỹ
Chính phủ thành lập Quỹ hỗ trợ an toàn giao thông (sau đây gọi là Quỹ) để hỗ trợ nạn nhân tai nạn giao thông.
Điều 3. Tiếp nhận nguồn tài chính
1. Bộ trưởng Bộ Giao thông vận tải giao cơ quan quản lý Quỹ chịu trách nhiệm là đầu mối tiếp nhận các khoản đóng góp.
2. Trường hợp nhận đóng góp bằng hiện vật thì cơ quan quản lý Quỹ có trách nhiệm quy đổi thành tiền.
3. Cơ quan quản lý Quỹ có trách nhiệm chuyển các khoản đóng góp vào tài khoản của Quỹ trong 05 ngày làm việc.
Điều 4. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.
2. Quỹ được sử dụng con dấu của cơ quan quản lý Quỹ.
3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.`,
    tasks: [['Điều 4.3', ['Các Bộ trưởng', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']]],
  },
  {
    name: 'thông tư: a chapter titled "TỔ CHỨC THỰC HIỆN" under its number; duties of bodies no register lists; a heading over its items\' own bodies is no task',
    issuer: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
    number: '20/2025/TT-BGDĐT',
    type: 'THÔNG TƯ',
    title: 'Quy định về công tác tư vấn học đường',
    body: `Căn cứ Luật Giáo dục số 43/2019/QH14;
Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định về công tác tư vấn học đường.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
Thông tư này quy định về công tác tư vấn học đường trong cơ sở giáo dục phổ thông.
Điều 2. Nội dung tư vấn
1. Tư vấn tâm lý lứa tuổi.
2. Tư vấn hướng nghiệp.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 3. Trách nhiệm của Ủy ban nhân dân các cấp
1. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
a) Chỉ đạo triển khai Thông tư này trên địa bàn;
b) Bảo đảm kinh phí cho công tác tư vấn.
2. Trách nhiệm của Ủy ban nhân dân cấp xã
a) Phối hợp với nhà trường tổ chức tư vấn;
b) Thực hiện chế độ báo cáo định kỳ hằng năm.
Điều 4. Trách nhiệm của cơ sở giáo dục phổ thông
1. Bố trí người làm công tác tư vấn.
2. Báo cáo kết quả về cơ quan quản lý giáo dục trước ngày 31 tháng 5 hằng năm.
Điều 5. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025.
2. ${EXECUTION}`,
    tasks: [
      ['Điều 3.1', ['Ủy ban nhân dân cấp tỉnh']],
      ['Điều 3.2', ['Ủy ban nhân dân cấp xã']],
      ['Điều 4', ['cơ sở giáo dục phổ thông'], undefined, 'trước ngày 31 tháng 5 hằng năm'],
      ['Điều 5.2', EXECUTION_LEADS],
    ],
  },
  {
    name: 'nghị quyết of the Standing Committee: a programme table printed between bars in a text export',
    issuer: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    number: '50/2025/UBTVQH15',
    type: 'NGHỊ QUYẾT',
    title: 'Điều chỉnh Chương trình xây dựng pháp lệnh năm 2025',
    body: `Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;
QUYẾT NGHỊ:
Điều 1. Bổ sung vào Chương trình năm 2025 dự án Pháp lệnh Chi phí tố tụng (sửa đổi).
Điều 2. Tổ chức thực hiện
Phân công cơ quan trình, cơ quan chủ trì thẩm tra và tiến độ trình như sau:
STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ
1 | Pháp lệnh Chi phí tố tụng (sửa đổi) | Tòa án nhân dân tối cao | Ủy ban Pháp luật và Tư pháp | Hội đồng Dân tộc | Phiên họp tháng 10/2025
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.`,
    tasks: [['Điều 2.1', ['Tòa án nhân dân tối cao', 'Ủy ban Pháp luật và Tư pháp'], ['Hội đồng Dân tộc'], 'Phiên họp tháng 10/2025']],
  },
  {
    name: 'thông tư: a roadmap clause making bodies prepare to carry the text out is a task; a rule on when a purchase is made is not',
    issuer: 'BỘ Y TẾ',
    number: '30/2025/TT-BYT',
    type: 'THÔNG TƯ',
    title: 'Quy định danh mục mua sắm tập trung thiết bị y tế',
    body: `Căn cứ Luật Đấu thầu số 22/2023/QH15;
Bộ trưởng Bộ Y tế ban hành Thông tư quy định danh mục mua sắm tập trung thiết bị y tế.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định danh mục mua sắm tập trung thiết bị y tế.
Điều 2. Lộ trình thực hiện
1. Sở Y tế các tỉnh, thành phố trực thuộc trung ương có trách nhiệm chuẩn bị các điều kiện cần thiết để triển khai thực hiện Thông tư này.
2. Việc mua sắm tập trung được thực hiện từ ngày 01 tháng 01 năm 2027.
Điều 3. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025.
2. ${EXECUTION}`,
    tasks: [
      ['Điều 2.1', ['Sở Y tế các tỉnh, thành phố trực thuộc trung ương']],
      ['Điều 3.2', EXECUTION_LEADS],
    ],
  },
  {
    name: 'thông tư issuing a technical regulation: the regulation after the signature gives the tasks of its "TỔ CHỨC THỰC HIỆN"; its rules for operators give none',
    issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    number: '15/2025/TT-BNNMT',
    type: 'THÔNG TƯ',
    title: 'Ban hành Quy chuẩn kỹ thuật quốc gia về khí thải lò hơi công nghiệp',
    body: `Căn cứ Luật Tiêu chuẩn và Quy chuẩn kỹ thuật số 68/2006/QH11;
Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư ban hành Quy chuẩn kỹ thuật quốc gia về khí thải lò hơi công nghiệp.
Điều 1. Ban hành kèm theo Thông tư này Quy chuẩn kỹ thuật quốc gia về khí thải lò hơi công nghiệp.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
Điều 3. Tổ chức thực hiện
Các Bộ, cơ quan ngang bộ, Ủy ban nhân dân các cấp và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này./.`,
    after: `QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ KHÍ THẢI LÒ HƠI CÔNG NGHIỆP
1. QUY ĐỊNH CHUNG
1.1. Quy chuẩn này quy định giá trị giới hạn của các thông số ô nhiễm trong khí thải lò hơi công nghiệp.
2. QUY ĐỊNH VỀ QUẢN LÝ
2.1. Tổ chức, cá nhân vận hành lò hơi có trách nhiệm quan trắc khí thải định kỳ.
3. TỔ CHỨC THỰC HIỆN
3.1. Cơ quan quản lý nhà nước về môi trường có trách nhiệm hướng dẫn, kiểm tra, giám sát việc thực hiện Quy chuẩn này.
3.2. Trường hợp các văn bản được viện dẫn trong Quy chuẩn này được sửa đổi, bổ sung thì áp dụng theo văn bản mới.`,
    tasks: [
      ['Điều 3', ['Các Bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các cấp', 'các tổ chức, cá nhân có liên quan']],
      ['3.1', ['Cơ quan quản lý nhà nước về môi trường']],
    ],
  },
  {
    name: 'nghị định: a clause of management duties whose points name their bodies, one opening with the time it is due ("Định kỳ …, Ủy ban nhân dân cấp tỉnh gửi …")',
    issuer: 'CHÍNH PHỦ',
    number: '90/2025/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định chính sách hỗ trợ gạo cho học sinh',
    body: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định chính sách hỗ trợ gạo cho học sinh.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chính sách hỗ trợ gạo cho học sinh.
Điều 2. Quản lý việc cấp phát gạo
1. Ủy ban nhân dân cấp tỉnh tổng hợp nhu cầu gửi Bộ Tài chính trước ngày 15 tháng 7 hằng năm.
2. Quản lý việc xuất cấp gạo
a) Bộ Tài chính chịu trách nhiệm tổ chức thực hiện việc xuất gạo từ nguồn dự trữ;
b) Ủy ban nhân dân cấp tỉnh chỉ đạo việc tiếp nhận, cấp phát gạo của địa phương;
c) Hằng năm, Ủy ban nhân dân cấp tỉnh gửi kết quả cấp phát gạo đến Bộ Tài chính.
Điều 3. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025./.`,
    tasks: [
      ['Điều 2.2.a', ['Bộ Tài chính']],
      ['Điều 2.2.b', ['Ủy ban nhân dân cấp tỉnh']],
      ['Điều 2.2.c', ['Ủy ban nhân dân cấp tỉnh']],
    ],
  },
  {
    name: 'law: delegations in a clause and in an article\'s paragraph; a transitional duty by a one-off date is a task, a transitional right is not',
    issuer: 'QUỐC HỘI',
    number: '80/2025/QH15',
    type: 'LUẬT',
    title: 'Nhà giáo',
    body: `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Nhà giáo.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về nhà giáo.
Điều 2. Tuyển dụng nhà giáo
1. Việc tuyển dụng nhà giáo được thực hiện thông qua xét tuyển.
2. Bộ trưởng Bộ Giáo dục và Đào tạo quy định chi tiết khoản này.
Điều 3. Chính sách tiền lương
Chính phủ quy định chi tiết Điều này.
Chương II
ĐIỀU KHOẢN THI HÀNH
Điều 4. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
Điều 5. Quy định chuyển tiếp
1. Nhà giáo đã được tuyển dụng trước ngày Luật này có hiệu lực thi hành thì tiếp tục thực hiện theo hợp đồng đã ký.
2. Ủy ban nhân dân cấp tỉnh có trách nhiệm hoàn thành việc sắp xếp đội ngũ nhà giáo trước ngày 31 tháng 12 năm 2027.
3. Ủy ban nhân dân cấp tỉnh tổng hợp số lượng nhà giáo gửi Bộ Giáo dục và Đào tạo trước ngày 15 tháng 7 hằng năm.`,
    tasks: [
      ['Điều 2.2', ['Bộ trưởng Bộ Giáo dục và Đào tạo']],
      ['Điều 3', ['Chính phủ']],
      ['Điều 5.2', ['Ủy ban nhân dân cấp tỉnh'], undefined, '2027-12-31'],
    ],
  },
  {
    name: 'quyết định of the Prime Minister (normative): a council\'s time limit for a file is procedure; a ministry\'s guidance and the execution clause are tasks',
    issuer: 'THỦ TƯỚNG CHÍNH PHỦ',
    number: '25/2025/QĐ-TTg',
    type: 'QUYẾT ĐỊNH',
    title: 'Quy định về quản lý nhiệm vụ khoa học',
    body: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Thủ tướng Chính phủ ban hành Quyết định quy định về quản lý nhiệm vụ khoa học.
Điều 1. Phạm vi điều chỉnh
Quyết định này quy định về quản lý nhiệm vụ khoa học.
Điều 2. Đánh giá nhiệm vụ
1. Hội đồng đánh giá có trách nhiệm thẩm định hồ sơ trong thời hạn 30 ngày kể từ ngày nhận hồ sơ.
2. Bộ Khoa học và Công nghệ hướng dẫn mẫu hồ sơ đánh giá.
Điều 3. Điều khoản thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày ký.
2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.`,
    tasks: [
      ['Điều 2.2', ['Bộ Khoa học và Công nghệ']],
      ['Điều 3.2', ['Các Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']],
    ],
  },
  {
    name: 'nghị định on a council: its competence ("Nhiệm vụ, quyền hạn của …") states standing rules; "Trách nhiệm của …" gives each clause\'s body work; a passive "phải được" binds no body',
    issuer: 'CHÍNH PHỦ',
    number: '95/2025/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định Hội đồng quốc gia về giáo dục nghề nghiệp',
    body: `Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định Hội đồng quốc gia về giáo dục nghề nghiệp.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về Hội đồng quốc gia về giáo dục nghề nghiệp.
Điều 2. Nhiệm vụ, quyền hạn của Hội đồng
1. Ban hành văn bản hướng dẫn, đôn đốc các địa phương tổ chức thực hiện chính sách về giáo dục nghề nghiệp.
2. Báo cáo Thủ tướng Chính phủ định kỳ hằng năm.
Điều 3. Nhiệm vụ của Cơ quan thường trực
Cơ quan thường trực có trách nhiệm chuẩn bị nội dung các phiên họp của Hội đồng.
Điều 4. Trách nhiệm của các bộ, địa phương
1. Bộ Giáo dục và Đào tạo chịu trách nhiệm trước Chính phủ quản lý nhà nước về giáo dục nghề nghiệp.
2. Ủy ban nhân dân cấp tỉnh quy hoạch, bố trí quỹ đất xây dựng cơ sở giáo dục nghề nghiệp.
Điều 5. Quy định chuyển tiếp
Các cơ sở giáo dục nghề nghiệp đã thành lập phải được sắp xếp lại trước ngày 30 tháng 6 năm 2026.
Điều 6. Trách nhiệm thi hành
Chủ tịch Hội đồng, Tổng Thư ký - Chủ nhiệm Văn phòng Hội đồng và hiệu trưởng, giám đốc cơ sở giáo dục nghề nghiệp theo trách nhiệm thi hành Nghị định này./.`,
    tasks: [
      ['Điều 4.1', ['Bộ Giáo dục và Đào tạo']],
      ['Điều 4.2', ['Ủy ban nhân dân cấp tỉnh']],
      ['Điều 6', ['Chủ tịch Hội đồng', 'Tổng Thư ký - Chủ nhiệm Văn phòng Hội đồng', 'hiệu trưởng, giám đốc cơ sở giáo dục nghề nghiệp']],
    ],
  },
];

describe('tasks of legal normative texts', () => {
  it.each(TEXTS.map((t) => [t.name, t] as const))('%s', async (_name, text) => {
    const record = extractRecord(await docFromText(legalDocument(text)));
    const { got, want } = taskRows(record.tasks, text.tasks);
    expect(got).toEqual(want);
  });

  it('an administrative decision (number without a year) keeps the duties its articles give', async () => {
    const record = extractRecord(
      await docFromText(`ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 1200/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 10 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc giao nhiệm vụ kiểm tra an toàn giao thông
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Thành lập Đoàn kiểm tra an toàn giao thông.
Điều 2. Công an tỉnh có trách nhiệm chủ trì kiểm tra an toàn giao thông trên các tuyến quốc lộ, báo cáo trước ngày 15/12/2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Trần Văn B
`),
    );
    const { got, want } = taskRows(record.tasks, [
      ['Điều 2', ['Công an tỉnh'], undefined, '2025-12-15'],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Công an tỉnh']],
    ]);
    expect(got).toEqual(want);
  });
});

const line = (text: string, start: number): Line => ({ text, start, end: start + text.length, page: 1, x: 0, y: 0, width: 0, column: 'full' });

/** Lines laid end to end, one character apart, as a text file gives them. */
function linesOf(texts: string[]): Line[] {
  let at = 0;
  return texts.map((text) => {
    const l = line(text, at);
    at += text.length + 1;
    return l;
  });
}

describe('text layouts of tasks', () => {
  it('a quotation opening a line or following a colon runs to its closing mark, quotations inside it included', () => {
    const lines = linesOf(['1. Sửa đổi Điều 5 như sau:', '“Điều 5. Trách nhiệm (sau đây gọi là “trách nhiệm”)', '1. Sở Y tế chủ trì.”', '2. Bổ sung khoản 3 như sau: “3. Bộ Y tế hướng dẫn.”']);
    const spans = amendedQuotes(lines);
    expect(spans.map(([from, to]) => [from, to])).toEqual([
      [lines[1]!.start, lines[2]!.end],
      [lines[3]!.start + lines[3]!.text.indexOf('“'), lines[3]!.end],
    ]);
  });

  it('a quotation inside a sentence, or one never closed, quotes no provision', () => {
    expect(amendedQuotes(linesOf(['Quỹ (sau đây gọi là “Quỹ”) do Bộ Công an quản lý.', 'Theo "Kế hoạch" của Bộ, Sở Y tế chủ trì.']))).toEqual([]);
    expect(amendedQuotes(linesOf(['Sửa đổi như sau:', '“1. Sở Y tế chủ trì.', 'Điều 3. Hiệu lực thi hành']))).toEqual([]);
    // A brand name a line opens with, after a line with no lead-in: no provision (the task after it stays).
    expect(amendedQuotes(linesOf(['3. Thông qua việc giữ lại nhãn hiệu', '“Thanh long Bình Thuận”', 'Giao Văn phòng Hiệp hội hoàn chỉnh hồ sơ.']))).toEqual([]);
  });

  it('a quoted provision opening the line after an article that names the amendment, without a colon', () => {
    const lines = linesOf(['Điều 2. Sửa đổi, bổ sung khoản 2 Điều 35', '“2. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm tổ chức thực hiện Thông tư này.”.', 'Điều 3. Trách nhiệm tổ chức thực hiện']);
    expect(amendedQuotes(lines)).toEqual([[lines[1]!.start, lines[1]!.start + lines[1]!.text.indexOf('”') + 1]]);
  });

  it('a lead-in wrapped before its "như sau:" still names the amendment; a colon that names none opens no provision', () => {
    const wrapped = linesOf(['1. Sửa đổi, bổ sung khoản 2 Điều 5 của Thông tư số 05/2020/TT-BTC', 'như sau:', '“2. Sở Y tế chủ trì.”']);
    expect(amendedQuotes(wrapped)).toEqual([[wrapped[2]!.start, wrapped[2]!.end]]);
    // A slogan whose closing mark is straight, then a stray closing mark: nothing between them is quoted.
    expect(amendedQuotes(linesOf(['Khẩu hiệu: “Chủ động phòng bệnh"', '1. Sở Y tế chủ trì.', '2. Đài tỉnh tuyên truyền khẩu hiệu” trên sóng.']))).toEqual([]);
    expect(amendedQuotes(linesOf(['Nội dung tuyên truyền:', '“Toàn dân phòng bệnh', '1. Sở Y tế chủ trì.”']))).toEqual([]);
  });

  it('quoted provisions one after another, each opening a line', () => {
    const lines = linesOf(['Sửa đổi khoản 1, khoản 2 Điều 6 như sau:', '“1. Sở Y tế chủ trì.”', '“2. Sở Tài chính bố trí kinh phí.”', 'Điều 2. Hiệu lực thi hành']);
    expect(amendedQuotes(lines)).toEqual([
      [lines[1]!.start, lines[1]!.end],
      [lines[2]!.start, lines[2]!.end],
    ]);
  });

  it('rows of three or more cells between bars are a table; a line with one bar is not', () => {
    const cells = textTableLines(linesOf(['STT | Nội dung | Cơ quan chủ trì', '1 | Rà soát | Sở Tư pháp', 'Tỷ lệ | 90%', 'Kết thúc.']));
    expect(cells.map((c) => [c.text, c.cell!.row, c.cell!.col])).toEqual([
      ['STT', 0, 0],
      ['Nội dung', 0, 1],
      ['Cơ quan chủ trì', 0, 2],
      ['1', 1, 0],
      ['Rà soát', 1, 1],
      ['Sở Tư pháp', 1, 2],
    ]);
    expect(cells[5]!.start).toBe('STT | Nội dung | Cơ quan chủ trì\n1 | Rà soát | '.length);
  });
});

describe('leads of execution clauses (Luật Ban hành văn bản quy phạm pháp luật: the officials and bodies that carry the text out)', () => {
  it.each([
    [
      'a plural closed by its owner after a list of central bodies is the next body',
      'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, các đơn vị thuộc Bộ Công Thương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.',
      ['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'các đơn vị thuộc Bộ Công Thương', 'các tổ chức, cá nhân có liên quan'],
    ],
    [
      'after an official of an owned plural, another kind of body after the comma',
      'Thủ trưởng các đơn vị thuộc Bộ Công Thương, doanh nghiệp kinh doanh xăng dầu có trách nhiệm tổ chức thực hiện Thông tư này.',
      ['Thủ trưởng các đơn vị thuộc Bộ Công Thương', 'doanh nghiệp kinh doanh xăng dầu'],
    ],
    [
      'the concerned persons after "và" without "các"',
      'Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Thủ trưởng cơ sở đào tạo và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.',
      ['Chánh Văn phòng Bộ', 'Vụ trưởng Vụ Pháp chế', 'Thủ trưởng cơ sở đào tạo', 'tổ chức, cá nhân có liên quan'],
    ],
    [
      'the head of a public institution named by its kind, after the basis a clause opens with',
      'Căn cứ quy mô đào tạo và điều kiện thực tế của cơ sở, người đứng đầu cơ sở giáo dục nghề nghiệp có trách nhiệm:',
      ['người đứng đầu cơ sở giáo dục nghề nghiệp'],
    ],
    [
      '"trực thuộc" names no owner: the list of provinces goes on',
      'Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Nghị định này.',
      ['Các Bộ, cơ quan ngang Bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ],
    [
      'an owner whose name goes on after its comma keeps it',
      'Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này.',
      ['Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh, thành phố'],
    ],
  ])('%s', (_name, sentence, leads) => {
    expect(leadOf(sentence)).toEqual(leads);
  });
});

describe('deadlines a legislature sets', () => {
  it('a report or draft due at a session keeps the session as printed; a session where something is held sets no deadline', () => {
    expect(deadlineOf('Chính phủ sơ kết 03 năm việc thực hiện Nghị quyết này và báo cáo Quốc hội tại kỳ họp cuối năm 2027; tổng kết …')).toBe('tại kỳ họp cuối năm 2027');
    expect(deadlineOf('Bộ Tư pháp trình Ủy ban Thường vụ Quốc hội tại phiên họp tháng 10/2025.')).toBe('tại phiên họp tháng 10/2025');
    expect(deadlineOf('Chính phủ trình Quốc hội dự án Luật tại Kỳ họp thứ 11.')).toBe('tại Kỳ họp thứ 11');
    expect(deadlineOf('Quốc hội xem xét, thông qua tại kỳ họp thứ 10.')).toBeNull();
    expect(deadlineOf('báo cáo kết quả trước ngày 15/12/2025, trình tại Kỳ họp thứ 11.')).toBe('2025-12-15');
  });
});

describe('articles that carry out or supervise the text itself, normative or not', () => {
  const council = `QUYẾT NGHỊ:
Điều 1. Quy định mức hỗ trợ đối với nhân viên y tế thôn.
Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
Điều 4. Trong quá trình thực hiện Nghị quyết này, nếu có vướng mắc, Ủy ban nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh xem xét./.`;
  const decision = `QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý cụm công nghiệp.
Điều 2. Sở Công Thương chủ trì, phối hợp với các sở, ngành hướng dẫn, kiểm tra việc thực hiện Quyết định này.
Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.`;
  it.each([
    ['a council resolution, normative', 'NGHỊ QUYẾT', '15/2025/NQ-HĐND', council],
    ['a council resolution, individual', 'NGHỊ QUYẾT', '15/NQ-HĐND', council],
  ])('%s', async (_name, type, number, body) => {
    const record = extractRecord(await docFromText(taskDocument({ type, number, body }, 'Quy định mức hỗ trợ đối với nhân viên y tế thôn')));
    const { got, want } = taskRows(record.tasks, [
      ['Điều 2', ['Ủy ban nhân dân tỉnh']],
      ['Điều 3', ['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh']],
    ]);
    expect(got).toEqual(want);
  });
  it.each([
    ['a provincial decision, normative', '20/2025/QĐ-UBND'],
    ['a provincial decision, individual', '20/QĐ-UBND'],
  ])('%s', async (_name, number) => {
    const record = extractRecord(await docFromText(taskDocument({ type: 'QUYẾT ĐỊNH', number, body: decision }, 'Ban hành Quy định phân cấp quản lý cụm công nghiệp')));
    const { got, want } = taskRows(record.tasks, [
      ['Điều 2', ['Sở Công Thương'], ['các sở, ngành']],
      ['Điều 4', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Công Thương']],
    ]);
    expect(got).toEqual(want);
  });
});

describe('patterns of execution clauses on long text', () => {
  it('the owned plural on a long name with no comma runs without cubic backtracking', () => {
    const name = `Thủ trưởng ${'các đơn vị thuộc Bộ Tài chính của Sở '.repeat(240)}x`;
    // CPU time, under 2 ms (wall time on a loaded machine is many times that).
    expect(cpuMsOf(() => AFTER_OWNER.exec(name))).toBeLessThan(250);
  });
});
