import { distance as levenshtein } from 'fastest-levenshtein';
import { docTypeByCode, PARTY_TYPE_NAMES, DOC_TYPES, UNTYPED_NUMBER_TYPE } from '../data/doc-types.js';
import {
  ADDRESS_LINE, ADDRESSEE_LINE, ADDRESSEE_WRAPPED_END, ADOPTION_DATE, ANNEX_LABEL, ANNEX_NAME_END, ISSUED_WITH_NOTE, ISSUED_WITH_NOTE_INSIDE, CONTINUATION_LINE, BODY_OPENING, MONTH_AND_YEAR, NUMBER_LABEL_TYPE, PLACE_DATE_LINE, PLACE_DATE_LINE_COMMA_LOST, PURSUANT_OPENING, TITLE_LINK_WORD_END, TRAILING_RULE, TRAILING_STOPS,
} from '../data/layout-patterns.js';
import { SUBJECT_MARK, SUBJECT_MARK_AFTER_SPECK } from '../data/ocr.js';
import { warningMessage, type Message } from '../pipeline/core/messages.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import type { Line, NormalizedDocument } from '../pipeline/core/model.js';
import type { DateField, DocTypeField, IssuerField, NumberField, ScalarField } from '../pipeline/core/record.js';
import { confidence, isUpperLine, joinWrapped, spanIn, spanOf, squash, stripItem } from './common.js';
import { findDate, findMisreadDate, type DateParts } from './dates.js';
import { parseDocumentNumber, symbolCodeRepairs, withCodesRepaired, type ParsedNumber } from './document-number.js';
import { buildIssuerName, definedFullName, spelledOutIssuer, dominantProvince, inferIssuerFromBody, inferIssuerFromSymbol, opensWithAgency, withAbbreviationsSnapped } from './issuer.js';
import { locateHeader, type HeaderLayout } from './layout.js';
import { PARTY_CENTRAL_COMMITTEE, PARTY_CENTRAL_SIGNATURE, PARTY_CENTRAL_SIGNING_BODIES, YOUTH_UNION_CENTRAL_COMMITTEE, YOUTH_UNION_MOTTO } from '../data/issuers.js';

/** The identity of a document: what the header (or, failing it, the body) says it is. */
export interface HeaderFields {
  docType: DocTypeField | null;
  number: NumberField | null;
  place: ScalarField | null;
  date: DateField | null;
  issuer: IssuerField | null;
  title: ScalarField | null;
  addressees: Array<{ name: string; span: [number, number] }>;
  /** Index into doc.lines where the body begins (for the body extractors). */
  bodyStart: number;
  messages: Message[];
}

function extractNumber(layout: HeaderLayout): { field: NumberField; parsed: ParsedNumber } | null {
  if (layout.numberIndex < 0 || !layout.numberText) return null;
  const line = layout.lines[layout.numberIndex]!;
  const printed = layout.numberText;
  let parsed = parseDocumentNumber(printed)!;
  const at = line.text.indexOf(printed);
  // On a scan, a type code one letter off the code of the type printed above the title, and no
  // type's code itself (`TIr` under TỜ TRÌNH), is that code misread: the symbol opens with the type's code (ND 30/2020).
  const typeCode = layout.typeMatch?.type.code;
  const misread = line.confidence !== undefined && typeCode && parsed.typeCode && !docTypeByCode(parsed.typeCode) && oneLetterOff(parsed.typeCode, typeCode);
  if (misread) parsed = parseDocumentNumber(printed.replace(parsed.typeCode!, typeCode)) ?? parsed;
  return {
    parsed,
    field: {
      raw: parsed.raw,
      seq: parsed.seq,
      symbol: parsed.symbol,
      system: parsed.system,
      span: spanIn(line, Math.max(0, at), Math.max(0, at) + printed.length),
      // A number whose slash the page did not print (put back by matchNumberLine) is less sure.
      confidence: confidence(misread || (at < 0 && parsed.seq) ? 0.8 : parsed.seq ? 0.97 : 0.9),
    },
  };
}

