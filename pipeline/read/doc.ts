import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WordExtractor from 'word-extractor';
import { InputError } from '../core/errors.js';
import type { Line } from '../core/model.js';
import { assembleText, type LineDraft } from '../core/lines.js';
import { LIST_MARKER } from '../../data/sections.js';

/**
 * Reads legacy Word 97–2003 `.doc` files (OLE compound files) with word-extractor. The same
 * container holds password-protected DOCX files (`EncryptedPackage`), which are refused clearly.
 * Table rows come out with their cells separated by tabs; a two-cell row becomes two positioned
 * lines (left, right) so the header extractors see the same shape as for DOCX. Footnotes and
 * endnotes follow the body, one line each: they cite documents as the body does (a Tờ trình's
 * sources are often footnotes).
 *
 * Word's automatic list numbers ("1.", "a)", "-" that the writer did not type) live in the list
 * definitions, which word-extractor does not apply; antiword does. Where antiword is installed, a
 * body paragraph that antiword prints with a list marker the word-extractor text lacks gets that
 * marker back (the numbers are how the items of a letter or plan are cited). Without antiword, or
 * when it fails, the text stays as word-extractor gives it.
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

const squashed = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** How long antiword may take on one document before its list numbers are given up. */
const ANTIWORD_TIMEOUT_MS = 15_000;

/**
 * The list markers of the body's paragraphs as antiword prints them, by the paragraph's text
 * without the marker; empty when antiword is missing or cannot read the file.
 */
async function listMarkers(buf: Buffer): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'vanban-doc-'));
  try {
    const file = join(dir, 'in.doc');
    await writeFile(file, buf);
    // -w 0: one line per paragraph; UTF-8 whatever the locale.
    const text = await new Promise<string>((resolve) =>
      execFile('antiword', ['-w', '0', '-m', 'UTF-8.txt', file], { encoding: 'utf8', timeout: ANTIWORD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
        resolve(error ? '' : stdout),
      ),
    );
    return listMarkersIn(text);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The list markers of antiword's text (one paragraph a line), by each paragraph's text without its marker. */
export function listMarkersIn(antiwordText: string): Map<string, string> {
  const markers = new Map<string, string>();
  for (const line of antiwordText.split('\n')) {
    const paragraph = squashed(line);
    const m = LIST_MARKER.exec(paragraph);
    if (!m) continue;
    const rest = paragraph.slice(m[0].length);
    // The same text under two markers says nothing about either.
    if (markers.has(rest) && markers.get(rest) !== m[0].trim()) markers.set(rest, '');
    else markers.set(rest, m[0].trim());
  }
  return markers;
}

/** The paragraph with the list marker antiword gives it, where word-extractor's text lacks one. */
export function withMarker(text: string, markers: Map<string, string>): string {
  const marker = markers.get(squashed(text));
  return marker && !LIST_MARKER.test(text) ? `${marker} ${text}` : text;
}

export async function readDoc(buf: Buffer): Promise<{ rawText: string; lines: Line[] }> {
  if (buf.includes(ENCRYPTED_PACKAGE)) {
    throw new InputError('encrypted', 'is a password-protected Word document; remove the password and add it again.');
  }
  let body: string;
  let notes: string;
  let markers = new Map<string, string>();
  try {
    const document = await new WordExtractor().extract(buf);
    body = document.getBody();
    // The numbers are a help, not the reading: a failure to get them (no temporary folder) costs only them.
    markers = await listMarkers(buf).catch(() => new Map<string, string>());
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
        // A paragraph of the body (not a table cell) may have lost its automatic list number.
        text: twoColumns ? text.trim() : withMarker(text.trim(), markers),
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
