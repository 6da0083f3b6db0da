import { describe, expect, it } from 'vitest';
import { scannedPage } from '../helpers.js';
import { extractRecord } from '../../extractors/index.js';
import { withAbbreviationsSnapped } from '../../extractors/issuer.js';
import { normalizeDocument } from '../../normalizers/index.js';

/**
 * Variants written from the conventions (Nghị định 30/2020, Phụ lục I and III: the issuer block
 * prints its parent body shortened, UBND, HĐND, MTTQ): a scan's misreading of such an
 * abbreviation by one letter is that abbreviation; words of the language and other codes stay.
 */
const read = (text: string) => extractRecord(normalizeDocument(scannedPage(text)), { asOf: '2026-01-01' });

describe('an abbreviation of the issuer block OCR misread by one letter', () => {
  const record = (parent: string) =>
    read([`L|${parent}`, 'R|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'L|SỞ NỘI VỤ', 'R|Độc lập - Tự do - Hạnh phúc', 'L|Số: 45/TB-SNV', 'R|Đà Lạt, ngày 5 tháng 3 năm 2026', 'THÔNG BÁO', 'Kết quả tuyển dụng công chức năm 2025', 'Sở Nội vụ thông báo kết quả như sau.'].join('\n'));

  it.each(['UBNB TỈNH LÂM ĐỒNG', 'UBNĐ TỈNH LÂM ĐỒNG', 'UBMD TỈNH LÂM ĐỒNG'])('%s names the issuer as UBND does, and is said', (parent) => {
    const r = record(parent);
    expect(r.issuer?.name).toBe('Sở Nội vụ tỉnh Lâm Đồng');
    // The lines stay as printed (a misprint is possible: the warning asks to check).
    expect(r.issuer?.lines[0]).toBe(parent);
    expect(r.warnings.some((w) => w.includes('UBND'))).toBe(true);
  });

  it('is left as printed when it is a known code, a word, or near two abbreviations', () => {
    expect(withAbbreviationsSnapped('UBKT HUYỆN ỦY').text).toBe('UBKT HUYỆN ỦY');
    expect(withAbbreviationsSnapped('HĐQL QUỸ KHUYẾN HỌC').text).toBe('HĐQL QUỸ KHUYẾN HỌC');
    expect(withAbbreviationsSnapped('TỈNH BÌNH THUẬN').text).toBe('TỈNH BÌNH THUẬN');
    expect(withAbbreviationsSnapped('BCH ĐOÀN TỈNH').text).toBe('BCH ĐOÀN TỈNH');
  });

  it('puts right the Front’s and the councils’ abbreviations too', () => {
    expect(withAbbreviationsSnapped('HĐNĐ HUYỆN ĐỨC TRỌNG')).toEqual({ text: 'HĐND HUYỆN ĐỨC TRỌNG', snapped: [{ from: 'HĐNĐ', to: 'HĐND' }] });
    expect(withAbbreviationsSnapped('UB MTTO TỈNH').text).toBe('UB MTTQ TỈNH');
  });

  it('leaves a typed header as it is', () => {
    const typed = normalizeDocument(scannedPage(['L|UBNB TỈNH LÂM ĐỒNG', 'L|SỞ NỘI VỤ', 'L|Số: 45/TB-SNV', 'R|Đà Lạt, ngày 5 tháng 3 năm 2026', 'THÔNG BÁO', 'Kết quả tuyển dụng', 'Sở Nội vụ thông báo.'].join('\n')));
    const asTyped = { ...typed, source: { ...typed.source, ocr: false }, lines: typed.lines.map(({ confidence: _c, ...l }) => l) };
    expect(extractRecord(asTyped, { asOf: '2026-01-01' }).issuer?.name).not.toBe('Sở Nội vụ tỉnh Lâm Đồng');
  });
});
