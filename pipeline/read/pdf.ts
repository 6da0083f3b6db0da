import { isSignatureStampLine } from '../../data/stamps.js';
import { InputError } from '../core/errors.js';
import { checkPages, MAX_IMAGE_PIXELS } from '../core/limits.js';
import { infoMessage, SCAN_ORIGIN, warningMessage, type Message } from '../core/messages.js';
import type { FieldReader, Line, PageRect, SignatureStamp } from '../core/model.js';
import { assembleText, type LineDraft } from '../core/lines.js';
import { groupRows, leftEdge, segmentsToLines, splitSegments, type PositionedItem } from '../core/page-layout.js';
import { letterCount } from '../core/text/letters.js';
import { keepPdfjsCodeCache, loadPdfjs } from '../core/pdfjs-module.js';
import { condemnedByText, describeUntrusted, doubtful, isOcrLayer, isPageImage, judgeText, pageDrawing, pageList, type PageDrawing, type TextJudgement } from './pdf-layer.js';
import { textFieldBox, withFieldAppearancesDrawn } from './pdf-fields.js';
import { readSignatureStamps } from './pdf-signature.js';
import { asDrawn, capitalsFontText } from './pdf-capitals.js';
import { PdfObjects, repairToUnicode } from './pdf-tounicode.js';

/**
 * Reads a PDF's text layer with pdf.js (through unpdf): text items with positions are grouped into
 * rows by baseline, rows are split into segments where a wide gap separates two columns (the
 * header's left and right blocks, Nơi nhận beside the signature), and each segment becomes a line
 * with its page, position, width, font size and side. A PDF without a real text layer — a scan,
 * or a signed scan whose only text is the signature stamp — is marked `needsOcr`. So is a PDF
 * with pages that need OCR among text pages (`ocrPages`): a scanned page, or a page whose text
 * layer is a scanner's OCR that is not real Vietnamese text (pdf-layer.ts); their lines are left
 * out and the other pages keep their text.
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** Fewer letters than this per page (outside signature stamps) means the page is an image. */
const MIN_LETTERS_PER_PAGE = 40;

function toItems(raw: TextItem[], pageHeight: number, drawn: { capitals: string; other: string } | null): PositionedItem[] {
  const items: PositionedItem[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || it.str.length === 0) continue;
    const text = drawn ? asDrawn(it.str, drawn) : it.str;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 10;
    // Trailing spaces widen an item without ink; measure the right edge of its last glyph.
    const inked = it.str.trimEnd().length / it.str.length;
    items.push({ text, x: e, right: e + it.width * inked, baseline: pageHeight - f, size });
  }
  return items;
}

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;

/**
 * Opens a PDF with pdf.js as unpdf's `getDocumentProxy` does in Node when pdfjs-dist is not
 * installed (unpdf bundles its own pdf.js): its defaults `isEvalSupported: false` and
 * `useSystemFonts: true`, with ours. Called directly because `getDocumentProxy` first asks
 * `import.meta.resolve('pdfjs-dist/package.json')` for every document, which fails after a walk
 * up the node_modules folders (~0.6 CPU-ms a document).
 */
async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const { getDocument } = await loadPdfjs();
  return getDocument({ data, isEvalSupported: false, useSystemFonts: true, verbosity: 0, maxImageSize: MAX_IMAGE_PIXELS }).promise;
}

function pdfFailure(error: unknown): InputError {
  const name = (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new InputError('encrypted', 'is a password-protected PDF; remove the password and add it again.');
  }
  if (name === 'InvalidPDFException' || /Invalid PDF|startxref|xref/i.test(message)) {
    return new InputError('corrupt', 'is a damaged or truncated PDF that cannot be opened.');
  }
  return new InputError('corrupt', `is a PDF that cannot be read (${message.split('\n')[0]}).`);
}

export interface PdfReadResult {
  rawText: string;
  lines: Line[];
  pages: number;
  pageWidth: number;
  needsOcr: boolean;
  /** Pages to read by OCR when only some are (absent: every page, when `needsOcr`). */
  ocrPages?: number[];
  stamps: SignatureStamp[];
  messages: Message[];
}

