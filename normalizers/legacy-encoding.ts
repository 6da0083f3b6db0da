import { TCVN3_SIGNS, VNI_SIGNS } from '../data/legacy-encodings.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { fromLegacyText, vietnameseShare } from '../pipeline/core/text/legacy.js';

/**
 * Edits that convert mojibake lines of a text. Lines carrying a legacy encoding's signs are
 * pooled to decide the encoding once per document (a line alone can be too short to tell); each
 * word that converts differently becomes its own edit, so corrections keep exact spans.
 */
export function legacyEncodingEdits(text: string): Edit[] {
  if (!TCVN3_SIGNS.test(text) && !VNI_SIGNS.test(text)) return [];
  const marked = text.split('\n').filter((line) => TCVN3_SIGNS.test(line) || VNI_SIGNS.test(line)).join('\n');
  const before = vietnameseShare(marked);
  let chosen: { encoding: 'tcvn3' | 'vni'; share: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const share = vietnameseShare(fromLegacyText(marked, encoding));
    if (share > before + 0.2 && (!chosen || share > chosen.share)) chosen = { encoding, share };
  }
  if (!chosen) return [];
  const signs = chosen.encoding === 'tcvn3' ? TCVN3_SIGNS : VNI_SIGNS;
  const edits: Edit[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (signs.test(line)) {
      for (const m of line.matchAll(/\S+/gu)) {
        const converted = fromLegacyText(m[0], chosen.encoding);
        if (converted !== m[0]) edits.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, replacement: converted, reason: `legacy-encoding:${chosen.encoding}` });
      }
    }
    lineStart += line.length + 1;
  }
  return edits;
}
