import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../extractors/index.js';
import { delegatedTo, leadsIn } from '../../extractors/tasks/reading.js';
import { docFromText } from '../helpers.js';
import { legalDocument, taskRows, type LegalText } from './task-document.js';

/**
 * Variants of how a legal text delegates (issue 25), written from the Luật Ban hành văn bản quy phạm pháp luật (a clause
 * giving a named body the making of rules on a matter) and tests/eval/gold/README.md's task rules: a named public body that
 * "quy định" an object (a governor of the central bank, the Government, a minister), a state body that "ban hành văn bản hướng
 * dẫn", a delegation in a clause's second sentence, the passive "do Bộ trưởng … quy định" closing a clause; and what is no
 * delegation: the text's own scope ("Luật này quy định"), a reference ("theo quy định của Thống đốc …", "Các trường hợp khác do
 * Chính phủ quy định", "theo tỷ giá do Bộ Tài chính quy định"), the noun "quy định", a decision in a special case, a regulated
 * party's own rules, and provisions quoted in an amending article.
 */

const LEGAL: LegalText[] = [
  {
    name: 'luật: a governor, the Government and a minister given rules to make are tasks; scope, references and a special case are not',
    issuer: 'QUỐC HỘI',
    number: '12/2026/QH15',
    type: 'LUẬT',
    title: 'Luật Quỹ bảo lãnh tín dụng',
    body: `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Quỹ bảo lãnh tín dụng.
Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức và hoạt động của quỹ bảo lãnh tín dụng.
Điều 2. Phí bảo lãnh
1. Thống đốc Ngân hàng Nhà nước Việt Nam quy định mức phí bảo lãnh và phương thức thu phí trong từng thời kỳ.
2. Quỹ bảo lãnh tín dụng thu phí theo quy định của Thống đốc Ngân hàng Nhà nước Việt Nam.
3. Trong trường hợp đặc biệt, Thống đốc Ngân hàng Nhà nước Việt Nam quyết định miễn, giảm phí bảo lãnh.
Điều 3. Vốn hoạt động
1. Các quy định của Chính phủ về quản lý vốn nhà nước được áp dụng đối với quỹ.
2. Chính phủ quy định về quản lý, sử dụng vốn điều lệ của quỹ.
3. Tổ chức tín dụng quy định nội bộ về việc nhận bảo lãnh.
Điều 4. Đối tượng được bảo lãnh
1. Doanh nghiệp nhỏ và vừa.
2. Hợp tác xã.
3. Các trường hợp khác do Chính phủ quy định.
Điều 5. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2027.`,
    tasks: [
      ['Điều 2.1', ['Thống đốc Ngân hàng Nhà nước Việt Nam']],
      ['Điều 3.2', ['Chính phủ']],
    ],
  },
  {
    name: 'nghị định: a state bank told to issue guidance, a minister in a clause\'s second sentence and the passive "do Bộ trưởng … quy định" are tasks',
    issuer: 'CHÍNH PHỦ',
    number: '88/2026/NĐ-CP',
    type: 'NGHỊ ĐỊNH',
    title: 'Quy định về Quỹ hỗ trợ nông dân',
    body: `Căn cứ Luật Tổ chức Chính phủ;
Chính phủ ban hành Nghị định quy định về Quỹ hỗ trợ nông dân.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về tổ chức và hoạt động của Quỹ hỗ trợ nông dân.
Điều 2. Cho vay
1. Ngân hàng Chính sách xã hội cho vay từ nguồn vốn của Quỹ.
2. Ngân hàng Chính sách xã hội ban hành văn bản hướng dẫn việc lập, thẩm định hồ sơ vay vốn.
Điều 3. Chế độ tài chính
1. Chênh lệch thu chi được trích lập vào các quỹ, bao gồm quỹ đầu tư phát triển; quỹ khen thưởng, phúc lợi. Bộ trưởng Bộ Tài chính quy định tỷ lệ trích lập vào từng quỹ.
2. Chế độ kế toán của Quỹ căn cứ vào chế độ kế toán áp dụng cho đơn vị sự nghiệp công lập và do Bộ trưởng Bộ Tài chính quy định.
3. Khoản vay bằng ngoại tệ được hạch toán theo tỷ giá do Bộ Tài chính quy định.
4. Mức lãi suất cho vay do tổ chức, cá nhân thỏa thuận.
Điều 4. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày 01 tháng 01 năm 2027.`,
    tasks: [
      ["Điều 2.2", ["Ngân hàng Chính sách xã hội"]],
      ['Điều 3.1', ['Bộ trưởng Bộ Tài chính']],
      ['Điều 3.2', ['Bộ trưởng Bộ Tài chính']],
    ],
  },
  {
    name: 'luật sửa đổi: delegations quoted in the amending article are the amended law\'s; the law\'s own transitional delegations are tasks, a case\'s date no deadline of theirs',
    issuer: 'QUỐC HỘI',
    number: '14/2026/QH15',
    type: 'LUẬT',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Đo đạc và bản đồ',
    body: `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đo đạc và bản đồ.
Điều 1. Sửa đổi, bổ sung một số điều của Luật Đo đạc và bản đồ
1. Sửa đổi, bổ sung khoản 2 Điều 9 như sau:
“2. Bản đồ địa hình quốc gia được thành lập theo tỷ lệ do Bộ trưởng Bộ Nông nghiệp và Môi trường quy định.”.
2. Sửa đổi, bổ sung Điều 12 như sau:
“Điều 12. Cơ sở dữ liệu
1. Cơ sở dữ liệu đo đạc được cập nhật thường xuyên.
2. Chính phủ quy định chi tiết Điều này.”.
Điều 2. Điều khoản chuyển tiếp
1. Hồ sơ đã nộp trước ngày Luật này có hiệu lực được tiếp tục giải quyết.
2. Chính phủ quy định chi tiết khoản này.
3. Đối với quy hoạch đã được phê duyệt trước ngày 01 tháng 7 năm 2026 thì được tiếp tục thực hiện. Bộ trưởng Bộ Nông nghiệp và Môi trường hướng dẫn việc rà soát quy hoạch.
Điều 3. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.`,
    tasks: [
      ['Điều 2.2', ['Chính phủ']],
      ['Điều 2.3', ['Bộ trưởng Bộ Nông nghiệp và Môi trường'], undefined, null],
    ],
  },
];

