import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { processBuffer } from '../../pipeline/run/stages.js';

/**
 * Task tables as the two usual files carry them (Nghị định 30/2020/NĐ-CP, Phụ lục I: a plan's
 * annex is printed after the signature, headed "Phụ lục" and "(Kèm theo Kế hoạch số …)"; its table
 * is STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành, rows grouped under
 * Roman rows): a DOCX whose annex is a Word table, and a text PDF whose table is only text placed
 * in columns, its heading and cells wrapped over several lines.
 */

const fold = (names: string[]) => names.map((n) => n.toLocaleLowerCase('vi'));
const rows = (tasks: Array<{ section: string; lead: string[]; partners: string[]; deadline: string | null }>) =>
  tasks.map((t) => [t.section, fold(t.lead), fold(t.partners), t.deadline]);

const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 901/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 05 tháng 9 năm 2025', 'KẾ HOẠCH', 'Thực hiện chuyển đổi số năm 2026'];
const BODY = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Triển khai đồng bộ các nhiệm vụ chuyển đổi số.',
  'II. NHIỆM VỤ',
  'Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.',
  '2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.',
];
const SIGNATURE = ['Nơi nhận:', '- Như trên;', '- Lưu: VT, KGVX.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A'];
const ANNEX_TITLE = ['Phụ lục', 'DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026', '(Kèm theo Kế hoạch số 901/KH-UBND ngày 05/9/2025 của Ủy ban nhân dân tỉnh)'];
const TABLE: string[][] = [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
  ['I', 'Hạ tầng số', '', '', ''],
  ['1', 'Nâng cấp mạng truyền dẫn chuyên dùng của các xã', 'Sở Khoa học và Công nghệ', 'Ủy ban nhân dân các xã, phường', 'Quý II/2026'],
  ['2', 'Triển khai điện toán đám mây của tỉnh', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Trước ngày 30/9/2026'],
  ['II', 'Dữ liệu số', '', '', ''],
  ['3', 'Xây dựng cơ sở dữ liệu đất đai', 'Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã, phường', 'Năm 2026'],
];
const EXPECTED = [
  ['III.1', ['sở khoa học và công nghệ'], [], '2026-12-15'],
  ['III.2', ['sở tài chính'], [], null],
  ['1', ['sở khoa học và công nghệ'], ['ủy ban nhân dân các xã, phường'], 'Quý II/2026'],
  ['2', ['sở khoa học và công nghệ'], ['sở tài chính'], '2026-09-30'],
  ['3', ['sở nông nghiệp và môi trường'], ['ủy ban nhân dân các xã, phường'], 'Năm 2026'],
];

describe('a plan\'s annex of tasks after the signature', () => {
  it('reads the Word table of a DOCX annex, rows grouped under Roman rows, as tasks numbered by their STT', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const table = new Table({ rows: TABLE.map((cells) => new TableRow({ children: cells.map(cell) })) });
    const paragraphs = (texts: string[]) => texts.map((t) => new Paragraph(t));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [...paragraphs([...HEADER, ...BODY, ...SIGNATURE, ...ANNEX_TITLE]), table] }] }));
    const { record } = await processBuffer(Buffer.from(docx), 'plan.docx', { ocr: 'off' });
    expect(rows(record.tasks)).toEqual(EXPECTED);
  });
});

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The same plan as a text PDF: the annex's table is text in columns, no cell marked, heading and cells wrapped. */
async function planPdf(): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const fontkit = (await import('@pdf-lib/fontkit')).default;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(join(FONT_DIR, 'DejaVuSerif.ttf')), { subset: true });
  const size = 11;
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const next = (step = 15) => {
    y -= step;
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
  };
  const wrap = (text: string, width: number, fontSize = size) => {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, fontSize) > width && line) {
        out.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) out.push(line);
    return out;
  };
  const centred = (text: string, centre: number) => page.drawText(text, { x: centre - font.widthOfTextAtSize(text, size) / 2, y, size, font });
  const [issuer, motto] = [HEADER.slice(0, 3), HEADER.slice(3, 6)];
  for (let i = 0; i < 3; i++) {
    centred(issuer[i]!, 150);
    centred(motto[i]!, 400);
    next();
  }
  for (const t of [...HEADER.slice(6), ...BODY]) {
    for (const [i, piece] of wrap(t, 440).entries()) {
      if (t === HEADER[6] || t === HEADER[7]) centred(piece, 297);
      else page.drawText(piece, { x: i === 0 ? 98 : 70, y, size, font });
      next();
    }
  }
  next(10);
  for (let i = 0; i < SIGNATURE.length; i++) {
    if (i < 3) page.drawText(SIGNATURE[i]!, { x: 70, y, size: 9, font });
    else centred(SIGNATURE[i]!, 420);
    next();
  }
  page = pdf.addPage([595, 842]);
  y = 790;
  for (const t of ANNEX_TITLE) {
    centred(t, 297);
    next();
  }
  next(10);
  // Columns: STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành.
  const columns: Array<[x: number, width: number]> = [[50, 25], [85, 150], [245, 100], [355, 100], [465, 80]];
  for (const cells of TABLE) {
    const wrapped = cells.map((text, c) => (text ? wrap(text, columns[c]![1], 10) : []));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let l = 0; l < height; l++) {
      wrapped.forEach((pieces, c) => {
        if (pieces[l]) page.drawText(pieces[l]!, { x: columns[c]![0], y, size: 10, font });
      });
      next(12);
    }
    next(6);
  }
  return Buffer.from(await pdf.save());
}

