import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../pipeline/read/pdf.js';
import { parseToUnicode, repairToUnicode, spacedGlyphs } from '../../../pipeline/read/pdf-tounicode.js';

/**
 * A ToUnicode map that sends capitals to a space (`<002B> <0020>`), as some signing tools write
 * it: every reader then drops those letters ("Sở ội vụ"). The drawn glyph is still the letter,
 * and the embedded font's own character map (or the standard TrueType glyph order) says which.
 */

const fontFile = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSerif.ttf');
const TEXT = ['ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', 'SỞ TÀI CHÍNH', 'Kính gửi: Sở Nội vụ và Hiệp hội Doanh nghiệp tỉnh'];
/** Letters the broken map sends to a space: ASCII capitals and capitals with marks. */
const BROKEN = ['H', 'N', 'D', 'T', 'Ỉ', 'Ở'];

/** A PDF of TEXT in an embedded TrueType font (Identity-H), its ToUnicode map broken for BROKEN. */
async function brokenMapPdf(broken: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(fontFile), { subset: false });
  const page = pdf.addPage([595, 842]);
  TEXT.forEach((line, i) => page.drawText(line, { x: 60, y: 760 - 24 * i, size: 13, font }));
  await pdf.flush();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const ref = object.get(PDFName.of('ToUnicode')) as PDFRef;
    const stream = pdf.context.lookup(ref) as PDFRawStream;
    let cmap = Buffer.from(inflateSync(stream.getContents())).toString('latin1');
    for (const letter of broken) {
      const hex = letter.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      cmap = cmap.replace(new RegExp(`(<[0-9a-f]{4}>[ \\t]+)<${hex}>`, 'gi'), '$1<0020>');
    }
    pdf.context.assign(ref, pdf.context.flateStream(cmap));
  }
  return Buffer.from(await pdf.save());
}

describe('ToUnicode maps that send capitals to a space', () => {
  it('reads the letters from the embedded font, in object streams or not', async () => {
    const buf = await brokenMapPdf(BROKEN);
    // What a reader makes of the map as written: the capitals are gone.
    expect(repairToUnicode(Buffer.alloc(0)).restored).toBe(0);
    const repaired = repairToUnicode(buf);
    expect(repaired.restored).toBe(BROKEN.length);
    expect(repaired.buf.length).toBe(buf.length);
    const read = await readPdf(buf);
    for (const line of TEXT) expect(read.rawText).toContain(line);
    expect(read.messages.some((m) => m.message.includes('read 6 letter'))).toBe(true);
  });

  it('leaves a sound map and its file untouched', async () => {
    const buf = await brokenMapPdf([]);
    const repaired = repairToUnicode(buf);
    expect(repaired.restored).toBe(0);
    expect(repaired.buf).toBe(buf);
  });

  it('reads the standard glyph order when the map’s own letters follow it, and only then', () => {
    // Times New Roman, Arial: glyph id = ASCII code − 29; here H (43) and N (49) are sent to a space.
    const entries = (spaced: number[], shift = 29) =>
      Array.from({ length: 60 }, (_, i) => i + 36)
        .map((gid) => `<${gid.toString(16).padStart(4, '0')}> <${(spaced.includes(gid) ? 0x20 : gid + shift).toString(16).padStart(4, '0')}>`)
        .join('\n');
    const cmap = (body: string) => `begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n60 beginbfchar\n${body}\nendbfchar\nendcmap`;
    expect([...spacedGlyphs(parseToUnicode(cmap(entries([43, 49]))))]).toEqual([[43, 'H'], [49, 'N']]);
    // A font whose glyphs are in another order proves nothing about its spaced glyphs.
    expect(spacedGlyphs(parseToUnicode(cmap(entries([43, 49], 40)))).size).toBe(0);
  });

  it('reads bfrange arrays and base ranges', () => {
    const map = parseToUnicode('beginbfrange\n<0024> <0026> [<0041> <0020> <0043>]\n<0044> <0046> <0061>\nendbfrange');
    expect([...map].map(([code, e]) => [code, e.text])).toEqual([[36, 'A'], [37, ' '], [38, 'C'], [68, 'a'], [69, 'b'], [70, 'c']]);
  });
});
