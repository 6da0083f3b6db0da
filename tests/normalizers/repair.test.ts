import { describe, expect, it } from 'vitest';
import { channelCost, diacriticEdits } from '../../normalizers/diacritics.js';
import { LanguageModel, sharedLanguageModel } from '../../pipeline/core/text/language-model.js';
import { applyEdits } from '../../pipeline/core/text/edits.js';
import { tonePlacementEdits } from '../../pipeline/core/text/tone.js';
import { foldDiacritics } from '../../pipeline/core/text/fold.js';
import { cpuMsOf, docFromText } from '../helpers.js';
import { detachedFinalEdits, nameSyllablesGluedByQuote } from '../../normalizers/repair.js';
import { DETACHED_FINAL } from '../../data/syllables.js';
import { NAME_SYLLABLES_GLUED_BY_QUOTE } from '../../data/ocr.js';
import { modelForm } from '../../pipeline/core/text/syllable.js';

const repaired = (text: string) => applyEdits(text, diacriticEdits(text)).text;

describe('diacritic and OCR repair', () => {
  it('loads the committed model in well under a second', () => {
    let model!: LanguageModel;
    // CPU time, about 20 ms (wall time on a loaded machine is many times that).
    expect(cpuMsOf(() => (model = LanguageModel.load()))).toBeLessThan(1000);
    expect(model.header.vocabulary.length).toBeGreaterThan(3000);
    expect(model.header.heldOut.length).toBeGreaterThan(10);
  });

  it('fixes the damage found in the seed documents, each change on record with its span', async () => {
    const doc = await docFromText(
      [
        'Chỉ thị số 03- CT/TW ngày 19/5/2021 của Ban Bí thư về tăng cường sư lãnh đao của Đảng',
        'trong tình hình mới (Chỉ thị sổ 28/CT-TTg), các yếu tố đầu vào là các sản phấm, hàng hóa, dịch vụ',
        'từng bước xây dụng, bảo vệ và phát triển thương hiệu; sản phẩm, hàng hóa có chất lưọng cao',
        'cung cấp thông tin, tuyên truyền, trao đôi, thảo luận, giải đáp và tham vấn các ý kiến thúc đấy việc thực hiện',
        'nâng cao chất lượng sản phẩm, hành hóa và dịch vụ',
        'tuyên truyền các nội dung của CVEĐ; Thường trực BCD TW Cuộc vận động; Đảng đoàn MTTQ Việt Nam } (đề b/c)',
      ].join('\n'),
    );
    for (const fixed of ['03-CT/TW', 'sự lãnh đạo', 'Chỉ thị số 28/CT-TTg', 'sản phẩm, hàng hóa', 'xây dựng', 'chất lượng cao', 'trao đổi', 'thúc đẩy', 'sản phẩm, hàng hóa và', 'nội dung của CVĐ', 'BCĐ TW', '(để b/c)']) {
      expect(doc.text).toContain(fixed);
    }
    expect(doc.corrections.filter((c) => c.reason === 'diacritics').map((c) => `${c.from}→${c.to}`)).toEqual([
      'sư→sự', 'đao→đạo', 'phấm→phẩm', 'dụng→dựng', 'lưọng→lượng', 'đôi→đổi', 'đấy→đẩy', 'hành→hàng', 'đề→để',
    ]);
    for (const c of doc.corrections) expect(doc.text.slice(c.span[0], c.span[1])).toBe(c.to);
  });

  it('leaves the codes of a document’s symbol as printed, though one spells a known abbreviation with a letter more', async () => {
    const doc = await docFromText('Số: 03/BCĐX-CAT(PC04) và Báo cáo số 12/BCĐX-UBND của CVEĐ');
    expect(doc.text).toBe('Số: 03/BCĐX-CAT(PC04) và Báo cáo số 12/BCĐX-UBND của CVĐ');
  });

  it('puts back the slash OCR misread in a trích yếu’s V/v and the c of its Về việc, only where a line opens with them before lower-case words', async () => {
    for (const misread of ['VAv', 'V|v', 'Vlv', 'VÍv', 'V1v', 'V/', 'V/w']) {
      const doc = await docFromText(`Số: 12/UBND-VX\n${misread} cho ý kiến về Đề án hợp nhất`);
      expect(doc.text).toContain('V/v cho ý kiến về Đề án');
    }
    const about = await docFromText('QUYẾT ĐỊNH\nVề việt phê duyệt bản Điều lệ\nVề Việt Nam\nVỀ VIỆT NAM');
    expect(about.text).toBe('QUYẾT ĐỊNH\nVề việc phê duyệt bản Điều lệ\nVề Việt Nam\nVỀ VIỆT NAM');
    for (const kept of ['Số 12 VAv', 'VAv Corp']) {
      const doc = await docFromText(kept);
      expect(doc.text).toBe(kept);
    }
  });

  it('gives a normative number’s type code read as digits in letters, only where they spell a type’s code', async () => {
    const doc = await docFromText('Căn cứ Thông tư số 04/2020/77-BNV ngày 13/10/2020 và Quyết định số 12/2019/0Đ-UBND; Thông tư số 01/2011/T7-BNV');
    expect(doc.text).toBe('Căn cứ Thông tư số 04/2020/TT-BNV ngày 13/10/2020 và Quyết định số 12/2019/QĐ-UBND; Thông tư số 01/2011/TT-BNV');
    expect(doc.corrections.filter((c) => c.reason === 'ocr').map((c) => `${c.from}→${c.to}`)).toEqual(['77→TT', '0Đ→QĐ', 'T7→TT']);
    // Digits that spell no type's code, a number with no year before the code, and digits not followed by a hyphen stay.
    for (const kept of ['Số 04/2020/95-BNV', 'Số 12/77-BNV', 'Luật số 77/2015/QH13']) expect((await docFromText(kept)).text).toBe(kept);
  });

  it('splits two capitalised syllables OCR glued with a quote, and leaves a name’s own apostrophe', async () => {
    const doc = await docFromText("CHỦ TỊCH\nNguyễn'Đình Trung\nH’Vi Êban và Y'Bih");
    expect(doc.text).toBe('CHỦ TỊCH\nNguyễn Đình Trung\nH’Vi Êban và Y\'Bih');
  });

  it('snaps standard names read with changed marks, in capitals or in their own case, each snap on record', async () => {
    const doc = await docFromText(['BCH HỘI NÔNG DÁN TỈNH LẮM ĐÓNG', 'LIÊN ĐOÀN LAO ĐÔNG TỈNH BÀ RỊA - VŨNG TÀU', 'Kính gửi: Hội Nông dán tỉnh Quảng Ngải.'].join('\n'));
    expect(doc.text).toBe(['BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÀ RỊA - VŨNG TÀU', 'Kính gửi: Hội Nông dân tỉnh Quảng Ngãi.'].join('\n'));
    expect(doc.corrections.filter((c) => c.reason === 'standard-name').map((c) => `${c.from}→${c.to}`)).toEqual([
      'HỘI NÔNG DÁN→HỘI NÔNG DÂN', 'LẮM ĐÓNG→LÂM ĐỒNG', 'LIÊN ĐOÀN LAO ĐÔNG→LIÊN ĐOÀN LAO ĐỘNG', 'Hội Nông dán→Hội Nông dân', 'Quảng Ngải→Quảng Ngãi',
    ]);
  });

  it('leaves words that differ from a standard name by more than marks, in another case, or of two syllables that are no place', async () => {
    const text = ['HỘI ĐÔNG Y TỈNH LÂM ĐỒNG', 'hội nông dân các xã', 'Hội Nông Dân Tập Thể', 'LÂM ĐỒNG và LAM SƠN'].join('\n');
    expect((await docFromText(text)).corrections.filter((c) => c.reason === 'standard-name')).toEqual([]);
  });

  it('leaves clean administrative text, names and abbreviations as printed', () => {
    const clean = [
      'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện.',
      'Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh; BTG quận, huyện thị ủy, ĐU khối;',
      'Mở tài khoản, sổ tiết kiệm tại ngân hàng thương mại; báo cáo kết quả trước ngày 15 hằng tháng.',
      'Nơi nhận: - Như trên; - Lưu: VT, VX.',
    ].join('\n');
    expect(diacriticEdits(clean)).toEqual([]);
  });

  it('repairs a mark in a line of capitals as in running text, but not in a code or a name in running text', () => {
    // A title in capitals over two lines: the word ending the first is no name for being a capital.
    const title = 'BÁO CÁO TÀI CHÍNH QUỸ CỘNG ĐÔNG\nNHIỆM KỲ IV';
    expect(diacriticEdits(title).map((e) => [title.slice(e.start, e.end), e.replacement])).toEqual([['ĐÔNG', 'ĐỒNG']]);
    const clean = [
      'HỘI ĐỒNG QUẢN LÝ QUỸ KHUYẾN HỌC TỈNH ĐẮK NÔNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TRƯƠNG MINH ĐƯƠNG',
      'Thực hiện Kế hoạch số 22-KH/TU và 44-KH/TU của Ban Thường vụ Tỉnh ủy.',
    ].join('\n');
    expect(diacriticEdits(clean)).toEqual([]);
  });

  it('restores a text typed without marks', () => {
    const printed = 'Ủy ban nhân dân tỉnh ban hành kế hoạch tổ chức thực hiện nhiệm vụ phát triển kinh tế xã hội trên địa bàn tỉnh';
    const restored = repaired(foldDiacritics(printed));
    const want = printed.split(' ');
    const got = restored.split(' ');
    const right = want.filter((w, i) => w === got[i]).length;
    expect(right / want.length).toBeGreaterThan(0.9);
  });

  it('prices a lost mark below a wrong one, and a change of letters above both', () => {
    expect(channelCost('dao', 'dạo')).toBeLessThan(channelCost('dáo', 'dạo'));
    expect(channelCost('hành', 'hàng')).toBeGreaterThan(channelCost('hanh', 'hành'));
    expect(channelCost('số', 'số')).toBe(0);
  });

  it('gives every word the traditional tone placement, on record', async () => {
    expect(applyEdits('Uỷ ban, hoà giải, thuỷ lợi, khoẻ', tonePlacementEdits('Uỷ ban, hoà giải, thuỷ lợi, khoẻ')).text).toBe('Ủy ban, hòa giải, thủy lợi, khỏe');
    expect(tonePlacementEdits('quý, hoàng, khuya, thuyết, toán')).toEqual([]);
    const doc = await docFromText('Uỷ ban nhân dân xã Hoà Bình');
    expect(doc.text).toBe('Ủy ban nhân dân xã Hòa Bình');
    expect(doc.corrections.map((c) => c.reason)).toEqual(['tone-placement', 'tone-placement']);
  });

  it('proposes the same edits when its shared readings are emptied and made again (another model loaded between)', () => {
    // Damaged prose with a name inside a phrase (its readings as a name), capitals, an
    // abbreviation, numbers and boundaries: every kind of reading list the repair keeps.
    const damaged = 'Uy ban nhân dan tinh giao Sở Tai chinh phối hợp vói ông Nguyên Văn Hung, UBND huyện; báo cao truóc ngày 15/3/2026.\nCĂN CỨ LUẠT NGÂN SÁCH NHA NƯỚC';
    const stripped = foldDiacritics('Ủy ban nhân dân tỉnh ban hành kế hoạch tổ chức thực hiện nhiệm vụ phát triển kinh tế');
    const before = [diacriticEdits(damaged), diacriticEdits(stripped), diacriticEdits(damaged, { bigramsOnly: true })];
    expect(before[0]!.length).toBeGreaterThan(3);
    expect(before[1]!.length).toBeGreaterThan(3);
    diacriticEdits(damaged, {}, LanguageModel.load()); // a new model: the readings are emptied and made for it
    const after = [diacriticEdits(damaged), diacriticEdits(stripped), diacriticEdits(damaged, { bigramsOnly: true })];
    expect(after).toEqual(before);
  });

  it('shares one model per process', () => {
    expect(sharedLanguageModel()).toBe(sharedLanguageModel());
  });

  it('joins a final cut off its syllable by a PDF text layer ("Hội đồ ng"), and nothing else', async () => {
    const doc = await docFromText('Thành lập Hội đồ ng An toàn, vệ sinh lao độ ng tỉnh; thà nh viên\nĐiểm c khoản 2; tổ ng hợp; nh (viết tắt) và ch là hai chữ; Ban Chỉ đạo ng.');
    expect(doc.text).toBe('Thành lập Hội đồng An toàn, vệ sinh lao động tỉnh; thành viên\nĐiểm c khoản 2; tổng hợp; nh (viết tắt) và ch là hai chữ; Ban Chỉ đạo ng.');
    expect(doc.corrections.filter((c) => c.reason === 'split-syllable')).toHaveLength(4);
  });
});


