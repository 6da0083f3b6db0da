import { describe, expect, it } from 'vitest';
import { actorOf, assignedIn, leadOf, partnersOf, deadlineOf, frequencyOf, sentencesOf, wrapMargin } from '../../extractors/tasks/index.js';
import type { Line } from '../../pipeline/core/model.js';
import { recordFromText } from '../helpers.js';

/** A document with the usual header, then `body`, then a signature and Nơi nhận. */
function documentWith(type: string, number: string, body: string): string {
  return `ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
Số: ${number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 05 tháng 6 năm 2024
${type}
Về việc triển khai chuyển đổi số năm 2024
${body}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`;
}

describe('section tree', () => {
  it('nests roman parts, numbers, decimals, letters and bullets, with the ids people cite', async () => {
    const record = await recordFromText(
      documentWith('KẾ HOẠCH', '12/KH-UBND', `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức.
II- NHIỆM VỤ VÀ GIẢI PHÁP
1. Nhiệm vụ chung
2. Nhiệm vụ cụ thể
2.1. Hoàn thiện thể chế
a) Rà soát văn bản.
+ Văn bản của tỉnh.
2.2. Phát triển hạ tầng
III. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông chủ trì triển khai Kế hoạch.`),
    );
    const ids = record.sections.map((s) => `${s.kind}:${s.id}`);
    expect(ids).toEqual([
      'roman:I', 'number:I.1', 'dash:I.1', 'roman:II', 'number:II.1', 'number:II.2', 'decimal:II.2.1', 'letter:II.2.1.a',
      'plus:II.2.1.a', 'decimal:II.2.2', 'roman:III', 'number:III.1',
    ]);
    const letter = record.sections.find((s) => s.id === 'II.2.1.a')!;
    expect(record.sections[letter.parent!]!.id).toBe('II.2.1');
    expect(record.text!.slice(...letter.span)).toBe('a) Rà soát văn bản.\n+ Văn bản của tỉnh.');
  });

  it('keeps a list a colon introduced inside the item that introduced it, and the next item of the outer list its sibling', async () => {
    const record = await recordFromText(documentWith('CÔNG VĂN', '14/UBND-NC', `Ủy ban nhân dân tỉnh có ý kiến như sau:
- Thứ nhất: đối với hồ sơ, đề nghị bổ sung các giấy tờ sau:
a) Biên bản họp;
b) Danh sách hội viên.
- Thứ hai: đối với Đề án, đề nghị chỉnh sửa Điều 3.`));
    expect(record.sections.map((s) => `${s.kind}:${s.parent === null ? 'root' : record.sections[s.parent]!.kind}`)).toEqual([
      'dash:root', 'letter:dash', 'letter:dash', 'dash:root',
    ]);
  });

  it('does not take "1.000 người" or a date for a numbered item', async () => {
    const record = await recordFromText(documentWith('KẾ HOẠCH', '13/KH-UBND', `I. NỘI DUNG
1. Tập huấn cho
1.000 người vào
19/5/2024 tại tỉnh.`));
    expect(record.sections.map((s) => s.id)).toEqual(['I', 'I.1']);
  });
});