/** Two codes of one length that differ in one letter (of one length, one edit is one letter replaced). */
function oneLetterOff(a: string, b: string): boolean {
  return a.length === b.length && levenshtein(a, b) === 1;
}

function extractDocType(layout: HeaderLayout, parsed: ParsedNumber | null): DocTypeField | null {
  if (layout.typeMatch) {
    const line = layout.lines[layout.typeIndex]!;
    const { type } = layout.typeMatch;
    // A specialized type printed as a known type's name and more (BÁO CÁO ĐỀ XUẤT over "Số: 03/BCĐX-…"):
    // the symbol's own code spells the longer name.
    const code = parsed?.typeCode;
    if (code && layout.typeMatch.rest && parsed.system !== 'party' && !docTypeByCode(code)) {
      const specialized = specializedTypeLine(layout, code);
      if (specialized && specialized.span[0] >= line.start && specialized.span[1] <= line.end) return specialized;
    }
    // Party "Thông tri" is printed as THÔNG TRI; Tờ trình as TỜ TRÌNH: the name line decides.
    return { code: type.code, name: type.name, span: spanIn(line, 0, line.text.trim().length), confidence: 0.98 };
  }
  // QH form: "Nghị quyết số: …", "Luật số: …" carries the type in the number line.
  if (layout.numberIndex >= 0) {
    const line = layout.lines[layout.numberLabelIndex >= 0 ? layout.numberLabelIndex : layout.numberIndex]!;
    const inline = NUMBER_LABEL_TYPE.exec(line.text.trim());
    if (inline) {
      const type = DOC_TYPES.find((t) => t.name.toLocaleLowerCase('vi') === inline[1]!.toLocaleLowerCase('vi'));
      if (type) return { code: type.code, name: type.name, span: spanIn(line, 0, inline[1]!.length), confidence: 0.95 };
    }
  }
  if (parsed) {
    const line = layout.lines[layout.numberIndex]!;
    const code = parsed.typeCode;
    if (code) {
      const partyName = parsed.system === 'party' ? PARTY_TYPE_NAMES[code] : undefined;
      const type = docTypeByCode(code);
      if (partyName) return { code, name: partyName, span: spanIn(line), confidence: 0.8 };
      if (type) return { code: type.code, name: type.name, span: spanIn(line), confidence: 0.85 };
    }
    // A specialized type (văn bản chuyên ngành) abbreviates its own name in the symbol, as
    // Nghị định 30/2020 has every type do: "PHIẾU LÝ LỊCH TƯ PHÁP" over "Số: 18468/LLTP-HSNV".
    const specialized = code && parsed.system !== 'party' && !docTypeByCode(code) ? specializedTypeLine(layout, code) : null;
    if (specialized) return specialized;
    // A State number without a type code is a công văn (05/BNV-VP, 299/UBND-TTHC).
    if (!code || !docTypeByCode(code)) {
      if (layout.subjectIndexes.length > 0 || parsed.system !== 'party') {
        return { code: UNTYPED_NUMBER_TYPE.code, name: UNTYPED_NUMBER_TYPE.name, span: spanIn(line), confidence: layout.subjectIndexes.length ? 0.9 : 0.6 };
      }
    }
  }
  return null;
}

/** How far below the number a specialized type's name line may stand (place and date, motto between). */
const SPECIALIZED_TYPE_REACH = 6;

/**
 * A capitals line under the number whose words' initials spell the symbol's type code (the
 * code's letters, in order, as the initials of consecutive words): the type's printed name is
 * the line up to the last of those words. Codes of two letters or fewer are too easily spelled by chance.
 */
