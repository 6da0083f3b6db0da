import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { processBuffer } from '../../pipeline/run/stages.js';

/**
 * Task-assignment forms as the two usual files carry them, not as plain text: a DOCX whose header
 * (issuer | national motto) and signature block (Nơi nhận | signer) are two-column tables and whose
 * body is one paragraph per item, the headings bold; and a text PDF whose paragraphs the page wraps
 * at its margin, with first-line indents and lines of a wrapped item that carry no mark. Each
 * variant is read in both and must give the same tasks (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */

type Expected = [section: string, lead: string[], deadline?: string | null];

interface Variant {
  name: string;
  /** The issuer's lines, the number, the kind line ("KẾ HOẠCH") or a công văn's "V/v …" summary. */
  issuer?: string[];
  number: string;
  kind: string;
  summary?: string;
  /** Body paragraphs; a leading "**" marks a bold heading. */
  body: string[];
  tasks: Expected[];
}

const ISSUER = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'];
const DATE = 'Lâm Đồng, ngày 10 tháng 9 năm 2025';
const RECIPIENTS = ['Nơi nhận:', '- Như trên;', '- Lưu: VT, NC.'];
const SIGNER = ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn Hùng'];

const isCv = (v: Variant) => v.kind.startsWith('V/v');

async function asDocx(v: Variant): Promise<Buffer> {
  const para = (text: string, opts: { bold?: boolean; center?: boolean } = {}) =>
    new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: [new TextRun({ text, bold: opts.bold })] });
  const cell = (lines: string[], bold = true) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((t) => para(t, { bold: bold && !t.startsWith('Số') && !t.startsWith('V/v'), center: true })) });
  const left = [...(v.issuer ?? ISSUER), `Số: ${v.number}`, ...(isCv(v) ? [v.kind] : [])];
  const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', DATE];
  const header = new Table({ rows: [new TableRow({ children: [cell(left), cell(right)] })] });
  const title = isCv(v) ? [] : [para(v.kind, { bold: true, center: true }), para(v.summary ?? 'Triển khai công tác chuyển đổi số năm 2025', { bold: true, center: true })];
  // A "\n" inside a paragraph is a line break Word keeps in it (Shift+Enter).
  const broken = (text: string, bold: boolean) =>
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: text.split('\n').map((piece, i) => new TextRun({ text: piece, bold, ...(i ? { break: 1 } : {}) })) });
  const body = v.body.map((t) => (t.startsWith('**') ? broken(t.slice(2), true) : broken(t, false)));
  const signature = new Table({ rows: [new TableRow({ children: [cell(RECIPIENTS, false), cell(SIGNER)] })] });
  return Packer.toBuffer(new Document({ sections: [{ children: [header, ...title, ...body, signature] }] }));
}

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

async function asPdf(v: Variant): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const fontkit = (await import('@pdf-lib/fontkit')).default;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(join(FONT_DIR, 'DejaVuSerif.ttf')), { subset: true });
  const bold = await pdf.embedFont(readFileSync(join(FONT_DIR, 'DejaVuSerif-Bold.ttf')), { subset: true });
  const size = 11;
  const [left, right] = [70, 530];
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const nextLine = (step = 15) => {
    y -= step;
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
  };
  const centred = (text: string, centre: number, f = bold) => page.drawText(text, { x: centre - f.widthOfTextAtSize(text, size) / 2, y, size, font: f });
  const leftCol = [...(v.issuer ?? ISSUER), `Số: ${v.number}`, ...(isCv(v) ? [v.kind] : [])];
  const rightCol = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', DATE];
  for (let i = 0; i < Math.max(leftCol.length, rightCol.length); i++) {
    if (leftCol[i]) centred(leftCol[i]!, 150, leftCol[i]!.startsWith('Số') || leftCol[i]!.startsWith('V/v') ? font : bold);
    if (rightCol[i]) centred(rightCol[i]!, 400, i === 2 ? font : bold);
    nextLine();
  }
  nextLine(10);
  if (!isCv(v)) {
    centred(v.kind, 297);
    nextLine();
    centred(v.summary ?? 'Triển khai công tác chuyển đổi số năm 2025', 297);
    nextLine(22);
  }
  // Running text wrapped at the right margin, each paragraph's first line indented.
  for (const raw of v.body.flatMap((t) => t.replace(/\t/gu, ' ').split('\n'))) {
    const f = raw.startsWith('**') ? bold : font;
    const words = raw.replace(/^\*\*/u, '').split(' ');
    let x = left + 28;
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (x + f.widthOfTextAtSize(candidate, size) > right && line) {
        page.drawText(line, { x, y, size, font: f });
        nextLine();
        x = left;
        line = word;
      } else line = candidate;
    }
    page.drawText(line, { x, y, size, font: f });
    nextLine();
  }
  nextLine(10);
  for (let i = 0; i < Math.max(RECIPIENTS.length, SIGNER.length); i++) {
    if (RECIPIENTS[i]) page.drawText(RECIPIENTS[i]!, { x: left, y, size: 9, font: i === 0 ? bold : font });
    if (SIGNER[i]) centred(SIGNER[i]!, 420);
    nextLine();
  }
  return Buffer.from(await pdf.save());
}