describe('tasks', () => {
  it('reads each item of TỔ CHỨC THỰC HIỆN with its lead, partners, deadline and frequency', async () => {
    const record = await recordFromText(
      documentWith('KẾ HOẠCH', '14/KH-UBND', `I. MỤC ĐÍCH
- Ban Tuyên giáo Tỉnh ủy chỉ đạo tuyên truyền.
II. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ xây dựng kế hoạch, hoàn thành trước ngày 30/9/2024.
2. Sở Văn hoá và Thể thao, Sở Thông tin và Truyền thông: tổ chức tuyên truyền; định kỳ 06 tháng báo cáo kết quả.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội vận động nhân dân.
4. Sở Văn hóa, Thể thao và Du lịch hằng năm tổ chức hội thi.
5. Kinh phí thực hiện từ ngân sách tỉnh.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.partners, t.deadline, t.frequency, t.source])).toEqual([
      ['II.1', ['Sở Thông tin và Truyền thông'], ['Sở Tài chính', 'Sở Nội vụ'], '2024-09-30', null, 'implementation'],
      ['II.2', ['Sở Văn hoá và Thể thao', 'Sở Thông tin và Truyền thông'], [], null, 'định kỳ 06 tháng', 'implementation'],
      ['II.3', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'], [], null, null, 'implementation'],
      ['II.4', ['Sở Văn hóa, Thể thao và Du lịch'], [], null, 'hằng năm', 'implementation'],
    ]);
    const first = record.tasks[0]!;
    expect(record.text!.slice(...first.span)).toMatch(/^1\. Sở Thông tin và Truyền thông chủ trì.*30\/9\/2024\.$/u);
  });

  it('takes an agency heading over its duties as one task, and lettered agencies as tasks each', async () => {
    const record = await recordFromText(
      documentWith('KẾ HOẠCH', '15/KH-UBND', `IV. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính:
a) Bố trí kinh phí thực hiện.
b) Hướng dẫn thanh quyết toán.
2. Các sở, ban, ngành:
a) Sở Y tế chủ trì công tác y tế.
b) Công an tỉnh bảo đảm an ninh, trật tự.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['IV.1', ['Sở Tài chính']],
      ['IV.2.a', ['Sở Y tế']],
      ['IV.2.b', ['Công an tỉnh']],
    ]);
  });

  it('reads the articles of a decision that assign work, the officials as printed', async () => {
    const record = await recordFromText(
      documentWith('QUYẾT ĐỊNH', '16/QĐ-UBND', `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh hướng dẫn thực hiện Quy chế.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Tài chính; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.partners, t.source])).toEqual([
      ['Điều 2', ['Sở Nội vụ'], ['Văn phòng Ủy ban nhân dân tỉnh'], 'articles'],
      ['Điều 3', ['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính', 'Chủ tịch UBND các huyện, thành phố'], [], 'articles'],
    ]);
    const agencies = Object.fromEntries(record.agencies.map((a) => [a.name, a.mentions.map((m) => `${m.role}:${m.official ?? ''}`)]));
    expect(agencies['Văn phòng Ủy ban nhân dân tỉnh Thái Nguyên']).toEqual(['partner:', 'lead:Chánh']);
    expect(agencies['Sở Tài chính tỉnh Thái Nguyên']).toEqual(['lead:Giám đốc']);
  });

  it('reads a directive’s numbered items when it has no implementation part', async () => {
    const record = await recordFromText(
      documentWith('CHỈ THỊ', '05/CT-UBND', `Để tăng cường công tác phòng cháy, Chủ tịch UBND tỉnh yêu cầu:
1. Công an tỉnh chủ trì kiểm tra an toàn phòng cháy trong quý III/2024.
2. Ủy ban nhân dân các huyện, thành phố khẩn trương rà soát các cơ sở.
3. Tăng cường tuyên truyền trong nhân dân.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline, t.source])).toEqual([
      ['1', ['Công an tỉnh'], 'trong quý III/2024', 'items'],
      ['2', ['Ủy ban nhân dân các huyện, thành phố'], null, 'items'],
    ]);
  });

  it('reads the NHIỆM VỤ VÀ GIẢI PHÁP part as a part of duties without an implementation part, and with one only its items that name a body', async () => {
    const measures = `II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu.
2. Nâng cao chất lượng dịch vụ công.`;
    const without = await recordFromText(documentWith('KẾ HOẠCH', '17/KH-UBND', measures));
    expect(without.tasks.map((t) => [t.section, t.lead, t.source])).toEqual([['II.1', ['Sở Khoa học và Công nghệ'], 'measures']]);
    const withPart = await recordFromText(documentWith('KẾ HOẠCH', '18/KH-UBND', `${measures}
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc.`));
    expect(withPart.tasks.map((t) => [t.section, t.lead])).toEqual([['II.1', ['Sở Khoa học và Công nghệ']], ['III.1', ['Sở Nội vụ']]]);
  });

  it('ends a lead at attending a meeting, and keeps a place clause in the lead', () => {
    // Công điện / Giấy mời: "Các Bộ, cơ quan, địa phương dự Hội nghị đúng thành phần được mời".
    expect(leadOf('Các sở, ban, ngành dự Hội nghị đúng thành phần, đúng giờ')).toEqual(['Các sở, ban, ngành']);
    expect(leadOf('Sở Y tế tham dự cuộc họp và chuẩn bị báo cáo')).toEqual(['Sở Y tế']);
    // "dự án", "dự toán" are not attending.
    expect(leadOf('Ban Quản lý dự án giao thông tỉnh chủ trì lập hồ sơ')).toEqual(['Ban Quản lý dự án giao thông tỉnh']);
    // "nơi … đặt trụ sở / cư trú" belongs to the name; its verbs do not end the lead.
    expect(leadOf('Giao Ủy ban nhân dân các xã nơi cơ sở cung cấp dịch vụ lưu trú đặt trụ sở kiểm tra định kỳ')).toEqual([
      'Ủy ban nhân dân các xã nơi cơ sở cung cấp dịch vụ lưu trú đặt trụ sở',
    ]);
    expect(leadOf('Ủy ban nhân dân cấp xã nơi người nghiện cư trú có trách nhiệm quản lý sau cai nghiện')).toEqual([
      'Ủy ban nhân dân cấp xã nơi người nghiện cư trú',
    ]);
  });

  it('finds leads, partners, deadlines and frequencies in single sentences', () => {
    expect(leadOf('Giao Sở Tài chính chủ trì thẩm định')).toEqual(['Sở Tài chính']);
    expect(leadOf('Ban Tuyên giáo Thành ủy Hà Nội: Chỉ đạo hệ thống báo cáo viên')).toEqual(['Ban Tuyên giáo Thành ủy Hà Nội']);
    expect(leadOf('Tiếp tục rà soát, sửa đổi chính sách')).toEqual([]);
    expect(leadOf('Bộ Y tế trong phạm vi chức năng, nhiệm vụ của mình hướng dẫn')).toEqual(['Bộ Y tế']);
    expect(partnersOf('chủ trì, phối hợp với các tổ chức chính trị - xã hội tổ chức hội nghị')).toEqual(['các tổ chức chính trị - xã hội']);
    expect(partnersOf('phối hợp chặt chẽ với Sở Y tế, Công an tỉnh để kiểm tra')).toEqual(['Sở Y tế', 'Công an tỉnh']);
    expect(deadlineOf('hoàn thành trước ngày 05/12/2023')).toBe('2023-12-05');
    expect(deadlineOf('Thời gian thực hiện: Quý II/2024.')).toBe('Quý II/2024');
    expect(frequencyOf('báo cáo định kỳ hằng quý')).toBe('định kỳ hằng quý');
    expect(frequencyOf('6 tháng một lần gửi báo cáo')).toBe('6 tháng một lần');
  });

  it('finds assignments by their verb, and leaves out narrated, conditional, upward and closing requests', () => {
    expect(assignedIn('Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu các nội dung tại Hướng dẫn')).toEqual(['Công an tỉnh']);
    expect(assignedIn('Giao Sở Tài chính chủ trì, phối hợp với Sở Tư pháp nghiên cứu')).toEqual(['Sở Tài chính']);
    expect(assignedIn('Thực hiện ý kiến chỉ đạo tại Công văn số 656/TTg-KSTT, trong đó, giao Bộ Tài chính chủ trì')).toBeNull();
    expect(assignedIn('Trong quá trình thực hiện, nếu có khó khăn, đề nghị Sở Nội vụ báo cáo')).toBeNull();
    expect(assignedIn('đề nghị Sở Nội vụ xem xét, giải quyết')).toBeNull();
    expect(assignedIn('Đề nghị quý cơ quan cho ý kiến')).toBeNull();
    expect(assignedIn('Đề nghị quý cơ quan cho ý kiến', true)).toEqual(['quý cơ quan']);
    expect(assignedIn('Trên cơ sở Kế hoạch chung, yêu cầu các phòng, đơn vị trực thuộc Sở triển khai thực hiện có hiệu quả;')).toBeNull();
    expect(assignedIn('Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV')).toBeNull();
  });

  it('gives the same reading of a text each time it is asked, however it was asked before (the readings are remembered)', () => {
    // A request for input turns on whether it is dated: remembered per answer, in either order, the date asked lazily.
    const dated = 'Đề nghị Sở Tư pháp có ý kiến về dự thảo';
    expect(assignedIn(dated, () => true)).toEqual(['Sở Tư pháp']);
    expect(assignedIn(dated, false)).toBeNull();
    expect(assignedIn(`  ${dated}`, true)).toEqual(['Sở Tư pháp']);
    expect(assignedIn(dated, () => false)).toBeNull();
    // An answer handed out and changed by its caller is not the one remembered.
    const lead = assignedIn('Giao Sở Xây dựng chủ trì thẩm định')!;
    lead.push('Sở Tài chính');
    expect(assignedIn('Giao Sở Xây dựng chủ trì thẩm định')).toEqual(['Sở Xây dựng']);
    const actor = actorOf('Sở Công Thương chủ trì, phối hợp với Sở Tài chính');
    actor.length = 0;
    expect(actorOf('Sở Công Thương  chủ trì,\nphối hợp với Sở Tài chính')).toEqual(['Sở Công Thương']);
    const opening = leadOf('Ủy ban nhân dân các xã triển khai');
    opening.pop();
    expect(leadOf('Ủy ban nhân dân các xã triển khai')).toEqual(['Ủy ban nhân dân các xã']);
  });

  it('reads an article that makes a body responsible for a duty, with a time limit counted from an event', async () => {
    const record = await recordFromText(
      documentWith('QUYẾT ĐỊNH', '17/QĐ-UBND', `QUYẾT ĐỊNH:
Điều 1. Hợp nhất Hội Cựu giáo chức tỉnh Bình Thuận vào Hội Cựu giáo chức tỉnh Lâm Đồng.
Điều 2. Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực, Hội Cựu giáo chức tỉnh Bình Thuận có trách nhiệm chuyển giao toàn bộ tài sản, tài chính cho Hội Cựu giáo chức tỉnh Lâm Đồng.
Điều 3. Hội Cựu giáo chức tỉnh Lâm Đồng chịu trách nhiệm trước pháp luật về hoạt động của Hội.
Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([
      ['Điều 2', ['Hội Cựu giáo chức tỉnh Bình Thuận'], 'Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực'],
      ['Điều 4', ['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Nội vụ'], null],
    ]);
  });

  it('gives a body asked for several things in a letter one task, with the deadline it is given', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '18/UBND-NC', `Kính gửi: Sở Tư pháp.
Ủy ban nhân dân tỉnh nhận được hồ sơ của Hội Luật gia. Đề nghị Sở Tư pháp rà soát hồ sơ theo quy định.
Ngoài ra, đề nghị Sở Tư pháp bổ sung ý kiến về Điều lệ của Hội.
Đề nghị Sở Tư pháp gửi kết quả về Ủy ban nhân dân tỉnh trước ngày 20/10/2025.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([['', ['Sở Tư pháp'], '2025-10-20']]);
  });

  it('reads sentences across the lines a page wrapped, and ends one at a short line', () => {
    const texts = ['Điều 4. Đoàn Luật sư tỉnh Lâm Đồng (cũ), Đoàn Luật sư tỉnh', 'Bình Thuận (cũ) có trách nhiệm chuyển giao tài sản. Sở Tư', 'pháp theo dõi.', 'Điều 5. Hiệu lực', 'Quyết định này có hiệu lực kể từ ngày ký.'];
    let start = 0;
    const lines: Line[] = texts.map((text, i) => {
      const line: Line = { text, start, end: start + text.length, page: 1, x: 85, y: 100 + 20 * i, width: [420, 425, 60, 90, 300][i]!, column: 'full' };
      start += text.length + 1;
      return line;
    });
    const sentences = sentencesOf(lines, wrapMargin([...lines, ...lines], false));
    expect(sentences.map((s) => s.text)).toEqual([
      'Điều 4. Đoàn Luật sư tỉnh Lâm Đồng (cũ), Đoàn Luật sư tỉnh Bình Thuận (cũ) có trách nhiệm chuyển giao tài sản.',
      'Sở Tư pháp theo dõi.',
      'Điều 5. Hiệu lực',
      'Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
    expect(sentences[1]!.start).toBe(lines[1]!.start + texts[1]!.indexOf('Sở Tư'));
    expect(sentences[1]!.end).toBe(lines[2]!.end);
    // Paragraphs (DOCX) are never joined: each line ends a sentence.
    expect(sentencesOf(lines, wrapMargin(lines, true))).toHaveLength(6);
  });

  it('takes the items under a lead-in that asks for them, with a deadline given to the hour', async () => {
    const record = await recordFromText(
      documentWith('CÔNG ĐIỆN', '19/CĐ-UBND', `I. Thời gian: 08 giờ, ngày 09 tháng 10 năm 2025.
II. Ủy ban nhân dân tỉnh đề nghị:
1. Sở Y tế: chuẩn bị tài liệu; gửi danh sách đại biểu trước 14 giờ ngày 08 tháng 10 năm 2025.
2. Công an tỉnh: bảo đảm an ninh tại Hội nghị.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([
      ['II.1', ['Sở Y tế'], '2025-10-08'],
      ['II.2', ['Công an tỉnh'], null],
    ]);
  });

  it('splits an execution clause per official and keeps its last sentence', () => {
    expect(leadOf('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, Thủ trưởng các cơ quan liên quan và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này')).toEqual([
      'Chánh Văn phòng Ủy ban nhân dân tỉnh',
      'Giám đốc Công an tỉnh',
      'Thủ trưởng các cơ quan liên quan',
      'các thành viên có tên tại Điều 1',
    ]);
    expect(leadOf('Quyết định này có hiệu lực kể từ ngày ký. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này')).toEqual(['Giám đốc Sở Nội vụ']);
    // Nghị định 30/2020 execution clauses list officials by title; one written in lower case after "và" is still another body.
    expect(leadOf('Giám đốc Sở Nội vụ, Chủ tịch Hội Khuyến học tỉnh và thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này')).toEqual([
      'Giám đốc Sở Nội vụ',
      'Chủ tịch Hội Khuyến học tỉnh',
      'thủ trưởng các cơ quan có liên quan',
    ]);
    expect(leadOf('Hội đã tổ chức Đại hội theo đúng quy định')).toEqual([]);
    expect(leadOf('Chủ tịch Hội: Ông Nguyễn Văn A.')).toEqual([]);
    expect(deadlineOf('hoàn thành trong tháng 02/2026')).toBe('trong tháng 02/2026');
    expect(deadlineOf('báo cáo chậm nhất vào ngày 05 hằng tháng')).toBe('chậm nhất vào ngày 05 hằng tháng');
  });

  it('takes a closing paragraph after a công văn\'s numbered items that assigns another body, section "", and leaves the closing formula', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '21/UBND-NC', `Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Giao Sở Y tế rà soát các cơ sở cai nghiện, báo cáo trước ngày 05/11/2025.
2. Giao Sở Tài chính tham mưu bố trí kinh phí cho các đơn vị sự nghiệp công lập.
Yêu cầu các sở, ngành và Ủy ban nhân dân các xã tổ chức thực hiện tốt các nội dung trên, thường xuyên trao đổi, phối hợp. Giao Công an tỉnh theo dõi, đôn đốc việc thực hiện và báo cáo kết quả theo quy định./.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([
      ['1', ['Sở Y tế'], '2025-11-05'],
      ['2', ['Sở Tài chính'], null],
      ['', ['Công an tỉnh'], null],
    ]);
  });

  it('reads a titled part whose paragraph names the body, a unit named with the bodies above it, and a closing reply deadline for every item', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '22/BCA-C04', `Bộ Công an đề nghị các Bộ, cơ quan trung ương triển khai một số nội dung sau:
I. Dự kiến mục tiêu, nhiệm vụ của Chương trình:
1. Bộ Quốc phòng dự kiến mục tiêu, nhiệm vụ và đề xuất giải pháp chủ yếu.
2. Giao Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an tổng hợp kết quả.
II. Đề xuất nhu cầu dự toán năm 2026:
Các Bộ, cơ quan trung ương và Ủy ban nhân dân cấp tỉnh đề xuất nhu cầu dự toán chi tiết theo từng dự án.
Văn bản trả lời đề nghị gửi về Bộ Công an (qua Cục C04, địa chỉ: 499 Nguyễn Trãi; điện thoại 0912345678) trước ngày 24/12/2025.`),
    );
    expect(record.tasks.filter((t) => t.section !== '').map((t) => [t.section, t.lead, t.deadline])).toEqual([
      ['I.1', ['Bộ Quốc phòng'], '2025-12-24'],
      ['I.2', ['Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an'], '2025-12-24'],
      ['II', ['Các Bộ, cơ quan trung ương', 'Ủy ban nhân dân cấp tỉnh'], '2025-12-24'],
    ]);
  });

  it('takes requests that open with "Đề nghị" or rest on the plan, not as upward titles, and leaves polite requests out', () => {
    expect(assignedIn('2. Đề nghị lãnh đạo các đơn vị, địa phương quan tâm chỉ đạo các đơn vị có liên quan triển khai Kế hoạch.')).toEqual(['lãnh đạo các đơn vị, địa phương']);
    expect(assignedIn('3. Căn cứ Kế hoạch này, đề nghị các đơn vị, địa phương chủ động xây dựng kế hoạch của đơn vị.')).toEqual(['các đơn vị, địa phương']);
    expect(assignedIn('Đề nghị Bộ Tài chính quan tâm, tạo điều kiện.')).toBeNull();
    expect(assignedIn('Nếu có khó khăn, vướng mắc, đề nghị các đơn vị báo cáo về Sở Nội vụ.')).toBeNull();
    // A petitioner asks upward; a body defined as autonomous is given no duty.
    expect(assignedIn('Chúng tôi đề nghị Sở Nội vụ phối hợp, tham mưu Ủy ban nhân dân tỉnh cho phép hợp nhất Quỹ.')).toBeNull();
    expect(assignedIn('Hiệp hội là tổ chức phi Chính phủ, tự chịu trách nhiệm hoạt động của mình trước pháp luật.')).toBeNull();
    expect(assignedIn('Trong thời hạn 30 ngày, Hội Công chứng viên có trách nhiệm bàn giao hồ sơ.')).toEqual(['Hội Công chứng viên']);
  });

  it('assigns nothing in a paper read at a meeting, whose requests go upward', async () => {
    const record = await recordFromText(`UBND THÀNH PHỐ HUẾ
THAM LUẬN
Thực trạng cơ sở cai nghiện ma túy của thành phố
Kính thưa các đồng chí!
I. Về thực trạng cơ sở vật chất.
- Đề nghị Bộ Công an bố trí nguồn vốn đầu tư cho các hạng mục còn thiếu trong năm 2026.
Xin trân trọng cảm ơn!
`);
    expect(record.tasks).toEqual([]);
  });
});

describe('letters', () => {
  it('gives a body asked first in the plural and again in the singular one task, with the reply deadline of the closing', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '4552/BCA-C04', `Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thực hiện Chương trình mục tiêu quốc gia, Bộ Công an trân trọng đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương một số nội dung sau:
1. Rà soát, đánh giá mức độ trọng điểm về ma túy của địa phương.
Đối với các địa phương chưa đáp ứng quy mô tối thiểu, Bộ Công an trân trọng đề nghị UBND tỉnh điều chỉnh quy mô cơ sở cai nghiện.
Kết quả rà soát, đánh giá của các địa phương đề nghị gửi về Bộ Công an trước ngày 15/10/2025 (qua Cục C04, địa chỉ: số 499 Nguyễn Trãi, Hà Nội; điện thoại 0904528887).`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([['', ['UBND các tỉnh, thành phố trực thuộc Trung ương'], '2025-10-15']]);
  });

  it('gives no work in a reply to the body that asked, nor in "đề nghị gửi về" or "giao dự toán"', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '1925/STC-HCSN', `Kính gửi: Sở Nội vụ.
Sở Tài chính nhận được Công văn số 1185/SNV-CCVC ngày 15/5/2025 của Sở Nội vụ về việc có ý kiến tổ chức đại hội của Hiệp hội Doanh nghiệp tỉnh.
Sở Tài chính có ý kiến như sau: thống nhất thời gian tổ chức đại hội.
Đề nghị Sở Nội vụ căn cứ các quy định hiện hành tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét./.`),
    );
    expect(record.tasks).toEqual([]);
    expect(assignedIn('Ý kiến tham gia đề nghị gửi về Bộ Công an (qua Cục C04, TP. Hà Nội, Đ/c Thiếu tá Trần Văn Thành, ĐT: 0915959792) trước ngày 15/10/2025.')).toBeNull();
    expect(assignedIn('Thủ tướng Chính phủ giao dự toán (Ủy ban nhân dân cấp tỉnh) và ngân sách địa phương cho các sở.')).toBeNull();
  });
});