function specializedTypeLine(layout: HeaderLayout, code: string): DocTypeField | null {
  const letters = foldDiacritics(code).toUpperCase();
  if (letters.length < 3 || !/^[A-Z]+$/.test(letters)) return null;
  const from = Math.max(layout.numberIndex, layout.placeDateIndex) + 1;
  for (let i = from; i < Math.min(layout.lines.length, from + SPECIALIZED_TYPE_REACH); i++) {
    const line = layout.lines[i]!;
    const words = line.text.trim().split(/\s+/);
    if (words.length < letters.length || line.text !== line.text.toLocaleUpperCase('vi')) continue;
    const initials = words.map((w) => foldDiacritics(w).charAt(0).toUpperCase()).join('');
    const at = initials.indexOf(letters);
    if (at < 0) continue;
    const printed = words.slice(0, at + letters.length).join(' ');
    const name = printed.charAt(0) + printed.slice(1).toLocaleLowerCase('vi');
    const nameAt = line.text.indexOf(words[0]!);
    return { code, name, span: spanIn(line, nameAt, nameAt + printed.length), confidence: 0.85 };
  }
  return null;
}

/** A printed date as an output field, its span starting at `at` in the document text. */
function dateField(parts: DateParts, at: number, confidence: number): DateField {
  const { raw, year, month, day, iso } = parts;
  return { raw, year, month, day, iso, span: [at, at + raw.length], confidence };
}

/** The place and date of a place/date line ("Lâm Đồng, ngày 26 tháng 11 năm 2025"), at the given confidence. */
export function placeDateOfLine(line: Line, sure: number): { place: ScalarField | null; date: DateField | null } {
  let place: ScalarField | null = null;
  let date: DateField | null = null;
  const m = PLACE_DATE_LINE.exec(line.text);
  // On a scan the comma after the place may be lost: the place is still the name before `ngày`, less surely.
  const commaLost = !m && line.confidence !== undefined ? PLACE_DATE_LINE_COMMA_LOST.exec(squash(line.text)) : null;
  const found = m ?? commaLost;
  if (found?.groups?.place) {
    // A place's name opens with a letter (or a district's number): a speck OCR read before it is none of it.
    const printed = line.confidence !== undefined ? found.groups.place.replace(/^[^\p{L}\p{N}]+/u, '') : found.groups.place;
    const value = squash(printed);
    const at = line.text.indexOf(printed);
    if (value) place = { value, span: spanIn(line, at, at + printed.trimEnd().length), confidence: sure * (commaLost ? COMMA_LOST_FACTOR : 1) };
  }
  const misread = line.confidence !== undefined && !findDate(line.text) ? findMisreadDate(line.text) : null;
  const parts = findDate(line.text) ?? misread ?? monthAndYear(line.text);
  if (parts) date = dateField(parts, line.start + parts.index, (parts.iso ? sure : parts.day === null && parts.month !== null ? UNREAD_DAY_CONFIDENCE : sure - 0.07) * (misread ? MISREAD_LABELS_FACTOR : 1));
  return { place, date };
}

/** How much a place read before a lost comma is doubted against one the comma closes. */
const COMMA_LOST_FACTOR = 0.85;

/** How much a date whose labels OCR misread (`ngàu`) is doubted against one read as printed. */
const MISREAD_LABELS_FACTOR = 0.9;

/** What a date whose day OCR could not read is worth: its month and year are right, the day is missing. */
const UNREAD_DAY_CONFIDENCE = 0.5;

/** The month and year of a place/date line whose day a pen's strokes made unreadable ("ngày4© tháng 02 năm 2010"). */
function monthAndYear(text: string): DateParts | null {
  const m = MONTH_AND_YEAR.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  return { raw: m[0], day: null, month, year: Number(m[2]), iso: null, index: m.index };
}

function extractPlaceDate(doc: NormalizedDocument, layout: HeaderLayout, docType: DocTypeField | null): { place: ScalarField | null; date: DateField | null } {
  let place: ScalarField | null = null;
  let date: DateField | null = null;
  if (layout.placeDateIndex >= 0) ({ place, date } = placeDateOfLine(layout.lines[layout.placeDateIndex]!, 0.97));
  // A header with its own place/date line is dated by it, however little of it was read; rules
  // approved by another body's decision (a charter) take that decision's date, not their adoption's.
  if (!date && layout.placeDateIndex < 0 && !(docType && docTypeByCode(docType.code)?.approvedRules)) {
    // Laws and resolutions of the Quốc hội date themselves in the closing "… thông qua ngày …".
    const adoption = ADOPTION_DATE.exec(doc.text);
    if (adoption) {
      const parts = findDate(adoption[1]!)!;
      date = dateField(parts, adoption.index + adoption[0].length - adoption[1]!.length, 0.8);
    }
  }
  return { place, date };
}

