import { distance as levenshtein } from 'fastest-levenshtein';
import stringSimilarity from 'string-similarity';
import { FUZZY_MATCH_THRESHOLD } from '../../data/agencies.js';
import { PROVINCE_LEVEL } from '../../data/bodies.js';
import { escapeSpaced } from '../../data/regexp.js';
import { comparisonKey } from './text/fold.js';
import { withTraditionalTones } from './text/tone.js';

/**
 * How alike two names of bodies are: used inside a document (a department's specialty snapped to
 * its standard name) and across documents (a stored agency another spelling names).
 */

/** "tỉnh", "thành phố": the level words before a province's name. */
const LEVELS = Object.values(PROVINCE_LEVEL).join('|');

/** The pattern of a province's name with its level word, compiled once per province. */
const provincePatterns = new Map<string, RegExp>();

/** A name without its province ("Sở Nội vụ tỉnh Thái Nguyên" → "Sở Nội vụ"), which every candidate shares. */
function withoutProvince(name: string, province: string | null): string {
  if (!province) return name;
  let pattern = provincePatterns.get(province);
  if (!pattern) provincePatterns.set(province, (pattern = new RegExp(`\\s*\\(?(?:(?:${LEVELS})\\s+)?${escapeSpaced(province)}\\)?`, 'u')));
  return withTraditionalTones(name).replace(pattern, '');
}

/** Edits a word may differ by and still be the same word misread: one, two for long words. */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * True when two names are the same words with at most a slip per word (a misread letter, a
 * dropped or doubled one) or one space lost or added. Whole-name similarity alone cannot tell
 * "Ủy ban nhân dân huyện Phú Bình" from "… Phú Lương" (most of the name is shared), nor "Sở Nội vụ"
 * from "Sở Ngoại vụ"; a real misreading changes letters, not words.
 */
export function sameWordsMisread(a: string, b: string): boolean {
  const wa = a.split(' ').filter(Boolean);
  const wb = b.split(' ').filter(Boolean);
  if (wa.length === wb.length) return wa.every((w, i) => w === wb[i] || levenshtein(w, wb[i]!) <= Math.min(allowedEdits(w), allowedEdits(wb[i]!)));
  if (Math.abs(wa.length - wb.length) === 1) return levenshtein(wa.join(''), wb.join('')) <= 1;
  return false;
}

/**
 * How alike two agency names are, the province left out (two bodies of one province share it):
 * Dice over letter pairs of their comparison keys (string-similarity), and whether they are the
 * same words misread. A variant must pass both (measured in `npm run bench:agencies`).
 */
export function agencySimilarity(a: string, b: string, province: string | null = null): { dice: number; sameWords: boolean } {
  return similarityOfKeys(comparisonKey(withoutProvince(a, province)), comparisonKey(withoutProvince(b, province)));
}

function similarityOfKeys(ka: string, kb: string): { dice: number; sameWords: boolean } {
  return { dice: stringSimilarity.compareTwoStrings(ka, kb), sameWords: sameWordsMisread(ka, kb) };
}

/** True when `a` can be taken for another spelling of `b`. */
export function isVariantOf(a: string, b: string, province: string | null = null): boolean {
  const { dice, sameWords } = agencySimilarity(a, b, province);
  return dice >= FUZZY_MATCH_THRESHOLD && sameWords;
}

/** The stored agency a new name is another spelling of, if any (the most similar). */
export function closestAgency<T extends { name: string }>(name: string, candidates: T[], province: string | null): (T & { similarity: number }) | null {
  let best: (T & { similarity: number }) | null = null;
  // The new name's key once, not once per stored candidate (this runs for every name of every document).
  const key = comparisonKey(withoutProvince(name, province));
  for (const candidate of candidates) {
    const candidateKey = storedKey(candidate.name, province);
    // The word test first: it turns most candidates away at their first differing word, before
    // the letter-pair comparison (the same decision as `isVariantOf`, which needs both).
    if (!sameWordsMisread(key, candidateKey)) continue;
    const dice = stringSimilarity.compareTwoStrings(key, candidateKey);
    if (dice < FUZZY_MATCH_THRESHOLD) continue;
    if (!best || dice > best.similarity) best = { ...candidate, similarity: dice };
  }
  return best;
}

/**
 * The comparison keys of stored agencies, by province and name: a batch compares every new name
 * with the same stored ones again and again (bounded).
 */
const STORED_KEYS = new Map<string, string>();

function storedKey(name: string, province: string | null): string {
  const id = `${province ?? ''}\u0000${name}`;
  let key = STORED_KEYS.get(id);
  if (key === undefined) {
    if (STORED_KEYS.size >= 50_000) STORED_KEYS.clear();
    STORED_KEYS.set(id, (key = comparisonKey(withoutProvince(name, province))));
  }
  return key;
}