describe('letters with titled items', () => {
  it('reads the body a titled item\'s paragraph names past the basis it opens with, and leaves out the request to report problems', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '3917/BTP-PLHSHC', `Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.
Bộ Tư pháp đề nghị Ủy ban nhân dân tỉnh, thành phố quan tâm thực hiện một số nội dung:
1. Đối với việc hợp nhất các Hội công chứng viên
Căn cứ quy định của Luật Công chứng năm 2024, Điều lệ Hiệp hội công chứng Việt Nam, Ủy ban nhân dân tỉnh, thành phố chỉ đạo các Hội Công chứng viên địa phương xây dựng Đề án hợp nhất.
2. Trong quá trình tổ chức thực hiện, đề nghị Ủy ban nhân dân tỉnh, thành phố phản ánh khó khăn, vướng mắc (nếu có) để được hướng dẫn.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([['1', ['Ủy ban nhân dân tỉnh, thành phố']]]);
  });
});

describe('items that label their lead', () => {
  it('reads each item\'s labelled lead, partners and completion time', async () => {
    const record = await recordFromText(
      documentWith('KẾ HOẠCH', '12/KH-UBND', `I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm cuộc bầu cử diễn ra đúng luật.
II. NỘI DUNG CÔNG VIỆC
1. Lập danh sách cử tri
- Đơn vị chủ trì thực hiện: Ủy ban nhân dân xã.
- Đơn vị phối hợp: Công an xã; Mặt trận Tổ quốc xã.
- Thời gian hoàn thành: trước ngày 15/4/2026.
2. Niêm yết danh sách cử tri
- Chủ trì: Văn phòng Ủy ban nhân dân xã.
- Thời gian thực hiện: Quý II/2026.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.partners, t.deadline])).toEqual([
      ['II.1', ['Ủy ban nhân dân xã'], ['Công an xã', 'Mặt trận Tổ quốc xã'], '2026-04-15'],
      ['II.2', ['Văn phòng Ủy ban nhân dân xã'], [], 'Quý II/2026'],
    ]);
  });
});

