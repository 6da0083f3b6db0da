/**
 * Builds sample documents from a plain text that has its header: a DOCX whose header is a
 * borderless two-column table (as real ones are), a PDF with a positioned text layer, and a
 * "scanned" PDF that is only page images. Used by `npm run examples` and `npm run bench`.
 */
import { createCanvas } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const require = createRequire(import.meta.url);
const FONT = readFileSync(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSerif.ttf'));
const FONT_BOLD = readFileSync(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSerif-Bold.ttf'));

/**
 * The moment every sample claims to be made at, so `npm run examples` writes the same bytes each
 * time (a rebuilt but unchanged sample would otherwise look new to `ingest` and be read again).
 */
export const SAMPLE_TIME = new Date('2025-01-01T00:00:00Z');

/**
 * Runs `make` with the clock stopped at SAMPLE_TIME: the docx package stamps `dcterms:created`
 * and `dcterms:modified` and its ZIP entries with the current time and offers no option to set
 * them, so the time it reads is the one fixed here.
 */
async function atSampleTime<T>(make: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  const fixed = SAMPLE_TIME.getTime();
  class SampleDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = SampleDate as DateConstructor;
  try {
    return await make();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** Fixed metadata for a sample PDF: pdf-lib would stamp the current time. */
function stampPdf(pdf: PDFDocument): void {
  pdf.setCreator('vanban make-examples');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(SAMPLE_TIME);
  pdf.setModificationDate(SAMPLE_TIME);
}

export interface Sample {
  name: string;
  left: string[]; // issuer block and number
  right: string[]; // motto and place/date
  body: Array<{ text: string; bold?: boolean; center?: boolean }>;
}

/** Splits a seed text that has its header into the header's two columns and the body. */
export function toSample(name: string, text: string): Sample | null {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
  const numberAt = lines.findIndex((l) => /^Số\s*:/u.test(l));
  const placeAt = lines.findIndex((l) => /,\s*ngày\b/u.test(l));
  if (numberAt < 0 || placeAt < 0) return null;
  const motto = lines.findIndex((l) => /^CỘNG H/u.test(l));
  const left = lines.slice(0, numberAt + 1).filter((l) => !/^CỘNG H|^Độc lập/u.test(l));
  // Copies that lost the motto keep only what they print.
  const right = motto >= 0 ? [lines[motto]!, lines[motto + 1]!, lines[placeAt]!] : [lines[placeAt]!];
  const body = lines.slice(placeAt + 1).map((l) => ({
    text: l.replace(/\*\*/g, ''),
    bold: /^[\p{Lu}\d\s,.\-–:()]+$/u.test(l) && l.length < 80,
    center: l === 'KẾ HOẠCH',
  }));
  return { name, left, right, body };
}

export async function makeDocx(sample: Sample): Promise<Buffer> {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const cell = (lines: string[], boldFirst: number) =>
    new TableCell({
      borders,
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: lines.map((l, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold: i < boldFirst, italics: /ngày/u.test(l) })] })),
    });
  const header = new Table({
    borders,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [cell(sample.left, sample.left.length - 1), cell(sample.right, 2)] })],
  });
  const body = sample.body.map(
    (b) => new Paragraph({ alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: [new TextRun({ text: b.text, bold: b.bold })] }),
  );
  return atSampleTime(() => Packer.toBuffer(new Document({ creator: 'vanban make-examples', sections: [{ children: [header, ...body] }] })));
}

/** Wraps text to a width in points with the given measure. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

interface PlacedLine {
  text: string;
  x: number;
  y: number; // from the top
  bold: boolean;
  size: number;
}

/** Lays a sample out on A4 pages: two header columns, then the body, like a printed document. */
function layout(sample: Sample, measure: (s: string, bold: boolean, size: number) => number): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  const size = 12;
  const lead = 17;
  const columnCentre = (col: 0 | 1) => (col === 0 ? 160 : 410);
  sample.left.forEach((t, i) => pages[0]!.push({ text: t, x: columnCentre(0) - measure(t, true, size) / 2, y: 60 + i * lead, bold: i < sample.left.length - 1, size }));
  const mottoLines = sample.right.length - 1;
  sample.right.forEach((t, i) => pages[0]!.push({ text: t, x: columnCentre(1) - measure(t, i < mottoLines, size) / 2, y: 60 + i * lead, bold: i < mottoLines, size }));
  let y = 60 + Math.max(sample.left.length, sample.right.length) * lead + 25;
  for (const block of sample.body) {
    for (const line of wrap(block.text, 480, (s) => measure(s, !!block.bold, size))) {
      if (y > 790) {
        pages.push([]);
        y = 60;
      }
      const x = block.center ? 297 - measure(line, !!block.bold, size) / 2 : 60;
      pages[pages.length - 1]!.push({ text: line, x, y, bold: !!block.bold, size });
      y += lead;
    }
    y += 4;
  }
  return pages;
}

export async function makeTextPdf(sample: Sample): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(FONT, { subset: true });
  const bold = await pdf.embedFont(FONT_BOLD, { subset: true });
  const measure = (s: string, b: boolean, size: number) => (b ? bold : regular).widthOfTextAtSize(s, size);
  for (const placed of layout(sample, measure)) {
    const page = pdf.addPage([595, 842]);
    for (const l of placed) page.drawText(l.text, { x: l.x, y: 842 - l.y, size: l.size, font: l.bold ? bold : regular });
  }
  stampPdf(pdf);
  return pdf.save({ useObjectStreams: false });
}

/** A scan: each page rendered to a JPEG at 110 dpi and placed as the page's only content. */
export async function makeScannedPdf(sample: Sample): Promise<Uint8Array> {
  const { GlobalFonts } = await import('@napi-rs/canvas');
  GlobalFonts.register(FONT, 'DejaVu Serif');
  GlobalFonts.register(FONT_BOLD, 'DejaVu Serif Bold');
  const scale = 110 / 72;
  const probe = createCanvas(10, 10).getContext('2d');
  const measure = (s: string, b: boolean, size: number) => {
    probe.font = `${size}px ${b ? '"DejaVu Serif Bold"' : '"DejaVu Serif"'}`;
    return probe.measureText(s).width;
  };
  const pdf = await PDFDocument.create();
  for (const placed of layout(sample, measure)) {
    const canvas = createCanvas(Math.round(595 * scale), Math.round(842 * scale));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#f4f1ea';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#1a1a1a';
    ctx.rotate(0.004); // a little skew, as on a real scanner
    for (const l of placed) {
      ctx.font = `${l.size * scale}px ${l.bold ? '"DejaVu Serif Bold"' : '"DejaVu Serif"'}`;
      ctx.fillText(l.text, l.x * scale, l.y * scale);
    }
    const jpeg = await canvas.encode('jpeg', 55);
    const image = await pdf.embedJpg(jpeg);
    const page = pdf.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  stampPdf(pdf);
  return pdf.save();
}