/** How many lines may stand above an annex's label (an e-office registration stamp). */
const ANNEX_LABEL_REACH = 2;
/** The most lines an annex's name takes. */
const ANNEX_NAME_LINES = 6;

/**
 * The name of an annex that opens the file: the capitals after its "Phụ lục …" label, on the
 * label's line and the lines under it, up to the note naming the document it goes with, its
 * first numbered part or its table; null
 * when the file does not open with an annex's label or the label names nothing.
 */
function annexTitle(lines: Line[]): ScalarField | null {
  const printed = lines.slice(0, ANNEX_LABEL_REACH + ANNEX_NAME_LINES + 8).filter((l) => l.text.trim());
  const at = printed.slice(0, ANNEX_LABEL_REACH).findIndex((l) => ANNEX_LABEL.test(l.text.trim()));
  if (at < 0) return null;
  const label = printed[at]!;
  const rest = ANNEX_LABEL.exec(label.text.trim())![1]!;
  const parts: Line[] = [];
  if (rest && isUpperLine(rest)) parts.push({ ...label, text: rest, start: label.end - rest.length });
  for (const line of printed.slice(at + 1, at + 1 + ANNEX_NAME_LINES)) {
    const text = line.text.trim();
    if (ISSUED_WITH_NOTE.test(text) || ANNEX_NAME_END.test(text) || !isUpperLine(text)) break;
    parts.push(line);
  }
  if (!parts.length) return null;
  return { value: squash(parts.map((l) => l.text).join(' ')), span: spanOf(parts), confidence: confidence(0.85) };
}

/** The title: the type line's own words after the type's name (`typeNameEnd`, a text offset, when longer than the type's), then the title lines. */
function extractTitle(layout: HeaderLayout, typeNameEnd?: number): ScalarField | null {
  const lines = layout.titleIndexes.map((i) => layout.lines[i]!);
  // A line without letters before the title (an OCR speck read as "4") is not part of it; one
  // after its first words may be ("giai đoạn" / "2021 - 2025").
  while (lines.length > 0 && !/\p{L}/u.test(lines[0]!.text)) lines.shift();
  // A scan's `V/v` misread, a speck before it (`01 Víy cho phép …`), is the mark.
  const mark = lines[0]?.confidence !== undefined ? SUBJECT_MARK_AFTER_SPECK.exec(lines[0]!.text.trim()) : null;
  if (mark) {
    const first = lines[0]!;
    const at = first.text.indexOf(mark[1]!);
    lines[0] = { ...first, text: `${SUBJECT_MARK}${first.text.slice(at + mark[1]!.length)}`, start: first.start + at };
  }
  const typeLine = layout.lines[layout.typeIndex];
  const rest = typeNameEnd !== undefined && typeLine ? typeLine.text.slice(typeNameEnd - typeLine.start).trim() : (layout.typeMatch?.rest ?? '');
  if (lines.length > 0 || rest) {
    const joined = joinWrapped([rest, ...lines.map((l) => l.text)]);
    // A trích yếu printed in brackets under the type line: the brackets are not part of it.
    const bracketed = /^\([^()]*\)$/u.test(joined) ? joined.slice(1, -1).trim() : joined;
    // The issued-with note run onto the title's last line ends the title where its bracket opens.
    const note = ISSUED_WITH_NOTE_INSIDE.exec(bracketed);
    const value = note && note.index > 0 ? bracketed.slice(0, note.index) : bracketed;
    const span = lines.length ? spanOf(lines) : spanIn(typeLine!);
    return { value, span, confidence: lines.length > 4 ? 0.7 : 0.93 };
  }
  if (layout.subjectIndexes.length > 0) {
    const subject = layout.subjectIndexes.map((i) => layout.lines[i]!);
    return { value: joinWrapped(subject.map((l) => l.text)), span: spanOf(subject), confidence: 0.9 };
  }
  return null;
}