describe('công điện', () => {
  it('reads a công điện\'s numbered requests that name their bodies', async () => {
    const record = await recordFromText(`THỦ TƯỚNG CHÍNH PHỦ
Số: 95/CĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 10 năm 2025
CÔNG ĐIỆN
Về việc tập trung ứng phó với bão số 11
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố;
- Các Bộ: Quốc phòng, Công an.
Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố theo dõi chặt chẽ diễn biến của bão, chỉ đạo sơ tán người dân trước 17 giờ ngày 06/10/2025.
2. Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị đóng quân trên địa bàn sẵn sàng lực lượng hỗ trợ.
3. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng được giao./.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Phạm Minh Chính
`);
    expect(record.tasks.map((t) => [t.section, t.lead, t.deadline])).toEqual([
      ['1', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố'], '2025-10-06'],
      ['2', ['Bộ Quốc phòng', 'Bộ Công an'], null],
      ['3', ['Văn phòng Chính phủ'], null],
    ]);
  });
});

describe('cases', () => {
  it('takes no duty set under an item that opens a case ("Trường hợp, nếu …")', async () => {
    const record = await recordFromText(
      documentWith('HƯỚNG DẪN', '545/HD-BTV', `1. Công tác chuẩn bị Đại hội
1.1. Trường hợp, nếu các Hội chưa tiến hành thủ tục hợp nhất thì thực hiện như sau:
+ Ban Chấp hành lâm thời có trách nhiệm phân công các thành viên chuẩn bị hồ sơ Đại hội.
1.2. Giao Văn phòng Hiệp hội tổng hợp hồ sơ Đại hội.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([['1.2', ['Văn phòng Hiệp hội']]]);
  });
});

describe('decisions with an implementation article', () => {
  it('reads an article over a body\'s duties and an article making bodies responsible, not one defining a body', async () => {
    const record = await recordFromText(
      documentWith('QUYẾT ĐỊNH', '2536/QĐ-UBND', `Điều 1. Thành lập Tổ giúp việc về Cải cách hành chính tỉnh.
Điều 2. Chức năng, nhiệm vụ của Tổ giúp việc về Cải cách hành chính
Tham mưu, đề xuất các chủ trương, chính sách về cải cách hành chính.
Điều 3. Đoàn Luật sư tỉnh Lâm Đồng (cũ), Đoàn Luật sư tỉnh Bình Thuận (cũ) có trách nhiệm chuyển giao toàn bộ tài sản cho Đoàn Luật sư tỉnh Lâm Đồng (mới).
Điều 4. Đoàn Luật sư tỉnh Lâm Đồng (mới) là tổ chức xã hội - nghề nghiệp có tư cách pháp nhân, hoạt động theo quy định.
Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh và Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['Điều 2', ['Tổ giúp việc về Cải cách hành chính']],
      ['Điều 3', ['Đoàn Luật sư tỉnh Lâm Đồng (cũ)', 'Đoàn Luật sư tỉnh Bình Thuận (cũ)']],
      ['Điều 5', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Tư pháp']],
    ]);
  });

  it('reads "Điều 2. Tổ chức thực hiện" and the execution clause of the next article, and takes no "Báo cáo" for a newspaper', async () => {
    const record = await recordFromText(
      documentWith('NGHỊ QUYẾT', '05/NQ-HĐQL', `Điều 1. Thống nhất đổi tên Quỹ hỗ trợ phụ nữ phát triển tỉnh.
Điều 2. Tổ chức thực hiện
Giao Giám đốc Quỹ chịu trách nhiệm:
- Thực hiện các thủ tục hành chính có liên quan đến việc đổi tên Quỹ;
- Báo cáo kết quả thực hiện cho Hội đồng quản lý.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực kể từ ngày ký. Các thành viên Hội đồng quản lý Quỹ, Giám đốc Quỹ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị quyết này./.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['Điều 2', ['Giám đốc Quỹ']],
      ['Điều 3', ['Các thành viên Hội đồng quản lý Quỹ', 'Giám đốc Quỹ', 'các tổ chức, cá nhân có liên quan']],
    ]);
  });
});

describe('conventions of reports and comment tables', () => {
  it('takes an item heading that is a paragraph of its own as the lead, and the lead-in time before a time inside a lettered duty', async () => {
    const record = await recordFromText(
      documentWith('BÁO CÁO', '20/BC-BCĐ', `I. KẾT QUẢ THỰC HIỆN
Các sở, ngành đã hoàn thành các chỉ tiêu của tháng.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI
Ban Chỉ đạo tỉnh yêu cầu các cơ quan, đơn vị, địa phương tiếp tục quán triệt tinh thần quyết tâm. Trong tháng 9/2025, tập trung thực hiện những nhiệm vụ trọng tâm sau đây:
1. Công an tỉnh
a) Tham mưu mở đợt cao điểm thu nhận hồ sơ cấp tài khoản định danh điện tử cho cá nhân, tổ chức.
b) Đôn đốc thực hiện nhiệm vụ của Đề án trong Quý III/2025 tại các sở, ngành, địa phương.
2. Sở Nội vụ
Phối hợp với các sở, ngành liên quan rà soát, đánh giá thực trạng đội ngũ cán bộ, công chức, viên chức về chuyển đổi số.
3. Thuế tỉnh Thái Nguyên và Sở Xây dựng
Đẩy mạnh thực hiện hai nhiệm vụ trọng tâm đã được giao về thu thuế và thu phí không dùng tiền mặt.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead, t.partners, t.deadline])).toEqual([
      ['II.1', ['Công an tỉnh'], [], 'Trong tháng 9/2025'],
      ['II.2', ['Sở Nội vụ'], ['các sở, ngành liên quan'], 'Trong tháng 9/2025'],
      ['II.3', ['Thuế tỉnh Thái Nguyên', 'Sở Xây dựng'], [], 'Trong tháng 9/2025'],
    ]);
  });

  it('gives one lead per body a colon lists after their kind ("các sở: …", "các hội: Hội …")', () => {
    expect(leadOf('Giao các sở: Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch, Xây dựng đôn đốc, hướng dẫn các hội.')).toEqual([
      'Sở Nông nghiệp và Môi trường',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Xây dựng',
    ]);
    expect(leadOf('Yêu cầu các hội: Hội Nghề cá, Hiệp hội Nước mắm Phan Thiết và Hội Tin học hoàn thành tổ chức đại hội.')).toEqual([
      'Hội Nghề cá',
      'Hiệp hội Nước mắm Phan Thiết',
      'Hội Tin học',
    ]);
    expect(leadOf('Sở Tài chính: bố trí kinh phí thực hiện.')).toEqual(['Sở Tài chính']);
  });

  it('names the tax authority by its level ("Thuế tỉnh …"), not a tax', () => {
    expect(leadOf('Thuế tỉnh Lâm Đồng chủ trì triển khai hóa đơn điện tử.')).toEqual(['Thuế tỉnh Lâm Đồng']);
    expect(leadOf('Thuế thu nhập cá nhân được khấu trừ tại nguồn.')).toEqual([]);
  });

  it('takes no assignment from a quoted duty, a duty named by its noun ("nhiệm vụ giao Sở …"), or one proposed instead', () => {
    expect(assignedIn('Giao Sở Khoa học và Công nghệ chủ trì triển khai ứng dụng trí tuệ nhân tạo.')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(assignedIn('Đề nghị bổ sung nhiệm vụ giao Sở Khoa học và Công nghệ chủ trì triển khai ứng dụng trí tuệ nhân tạo.')).toBeNull();
    expect(assignedIn('Đề nghị bỏ nội dung “Giao Sở Khoa học và Công nghệ tham mưu tích hợp ứng dụng vào hệ thống”.')).toBeNull();
    expect(assignedIn('Đề nghị rà soát các nhiệm vụ của dự thảo, thay vì chỉ giao Sở Khoa học và Công nghệ thực hiện.')).toBeNull();
  });
});

