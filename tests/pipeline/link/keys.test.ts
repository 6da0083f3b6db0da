import { describe, expect, it } from 'vitest';
import { documentProvince, isCentralSymbol, provinceIn } from '../../../pipeline/core/places.js';
import { citationKey, documentIssued, documentKey } from '../../../pipeline/link/keys.js';
import type { CitationField } from '../../../pipeline/core/record.js';
import { recordFromText } from '../../helpers.js';

const citation = (number: string | null, date: string | null, issuer: string | null, name: string | null = null): CitationField => ({
  type: 'Kế hoạch', number, name, date, issuer, relation: 'refers', mentions: [[0, 1]], confidence: 0.9,
});

describe('document identity', () => {
  it('tells central symbols from local ones', () => {
    for (const s of ['CT/TW', 'HD/BTGTW', '2020/NĐ-CP', 'CT-TTg', '2025/QH15', '2025/UBTVQH15', 'TT-BTC', '2025/TT-BNNMT', 'TTr-MTTW-BTT']) expect(isCentralSymbol(s), s).toBe(true);
    for (const s of ['KH/TU', 'KH-UBND', 'KH-STTTT', 'KH-MTTQ-BTT', 'CV-BCĐ', 'HD/BTGTU', 'KH-BCĐCVĐTP', '']) expect(isCentralSymbol(s), s).toBe(false);
  });

  it('finds the province a name mentions, the longest name first', () => {
    expect(provinceIn('Ủy ban nhân dân tỉnh Thừa Thiên Huế')).toBe('Thừa Thiên Huế');
    expect(provinceIn('Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu')).toBe('Bà Rịa - Vũng Tàu');
    expect(provinceIn('Thành ủy Hà Nội')).toBe('Hà Nội');
    expect(provinceIn('Bộ Tài chính')).toBeNull();
  });

  it('keys citations so that local symbols are told apart by province and central ones are not', () => {
    expect(citationKey(citation('37-KH/TU', '2021-10-25', null), 'Thái Nguyên')).toBe('37-KH/TU|2021|Thái Nguyên');
    expect(citationKey(citation('76-KH/TU', '2021-08-25', 'ban Thường vụ Tỉnh ủy Cao Bằng'), 'Thái Nguyên')).toBe('76-KH/TU|2021|Cao Bằng');
    expect(citationKey(citation('03-CT/TW', '2021-05-19', 'Ban Bí thư'), 'Sơn La')).toBe('03-CT/TW|2021|');
    expect(citationKey(citation('28/CT-TTg', '2021-10-26', null), 'Sơn La')).toBe('28/CT-TTG|2021|');
    // The year comes from the symbol when no date is written; Đ and case are folded.
    expect(citationKey(citation('30/2020/NĐ-CP', null, null), null)).toBe('30/2020/ND-CP|2020|');
    expect(citationKey(citation(null, '2015-06-19', null, 'Luật Tổ chức chính quyền địa phương'), null)).toBe('name:luat to chuc chinh quyen dia phuong|2015');
    expect(citationKey(citation(null, null, null), null)).toBeNull();
  });

  it('keys documents the same way, so a citation finds the document it names', async () => {
    const local = await recordFromText('TỈNH ỦY THÁI NGUYÊN\nSố 37-KH/TU\nThái Nguyên, ngày 25 tháng 10 năm 2021\nKẾ HOẠCH\nThực hiện Chỉ thị\nI. MỤC ĐÍCH\nNội dung.');
    expect(documentProvince(local)).toBe('Thái Nguyên');
    expect(documentKey(local)).toBe(citationKey(citation('37-KH/TU', '2021-10-25', null), 'Thái Nguyên'));
    const central = await recordFromText('CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\nNGHỊ ĐỊNH\nVề công tác văn thư\nĐiều 1. Phạm vi.');
    expect(documentProvince(central)).toBeNull();
    expect(documentKey(central)).toBe(citationKey(citation('30/2020/NĐ-CP', '2020-03-05', 'Chính phủ'), 'Sơn La'));
  });

  it('keys unnumbered copies by symbol, year, province and title, and gives the date as precisely as printed', async () => {
    const draft = await recordFromText('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN\nSố: /KH-STTTT\nThái Nguyên, ngày tháng 02 năm 2022\nKẾ HOẠCH\nTuyên truyền năm 2022\nI. MỤC ĐÍCH\nNội dung.');
    expect(documentKey(draft)).toBe('unnumbered:KH|2022|Thái Nguyên|tuyen truyen nam 2022');
    // A scan's OCR that slips in the issuer's part of the symbol still keys the same document.
    const misread = await recordFromText('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN\nSố: /KH-STTT\nThái Nguyên, ngày tháng 02 năm 2022\nKẾ HOẠCH\nTuyên truyền năm 2022\nI. MỤC ĐÍCH\nNội dung.');
    expect(documentKey(misread)).toBe(documentKey(draft));
    expect(documentIssued(draft)).toBe('2022-02');
  });
});
