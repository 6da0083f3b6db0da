import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFString, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../pipeline/read/pdf.js';

/**
 * A document signed electronically (Nghị định 30/2020, Phụ lục I: the number and the date of a
 * digital document are stamped when it is signed) carries its number after `Số:` and its day after
 * `ngày` in signature fields: short widgets whose appearance streams draw the digits over the
 * printed blanks. The text is in the appearance, not in the page content.
 */

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** A signature widget at (x, y) (points from the bottom-left) whose appearance draws `text`. */
function stampField(doc: PDFDocument, page: PDFPage, font: PDFFont, fontRef: PDFRef, x: number, y: number, text: string, height = 20): void {
  const width = 40;
  const name = 'F1';
  const content = `BT /${name} 13 Tf 2 5 Td <${font.encodeText(text).toString().replace(/[<>]/g, '')}> Tj ET`;
  const stream = doc.context.stream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    Resources: { Font: { [name]: fontRef } },
  });
  const appearance = doc.context.register(stream);
  const widget = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    F: 4,
    T: PDFString.of(`Signature${x}`),
    Rect: [x, y, x + width, y + height],
    AP: { N: appearance },
    P: page.ref,
  });
  const ref = doc.context.register(widget);
  page.node.addAnnot(ref);
  const form = doc.catalog.getOrCreateAcroForm();
  form.addField(ref);
}

async function signedPdf(stamps: Array<{ x: number; y: number; text: string; height?: number }>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(join(fontDir, 'DejaVuSans.ttf')), { subset: false });
  const page = doc.addPage([595, 842]);
  const lines = [
    ['ỦY BAN NHÂN DÂN', 70, 780],
    ['TỈNH LÂM ĐỒNG', 75, 764],
    ['Số:', 70, 740],
    ['/QĐ-UBND', 140, 740],
    ['Lâm Đồng, ngày', 300, 740],
    ['tháng 4 năm 2026', 450, 740],
    ['QUYẾT ĐỊNH', 250, 700],
    ['Về việc phê duyệt kế hoạch cải cách hành chính năm 2026 của tỉnh', 70, 680],
  ] as const;
  for (const [text, x, y] of lines) page.drawText(text, { x, y, size: 13, font });
  const fontRef = (font as unknown as { ref: PDFRef }).ref;
  for (const s of stamps) stampField(doc, page, font, fontRef, s.x, s.y, s.text, s.height);
  // Signing tools write plain objects (incremental updates), where the reader looks for `/Sig`.
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

describe('signature fields stamped by the signing tool', () => {
  it('reads the stamped number and day as text, in the printed line, without OCR', async () => {
    const buf = await signedPdf([
      { x: 95, y: 735, text: '85' },
      { x: 408, y: 735, text: '03' },
    ]);
    let ocrAsked = 0;
    const read = await readPdf(buf, async () => {
      ocrAsked++;
      return [];
    });
    const text = read.lines.map((l) => l.text);
    expect(text).toContain('Số: 85 /QĐ-UBND');
    expect(text).toContain('Lâm Đồng, ngày 03 tháng 4 năm 2026');
    expect(ocrAsked).toBe(0);
  });

  it('sends a field whose appearance draws no text to OCR, as before', async () => {
    const buf = await signedPdf([{ x: 95, y: 735, text: ' ' }]);
    const asked: number[] = [];
    await readPdf(buf, async (page) => {
      asked.push(page);
      return [];
    });
    expect(asked).toEqual([1]);
  });

  it('leaves a tall signature (a seal, a signer stamp) alone', async () => {
    const buf = await signedPdf([{ x: 95, y: 735, text: '85', height: 80 }]);
    const read = await readPdf(buf, async () => []);
    expect(read.lines.map((l) => l.text)).toContain('Số: /QĐ-UBND');
  });
});