describe('who is told, and who only proposes or is told about', () => {
  it('takes a numbered content item whose subject is a body, besides the implementation part', async () => {
    const record = await recordFromText(
      documentWith('KẾ HOẠCH', '30/KH-UBND', `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác kiểm soát.
II. NỘI DUNG
1. Rà soát, sửa đổi các văn bản pháp luật trong từng lĩnh vực.
2. Các đơn vị, địa phương tham mưu, triển khai thực hiện và hoàn thành các mặt công tác.
III. TỔ CHỨC THỰC HIỆN
1. Giao Sở Tư pháp chủ trì, phối hợp với các đơn vị tổ chức thực hiện Kế hoạch này.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['II.2', ['Các đơn vị, địa phương']],
      ['III.1', ['Sở Tư pháp']],
    ]);
    expect(actorOf('Ban Thường trực: 05 đồng chí, gồm Chủ tịch và các Phó Chủ tịch.')).toEqual([]);
    expect(actorOf('Các đơn vị, địa phương tham mưu, triển khai thực hiện các mặt công tác.')).toEqual(['Các đơn vị, địa phương']);
  });

  it('finds the implementation part under its joined headings ("KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN", "TRIỂN KHAI THỰC HIỆN")', async () => {
    for (const heading of ['KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN', 'TRIỂN KHAI THỰC HIỆN', 'NHIỆM VỤ, GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN']) {
      const record = await recordFromText(
        documentWith('KẾ HOẠCH', '31/KH-UBND', `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác.
II. ${heading}
1. Sở Tài chính:
a) Bố trí kinh phí thực hiện.
b) Hướng dẫn thanh quyết toán.`),
      );
      expect(record.tasks.map((t) => [t.section, t.lead, t.source])).toEqual([['II.1', ['Sở Tài chính'], 'implementation']]);
    }
  });

  it('takes lettered items that name a body before a colon over its duties, not a part\'s title nor a list of members', async () => {
    const record = await recordFromText(
      documentWith('CHỈ THỊ', '07/CT-UBND', `Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Thủ trưởng các sở, ban, ngành của tỉnh có trách nhiệm:
a) Thi hành nghiêm chỉnh các bản án.
b) Báo cáo kết quả thi hành án.
2. Trách nhiệm cụ thể:
a) Cục Thi hành án dân sự tỉnh:
- Thực hiện theo dõi việc thi hành án hành chính.
- Tham mưu, đề xuất xử lý trách nhiệm.
b) VNPT Thái Nguyên:
- Chủ động phối hợp triển khai dịch vụ nộp thuế điện tử.
c) Ban Thường trực:
- Số lượng: 05 đồng chí.
3. Tổ chức thực hiện
a) Đề nghị Tòa án nhân dân tỉnh phối hợp chuyển giao kịp thời các bản án.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['1', ['Thủ trưởng các sở, ban, ngành của tỉnh']],
      ['2.a', ['Cục Thi hành án dân sự tỉnh']],
      ['2.b', ['VNPT Thái Nguyên']],
      ['3.a', ['Tòa án nhân dân tỉnh']],
    ]);
    expect(assignedIn('- Trưởng Ban Dân tộc tỉnh, Phòng Chuyên môn thuộc Ban Dân tộc tỉnh (giao Ban Dân tộc tỉnh thông báo);')).toEqual(['Ban Dân tộc tỉnh']);
  });

  it('reads a closing paragraph that speaks of the whole document after a last item that is a title over its own paragraph', async () => {
    const record = await recordFromText(
      documentWith('CHỈ THỊ', '08/CT-UBND', `Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Tư pháp chủ trì tuyên truyền Luật Tố tụng hành chính.
2. Đề nghị Tòa án nhân dân tỉnh:
Phối hợp chuyển giao kịp thời các bản án, quyết định đã có hiệu lực pháp luật.
Ủy ban nhân dân tỉnh yêu cầu các cơ quan triển khai thực hiện nghiêm túc Chỉ thị này. Giao cho Cục Thi hành án dân sự tỉnh theo dõi, đôn đốc việc triển khai thực hiện Chỉ thị.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['1', ['Sở Tư pháp']],
      ['2', ['Tòa án nhân dân tỉnh']],
      ['', ['Cục Thi hành án dân sự tỉnh']],
    ]);
  });

  it('takes nothing from a báo cáo đề xuất, whose items propose what the leader should approve', async () => {
    const record = await recordFromText(
      documentWith('BÁO CÁO ĐỀ XUẤT', '03/BCĐX-CAT', `Công an tỉnh kính báo cáo, đề xuất đồng chí Chủ tịch Ủy ban nhân dân tỉnh cho ý kiến chỉ đạo:
1. Phê duyệt thời gian tổ chức Hội nghị.
2. Giao Công an tỉnh chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh phát hành giấy mời.`),
    );
    expect(record.docType?.code).toBe('BCĐX');
    expect(record.tasks).toEqual([]);
  });

  it('takes no assignment an opening "Trong đó" reports from another document', () => {
    expect(assignedIn('Trong đó, Chính phủ giao Bộ Công an nghiên cứu, đề xuất chính sách hỗ trợ cho vay tín dụng.')).toBeNull();
  });
});

describe('deadlines as printed', () => {
  it('keeps a quarter or month with its year in words, and a labelled time without its label', () => {
    expect(deadlineOf('hoàn thành trong quý III năm 2025.')).toBe('trong quý III năm 2025');
    expect(deadlineOf('triển khai trong tháng 12 năm 2025')).toBe('trong tháng 12 năm 2025');
    expect(deadlineOf('thời gian hoàn thành: tháng 12/2025')).toBe('tháng 12/2025');
    expect(deadlineOf('Thời hạn: 31/12/2025')).toBe('2025-12-31');
    expect(deadlineOf('gửi trước ngày 15/12/2025, báo cáo trong quý I năm 2026')).toBe('2025-12-15');
  });

  it('gives a request in a later sentence the time that sentence or the next gives, not an earlier sentence\'s', async () => {
    const record = await recordFromText(
      documentWith('CÔNG VĂN', '40/BTC-CST', `Kính gửi:
- Bộ Tư pháp;
- Liên đoàn Thương mại và Công nghiệp Việt Nam.
Thực hiện Công văn số 656/TTg-KSTT, trong đó, giao Bộ Tài chính chủ trì rà soát quy định về phí, hoàn thành trước ngày 31/12/2024.
Bộ Tài chính dự thảo Thông tư quy định mức thu phí. Đề nghị quý cơ quan nghiên cứu, có ý kiến tham gia về dự thảo Thông tư.
Ý kiến xin gửi về Bộ Tài chính trước ngày 11/02/2025.`),
    );
    expect(record.tasks.map((t) => [t.lead, t.deadline])).toEqual([[['quý cơ quan'], '2025-02-11']]);
  });
});

describe('attachments, purposes and comment summaries', () => {
  it('reads the requests of a letter attached after the signature, not a proposal\'s copies', async () => {
    const letter = `Nơi nhận:
- Như trên;
- Lưu: VT.
BỘ TƯ PHÁP
Số: /BTP-BTTP
V/v đề nghị hướng dẫn hợp nhất
Kính gửi: Liên đoàn Luật sư Việt Nam
Để tạo thuận lợi cho các Đoàn Luật sư khi thực hiện hợp nhất, Bộ Tư pháp đề nghị Liên đoàn Luật sư Việt Nam có văn bản hướng dẫn các Đoàn Luật sư thực hiện hợp nhất.
Bộ Tư pháp đề nghị Liên đoàn Luật sư Việt Nam quan tâm hướng dẫn.
Trân trọng.
Nơi nhận:
- Như trên;
- Lưu: VT.`;
    const { extractTasks } = await import('../../extractors/tasks/index.js');
    const { docFromText } = await import('../helpers.js');
    const doc = await docFromText(letter);
    expect(extractTasks([], 'CV', [], false, doc.lines).map((t) => [t.section, t.lead])).toEqual([['', ['Liên đoàn Luật sư Việt Nam']]]);
    expect(extractTasks([], 'TTr', [], false, doc.lines)).toEqual([]);
  });

  it('takes an assignment after an opening purpose ("Để …, Bộ X đề nghị Y"), not a verb the purpose governs', () => {
    expect(assignedIn('Để tạo thuận lợi cho các Hội khi hợp nhất, Bộ Tư pháp đề nghị Hiệp hội Công chứng viên Việt Nam có văn bản hướng dẫn.')).toEqual([
      'Hiệp hội Công chứng viên Việt Nam',
    ]);
    expect(assignedIn('Hồ sơ là cơ sở để đề nghị Sở Nội vụ thẩm định.')).toBeNull();
  });

  it('takes nothing from a summary of comments on a draft, whose requests are the commenters\'', async () => {
    const { extractTasks } = await import('../../extractors/tasks/index.js');
    const { docFromText } = await import('../helpers.js');
    const doc = await docFromText(`Phụ lục
TỔNG HỢP Ý KIẾN GÓP Ý ĐỐI VỚI DỰ THẢO KẾ HOẠCH
Để xã có căn cứ đề ra mục tiêu, đề nghị Sở Nội vụ phối hợp với Sở Khoa học và Công nghệ thống nhất nội dung Kế hoạch.
`);
    expect(extractTasks([], null, doc.lines)).toEqual([]);
  });
});

describe('execution clauses of legal documents', () => {
  it('reads an execution clause under a title that names no body, and a clause whose subject follows a basis', async () => {
    const record = await recordFromText(
      documentWith('QUYẾT ĐỊNH', '49/2025/QĐ-UBND', `Điều 1. Giải thể Quỹ Hỗ trợ nông dân tỉnh.
Điều 2. Tổ chức thực hiện
1. Trên cơ sở đề xuất của Sở Nông nghiệp và Môi trường, Sở Tài chính tổng hợp, trình cấp có thẩm quyền bố trí kinh phí.
Điều 3. Trách nhiệm thi hành
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`),
    );
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['Điều 2.1', ['Sở Tài chính']],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Tài chính', 'các cơ quan, đơn vị có liên quan']],
    ]);
  });

  it('splits the officials of an execution clause, not a relative clause "do Chính phủ, Thủ tướng Chính phủ thành lập" nor at "không phải là"', () => {
    expect(
      leadOf('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.'),
    ).toEqual([
      'Bộ trưởng',
      'Thủ trưởng cơ quan ngang bộ',
      'người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập',
      'các cơ quan, tổ chức, cá nhân có liên quan',
    ]);
    expect(leadOf('Căn cứ Kế hoạch này, đề nghị các đơn vị, địa phương chủ động phối hợp xây dựng kế hoạch.')).toEqual(['các đơn vị, địa phương']);
    // "tổ chức" in a list of bodies is a noun; after a body's name it is the verb.
    expect(leadOf('Các cơ quan, tổ chức, đơn vị có liên quan có trách nhiệm chuẩn bị các điều kiện cần thiết.')).toEqual(['Các cơ quan, tổ chức, đơn vị có liên quan']);
    expect(leadOf('Sở Văn hóa, Thể thao và Du lịch tổ chức, hướng dẫn các hoạt động.')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('sections read by OCR', () => {
  it('takes a Roman number whose dot was lost, and a part number read as the one before it as the next', async () => {
    const { docFromText } = await import('../helpers.js');
    const { parseSections, flattenSections } = await import('../../extractors/sections.js');
    const doc = await docFromText('I Mục đích, yêu cầu\n1. Nâng cao hiệu quả.\nII. NỘI DUNG\n1. Rà soát văn bản.\nII. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Nội vụ theo dõi.\n');
    const ocr = { ...doc, lines: doc.lines.map((l) => ({ ...l, confidence: 0.9 })) };
    expect(flattenSections(parseSections(ocr, 0, ocr.lines.length)).map((n) => n.id)).toEqual(['I', 'I.1', 'II', 'II.1', 'III', 'III.1']);
    const articles = await docFromText('Điều 1. Phê duyệt Điều lệ của Hiệp hội.\nĐiều2: Chánh Văn phòng thi hành.\nĐiều 3, Các ông Giám đốc Sở Nội vụ căn cứ quyết định thi hành.\n');
    const read = { ...articles, lines: articles.lines.map((l) => ({ ...l, confidence: 0.9 })) };
    expect(flattenSections(parseSections(read, 0, read.lines.length)).map((n) => n.id)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(flattenSections(parseSections(articles, 0, articles.lines.length)).map((n) => n.id)).toEqual(['Điều 1', 'Điều 2']);
    // Typed text keeps what is printed.
    expect(flattenSections(parseSections(doc, 0, doc.lines.length)).map((n) => n.id)).toEqual(['1', 'II', 'II.1', 'II', 'II.1']);
  });

  it('takes an item number whose dot was lost only where it continues the count', async () => {
    const { docFromText } = await import('../helpers.js');
    const { parseSections, flattenSections } = await import('../../extractors/sections.js');
    // "1 Cục Thuế tỉnh" opens the list; "15 Đơn vị" continues no count and stays text.
    const doc = await docFromText('1 Cục Thuế tỉnh\nChủ trì triển khai nộp thuế điện tử.\n2. Sở Tài chính\nPhối hợp hướng dẫn.\n15 Đơn vị đã đăng ký.\n3 Ủy ban nhân dân các huyện\nTuyên truyền.\n');
    const ocr = { ...doc, lines: doc.lines.map((l) => ({ ...l, confidence: 0.9 })) };
    const nodes = flattenSections(parseSections(ocr, 0, ocr.lines.length));
    expect(nodes.map((n) => [n.id, n.heading])).toEqual([
      ['1', 'Cục Thuế tỉnh'],
      ['2', 'Sở Tài chính'],
      ['3', 'Ủy ban nhân dân các huyện'],
    ]);
    // Typed text keeps what is printed: no dot, no item.
    expect(flattenSections(parseSections(doc, 0, doc.lines.length)).map((n) => n.id)).toEqual(['2']);
  });
});

describe("a report's part of duties", () => {
  // A report (proposing type) assigns only in its part of duties; that part is often titled
  // "Một số nhiệm vụ, giải pháp trọng tâm …" as a long line over decimal items, and its items put
  // the duty with a modal ("Sở Y tế cần tăng cường …").
  const report = (heading: string) => `ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
Số: 12/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 05 tháng 6 năm 2024
BÁO CÁO
Tổng kết công tác phòng, chống ma túy
I. KẾT QUẢ THỰC HIỆN
Giao Công an tỉnh chủ trì triệt phá nhiều vụ án.
II. DỰ BÁO TÌNH HÌNH VÀ NHIỆM VỤ TRONG THỜI GIAN TỚI
1. Dự báo tình hình
Tình hình còn diễn biến phức tạp.
${heading}
2.1. Cấp ủy Đảng, chính quyền các cấp nhất là người đứng đầu ở cơ sở cần phát huy vai trò lãnh đạo, chỉ đạo.
2.2. Sở Y tế cần tăng cường điều trị nghiện bằng thuốc thay thế.
2.3. Tiếp tục tuyên truyền pháp luật về phòng, chống ma túy.
III. KIẾN NGHỊ
1. Bộ Y tế sửa đổi tiêu chuẩn chẩn đoán nghiện.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`;

  it('finds the items naming bodies under a long "Một số nhiệm vụ, giải pháp" title, without the modal or the emphasis', async () => {
    const record = await recordFromText(report('2. Một số nhiệm vụ, giải pháp trọng tâm, đột phá cần chỉ đạo để nâng cao hiệu lực, hiệu quả công tác phòng, chống ma túy trong thời gian tới'));
    expect(record.tasks.map((t) => [t.section, t.lead])).toEqual([
      ['II.2.1', ['Cấp ủy Đảng', 'chính quyền các cấp']],
      ['II.2.2', ['Sở Y tế']],
    ]);
  });

  it('reads a long item that ends as a sentence as no title', async () => {
    const record = await recordFromText(report('2. Một số nhiệm vụ, giải pháp đã được các cấp, các ngành triển khai đồng bộ, có hiệu quả trong giai đoạn vừa qua theo kế hoạch.'));
    expect(record.tasks).toEqual([]);
  });
});
