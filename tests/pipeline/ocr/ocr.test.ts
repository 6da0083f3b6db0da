import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { afterAll, describe, expect, it } from 'vitest';
import { extractRecord } from '../../../extractors/index.js';
import { normalizeDocument } from '../../../normalizers/index.js';
import { ingest } from '../../../pipeline/run/ingest.js';
import type { RawDocument } from '../../../pipeline/core/model.js';
import { rereadBlanks } from '../../../pipeline/ocr/blanks.js';
import { BLANK_CONFIDENCE } from '../../../data/digit-reader.js';
import { withoutReceiptStamps } from '../../../pipeline/ocr/receipt-stamp.js';
import { OcrTimeoutError, parseTesseractTsv, TesseractJsEngine, type OcrEngine, type OcrPage, type OcrWord } from '../../../pipeline/ocr/engines.js';
import { signatureFieldReader } from '../../../pipeline/ocr/fields.js';
import { pdfPageImages, type PageImage } from '../../../pipeline/ocr/images.js';
import { splitSegments } from '../../../pipeline/core/page-layout.js';
import { closeOcrEngines, ocrDocument } from '../../../pipeline/ocr/index.js';
import { adaptiveThreshold, crop, preparePage, rescale, toGray, type GrayImage } from '../../../pipeline/ocr/prepare.js';
import { readBuffer } from '../../../pipeline/read/index.js';
import { processBuffer, processFile } from '../../../pipeline/run/stages.js';
import { Store } from '../../../pipeline/store/index.js';
import { SAMPLE_PDF, signedPdfWithStampedNumber } from '../../fixtures.js';

const SCAN = join(import.meta.dirname, '../../..', 'examples', 'generated', '000_14d7bae0f26e4e26.scan.pdf');

afterAll(closeOcrEngines);

/** The header fields the extractors build, to compare a scan with its text-layer original. */
async function headerOf(buf: Buffer, path: string) {
  const { record } = await processBuffer(buf, path, { ocr: 'tesseract.js' });
  return {
    record,
    fields: {
      docType: record.docType?.code,
      number: record.number?.raw,
      place: record.place?.value,
      date: record.date?.iso,
      issuer: record.issuer?.name,
    },
  };
}

/** Page 1 of the example scan as pixels, and as an encoded image file. */
async function scanPage(): Promise<PageImage> {
  for await (const page of pdfPageImages(readFileSync(SCAN), [1])) return page;
  throw new Error('no page');
}

function encode(page: PageImage, format: 'png' | 'tiff', pages = 1): Buffer {
  const rgba = new Uint8Array(page.width * page.height * 4);
  for (let i = 0, j = 0; j < rgba.length; i += page.channels, j += 4) {
    rgba[j] = page.data[i]!;
    rgba[j + 1] = page.data[page.channels === 1 ? i : i + 1]!;
    rgba[j + 2] = page.data[page.channels === 1 ? i : i + 2]!;
    rgba[j + 3] = 255;
  }
  if (format === 'tiff') return multiPageTiff(rgba, page.width, page.height, pages);
  const canvas = createCanvas(page.width, page.height);
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(page.width, page.height);
  pixels.data.set(rgba);
  context.putImageData(pixels, 0, 0);
  return canvas.toBuffer('image/png');
}

/** An uncompressed RGBA TIFF with `pages` copies of the image, one IFD each (as scanners write them). */
function multiPageTiff(rgba: Uint8Array, width: number, height: number, pages: number): Buffer {
  const HEADER_BYTES = 4000; // room for the IFDs; pixel data starts after
  const ifds = Array.from({ length: pages }, (_, i) => ({
    t256: [width], t257: [height], t258: [8, 8, 8, 8], t259: [1], t262: [2], t273: [HEADER_BYTES + i * rgba.length],
    t277: [4], t278: [height], t279: [rgba.length], t284: [1], t338: [1],
  }));
  const header = new Uint8Array(UTIF.encode(ifds as never));
  const out = new Uint8Array(HEADER_BYTES + pages * rgba.length);
  out.set(header);
  for (let i = 0; i < pages; i++) out.set(rgba, HEADER_BYTES + i * rgba.length);
  return Buffer.from(out.buffer);
}

