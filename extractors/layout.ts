import { isSignatureStampLine } from '../data/stamps.js';
import { docTypeByCode, TYPE_NAMES_UPPER, type DocType } from '../data/doc-types.js';
import {
  ADDRESSEE_LINE,
  ISSUED_WITH_NOTE,
  APPENDIX_HEADING,
  AUTHORITY_STATEMENT,
  BODY_OPENING,
  CONTINUATION_LINE,
  CITED_DOCUMENT_DATE,
  DATE_LINE_OPENING,
  FIRST_BODY_LINE,
  BRACKETED_ABOUT,
  GENRE_LINE,
  GENRE_LINE_FOLDED,
  HEADER_STAMP,
  ISSUING_BODY_AFTER_TYPE,
  ISSUING_BODY_NAMED,
  MOTTO_LINE,
  NUMBER_LABEL_OPENING,
  NUMBER_LINE,
  PLACE_DATE_LINE,
  DAMAGED_PLACE_DATE_LINE,
  OCR_WORDED_DATE,
  PLACE_DATE_START,
  PURSUANT_OPENING,
  RECIPIENTS_HEADING,
  SEPARATOR_LINE,
  SUBJECT_ABOUT,
  SUBJECT_LINE,
  TITLE_OPENING,
  TWO_COLUMNS_IN_LINE,
  TYPE_NAME_IN_TITLE,
  WORDED_DATE,
} from '../data/layout-patterns.js';
import { NUMBER_AFTER_LABEL } from '../data/symbols.js';
import { SECTION_NUMBER_TOKEN } from '../data/layout-patterns.js';
import { ABBREVIATED_BODY, OPENS_ISSUER_BLOCK } from '../data/issuers.js';
import type { Line, NormalizedDocument } from '../pipeline/core/model.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import { sharedLanguageModel } from '../pipeline/core/text/language-model.js';
import { hasSyllableShape, modelForm } from '../pipeline/core/text/syllable.js';
import { distance as levenshtein } from 'fastest-levenshtein';
import { isUpperLine, squash } from './common.js';
import { parseDocumentNumber } from './document-number.js';

/**
 * Finds the landmarks of the first page — number line, place/date line, type line, issuer block,
 * title block — from positions where the reader kept them (PDF, DOCX cells) and from the patterns
 * themselves where the text was flattened, in whatever order the columns came out.
 */

/**
 * Positioned lines (PDF, OCR) only: a title's or subject's lines sit close together; the rule
 * drawn under a title leaves a gap of more than two lines before the body.
 */
function farBelow(prev: Line, line: Line): boolean {
  return !!prev.fontSize && !!line.fontSize && line.page === prev.page && line.y - prev.y > 2.4 * Math.min(prev.fontSize, line.fontSize);
}

/** How far into the document the header may reach, in lines. */
const HEADER_REACH = 45;

export interface HeaderLayout {
  /** Lines considered (stamps removed). */
  lines: Line[];
  numberIndex: number;
  /** The number as printed on the number line (or on the line under a bare "Nghị quyết số:"). */
  numberText: string | null;
  /** A bare "Số:" label line whose number sits on the next line. */
  numberLabelIndex: number;
  placeDateIndex: number;
  typeIndex: number;
  typeMatch: TypeLineMatch | null;
  issuerIndexes: number[];
  titleIndexes: number[];
  /** "V/v …" block of a công văn, in the left column under the number. */
  subjectIndexes: number[];
  /** First line of the body proper. */
  bodyIndex: number;
  /** The issuing body the type line names after `CỦA` ("NGHỊ QUYẾT CỦA HỘI ĐỒNG …"), as printed; null when none. */
  issuingBody: string | null;
}

export function isMotto(text: string): boolean {
  return MOTTO_LINE.test(text.trim());
}

export function isSeparator(text: string): boolean {
  return SEPARATOR_LINE.test(text.trim());
}

/** Digits, a space where the slash was, a symbol: groups 1 and 2. */
const SLASH_LOST = /^(\d{1,5})\s+(\p{Lu}\S*)$/u;

