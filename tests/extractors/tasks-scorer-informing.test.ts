import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { docFromText } from '../helpers.js';
import { taskDocument } from './task-document.js';

/**
 * A letter or notice that only informs (Nghị định 30/2020: a công văn "để … biết", a reply giving information, a notice of
 * a schedule) describes what bodies do; it gives them no work. The clause scorer must not add tasks there.
 * Variants written from the conventions, not from development files.
 */
async function tasksOf(type: string, number: string, body: string): Promise<Array<[string, string[]]>> {
  const record = extractRecord(await docFromText(taskDocument({ type, number, body }, 'Về việc lịch công tác')));
  return record.tasks.map((t) => [t.section, t.lead]);
}

describe('task clause scorer in documents that only inform', () => {
  it('adds no task in a reply that gives a ministry information', async () => {
    expect(
      await tasksOf(
        'V/v cung cấp thông tin',
        '235/UBND-NC',
        `Kính gửi: Bộ Nội vụ.
Phúc đáp Công văn số 120/BNV-CCVC ngày 01/9/2025 của Bộ Nội vụ, Ủy ban nhân dân tỉnh cung cấp thông tin như sau:
- Sở Nội vụ chủ trì công tác tuyển dụng công chức của tỉnh.
- Sở Tài chính thẩm định dự toán kinh phí tuyển dụng.
Ủy ban nhân dân tỉnh cung cấp để Bộ Nội vụ tổng hợp./.`,
      ),
    ).toEqual([]);
  });

  it('adds no task in a letter introducing bodies to another province', async () => {
    expect(
      await tasksOf(
        'V/v giới thiệu đơn vị đầu mối',
        '236/UBND-VX',
        `Kính gửi: Ủy ban nhân dân tỉnh Đắk Lắk.
Ủy ban nhân dân tỉnh Lâm Đồng giới thiệu các đơn vị đầu mối:
- Sở Y tế tỉnh Lâm Đồng chủ trì công tác phòng, chống dịch bệnh trên địa bàn tỉnh.
- Trung tâm Kiểm soát bệnh tật tỉnh thực hiện giám sát dịch tễ.
Trân trọng./.`,
      ),
    ).toEqual([]);
  });

  it('adds no task in a letter informing of a meeting held', async () => {
    expect(
      await tasksOf(
        'V/v thông báo kết quả hội nghị',
        '234/UBND-VX',
        `Kính gửi: Các sở, ngành.
Ngày 05/9/2025, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết. Tại hội nghị:
- Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi tốt nghiệp an toàn, nghiêm túc.
- Sở Y tế phối hợp bảo đảm công tác y tế cho kỳ thi.
Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết./.`,
      ),
    ).toEqual([]);
  });

  it('adds no task in a notice of a week\'s schedule', async () => {
    expect(
      await tasksOf(
        'THÔNG BÁO',
        '89/TB-UBND',
        `Ủy ban nhân dân tỉnh thông báo lịch làm việc tuần 38 như sau:
- Sở Giáo dục và Đào tạo chủ trì tổ chức lễ khai giảng năm học mới vào ngày 05/9/2025.
- Sở Văn hóa, Thể thao và Du lịch tổ chức Tuần lễ văn hóa du lịch từ ngày 08/9/2025.
Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết./.`,
      ),
    ).toEqual([]);
  });
});
