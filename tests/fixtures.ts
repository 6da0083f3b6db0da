import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import * as CFB from 'cfb';

/** Bad and awkward files, built the way real ones are, for the bad-input tests. */

export const EXAMPLES = join(import.meta.dirname, '..', 'examples');
export const SEED_TEXT = readFileSync(join(EXAMPLES, 'seeds', '000_14d7bae0f26e4e26.txt'), 'utf8');
export const SAMPLE_PDF = () => readFileSync(join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26.pdf'));
export const SAMPLE_DOCX = () => readFileSync(join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26.docx'));

/**
 * A PDF protected by a user password (Standard security handler, RC4 40-bit): the empty password
 * does not open it, so a reader must ask for one.
 */
export function passwordPdf(): Buffer {
  const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 99)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 5)}> <${hex(16, 5)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A password-protected DOCX: Office wraps the encrypted package in an OLE compound file. */
export function passwordDocx(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from('<encryption/>')]));
  CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(8192, 0x5a));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** A DOCX whose ZIP directory claims 4 GB of content in one entry. */
export function zipBombDocx(): Buffer {
  const bomb = Buffer.from(SAMPLE_DOCX());
  const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const central = bomb.readUInt32LE(eocd + 16);
  bomb.writeUInt32LE(0xfffffff0, central + 24);
  return bomb;
}

/** A white page as a PNG: an image with no text at all. */
export function blankPng(): Buffer {
  const canvas = createCanvas(1240, 1754);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return canvas.toBuffer('image/png');
}

export const ENGLISH_TEXT = `MEMORANDUM OF UNDERSTANDING
This memorandum sets out the terms under which the parties agree to cooperate on the
preservation of municipal archives. Each party shall appoint a coordinator, share catalogues
of its holdings twice a year, and consult the other before disposing of records older than
fifty years. The agreement takes effect on signature and may be ended by either party with
three months' written notice. Disputes shall be settled by negotiation in good faith.`;

/** Bytes no document format starts with, and no text contains. */
export function binaryJunk(): Buffer {
  return Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
}

/** A seed plan renumbered, so many distinct documents can be made from one real text. */
export function renumberedPlan(n: number): string {
  return SEED_TEXT.replace('234/KH-MTTQ-BTT', `${n}/KH-MTTQ-BTT`);
}

/**
 * A signed text PDF as e-government signing tools make it: the header's number is blank in the
 * text layer (`Số:        /KH-UBND`) and filled in by a signature field whose appearance draws
 * `123` over the blank. Built with pdf-lib's low-level objects (it has no signature-field API).
 */
export async function signedPdfWithStampedNumber(): Promise<Buffer> {
  const { PDFDocument, PDFName, PDFString } = await import('pdf-lib');
  const fontkit = (await import('@pdf-lib/fontkit')).default;
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(join(fontDir, 'DejaVuSerif.ttf')), { subset: false });
  const page = pdf.addPage([595, 842]);
  const lines: Array<[string, number, number]> = [
    ['ỦY BAN NHÂN DÂN', 90, 770], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 770],
    ['TỈNH QUẢNG NGÃI', 95, 755], ['Độc lập - Tự do - Hạnh phúc', 340, 755],
    ['Số:', 100, 725], ['/KH-UBND', 160, 725], ['Quảng Ngãi, ngày 06 tháng 11 năm 2024', 300, 725],
    ['KẾ HOẠCH', 260, 690], ['Triển khai công tác chuyển đổi số năm 2025', 170, 672],
    ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;', 70, 640],
    ['Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác chuyển đổi số như sau:', 70, 622],
    ['I. MỤC ĐÍCH, YÊU CẦU', 70, 600], ['Nâng cao hiệu quả quản lý văn bản điện tử trên địa bàn tỉnh.', 90, 582],
  ];
  for (const [text, x, y] of lines) page.drawText(text, { x, y, size: 12, font });
  // The field's appearance: "123" in the blank between "Số:" and "/KH-UBND".
  const stream = pdf.context.stream(
    `BT /F1 12 Tf 2 5 Td <${[...'123'].map((c) => font.encodeText(c).toString().slice(1, -1)).join('')}> Tj ET`,
    { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 40, 20], Resources: { Font: { F1: font.ref } } },
  );
  const widget = pdf.context.obj({
    Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFString.of('SoVanBan'), F: 4,
    Rect: [122, 720, 162, 740], P: page.ref, AP: { N: pdf.context.register(stream) },
  });
  const widgetRef = pdf.context.register(widget);
  page.node.set(PDFName.of('Annots'), pdf.context.obj([widgetRef]));
  pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.obj({ Fields: [widgetRef], SigFlags: 3 }));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