describe('OCR of scans (tesseract.js, offline)', () => {
  it('reads a scanned PDF into the same header fields as its text-layer original', async () => {
    const original = await headerOf(SAMPLE_PDF(), 'sample.pdf');
    const scan = await headerOf(readFileSync(SCAN), 'sample.scan.pdf');
    expect(scan.fields).toEqual(original.fields);
    expect(scan.record.status).toBe('ok');
    expect(scan.record.source).toMatchObject({ ocr: true, ocrEngine: expect.stringMatching(/^tesseract\.js \d/) });
    expect(scan.record.source.ocrConfidence).toBeGreaterThan(0.8);
    expect(scan.record.source.ocrPages.map((p) => p.page)).toEqual(Array.from({ length: scan.record.source.pages }, (_, i) => i + 1));
    // A scan's 110 dpi pages are upscaled before recognition.
    expect(scan.record.source.ocrPages[0]!.dpi).toBeGreaterThanOrEqual(300);
    // Nothing read by OCR is surer than the same value from a text layer.
    expect(scan.record.number!.confidence).toBeLessThanOrEqual(original.record.number!.confidence);
    // The number's box from OCR word boxes is where the text layer puts it (the scan is that PDF printed and scanned).
    const [scanBox] = scan.record.number!.location!.boxes;
    const [textBox] = original.record.number!.location!.boxes;
    expect(scanBox).toMatchObject({ page: 1 });
    for (const side of ['left', 'top', 'width'] as const) expect(Math.abs(scanBox![side] - textBox![side]), side).toBeLessThan(15);
    // The header's columns are rebuilt from word boxes.
    const { document } = await processFile(SCAN, { ocr: 'tesseract.js' });
    const issuerLine = document.lines.find((l) => /^ỦY BAN MTTQ/.test(l.text))!;
    const mottoLine = document.lines.find((l) => /^CỘNG H[OÒ]/.test(l.text))!;
    expect(issuerLine.column).toBe('left');
    expect(mottoLine.column).toBe('right');
    expect(issuerLine.confidence).toBeGreaterThan(0.5);
  }, 120_000);

  it('reads PNG and multi-page TIFF files', async () => {
    const page = await scanPage();
    const png = await headerOf(encode(page, 'png'), 'page.png');
    expect(png.record.source.format).toBe('image');
    expect(png.fields.number).toBe('234/KH-MTTQ-BTT');
    const tiff = await readBuffer(encode(page, 'tiff', 2), 'pages.tif');
    expect(tiff.needsOcr).toBe(true);
    const { record } = await processBuffer(encode(page, 'tiff', 2), 'pages.tif', { ocr: 'tesseract.js' });
    expect(record.source.pages).toBe(2);
    expect(record.source.ocrPages.map((p) => p.status)).toEqual(['ok', 'ok']);
    expect(record.number?.raw).toBe('234/KH-MTTQ-BTT');
  }, 120_000);

  it('stops a page that overruns its time limit, and the next page gets a fresh worker', async () => {
    const engine = new TesseractJsEngine({ workers: 1, pageTimeoutMs: 1 });
    const page = preparePage(await scanPage());
    await expect(engine.recognize(page)).rejects.toBeInstanceOf(OcrTimeoutError);
    await engine.close();
    const patient = new TesseractJsEngine({ workers: 1, recycleAfter: 1 });
    const line = crop(page, 0, 0, page.width, page.height / 8);
    const first = await patient.recognize(line);
    const second = await patient.recognize(line); // after recycling
    expect(second.words.map((w) => w.text)).toEqual(first.words.map((w) => w.text));
    await patient.close();
  }, 120_000);

  it('stores the engine and each page confidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-ocr-'));
    const store = new Store(join(dir, 'ocr.sqlite'));
    const result = await ingest([SCAN], store, join(dir, 'ocr.sqlite'), { concurrency: 1, ocr: 'tesseract.js' });
    expect(result).toMatchObject({ stored: 1, needsOcr: 0, failed: 0 });
    const doc = store.db.prepare('SELECT id, ocr, ocr_engine, ocr_confidence, number_raw FROM documents').get() as Record<string, unknown>;
    expect(doc).toMatchObject({ ocr: 1, number_raw: '234/KH-MTTQ-BTT', ocr_engine: expect.stringMatching(/^tesseract\.js/) });
    const pages = store.db.prepare('SELECT page, status, confidence FROM ocr_pages WHERE document_id = ? ORDER BY page').all(doc.id) as Array<Record<string, number>>;
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((p) => p.confidence! > 0.5)).toBe(true);
    store.close();
  }, 180_000);
});