const VARIANTS: Variant[] = [
  {
    name: 'công văn giving the Chairman\'s direction: "Giao Công an tỉnh chủ trì, phối hợp …" by a date',
    number: '5120/UBND-NC',
    kind: 'V/v triển khai Kế hoạch số 996/KH-BCA của Bộ Công an',
    body: [
      'Kính gửi: Công an tỉnh.',
      'Thực hiện Kế hoạch số 996/KH-BCA ngày 15/8/2025 của Bộ Công an về triển khai thực hiện công tác phòng, chống tội phạm về ma túy, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:',
      'Giao Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường nghiên cứu, tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện trên địa bàn tỉnh, hoàn thành trước ngày 30/9/2025.',
      'Văn phòng Ủy ban nhân dân tỉnh thông báo để Công an tỉnh biết, thực hiện./.',
    ],
    tasks: [['', ['Công an tỉnh'], '2025-09-30']],
  },
  {
    name: 'công văn: numbered directions to several bodies and a closing report deadline',
    number: '5121/UBND-VX',
    kind: 'V/v tăng cường công tác phòng, chống dịch sốt xuất huyết',
    body: [
      'Kính gửi:',
      '- Sở Y tế;',
      '- Sở Giáo dục và Đào tạo;',
      '- Ủy ban nhân dân các xã, phường.',
      'Trước diễn biến phức tạp của dịch sốt xuất huyết trên địa bàn tỉnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Sở Y tế chủ trì, phối hợp với các địa phương giám sát chặt chẽ tình hình dịch bệnh, kịp thời xử lý ổ dịch, không để lây lan rộng.',
      '2. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường, diệt lăng quăng.',
      '3. Ủy ban nhân dân các xã, phường tổ chức chiến dịch vệ sinh môi trường trên địa bàn.',
      'Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/10/2025 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
    ],
    tasks: [
      ['1', ['Sở Y tế'], '2025-10-15'],
      ['2', ['Sở Giáo dục và Đào tạo'], '2025-10-15'],
      ['3', ['Ủy ban nhân dân các xã, phường'], '2025-10-15'],
    ],
  },
  {
    name: 'plan: bold agency headings under "IV. TỔ CHỨC THỰC HIỆN", duties in dashes',
    number: '210/KH-UBND',
    kind: 'KẾ HOẠCH',
    body: [
      '**I. MỤC ĐÍCH, YÊU CẦU',
      'Triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số; bảo đảm đúng tiến độ.',
      '**II. NHIỆM VỤ TRỌNG TÂM',
      'Phát triển hạ tầng số, dữ liệu số và nền tảng số dùng chung của tỉnh.',
      '**III. KINH PHÍ',
      'Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.',
      '**IV. TỔ CHỨC THỰC HIỆN',
      '**1. Sở Khoa học và Công nghệ',
      '- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch.',
      '- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.',
      '**2. Sở Tài chính',
      '- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.',
      '**3. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường',
      '- Xây dựng kế hoạch triển khai tại cơ quan, đơn vị, địa phương.',
      '- Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.',
    ],
    tasks: [
      ['IV.1', ['Sở Khoa học và Công nghệ'], '2025-12-15'],
      ['IV.2', ['Sở Tài chính'], null],
      ['IV.3', ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'], null],
    ],
  },
  {
    name: 'decision: Điều 2 assigns in clauses, Điều 3 is the execution clause',
    number: '1850/QĐ-UBND',
    kind: 'QUYẾT ĐỊNH',
    summary: 'Phê duyệt Đề án sắp xếp các cơ sở cai nghiện ma túy trên địa bàn tỉnh',
    body: [
      '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 120/TTr-SYT ngày 01 tháng 9 năm 2025.',
      '**QUYẾT ĐỊNH:',
      'Điều 1. Phê duyệt Đề án sắp xếp các cơ sở cai nghiện ma túy trên địa bàn tỉnh (có Đề án kèm theo).',
      'Điều 2. Tổ chức thực hiện',
      '1. Sở Y tế chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh tổ chức triển khai Đề án; hoàn thành việc sắp xếp trong quý IV/2025.',
      '2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Đề án.',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Y tế, Nội vụ, Tài chính; Giám đốc Công an tỉnh và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.',
    ],
    tasks: [
      ['Điều 2.1', ['Sở Y tế'], 'trong quý IV/2025'],
      ['Điều 2.2', ['Sở Tài chính'], null],
      ['Điều 3', ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Y tế', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính', 'Giám đốc Công an tỉnh', 'Thủ trưởng các cơ quan, đơn vị có liên quan'], null],
    ],
  },
  {
    name: 'conclusion notice of the provincial office: numbered conclusions with lettered bodies',
    issuer: ['UBND TỈNH LÂM ĐỒNG', 'VĂN PHÒNG'],
    number: '312/TB-VP',
    kind: 'THÔNG BÁO',
    summary: 'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại hội nghị trực tuyến về công tác phòng, chống ma túy',
    body: [
      'Ngày 22 tháng 01 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì hội nghị trực tuyến về công tác phòng, chống ma túy. Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:',
      '1. Ghi nhận, biểu dương kết quả các cơ quan, đơn vị, địa phương đã đạt được trong năm 2025.',
      '2. Nhiệm vụ trọng tâm năm 2026',
      'a) Công an tỉnh chủ trì, phối hợp với các lực lượng chức năng đấu tranh triệt phá các đường dây mua bán trái phép chất ma túy.',
      'b) Sở Y tế hướng dẫn các cơ sở cai nghiện nâng cao chất lượng điều trị, hoàn thành trước ngày 30/6/2026.',
      'c) Ủy ban nhân dân các xã, phường rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn.',
      'Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
    ],
    tasks: [
      ['2.a', ['Công an tỉnh'], null],
      ['2.b', ['Sở Y tế'], '2026-06-30'],
      ['2.c', ['Ủy ban nhân dân các xã, phường'], null],
    ],
  },
  {
    name: 'Party plan: implementation part with Party boards, its last item the office following up',
    issuer: ['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'BAN THƯỜNG VỤ TỈNH ỦY'],
    number: '45-KH/TU',
    kind: 'KẾ HOẠCH',
    summary: 'Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh',
    body: [
      '**I. MỤC ĐÍCH, YÊU CẦU',
      'Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết.',
      '**II. NỘI DUNG, HÌNH THỨC',
      'Tổ chức hội nghị trực tiếp kết hợp trực tuyến đến cấp cơ sở.',
      '**III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tham mưu tổ chức hội nghị cấp tỉnh; biên soạn tài liệu, hoàn thành trong tháng 11/2025.',
      '2. Các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch, tổ chức học tập, quán triệt cho cán bộ, đảng viên, hoàn thành trước ngày 31/12/2025.',
      '3. Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh ủy.',
    ],
    tasks: [
      ['III.1', ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], 'trong tháng 11/2025'],
      ['III.2', ['Các đảng ủy trực thuộc Tỉnh ủy'], '2025-12-31'],
      ['III.3', ['Văn phòng Tỉnh ủy'], null],
    ],
  },
  {
    name: 'báo cáo whose every "đề nghị" asks upward assigns nothing',
    number: '415/BC-UBND',
    kind: 'BÁO CÁO',
    summary: 'Kết quả thực hiện công tác phòng, chống ma túy năm 2025',
    body: [
      '**I. KẾT QUẢ THỰC HIỆN',
      'Ủy ban nhân dân tỉnh đã giao Công an tỉnh chủ trì, phối hợp với các sở, ngành triển khai các đợt cao điểm tấn công, trấn áp tội phạm ma túy.',
      'Các sở, ngành đã thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao.',
      '**II. ĐỀ XUẤT, KIẾN NGHỊ',
      'Đề nghị Bộ Công an tiếp tục quan tâm hỗ trợ kinh phí, trang thiết bị cho lực lượng phòng, chống ma túy của tỉnh.',
    ],
    tasks: [],
  },
  {
    name: 'công văn: numbers typed with a tab, the addressees and a list kept in one paragraph by line breaks',
    number: '5122/UBND-NC',
    kind: 'V/v triển khai Hướng dẫn số 46/HD-BCA của Bộ Công an',
    body: [
      'Kính gửi:\n- Công an tỉnh;\n- Sở Y tế;\n- Ủy ban nhân dân các xã, phường.',
      'Thực hiện Hướng dẫn số 46/HD-BCA ngày 02/10/2025 của Bộ Công an, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:',
      '1.\tGiao Công an tỉnh chủ trì, phối hợp với Sở Y tế hướng dẫn các xã, phường lập hồ sơ quản lý người sử dụng trái phép chất ma túy, hoàn thành trước ngày 31/10/2025.',
      '2.\tỦy ban nhân dân các xã, phường rà soát, cập nhật danh sách người sử dụng trái phép chất ma túy trên địa bàn, gửi Công an tỉnh trước ngày 20/10/2025.',
    ],
    tasks: [
      ['1', ['Công an tỉnh'], '2025-10-31'],
      ['2', ['Ủy ban nhân dân các xã, phường'], '2025-10-20'],
    ],
  },
  {
    name: 'plan: agency headings with a colon and duties run on after line breaks in one paragraph',
    number: '211/KH-UBND',
    kind: 'KẾ HOẠCH',
    body: [
      '**I. MỤC ĐÍCH, YÊU CẦU',
      'Bảo đảm thực hiện hiệu quả các nhiệm vụ phòng, chống ma túy năm 2026.',
      '**II. TỔ CHỨC THỰC HIỆN',
      '1. Công an tỉnh:\n- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2026.',
      '2. Sở Y tế:\n- Bảo đảm công tác điều trị nghiện bằng thuốc thay thế.',
    ],
    tasks: [
      ['II.1', ['Công an tỉnh'], '2026-12-10'],
      ['II.2', ['Sở Y tế'], null],
    ],
  },
  {
    name: 'công văn of one short paragraph: a department asking the communes to report before a date (too few lines to show the margin)',
    number: '450/SKHCN-CĐS',
    kind: 'V/v báo cáo kết quả thực hiện chuyển đổi số',
    body: [
      'Kính gửi: Ủy ban nhân dân các xã, phường.',
      'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện chuyển đổi số 9 tháng đầu năm 2025, gửi về Sở Khoa học và Công nghệ trước ngày 25/9/2025 để tổng hợp.',
      'Trân trọng./.',
    ],
    tasks: [['', ['Ủy ban nhân dân các xã, phường'], '2025-09-25']],
  },
  {
    name: 'công văn of one short paragraph: "yêu cầu Thủ trưởng các cơ quan, đơn vị tổ chức …", a verb wrapped over two lines',
    number: '901/UBND-NC',
    kind: 'V/v chấn chỉnh kỷ luật hành chính',
    body: [
      'Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã, phường.',
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị tổ chức kiểm điểm, báo cáo kết quả về Sở Nội vụ chậm nhất ngày 05/10/2025.',
    ],
    tasks: [['', ['Thủ trưởng các cơ quan, đơn vị'], '2025-10-05']],
  },
];

const got = (tasks: Array<{ section: string; lead: string[]; deadline: string | null }>) =>
  tasks.map((t) => [t.section, t.lead.map((l) => l.toLocaleLowerCase('vi')), t.deadline]);
const want = (v: Variant) => v.tasks.map(([section, lead, deadline]) => [section, lead.map((l) => l.toLocaleLowerCase('vi')), deadline ?? null]);

describe('task-assignment forms as a DOCX lays them out', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const { record } = await processBuffer(Buffer.from(await asDocx(variant)), 'document.docx', { ocr: 'off' });
    expect(got(record.tasks)).toEqual(want(variant));
  });
});

describe('task-assignment forms as a text PDF lays them out', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const { record } = await processBuffer(await asPdf(variant), 'document.pdf', { ocr: 'off' });
    expect(got(record.tasks)).toEqual(want(variant));
  });
});
