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
  // word-extractor gives one paragraph (or table row) per line of the body.
  let paragraph = 0;
  for (const rawLine of body.split(/\r\n|\r|\n/)) {
    const index = paragraph++;
    const cells = rawLine.split('\t').filter((c) => c.trim() !== '');
    if (cells.length === 0) continue;
    cells.forEach((text, col) => {
      drafts.push({
        text: text.trim(),
        page: 1,
        x: cells.length > 1 ? Math.round((col / cells.length) * 100) : 0,
        y: y++,
        width: text.trim().length,
        column: cells.length > 1 ? (col === 0 ? 'left' : 'right') : 'full',
        paragraph: index,
      });
    });
  }
  if (drafts.length === 0) throw new InputError('empty', 'is a Word document with no text.');
  for (const note of notes.split(/\r\n|\r|\n/)) {
    if (!note.trim()) continue;
    drafts.push({ text: note.trim(), page: 1, x: 0, y: y++, width: note.trim().length, column: 'full', paragraph: paragraph++ });
  }
  const { text, lines } = assembleText(drafts);
  return { rawText: text, lines };
}