/** A number line: "Số: …" whose rest parses as a number (or is blank with a symbol). */
export function matchNumberLine(text: string): string | null {
  const m = NUMBER_LINE.exec(text.trim());
  if (!m || text.length > 90) return null;
  const rest = m[1]!.trim();
  // A blank for the number may be dots, an ellipsis or underscores: "Số: ……/QĐ-UBND".
  const numberPart = NUMBER_AFTER_LABEL.exec(rest)?.[0]?.trim() ?? '';
  if (!numberPart) return null;
  if (parseDocumentNumber(numberPart)) return numberPart;
  // A slash lost on a scan, with a blank ("Số: QĐ-UBND") or between a number and its symbol
  // ("Số: 5 QĐ-UBND"): a symbol that opens with a type's code and names an issuer after it is still
  // the symbol, the digits before it the number.
  const slashLost = SLASH_LOST.exec(numberPart);
  const symbolPart = slashLost ? slashLost[2]! : numberPart;
  const blank = /^\p{Lu}/u.test(symbolPart) ? parseDocumentNumber(`/${symbolPart}`) : null;
  if (!(blank?.typeCode && docTypeByCode(blank.typeCode) && blank.issuerCodes.length > 0)) return null;
  return `${slashLost ? slashLost[1] : ''}/${symbolPart}`;
}

export interface TypeLineMatch {
  type: DocType;
  /** Title words on the type line itself. */
  rest: string;
  /** The type line goes on with `CỦA` and the issuing body. */
  issuingBody?: boolean;
}

/**
 * Where the title starts after the type line: past an issuing-body block (`CỦA …` on the type
 * line or the next, wrapped over caps lines) when a trích yếu follows it; else the next line.
 */
function titleStart(zone: Line[], typeIndex: number, typeMatch: TypeLineMatch | null): number {
  const next = typeIndex + 1;
  // Under a type line with title words of its own ("BÁO CÁO KIỂM ĐIỂM" / "CỦA …"), CỦA goes on with the title.
  const opensWithBody = !typeMatch?.rest && next < zone.length && isUpperLine(zone[next]!.text) && ISSUING_BODY_AFTER_TYPE.test(zone[next]!.text);
  if (!typeMatch?.issuingBody && !opensWithBody) return next;
  let j = opensWithBody ? next + 1 : next;
  // The body's name wraps over at most a few caps lines.
  const limit = Math.min(zone.length, j + 3);
  while (j < limit && isUpperLine(zone[j]!.text) && !TITLE_OPENING.test(zone[j]!.text.trim()) && !isSeparator(zone[j]!.text)) j++;
  const title = zone[j]?.text.trim() ?? '';
  return j < limit && (TITLE_OPENING.test(title) || (/\p{L}/u.test(title) && !isUpperLine(title) && !BODY_OPENING.test(title))) ? j : next;
}

/** Under this OCR confidence, a line of nothing but non-words under a title's first line is specks. */
const NON_WORDS_CONFIDENCE = 0.6;

/** A token no seal or pen mark makes: a number, year or period, a capitalised name, a bracketed term. */
const WRAPPED_TITLE_TOKEN = /^(?:\d+(?:[.,/]\d+)*[,;.]?|\d{4}\s*[-–]\s*\d{4}[,;.]?|\p{Lu}\p{Ll}+[,;.]?|\(.+\)[,;.]?)$/u;

/**
 * A line OCR read unsurely in which no token is a word of the language or a number (`mm`,
 * `22/0)g1`, `TAliệt`: a seal's, a pen's or a stamp's marks beside the title), which no title prints.
 */
