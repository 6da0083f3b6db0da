import type { Correction, Line, NormalizedDocument, RawDocument } from '../pipeline/core/model.js';
import { diacriticEdits } from './diacritics.js';
import { legacyEncodingEdits } from './legacy-encoding.js';
import { detachedFinalEdits, numberEdits, ocrTokenEdits, standardNameEdits } from './repair.js';
import { gluedSyllableEdits } from './glued.js';
import { tonePlacementEdits } from '../pipeline/core/text/tone.js';
import { applyEdits, OffsetMap, type Edit } from '../pipeline/core/text/edits.js';
import { markupEdits, unicodeEdits, whitespaceEdits } from './unicode.js';

/** Reasons whose changes are bookkeeping, not content: kept in the offset map, not reported. */
const SILENT_REASONS = new Set(['unicode', 'whitespace', 'markup']);

export interface Pass {
  name: string;
  run: (text: string) => Edit[];
}

export interface PassesResult {
  text: string;
  map: OffsetMap;
  corrections: Correction[];
}

/**
 * Runs passes in order. Each proposes edits on the current text; applying them extends the offset
 * map; corrections made by earlier passes are carried forward into the newer text.
 */
export function runPasses(source: string, passes: Pass[]): PassesResult {
  let text = source;
  let map = OffsetMap.identity();
  const corrections: Correction[] = [];
  for (const pass of passes) {
    const edits = pass.run(text);
    if (edits.length === 0) continue;
    const result = applyEdits(text, edits);
    // The corrections are this function's own objects: their spans are moved in place (a copy of
    // each per later pass was measurable after the diacritic pass's thousands).
    for (const c of corrections) c.span = [result.map.fromSource(c.span[0]), result.map.fromSource(c.span[1])];
    for (const e of result.applied) {
      if (SILENT_REASONS.has(e.reason)) continue;
      corrections.push({ span: [e.newStart, e.newEnd], from: text.slice(e.start, e.end), to: e.replacement, reason: e.reason });
    }
    text = result.text;
    map = map.then(result.map);
  }
  return { text, map, corrections };
}

/**
 * The repairs, in order: white space, document numbers, syllables glued together, OCR word slips, standard names, then marks by the
 * language model (which so sees the earlier fixes as context), then one tone placement.
 */
export const REPAIR_PASSES: Pass[] = [
  { name: 'whitespace', run: whitespaceEdits },
  { name: 'split-syllables', run: detachedFinalEdits },
  { name: 'numbers', run: numberEdits },
  { name: 'glued-words', run: (text) => gluedSyllableEdits(text) },
  { name: 'ocr-tokens', run: ocrTokenEdits },
  { name: 'standard-names', run: standardNameEdits },
  { name: 'diacritics', run: (text) => diacriticEdits(text) },
  { name: 'tone-placement', run: tonePlacementEdits },
];

/**
 * Legacy-encoding mojibake converted and Unicode cleaned up, then markup removed (its bold
 * ranges mark lines), then the repairs.
 */
export function normalizeDocument(raw: RawDocument): NormalizedDocument {
  const cleaned = runPasses(raw.rawText, [
    { name: 'legacy-encoding', run: legacyEncodingEdits },
    { name: 'unicode', run: unicodeEdits },
  ]);
  const markup = markupEdits(cleaned.text);
  const repaired = runPasses(cleaned.text, [{ name: 'markup', run: () => markup.edits }, ...REPAIR_PASSES]);
  const text = repaired.text;
  const map = cleaned.map.then(repaired.map);
  const corrections = [
    ...cleaned.corrections.map((c) => ({ ...c, span: [repaired.map.fromSource(c.span[0]), repaired.map.fromSource(c.span[1])] as [number, number] })),
    ...repaired.corrections,
  ];
  const boldRanges = markup.boldRanges.map(([s, e]) => [repaired.map.fromSource(s), repaired.map.fromSource(e)] as const);

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
    messages: raw.messages,
    ...(raw.pageWidth ? { pageWidth: raw.pageWidth } : {}),
    ...(raw.ocr ? { ocr: raw.ocr } : {}),
    text,
    lines: lines.filter((l) => l.text.trim().length > 0),
    offsetMap: map,
    corrections: corrections.sort((a, b) => a.span[0] - b.span[0]),
  };
}
