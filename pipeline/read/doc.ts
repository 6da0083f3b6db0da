import WordExtractor from 'word-extractor';
import { InputError } from '../core/errors.js';
import type { Line } from '../core/model.js';
import { assembleText, type LineDraft } from '../core/lines.js';

/**
 * Reads legacy Word 97–2003 `.doc` files (OLE compound files) with word-extractor. The same
 * container holds password-protected DOCX files (`EncryptedPackage`), which are refused clearly.
 * Table rows come out with their cells separated by tabs; a two-cell row becomes two positioned
 * lines (left, right) so the header extractors see the same shape as for DOCX. Footnotes and
 * endnotes follow the body, one line each: they cite documents as the body does (a Tờ trình's
 * sources are often footnotes).
 */

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Lines a cell's paragraphs may run over; a longer run is no cell of a header or signature. */
const MAX_CELL_LINES = 15;

/** The line that closes the cell opened at `row` (text then a lone tab at its end), or -1. */
function cellEnd(lines: string[], row: number): number {
  for (let i = row + 1; i < lines.length && i <= row + MAX_CELL_LINES; i++) {
    const tab = lines[i]!.indexOf('\t');
    if (tab < 0) continue;
    return tab === lines[i]!.length - 1 ? i : -1;
  }
  return -1;
}

export async function readDoc(buf: Buffer): Promise<{ rawText: string; lines: Line[] }> {
  if (buf.includes(ENCRYPTED_PACKAGE)) {
    throw new InputError('encrypted', 'is a password-protected Word document; remove the password and add it again.');
  }
  let body: string;
  let notes: string;
  try {
    const document = await new WordExtractor().extract(buf);
    body = document.getBody();
    notes = [document.getFootnotes(), document.getEndnotes()].join('\n');
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError('corrupt', `is not a readable Word 97–2003 (.doc) document (${why}).`);
  }
  const drafts: LineDraft[] = [];
  let y = 0;
  // word-extractor gives one paragraph per line of the body; a table cell ends with a tab (its
  // cell mark), so a row's cells are tab-separated and a cell of several paragraphs runs over
  // several lines up to its tab ("- Lưu: VT⇥KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A⇥").
  let paragraph = 0;
  const rawLines = body.split(/\r\n|\r|\n/);
  let continuing = -1; // last line of the right cell that the lines before it continue
  rawLines.forEach((rawLine, row) => {
    const index = paragraph++;
    const parts = rawLine.split('\t');
    const cells = parts.map((text, col) => ({ text, col })).filter((c) => c.text.trim() !== '');
    if (row <= continuing) {
      for (const { text } of cells) drafts.push({ text: text.trim(), page: 1, x: 50, y: y++, width: text.trim().length, column: 'right', paragraph: index });
      return;
    }
    if (cells.length === 0) return;
    const twoColumns = cells.length > 1 || cells[0]!.col > 0;
    cells.forEach(({ text }, i) => {
      drafts.push({
        text: text.trim(),
        page: 1,
        x: twoColumns ? (i === 0 && cells[0]!.col === 0 ? 0 : 50) : 0,
        y: y++,
        width: text.trim().length,
        column: twoColumns ? (i === 0 && cells[0]!.col === 0 ? 'left' : 'right') : 'full',
        paragraph: index,
      });
    });
    // A right cell left open (no tab after its text) goes on to the line that closes it.
    if (twoColumns && parts.length > 1 && parts[parts.length - 1]!.trim() !== '') continuing = cellEnd(rawLines, row);
  });
  if (drafts.length === 0) throw new InputError('empty', 'is a Word document with no text.');
  for (const note of notes.split(/\r\n|\r|\n/)) {
    if (!note.trim()) continue;
    drafts.push({ text: note.trim(), page: 1, x: 0, y: y++, width: note.trim().length, column: 'full', paragraph: paragraph++ });
  }
  const { text, lines } = assembleText(drafts);
  return { rawText: text, lines };
}