/** An engine that answers from a script, for the stage logic without recognition. */
class ScriptedEngine implements OcrEngine {
  readonly name = 'scripted';
  calls: Array<{ width: number; singleLine: boolean }> = [];
  constructor(private readonly answer: (call: number, singleLine: boolean) => OcrPage | Error) {}
  async recognize(image: GrayImage, options: { singleLine?: boolean } = {}): Promise<OcrPage> {
    this.calls.push({ width: image.width, singleLine: !!options.singleLine });
    const answer = this.answer(this.calls.length, !!options.singleLine);
    if (answer instanceof Error) throw answer;
    return answer;
  }
  async close(): Promise<void> {}
}

const word = (text: string, left: number, right: number, confidence = 0.95, line = '1.1.1', top = 100): OcrWord => ({ text, left, right, top, bottom: top + 40, confidence, line });
const page = (words: OcrWord[]): OcrPage => ({ words, confidence: words.reduce((a, w) => a + w.confidence, 0) / words.length });
const blankImage: GrayImage = { width: 2480, height: 3508, data: new Uint8Array(2480 * 3508).fill(255), dpi: 300 };

describe('signature fields of a text PDF', () => {
  it('reads digits stamped into a field, never the printed words under it', async () => {
    const raw = await readBuffer(SAMPLE_PDF(), 'sample.pdf');
    const line = raw.lines.find((l) => /^Số:\s*234\//.test(l.text))!;
    // A field over the printed "234" (as a signing tool's stamp would sit in the blank).
    const field = { left: line.x + 18, top: line.y - line.fontSize! * 1.1, width: 36, height: line.fontSize! * 1.6 };
    const reader = signatureFieldReader(SAMPLE_PDF(), new TesseractJsEngine({ workers: 1 }));
    const read = await reader(line.page, [field], []);
    expect(read.map((i) => i.text).join('')).toContain('234');
    expect(read.every((i) => i.x >= field.left - 1 && i.right <= field.left + field.width + 1)).toBe(true);
    // When the text layer already has those words, the field holds nothing new.
    expect(await reader(line.page, [field], [field])).toEqual([]);
  }, 60_000);

  it('fills the number a signature field stamps into a signed text PDF, in the batch too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-signed-'));
    writeFileSync(join(dir, 'signed.pdf'), await signedPdfWithStampedNumber());
    const numberAfter = async (ocr: 'off' | 'tesseract.js') => {
      const db = join(dir, `${ocr}.sqlite`);
      const store = new Store(db);
      await ingest([join(dir, 'signed.pdf')], store, db, { concurrency: 1, ocr });
      const row = store.db.prepare('SELECT number_raw, ocr FROM documents').get() as Record<string, unknown>;
      store.close();
      return row;
    };
    expect(await numberAfter('tesseract.js')).toEqual({ number_raw: '123/KH-UBND', ocr: 0 });
    // The field's appearance draws the number as text: it is read as text, OCR on or off.
    expect(await numberAfter('off')).toEqual({ number_raw: '123/KH-UBND', ocr: 0 });
  }, 60_000);

  it('keeps a filled or empty blank in its row instead of taking it for a column gutter', () => {
    const item = (text: string, x: number, right: number) => ({ text, x, right, baseline: 100, size: 13 });
    const rows = (items: ReturnType<typeof item>[]) => splitSegments(items).map((s) => s.map((i) => i.text).join(' '));
    expect(rows([item('Số:', 113, 130), item('542', 134, 150), item('/TB-UBND', 166, 227)])).toEqual(['Số: 542 /TB-UBND']);
    expect(rows([item('Quảng', 289, 320), item('Ngãi,', 322, 350), item('ngày', 352, 385), item('tháng', 407, 440)])).toEqual(['Quảng Ngãi, ngày tháng']);
    expect(rows([item('TỈNH', 109, 140), item('QUẢNG', 142, 190), item('Độc', 312, 335), item('lập', 337, 355)])).toEqual(['TỈNH QUẢNG', 'Độc lập']);
  });
});

