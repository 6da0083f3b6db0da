import { NUMERIC_DATE, OCR_WORDED_DATE, WORDED_DATE } from '../data/layout-patterns.js';

/** A date as printed: any part may be blank (null). */
export interface DateParts {
  raw: string;
  day: number | null;
  month: number | null;
  year: number | null;
  iso: string | null;
  /** Offsets of `raw` in the searched text. */
  index: number;
}

function validOrNull(n: number | null, min: number, max: number): number | null {
  return n !== null && n >= min && n <= max ? n : null;
}

function toParts(raw: string, index: number, d?: string, m?: string, y?: string): DateParts {
  const day = validOrNull(d ? Number(d) : null, 1, 31);
  const month = validOrNull(m ? Number(m) : null, 1, 12);
  const year = validOrNull(y ? Number(y) : null, 1900, 2100);
  const iso =
    day && month && year ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  return { raw: raw.trim(), day, month, year, iso, index };
}

/** The first date in `text`, worded ("ngày 19 tháng 5 năm 2021") or numeric ("19/5/2021"). */
export function findDate(text: string): DateParts | null {
  const worded = WORDED_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const pick = worded && (!numeric || worded.index <= numeric.index) ? worded : numeric;
  if (!pick) return null;
  const g = pick.groups ?? {};
  return toParts(pick[0], pick.index, g.day, g.month, g.year);
}

/** A worded date whose labels OCR misread (`ngàu 10 thảng 11 nằm 2025`): only for a place/date line read by OCR. */
export function findMisreadDate(text: string): DateParts | null {
  const m = OCR_WORDED_DATE.exec(text);
  if (!m) return null;
  const g = m.groups ?? {};
  return toParts(m[0], m.index, g.day, g.month, g.year);
}

/** ISO string for a date with all parts, else the year alone when only it is known. */
export function isoOrYear(parts: DateParts | null): string | null {
  if (!parts) return null;
  return parts.iso ?? (parts.year && !parts.month ? String(parts.year) : null);
}
