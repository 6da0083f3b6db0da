import type { Correction, Line, NormalizedDocument, RawDocument } from '../pipeline/model.js';
import { numberEdits, ocrTokenEdits } from './repair.js';
import { applyEdits, OffsetMap, type Edit } from './text-editor.js';
import { markupEdits, unicodeEdits, whitespaceEdits } from './unicode.js';

/** Reasons whose changes are bookkeeping, not content: kept in the offset map, not reported. */
const SILENT_REASONS = new Set(['unicode', 'whitespace', 'markup']);

interface Pass {
  name: string;
  run: (text: string) => Edit[];
}

/**
 * Runs the normalization passes in order. Each pass proposes edits on the current text; applying
 * them extends the offset map; corrections made by earlier passes are carried forward.
 */
export function normalizeDocument(raw: RawDocument): NormalizedDocument {
  let text = raw.rawText;
  let map = OffsetMap.identity();
  let corrections: Correction[] = [];
  let boldRanges: Array<[number, number]> = [];

  const passes: Pass[] = [
    { name: 'unicode', run: unicodeEdits },
    {
      name: 'markup',
      run: (t) => {
        const { edits, boldRanges: ranges } = markupEdits(t);
        boldRanges = ranges;
        return edits;
      },
    },
    { name: 'whitespace', run: whitespaceEdits },
    { name: 'numbers', run: numberEdits },
    { name: 'ocr-tokens', run: ocrTokenEdits },
  ];

  for (const pass of passes) {
    const edits = pass.run(text);
    if (edits.length === 0) continue;
    const result = applyEdits(text, edits);
    // Move earlier spans into the new text.
    corrections = corrections.map((c) => ({
      ...c,
      span: [result.map.fromSource(c.span[0]), result.map.fromSource(c.span[1])] as [number, number],
    }));
    boldRanges = boldRanges.map(([s, e]) => [result.map.fromSource(s), result.map.fromSource(e)]);
    for (const e of result.applied) {
      if (SILENT_REASONS.has(e.reason)) continue;
      corrections.push({ span: [e.newStart, e.newEnd], from: text.slice(e.start, e.end), to: e.replacement, reason: e.reason });
    }
    text = result.text;
    map = map.then(result.map);
  }

  const lines: Line[] = raw.lines.map((line) => {
    const start = map.fromSource(line.start);
    const end = map.fromSource(line.end);
    const bold = line.bold || boldRanges.some(([s, e]) => s <= start && end <= e && end > start);
    return { ...line, start, end, text: text.slice(start, end), ...(bold ? { bold: true } : {}) };
  });

  return {
    source: raw.source,
    rawText: raw.rawText,
    needsOcr: raw.needsOcr,
    stamps: raw.stamps,
    warnings: raw.warnings,
    ...(raw.pageWidth ? { pageWidth: raw.pageWidth } : {}),
    ...(raw.ocr ? { ocr: raw.ocr } : {}),
    text,
    lines: lines.filter((l) => l.text.trim().length > 0),
    offsetMap: map,
    corrections: corrections.sort((a, b) => a.span[0] - b.span[0]),
  };
}
