import { describe, expect, it } from 'vitest';
import { scannedPage } from '../helpers.js';
import { extractRecord } from '../../extractors/index.js';
import { normalizeDocument } from '../../normalizers/index.js';
import type { RawDocument } from '../../pipeline/core/model.js';


const read = (text: string, stamps: RawDocument['stamps'] = [], calibrate = true) => extractRecord(normalizeDocument(scannedPage(text, stamps)), { asOf: '2026-01-01', calibrate });

describe('the place/date line of a scan', () => {
  // Nghị định 30/2020: the place and date stand in the right column beside the number line. A
  // seal or a pen's strokes over the place leave specks OCR reads as letters and digits.
  const header = (placeDate: string) =>
    ['L|BỘ CÔNG AN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'R|Độc lập - Tự do - Hạnh phúc', 'L|Số: 4409/BCA-C04', `R|?|${placeDate}`, 'V/v tham gia ý kiến vào dự thảo', 'Kính gửi: Công an các tỉnh', 'Thực hiện Kế hoạch của Bộ, Bộ Công an đề nghị như sau.'].join('\n');

  it('keeps the month and year when the place is misread and the day left blank', () => {
    const record = read(header('J30Với, ngày tháng10năm2025'));
    expect(record.date).toMatchObject({ year: 2025, month: 10, day: null });
    expect(record.date!.confidence).toBeLessThan(0.9);
    // The misread place is no place.
    expect(record.place).toBeNull();
  });

  it('takes the blank day from the issuer’s digital signature, still to be reviewed', () => {
    const record = read(header('J30Với, ngày tháng10năm2025'), [{ signer: 'Bộ Công an', time: '2025-10-01T17:08:18+07:00' }]);
    expect(record.date).toMatchObject({ iso: '2025-10-01', review: true });
    expect(record.date!.confidence).toBeLessThan(0.9);
  });

  it('reads a date whose labels OCR misread, less surely than one read as printed', () => {
    const misread = read(header('Lâm Đồng, ngàu 10 thảng 11 nằm 2025'), [], false).date!;
    expect(misread).toMatchObject({ iso: '2025-11-10' });
    expect(misread.confidence).toBeLessThan(read(header('Lâm Đồng, ngày 10 tháng 11 năm 2025'), [], false).date!.confidence);
    expect(read(header('Lâm Đồng, ngay 10 tbáng 11 năn 2025')).date).toMatchObject({ iso: '2025-11-10' });
  });

  it('dates the header by a place/date line that lost its comma', () => {
    expect(read(header('Lâm Đồng ngày tháng . năm 2026')).date).toMatchObject({ year: 2026, month: null, day: null });
  });

  it('takes the name before a lost comma for the place, less surely than one the comma closes', () => {
    const lost = read(header('Phan Thiết ngày 10 tháng 3 năm 2026'), [], false).place!;
    expect(lost.value).toBe('Phan Thiết');
    expect(lost.confidence).toBeLessThan(read(header('Phan Thiết, ngày 10 tháng 3 năm 2026'), [], false).place!.confidence);
    expect(read(header('Thành phố Hồ Chí Minh ngày 10 tháng 3 năm 2026')).place).toBeNull(); // five words: not a name read whole
    expect(read(header('J30Với ngày 10 tháng 3 năm 2026')).place).toBeNull(); // specks are no name
  });

  it('leaves out a speck read before the place', () => {
    expect(read(header('"Đắk Nông, ngày 10 tháng 6 năm 2025')).place?.value).toBe('Đắk Nông');
    expect(read(header('‘ Lâm Đồng, ngày 10 tháng 6 năm 2025')).place?.value).toBe('Lâm Đồng');
  });

  it('does not take a dated line of the body for the header’s', () => {
    const text = ['L|BỘ CÔNG AN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|Số: 4409/BCA-C04', 'V/v tham gia ý kiến', 'Kính gửi: Công an các tỉnh', 'Thực hiện Kế hoạch của Bộ, Bộ Công an đề nghị như sau.', 'Theo Công văn 12, ngày 3 tháng 9 năm 2025 của Bộ.'].join('\n');
    expect(read(text).date).toBeNull();
  });
});

describe('the number line of a scan', () => {
  // The number is left blank and written in by hand: "Số: …/QĐ-UBND". A scan may lose the slash
  // with the blank; the symbol, opening with the type's code, is still read.
  const document = (numberLine: string) =>
    ['L|ỦY BAN NHÂN DÂN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|TỈNH BÌNH THUẬN', `L|${numberLine}`, 'R|Phan Thiết, ngày 24 tháng 10 năm 2003', 'QUYẾT ĐỊNH', 'V/v cho phép thành lập Hiệp hội', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Căn cứ Luật Tổ chức HĐND và UBND;'].join('\n');

  it('reads the symbol of a blank whose slash was lost', () => {
    expect(read(document('Số: QĐ-CTUBBT')).number).toMatchObject({ seq: null, symbol: 'QĐ-CTUBBT' });
  });

  it('takes no word after the label for a symbol', () => {
    expect(read(document('Số: QUYẾT-ĐỊNH')).number).toBeNull();
    expect(read(document('Số: QĐ')).number).toBeNull();
  });
});

describe('a scanned symbol’s code checked against the issuer block', () => {
  // Nghị định 30/2020, Phụ lục III: after the type's code the symbol abbreviates the issuing
  // body's name; OCR misreads one letter of it, or reads a letter as a digit of like shape.
  const document = (issuer: string[], numberLine: string) =>
    [...issuer.map((l) => `L|${l}`), 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'R|Độc lập - Tự do - Hạnh phúc', `L|${numberLine}`, 'R|Đà Lạt, ngày 5 tháng 3 năm 2026', 'KẾ HOẠCH', 'Tổ chức hội nghị sơ kết công tác quý I', 'Thực hiện chương trình công tác năm 2026, đơn vị xây dựng kế hoạch như sau.'].join('\n');
  const people = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'];
  const sở = ['UBND TỈNH LÂM ĐỒNG', 'SỞ TƯ PHÁP'];

  it('puts back the code of the body the header names, less surely and with a warning', () => {
    for (const misread of ['UBNL', 'U8ND', 'UBNĐ']) {
      const record = read(document(people, `Số: 37/KH-${misread}`), [], false);
      expect(record.number).toMatchObject({ seq: '37', symbol: 'KH-UBND' });
      expect(record.number!.confidence).toBeLessThan(read(document(people, 'Số: 37/KH-UBND'), [], false).number!.confidence);
      expect(record.warnings.join(' ')).toContain(misread);
    }
    expect(read(document(sở, 'Số: 12/KH-STF')).number).toMatchObject({ symbol: 'KH-STP' });
    // A letter more or less is no misreading (a level's letter: UBNDX, BCĐH): left as read.
    for (const longer of ['UBNDD', 'UBN']) expect(read(document(people, `Số: 37/KH-${longer}`), [], false).number).toMatchObject({ symbol: `KH-${longer}` });
  });

  it('leaves a code alone that names no body of the header, and a code of digits', () => {
    // BTV (Ban Thường vụ) is one letter from BTT, which the header does not name.
    expect(read(document(['LIÊN ĐOÀN LUẬT SƯ VIỆT NAM', 'BAN THƯỜNG VỤ'], 'Số: 562/LĐLSVN-BTV')).number).toMatchObject({ symbol: 'LĐLSVN-BTV' });
    // UBNL under Công an tỉnh: no body of the header has a code one letter from it.
    expect(read(document(['CÔNG AN TỈNH LÂM ĐỒNG'], 'Số: 37/KH-UBNL')).number).toMatchObject({ symbol: 'KH-UBNL' });
    expect(read(document(['BỘ CÔNG AN', 'CỤC CẢNH SÁT ĐIỀU TRA'], 'Số: 2388/C04-P6')).number).toMatchObject({ symbol: 'C04-P6' });
  });

  it('leaves a typed number as printed', () => {
    const typed = normalizeDocument({ ...scannedPage(document(people, 'Số: 37/KH-UBNL')), lines: scannedPage(document(people, 'Số: 37/KH-UBNL')).lines.map(({ confidence: _, ...l }) => l) });
    expect(extractRecord(typed, { asOf: '2026-01-01' }).number).toMatchObject({ symbol: 'KH-UBNL' });
  });
});

describe('specks around a scanned type line and title', () => {
  // An old decision prints its type line with the issuer after CỦA and the trích yếu under it
  // (V/v …); a margin's marks and a seal's ink are read as specks before and beside them.
  const decision = (typeLine: string, titleLines: string[]) =>
    [
      'L|ỦY BAN NHÂN DÂN',
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'L|TỈNH BÌNH THUẬN',
      'R|Độc lập - Tự do - Hạnh phúc',
      'L|Số: 2735/QĐ-CTUBBT',
      'R|Phan Thiết, ngày 24 tháng 10 năm 2003',
      `?|${typeLine}`,
      ...titleLines,
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
      '- Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Nay cho phép thành lập Hiệp hội.',
    ].join('\n');

  it('reads the type line after the specks before it', () => {
    for (const specks of ['L7”. „', '4 ', '“ ']) {
      const record = read(decision(`${specks}QUYẾT ĐỊNH CỦA CHỦ TỊCH UBND TỈNH BÌNH THUẬN`, ['V/v cho phép thành lập Hiệp hội thanh long']));
      expect(record.docType?.code).toBe('QĐ');
      expect(record.title?.value).toBe('V/v cho phép thành lập Hiệp hội thanh long');
    }
  });

  it('takes no numbered heading of the body in capitals for a type line', () => {
    const letter = ['L|ỦY BAN NHÂN DÂN', 'L|TỈNH BÌNH THUẬN', 'L|Số: 12/UBND-VX', 'R|Phan Thiết, ngày 24 tháng 10 năm 2025', 'L|V/v triển khai công tác năm 2026', 'Kính gửi: Các sở, ban, ngành', '?|1. KẾ HOẠCH TRIỂN KHAI', 'Các đơn vị xây dựng kế hoạch của mình.'].join('\n');
    expect(read(letter).docType?.code).toBe('CV');
  });

  it('reads a misread V/v after a speck as the mark', () => {
    for (const opening of ['01 Víy', 'Víy', '„ V|v']) {
      expect(read(decision('QUYẾT ĐỊNH CỦA CHỦ TỊCH UBND TỈNH BÌNH THUẬN', [`?|${opening} cho phép thành lập Hiệp hội thanh long`])).title?.value).toBe('V/v cho phép thành lập Hiệp hội thanh long');
    }
  });

  it('leaves out a line of non-words read unsurely under the title, not a line of words or a term', () => {
    const title = (second: string) => read(decision('QUYẾT ĐỊNH CỦA CHỦ TỊCH UBND TỈNH BÌNH THUẬN', ['?|V/v cho phép thành lập Hiệp hội thanh long', second])).title?.value;
    expect(title('?|mm 22/0)g1')).toBe('V/v cho phép thành lập Hiệp hội thanh long');
    expect(title('?|TAliệt')).toBe('V/v cho phép thành lập Hiệp hội thanh long');
    expect(title('?|Bình Thuận')).toBe('V/v cho phép thành lập Hiệp hội thanh long Bình Thuận');
    expect(title('?|giai đoạn 2021 - 2025')).toBe('V/v cho phép thành lập Hiệp hội thanh long giai đoạn 2021 - 2025');
  });
});

describe('the signer of minutes', () => {
  // Minutes (biên bản) are signed side by side by whoever kept them, on the left, and whoever
  // chaired the meeting (CHỦ TRÌ or CHỦ TỌA), on the right: the chair signs for the meeting.
  it('is whoever chaired the meeting, not a participant signing under it', () => {
    const text = [
      'L|UBND TỈNH LÂM ĐỒNG',
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'L|SỞ NỘI VỤ',
      'R|Độc lập - Tự do - Hạnh phúc',
      'BIÊN BẢN',
      'Họp thống nhất liên quan đến đề xuất thành lập hội',
      'Vào lúc 14 giờ 00 phút, ngày 09 tháng 12 năm 2025 tại Hội trường của Sở đã diễn ra cuộc họp.',
      'Cuộc họp kết thúc lúc 17 giờ 00 phút cùng ngày./.',
      'L|Người ghi biên bản',
      'R|CHỦ TRÌ',
      'L|Trần Ngọc Lâm',
      'R|Trần Ngọc Xuân',
      'R|PHÓ GIÁM ĐỐC SỞ NỘI VỤ',
      'R|Đại diện Sở Giáo dục và Đào tạo',
      'R|Lương Văn Hà',
    ].join('\n');
    expect(read(text).signer).toMatchObject({ name: 'Trần Ngọc Xuân', lines: ['CHỦ TRÌ'] });
  });
});

describe('the words of a scanned title', () => {
  // The title is printed in bold capitals under the header; what it names, the body names again
  // in plain type, which OCR reads better.
  const document = (title: string[], body: string[]) =>
    ['L|UBND TỈNH LÂM ĐỒNG', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|Số: 12/QĐ-UBND', 'R|Lâm Đồng, ngày 10 tháng 11 năm 2025', 'QUYẾT ĐỊNH', ...title.map((t) => `?|${t}`), ...body].join('\n');
  const body = [
    'Căn cứ Luật Tổ chức chính quyền địa phương;',
    'Xét đề nghị của Hiệp hội Thanh long tỉnh Lâm Đồng về Liên đoàn Pickleball;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Phê duyệt Điều lệ Hiệp hội Thanh long và Liên đoàn Pickleball tỉnh Lâm Đồng.',
    'Điều 2. Giao Sở Nội vụ triển khai Đề án theo Đề án đã duyệt.',
  ];

  it('gives a misread word as the body prints it, and records the change', () => {
    const record = read(document(['Về việc phê duyệt Điều lệ EIỆP HỘI THANH LONG', 'và LIÊN ĐOÀN PICKIL.EBALL, tỉnh LÂM ĐÒỎNG'], body));
    expect(record.title!.value).toBe('Về việc phê duyệt Điều lệ HIỆP HỘI THANH LONG và LIÊN ĐOÀN PICKLEBALL, tỉnh LÂM ĐỒNG');
    expect(record.corrections.filter((c) => c.reason === 'title-word').map((c) => [c.from, c.to])).toEqual([
      ['EIỆP', 'HIỆP'],
      ['PICKIL.EBALL,', 'PICKLEBALL,'],
      ['ĐÒỎNG', 'ĐỒNG'],
    ]);
  });

  it('puts back the space OCR lost between two syllables the body prints apart', () => {
    expect(read(document(['Về việc triển khai Đềán năm 2026'], body)).title!.value).toBe('Về việc triển khai Đề án năm 2026');
    expect(read(document(['Về việc phê duyệt.Điều lệ Hội'], body)).title!.value).toBe('Về việc phê duyệt Điều lệ Hội');
    // The body's own copy of the slip does not make it a word.
    expect(read(document(['Về việc triển khai Đềán năm 2026'], [...body, 'Kết quả triển khai Đềán.'])).title!.value).toBe('Về việc triển khai Đề án năm 2026');
  });

  it('between body words as close, takes the one printed after the same word, then the one whose tone was kept', () => {
    const busy = [...body, 'Ban vận động, vận động, vận động, vận động, vận động, vận động, hoạt động, hoạt động.'];
    // ĐỘNG (dot below) and ĐỒNG (grave) are both two letters from ĐÒỎNG; the body prints LÂM ĐỒNG.
    expect(read(document(['Về việc thành lập Hội tỉnh LÂM ĐÒỎNG'], busy)).title!.value).toBe('Về việc thành lập Hội tỉnh LÂM ĐỒNG');
    // Without the pair, the reading's grave tone picks ĐỒNG over the more frequent ĐỘNG.
    expect(read(document(['Về việc thành lập Hội đồng ĐÒỎNG'], [...busy, 'Đồng bào, đồng bào.'])).title!.value).toBe('Về việc thành lập Hội đồng ĐỒNG');
  });

  it('is doubted more once a word was changed', () => {
    const changed = read(document(['Về việc phê duyệt Điều lệ EIỆP HỘI THANH LONG'], body), [], false).title!;
    const asPrinted = read(document(['Về việc phê duyệt Điều lệ HIỆP HỘI THANH LONG'], body), [], false).title!;
    expect(changed.value).toBe(asPrinted.value);
    expect(changed.confidence).toBeLessThan(asPrinted.confidence);
  });

  it('leaves words of the language and words the body does not print twice', () => {
    // BAN is a word (the body's BẠN is another), QUẦN VỢT is not in the body at all.
    const title = ['Về việc công nhận BAN VẬN ĐỘNG LIÊN ĐOÀN QUẦN VỢT'];
    expect(read(document(title, [...body, 'Bạn đọc, bạn bè.'])).title!.value).toBe(title[0]);
    const once = ['Về việc thành lập Hội KHOAM'];
    expect(read(document(once, [...body, 'Khoan nhồi.'])).title!.value).toBe(once[0]);
    expect(read(document(once, [...body, 'Khoan nhồi, khoan nhồi.'])).title!.value).toBe('Về việc thành lập Hội KHOAN');
  });

  it('gives a word of the language read with a mark lost or changed as the body prints it beside the same word', () => {
    // BẠN is a word too; the body prints "Ban vận động" again and again.
    const busy = [...body, 'Ban vận động gồm 5 người; Ban vận động họp; Trưởng Ban vận động ký.'];
    const record = read(document(['Về việc công nhận BẠN VẬN ĐỘNG Hội'], busy));
    expect(record.title!.value).toBe('Về việc công nhận BAN VẬN ĐỘNG Hội');
    expect(record.corrections.filter((c) => c.reason === 'title-word').map((c) => [c.from, c.to])).toEqual([['BẠN', 'BAN']]);
    // Printed once beside it, or as often as the title's reading, the body settles nothing.
    const title = ['Về việc công nhận BẠN VẬN ĐỘNG'];
    expect(read(document(title, [...body, 'Ban vận động gồm 5 người.'])).title!.value).toBe(title[0]);
    expect(read(document(title, [...body, 'Ban vận động, ban vận động; bạn vận động, bạn vận động.'])).title!.value).toBe(title[0]);
  });

  it('leaves out specks a title never prints: an exclamation mark, a low quote, a stop standing alone between words', () => {
    const record = read(document(['Về việc THÀNH! LẬP „Quỹ khuyến học và CTMTQG PCMT : đến năm 2030'], body));
    expect(record.title!.value).toBe('Về việc THÀNH LẬP Quỹ khuyến học và CTMTQG PCMT đến năm 2030');
    // A word whose speck is left out and whose mark is given by the body is one change, where it was printed.
    const marked = read(document(['Về việc công nhận BẠN! VẬN ĐỘNG Hội'], [...body, 'Ban vận động gồm 5 người; Ban vận động họp; Trưởng Ban vận động ký.']));
    expect(marked.title!.value).toBe('Về việc công nhận BAN VẬN ĐỘNG Hội');
    expect(marked.corrections.filter((c) => c.reason === 'title-word').map((c) => [c.from, c.to])).toEqual([['BẠN!', 'BAN']]);
    // Stops set against their word, and dashes, are print.
    const printed = ['Về việc thành lập: Hội Thanh long, nhiệm kỳ 2023 - 2027'];
    expect(read(document(printed, body)).title!.value).toBe(printed[0]);
  });

  it('leaves out a stop between two words the body prints side by side again and again, never with a stop', () => {
    const title = ['Về việc công nhận LIÊN ĐOÀN PICKLEBALL, TỈNH LÂM ĐỒNG'];
    const often = [...body, 'Liên đoàn Pickleball tỉnh Lâm Đồng họp; Liên đoàn Pickleball tỉnh Lâm Đồng báo cáo.'];
    expect(read(document(title, often)).title!.value).toBe('Về việc công nhận LIÊN ĐOÀN PICKLEBALL TỈNH LÂM ĐỒNG');
    // Printed once more with the comma, or not often enough without it, the comma may be print.
    expect(read(document(title, [...often, 'Giải Pickleball, tỉnh Lâm Đồng.'])).title!.value).toBe(title[0]);
    expect(read(document(title, body)).title!.value).toBe(title[0]);
  });

  it('leaves a word as close to two words the body prints as often', () => {
    const title = ['Về việc thành lập Quỹ KHOAM'];
    expect(read(document(title, [...body, 'Khoan nhồi, khoan nhồi, khoan nhồi; khoai lang, khoai lang.'])).title!.value).toBe(title[0]);
    expect(read(document(title, [...body, 'Khoan nhồi, khoan nhồi, khoan nhồi, khoan nhồi, khoan nhồi, khoan nhồi; khoai lang, khoai lang.'])).title!.value).toBe('Về việc thành lập Quỹ KHOAN');
  });

  it('gives a misread word the body does not print the syllable likeliest between its neighbours', () => {
    const plain = ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Điều 1. Giao Sở Nội vụ theo dõi.'];
    const record = read(document(['Về việc QUYỂT toán kinh phí, chương trình PHÁT TRlỂN kinh tế'], plain));
    expect(record.title!.value).toBe('Về việc QUYẾT toán kinh phí, chương trình PHÁT TRIỂN kinh tế');
    expect(record.corrections.filter((c) => c.reason === 'title-word').map((c) => c.to)).toEqual(['QUYẾT', 'TRIỂN']);
  });

  it('leaves names of the Central Highlands, even one letter from a word the body prints', () => {
    const plain = ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Điều 1. Không giao, không thu; Ban Lấp, ban lấp.'];
    const title = ['Về việc thành lập Hội huyện KRÔNG NÔ và ĐẮK R’LẤP, bà H’Vi Êban'];
    expect(read(document(title, plain)).title!.value).toBe(title[0]);
  });

  it('leaves abbreviations, codes and loan words that are no syllable', () => {
    const plain = ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Điều 1. Giao Sở Nội vụ theo dõi.'];
    const title = ['V/v tham mưu HĐND cấp tỉnh về phòng, chống dịch COVID và giải PICKLEBALL'];
    expect(read(document(title, plain)).title!.value).toBe(title[0]);
  });

});

describe('a signer’s name printed in capitals on a scan', () => {
  // Some offices print the name in capitals; OCR loses the marks of capitals most.
  const signed = (name: string) =>
    ['L|ỦY BAN NHÂN DÂN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|Số: 12/QĐ-UBND', 'R|Lâm Đồng, ngày 10 tháng 11 năm 2025', 'QUYẾT ĐỊNH', 'Về việc thành lập Hội', 'Điều 1. Thành lập Hội.', 'L|Nơi nhận:', 'R|TM. ỦY BAN NHÂN DÂN', 'L|- Như Điều 1;', 'R|CHỦ TỊCH', 'L|- Lưu: VT.', `R|${name}`].join('\n');

  it('is read when its family name lost its marks, the marks restored', () => {
    expect(read(signed('NGUYÊN VĂN AN')).signer).toMatchObject({ name: 'Nguyễn Văn An', lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] });
    expect(read(signed('TRÂN THỊ BÌNH')).signer!.name).toBe('Trần Thị Bình');
  });

  it('is no name when its first word spells no family name', () => {
    expect(read(signed('BAN CHẤP HÀNH')).signer!.name).toBeNull();
  });
});

describe('the position lines of a scan’s signature block', () => {
  // Nghị định 30/2020, Phụ lục I: a deputy signs for the head under "KT. <head's position>", and
  // the line under it is the deputy's position (PHÓ …; a minister's deputy is THỨ TRƯỞNG). The
  // seal and the signature are set over those lines, and OCR misreads or loses them there.
  const signed = (block: string[]) =>
    ['L|BỘ CÔNG AN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|Số: 12/BCA-C04', 'R|Hà Nội, ngày 10 tháng 11 năm 2025', 'V/v triển khai kế hoạch', 'Kính gửi: Công an các tỉnh', 'Thực hiện Kế hoạch của Bộ, đề nghị như sau.', 'L|Nơi nhận:', ...block, 'L|- Như trên;', 'L|- Lưu: VT.', 'R|Nguyễn Văn Long'].join('\n');

  it('gives the deputy’s position under KT. when OCR misread it', () => {
    expect(read(signed(['R|KT. BỘ TRƯỞNG', 'R|?|THỨ TRƯỚN'])).signer!.lines).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']);
    expect(read(signed(['R|KT. CỤC TRƯỞNG', 'R|?|RA CỤC TRƯƠNG'])).signer!.lines).toEqual(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG']);
    expect(read(signed(['R|KT. CHỦ TỊCH UBND TỈNH BÌNH THUẬN', 'R|?|PHO CHU TICH'])).signer!.lines).toEqual(['KT. CHỦ TỊCH UBND TỈNH BÌNH THUẬN', 'PHÓ CHỦ TỊCH']);
  });

  it('puts back the deputy’s position lost under the seal when the name is read below it', () => {
    expect(read(signed(['R|KT. GIÁM ĐỐC'])).signer!.lines).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('keeps a longer deputy’s position and a line far from it as read', () => {
    expect(read(signed(['R|KT. CHỦ TỊCH', 'R|PHÓ CHỦ TỊCH THƯỜNG TRỰC'])).signer!.lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']);
    expect(read(signed(['R|KT. GIÁM ĐỐC', 'R|ỦY VIÊN THƯỜNG TRỰC'])).signer!.lines).toEqual(['KT. GIÁM ĐỐC', 'ỦY VIÊN THƯỜNG TRỰC']);
  });

  it('gives a position one letter lost as that position', () => {
    expect(read(signed(['R|TM. BAN CHẤP HÀNH', 'R|?|CH TỊCH'])).signer!.lines).toEqual(['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH']);
    // A head signing in his own name prints his position alone, first (no authority line above it).
    expect(read(signed(['R|?|PHÓ GIÁM ĐỐ'])).signer!.lines).toEqual(['PHÓ GIÁM ĐỐC']);
    expect(read(signed(['R|?|PHÓ CHỦ TỊC'])).signer).toMatchObject({ lines: ['PHÓ CHỦ TỊCH'], authority: null });
  });
});

describe('the signer of a statement signed side by side', () => {
  // A financial statement is signed in a row of blocks (its accountant's, its head's), with no
  // authority line: each block's position stands over its name, in ordinary case, in its column.
  const statement = (positionLine: string) => {
    const raw = scannedPage(
      [
        'L|HIỆP HỘI DOANH NGHIỆP',
        'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'R|BÁO CÁO TÀI CHÍNH NHIỆM KỲ IV (2019-2025)',
        'L|STT',
        'L|1',
        'R|Bình Thuận, ngày 12 tháng 5 năm 2025',
        'R|Kế toán',
        `R|${positionLine}`,
        'R|?|C)',
        'R|Huỳnh Thị Ngọc Chẩn',
        'R|Lê Văn Lợi',
      ].join('\n'),
    );
    // Columns (points): the accountant's block at 300–390, the head's at 440–540.
    const x: Record<string, [number, number]> = { 'Kế toán': [350, 40], 'C)': [447, 12], 'Huỳnh Thị Ngọc Chẩn': [302, 90], 'Lê Văn Lợi': [466, 60], [positionLine]: [441, 95] };
    raw.lines = raw.lines.map((l) => (x[l.text] ? { ...l, x: x[l.text]![0], width: x[l.text]![1] } : l));
    return extractRecord(normalizeDocument(raw), { asOf: '2026-01-01' });
  };

  it('gives the position printed over the name in its column, an abbreviation glued to the next word set apart', () => {
    expect(statement('Phó CTThường trực').signer).toMatchObject({ name: 'Lê Văn Lợi', authority: null, lines: ['Phó CT Thường trực'] });
    expect(statement('Phó Chủ tịch Thường trực').signer!.lines).toEqual(['Phó Chủ tịch Thường trực']);
    // A line over the name that names no position is none.
    expect(statement('Người lập biểu').signer!.lines).toEqual([]);
  });
});

describe('the signer of a person’s đơn', () => {
  // A đơn is signed by the applicant under "Người làm đơn", with no position; the name is written
  // by hand under the signature, and the form states it in its own field.
  const application = (closing: string[], field = 'Họ và tên: Lê Tài') =>
    [
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'R|Độc lập - Tự do - Hạnh phúc',
      'R|Lâm Đồng, ngày 10 tháng 11 năm 2025',
      'R|ĐƠN TỰ NGUYỆN THAM GIA BAN VẬN ĐỘNG',
      'Kính gửi: Ban vận động thành lập Liên đoàn',
      field,
      'Ngày, tháng năm sinh: 10/05/1982',
      'Tôi xin chân thành cảm ơn!',
      ...closing,
    ].join('\n');

  it('is the applicant the form names when the handwritten name was not read', () => {
    expect(read(application(['R|Người làm đơn', 'R|(Ký và ghi rõ họ tên)'])).signer).toMatchObject({ name: 'Lê Tài', lines: ['Người làm đơn'], authority: null });
  });

  it('is the name printed under the block when there is one', () => {
    expect(read(application(['R|Người làm đơn', 'R|(Ký và ghi rõ họ tên)', 'R|Trần Văn Bình'])).signer).toMatchObject({ name: 'Trần Văn Bình' });
  });

  it('takes a name the form prints in capitals, its family name’s lost marks restored', () => {
    const signer = read(application(['R|Người làm đơn'], 'Tôi tên: NGUYÊN TIẾN DŨNG, năm sinh 1985, hiện là công dân Việt Nam')).signer!;
    expect(signer.name).toBe('Nguyễn Tiến Dũng');
    expect(signer.confidence).toBeLessThan(0.9);
  });

  it('names nobody when the form states no name', () => {
    expect(read(application(['R|Người làm đơn'], 'Lý do xin gia nhập: tham gia phong trào')).signer?.name ?? null).toBeNull();
  });

  it('is the applicant who names themself in the first person, under a block signed for a board', () => {
    const signer = read(application(['R|TM. BAN SÁNG LẬP', 'R|TRƯỞNG BAN VẬN ĐỘNG', 'R|?|„'], 'Tôi tên: NGUYÊN TIẾN DŨNG, năm sinh 1985, hiện là công dân Việt Nam')).signer!;
    expect(signer).toMatchObject({ name: 'Nguyễn Tiến Dũng', authority: 'TM' });
    expect(signer.confidence).toBeLessThan(0.9);
    // A name printed under the block stays the signer's; a field in the third person names nobody.
    expect(read(application(['R|TM. BAN SÁNG LẬP', 'R|TRƯỞNG BAN VẬN ĐỘNG', 'R|Trần Văn Bình'], 'Tôi tên: NGUYỄN TIẾN DŨNG, năm sinh 1985')).signer!.name).toBe('Trần Văn Bình');
    expect(read(application(['R|TM. BAN SÁNG LẬP', 'R|TRƯỞNG BAN VẬN ĐỘNG'], 'Họ và tên người được giới thiệu: Lê Tài')).signer!.name).toBeNull();
  });
});

describe('the signer of a personal form', () => {
  // A sơ yếu lý lịch is signed under "Người khai", its declaration printed between the label and
  // the signature; the person states the name in the form's first, numbered field.
  const form = (closing: string[]) =>
    [
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'R|Độc lập - Tự do - Hạnh phúc',
      'SƠ YẾU LÝ LỊCH',
      'R|1) Họ và tên khai sinh (viết chữ in hoa): LÊ TRÍ DŨNG',
      'L|2) Tên gọi khác: Không',
      '3) Sinh ngày 3 tháng 4 năm 1980, Giới tính: Nam',
      'R|Lâm Đồng, ngày 10 tháng 11 năm 2025',
      'R|Người khai',
      'R|Tôi xin cam đoan những lời khai trên đây là đúng sự thật, nếu',
      'R|có điều gì không đúng tôi xin chịu trách nhiệm trước pháp luật',
      'R|về lời khai của mình',
      'R|(Ký tên, ghi rõ họ tên)',
      ...closing,
    ].join('\n');

  it('is the name under the declaration, past the signature’s specks', () => {
    expect(read(form(['R|?|“/2Áx—', 'R|?|"on', 'R|Trần Nguyễn Hoài Lâm'])).signer).toMatchObject({ name: 'Trần Nguyễn Hoài Lâm', lines: ['Người khai'] });
  });

  it('is the name of the form’s numbered field when none is read under the block', () => {
    expect(read(form(['R|?|“/2Áx—'])).signer).toMatchObject({ name: 'Lê Trí Dũng', lines: ['Người khai'] });
  });
});

describe('a form dated over its signature without a place', () => {
  // A personal form (sơ yếu lý lịch, bản khai) has no header of its own: it is dated at its end,
  // over "Người khai", where the filler often writes only the date, leaving the place blank.
  const form = (dateLine: string) =>
    [
      'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'R|Độc lập - Tự do - Hạnh phúc',
      'SƠ YẾU LÝ LỊCH',
      '1) Họ và tên khai sinh: Trần Văn Bình',
      '2) Sinh ngày 3 tháng 4 năm 1980, Giới tính: Nam',
      // The form's questions, answered, fill its pages.
      ...Array.from({ length: 50 }, (_, i) => `${i + 3}) Câu hỏi của mẫu: Không`),
      'L|Mẹ',
      'L|Phạm Thị Hoa',
      `R|${dateLine}`,
      'R|Người khai',
      'R|(Ký tên, ghi rõ họ tên)',
      'R|Trần Văn Bình',
    ].join('\n');

  it('takes the date alone on its line, less surely than a place/date line', () => {
    const alone = read(form('Ngày 10 tháng 11 năm 2025'), [], false);
    expect(alone.date).toMatchObject({ iso: '2025-11-10' });
    expect(alone.place).toBeNull();
    expect(alone.date!.confidence).toBeLessThan(read(form('Lâm Đồng, ngày 10 tháng 11 năm 2025'), [], false).date!.confidence);
  });

  it('takes no sentence that opens with a date', () => {
    expect(read(form('Ngày 10 tháng 11 năm 2025, tôi được kết nạp vào Hội')).date).toBeNull();
  });
});

describe('Nơi nhận whose heading and authority line a scan lost', () => {
  // Nghị định 30/2020, Phụ lục I: Nơi nhận stands bottom left, its items dashed, the last the
  // archive item "- Lưu: VT, …". On a scan the small bold italic heading goes under a seal and the
  // authority line under the signature; the list and its archive item are still printed.
  const closing = (block: string[]) =>
    ['L|CÔNG AN TỈNH LÂM ĐỒNG', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|Số: 289/TTr-CAT-PC06', 'R|Lâm Đồng, ngày 22 tháng 10 năm 2025', 'TỜ TRÌNH', 'Đề nghị ban hành báo cáo kết quả tháng 10', 'Kính gửi: Lãnh đạo UBND tỉnh.', 'Công an tỉnh kính trình Lãnh đạo UBND tỉnh xem xét, ký ban hành./.', ...block, 'R|Nguyễn Văn Long'].join('\n');

  it('is the dashed list that ends with the archive item, specks beside it passed over', () => {
    const record = read(closing(['L|?|nhận:', 'L|- Như kính gửi;', 'R|?|mm', 'L|- Đ/c Phó Giám đốc Công an tỉnh;', 'R|?|QUÔ-', 'L|- Sở Tư pháp tỉnh Lâm Đồng:', 'L|- Lưu: VT, PC06.']));
    expect(record.recipients.map((r) => r.name)).toEqual(['Như kính gửi', 'Đ/c Phó Giám đốc Công an tỉnh', 'Sở Tư pháp tỉnh Lâm Đồng']);
    expect(record.archive?.value).toBe('Lưu: VT, PC06.');
    expect(record.signer?.name).toBe('Nguyễn Văn Long');
  });

  it('is nothing without the archive item: a dashed list of the body is no Nơi nhận', () => {
    const record = read(closing(['L|- Báo cáo kết quả tháng 10;', 'L|- Dự thảo văn bản của UBND tỉnh.']));
    expect(record.recipients).toEqual([]);
    expect(record.archive).toBeNull();
  });

  it('is nothing when the last item is a note, not the archive (Lưu ý)', () => {
    expect(read(closing(['L|- Như kính gửi;', 'L|- Lưu ý: gửi trước ngày 30.'])).recipients).toEqual([]);
  });
});

describe('the issuer block of a scan read twice', () => {
  // Printed lines of the header stand a line's height apart (Nghị định 30/2020, Phụ lục I). A
  // phone's photo can have one of them read twice, the second reading weaker and a fraction of a
  // line off the first.
  const photo = (rows: Array<[string, number, number, number, number]>, ocr = true) => {
    const raw = scannedPage(rows.map(([t]) => t).join('\n'));
    raw.lines = raw.lines.map((l, i) => {
      const [, y, x, confidence, fontSize] = rows[i]!;
      return { ...l, y, x, width: l.text.length * 8, fontSize, confidence: ocr ? confidence : undefined, column: x < 280 ? ('left' as const) : ('right' as const) };
    });
    return extractRecord(normalizeDocument(raw), { asOf: '2026-01-01' });
  };
  const rest: Array<[string, number, number, number, number]> = [
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 66, 300, 0.9, 17],
    ['Số: 416/TTr-CAT(PC04)', 122, 90, 0.9, 16],
    ['Lâm Đồng, ngày 28 tháng 11 năm 2025', 122, 320, 0.9, 16],
    ['TỜ TRÌNH', 171, 285, 0.95, 16],
    ['Về việc đề nghị ban hành văn bản', 199, 76, 0.9, 16],
    ['Kính gửi: Văn phòng Ủy ban nhân dân tỉnh', 301, 150, 0.95, 16],
  ];

  it('keeps the surer reading of a line read twice', () => {
    const record = photo([['BỘ CÔNG AN', 66, 119, 0.89, 18], ['CÔNG AM TĨNH I ÂN', 77, 71, 0.32, 20], ['CÔNG AN TỈNH LÂM ĐỒNG', 87, 73, 0.77, 17], ...rest]);
    expect(record.issuer?.lines).toEqual(['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG']);
  });

  it('keeps two lines a line apart, and two close lines that spell different names', () => {
    expect(photo([['BỘ CÔNG AN', 66, 119, 0.89, 18], ['CÔNG AN TỈNH LÂM ĐỒNG', 87, 73, 0.77, 17], ...rest]).issuer?.lines).toEqual(['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG']);
    expect(photo([['BỘ CÔNG AN', 66, 119, 0.89, 18], ['CỤC CẢNH SÁT ĐIỀU TRA', 77, 71, 0.5, 20], ['TỘI PHẠM VỀ MA TÚY', 87, 73, 0.77, 17], ...rest]).issuer?.lines).toEqual(['BỘ CÔNG AN', 'CỤC CẢNH SÁT ĐIỀU TRA', 'TỘI PHẠM VỀ MA TÚY']);
  });
});

describe('an outline sent with a letter', () => {
  // An outline (đề cương) of a report to write has no type of Nghị định 30/2020: its heading stands
  // where a type line would, its title under it, then the note naming the letter that carries it.
  const outline = (heading: string) =>
    [heading, 'Báo cáo tổng kết công tác phòng, chống ma túy năm 2025', 'và phương hướng nhiệm vụ năm 2026', '(Gửi kèm Công văn số 5240/BCA-V01 ngày 23/11/2025 của Bộ Công an)', 'Phần thứ nhất', 'TÌNH HÌNH, KẾT QUẢ CÔNG TÁC NĂM 2025', 'I. Tình hình'].join('\n');

  it('is titled by the lines under its heading, up to the note that names the letter', () => {
    for (const heading of ['ĐỀ CƯƠNG', 'ĐÈ CƯƠNG', '?|DE CƯƠNG']) {
      const record = read(outline(heading));
      expect(record.title?.value).toBe('Báo cáo tổng kết công tác phòng, chống ma túy năm 2025 và phương hướng nhiệm vụ năm 2026');
      expect(record.docType).toBeNull();
      expect(record.issuer).toBeNull();
    }
  });
});

describe('the addressees of a scanned form', () => {
  // A form addressed on the "Kính gửi" line goes on with its parts, each headed by a line ending in
  // a colon ("Thông tin cá nhân:"); an addressee's name ends with ";", "." or nothing.
  const form = (next: string) =>
    ['R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'R|Lâm Đồng, ngày 10 tháng 11 năm 2025', 'ĐƠN TỰ NGUYỆN THAM GIA BAN VẬN ĐỘNG', 'Kính gửi: Ban vận động thành lập liên đoàn Pickleball tỉnh Lâm Đồng', next, 'Họ và tên: Lê Tài', 'Quê quán: Thành phố Huế'].join('\n');

  it('ends before a heading of the form’s part, dashed or not', () => {
    for (const heading of ['Thông tin cá nhân:', '-. Thông tin cá nhân:']) expect(read(form(heading)).addressees.map((a) => a.name)).toEqual(['Ban vận động thành lập liên đoàn Pickleball tỉnh Lâm Đồng']);
  });

  it('keeps a wrapped name and an agency whose ";" was read as ":"', () => {
    const letter = ['L|SỞ NỘI VỤ', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|Số: 12/SNV-TCBC', 'R|Lâm Đồng, ngày 10 tháng 11 năm 2025', 'V/v góp ý dự thảo', 'Kính gửi:', '- Sở Tư pháp tỉnh Lâm Đồng:', '- Sở Tài chính tỉnh Lâm Đồng.', 'Sở Nội vụ đề nghị các sở góp ý dự thảo.'].join('\n');
    expect(read(letter).addressees.map((a) => a.name)).toEqual(['Sở Tư pháp tỉnh Lâm Đồng', 'Sở Tài chính tỉnh Lâm Đồng']);
  });
});

describe('a position line a pen’s stroke crossed', () => {
  // The deputy's position under "KT." (Nghị định 30/2020, Phụ lục I) is never printed after a dash;
  // on a scan, a dash before it in the signature's column is the signature's stroke.
  const signed = (position: string, name = 'R|Hồ Dũng Nhật') =>
    ['L|ỦY BAN NHÂN DÂN', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|TỈNH BÌNH THUẬN', 'L|Số: 12/QĐ-UBND', 'R|Phan Thiết, ngày 24 tháng 10 năm 2003', 'QUYẾT ĐỊNH', 'Về việc cho phép thành lập Hiệp hội', 'Điều 1. Cho phép thành lập Hiệp hội.', 'R|KT. CHỦ TỊCH UBND TỈNH BÌNH THUẬN', 'L|Nơi nhận:', `R|?|${position}`, 'L|- Bộ Nội vụ;', 'L|- Lưu: VT.', name].join('\n');

  it('is still the position, with the name under the seal read or not', () => {
    expect(read(signed('-PHÓ CHỦ TỊCH THƯỜNG TRỰC')).signer).toMatchObject({ authority: 'KT', lines: ['KT. CHỦ TỊCH UBND TỈNH BÌNH THUẬN', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'], name: 'Hồ Dũng Nhật' });
    expect(read(signed('-PHÓ CHỦ TỊCH', 'R|?|P]“SS:;')).signer).toMatchObject({ lines: ['KT. CHỦ TỊCH UBND TỈNH BÌNH THUẬN', 'PHÓ CHỦ TỊCH'], name: null });
  });

  it('is no position when it names none', () => {
    expect(read(signed('- BỘ NỘI VỤ', 'R|?|P]“SS:;')).signer!.lines).toEqual(['KT. CHỦ TỊCH UBND TỈNH BÌNH THUẬN']);
  });
});

describe('a cited number a scan read with a speck', () => {
  // A speck read as a digit beside a running number ("285/QĐ-TTg") gives a number the document
  // cites nowhere else, with the same symbol, date and issuer as one it cites again and again.
  const minutes = (numbers: string[], ocr = true) => {
    const raw = scannedPage(['L|HỘI ĐỒNG THẨM ĐỊNH', 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'R|Lâm Đồng, ngày 18 tháng 12 năm 2025', 'BIÊN BẢN', 'Về việc đánh giá địa bàn', ...numbers.map((n) => `Căn cứ Quyết định số ${n} ngày 24/8/2025 của Thủ tướng Chính phủ;`), 'Hội đồng đã họp.'].join('\n'));
    return extractRecord(normalizeDocument(ocr ? { ...raw, ocr: { engine: 'test', confidence: 0.9, pages: [] } } : raw), { asOf: '2026-01-01' });
  };

  it('is the number cited more often', () => {
    expect(minutes(['28/QĐ-TTg', '285/QĐ-TTg', '28/QĐ-TTg']).citations.map((c) => c.number)).toEqual(['28/QĐ-TTg']);
    expect(minutes(['28/QĐ-TTg', '28/QĐ-TTg', '2/QĐ-TTg']).citations.map((c) => c.number)).toEqual(['28/QĐ-TTg']);
  });

  it('leaves numbers a digit apart (signed the same day), numbers cited as often, and typed text', () => {
    expect(minutes(['1743/QĐ-TTg', '1744/QĐ-TTg', '1744/QĐ-TTg']).citations.map((c) => c.number)).toEqual(['1743/QĐ-TTg', '1744/QĐ-TTg']);
    expect(minutes(['28/QĐ-TTg', '285/QĐ-TTg']).citations.map((c) => c.number)).toEqual(['28/QĐ-TTg', '285/QĐ-TTg']);
    expect(minutes(['28/QĐ-TTg', '285/QĐ-TTg', '28/QĐ-TTg'], false).citations.map((c) => c.number)).toEqual(['28/QĐ-TTg', '285/QĐ-TTg']);
  });
});