/** The most lines one addressee item wraps over. */
const ADDRESSEE_ITEM_LINES = 6;
/** The longest line an undashed addressee item opens with (longer ones are the body's paragraphs). */
const ADDRESSEE_ITEM_CHARS = 300;
/** A line at least this long that stops without punctuation was wrapped for the page's width. */
const ADDRESSEE_WRAP_WIDTH = 50;
const LIST_MARK = /^[-–+•]/u;

/**
 * The addressees under "Kính gửi:" or a công điện's "… điện:": the names on the label's line
 * (split at ";"), then dash items, or (with none) one name per line. An item whose line ends
 * without ";" or "." goes on over the next lines (a dash list's undashed line; in an undashed
 * list, a line that opens no body), until the body opens or an address line starts.
 */
function extractAddressees(doc: NormalizedDocument, from: number): HeaderFields['addressees'] {
  const lines = doc.lines;
  for (let i = from; i < Math.min(lines.length, from + 25); i++) {
    const m = ADDRESSEE_LINE.exec(lines[i]!.text.trim());
    if (!m) continue;
    const items: Array<{ parts: string[]; span: [number, number] }> = [];
    const line = lines[i]!;
    const inline = m[1]!.trim();
    if (inline) {
      // "Kính gửi: Sở A; Sở B" or the first item of a list on the same line ("Kính gửi: - Sở A;").
      let at = line.text.indexOf(inline);
      for (const part of LIST_MARK.test(inline) ? [inline] : inline.split(/(?<=;)\s*/u)) {
        items.push({ parts: [part], span: spanIn(line, at, at + part.length) });
        at += part.length;
      }
    }
    const dashed = LIST_MARK.test(inline) || LIST_MARK.test(lines[i + 1]?.text.trim() ?? '');
    for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
      const item = lines[j]!;
      const t = item.text.trim();
      const last = items.at(-1);
      const lastText = last?.parts.at(-1) ?? '';
      // A line ending in a colon heads what follows ("Thông tin cá nhân:", "Nội dung:"): the body
      // has begun. (An agency's name ending so is an item whose ";" a scan read as ":".) Only on a scan: typed text's
      // colon-ended item heads a group of "+" sub-items ("- Giám đốc các Sở:" / "+ Y tế;"), as it does on a scan too.
      const groupHeading = /^[+]/u.test(lines[j + 1]?.text.trim() ?? '');
      if (item.confidence !== undefined && /[:：]$/u.test(t) && !groupHeading && !opensWithAgency(t.replace(/^[-–+•.\s]+/u, ''))) break;
      if (dashed && LIST_MARK.test(t)) {
        items.push({ parts: [t], span: spanIn(item) });
        continue;
      }
      if (!t || BODY_OPENING.test(t) || ADDRESS_LINE.test(t)) break;
      // A line goes on with the item above when that stops inside a name, or was wrapped for width.
      const wrapped = ADDRESSEE_WRAPPED_END.test(lastText) || CONTINUATION_LINE.test(t) || lastText.length >= ADDRESSEE_WRAP_WIDTH;
      const open = last !== undefined && !/[;.]$/u.test(lastText) && last.parts.length < ADDRESSEE_ITEM_LINES && wrapped;
      if (open && (dashed || !opensWithAgency(t))) {
        last.parts.push(t);
        last.span = [last.span[0], item.end];
        continue;
      }
      // Names one per line (undashed) follow an empty label; a name on the label's line is followed only by dash items or its own wrapped lines.
      const nextName = !dashed && !inline && t.length <= ADDRESSEE_ITEM_CHARS && (last === undefined ? opensWithAgency(t) : lastText.endsWith(';') || (t.length <= 80 && opensWithAgency(t)));
      if (!nextName) break;
      items.push({ parts: [t], span: spanIn(item) });
    }
    // A scan reads an item's closing ";" as ":" too.
    const scanned = line.confidence !== undefined;
    const nameOf = (parts: string[]) => (scanned ? stripItem(joinWrapped(parts)).replace(/\s*[:：]$/u, '') : stripItem(joinWrapped(parts)));
    return items.map((x) => ({ name: nameOf(x.parts), span: x.span })).filter((x) => x.name);
  }
  return [];
}

