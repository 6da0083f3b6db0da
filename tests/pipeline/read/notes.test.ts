import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuffer } from '../../../pipeline/read/index.js';

/**
 * A Tờ trình often gives its sources as footnotes ("[1] Hướng dẫn số 31-HD/BTCTW …"): Word keeps
 * them outside the body. The readers put them after the body, so the documents they cite count.
 */

const BODY = 'Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét Đề án hợp nhất.';
const NOTE = 'Hướng dẫn số 31-HD/BTCTW ngày 23/4/2025 của Ban Tổ chức Trung ương.';

async function docxWithFootnote(): Promise<Buffer> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph(NOTE)] } },
    sections: [{ children: [new Paragraph({ children: [new TextRun(BODY), new FootnoteReferenceRun(1)] }), new Paragraph('Nơi nhận:')] }],
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

  it('reads a .doc footnote after the body (the .doc made by LibreOffice)', async (context) => {
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
  }, 90_000);
});