describe('handwritten blanks', () => {
  it('reads look-alike letters in the number blank as digits', async () => {
    const engine = new ScriptedEngine(() => page([]));
    const words = await rereadBlanks([word('Số:', 100, 180), word('Ô', 200, 230, 0.4), word('5/CT-UBND', 240, 480, 0.7)], blankImage, engine);
    const text = words.sort((a, b) => a.left - b.left).map((w) => w.text);
    expect(text).toEqual(['Số:', '05', '/CT-UBND']);
    expect(engine.calls).toHaveLength(0); // the look-alikes were enough
  });

  it('cuts glued labels apart and reads an unreadable day again as digits', async () => {
    const engine = new ScriptedEngine((_, singleLine) => (singleLine ? page([word('07', 0, 60, 0.8)]) : page([])));
    const words = await rereadBlanks([word('Quảng', 1000, 1150), word('Ngãi,', 1160, 1280), word('ngày#tháng', 1290, 1600, 0.3), word('02', 1610, 1660), word('năm', 1670, 1760), word('2025', 1770, 1880)], blankImage, engine);
    const text = words.sort((a, b) => a.left - b.left).map((w) => w.text);
    expect(text).toEqual(['Quảng', 'Ngãi,', 'ngày', '07', 'tháng', '02', 'năm', '2025']);
    expect(engine.calls).toEqual([{ width: expect.any(Number), singleLine: true }]);
  });

  it('leaves confident digits, blank blanks and the body alone', async () => {
    const engine = new ScriptedEngine(() => page([word('9', 0, 10)]));
    const header = [word('Số:', 100, 180), word('12/KH-UBND', 200, 480, 0.97)];
    const empty = [word('Số:', 100, 180, 0.95, '1.1.2', 150), word('/KH-UBND', 190, 480, 0.95, '1.1.2', 150)];
    const body = [word('ngày', 100, 200, 0.95, '9.1.1', 3000), word('x', 210, 260, 0.2, '9.1.1', 3000), word('tháng', 400, 520, 0.95, '9.1.1', 3000)];
    const words = await rereadBlanks([...header, ...empty, ...body], blankImage, engine);
    expect(words.map((w) => w.text).sort()).toEqual([...header, ...empty, ...body].map((w) => w.text).sort());
    expect(engine.calls).toHaveLength(0);
  });
});