function isUnsureNonWords(line: Line): boolean {
  if (line.confidence === undefined || line.confidence >= NON_WORDS_CONFIDENCE) return false;
  const tokens = line.text.trim().split(/\s+/u);
  // A number, a year or period (2021-2025), a capitalised name (Krông Búk) or a bracketed term
  // ((SARS-CoV-2)) is text by its shape alone: such a line is a title's wrapped line, not noise.
  if (tokens.some((token) => WRAPPED_TITLE_TOKEN.test(token))) return false;
  const model = sharedLanguageModel();
  return tokens
    .every((token) => {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const lower = word.toLocaleLowerCase('vi');
      // A word the model knows, shaped as a syllable (the model knows units: `mm`) or a code in capitals.
      const known = model.idOf(modelForm(lower)) !== model.unknownId && (hasSyllableShape(lower) || /^\p{Lu}{2,}$/u.test(word));
      return !/^\d+$/u.test(word) && !known;
    });
}

/** Under this OCR confidence, a line beside the title in another column is a stamp's or a pen's marks. */
const MARGIN_NOISE_CONFIDENCE = 0.3;

/** The body named after `CỦA` over the type line and the caps lines it wraps to, before the title. */
function issuingBodyOf(lines: Line[]): string | null {
  const printed = squash(lines.map((l) => l.text.trim().replace(/^[^\p{L}]+/u, '')).join(' '));
  const m = ISSUING_BODY_NAMED.exec(printed);
  return m ? m[1]!.replace(/[^\p{L}\p{N})]+$/u, '') : null;
}

/** The type line: a caps line that is a document type's name, maybe followed by its title. */
export function matchTypeLine(text: string): TypeLineMatch | null {
  const t = text.trim().replace(/[:.]$/, '');
  if (!isUpperLine(t)) return null;
  for (const [name, type] of TYPE_NAMES_UPPER) {
    if (t === name) return { type, rest: '' };
    if (t.startsWith(`${name} `) && !TYPE_NAME_IN_TITLE.test(t.slice(name.length))) {
      const rest = t.slice(name.length).trim();
      // "QUYẾT ĐỊNH CỦA ỦY BAN …" names the issuer, not the title.
      return ISSUING_BODY_AFTER_TYPE.test(rest) ? { type, rest: '', issuingBody: true } : { type, rest };
    }
  }
  return null;
}

function isHeaderNoise(text: string): boolean {
  return isSeparator(text) || isMotto(text) || HEADER_STAMP.test(text.trim()) || isSignatureStampLine(text);
}

/**
 * A one-word caps line in the issuer block is the wrapped end of the line above ("THỦ TƯỚNG CHÍNH" /
 * "PHỦ", "BỘ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG"), unless it is a body's abbreviated name ("TỈNH ỦY GIA
 * LAI" / "UBKT").
 */
function mergeWrappedIssuerLines(zone: Line[], indexes: number[]): void {
  for (let k = indexes.length - 1; k > 0; k--) {
    const line = zone[indexes[k]!]!;
    if (/^\S+$/u.test(line.text.trim()) && !/^(?:\*+|-+)$/u.test(line.text.trim()) && !ABBREVIATED_BODY.has(line.text.trim())) {
      const previous = zone[indexes[k - 1]!]!;
      zone[indexes[k - 1]!] = { ...previous, text: `${previous.text.trim()} ${line.text.trim()}`, end: Math.max(previous.end, line.end) };
      indexes.splice(k, 1);
    }
  }
}

/** Two OCR lines whose baselines are closer than this share of a line's height are one printed line. */
const SAME_PRINTED_LINE = 0.75;
/** The most a second reading of a line differs from the first, in edits per letter (folded). */
const SECOND_READING_DISTANCE = 0.4;

/**
 * A scan (a phone's photo most of all) can have one printed line of the issuer block read twice:
 * a second, weaker reading a fraction of a line above or below the first (`CÔNG AM TĨNH I ÂN` over
 * `CÔNG AN TĨNH LẮM ĐÓNG`). Printed lines of a header stand a line's height apart (NĐ 30/2020,
 * Phụ lục I), so two readings closer than that, across the same columns, that spell nearly the
 * same letters are one line: the surer reading stays.
 */
