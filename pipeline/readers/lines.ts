import type { Column, Line } from '../model.js';

/** A line before its offsets are known: readers build these, `assembleText` places them. */
export type LineDraft = Omit<Line, 'start' | 'end'> & {
  /** Blank lines to put before this one (paragraph spacing), so plain-text views stay readable. */
  gapBefore?: number;
};

/** Joins positioned lines into one text and gives each line its offsets in it. */
export function assembleText(drafts: LineDraft[]): { text: string; lines: Line[] } {
  const parts: string[] = [];
  const lines: Line[] = [];
  let offset = 0;
  for (const d of drafts) {
    const { gapBefore, ...line } = d;
    if (parts.length > 0) {
      const sep = '\n'.repeat(1 + Math.min(gapBefore ?? 0, 1));
      parts.push(sep);
      offset += sep.length;
    }
    parts.push(line.text);
    lines.push({ ...line, start: offset, end: offset + line.text.length });
    offset += line.text.length;
  }
  return { text: parts.join(''), lines };
}

/** Splits plain text into lines with their offsets (the text itself is the raw text). */
export function splitPlainLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let y = 0;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const body = m[0].replace(/\r\n|\r|\n$/, '');
    const start = m.index;
    const indent = /^[ \t]*/.exec(body)![0];
    lines.push({
      text: body,
      start,
      end: start + body.length,
      page: 1,
      x: indent.replace(/\t/g, '        ').length,
      y: y++,
      width: body.trimEnd().length - indent.length,
      column: 'full' as Column,
    });
    if (re.lastIndex >= text.length) break;
  }
  return lines;
}