/**
 * A document headed "BAN CHẤP HÀNH TRUNG ƯƠNG" is issued by the body that signs for the Central
 * Committee (Hướng dẫn 36-HD/VPTW): "T/M BAN BÍ THƯ" → Ban Bí thư, "T/M BỘ CHÍNH TRỊ" → Bộ Chính trị;
 * under the Youth Union's name (its header's right, `headerEnd` the end of the header) it is the Union's.
 */
function speakingBody(doc: NormalizedDocument, name: string, headerEnd: number): string {
  if (name !== PARTY_CENTRAL_COMMITTEE) return name;
  // Under the Youth Union's name on the right, the Central Committee is the Union's (its Điều lệ).
  if (doc.lines.some((line) => line.start < headerEnd && YOUTH_UNION_MOTTO.test(line.text.trim()))) return YOUTH_UNION_CENTRAL_COMMITTEE;
  for (const line of [...doc.lines].reverse()) {
    const m = PARTY_CENTRAL_SIGNATURE.exec(line.text.trim());
    if (m) return PARTY_CENTRAL_SIGNING_BODIES[m[1]!]!;
  }
  return name;
}

/** A scan's symbol code repaired to the known code of the body its header names: less sure than one read as printed. */
const REPAIRED_SYMBOL_CONFIDENCE = 0.8;

/**
 * On a scan, the symbol's body codes checked against the header's issuer block
 * (`symbolCodeRepairs`): a code misread one letter from the code of the body the header names is
 * that code, less surely, and `messages` say so. Typed numbers and an issuer not read from the
 * header are left alone.
 */
function scannedSymbolChecked(layout: HeaderLayout, number: { field: NumberField; parsed: ParsedNumber }, issuer: IssuerField, messages: Message[]): NumberField {
  const { field } = number;
  if (layout.lines[layout.numberIndex]?.confidence === undefined || issuer.lines.length === 0) return field;
  const repairs = symbolCodeRepairs(field.symbol, [issuer.name, ...issuer.lines].join(' '));
  if (repairs.length === 0) return field;
  const list = repairs.map(({ from, to }) => `“${from}” → ${to}`).join(', ');
  messages.push(warningMessage('extract:header', `The number's symbol was read with a code one letter off the code of the issuer the header names (${list}); check it against the scan.`, { span: field.span }));
  return { ...field, symbol: withCodesRepaired(field.symbol, repairs), raw: withCodesRepaired(field.raw, repairs), confidence: Math.min(field.confidence, REPAIRED_SYMBOL_CONFIDENCE) };
}

