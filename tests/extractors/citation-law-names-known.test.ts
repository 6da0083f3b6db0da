import { describe, expect, it } from 'vitest';
import { recordFromText } from '../helpers.js';

/**
 * A law's name holding the words that elsewhere end one ("và", "của", "theo", a comma between a pair)
 * is read whole where it is a known law's (data/law-names.ts), with no date or number after it to
 * close it; names not listed are read by the rules. Sentences written from real law names.
 */
const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 77/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 3 năm 2025', 'KẾ HOẠCH', 'Tuyên truyền pháp luật năm 2025'];
const cite = async (body: string) =>
  (await recordFromText([...HEADER, body, 'I. MỤC ĐÍCH', '1. Nội dung.'].join('\n'))).citations.map((c) => [c.type, c.number ?? c.name, c.date]);

describe('known law names run over their own "và", "của", commas and "theo"', () => {
  it.each([
    ['Tuyên truyền Luật Hôn nhân và gia đình đối với đồng bào vùng cao.', 'Luật Hôn nhân và gia đình'],
    ['Triển khai Luật Phòng, chống tác hại của rượu, bia trong các khu dân cư.', 'Luật Phòng, chống tác hại của rượu, bia'],
    ['Hướng dẫn hộ kinh doanh hưởng chính sách theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa.', 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa'],
    ['Phổ biến Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng cho thanh niên.', 'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng'],
    ['Chuẩn bị bầu cử theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, bảo đảm dân chủ.', 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân'],
    ['Rà soát việc thi hành Pháp lệnh Phòng, chống lụt, bão tại các xã ven biển.', 'Pháp lệnh Phòng, chống lụt, bão'],
    ['Tổ chức học tập Luật Quy hoạch đô thị và nông thôn đến cán bộ xã.', 'Luật Quy hoạch đô thị và nông thôn'],
    ['Thực hiện Luật Thuế xuất khẩu, thuế nhập khẩu đối với hàng hóa qua biên giới.', 'Luật Thuế xuất khẩu, thuế nhập khẩu'],
    ['Huy động theo Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp khi có chiến tranh.', 'Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp'],
  ])('%s', async (sentence, name) => {
    expect(await cite(sentence)).toEqual([[name.startsWith('Pháp lệnh') ? 'Pháp lệnh' : 'Luật', name, null]]);
  });

  it('a known name written in small letters after its type word', async () => {
    expect(await cite('Giải quyết theo quy định của Luật hôn nhân và gia đình về tài sản chung.')).toEqual([['Luật', 'Luật hôn nhân và gia đình', null]]);
  });

  it('a known name ends where the sentence goes on with another law', async () => {
    expect(await cite('Thực hiện Luật Đất đai và Luật Nhà ở trên địa bàn.')).toEqual([['Luật', 'Luật Đất đai', null], ['Luật', 'Luật Nhà ở', null]]);
  });

  it('a name the list does not hold is read by the rules', async () => {
    expect(await cite('Tuyên truyền Luật Nghệ thuật biểu diễn trong các lễ hội.')).toEqual([['Luật', 'Luật Nghệ thuật biểu diễn', null]]);
  });

  it('a known name is followed by its date as before', async () => {
    expect(await cite('Căn cứ Luật Hôn nhân và gia đình ngày 19 tháng 6 năm 2014;')).toEqual([['Luật', 'Luật Hôn nhân và gia đình', '2014-06-19']]);
  });

  it.each([
    ['Căn cứ Luật Phi và lệ phí số 97/2015/QH13;', 'Thu theo quy định của Luật Phí và lệ phí.'],
    ['Căn cứ Luật Bầu cử đại biểu Quốc hội đại biểu Hội đồng nhân dân số 85/2015/QH13;', 'Tổ chức bầu cử theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.'],
    ['Căn cứ Luật Cán bộ công chức số 80/2025/QH15;', 'Tuyển dụng theo Luật Cán bộ, công chức.'],
  ])('a law cited by number and by its name printed a little otherwise is one citation: %s', async (numbered, named) => {
    const got = await cite(`${numbered}\n${named}`);
    expect(got.map(([, number]) => number)).toEqual([numbered.match(/\d+\/\d{4}\/QH\d+/u)![0]]);
  });

  it('two laws whose names differ in a word stay two', async () => {
    const got = await cite('Căn cứ Luật Giáo dục số 43/2019/QH14;\nThực hiện Luật Giáo dục đại học trong nhà trường.');
    expect(got.map(([, number]) => number)).toEqual(['43/2019/QH14', 'Luật Giáo dục đại học']);
  });
});