describe('a task table printed in a text PDF', () => {
  it('reads the columns of an annex table whose heading and cells wrap over lines', async () => {
    const { record } = await processBuffer(await planPdf(), 'plan.pdf', { ocr: 'off' });
    expect(rows(record.tasks)).toEqual(EXPECTED);
  });
});

describe('a task table whose heading cells are centred in their row', () => {
  it('reads headings wrapped over two lines beside one-line headings centred between them', async () => {
    const { pageTableLines } = await import('../../extractors/tasks/page-table.js');
    const { tableTasks } = await import('../../extractors/tasks/index.js');
    let start = 0;
    const piece = (y: number, x: number, width: number, text: string) => {
      const line = { text, start, end: start + text.length, page: 1, x, y, width, column: 'full' as const };
      start += text.length + 1;
      return line;
    };
    // "STT" and "Nội dung" stand on one line, centred beside "Cơ quan chủ" / "trì", "Cơ quan phối" / "hợp", "Thời gian" / "hoàn thành".
    const lines = [
      piece(100, 245, 60, 'Cơ quan chủ'), piece(100, 355, 66, 'Cơ quan phối'), piece(100, 465, 50, 'Thời gian'),
      piece(106, 52, 18, 'STT'), piece(106, 85, 60, 'Nội dung'),
      piece(112, 245, 15, 'trì'), piece(112, 355, 20, 'hợp'), piece(112, 465, 58, 'hoàn thành'),
      piece(130, 55, 5, '1'), piece(130, 85, 140, 'Rà soát thủ tục hành chính'), piece(130, 245, 50, 'Sở Tư pháp'), piece(130, 355, 50, 'Sở Nội vụ'), piece(130, 465, 60, 'Quý I/2026'),
      piece(150, 55, 5, '2'), piece(150, 85, 140, 'Số hóa hồ sơ công chức'), piece(150, 245, 50, 'Sở Nội vụ'), piece(150, 355, 80, 'Các sở, ngành'), piece(150, 465, 60, 'Quý II/2026'),
    ];
    const tasks = tableTasks(pageTableLines(lines), []).tasks;
    expect(tasks.map((t) => [t.section, fold(t.lead), fold(t.partners), t.deadline])).toEqual([
      ['1', ['sở tư pháp'], ['sở nội vụ'], 'Quý I/2026'],
      ['2', ['sở nội vụ'], ['các sở, ngành'], 'Quý II/2026'],
    ]);
  });
});

describe('a task table with a row numbering its columns under the heading', () => {
  it('reads no task from the row "(1) | (2) | (3) | (4) | (5)" in a Word table nor from "1 2 3 4 5" on a page', async () => {
    const { pageTableLines } = await import('../../extractors/tasks/page-table.js');
    const { tableTasks } = await import('../../extractors/tasks/index.js');
    const rowsOf = (cells: string[][], numbering: string[]) => {
      const lines = [];
      let start = 0;
      for (const [row, texts] of [cells[0]!, numbering, ...cells.slice(1)].entries()) {
        for (const [col, text] of texts.entries()) {
          lines.push({ text, start, end: start + text.length, page: 1, x: col * 20, y: row, width: text.length, column: 'full' as const, cell: { table: 0, row, col, cols: texts.length } });
          start += text.length + 1;
        }
      }
      return lines;
    };
    const cells = [
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2026'],
    ];
    const want = [['1', ['sở tư pháp'], ['sở nội vụ'], 'Quý I/2026']];
    const read = (tasks: Array<{ section: string; lead: string[]; partners: string[]; deadline: string | null }>) => tasks.map((t) => [t.section, fold(t.lead), fold(t.partners), t.deadline]);
    expect(read(tableTasks(rowsOf(cells, ['(1)', '(2)', '(3)', '(4)', '(5)']), []).tasks)).toEqual(want);
    expect(read(tableTasks(rowsOf(cells, ['1', '2', '3', '4', '5']), []).tasks)).toEqual(want);
    // On a page: pieces placed in the columns, the numbering row between the heading and the first row.
    let start = 0;
    const piece = (y: number, x: number, width: number, text: string) => {
      const line = { text, start, end: start + text.length, page: 1, x, y, width, column: 'full' as const };
      start += text.length + 1;
      return line;
    };
    const xs = [52, 85, 245, 355, 465];
    const page = [
      ...['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'].map((t, c) => piece(100, xs[c]!, t.length * 5, t)),
      ...['1', '2', '3', '4', '5'].map((t, c) => piece(115, xs[c]! + 20, 5, t)),
      ...cells[1]!.map((t, c) => piece(130, xs[c]!, t.length * 5, t)),
    ];
    expect(read(tableTasks(pageTableLines(page), []).tasks)).toEqual(want);
  });
});
