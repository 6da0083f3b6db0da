import { HIGH_LATIN, TCVN3_SIGNS, VNI_SIGNS } from '../data/legacy-encodings.js';
import type { Edit } from '../pipeline/core/text/edits.js';
import { fromLegacyText, restoreTcvn3Capitals, tcvn3FromGlyphNames, vietnameseShare } from '../pipeline/core/text/legacy.js';

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
    // A line without the encoding's signs ("Sè: 12", "PHô LôC" hold only letters Vietnamese
    // also uses) is converted word by word where the word reads as Vietnamese only converted.
    const whole = signs.test(line);
    if (whole || HIGH_LATIN.test(line)) {
      const words = [...line.matchAll(/\S+/gu)];
      let converted = words.map((m) => {
        const word = fromLegacyText(chosen.encoding === 'tcvn3' ? tcvn3FromGlyphNames(m[0]) : m[0], chosen.encoding);
        return whole || (vietnameseShare(word) > 0 && vietnameseShare(m[0]) === 0) ? word : m[0];
      });
      // TCVN3 has no codes for most toned capitals: the line's case says where they were.
      if (chosen.encoding === 'tcvn3') converted = restoreTcvn3Capitals(converted.join(' ')).split(' ');
      words.forEach((m, i) => {
        if (converted[i] !== m[0]) edits.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, replacement: converted[i]!, reason: `legacy-encoding:${chosen.encoding}` });
      });
    }
    lineStart += line.length + 1;
  }
  return edits;
}