describe('the OCR stage', () => {
  it('reports a page that fails and still reads the others', async () => {
    const lines = [word('KẾ', 300, 360, 0.95, '1.1.1', 600), word('HOẠCH', 370, 520, 0.95, '1.1.1', 600), word('Số:', 300, 360, 0.9, '1.1.2', 700), word('12/KH-UBND', 370, 600, 0.9, '1.1.2', 700), word('2024', 300, 400, 0.9, '1.1.3', 800)];
    const engine = new ScriptedEngine((call) => (call === 2 ? new Error('engine crashed') : page(lines)));
    const raw = await readBuffer(encode(await scanPage(), 'tiff', 3), 'three.tif');
    // The scripted words are not on the image: no second reading of its blanks.
    const doc = await ocrDocument(raw, encode(await scanPage(), 'tiff', 3), engine, { digitReader: null });
    expect(doc.ocr!.pages.map((p) => p.status)).toEqual(['ok', 'failed', 'ok']);
    expect(doc.messages.filter((m) => m.page === 2)).toEqual([
      expect.objectContaining({ origin: 'ocr', severity: 'error', message: expect.stringMatching(/Page 2 could not be read by OCR \(engine crashed\)/) }),
    ]);
    // The reader's notice that the image needs OCR is answered by the OCR stage.
    expect(doc.messages.some((m) => m.origin === 'read:scan')).toBe(false);
    expect(doc.lines.filter((l) => l.text === 'Số: 12/KH-UBND').map((l) => l.page)).toEqual([1, 3]);
  });

  it('leaves out words read unsurely that are shaped like no word (a stamp across print), and keeps sure ones', async () => {
    const lines = [
      ...['Đề', 'nghị', 'ban', 'hành', 'Báo', 'cáo'].map((t, i) => word(t, 100 + i * 120, 200 + i * 120, 0.95, '1.1.1', 600)),
      // Read over the words, as a stamp's print is.
      word('ntpBMOti', 820, 880, 0.2, '1.1.1', 600),
      word('ïCửlukí', 890, 940, 0.1, '1.1.1', 600),
      // A label misread with a foreign letter, read not so unsurely: the repair mends it.
      word('Näơi', 50, 90, 0.45, '1.1.1', 600),
      word('và', 830, 880, 0.95, '1.1.1', 600),
      word('iPhone', 900, 1020, 0.9, '1.1.1', 600),
    ];
    const engine = new ScriptedEngine(() => page(lines));
    const buf = encode(await scanPage(), 'tiff', 1);
    const doc = await ocrDocument(await readBuffer(buf, 'one.tif'), buf, engine, { digitReader: null });
    expect(doc.lines.map((l) => l.text)).toEqual(['Näơi Đề nghị ban hành Báo cáo và iPhone']);
  });

  it('parses Tesseract TSV into words with their line', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '4\t1\t1\t1\t1\t0\t10\t20\t300\t40\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t20\t100\t40\t96.5\tỦY',
      '5\t1\t1\t1\t1\t2\t120\t20\t100\t40\t91\tBAN',
      '5\t1\t2\t1\t1\t1\t500\t20\t100\t40\t-1\t ',
    ].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual({
      words: [
        { text: 'ỦY', left: 10, top: 20, right: 110, bottom: 60, confidence: 0.965, line: '1.1.1' },
        { text: 'BAN', left: 120, top: 20, right: 220, bottom: 60, confidence: 0.91, line: '1.1.1' },
      ],
      confidence: 0.938,
    });
  });
});

/** A document of positioned lines, as the PDF reader and the OCR stage build them. */
function positioned(rows: Array<[string, number, number, 'left' | 'right' | 'full', number?]>): RawDocument {
  let offset = 0;
  const lines = rows.map(([text, x, y, column, page = 1]) => {
    const line = { text, start: offset, end: offset + text.length, page, x, y, width: text.length * 5, column, fontSize: 12 };
    offset += text.length + 1;
    return line;
  });
  return {
    source: { path: 'scan.pdf', sha256: 'x', size: 1, format: 'pdf', pages: 2, ocr: true },
    rawText: rows.map((r) => r[0]).join('\n'),
    lines,
    needsOcr: false,
    stamps: [],
    messages: [],
    pageWidth: 595,
  };
}

