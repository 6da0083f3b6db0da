import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuffer, readDocument } from '../../../pipeline/read/index.js';
import { processFile } from '../../../pipeline/run/stages.js';
import { ENGLISH_TEXT, passwordDocx, passwordPdf, zipBombDocx } from '../../fixtures.js';

const EXAMPLES = join(import.meta.dirname, '../../..', 'examples');
const SAMPLE = '000_14d7bae0f26e4e26';
const dir = mkdtempSync(join(tmpdir(), 'vanban-readers-'));
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readers on real layouts', () => {
  it('gives the same header from the text, the DOCX and the text PDF of one document', async () => {
    const fields = async (path: string) => {
      const { record } = await processFile(path);
      return {
        docType: record.docType?.code,
        number: record.number?.raw,
        place: record.place?.value,
        date: record.date?.iso,
        issuer: record.issuer?.name,
        title: record.title?.value,
      };
    };
    const txt = await fields(join(EXAMPLES, 'seeds', `${SAMPLE}.txt`));
    expect(txt).toMatchObject({ docType: 'KH', number: '234/KH-MTTQ-BTT', place: 'Sơn La', date: '2022-05-24' });
    expect(await fields(join(EXAMPLES, 'generated', `${SAMPLE}.docx`))).toEqual(txt);
    expect(await fields(join(EXAMPLES, 'generated', `${SAMPLE}.pdf`))).toEqual(txt);
  });

  it('keeps DOCX header cells as left and right blocks with styles', async () => {
    const doc = await readDocument(join(EXAMPLES, 'generated', `${SAMPLE}.docx`));
    const first = doc.lines.slice(0, 7);
    expect(first.filter((l) => l.column === 'left').map((l) => l.text)).toEqual(['UỶ BAN MTTQ VIỆT NAM', 'TỈNH SƠN LA', 'BAN THƯỜNG TRỰC', 'Số: 234/KH-MTTQ-BTT']);
    expect(first.find((l) => l.text.startsWith('Sơn La'))).toMatchObject({ column: 'right', italic: true });
    expect(first[0]).toMatchObject({ bold: true, cell: { table: 0, row: 0, col: 0, cols: 2 } });
  });

  it('positions PDF lines and tells the header columns apart', async () => {
    const doc = await readDocument(join(EXAMPLES, 'generated', `${SAMPLE}.pdf`));
    const motto = doc.lines.find((l) => l.text.startsWith('CỘNG HOÀ'))!;
    const issuer = doc.lines.find((l) => l.text.startsWith('UỶ BAN'))!;
    expect(motto.column).toBe('right');
    expect(issuer.column).toBe('left');
    expect(motto.y).toBe(issuer.y);
    expect(doc.source).toMatchObject({ format: 'pdf', pages: doc.source.pages });
    expect(doc.needsOcr).toBe(false);
  });

  it('marks a PDF without a text layer as needing OCR when OCR is off', async () => {
    const { record } = await processFile(join(EXAMPLES, 'generated', `${SAMPLE}.scan.pdf`), { ocr: 'off' });
    expect(record.status).toBe('needs-ocr');
    expect(record.number).toBeNull();
    expect(record.warnings.join(' ')).toMatch(/needs OCR/);
    expect(record.messages).toEqual([expect.objectContaining({ origin: 'read:scan', severity: 'warning' })]);
    expect(record.warnings).toEqual(record.messages.map((m) => m.message));
  });

  it('reads UTF-16 and BOM-prefixed text the same as UTF-8', async () => {
    const text = 'KẾ HOẠCH\nSố: 12/KH-UBND';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect((await readBuffer(utf16, 'a.txt')).rawText).toBe(text);
    expect((await readBuffer(bom, 'a.txt')).rawText).toBe(text);
  });

  it('detects the format by content, not by the name', async () => {
    const docxAsPdf = file('mislabeled.pdf', readFileSync(join(EXAMPLES, 'generated', `${SAMPLE}.docx`)));
    expect((await readDocument(docxAsPdf)).source.format).toBe('docx');
  });

  it('reads a PDF whose header follows a few stray bytes, as PDF readers do (first 1024 bytes)', async () => {
    const pdf = readFileSync(join(EXAMPLES, 'generated', `${SAMPLE}.pdf`));
    const prefixed = Buffer.concat([Buffer.from([0x75, 0xab, 0x5a, 0x01, 0xaa, 0x69, 0x96, 0x27, 0x00, 0x1a]), pdf]);
    const doc = await readBuffer(prefixed, 'signed.pdf');
    expect(doc.source.format).toBe('pdf');
    expect(doc.rawText).toBe((await readBuffer(pdf, 'plain.pdf')).rawText);
    const late = Buffer.concat([Buffer.alloc(2000, 0x01), pdf]);
    await expect(readBuffer(late, 'late.pdf')).rejects.toThrow(/binary data/);
  });
});

describe('bad input gets one clear reason', () => {
  const reason = async (path: string) => {
    try {
      await readDocument(path, { maxBytes: 1024 * 1024 });
      return 'no error';
    } catch (error) {
      return `${(error as { code?: string }).code}: ${(error as Error).message}`;
    }
  };
  it('refuses empty, junk, corrupt, oversized and zip-bomb files', async () => {
    expect(await reason(file('empty.txt', ''))).toMatch(/^empty: is empty/);
    expect(await reason(file('junk.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))))).toMatch(/^(unsupported|encoding):/);
    expect(await reason(file('truncated.pdf', readFileSync(join(EXAMPLES, 'generated', `${SAMPLE}.pdf`)).subarray(0, 3000)))).toMatch(/^corrupt: .*PDF/);
    expect(await reason(file('big.txt', Buffer.alloc(2 * 1024 * 1024, 0x61)))).toMatch(/^too-large: is 2 MB, over the 1 MB limit/);
    expect(await reason(join(dir, 'missing.docx'))).toMatch(/^missing:/);
    expect(await reason(file('latin1.txt', Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69])))).toMatch(/^encoding: is not UTF-8/);
    // A ZIP whose directory claims 4 GB of content in one small file.
    expect(await reason(file('bomb.docx', zipBombDocx()))).toMatch(/^zip-bomb:/);
    expect(await reason(file('locked.pdf', passwordPdf()))).toMatch(/^encrypted: is a password-protected PDF/);
    expect(await reason(file('locked.docx', passwordDocx()))).toMatch(/^encrypted: is a password-protected Word document/);
    // Readable, but not Vietnamese: refused after normalization, before extraction.
    await expect(processFile(file('english.txt', ENGLISH_TEXT))).rejects.toMatchObject({ code: 'not-vietnamese' });
  });

  it('says of a scan OCR read as noise that it is unreadable, not that it is not Vietnamese', async () => {
    const { extractDocument } = await import('../../../pipeline/run/stages.js');
    const noise = Array.from({ length: 60 }, (_, i) => ['Z2zzZ', 'Øx>2', 'Qwzk', 'ZZZx', 'zZ25718'][i % 5]).join(' ');
    const raw = await readBuffer(Buffer.from(noise, 'utf8'), 'scan.txt');
    const scanned = { ...raw, ocr: { engine: 'tesseract.js', confidence: 0.3, pages: [] } };
    expect(() => extractDocument(scanned)).toThrow(expect.objectContaining({ code: 'unreadable-scan', message: expect.stringMatching(/OCR read too little Vietnamese/) }));
    expect(() => extractDocument(raw)).toThrow(expect.objectContaining({ code: 'not-vietnamese' }));
  });
});
