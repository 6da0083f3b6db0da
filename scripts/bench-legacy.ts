/**
 * How much of a TCVN3 (ABC, `.VnTime`) document the mojibake conversion gives back, on corpus
 * documents the language model was not built from: each line is typed as a TCVN3 typist types it
 * (a capital the table has no code for, `Ủ` `Ỉ` `Ấ`…, is typed with its small letter, since a
 * `.VnTime` font has none), shown as Windows-1252 text the way a PDF text layer or a `.doc`
 * hands it over, then normalized. Prints the share of syllables read back exactly.
 *
 *   npm run bench:legacy [-- --max-kb K] [--show N]
 */
import { parseArgs } from 'node:util';
import { TCVN3_FROM_A1 } from '../data/legacy-encodings.js';
import { legacyEncodingEdits } from '../normalizers/legacy-encoding.js';
import { applyEdits } from '../pipeline/core/text/edits.js';
import { sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { corpusDocuments, DEFAULT_CORPUS } from './corpus.js';

const { values: options } = parseArgs({
  options: { 'max-kb': { type: 'string', default: '400' }, show: { type: 'string', default: '0' }, corpus: { type: 'string', default: DEFAULT_CORPUS } },
});

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** A line as TCVN3 mojibake, or null when it holds a character TCVN3 cannot type at all. */
export function asTcvn3Mojibake(line: string): string | null {
  const bytes: number[] = [];
  for (const ch of line.normalize('NFC')) {
    let at = TCVN3_FROM_A1.indexOf(ch);
    if (at < 0 && ch !== ch.toLocaleLowerCase('vi')) at = TCVN3_FROM_A1.indexOf(ch.toLocaleLowerCase('vi'));
    if (at >= 0) bytes.push(0xa1 + at);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else return null;
  }
  return WINDOWS_1252.decode(Uint8Array.from(bytes));
}

function main(): void {
  const heldOut = new Set(sharedLanguageModel().header.heldOut);
  const maxChars = Number(options['max-kb']) * 1000;
  let used = 0;
  let syllables = 0;
  let right = 0;
  const wrong = new Map<string, number>();
  for (const doc of corpusDocuments(options.corpus!)) {
    if (!heldOut.has(doc.id) || used >= maxChars) continue;
    const lines = doc.text.normalize('NFC').split('\n').filter((l) => l.trim());
    const typed = lines.map(asTcvn3Mojibake);
    const kept = lines.filter((_, i) => typed[i] !== null);
    const mojibake = typed.filter((t): t is string => t !== null).join('\n');
    used += mojibake.length;
    const back = applyEdits(mojibake, legacyEncodingEdits(mojibake)).text.split('\n');
    kept.forEach((line, i) => {
      const want = line.split(/\s+/u).filter(Boolean);
      const got = (back[i] ?? '').split(/\s+/u).filter(Boolean);
      want.forEach((w, j) => {
        if (!/\p{L}/u.test(w)) return;
        syllables++;
        if (got[j] === w) right++;
        else wrong.set(`${w} → ${got[j]}`, (wrong.get(`${w} → ${got[j]}`) ?? 0) + 1);
      });
    });
  }
  console.log(`TCVN3 mojibake, ${(used / 1e3).toFixed(0)} k characters of held-out text: ${((100 * right) / syllables).toFixed(2)}% of ${syllables} syllables read back exactly`);
  const show = Number(options.show);
  if (show > 0) for (const [pair, n] of [...wrong].sort((a, b) => b[1] - a[1]).slice(0, show)) console.log(`  ${n}\t${pair}`);
}

main();
