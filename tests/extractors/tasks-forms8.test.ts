import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { delegatedTo, reportingDuty } from '../../extractors/tasks/reading.js';
import { docFromText } from '../helpers.js';
import { legalDocument, taskDocument } from './task-document.js';

/**
 * What is no task, written from the conventions the task rules follow (Luật Ban hành văn bản quy phạm pháp luật; a plan's task
 * table "Nội dung | Cơ quan chủ trì | Phối hợp | Thời gian"): a delegates' table printed one cell a line, a passive "do" that
 * closes no delegation to one body, a report whose time is no report's, a "Bổ sung" article naming no amended text, and a
 * company organ's own rules.
 */

describe('tasks: a table of delegates printed one cell a line sets no work', () => {
  it('"STT / Đơn vị / Số lượng đại biểu / Thời gian có mặt" gives no task with a time for its lead', async () => {
    const body = `I. MỤC ĐÍCH, YÊU CẦU
Tổ chức hội nghị tập huấn nghiệp vụ hộ tịch năm 2025.
II. THÀNH PHẦN
STT
Đơn vị
Số lượng đại biểu
Thời gian có mặt
1
Sở Tư pháp
02
7 giờ 30 ngày 15/10/2025
2
Sở Nội vụ
03
7 giờ 30 ngày 15/10/2025
3
Công an tỉnh
02
8 giờ 00 ngày 15/10/2025
III. TỔ CHỨC THỰC HIỆN
Văn phòng Ủy ban nhân dân tỉnh chuẩn bị hội trường.`;
    const record = extractRecord(await docFromText(taskDocument({ type: 'KẾ HOẠCH', number: '12/KH-UBND', body }, 'Tổ chức hội nghị tập huấn')));
    for (const task of record.tasks) expect(task.lead.join(' ')).not.toMatch(/\d+ giờ|ngày \d/u);
    expect(record.tasks.map((t) => t.section)).not.toContain('II.02');
  });
});

describe('delegatedTo: a passive "do" that names no one body closes no delegation', () => {
  it.each([
    '2. Giấy chứng nhận do Bộ Y tế cấp theo mẫu do Bộ Y tế quy định.',
    '3. Các khoản phí không được thu do Bộ Tài chính chưa quy định.',
  ])('%s → []', (text) => {
    const lead = delegatedTo(text);
    expect(lead.every((name) => !/cấp|chưa|theo/u.test(name))).toBe(true);
    expect(lead.length === 0 || lead[0] === 'Bộ Y tế').toBe(true);
  });
  it('a clause verb among the bodies leaves none; bodies named jointly are each a lead (review13b)', () => {
    expect(delegatedTo('4. Quy trình do Ủy ban nhân dân tỉnh phê duyệt và Sở Y tế quy định.')).toEqual([]);
    expect(delegatedTo('4. Thủ tục do Bộ Y tế và Bộ Tài chính quy định.')).toEqual(['Bộ Y tế', 'Bộ Tài chính']);
    expect(delegatedTo('4. Mẫu hồ sơ do Bộ Nông nghiệp và Phát triển nông thôn quy định.')).toEqual(['Bộ Nông nghiệp và Phát triển nông thôn']);
  });
  it('keeps "Chế độ tài chính của quỹ do Ủy ban nhân dân cấp tỉnh quy định."', () => {
    expect(delegatedTo('5. Chế độ tài chính của quỹ do Ủy ban nhân dân cấp tỉnh quy định.')).toEqual(['Ủy ban nhân dân cấp tỉnh']);
  });
  it('a company organ\'s own "quy định" is no delegation; a minister\'s is', () => {
    expect(delegatedTo('3. Hội đồng quản trị quy định mức lương của Giám đốc công ty.')).toEqual([]);
    expect(delegatedTo('3. Bộ trưởng Bộ Nội vụ quy định mức lương của Giám đốc công ty.')).toEqual(['Bộ trưởng Bộ Nội vụ']);
  });
});

describe('reportingDuty: the report\'s own time, not a word of its object', () => {
  it.each([
    'Ủy ban nhân dân cấp xã báo cáo mỗi trường hợp vi phạm cho cơ quan công an.',
    'Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh trước ngày khởi công công trình.',
    'Cơ quan thuế báo cáo kết quả kiểm tra hồ sơ khai thuế hằng tháng của người nộp thuế.',
    'Ngân hàng thương mại báo cáo Ngân hàng Nhà nước Việt Nam về khoản vay.',
  ])('%s → false', (text) => {
    expect(reportingDuty(text)).toBe(false);
  });
  it.each([
    'Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp huyện mỗi quý.',
    'Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.',
    'Cơ quan thuế báo cáo hằng tháng kết quả kiểm tra hồ sơ khai thuế.',
    'Sở Tài chính báo cáo Bộ Tài chính định kỳ 6 tháng một lần.',
  ])('%s → true', (text) => {
    expect(reportingDuty(text)).toBe(true);
  });
});

describe('tasks: an article adding a rule of its own text is no amending article', () => {
  it('"Điều 2. Bổ sung đối tượng được hỗ trợ" keeps the delegation of its clause 2', async () => {
    const record = extractRecord(await docFromText(legalDocument({
      name: '', tasks: [],
      issuer: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN', number: '15/2026/NQ-HĐND', type: 'NGHỊ QUYẾT', title: 'Quy định chính sách hỗ trợ người lao động',
      body: `Căn cứ Luật Tổ chức chính quyền địa phương;
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định chính sách hỗ trợ người lao động.
Điều 2. Bổ sung đối tượng được hỗ trợ
1. Người lao động làm việc tại hợp tác xã được hỗ trợ như người lao động tại doanh nghiệp.
2. Ủy ban nhân dân tỉnh quy định chi tiết hồ sơ, thủ tục hỗ trợ.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2027.`,
    })));
    expect(record.tasks.map((t) => [t.section, t.lead])).toContainEqual(['Điều 2.2', ['Ủy ban nhân dân tỉnh']]);
  });
  it('an article amending "một số điều của Nghị định" still hides its quoted delegations', async () => {
    const record = extractRecord(await docFromText(legalDocument({
      name: '', tasks: [],
      issuer: 'CHÍNH PHỦ', number: '20/2026/NĐ-CP', type: 'NGHỊ ĐỊNH', title: 'Sửa đổi Nghị định về phí',
      body: `Căn cứ Luật Tổ chức Chính phủ;
Điều 1. Bổ sung một số điều của Nghị định số 12/2020/NĐ-CP
1. Bổ sung khoản 3 Điều 5 như sau:
“3. Bộ trưởng Bộ Tài chính quy định mức thu phí.”.
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày 01 tháng 01 năm 2027.`,
    })));
    expect(record.tasks.filter((t) => t.section.startsWith('Điều 1'))).toEqual([]);
  });
});