/** A rectangle on a page, in points from the top-left. */


async function textFieldRects(page: { getAnnotations(): Promise<unknown[]> }, pageHeight: number): Promise<PageRect[]> {
  const annotations = (await page.getAnnotations().catch(() => [])) as Array<{ fieldType?: string; hasAppearance?: boolean; rect?: number[] }>;
  return annotations
    .filter((a) => a.fieldType === 'Sig' && a.hasAppearance)
    .map(({ rect }) => textFieldBox(rect, pageHeight))
    .filter((r): r is PageRect => r !== null);
}

/** A word drawn inside a field's box (its middle, on a baseline within the box). */
function inField(item: PositionedItem, field: PageRect): boolean {
  const middle = (item.x + item.right) / 2;
  return middle >= field.left && middle <= field.left + field.width && item.baseline >= field.top && item.baseline <= field.top + field.height + 2;
}

/** Field words that repeat printed text under the field (a field's box also covers the label beside the blank). */
function withoutPrinted(fieldItems: PositionedItem[], printed: PositionedItem[]): PositionedItem[] {
  return fieldItems.filter(
    (f) => !printed.some((p) => p.text.trim() && Math.abs(p.baseline - f.baseline) < Math.max(p.size, f.size) && f.x < p.right && p.x < f.right),
  );
}

