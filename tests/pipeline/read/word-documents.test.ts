import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuffer } from '../../../pipeline/read/index.js';

/**
 * A Tờ trình often gives its sources as footnotes ("[1] Hướng dẫn số 31-HD/BTCTW …"): Word keeps
 * them outside the body. The readers put them after the body, so the documents they cite count.
 * And a DOCX paragraph that lays out two columns with tabs ("Nơi nhận:⇥⇥TL. CHỦ TỊCH") gives two lines.
 */

const BODY = 'Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét Đề án hợp nhất.';
const NOTE = 'Hướng dẫn số 31-HD/BTCTW ngày 23/4/2025 của Ban Tổ chức Trung ương.';

/** The closing of NĐ 30/2020: Nơi nhận in the left cell, the signature in the right one. */
const closing = () =>
  new Table({
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'].map((t) => new Paragraph(t)) }),
          new TableCell({ children: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An'].map((t) => new Paragraph(t)) }),
        ],
      }),
    ],
  });

async function docxWithFootnote(): Promise<Buffer> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph(NOTE)] } },
    sections: [{ children: [new Paragraph({ children: [new TextRun(BODY), new FootnoteReferenceRun(1)] }), closing()] }],
  });
  return Packer.toBuffer(document);
}

const dir = mkdtempSync(join(tmpdir(), 'vanban-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

describe('footnotes of Word documents', () => {
  it('reads a DOCX footnote after the body, without its marker', async () => {
    const doc = await readBuffer(await docxWithFootnote(), 'note.docx');
    const lines = doc.lines.map((l) => l.text);
    expect(lines).toContain(BODY);
    expect(lines.at(-1)).toBe(NOTE);
  });

  it('reads a .doc footnote after the body, and a table cell of several paragraphs as one column (the .doc made by LibreOffice)', async (context) => {
    const office = soffice();
    if (!office) {
      console.log('skipped: LibreOffice (soffice) is not installed, so no .doc can be made');
      context.skip();
    }
    writeFileSync(join(dir, 'note.docx'), await docxWithFootnote());
    execFileSync(office!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'doc', '--outdir', dir, join(dir, 'note.docx')], { stdio: 'ignore', timeout: 60_000 });
    const doc = await readBuffer(readFileSync(join(dir, 'note.doc')), 'note.doc');
    const lines = doc.lines.map((l) => l.text);
    expect(lines).toContain(BODY);
    expect(lines.at(-1)).toBe(NOTE);
    // The signature cell's paragraphs run over several lines up to its cell mark: all on the right.
    expect(doc.lines.filter((l) => l.column === 'right').map((l) => l.text)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']);
  }, 90_000);
});

describe('two columns typed with tabs in one DOCX paragraph', () => {
  it('cuts a line at a tab gutter into a left and a right line, not a list marker or a blank for the day', async () => {
    const line = (...parts: Array<string | Tab>) => new Paragraph({ children: [new TextRun({ children: parts })] });
    const document = new Document({
      sections: [
        {
          children: [
            line('Nơi nhận:', new Tab(), new Tab(), 'TL. CHỦ TỊCH'),
            line('- Như trên;   ', new Tab(), 'CHÁNH VĂN PHÒNG'),
            line('a)', new Tab(), new Tab(), 'Rà soát hồ sơ;'),
            line('Lâm Đồng, ngày  ', new Tab(), '  tháng 5 năm 2025'),
            line('Điều 1.', new Tab(), 'Phê duyệt Kế hoạch.'),
          ],
        },
      ],
    });
    const doc = await readBuffer(await Packer.toBuffer(document), 'tabs.docx');
    expect(doc.lines.map((l) => [l.text.trim(), l.column])).toEqual([
      ['Nơi nhận:', 'left'],
      ['TL. CHỦ TỊCH', 'right'],
      ['- Như trên;', 'left'],
      ['CHÁNH VĂN PHÒNG', 'right'],
      ['a)\t\tRà soát hồ sơ;', 'full'],
      ['Lâm Đồng, ngày  \t  tháng 5 năm 2025', 'full'],
      ['Điều 1.\tPhê duyệt Kế hoạch.', 'full'],
    ]);
  });
});
