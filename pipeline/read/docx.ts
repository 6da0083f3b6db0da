import mammoth from 'mammoth';
import { MARKER_BEFORE_TAB, OPEN_BLANK_END } from '../../data/layout-patterns.js';
import { fromLegacyText, legacyFont } from '../core/text/legacy.js';
import { InputError } from '../core/errors.js';
import { errorMessage, infoMessage, type Message } from '../core/messages.js';
import type { Column, Line } from '../core/model.js';
import { assembleText, type LineDraft } from '../core/lines.js';
import { checkZipSizes } from './zip-guard.js';

/**
 * Reads a DOCX through mammoth's document model (not its HTML): paragraphs, line breaks, tables with
 * their cells kept as separate positioned blocks, bold/italic/all-caps runs. Footnotes and endnotes
 * follow the body, in the order they are referred to: they cite documents as the body does.
 * Comments are dropped.
 */

// The parts of mammoth's internal document model that this reader walks.
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  breakType?: string;
  isBold?: boolean;
  isItalic?: boolean;
  isAllCaps?: boolean;
  font?: string | null;
  fontSize?: number | null;
  alignment?: string | null;
  colSpan?: number;
  rowSpan?: number;
  noteType?: string;
  noteId?: string;
  body?: MammothNode[];
  /** The document's footnotes and endnotes, found by their references. */
  notes?: { resolve(reference: MammothNode): MammothNode | null };
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface CellPlace {
  table: number;
  row: number;
  col: number;
  cols: number;
}

interface RunStyle {
  bold: boolean;
  italic: boolean;
  caps: boolean;
  legacy: ReturnType<typeof legacyFont>;
}

/** A tab with blanks around it, or several tabs: the gap between two columns typed in one paragraph. */
const TAB_GUTTER = /(?<=\S)(?:[ ]*\t[ \t]*\t[ \t]*|[ ]{2,}\t[ \t]*|[ ]*\t[ ]{2,}[ \t]*)(?=\S)/;

/** Where a paragraph's line is cut into two columns by a tab gutter, or null. */
function tabGutter(text: string): { index: number; end: number } | null {
  // Every gutter holds a tab: a paragraph without one (most) is not searched (the look-behind
  // opening the pattern is tried at every character; issue 23).
  const m = text.includes('\t') ? TAB_GUTTER.exec(text) : null;
  if (!m) return null;
  const left = text.slice(0, m.index);
  if (MARKER_BEFORE_TAB.test(left) || OPEN_BLANK_END.test(left)) return null;
  return { index: m.index, end: m.index + m[0].length };
}

class DocxWalker {
  readonly drafts: LineDraft[] = [];
  /** Runs converted from a legacy font's encoding, per encoding. */
  readonly legacyRuns = { tcvn3: 0, vni: 0 };
  /** Footnote and endnote references, in body order. */
  readonly noteReferences: MammothNode[] = [];
  private tableCount = 0;
  private paragraphCount = 0;
  private y = 0;