describe('syllables cut before their final', () => {
  it('joins a final cut off by a space, finding what the whole pattern finds at every character', () => {
    const model = sharedLanguageModel();
    const byPattern = (text: string) =>
      [...text.matchAll(DETACHED_FINAL)]
        .filter((m) => model.ids.has(modelForm(`${m[1]}${m[3]}`)))
        .map((m) => ({ start: m.index + m[1]!.length, end: m.index + m[1]!.length + 1, replacement: '', reason: 'split-syllable' }));
    const texts = [
      'Hội đồ ng nhân dân tỉ nh, thà nh phố',
      'HỘI ĐỒ NG; xã Tà ng Tà nh ng nh ch',
      'ba nh2 ba nh-x ba ngx ba ng\u0301 ti\u0301 nh o\u0302 ng 𝐀a ng',
      'gia ng. tra nh: đi nh\nmô ch',
      'ng ch nh   a ng  ư ng',
    ].map((t) => t.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    for (const text of texts) expect(detachedFinalEdits(text)).toEqual(byPattern(text));
    expect(applyEdits('Hội đồ ng nhân dân', detachedFinalEdits('Hội đồ ng nhân dân')).text).toBe('Hội đồng nhân dân');
  });
});

describe('name syllables glued by a quote', () => {
  it('are found from the quotes as the whole pattern finds them at every character', () => {
    const texts = [
      "Nguyễn'Đình Văn, 3Nguyễn'Đình, xNguyễn’Đình; Lê`Văn`Tám Trần'Thị'Hoa'Mai, Hà'Nội' Ab'Cd'Ef",
      "Y’Bih H’Vi 'Đình Nguyễn' Ng'Đình NguyễN'Đình 𝐀bc'Đình Ǆa'Bc a𝐀b'Cd \ud835'Ab Ab'",
      "Nguye\u0302\u0303n'Đình Nguyễn'Đình2 Nguyễn'Đìnhx' Abc''Def",
      "'", '',
    ];
    const shape = (m: RegExpMatchArray) => [m.index, [...m]];
    for (const text of texts) {
      expect([...nameSyllablesGluedByQuote(text)].map(shape)).toEqual([...text.matchAll(NAME_SYLLABLES_GLUED_BY_QUOTE)].map(shape));
    }
    expect([...nameSyllablesGluedByQuote(texts[0]!)].map((m) => m[0])).toEqual(["Nguyễn'Đình", 'Lê`Văn', "Trần'Thị", "Hoa'Mai", "Hà'Nội", "Ab'Cd"]);
  });
});
