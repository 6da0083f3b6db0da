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

/**
 * The identity key a document has once a person has reviewed one of its values: a corrected
 * number, date, issuer or title can change it (a handwritten 24 read as 44), and a review keyed by
 * the corrected identity also reaches the DOCX or PDF that carries the right value. Null when the
 * value leaves the key as it is.
 */
export function reviewedDocumentKey(record: VanbanRecord, field: string, value: string): string | null {
  const text = value.trim();
  let reviewed: VanbanRecord;
  if (field === 'number') {
    const seq = /^\d+/.exec(text)?.[0] ?? null;
    const symbol = text.replace(/^[\d.]*[-/]?/, '');
    const base = record.number ?? { system: 'state' as const, span: [0, 0] as [number, number], confidence: 1 };
    reviewed = { ...record, number: { ...base, raw: text, seq, symbol } };
  } else if (field === 'date') {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!m) return null;
    const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
    const base = record.date ?? { raw: text, span: [0, 0] as [number, number], confidence: 1 };
    reviewed = { ...record, date: { ...base, year, month, day, iso: day ? text : null } };
  } else if (field === 'issuer') {
    reviewed = { ...record, issuer: { ...(record.issuer ?? { lines: [], span: [0, 0], confidence: 1 }), name: text } };
  } else if (field === 'title') {
    reviewed = { ...record, title: { ...(record.title ?? { span: [0, 0], confidence: 1 }), value: text } };
  } else {
    return null;
  }
  const key = documentKey(reviewed);
  return key === documentKey(record) ? null : key;
}