  walkBlocks(nodes: MammothNode[], cell?: CellPlace): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node, cell);
      else if (node.type === 'table') this.table(node);
      else if (node.children) this.walkBlocks(node.children, cell);
    }
  }

  private table(node: MammothNode): void {
    const table = this.tableCount++;
    const rows = (node.children ?? []).filter((r) => r.type === 'tableRow');
    // A cell merged down over the rows below is left out of them: its grid columns stay taken there,
    // so the cells after it keep the columns of the header above them.
    const takenUntil: number[] = [];
    rows.forEach((rowNode, row) => {
      const cells = (rowNode.children ?? []).filter((c) => c.type === 'tableCell');
      const taken = (col: number) => (takenUntil[col] ?? -1) >= row;
      const places: number[] = [];
      let col = 0;
      for (const cellNode of cells) {
        while (taken(col)) col++;
        places.push(col);
        const span = cellNode.colSpan ?? 1;
        for (let c = col; c < col + span; c++) takenUntil[c] = row + (cellNode.rowSpan ?? 1) - 1;
        col += span;
      }
      while (taken(col)) col++;
      const cols = col;
      cells.forEach((cellNode, i) => this.walkBlocks(cellNode.children ?? [], { table, row, col: places[i]!, cols }));
    });
  }

  private paragraph(node: MammothNode, cell?: CellPlace): void {
    // A paragraph may hold line breaks: each visual line becomes a line of the model.
    const visualLines: Run[][] = [[]];
    const collect = (n: MammothNode, style: RunStyle): void => {
      if (n.type === 'text') {
        let text = n.value!;
        // A run in a TCVN3 or VNI font holds that encoding's bytes as Windows-1252 letters.
        if (style.legacy) {
          const converted = fromLegacyText(text, style.legacy.encoding);
          if (converted !== text) this.legacyRuns[style.legacy.encoding]++;
          text = style.legacy.capitals ? converted.toLocaleUpperCase('vi') : converted;
        }
        visualLines[visualLines.length - 1]!.push({
          text: style.caps ? text.toLocaleUpperCase('vi') : text,
          bold: style.bold,
          italic: style.italic,
        });
      } else if (n.type === 'tab') {
        visualLines[visualLines.length - 1]!.push({ text: '\t', bold: style.bold, italic: style.italic });
      } else if (n.type === 'break') {
        if (n.breakType !== 'page' || visualLines[visualLines.length - 1]!.length > 0) visualLines.push([]);
      } else if (n.type === 'noteReference') {
        // the marker is not part of the text; the note is read after the body
        this.noteReferences.push(n);
      } else if (n.type === 'commentReference' || n.type === 'comment') {
        // comment markers are not part of the text
      } else if (n.children) {
        const next: RunStyle =
          n.type === 'run'
            ? { bold: !!n.isBold, italic: !!n.isItalic, caps: !!n.isAllCaps, legacy: legacyFont(n.font) }
            : style;
        for (const c of n.children) collect(c, next);
      }
    };
    for (const c of node.children ?? []) collect(c, { bold: false, italic: false, caps: false, legacy: null });

    const paragraph = this.paragraphCount++;
    let first = true;
    for (const runs of visualLines) {
      const text = runs.map((r) => r.text).join('');
      if (text.trim() === '') continue;
      const letters = (rs: Run[]) => rs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
      const total = letters(runs);
      const column: Column = !cell || cell.cols < 2 ? 'full' : cell.col === 0 ? 'left' : 'right';
      const style = {
        bold: total > 0 && letters(runs.filter((r) => r.bold)) / total > 0.6,
        italic: total > 0 && letters(runs.filter((r) => r.italic)) / total > 0.6,
      };
      const y = this.y++;
      const base = { page: 1, y, ...style, ...(cell ? { cell } : {}), paragraph, gapBefore: first && !cell ? 1 : 0 };
      const gutter = cell ? null : tabGutter(text);
      if (gutter) {
        // Two columns laid out with tabs ("Nơi nhận:⇥⇥TL. CHỦ TỊCH"): a left and a right line, as table cells give.
        this.drafts.push({ ...base, text: text.slice(0, gutter.index), x: 0, width: gutter.index, column: 'left' });
        this.drafts.push({ ...base, text: text.slice(gutter.end), x: 50, width: text.length - gutter.end, column: 'right', gapBefore: 0 });
      } else {
        this.drafts.push({ ...base, text, x: cell ? Math.round((cell.col / Math.max(cell.cols, 1)) * 100) : 0, width: text.length, column });
      }
      first = false;
    }
  }
}

export async function readDocx(buf: Buffer): Promise<{ rawText: string; lines: Line[]; messages: Message[] }> {
  // The guard inflates every part to check its size; mammoth reads those parts instead of unzipping the file again.
  const parts = checkZipSizes(buf);
  let body: MammothNode | undefined;
  let mammothMessages: Array<{ type: string; message: string }> = [];
  try {
    const result = await mammoth.convertToHtml(
      (parts ? { file: parts } : { buffer: buf }) as Parameters<typeof mammoth.convertToHtml>[0],
      {
        transformDocument: (doc: MammothNode) => {
          body = doc;
          return doc;
        },
        // Only the document model is used, not the HTML: mammoth's default style map (parsed again
        // on every call, a twentieth of a DOCX's processing) would only name HTML elements.
        includeDefaultStyleMap: false,
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    mammothMessages = result.messages;
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError('corrupt', `is not a readable Word (.docx) document (${why}).`);
  }
  if (!body) throw new InputError('corrupt', 'is not a readable Word (.docx) document.');
  const walker = new DocxWalker();
  walker.walkBlocks(body.children ?? []);
  const notes = body.notes;
  for (const reference of notes ? [...walker.noteReferences] : []) walker.walkBlocks(notes!.resolve(reference)?.body ?? []);
  if (walker.drafts.length === 0) throw new InputError('empty', 'is a Word document with no text.');
  const { text, lines } = assembleText(walker.drafts);
  const messages = mammothMessages.filter((m) => m.type === 'error').map((m) => errorMessage('read:docx', `Word reader: ${m.message}`));
  for (const [encoding, runs] of Object.entries(walker.legacyRuns)) {
    if (runs > 0) messages.push(infoMessage('read:docx', `Converted ${runs} run(s) in ${encoding === 'vni' ? 'VNI' : 'TCVN3 (.Vn…)'} fonts from that encoding to Unicode.`));
  }
  return { rawText: text, lines, messages };
}