describe('scan layouts', () => {
  const header: Array<[string, number, number, 'left' | 'right' | 'full']> = [
    ['ỦY BAN NHÂN DÂN', 100, 61, 'left'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 255, 61, 'right'],
    ['TỈNH QUẢNG NGÃI', 101, 78, 'left'],
    ['Độc lập - Tự do - Hạnh phúc', 309, 78, 'right'],
    ['Số: 07/CT-UBND', 109, 108, 'left'],
    ['Quảng Ngãi, ngày 20 tháng 3 năm 2018', 309, 108, 'right'],
    ['CHỈ THỊ', 301, 131, 'right'],
    ['Về việc tăng cường công tác thi hành án hành chính', 175, 151, 'right'],
    ['trên địa bàn tỉnh Quảng Ngãi', 242, 164, 'right'],
    // The body's first word was lost under a stamp: only the gap says the title has ended.
    ['thời gian qua, công tác triển khai thi hành Luật tố tụng hành chính', 167, 200, 'right'],
    ['đã đạt những kết quả tích cực, góp phần bảo đảm quyền và lợi ích hợp pháp.', 94, 215, 'full'],
  ];

  it('ends a title at the gap the rule under it leaves', () => {
    const record = extractRecord(normalizeDocument(positioned(header)));
    expect(record.title?.value).toBe('Về việc tăng cường công tác thi hành án hành chính trên địa bàn tỉnh Quảng Ngãi');
  });

  it('finds the signer on the right beside Nơi nhận when the seal hides the position lines', () => {
    const closing: Array<[string, number, number, 'left' | 'right' | 'full', number]> = [
      ['dõi, chỉ đạo./.', 90, 83, 'full', 2],
      ['Nơi nhận:', 88, 121, 'full', 2],
      ['- Văn phòng Chính phủ;', 89, 137, 'full', 2],
      ['- Bộ Tư pháp;', 89, 150, 'full', 2],
      ['Phạm Trường Thọ', 360, 160, 'right', 2],
      ['- Cục THADS tỉnh;', 89, 163, 'full', 2],
      ['- Lưu: VT, NC.', 89, 176, 'full', 2],
    ];
    const record = extractRecord(normalizeDocument(positioned([...header, ...closing])));
    expect(record.signer?.name).toBe('Phạm Trường Thọ');
    expect(record.recipients.map((r) => r.name)).toEqual(['Văn phòng Chính phủ', 'Bộ Tư pháp', 'Cục THADS tỉnh']);
  });
});

describe('receipt stamps', () => {
  /** A white page with a framed box (2 px rules) from (x0, y0) to (x1, y1). */
  function pageWithBox(x0: number, y0: number, x1: number, y1: number): GrayImage {
    const image: GrayImage = { width: 2480, height: 3508, data: new Uint8Array(2480 * 3508).fill(255), dpi: 300 };
    for (let y = y0; y <= y1; y++) for (const x of [x0, x0 + 1, x1, x1 + 1]) image.data[y * image.width + x] = 0;
    for (const y of [y0, y0 + 1, y1, y1 + 1]) image.data.fill(0, y * image.width + x0, y * image.width + x1 + 2);
    return image;
  }
  const stampWords = [word('CV', 120, 200, 0.9, '5.1.1', 650), word('Số:', 260, 320, 0.8, '5.1.1', 650), word('2352', 330, 450, 0.4, '5.1.1', 650), word('ĐẾN', 110, 210, 0.95, '5.1.2', 740)];
  const title = [word('Về', 760, 820, 0.96, '5.1.1', 650), word('việc', 830, 920, 0.96, '5.1.1', 650)];
  const body = [word('chính;', 380, 520, 0.96, '6.1.1', 900)];

  it('drops the words inside a framed receipt stamp and keeps the title beside it', () => {
    const kept = withoutReceiptStamps([...stampWords, ...title, ...body], pageWithBox(60, 600, 700, 820));
    expect(kept.map((w) => w.text)).toEqual(['Về', 'việc', 'chính;']);
  });

  it('needs both the stamp words and the frame', () => {
    const noFrame: GrayImage = { width: 2480, height: 3508, data: new Uint8Array(2480 * 3508).fill(255), dpi: 300 };
    expect(withoutReceiptStamps([...stampWords, ...title], noFrame)).toHaveLength(6);
    const table = pageWithBox(60, 600, 700, 820);
    const cells = [word('Sở', 120, 200, 0.9, '5.1.1', 650), word('Tư', 210, 260, 0.9, '5.1.1', 650), word('pháp', 270, 360, 0.9, '5.1.1', 650)];
    expect(withoutReceiptStamps(cells, table)).toHaveLength(3);
  });
});