describe('tasks: how a legal text delegates the making of rules (issue 25)', () => {
  it.each(LEGAL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const record = extractRecord(await docFromText(legalDocument(c)));
    const { got, want } = taskRows(record.tasks, c.tasks);
    expect(got).toEqual(want);
  });
});

describe('leadsIn: a school head after a comma in a writer\'s semicolon list is an official of his own', () => {
  it('splits "Giám đốc các đại học, học viện, Hiệu trưởng các trường đại học" before the title', () => {
    expect(leadsIn('Chánh Văn phòng, Vụ trưởng Vụ Giáo dục đại học; Giám đốc các đại học, học viện, Hiệu trưởng các trường đại học; Hiệu trưởng các trường cao đẳng sư phạm')).toEqual([
      'Chánh Văn phòng', 'Vụ trưởng Vụ Giáo dục đại học', 'Giám đốc các đại học, học viện', 'Hiệu trưởng các trường đại học', 'Hiệu trưởng các trường cao đẳng sư phạm',
    ]);
  });
});

describe('delegatedTo', () => {
  it.each([
    ['1. Thống đốc Ngân hàng Nhà nước Việt Nam quy định hạn mức chi trả trong từng thời kỳ.', ['Thống đốc Ngân hàng Nhà nước Việt Nam']],
    ['3. Chính phủ quy định tổ chức, hoạt động, chế độ tiền lương của quỹ.', ['Chính phủ']],
    ['2. Bộ trưởng Bộ Tài chính quy định về quản lý, sử dụng nguồn vốn.', ['Bộ trưởng Bộ Tài chính']],
    ['4. Tổ chức bảo hiểm tiền gửi ban hành văn bản hướng dẫn việc chi trả tiền bảo hiểm.', ['Tổ chức bảo hiểm tiền gửi']],
    ['5. Chế độ tài chính của quỹ do Bộ trưởng Bộ Tài chính quy định.', ['Bộ trưởng Bộ Tài chính']],
  ] as const)('%s → %j', (text, lead) => {
    expect(delegatedTo(text)).toEqual(lead);
  });

  it.each([
    '1. Luật này quy định về bảo hiểm tiền gửi.',
    '1. Nghị định này quy định chức năng, nhiệm vụ của Bộ Tư pháp.',
    '5. Tổ chức tham gia cung cấp thông tin theo quy định của Thống đốc Ngân hàng Nhà nước Việt Nam.',
    '2. Trong trường hợp đặc biệt, Thống đốc Ngân hàng Nhà nước Việt Nam quyết định hạn mức chi trả vượt hạn mức.',
    '3. Các quy định của Chính phủ về phí được áp dụng.',
    '4. Chính phủ quy định tại Nghị định này các trường hợp được miễn.',
    'd) Các trường hợp khác do Chính phủ quy định.',
    '4. Người đứng đầu cơ quan quy định nội quy làm việc của cơ quan.',
    '2. Trường hợp cần thiết, Bộ trưởng Bộ Tài chính quy định mức chi cao hơn.',
    '2. Mức phí do tổ chức, cá nhân tự quy định.',
    '3. Tổ chức tín dụng quy định nội bộ về cho vay.',
    '2. Khoản vay được hạch toán theo tỷ giá do Bộ Tài chính quy định.',
    'Điều 1. Công bố Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chế độ quản lý quỹ tiếp tục có hiệu lực.',
    '2. Áp dụng Thông tư số 12/2020/TT-BTC của Bộ trưởng Bộ Tài chính hướng dẫn chế độ kế toán.',
    '1. Sửa đổi khoản 2 như sau: “2. Chính phủ quy định chi tiết Điều này.”.',
  ])('%s → none', (text) => {
    expect(delegatedTo(text)).toEqual([]);
  });
});