export function extractHeader(doc: NormalizedDocument): HeaderFields {
  const messages: Message[] = [];
  const layout = locateHeader(doc);
  const number = extractNumber(layout);
  const docType = extractDocType(layout, number?.parsed ?? null);
  const placeDate = extractPlaceDate(doc, layout, docType);
  let { place } = placeDate;
  const { date } = placeDate;
  const typeLine = layout.lines[layout.typeIndex];
  // A specialized type's name read on the type line ends where the title's words begin.
  const specializedOnTypeLine = typeLine && docType && layout.typeMatch && docType.code !== layout.typeMatch.type.code && docType.span[0] >= typeLine.start && docType.span[1] <= typeLine.end;
  let title = extractTitle(layout, specializedOnTypeLine ? docType.span[1] : undefined);

  const bodyLine = layout.lines[layout.bodyIndex] ?? layout.lines[layout.lines.length - 1];
  const bodyStart = bodyLine ? Math.max(0, doc.lines.indexOf(bodyLine)) : 0;

  let issuer: IssuerField | null = null;
  const issuerLines = layout.issuerIndexes.map((i) => layout.lines[i]!);
  if (issuerLines.length > 0) {
    // The lines as printed (a misprint stays); the name from them with a scan's abbreviation one
    // letter off a standard one (UBNB) read as that abbreviation, said.
    const printed = issuerLines.map((l) => squash(l.text.replace(TRAILING_RULE, '').replace(TRAILING_STOPS, '')));
    const named = printed.map((text, i) => {
      if (issuerLines[i]!.confidence === undefined) return text;
      const { text: snapped, snapped: snaps } = withAbbreviationsSnapped(text);
      for (const { from, to } of snaps) messages.push(warningMessage('extract:header', `The issuer's header line reads “${from}”, one letter off the abbreviation ${to}; the issuer is named as by ${to}: check it against the scan.`, { span: spanOf([issuerLines[i]!]) }));
      return snapped;
    });
    const spelledOut = layout.issuingBody ? spelledOutIssuer(named, layout.issuingBody) : null;
    const built = spelledOut ?? speakingBody(doc, buildIssuerName(named), bodyLine ? bodyLine.start : doc.text.length);
    // A short name the text defines after the body's full name: the full name.
    const defined = spelledOut ? null : definedFullName(doc.text, [built, named.at(-1)!], bodyLine ? bodyLine.start : 0);
    issuer = { lines: printed, name: defined ?? built, span: spanOf(issuerLines), confidence: 0.92 };
  } else {
    // Header lost: the body's own statement, then the symbol, completed with the province.
    const province = place?.value ? (dominantProvince(place.value) ?? place.value) : dominantProvince(doc.text);
    const bodyFrom = bodyLine ? bodyLine.start : 0;
    const fromBody = inferIssuerFromBody(doc, title ? title.span[1] : bodyFrom, province);
    const fromSymbol = number ? inferIssuerFromSymbol(number.parsed.issuerCodes, province) : null;
    if (fromBody) {
      issuer = { lines: [], name: fromBody.name, span: fromBody.span, confidence: 0.6 };
      if (!place && fromBody.namedWithProvince && province) {
        const at = doc.text.indexOf(fromBody.name);
        place = { value: province, span: [at, at + fromBody.name.length], confidence: 0.5 };
      }
    } else if (fromSymbol && number) {
      issuer = { lines: [], name: fromSymbol, span: number.field.span, confidence: 0.5 };
    }
    if (issuer) messages.push(warningMessage('extract:header', 'The header names no issuer; the issuer was inferred from the text and the number.', { span: issuer.span }));
  }

  // Some sources run the authority statement ("CHÍNH PHỦ") into the title's paragraph, just
  // before "Căn cứ …": it is the issuer's name, not part of the trích yếu.
  if (title && issuer && issuer.lines.length > 0) {
    const authority = ` ${issuer.lines.join(' ')}`;
    const next = doc.text.slice(title.span[1], title.span[1] + 40).trim();
    const before = title.value.slice(0, -authority.length);
    // "… NGHỊ ĐỊNH CỦA CHÍNH PHỦ" names the issuer inside the title itself: keep it.
    if (title.value.endsWith(authority) && PURSUANT_OPENING.test(next) && before.length > 10 && !TITLE_LINK_WORD_END.test(before)) {
      title = { ...title, value: title.value.slice(0, -authority.length), span: [title.span[0], title.span[1] - authority.length] };
    }
  }
  const numberField = number && issuer ? scannedSymbolChecked(layout, number, issuer, messages) : (number?.field ?? null);
  const addressees = extractAddressees(doc, Math.max(0, bodyStart - 6));
  // A file that is an annex (it opens with "Phụ lục …") has no header of its own: its name is its
  // title, whatever type word opens it ("HƯỚNG DẪN CHẤM ĐIỂM …"), and a number line above it is
  // the registration stamp of the document it was sent with.
  const annex = annexTitle(doc.lines);
  if (annex) return { docType: null, number: null, place, date, issuer, title: annex, addressees, bodyStart, messages };
  return {
    docType,
    number: numberField,
    place,
    date,
    issuer,
    title,
    addressees,
    bodyStart,
    messages,
  };
}
