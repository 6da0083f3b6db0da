import { documentProvince, isCentralSymbol, provinceIn } from '../core/places.js';
import { comparisonKey, foldDiacritics } from '../core/text/fold.js';
import type { CitationField, VanbanRecord } from '../core/record.js';

/**
 * Document identity (FORMAT.md: issuer + symbol + number + year, never the number alone), so a
 * citation can be resolved to the stored document it names and copies of one document (its DOCX
 * and its PDF) count once. The key is `NUMBER|YEAR|SCOPE`:
 * - NUMBER is the canonical number without spaces, upper-cased, Đ folded to D (OCR and typists
 *   disagree on `TTg`/`TTG` and `Đ`/`D`, never on the digits);
 * - YEAR is the year of issue (from the date, else from a year inside the symbol);
 * - SCOPE is the province for a local body (`123/KH-UBND` exists once per province and year) and
 *   empty for a central one (`03-CT/TW`, `30/2020/NĐ-CP`).
 */

export function numberKey(number: string): string {
  return foldDiacritics(number.replace(/\s+/g, '')).toUpperCase();
}

function yearIn(text: string | null | undefined): number | null {
  const match = text?.match(/(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/);
  return match ? Number(match[1]) : null;
}

/** The symbol part of a canonical number: "03-CT/TW" → "CT/TW", "28/CT-TTg" → "CT-TTg". */
function symbolOf(number: string): string {
  return number.replace(/^[\d.]*[-/]?/, '');
}

function scope(symbol: string | null, issuer: string | null, fallbackProvince: string | null): string {
  return provinceIn(issuer) ?? (isCentralSymbol(symbol) ? '' : (fallbackProvince ?? ''));
}

/** The year a document was issued: its date's year, else the year printed in its symbol. */
export function documentYear(record: VanbanRecord): number | null {
  return record.date?.year ?? yearIn(record.number?.symbol);
}

/** When a document was issued, as precisely as printed: "2022-05-24", "2023-05" (day left blank) or "2025". */
export function documentIssued(record: VanbanRecord): string | null {
  const date = record.date;
  if (date?.iso) return date.iso;
  const year = documentYear(record);
  if (year === null) return null;
  return date?.year && date.month ? `${year}-${String(date.month).padStart(2, '0')}` : String(year);
}

/**
 * The identity key of a stored document. An unnumbered copy (a draft, `Số: /KH-STTTT`) cannot be
 * cited, but its copies in other formats should still count once: it is keyed by the type part of
 * its symbol (`KH`: the issuer's part is where OCR slips, `/KH-STTT` for `/KH-STTTT`), year,
 * province and title; with no title either, by its content hash.
 */
export function documentKey(record: VanbanRecord): string {
  const province = documentProvince(record);
  const year = documentYear(record) ?? '';
  const number = record.number;
  if (number?.seq) return `${numberKey(number.raw)}|${year}|${scope(number.symbol, record.issuer?.name ?? null, province)}`;
  if (record.title) {
    const symbol = number ? (/^[^-/]*/.exec(numberKey(number.symbol))?.[0] ?? '') : '';
    return `unnumbered:${symbol}|${year}|${province ?? ''}|${comparisonKey(record.title.value).slice(0, 120)}`;
  }
  return `sha256:${record.source.sha256}`;
}

/**
 * The key of the document a citation names, comparable with `documentKey`. A citation without
 * its issuer's province ("Kế hoạch số 37-KH/TU") of a local body means the citing document's own
 * province. Laws cited by name alone are keyed by name and year.
 */
export function citationKey(citation: CitationField, citingProvince: string | null): string | null {
  const year = yearIn(citation.date) ?? yearIn(citation.number) ?? '';
  if (citation.number) {
    return `${numberKey(citation.number)}|${year}|${scope(symbolOf(citation.number), citation.issuer, citingProvince)}`;
  }
  if (citation.name) return `name:${comparisonKey(citation.name)}|${year}`;
  return null;
}
