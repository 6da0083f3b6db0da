import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, popGraphicsState, pushGraphicsState, setTextRenderingMode, StandardFonts, TextRenderingMode, type PDFImage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrPage } from '../../../pipeline/ocr/engines.js';
import { ocrDocument } from '../../../pipeline/ocr/read-scan.js';
import { BROKEN_WORD } from '../../../data/text-layer.js';
import { judgeText, wordsAndTokens } from '../../../pipeline/read/pdf-layer.js';
import { letterCount } from '../../../pipeline/core/text/letters.js';
import { readBuffer } from '../../../pipeline/read/index.js';

/**
 * Text layers that lie, built as office scanners and signing tools build them: a picture of the
 * page with the scanner's OCR drawn invisibly over it (render mode 3), often without Vietnamese;
 * typed Vietnamese pages; a scanned page whose only text is a digital signature's stamp.
 */

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** What a scanner's OCR without Vietnamese makes of a Vietnamese header and body. */
const SCANNER_OCR = [
  'uY BAN NgAN nAN CeNG HoA xA ugr cuu xcuia vrET NAM',
  'TINH LAMDONG DQc l$p - Tg do - Hlnh phric',
  's6:]+9-} /TB-LIBND Ldm D6ng, ngdyzlt thdng! ndm 2025',
  'THONG BAO Kiit lu$n cua Chu tfch UBND tinh t4i cu6c hQp',
  'Ngdy 15 thdng 9 ndm 2025, Chir tich UBND tinh dd chu tri cu6c h9p vi tinh hinh',
  'thyc hiQn nhiQm vg phdt tri6n kinh t6 - xd hQi cua tinh; tham dg cu6c hgp c6 ldnh',
  'dqo c6c S0, ban, ngdnh li6n quan. Sau khi nghe b6o c6o, Chu tich UBND tinh k6t lufn:',
  'l. C6c s0, ban, ngdnh tfp trung thgc hiQn c6c nhiQm vr,r dd dugc giao trong nim 2025.',
];

/** Typed Vietnamese, as a text PDF carries it. */
const TYPED = [
  'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc',
  'Số: 542/TB-UBND Lâm Đồng, ngày 15 tháng 9 năm 2025',
  'THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh tại cuộc họp',
  'Ngày 15 tháng 9 năm 2025, Chủ tịch UBND tỉnh đã chủ trì cuộc họp về tình hình',
  'thực hiện nhiệm vụ phát triển kinh tế - xã hội của tỉnh; tham dự cuộc họp có lãnh',
  'đạo các Sở, ban, ngành liên quan. Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận:',
  '1. Các sở, ban, ngành tập trung thực hiện các nhiệm vụ đã được giao trong năm 2025.',
];

/** A light-grey page picture, as a scanner stores it (content does not matter to the reader). */
async function pagePicture(pdf: PDFDocument): Promise<PDFImage> {
  const canvas = createCanvas(620, 877);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#222';
  for (let y = 60; y < 820; y += 24) ctx.fillRect(60, y, 500, 3);
  return pdf.embedJpg(await canvas.encode('jpeg', 60));
}

const unmarked = (line: string) => line.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

type PageKind = 'scanner-ocr' | 'typed' | 'stamp-only' | 'unmarked-typed' | 'unmarked-ocr';