function dropSecondReadings(zone: Line[], indexes: number[]): void {
  for (let k = indexes.length - 1; k > 0; k--) {
    const a = zone[indexes[k - 1]!]!;
    const b = zone[indexes[k]!]!;
    if (a.confidence === undefined || b.confidence === undefined || a.page !== b.page || !a.fontSize || !b.fontSize) continue;
    if (Math.abs(b.y - a.y) >= SAME_PRINTED_LINE * Math.min(a.fontSize, b.fontSize)) continue;
    if (!(a.x < b.x + b.width && b.x < a.x + a.width)) continue;
    const fa = foldDiacritics(squash(a.text)).toLowerCase();
    const fb = foldDiacritics(squash(b.text)).toLowerCase();
    if (levenshtein(fa, fb) > SECOND_READING_DISTANCE * Math.max(fa.length, fb.length)) continue;
    indexes.splice(a.confidence < b.confidence ? k - 1 : k, 1);
  }
}

/**
 * A place/date row that a handwritten blank broke into pieces (OCR leaves a gap where the pen
 * was): its start ("Đắk Nông, ngày …") takes the pieces to its right on the same row.
 */
function joinBrokenPlaceDateRow(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.fontSize && PLACE_DATE_START.test(line.text.trim())) {
      while (i + 1 < lines.length && sameRowToTheRight(line, lines[i + 1]!)) {
        const next = lines[++i]!;
        line = { ...line, text: `${line.text.trimEnd()} ${next.text.trim()}`, end: next.end, width: next.x + next.width - line.x };
      }
    }
    out.push(line);
  }
  return out;
}

function sameRowToTheRight(line: Line, next: Line): boolean {
  return next.page === line.page && next.x > line.x && Math.abs(next.y - line.y) <= 0.5 * (line.fontSize ?? 0);
}

/** How far from the top a genre line may stand (a motto or a body's name may come first). */
const GENRE_LINE_REACH = 4;
/** How far from the top a bracketed trích yếu may stand under its heading (motto, place and date first). */
const BRACKETED_ABOUT_REACH = 6;

/** How many lines from the top a header's two columns may share. */
const TWO_COLUMN_REACH = 6;

/** A header line holding both columns (a flattened table row) as two lines, left then right. */
function splitColumns(lines: Line[]): Line[] {
  return lines.flatMap((line, i) => {
    const m = i < TWO_COLUMN_REACH && line.column === 'full' ? TWO_COLUMNS_IN_LINE.exec(line.text) : null;
    if (!m?.groups) return [line];
    const at = line.text.lastIndexOf(m.groups.right!);
    const left = m.groups.left!;
    return [
      { ...line, text: left, end: line.start + left.length, column: 'left' as const },
      { ...line, text: line.text.slice(at), start: line.start + at, column: 'right' as const },
    ];
  });
}

/**
 * Positioned lines (PDF, OCR) only: the left edge of the header's right column (motto, place and
 * date), where a line of the left column must end; null when no right column was placed.
 */
function rightColumnEdge(lines: Line[]): number | null {
  const right = lines.filter((l) => l.column === 'right' && l.fontSize !== undefined);
  return right.length ? Math.min(...right.map((l) => l.x)) : null;
}

/** The longest line a wrapped trích yếu takes in the left column (about half the text width), in characters. */
const LEFT_COLUMN_CHARS = 70;
/** The most lines a trích yếu wraps onto under its first. */
const SUBJECT_WRAPS = 5;

/**
 * Flattened text (DOC, DOCX without cells, plain text): a công văn's trích yếu stands under the
 * number, above "Kính gửi" (NĐ 30/2020, Phụ lục I). The short lines between the "V/v" line and a
 * "Kính gửi" line a few lines below are its wrapped rest (the place/date and rules printed beside
 * it are passed over); without that "Kính gửi", null.
 */