export async function readPdf(buf: Buffer, readFields?: FieldReader): Promise<PdfReadResult> {
  let pdf;
  // A copy whose ToUnicode maps no longer send capitals to a space (pdf-tounicode.ts), and the
  // text a TCVN3 capitals font drew (pdf-capitals.ts): both read the file's objects once.
  const objects = buf.includes('/ObjStm') || buf.includes('/ToUnicode') || buf.includes('Vn') ? new PdfObjects(buf, buf.toString('latin1')) : null;
  const { buf: readable, restored } = objects ? repairToUnicode(buf, objects) : { buf, restored: 0 };
  const drawn = objects ? capitalsFontText(objects) : null;
  try {
    pdf = await openPdf(new Uint8Array(readable));
  } catch (error) {
    throw pdfFailure(error);
  }
  try {
    checkPages(pdf.numPages);
  } catch (error) {
    await pdf.destroy().catch(() => undefined);
    throw error;
  }
  const drafts: LineDraft[] = [];
  // Annotations cost a parse per page; only a signed PDF has signature fields to read.
  const mayHaveFields = buf.includes('/Sig');
  // The fields' stamped text, read from their appearance streams drawn onto a copy of the pages.
  let stampedCopy: Promise<PdfDocument | null> | undefined;
  const stampedItems = async (p: number, fields: PageRect[]): Promise<PositionedItem[]> => {
    stampedCopy ??= withFieldAppearancesDrawn(readable).then((copy) =>
      copy ? openPdf(copy).catch(() => null) : null,
    );
    const copy = await stampedCopy;
    if (!copy) return [];
    const page = await copy.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    const items = toItems((await page.getTextContent()).items as TextItem[], viewport.height, drawn);
    page.cleanup();
    return items.filter((i) => i.text.trim() && fields.some((f) => inField(i, f)));
  };
  let scan = false;
  let pageWidth = 595;
  let leftMargin = Infinity;
  const judged: Array<{ page: number; letters: number; judgement: TextJudgement }> = [];
  const untrusted: number[] = [];
  const images: number[] = [];
  let described: { judgement: TextJudgement; drawing: PageDrawing | null } | null = null;
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      if (p === 1) pageWidth = viewport.width;
      const content = await page.getTextContent();
      const items = toItems(content.items as TextItem[], viewport.height, drawn);
      const fields = mayHaveFields ? await textFieldRects(page, viewport.height) : [];
      if (fields.length > 0) {
        const printed = items.filter((i) => i.text.trim()).map((i) => ({ left: i.x, top: i.baseline - i.size, width: i.right - i.x, height: i.size * 1.3 }));
        // Text the signing tool stamped is read as text; only fields without any (a drawn image) go to OCR.
        const stamped = withoutPrinted(await stampedItems(p, fields), items);
        const unread = fields.filter((f) => !stamped.some((i) => inField(i, f)));
        items.push(...stamped);
        if (unread.length > 0 && readFields) items.push(...withoutPrinted(await readFields(p, unread, printed), items));
      }
      const rows = groupRows(items);
      const rowSegments = rows.map(splitSegments);
      // The text block's left edge; a last page holding only a signer's name keeps the earlier pages' edge.
      leftMargin = Math.min(leftMargin, leftEdge(rowSegments));
      const pageLines = segmentsToLines(rowSegments, { page: p, pageWidth: viewport.width, leftMargin });
      const own = pageLines.filter((line) => !isSignatureStampLine(line.text));
      const pageLetters = own.reduce((n, line) => n + letterCount(line.text), 0);
      judged.push({ page: p, letters: pageLetters, judgement: judgeText(own.map((line) => line.text).join('\n')) });
      drafts.push(...pageLines);
      page.cleanup();
    }
    const trusted = () => judged.filter((j) => !untrusted.includes(j.page)).reduce((n, j) => n + j.letters, 0);
    const isScan = () => trusted() < MIN_LETTERS_PER_PAGE * Math.max(1, pdf.numPages) * 0.5;
    for (const j of judged) {
      if (!condemnedByText(j.judgement)) continue;
      untrusted.push(j.page);
      described ??= { judgement: j.judgement, drawing: null };
    }
    // A file with too little trusted text is a scan, read whole by OCR; otherwise pages whose text
    // leaves a doubt, and pages with little text, are looked at as drawn.
    if (!isScan()) {
      for (const j of judged) {
        const few = j.letters < MIN_LETTERS_PER_PAGE;
        if (untrusted.includes(j.page) || (!few && !doubtful(j.judgement))) continue;
        const page = await pdf.getPage(j.page);
        // A page whose drawing cannot be walked keeps its text, as before pages were judged.
        const drawing = await pageDrawing(page as never).catch(() => null);
        page.cleanup();
        if (!drawing) continue;
        if (few && isPageImage(drawing)) images.push(j.page);
        else if (!few && isOcrLayer(drawing)) {
          untrusted.push(j.page);
          described ??= { judgement: j.judgement, drawing };
        }
      }
    }
    untrusted.sort((a, b) => a - b);
    scan = isScan();
  } catch (error) {
    throw pdfFailure(error);
  } finally {
    await pdf.destroy().catch(() => undefined);
    if (stampedCopy) await (await stampedCopy.catch(() => null))?.destroy().catch(() => undefined);
  }
  // This thread's first document read: pdf.js's code cache now holds what reading compiled.
  keepPdfjsCodeCache();
  const pages = pdf.numPages;
  const stamps = readSignatureStamps(buf);
  const messages: Message[] = [];
  if (restored > 0) messages.push(infoMessage('read:pdf', `The PDF's font maps read ${restored} letter(s) as spaces; they were read from the fonts' glyph order instead.`));
  if (described) messages.push(warningMessage('read:pdf', describeUntrusted(untrusted, described.judgement, described.drawing)));
  const ocrPages = scan ? [] : [...new Set([...untrusted, ...images])].sort((a, b) => a - b);
  const needsOcr = scan || ocrPages.length > 0;
  if (scan && untrusted.length < pages) {
    const besides = stamps.length > 0 ? ` besides ${stamps.length} digital-signature stamp(s)` : '';
    messages.push(warningMessage(SCAN_ORIGIN, `The PDF has no text layer${besides}: it is a scan and needs OCR.`));
  } else if (images.length > 0) {
    messages.push(warningMessage('read:pdf', `Page${images.length > 1 ? 's' : ''} ${pageList(images)} of the PDF ${images.length > 1 ? 'are scans' : 'is a scan'} among text pages: set aside for OCR.`));
  }
  // Lines of the pages OCR will read are left out; the others keep their text.
  const kept = needsOcr && ocrPages.length > 0 ? drafts.filter((d) => !ocrPages.includes(d.page)) : drafts;
  const { text, lines } = assembleText(kept);
  return { rawText: text, lines, pages, pageWidth, needsOcr, ...(ocrPages.length > 0 ? { ocrPages } : {}), stamps, messages };
}
