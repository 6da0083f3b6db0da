import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { NativeTesseractEngine, nativeTesseractVersion, type RecognizeOptions } from '../../../pipeline/ocr/engines.js';
import { LibTesseract } from '../../../pipeline/ocr/libtesseract.js';
import { crop, type GrayImage } from '../../../pipeline/ocr/prepare.js';

/**
 * The native engine reads in its own process with libtesseract, the library the `tesseract`
 * command runs: the same settings must give the same words, boxes and confidences as the command,
 * for a page, a blank read as one line of digits, and a region read as one block.
 */

const version = nativeTesseractVersion();
const library = version ? LibTesseract.load(version) : new Error('the tesseract command with Vietnamese data is not installed');
if (library instanceof Error) console.log(`libtesseract tests skipped: ${library.message}`);
else library.close();

/** A header as printed at 300 dpi, in gray. */
function printedHeader(): GrayImage {
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(fontDir, 'DejaVuSerif.ttf'), 'Serif for OCR');
  const canvas = createCanvas(1500, 420);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = 'black';
  ctx.font = '46px "Serif for OCR"';
  ctx.fillText('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 60, 90);
  ctx.fillText('Số: 4552 /KH-UBND', 60, 200);
  ctx.fillText('Quảng Ngãi, ngày 06 tháng 11 năm 2024', 60, 310);
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const data = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4 + 1]!;
  return { width: canvas.width, height: canvas.height, data, dpi: 300 };
}

describe.skipIf(library instanceof Error)('libtesseract in the process', () => {
  const inProcess = new NativeTesseractEngine(version!, { workers: 2 });
  const command = new NativeTesseractEngine(version!, { workers: 2, command: true });
  afterAll(async () => {
    await inProcess.close();
    await command.close();
  });

  it('reads as the command does: a page, one line of digits, one block', async () => {
    const page = printedHeader();
    const jobs: Array<[GrayImage, RecognizeOptions]> = [
      [page, {}],
      [crop(page, 150, 150, 200, 70), { singleLine: true, alphabet: '0123456789' }],
      [crop(page, 0, 240, 1500, 100), { block: true }],
    ];
    expect(inProcess.inProcess()).toBe(true);
    expect(command.inProcess()).toBe(false);
    for (const [image, options] of jobs) {
      // Two at once on the library (a handle each), as the engine runs one image per core.
      const [first, second] = await Promise.all([inProcess.recognize(image, options), inProcess.recognize(image, options)]);
      const byCommand = await command.recognize(image, options);
      expect(byCommand.words.length).toBeGreaterThan(0);
      expect(first).toEqual(byCommand);
      expect(second).toEqual(byCommand);
    }
    expect((await inProcess.recognize(jobs[1]![0], jobs[1]![1])).words.map((w) => w.text).join('')).toBe('4552');
  }, 60_000);
});