function subjectLinesBeforeAddressee(zone: Line[], vv: number): number[] | null {
  const rest: number[] = [];
  for (let i = vv + 1; i < Math.min(zone.length, vv + 12); i++) {
    const text = zone[i]!.text.trim();
    if (ADDRESSEE_LINE.test(text)) return rest;
    if (!text || isHeaderNoise(text) || PLACE_DATE_LINE.test(text)) continue;
    if (rest.length === SUBJECT_WRAPS || zone[i]!.column === 'right' || text.length > LEFT_COLUMN_CHARS || BODY_OPENING.test(text) || SUBJECT_LINE.test(text)) return null;
    rest.push(i);
  }
  return null;
}

/** The most speck tokens OCR may read before a scanned type line. */
const TYPE_LINE_SPECKS = 3;

/**
 * A scan's type line with specks read before it (`L7”. „QUYẾT ĐỊNH CỦA CHỦ TỊCH …`: a margin's
 * mark, a stamp's ink): tokens with no two letters together, and the signs glued to the type's
 * name, are none of it. The line is kept from the type's name on where that is a type line.
 */
function typeLineWithoutSpecks(line: Line): Line {
  if (line.confidence === undefined || matchTypeLine(line.text)) return line;
  const tokens = line.text.trim().split(/\s+/u);
  let k = 0;
  // A heading's number (`1.`, `II.`, `a)`) opens a section of the body in capitals, not a speck.
  if (SECTION_NUMBER_TOKEN.test(tokens[0]!)) return line;
  while (k < Math.min(TYPE_LINE_SPECKS, tokens.length - 1) && !/\p{L}{2}/u.test(tokens[k]!)) k++;
  if (k === 0 && /^\p{L}/u.test(tokens[0]!)) return line;
  const rest = tokens.slice(k).join(' ').replace(/^[^\p{L}]+/u, '');
  if (!matchTypeLine(rest)) return line;
  const at = line.text.indexOf(rest.slice(0, rest.indexOf(' ') > 0 ? rest.indexOf(' ') : rest.length));
  if (at < 0 || line.text.slice(at, at + rest.length) !== rest) return line;
  return { ...line, text: rest, start: line.start + at, end: line.start + at + rest.length };
}

/**
 * The header's lines with a scan's specked type line cleaned: the type line stands once, in the
 * header (NĐ 30/2020, Phụ lục I): over the title, and never under a công văn's trích yếu ("V/v …")
 * or its "Kính gửi" line, where the body's capitals headings begin. The search ends at the first
 * type line or at either of those lines.
 */
function withTypeLineSpecksDropped(lines: Line[]): Line[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const text = out[i]!.text.trim();
    if (SUBJECT_LINE.test(text) || ADDRESSEE_LINE.test(text)) break;
    out[i] = typeLineWithoutSpecks(out[i]!);
    if (matchTypeLine(out[i]!.text)) break;
  }
  return out;
}