async function pdfOf(kinds: PageKind[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const vietnamese = await pdf.embedFont(readFileSync(join(fontDir, 'DejaVuSerif.ttf')), { subset: true });
  const latin = await pdf.embedFont(StandardFonts.Helvetica);
  const picture = await pagePicture(pdf);
  for (const kind of kinds) {
    const page = pdf.addPage([595, 842]);
    const write = (lines: string[], font = vietnamese) => lines.forEach((text, i) => page.drawText(text, { x: 50, y: 780 - i * 22, size: 11, font }));
    if (kind === 'typed') write(TYPED);
    else if (kind === 'unmarked-typed') write(TYPED.map(unmarked), latin);
    else {
      page.drawImage(picture, { x: 0, y: 0, width: 595, height: 842 });
      if (kind === 'scanner-ocr' || kind === 'unmarked-ocr') {
        page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
        write(kind === 'scanner-ocr' ? SCANNER_OCR : TYPED.map(unmarked), latin);
        page.pushOperators(popGraphicsState());
      } else {
        page.drawText('Ký bởi: Ủy ban nhân dân tỉnh Lâm Đồng', { x: 380, y: 60, size: 7, font: vietnamese });
        page.drawText('Thời gian ký: 15.09.2025 10:21:07 +07:00', { x: 380, y: 50, size: 7, font: vietnamese });
      }
    }
  }
  return Buffer.from(await pdf.save());
}

describe('judging a text layer', () => {
  it('finds no sign in typed Vietnamese and three in a scanner’s OCR without Vietnamese', () => {
    expect(judgeText(TYPED.join('\n')).signs).toEqual([]);
    expect(judgeText(SCANNER_OCR.join('\n')).signs).toEqual(['few syllables', 'no marks', 'broken words']);
  });

  it('counts broken words alike when the tokens were met before', () => {
    const text = SCANNER_OCR.join('\n');
    const tokens = text.split(/\s+/u).filter((t) => /\p{L}/u.test(t));
    const expected = tokens.filter((t) => BROKEN_WORD.test(t)).length / tokens.length;
    expect(expected).toBeGreaterThan(0);
    expect(judgeText(text).broken).toBe(expected);
    // Again, every token now known, and mixed with typed text whose tokens are not broken.
    expect(judgeText(text).broken).toBe(expected);
    const mixed = `${text}\n${TYPED.join('\n')}`;
    const mixedTokens = mixed.split(/\s+/u).filter((t) => /\p{L}/u.test(t));
    expect(judgeText(mixed).broken).toBe(mixedTokens.filter((t) => BROKEN_WORD.test(t)).length / mixedTokens.length);
  });

  it('does not judge a page with too few words (a signature page, a table of figures)', () => {
    expect(judgeText('uY BAN NgAN nAN').signs).toEqual([]);
  });
});

describe('PDF pages whose text layer lies', () => {
  it('sets aside an invisible scanner layer over the page image and says so', async () => {
    const raw = await readBuffer(await pdfOf(['scanner-ocr']), 'scan-with-layer.pdf');
    expect(raw.needsOcr).toBe(true);
    expect(raw.messages.map((w) => w.message).join(' ')).toMatch(/Page 1's text layer is not real text.*set aside for OCR/);
  });

  it('keeps a typed Vietnamese page, and a typed page without marks drawn visibly', async () => {
    for (const kind of ['typed', 'unmarked-typed'] as const) {
      const raw = await readBuffer(await pdfOf([kind, kind]), `${kind}.pdf`);
      expect(raw.needsOcr).toBe(false);
      expect(raw.messages).toEqual([]);
      expect(raw.lines.some((l) => /THÔNG BÁO|THONG BAO/.test(l.text))).toBe(true);
    }
  });

  it('sets aside an invisible layer without marks: one sign is enough for text drawn over a page image', async () => {
    const raw = await readBuffer(await pdfOf(['unmarked-ocr', 'typed']), 'unmarked-layer.pdf');
    expect(raw.ocrPages).toEqual([1]);
    expect(raw.messages.map((w) => w.message).join(' ')).toMatch(/Page 1's text layer is not real text \(.*drawn invisibly, over an image of the page\)/);
  });

  it('keeps a scan whose only text is a signature stamp a scan, as before', async () => {
    const raw = await readBuffer(await pdfOf(['stamp-only']), 'signed-scan.pdf');
    expect(raw.needsOcr).toBe(true);
    expect(raw.ocrPages).toBeUndefined();
    expect(raw.messages.map((w) => w.message).join(' ')).toMatch(/^The PDF has no text layer.*needs OCR\.$/);
  });

  it('judges each page: a mixed PDF keeps its typed pages and sends the others to OCR', async () => {
    const buf = await pdfOf(['typed', 'scanner-ocr', 'typed', 'stamp-only']);
    const raw = await readBuffer(buf, 'mixed.pdf');
    expect(raw.needsOcr).toBe(true);
    expect(raw.ocrPages).toEqual([2, 4]);
    expect([...new Set(raw.lines.map((l) => l.page))]).toEqual([1, 3]);
    const warnings = raw.messages.map((w) => w.message).join(' ');
    expect(warnings).toMatch(/Page 2's text layer is not real text/);
    expect(warnings).toMatch(/Page 4 of the PDF is a scan among text pages/);

    // OCR reads only pages 2 and 4; pages 1 and 3 keep their text, in page order.
    const read: number[] = [];
    const engine: OcrEngine = {
      name: 'scripted',
      async recognize(): Promise<OcrPage> {
        read.push(read.length);
        const words = ['Văn', 'bản', 'đọc', 'bằng', 'OCR', 'trang', 'này'].map((text, i) => ({ text, left: 300 + i * 160, right: 440 + i * 160, top: 500, bottom: 540, confidence: 0.9, line: '1.1.1' }));
        return { words, confidence: 0.9 };
      },
      async close() {},
    };
    const doc = await ocrDocument(raw, buf, engine, { digitReader: null });
    expect(read).toHaveLength(2);
    expect(doc.needsOcr).toBe(false);
    expect(doc.lines.map((l) => l.page)).toEqual([...doc.lines.map((l) => l.page)].sort((a, b) => a - b));
    expect(doc.lines.filter((l) => l.text.includes('Văn bản đọc bằng OCR')).map((l) => l.page)).toEqual([2, 4]);
    expect(doc.lines.filter((l) => l.page === 1).map((l) => l.text).join('\n')).toContain('THÔNG BÁO');
    expect(doc.ocr!.pages.map((p) => p.page)).toEqual([2, 4]);
    expect(doc.messages.map((w) => w.message).join(' ')).toMatch(/Page 2's text layer is not real text/);
  });
});

describe('words and tokens found in one pass', () => {
  // What the judge was written with: the patterns the one-pass finder stands for.
  const byPatterns = (text: string) => {
    const tokens = text.split(/\s+/u).filter((t) => /\p{L}/u.test(t));
    return {
      words: text.match(/[\p{L}\p{M}]+/gu) ?? [],
      tokens: tokens.length,
      brokenTokens: tokens.filter((t) => BROKEN_WORD.test(t)).length,
      letters: text.replace(/[^\p{L}]/gu, '').length,
    };
  };
  const samples = [
    'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '  Số: 12/QĐ-UBND\t\tHà Nội, ngày 5 tháng 3 năm 2024  ',
    // decomposed marks (a letter then U+0301), a mark alone, digits inside words, no-break and ideographic spaces
    'Quye\u0301t \u0301 đi\u0323nh H4nh l$p NgAN\u00a0uY\u3000BAN 2024 ... -- “trích”',
    // mathematical letters outside the BMP (surrogate pairs) take the patterns' path
    'Điều 𝐀𝐁 1 𝑥 khoản',
    '',
    '\n\n  \t',
    '(a) b; c, d! e? [f] {g} “h” ‘i’ j-k l–m n—o p/q r…s',
  ];
  it.each(samples)('as the patterns find them: %j', (text) => {
    const expected = byPatterns(text);
    expect(wordsAndTokens(text)).toEqual({ words: expected.words, tokens: expected.tokens, brokenTokens: expected.brokenTokens });
    expect(letterCount(text)).toBe(expected.letters);
  });

  it('on every BMP character (surrogates aside) between two letters', () => {
    const codes = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff);
    const all = codes.map((code) => `a${String.fromCharCode(code)}b`).join(' ');
    const expected = byPatterns(all);
    expect(wordsAndTokens(all)).toEqual({ words: expected.words, tokens: expected.tokens, brokenTokens: expected.brokenTokens });
    expect(letterCount(all)).toBe(expected.letters);
  });

  it('counts the tokens BROKEN_WORD finds a match in, for every BMP character beside and between letters', () => {
    const codes = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff);
    // Each character one token at a time (white space inside a "token" splits it, as the patterns do).
    const shapes = [(c: string) => `${c}B`, (c: string) => `b${c}`, (c: string) => `B${c}`, (c: string) => `x${c}${c}y`, (c: string) => `Đ${c}.${c}a`, (c: string) => `x\u0301${c}y`];
    for (const shape of shapes) {
      const all = codes.map((code) => shape(String.fromCharCode(code))).join(' ');
      const expected = byPatterns(all);
      const found = wordsAndTokens(all);
      expect({ tokens: found.tokens, brokenTokens: found.brokenTokens }).toEqual({ tokens: expected.tokens, brokenTokens: expected.brokenTokens });
    }
  });
});
