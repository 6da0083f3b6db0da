import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../extractors/document-number.js';
import { findDate } from '../../extractors/dates.js';

describe('parseDocumentNumber', () => {
  const cases: Array<[string, string | null, string, string]> = [
    ['15/QĐ-UBND', '15', 'QĐ-UBND', 'state'],
    ['249/2025/NĐ-CP', '249', '2025/NĐ-CP', 'state'],
    ['36-HD/VPTW', '36', 'HD/VPTW', 'party'],
    ['03- CT/TW', '03', 'CT/TW', 'party'],
    ['234/KH-MTTQ-BTT', '234', 'KH-MTTQ-BTT', 'front'],
    ['36/TTr-MTTW-BTT', '36', 'TTr-MTTW-BTT', 'front'],
    ['/KH - STTTT', null, 'KH-STTTT', 'state'],
    ['/2025/TT-BNNMT', null, '2025/TT-BNNMT', 'state'],
    ['05/BNV-VP', '05', 'BNV-VP', 'state'],
    ['1400 – CV/VPTU', '1400', 'CV/VPTU', 'party'],
    ['05-QC/BTCTU-BDVTU', '05', 'QC/BTCTU-BDVTU', 'party'],
    ['01/2011/TT-BNV', '01', '2011/TT-BNV', 'state'],
    ['30/2020/ND-CP', '30', '2020/NĐ-CP', 'state'],
    ['66.15/2026/NQ-CP', '66.15', '2026/NQ-CP', 'state'],
    ['106/2025/UBTVQH15', '106', '2025/UBTVQH15', 'state'],
    // Party forms, joint and 2011-era symbols, công văn symbols, Đ read as D.
    ['18-NQ/TW', '18', 'NQ/TW', 'party'],
    ['08-QĐi/TW', '08', 'QĐi/TW', 'party'],
    ['08-QDi/TW', '08', 'QĐi/TW', 'party'],
    ['123-TB/TU', '123', 'TB/TU', 'party'],
    ['12 - HD/BTGTU', '12', 'HD/BTGTU', 'party'],
    ['01-KL/TW', '01', 'KL/TW', 'party'],
    ['45/BC-MTTQ-BTT', '45', 'BC-MTTQ-BTT', 'front'],
    ['12/CTr-MTTQ-BTT', '12', 'CTr-MTTQ-BTT', 'front'],
    ['01/2011/TTLT-BTC-BNV', '01', '2011/TTLT-BTC-BNV', 'state'],
    ['24/2011/TT-BTTTT', '24', '2011/TT-BTTTT', 'state'],
    ['15/2011/QH13', '15', '2011/QH13', 'state'],
    ['1234/UBND-VX', '1234', 'UBND-VX', 'state'],
    ['123/SNV-TCBC', '123', 'SNV-TCBC', 'state'],
    ['28/CT-TTg', '28', 'CT-TTg', 'state'],
    ['05/TTr-UBND', '05', 'TTr-UBND', 'state'],
    ['12/HĐND-VP', '12', 'HĐND-VP', 'state'],
    ['12/HDND-VP', '12', 'HĐND-VP', 'state'],
    ['99/ĐĐ-ĐUK', '99', 'ĐĐ-ĐUK', 'state'],
    // A sub-unit's code in brackets after its unit's (Công an: the drafting office).
    ['409/TTr-CAT(PC04)', '409', 'TTr-CAT(PC04)', 'state'],
    ['1413/CAT-PC04(Đ1)', '1413', 'CAT-PC04(Đ1)', 'state'],
    // A provincial body's code with its place's code after a dot.
    ['03/BC-LĐVTCT.LĐ', '03', 'BC-LĐVTCT.LĐ', 'state'],
  ];
  for (const [printed, seq, symbol, system] of cases) {
    it(`parses ${printed}`, () => {
      const n = parseDocumentNumber(printed)!;
      expect(n).not.toBeNull();
      expect([n.seq, n.symbol, n.system]).toEqual([seq, symbol, system]);
    });
  }
  it('rejects what is not a number', () => {
    expect(parseDocumentNumber('2021 - 2026')).toBeNull();
    expect(parseDocumentNumber('kinh tế - xã hội')).toBeNull();
    // A number ending a sentence keeps its dot out of the symbol.
    expect(parseDocumentNumber('15/QĐ-UBND.')).toMatchObject({ symbol: 'QĐ-UBND' });
  });
  it('knows the type code and issuer codes', () => {
    expect(parseDocumentNumber('37-KH/TU')).toMatchObject({ typeCode: 'KH', issuerCodes: ['TU'] });
    expect(parseDocumentNumber('/KH-SVHTTDL')).toMatchObject({ typeCode: 'KH', issuerCodes: ['SVHTTDL'] });
  });
});

describe('findDate', () => {
  it('reads worded, numeric, Party-style and partial dates', () => {
    expect(findDate('Sơn La, ngày 24 tháng 5 năm 2022')).toMatchObject({ day: 24, month: 5, year: 2022, iso: '2022-05-24' });
    expect(findDate('ngày 19/5/2021 của Ban Bí thư')).toMatchObject({ iso: '2021-05-19' });
    expect(findDate('ngày 01-10-1997')).toMatchObject({ iso: '1997-10-01' });
    expect(findDate('Thái Nguyên, ngày tháng 02 năm 2022')).toMatchObject({ day: null, month: 2, year: 2022, iso: null });
    expect(findDate('ngày 16 tháng năm 2020')).toMatchObject({ day: 16, month: null, year: 2020 });
  });
});