export function locateHeader(doc: NormalizedDocument): HeaderLayout {
  const lines = withTypeLineSpecksDropped(joinBrokenPlaceDateRow(splitColumns(doc.lines.filter((l) => !isSignatureStampLine(l.text)).slice(0, HEADER_REACH))));
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const zone = firstPage.length ? firstPage : lines;
  const find = (pred: (l: Line, i: number) => boolean, from = 0): number => {
    for (let i = from; i < zone.length; i++) if (pred(zone[i]!, i)) return i;
    return -1;
  };

  let numberIndex = find((l) => matchNumberLine(l.text) !== null && !APPENDIX_HEADING.test(l.text));
  let numberText = numberIndex >= 0 ? matchNumberLine(zone[numberIndex]!.text) : null;
  // "Nghị quyết số:" with the number wrapped onto the next line of the same block.
  const labelIndex = find((l, i) => {
    const m = NUMBER_LINE.exec(l.text.trim());
    const next = zone[i + 1];
    return !!m && m[1]!.trim() === '' && !!next && parseDocumentNumber(next.text.trim()) !== null;
  });
  if (labelIndex >= 0 && (numberIndex < 0 || labelIndex < numberIndex)) {
    numberIndex = labelIndex + 1;
    numberText = zone[numberIndex]!.text.trim();
  }
  let placeDateIndex = find((l) => PLACE_DATE_LINE.test(l.text) || (DATE_LINE_OPENING.test(l.text.trim()) && WORDED_DATE.test(l.text) && !CITED_DOCUMENT_DATE.test(l.text)));
  // On a scan, a place/date line whose place was misread stands beside or just under the number line.
  if (placeDateIndex < 0 && numberIndex >= 0) {
    const near = find((l, i) => i > numberIndex - 3 && i <= numberIndex + 2 && l.confidence !== undefined && l.column !== 'left' && DAMAGED_PLACE_DATE_LINE.test(l.text.trim()) && (WORDED_DATE.test(l.text) || OCR_WORDED_DATE.test(l.text)));
    if (near >= 0) placeDateIndex = near;
  }
  // The type line comes after the issuer block; a body citation never starts a caps line.
  let typeIndex = find((l, i) => matchTypeLine(l.text) !== null && (numberIndex < 0 || i > numberIndex - 1 || i > 2));
  // A paper read at a meeting (THAM LUẬN, BÀI PHÁT BIỂU) has no number and no type, but its genre
  // line stands where a type line would, with the title under it; it is no issuer.
  if (typeIndex < 0 && numberIndex < 0) {
    const genre = find((l) => GENRE_LINE.test(l.text.trim()) || (l.confidence !== undefined && isUpperLine(l.text) && GENRE_LINE_FOLDED.test(foldDiacritics(squash(l.text)).toLowerCase())));
    if (genre >= 0 && genre < GENRE_LINE_REACH) typeIndex = genre;
  }
  // A heading that names no type (a person's đơn) over its trích yếu in brackets ("(Về việc …)"):
  // the heading stands where a type line would, the trích yếu under it is the title.
  if (typeIndex < 0 && numberIndex < 0) {
    const about = find((l, i) => i > 0 && i <= BRACKETED_ABOUT_REACH && BRACKETED_ABOUT.test(l.text.trim()) && isUpperLine(zone[i - 1]!.text) && !isHeaderNoise(zone[i - 1]!.text));
    if (about >= 0) typeIndex = about - 1;
  }
  const typeMatch = typeIndex >= 0 ? matchTypeLine(zone[typeIndex]!.text) : null;

  // Issuer block: caps lines before the type line, left column (or unknown side), not noise.
  const issuerIndexes: number[] = [];
  const issuerLimit = typeIndex >= 0 ? typeIndex : Math.min(zone.length, 10);
  const issuerCandidate = (l: Line, i: number) =>
    i !== numberIndex &&
    i !== labelIndex &&
    i !== placeDateIndex &&
    l.column !== 'right' &&
    isUpperLine(l.text) &&
    !isHeaderNoise(l.text) &&
    !matchTypeLine(l.text) &&
    !RECIPIENTS_HEADING.test(l.text) &&
    l.text.length < 80;
  // A number line whose number did not parse (a misread blank) still ends the issuer block above it.
  const labelAt = numberIndex >= 0 ? -1 : find((l) => l.column !== 'right' && NUMBER_LABEL_OPENING.test(l.text.trim()));
  const beforeNumber = Math.min(numberIndex >= 0 ? numberIndex : labelAt >= 0 ? labelAt : issuerLimit, issuerLimit);
  for (let i = 0; i < beforeNumber; i++) if (issuerCandidate(zone[i]!, i)) issuerIndexes.push(i);
  if (issuerIndexes.length === 0 && numberIndex >= 0) {
    for (let i = numberIndex + 1; i < issuerLimit; i++) if (issuerCandidate(zone[i]!, i)) issuerIndexes.push(i);
  }
  // Without a number or a place/date line, caps lines that name no body are a heading, not an issuer.
  if (numberIndex < 0 && labelAt < 0 && placeDateIndex < 0 && issuerIndexes.length > 0 && !OPENS_ISSUER_BLOCK.test(zone[issuerIndexes[0]!]!.text.trim())) issuerIndexes.length = 0;

  // Subject line of a công văn: "V/v …" under the number, possibly wrapped in the left column.
  const subjectIndexes: number[] = [];
  let vv = find((l) => SUBJECT_LINE.test(l.text.trim()));
  // Without "V/v", a trích yếu that opens with "Về …" right under the number of an untyped
  // header is the công văn's too, when "Kính gửi" closes it as it closes a công văn's.
  const about = vv < 0 && numberIndex >= 0 && typeIndex < 0;
  if (about) {
    // On a placed page any trích yếu in small letters inside the left column qualifies.
    const edge = rightColumnEdge(zone.slice(0, numberIndex + 1));
    const inLeftColumn = (l: Line) => edge !== null && !!l.fontSize && l.x + l.width <= edge && !isUpperLine(l.text);
    const at = find((l) => l.column !== 'right' && !isHeaderNoise(l.text) && !PLACE_DATE_LINE.test(l.text), numberIndex + 1);
    vv = at >= 0 && (SUBJECT_ABOUT.test(zone[at]!.text.trim()) || inLeftColumn(zone[at]!)) ? at : -1;
  }
  let closedByAddressee = false;
  if (vv >= 0 && (numberIndex < 0 || vv - numberIndex <= 4) && (typeIndex < 0 || vv < typeIndex)) {
    subjectIndexes.push(vv);
    const edge = rightColumnEdge(zone.slice(0, vv + 1));
    const positioned = edge !== null && !!zone[vv]!.fontSize;
    const beforeAddressee = positioned ? null : subjectLinesBeforeAddressee(zone, vv);
    if (beforeAddressee) subjectIndexes.push(...beforeAddressee);
    closedByAddressee = !!beforeAddressee;
    for (let i = vv + 1; i < zone.length && !beforeAddressee; i++) {
      const l = zone[i]!;
      if (positioned && l.fontSize) {
        // Positioned lines (NĐ 30/2020, Phụ lục I): the trích yếu wraps inside the left column,
        // whatever column the line splitter gave it; it ends at a gap, a rule, "Kính gửi", the
        // body (a line reaching into the right column), or another page.
        const text = l.text.trim();
        if (ADDRESSEE_LINE.test(text)) closedByAddressee = l.page === zone[vv]!.page;
        if (l.page !== zone[vv]!.page || ADDRESSEE_LINE.test(text)) break;
        if (l.x >= edge) continue; // the right column beside it (place and date)
        if (isHeaderNoise(text) || PLACE_DATE_LINE.test(text) || BODY_OPENING.test(text)) break;
        // A subject block wider than the left column (a scan's, set across under the number) may
        // reach as far as its first line does; the body reaches much further.
        const first = zone[vv]!;
        const reach = Math.max(edge, first.x + first.width + (first.fontSize ?? 0));
        if (l.x + l.width > reach || farBelow(zone[subjectIndexes[subjectIndexes.length - 1]!]!, l)) break;
        subjectIndexes.push(i);
        continue;
      }
      // The subject block sits under the number, left or across (a centred block read from a scan
      // can come out as either); the right column beside it is the place/date or addressees.
      if (l.column === 'right' && zone[vv]!.column !== 'right') continue;
      if (l.column !== zone[vv]!.column && (l.column === 'right' || zone[vv]!.column === 'right')) break;
      if (zone[vv]!.column === 'full' || l.column === 'full') {
        // Flattened text: continue only while the line is clearly a continuation.
        if (!CONTINUATION_LINE.test(l.text.trim()) || isHeaderNoise(l.text)) break;
      }
      if (isHeaderNoise(l.text) || PLACE_DATE_LINE.test(l.text) || ADDRESSEE_LINE.test(l.text) || BODY_OPENING.test(l.text)) break;
      if (farBelow(zone[subjectIndexes[subjectIndexes.length - 1]!]!, l)) break;
      subjectIndexes.push(i);
    }
    if (about && !closedByAddressee) subjectIndexes.length = 0;
  }

  // Title block: after the type line, until a rule, the body's opening words, or the authority
  // statement that precedes "Căn cứ".
  const titleIndexes: number[] = [];
  let bodyIndex = Math.max(typeIndex, numberIndex, placeDateIndex, ...subjectIndexes) + 1;
  let issuingBody: string | null = null;
  if (typeIndex >= 0) {
    let i = titleStart(zone, typeIndex, typeMatch);
    issuingBody = issuingBodyOf(zone.slice(typeIndex, i));
    for (; i < zone.length; i++) {
      const l = zone[i]!;
      const text = l.text.trim();
      if (isSeparator(text)) {
        if (titleIndexes.length) {
          i++;
          break;
        }
        continue;
      }
      if (isMotto(text) || HEADER_STAMP.test(text)) continue;
      if (i === placeDateIndex || i === numberIndex) continue;
      if (ADDRESSEE_LINE.test(text) || RECIPIENTS_HEADING.test(text) || ISSUED_WITH_NOTE.test(text)) break;
      // Pursuant lines may come as a dashed list ("- Căn cứ …").
      const opening = text.replace(/^[-–]\s*/u, '');
      if (BODY_OPENING.test(opening) && (titleIndexes.length > 0 || FIRST_BODY_LINE.test(opening))) break;
      const next = zone[i + 1]?.text.trim() ?? '';
      if (AUTHORITY_STATEMENT.test(text) && PURSUANT_OPENING.test(next)) break;
      if (titleIndexes.length > 0) {
        const first = zone[titleIndexes[0]!]!;
        // A receipt stamp's handwriting in the margin beside the title, read as next to nothing; the
        // rule under the title or a seal's speck read as a lone letter (no word of a title has one).
        if (l.confidence !== undefined && l.confidence < MARGIN_NOISE_CONFIDENCE && l.column !== first.column) continue;
        if (l.confidence !== undefined && !/\p{L}{2}|\d/u.test(text)) continue;
        if (isUnsureNonWords(l)) continue;
        const prev = zone[titleIndexes[titleIndexes.length - 1]!]!;
        if (first.bold !== undefined && l.bold !== undefined && first.bold !== l.bold) break;
        // A line in the other case still belongs to the title when the rule under the title
        // follows it at once (NĐ 30/2020: the trích yếu ends before the short rule line).
        const ruledOff = isSeparator(zone[i + 1]?.text ?? '') && !BODY_OPENING.test(text);
        // A line without letters ("2025)" of a term split off its row) has no case to differ in.
        if (/\p{L}/u.test(text) && isUpperLine(first.text) !== isUpperLine(text) && !/^[“"(]/u.test(text) && !ruledOff) break;
        // A trích yếu never ends in a colon: a title line that does goes on with what it introduces
        // ("… nhóm thủ tục hành chính:" / "Đăng ký thành lập hộ kinh doanh - …").
        if (/[.;]$/u.test(prev.text.trim()) && !/\.\.\.$/.test(prev.text.trim())) break;
        // A trích yếu never ends in a colon: a line that does opens the body ("Sở Nội vụ trân trọng kính mời:").
        if (/[:：]$/u.test(text)) break;
        // A trích yếu printed in brackets ends where its bracket closes.
        if (first.text.trim().startsWith('(') && prev.text.trim().endsWith(')')) break;
        if (farBelow(prev, l)) break;
        if (text.length > 250) break;
      } else if (text.length > 400 || (BODY_OPENING.test(text) && /:$/u.test(text))) {
        // A trích yếu never ends in a colon: a body sentence opening a list does.
        break;
      }
      titleIndexes.push(i);
    }
    bodyIndex = i;
  }
  dropSecondReadings(zone, issuerIndexes);
  mergeWrappedIssuerLines(zone, issuerIndexes);
  return { lines: zone, numberIndex, numberText, numberLabelIndex: labelIndex, placeDateIndex, typeIndex, typeMatch, issuerIndexes, titleIndexes, subjectIndexes, bodyIndex, issuingBody };
}
