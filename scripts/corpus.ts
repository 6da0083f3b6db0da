import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The Vietnamese legal-text corpus the language model is built from (see its README). */
export const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../shared/corpus/vbpl-0001-0700.txt.gz');

/** The corpus as documents: `=== doc_000123` starts each. */
export function corpusDocuments(path: string): Array<{ id: string; text: string }> {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  return text
    .split(/^=== /m)
    .filter((part) => part.trim())
    .map((part) => {
      const newline = part.indexOf('\n');
      return { id: part.slice(0, newline).trim(), text: part.slice(newline + 1) };
    });
}

