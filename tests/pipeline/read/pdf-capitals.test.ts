import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { TCVN3_FROM_A1 } from '../../../data/legacy-encodings.js';
import { normalizeDocument } from '../../../normalizers/index.js';
import { readBuffer } from '../../../pipeline/read/index.js';
import { isTcvn3CapitalsFont, stringsByFont } from '../../../pipeline/read/pdf-capitals.js';

/**
 * A PDF typed in TCVN3 fonts: the header in `.VnTimeH`, which draws the small letters' codes as
 * capitals (so it is typed small), the body in `.VnTime`. Every text layer gives the header small;
 * the reader reads it as the page shows it, in capitals.
 */

/** Unicode → TCVN3 bytes shown as Windows-1252 text (small letters only, as typed for an H font). */
function tcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => {
    const at = TCVN3_FROM_A1.indexOf(ch);
    return at >= 0 ? String.fromCharCode(0xa1 + at) : ch;
  }).join('');
}

async function tcvn3Pdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const capitals = await pdf.embedFont(StandardFonts.TimesRoman);
  const body = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const page = pdf.addPage([595, 842]);
  page.drawText(tcvn3('ủy ban nhân dân'), { x: 60, y: 780, size: 12, font: capitals });
  page.drawText(tcvn3('cộng hòa xã hội chủ nghĩa việt nam'), { x: 300, y: 780, size: 12, font: capitals });
  page.drawText(tcvn3('quyết định'), { x: 250, y: 700, size: 14, font: capitals });
  page.drawText(tcvn3('chủ tịch ủy ban nhân dân tỉnh bà rịa-vũng tàu'), { x: 60, y: 720, size: 12, font: capitals });
  page.drawText(tcvn3('Về việc giao chỉ tiêu kế hoạch năm 2025 cho các đơn vị'), { x: 60, y: 680, size: 13, font: body });
  page.drawText(tcvn3('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'), { x: 60, y: 650, size: 13, font: body });
  await pdf.flush();
  // The fonts as a Word export of a TCVN3 document names them.
  for (const [font, name] of [[capitals, '.VnTimeH'], [body, '.VnTime']] as const) {
    (pdf.context.lookup(font.ref) as PDFDict).set(PDFName.of('BaseFont'), PDFName.of(name));
  }
  return Buffer.from(await pdf.save());
}

describe('PDF text drawn in a TCVN3 capitals font', () => {
  it('names the capitals fonts: .VnTimeH, .VnArialH, subset and style suffixes, not .VnTime', () => {
    expect(['.VnTimeH', 'ABCDEF+.VnArialH', '.VnTimeH,Bold', '#2EVnTimeH'].map(isTcvn3CapitalsFont)).toEqual([true, true, true, true]);
    expect(['.VnTime', 'VnTimes New Roman', 'Times New Roman', 'Helvetica'].map(isTcvn3CapitalsFont)).toEqual([false, false, false, false]);
  });

  it('tells which font showed each string of a content stream', () => {
    const shown = stringsByFont('BT /F1 12 Tf 60 780 Td (c\\351ng hoa) Tj /F2 13 Tf [(V\\(\\)) -20 (<) 5 (x)] TJ <414243> Tj ET');
    expect(Object.fromEntries(shown)).toEqual({ F1: ['c\u00e9ng hoa'], F2: ['V()<x', 'ABC'] });
  });

  it('reads the header in capitals and the body as typed', async () => {
    const raw = await readBuffer(await tcvn3Pdf(), 'tcvn3.pdf');
    const doc = normalizeDocument(raw);
    const lines = doc.text.split('\n');
    expect(lines).toContain('ỦY BAN NHÂN DÂN');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('QUYẾT ĐỊNH');
    expect(lines).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU');
    expect(lines).toContain('Về việc giao chỉ tiêu kế hoạch năm 2025 cho các đơn vị');
    expect(lines).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
  });
});