describe('image preparation', () => {
  const pixel = (r: number, g: number, b: number): PageImage => ({ page: 1, width: 1, height: 1, data: new Uint8Array([r, g, b, 255]), channels: 4, dpi: 300, pageWidthPt: 1, pageHeightPt: 1, origin: 'file' });

  it('fades red seals and blue signatures to paper, keeps black print', () => {
    expect(toGray(pixel(200, 40, 50), true).data[0]).toBeGreaterThan(190); // seal red
    expect(toGray(pixel(40, 60, 190), true).data[0]).toBeGreaterThan(180); // ballpoint blue
    expect(toGray(pixel(30, 30, 35), true).data[0]).toBeLessThan(40); // print
    expect(toGray(pixel(200, 40, 50), false).data[0]).toBeLessThan(100); // without the step, seal ink stays dark
  });

  it('rescales and thresholds', () => {
    const gray: GrayImage = { width: 4, height: 2, data: new Uint8Array([0, 255, 0, 255, 255, 0, 255, 0]), dpi: 100 };
    const larger = rescale(gray, 3);
    expect([larger.width, larger.height, larger.dpi]).toEqual([12, 6, 300]);
    const binary = adaptiveThreshold({ width: 20, height: 20, data: new Uint8Array(400).map((_, i) => (i % 20 < 10 ? 60 : 220)), dpi: 100 });
    expect(new Set(binary.data)).toEqual(new Set([0, 255]));
    expect(binary.data[5]).toBe(0);
    expect(binary.data[15]).toBe(255);
  });

  it('rescales every pixel as bilinear interpolation of its four source pixels does', () => {
    // The textbook form, each output pixel interpolated on its own: the fast rescale must give the same bytes.
    const reference = (image: GrayImage, factor: number): Uint8Array => {
      const width = Math.max(1, Math.round(image.width * factor));
      const height = Math.max(1, Math.round(image.height * factor));
      const out = new Uint8Array(width * height);
      for (let y = 0; y < height; y++) {
        const fy = Math.min(image.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
        const y0 = Math.floor(fy);
        const y1 = Math.min(image.height - 1, y0 + 1);
        for (let x = 0; x < width; x++) {
          const fx = Math.min(image.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
          const x0 = Math.floor(fx);
          const x1 = Math.min(image.width - 1, x0 + 1);
          const at = (yy: number, xx: number) => image.data[yy * image.width + xx]!;
          const top = at(y0, x0) * (1 - (fx - x0)) + at(y0, x1) * (fx - x0);
          const bottom = at(y1, x0) * (1 - (fx - x0)) + at(y1, x1) * (fx - x0);
          out[y * width + x] = Math.round(top * (1 - (fy - y0)) + bottom * (fy - y0));
        }
      }
      return out;
    };
    let seed = 7;
    const noise: GrayImage = { width: 37, height: 23, data: new Uint8Array(37 * 23).map(() => (seed = (seed * 48271) % 2147483647) % 256), dpi: 110 };
    for (const factor of [3, 300 / 110, 1.5, 1, 0.6, 0.25]) expect(rescale(noise, factor).data).toEqual(reference(noise, factor));
  });
});

describe('signature stamp evidence', () => {
  const stamped = (text: string, stamps: RawDocument['stamps']): RawDocument => ({
    source: { path: 'x.pdf', sha256: 'x', size: 1, format: 'pdf', pages: 1, ocr: false },
    rawText: text,
    lines: text.split('\n').reduce<RawDocument['lines']>((lines, t) => {
      const start = lines.length ? lines[lines.length - 1]!.end + 1 : 0;
      lines.push({ text: t, start, end: start + t.length, page: 1, x: 0, y: lines.length, width: t.length, column: 'full' });
      return lines;
    }, []),
    needsOcr: false,
    stamps,
    messages: [],
  });
  const header = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: /TB-UBND\nQuảng Ngãi, ngày tháng 11 năm 2024\nTHÔNG BÁO\nVề việc tham dự Hội nghị\nỦy ban nhân dân tỉnh thông báo như sau.';

  it('fills a blank day from the signer’s signing time and says so', () => {
    const record = extractRecord(normalizeDocument(stamped(header, [
      { signer: 'Trung tâm Công báo và Tin học', time: '2024-11-05T09:27:05+07:00' },
      { signer: 'Phùng Tô Long', time: '2024-11-06T08:49:06+07:00' },
    ])));
    expect(record.date).toMatchObject({ day: 6, month: 11, year: 2024, iso: '2024-11-06' });
    // It says where it came from, and is surer than the blank number beside it.
    expect(record.date).toMatchObject({ reason: 'from-signature' });
    expect(record.date!.confidence).toBeGreaterThan(record.number!.confidence);
    expect(record.warnings.join(' ')).toMatch(/signing time \(2024-11-06\)/);
    expect(record.messages).toContainEqual(expect.objectContaining({ origin: 'extract:scan-evidence', severity: 'warning', span: record.date!.span }));
  });

  it('replaces a day OCR read unsurely when the signature disagrees, and keeps a sure one', () => {
    const withDateConfidence = (confidence: number) => {
      const raw = stamped(header.replace('ngày tháng', 'ngày 4 tháng'), [{ signer: 'Phùng Tô Long', time: '2024-11-06T08:49:06+07:00' }]);
      raw.lines = raw.lines.map((l) => (/ngày/.test(l.text) ? { ...l, confidence } : l));
      return extractRecord(normalizeDocument(raw));
    };
    const unsure = withDateConfidence(0.1);
    expect(unsure.date).toMatchObject({ day: 6, iso: '2024-11-06' });
    expect(unsure.warnings.join(' ')).toMatch(/read unsurely as 4/);
    // The unsure reading of the blank does not lower the day the signature gave.
    expect(unsure.date).toMatchObject({ reason: 'from-signature' });
    expect(unsure.date!.confidence).toBeGreaterThan(0.5);
    expect(withDateConfidence(0.9).date).toMatchObject({ day: 4, iso: '2024-11-04' });
    // A day two readings partly agree on (one lost the other's first digit) is the page's, not the signing day.
    expect(withDateConfidence(BLANK_CONFIDENCE.endAgrees).date).toMatchObject({ day: 4, iso: '2024-11-04' });
    expect(withDateConfidence(BLANK_CONFIDENCE.unsure).date).toMatchObject({ day: 6 });
  });

  it('never overrides a printed day or a different month', () => {
    const printed = extractRecord(normalizeDocument(stamped(header.replace('ngày tháng', 'ngày 04 tháng'), [{ signer: 'Phùng Tô Long', time: '2024-11-06T08:49:06+07:00' }])));
    expect(printed.date!.day).toBe(4);
    const otherMonth = extractRecord(normalizeDocument(stamped(header, [{ signer: 'Phùng Tô Long', time: '2024-12-02T08:49:06+07:00' }])));
    expect(otherMonth.date!.day).toBeNull();
  });
});
