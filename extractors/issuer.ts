import { distance as levenshtein } from 'fastest-levenshtein';
import { BODY_CODES, PROVINCES } from '../data/bodies.js';
import { VOWEL } from '../data/alphabet.js';
import {
  HEAD_SECOND_WORDS,
  AGENCY_IN_CLAUSE, AGENCY_OPENING, CANONICAL_PHRASES, CENTRAL_BODY_NAME, CENTRAL_OFFICIAL, CENTRAL_OFFICIAL_BEFORE, ISSUING_OFFICIAL, NAME_WITH_PLACE, ENDS_IN_BARE_LEVEL, ENDS_IN_LEVEL, ENDS_MID_NAME, HYPHENATED_ABBREVIATION,
  KEEP_UPPER, LOWER_CASE_WORDS, MOTTO_IN_LINE, NAME_ABBREVIATIONS, NUMBERED_PLACE_NAME, NAME_FIELD_ABBREVIATION, NAME_FIELD_ABBREVIATIONS, PLACE_KIND_ABBREVIATIONS, NAMES_ITSELF_CENTRAL, NAMING_HEADS, OPENS_ISSUER_LINE, ORGANISATION_AFTER, PARTY_CENTRAL_COMMITTEE,
  PARTY_CENTRAL_OFFICE, PARTY_CENTRAL_OFFICE_HEAD, PARTY_COMMITTEE_WITH_PLACE, PARENT_LEFT_OUT_BEFORE_SELF_NAMED, PLACE_KIND_WORD, PLACE_LINE,
  DEFINED_FULL_NAME_REACH, DEFINED_SHORT_NAME, PLACE_TAIL, PARTY_CENTRAL_OFFICE_PRINTED, CENTRAL_COMMITTEE_LINE, CENTRAL_WORDS, ORGANISATION_HEADS_AFTER_CENTRAL, ORGANISATION_LINE, PLACE_NAMED_AFTER_PERSON, TERM_LINE, SCHOOL_FIELDS, SCHOOL_KINDS, SCHOOL_NAME, SCHOOL_NAME_LOWER_WORDS, SCHOOL_WORD, SELF_NAMED_BODY, SELF_STATEMENT, STANDING_BOARD_LINE, STRAY_SLASH, SUPERIOR_PARTY_LINE, TASK_NAMED_HEADS,
} from '../data/issuers.js';
import { AND } from '../data/language.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import { provinceLevel } from '../pipeline/core/places.js';
import { remembered } from '../pipeline/core/remembered.js';
import { expandAbbreviations as expandAgencyAbbreviations } from './agencies.js';
import { isUpperLine, squash } from './common.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import { escapeRegExp } from '../data/regexp.js';

/**
 * Issuer names: proper casing of the caps header lines, the full name built from parent + body +
 * place ("Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng"), and inference from the body and the
 * symbol when the header is lost.
 */

function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return KEEP_UPPER.has(word) || (letters.length >= 2 && !VOWEL.test(letters)) || HYPHENATED_ABBREVIATION.test(word);
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/**
 * Each canonical phrase as a whole-words, any-case pattern, made once (not per name) and tried only
 * on a name that contains the phrase in lower case: V8 compiles a pattern at its first use, and
 * compiling all 148 cost 0.16 s of a one-file `extract` (issue 23's profile), most never matching.
 */
const CANONICAL_PATTERNS = CANONICAL_PHRASES.map((phrase) => ({ phrase, lower: phrase.toLowerCase(), pattern: undefined as RegExp | undefined }));

/**
 * A phrase's pattern, made when a name first contains the phrase: constructing all 148 at load
 * (each parses its `\p{L}` classes) was 44 ms of every worker thread's and every `extract`'s start.
 */
function canonicalPattern(entry: (typeof CANONICAL_PATTERNS)[number]): RegExp {
  return (entry.pattern ??= new RegExp(`(?<![\\p{L}])${escapeRegExp(entry.phrase)}(?![\\p{L}])`, 'giu'));
}

/** "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch"; remembered, as a batch meets the same issuers again and again. */
export const properCase = remembered(5_000, properCaseOnce);

function properCaseOnce(upper: string): string {
  const words = squash(upper).split(' ');
  const out: string[] = [];
  let capitaliseNext = true;
  let inPlaceName = false;
  let taskNamed = false;
  for (const [i, word] of words.entries()) {
    if (inPlaceName) {
      // "UBND HUYỆN HÒA AN": every word after the place kind is the place's name.
      out.push(capitalise(word.toLocaleLowerCase('vi')));
      if (word.endsWith(',')) inPlaceName = false;
      continue;
    }
    if (isAbbreviation(word)) {
      out.push(word);
      capitaliseNext = ORGANISATION_AFTER.has(word.toLocaleLowerCase('vi'));
      if (TASK_NAMED_HEADS.has(word.toLocaleLowerCase('vi'))) {
        taskNamed = true;
        capitaliseNext = true;
      }
      inPlaceName = PLACE_KIND_ABBREVIATIONS.has(word) && i + 1 < words.length;
      continue;
    }
    const lower = word.toLocaleLowerCase('vi');
    const bare = lower.replace(/,$/, '');
    const headWord = i > 0 ? HEAD_SECOND_WORDS.get(`${out.at(-1)!.toLocaleLowerCase('vi')} ${bare}`) : undefined;
    const afterCentral = `${out.at(-2)?.toLocaleLowerCase('vi') ?? ''} ${out.at(-1)?.toLocaleLowerCase('vi') ?? ''}` === CENTRAL_WORDS && ORGANISATION_HEADS_AFTER_CENTRAL.has(bare);
    const cased = headWord ? lower : (capitaliseNext || afterCentral) && !LOWER_CASE_WORDS.has(bare) ? capitalise(lower) : lower;
    out.push(cased);
    const lastTwo = `${out.at(-2)?.toLocaleLowerCase('vi') ?? ''} ${bare}`;
    // Inside a named body the word after its head, after a comma or after "và" starts a new name
    // part; a body named by its task keeps the words of its task after the first in lower case,
    // its heads' words too ("Ban Chỉ đạo Phòng, chống thiên tai": "chống" opens no part there).
    // A head word names a part only where it opens one ("Phòng Nội vụ", "Bệnh viện Đa khoa"), not
    // inside a field ("rừng phòng hộ").
    const opensPart = (head: string | undefined) => head !== undefined && /^\p{Lu}/u.test(head);
    const namesPart = !taskNamed && (NAMING_HEADS.has(bare) || NAMING_HEADS.has(lastTwo)) && (opensPart(cased) || opensPart(out.at(-2)));
    if (TASK_NAMED_HEADS.has(lastTwo)) taskNamed = true;
    capitaliseNext = namesPart || TASK_NAMED_HEADS.has(lastTwo) || ORGANISATION_AFTER.has(lastTwo) || (word.endsWith(',') && !taskNamed) || bare === AND;
    const next = words[i + 1]?.toLocaleLowerCase('vi');
    // A place kind (xã, phường, thị trấn, huyện, quận, thị xã, thành phố, tỉnh) is followed by a
    // proper name: every syllable of it takes a capital ("XÃ LƯƠNG MINH" → "Xã Lương Minh").
    inPlaceName = !word.endsWith(',') && next !== undefined && PLACE_KIND_WORD.test(`${i > 0 ? (out.at(-2)?.toLocaleLowerCase('vi') ?? '') : ''} ${bare} ${next}`);
    // A place named by a number takes its unit word into the name (Nghị định 30/2020, Phụ lục II: "Quận 1").
    if (inPlaceName && NUMBERED_PLACE_NAME.test(`${bare} ${next}`)) out[out.length - 1] = capitalise(cased);
  }
  let text = out.join(' ');
  // Replacing a phrase changes only its case, so the lower-case text stays the same throughout.
  const lowerText = text.toLowerCase();
  for (const entry of CANONICAL_PATTERNS) if (lowerText.includes(entry.lower)) text = text.replace(canonicalPattern(entry), entry.phrase);
  if (lowerText.includes(SCHOOL_OPENING)) text = text.replace(SCHOOL_NAME, caseSchoolName);
  return capitalise(withPersonNamedPlaces(text));
}

/** "thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh": a place named after a person takes its unit word into its name (PLACE_NAMED_AFTER_PERSON). */
function withPersonNamedPlaces(name: string): string {
  return name.replace(PLACE_NAMED_AFTER_PERSON, (unit: string) => capitalise(unit));
}

const SCHOOL_OPENING = `${SCHOOL_WORD.toLocaleLowerCase('vi')} `;
const lowerWords = (phrase: string) => phrase.toLocaleLowerCase('vi').split(' ');
const SCHOOL_KIND_SPELLING = new Map(SCHOOL_KINDS.map((kind) => [kind.toLocaleLowerCase('vi'), kind]));
const SCHOOL_FIELD_WORDS = SCHOOL_FIELDS.map((field) => ({ words: field.split(' '), lower: lowerWords(field) }));

/**
 * "Trường Đại học đà lạt" → "Trường Đại học Đà Lạt", "Trường THPT chu văn an" → "Trường THPT Chu
 * Văn An": after a school's kind comes its field of work (a capital on each phrase's first word)
 * and then a person's or place's name (a capital on every syllable).
 */
function caseSchoolName(_match: string, kind: string, rest: string): string {
  const words = rest.trim() === '' ? [] : rest.trim().split(' ');
  const out: string[] = [];
  let i = 0;
  let inFields = true;
  while (i < words.length) {
    const word = words[i]!;
    const lower = word.toLocaleLowerCase('vi');
    if (inFields) {
      const field = SCHOOL_FIELD_WORDS.find((f) => f.lower.every((w, k) => words[i + k]?.toLocaleLowerCase('vi') === w));
      if (field) {
        out.push(...field.words);
        i += field.words.length;
        // "Kinh tế - Kỹ thuật", "Y và Dược": a joined field goes on after a hyphen or "và".
        if (words[i] === '-' || words[i]?.toLocaleLowerCase('vi') === AND) out.push(words[i++]!.toLocaleLowerCase('vi'));
        continue;
      }
      inFields = false;
    }
    // "và" joins two parts of a name, in lower case as everywhere in one ("Trường Tiểu học và THCS …").
    out.push(isAbbreviation(word) ? word : SCHOOL_NAME_LOWER_WORDS.has(lower) || lower === AND ? lower : capitalise(lower));
    i++;
  }
  const spelledKind = SCHOOL_KIND_SPELLING.get(kind.toLocaleLowerCase('vi')) ?? kind;
  return [SCHOOL_WORD, spelledKind, ...out].join(' ');
}

/**
 * Abbreviations written out in a name ("BCH Đoàn" → "Ban Chấp hành Đoàn", "Ủy ban MTTQ" → "Ủy
 * ban Mặt trận Tổ quốc"), even where the document's sentences use the short form: a name is
 * stored in full so that one body is one name across documents (issue 17).
 */
function expandAbbreviations(name: string): string {
  // An abbreviation's own stop ("TP.") goes with it.
  return name
    .replace(NAME_FIELD_ABBREVIATION, (printed) => NAME_FIELD_ABBREVIATIONS.get(printed) ?? printed)
    .replace(/(?<![\p{L}\p{N}])(\p{Lu}{2,})(?![\p{L}\p{N}])\.?/gu, (printed, word: string) => NAME_ABBREVIATIONS[word] ?? printed);
}

/** The shortest abbreviation a misreading of is put right: shorter ones (BTV, BTT, BCH, BCĐ) lie one letter apart from each other. */
const SNAPPED_ABBREVIATION_LENGTH = 4;
const ABBREVIATION_KEY = (word: string) => foldDiacritics(word).toUpperCase();
const SNAPPABLE_ABBREVIATIONS = Object.keys(NAME_ABBREVIATIONS).filter((a) => a.length >= SNAPPED_ABBREVIATION_LENGTH);

/**
 * A scanned header line with an abbreviation of a body's name that OCR misread by one letter
 * (`UBNB TỈNH LÂM ĐỒNG`, `HĐNĐ HUYỆN`) put right: a word of capitals that is neither a known
 * abbreviation nor a body's code, as long as the one standard abbreviation (NAME_ABBREVIATIONS)
 * it is one letter off — a letter read for a letter, marks and the Đ's bar aside. Each snap is
 * returned, to be said.
 */
export function withAbbreviationsSnapped(line: string): { text: string; snapped: Array<{ from: string; to: string }> } {
  const snapped: Array<{ from: string; to: string }> = [];
  const text = line.replace(/(?<![\p{L}\p{N}])\p{Lu}{4,6}(?![\p{L}\p{N}])/gu, (word) => {
    if (NAME_ABBREVIATIONS[word] || BODY_CODES[word]) return word;
    const key = ABBREVIATION_KEY(word);
    // A word of the language in capitals (TỈNH, BÌNH) is a syllable; an abbreviation's letters are initials.
    if (KEEP_UPPER.has(word) || SYLLABLE_SHAPE.test(key)) return word;
    const near = SNAPPABLE_ABBREVIATIONS.filter((a) => ABBREVIATION_KEY(a).length === key.length && levenshtein(ABBREVIATION_KEY(a), key) <= 1);
    if (near.length !== 1) return word;
    snapped.push({ from: word, to: near[0]! });
    return near[0]!;
  });
  return { text, snapped };
}

/** A Vietnamese syllable's shape, marks and the Đ's bar aside: an onset, one to three vowels, a final. */
const SYLLABLE_SHAPE = /^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPQRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?$/u;

/**
 * One name from caps lines wrapped anywhere: a line continues the one above unless it opens a name
 * or a place; an organisation's name continues a central committee's line that awaits it
 * ("ỦY BAN TRUNG ƯƠNG" / "MẶT TRẬN TỔ QUỐC VIỆT NAM").
 */
function joinWrappedIssuerLines(lines: string[]): string[] {
  const merged: string[] = [];
  for (const line of lines) {
    const previous = merged.at(-1);
    const continues = ENDS_MID_NAME.test(previous ?? '') || !OPENS_ISSUER_LINE.test(line) || (CENTRAL_COMMITTEE_LINE.test(previous ?? '') && ORGANISATION_LINE.test(line));
    if (previous !== undefined && continues) merged[merged.length - 1] = `${previous} ${line}`;
    else merged.push(line);
  }
  return merged;
}

/**
 * The Party's central bodies keep their fixed names (Hướng dẫn 36-HD/VPTW): under "BAN CHẤP HÀNH
 * TRUNG ƯƠNG", "VĂN PHÒNG" is the Văn phòng Trung ương Đảng and any other body is "… Trung ương";
 * a body line that already names itself central needs no parent.
 */
function partyCentralName(cased: string[]): string | null {
  // "VĂN PHÒNG TRUNG ƯƠNG" alone is the Party's office (the Front's and the Union's name their organisation).
  if (cased.length === 1 && cased[0] === PARTY_CENTRAL_OFFICE_PRINTED) return PARTY_CENTRAL_OFFICE;
  if (cased.length !== 2 || cased[0] !== PARTY_CENTRAL_COMMITTEE) return null;
  const body = cased[1]!;
  if (body === PARTY_CENTRAL_OFFICE_HEAD || body === PARTY_CENTRAL_OFFICE_PRINTED) return PARTY_CENTRAL_OFFICE;
  return NAMES_ITSELF_CENTRAL.test(body) ? body : `${body} ${PARTY_CENTRAL_COMMITTEE.split(' ').slice(-2).join(' ')}`;
}

/** Builds "body parent place" from the header lines as printed (caps). */
export function buildIssuerName(lines: string[]): string {
  // The mottos run into a line of a flattened header, and stray slashes, are not the name.
  // A council's term and session printed under its name (TERM_LINE) is no part of it either.
  const printed = lines.map((l) => squash(squash(l).replace(MOTTO_IN_LINE, '').replace(STRAY_SLASH, '$1'))).filter((l) => l && !TERM_LINE.test(l));
  // Abbreviations written out line by line, so that the composition below sees each body's kind ("BCĐ" is a Ban Chỉ đạo);
  // a line opening with one keeps its capital ("TP. ĐÀ LẠT" is a place line, Thành phố Đà Lạt).
  const cased = joinWrappedIssuerLines(printed).map(properCase).map((line) => capitalise(expandAbbreviations(line)));
  const central = partyCentralName(cased);
  if (central) return central;
  return withPersonNamedPlaces(composeName(cased));
}

/**
 * Whether `short` is the opening of `full` printed shorter: each word the same (marks aside) or
 * the initials of some of its words (`QL` for QUẢN LÝ), one of them at least.
 */
function abbreviates(short: string[], full: string[]): boolean {
  let j = 0;
  let abbreviated = false;
  for (const word of short) {
    if (j < full.length && word === full[j]) {
      j++;
      continue;
    }
    const initials = full.slice(j, j + word.length).map((w) => w.charAt(0)).join('');
    if (word.length < 2 || !/^\p{Lu}+$/u.test(word) || initials !== word) return false;
    j += word.length;
    abbreviated = true;
  }
  return abbreviated;
}

/**
 * The issuer named in full on the type line ("NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ KHUYẾN HỌC TỈNH
 * BÌNH THUẬN", ND 30/2020 Phụ lục I) where the header prints its body line abbreviated (`HỘI ĐỒNG QL
 * QUỸ KHUYẾN HỌC`): the type line's name is the issuer's own, in full.
 */
export function spelledOutIssuer(headerLines: string[], issuingBody: string): string | null {
  const body = headerLines.at(-1);
  if (!body) return null;
  const words = (text: string) => foldDiacritics(squash(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))).toLocaleUpperCase('vi').split(' ');
  return abbreviates(words(body), words(issuingBody)) ? buildIssuerName([issuingBody]) : null;
}

/**
 * The full name of the issuer where its header prints the short name the text defines for it in
 * brackets after the full one ("TỔ CÔNG TÁC LIÊN NGÀNH TW" and, in the body, "Tổ Công tác liên
 * ngành phối hợp kiểm soát … cấp trung ương (Tổ Công tác liên ngành trung ương)"): abbreviations
 * written out and marks aside, the header's name or its body line is that short name; the full name runs from the
 * nearest place before the bracket where the short name's first two words are printed. A name
 * (its own words, one set of brackets) holds no stop and no semicolon: a speck between two letters
 * is read as the space it stands for.
 */
export function definedFullName(text: string, names: string[], from: number): string | null {
  const key = (t: string) => foldDiacritics(squash(expandAgencyAbbreviations(t))).toLocaleLowerCase('vi');
  const wanted = new Set(names.map(key).filter((k) => k.split(' ').length >= 3));
  if (wanted.size === 0) return null;
  const found = new Set<string>();
  for (const m of text.slice(from).matchAll(DEFINED_SHORT_NAME)) {
    const short = squash(m[1]!);
    if (!wanted.has(key(short))) continue;
    const at = from + m.index;
    const before = text.slice(Math.max(0, at - DEFINED_FULL_NAME_REACH), at).replace(/(?<=\p{L})[.,](?=\p{L})/gu, ' ').replace(/\s+/gu, ' ');
    const opening = foldDiacritics(short.split(' ').slice(0, 2).join(' ')).toLocaleLowerCase('vi');
    const start = foldDiacritics(before).toLocaleLowerCase('vi').lastIndexOf(opening);
    if (start < 0) continue;
    const full = before.slice(start).trim();
    if (/[.;:()]/u.test(full) || full.split(' ').length <= short.split(' ').length) continue;
    // A bracket after a sentence that opens with the short name itself names the unit that handles
    // a matter ("Sở Tài chính đề nghị … gửi về Ủy ban nhân dân tỉnh (Sở Tài chính)"): no definition.
    if (key(full).startsWith(`${key(short)} `)) continue;
    found.add(capitalise(full));
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Whether a line is a Party committee that names its own place ("Huyện ủy Gia Bình", "Đảng ủy xã Đạ Tẻh"). */
function isPlacedPartyCommittee(line: string): boolean {
  const committee = PARTY_COMMITTEE_WITH_PLACE.exec(line);
  return !!committee && /\s\p{Lu}/u.test(line.slice(committee[0].length));
}

function composeName(lines: string[]): string {
  // A Party committee that names its own place is named alone, without its superior đảng bộ above it.
  // So is a body of that committee ("ĐẢNG BỘ TỈNH …" / "ĐẢNG ỦY XÃ …" / "BAN XÂY DỰNG ĐẢNG"): the committee is its parent, the đảng bộ above it none.
  const placedCommittee = lines.findIndex((l) => isPlacedPartyCommittee(l) && !ENDS_IN_BARE_LEVEL.test(l));
  const cased = placedCommittee >= 0 ? lines.filter((l, i) => i >= placedCommittee || !SUPERIOR_PARTY_LINE.test(l)) : lines;
  let place = '';
  const cores: string[] = [];
  // Which cores named their own place on their line ("CÔNG AN TỈNH LÂM ĐỒNG").
  const placed: boolean[] = [];
  for (const line of cased) {
    if (PLACE_LINE.test(line) && !PARTY_COMMITTEE_WITH_PLACE.test(line)) {
      // A place named by a number keeps its unit word's capital ("Quận 10").
      place = NUMBERED_PLACE_NAME.test(line) ? line : line.charAt(0).toLocaleLowerCase('vi') + line.slice(1);
      if (placed.length > 0) placed[placed.length - 1] = true;
      continue;
    }
    const m = PLACE_TAIL.exec(line);
    if (m && m[1] && !PARTY_COMMITTEE_WITH_PLACE.test(line)) {
      cores.push(m[1]);
      placed.push(true);
      place = m[2]!;
    } else {
      cores.push(line);
      placed.push(false);
    }
  }
  if (cores.length === 0) return place;
  const body = cores[cores.length - 1]!;
  // A body whose name ends in its level ("BỆNH VIỆN ĐA KHOA TỈNH", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")
  // is that level's own: it takes the name of the place the line above gives at that level, and
  // the line above, its cơ quan chủ quản, is no part of its name.
  const level = ENDS_IN_BARE_LEVEL.exec(body);
  if (level && cores.length > 1 && place.startsWith(`${level[1]} `)) return squash(`${body} ${place.slice(level[1]!.length + 1)}`);
  let parents = cores.slice(0, -1).reverse();
  // A local unit that names its own place under a body above it ("BỘ CÔNG AN" over "CÔNG AN TỈNH
  // LÂM ĐỒNG", "CÔNG AN TỈNH ĐẮK LẮK" over "CÔNG AN XÃ EA KAR"): the upper line is the cơ quan
  // chủ quản (Nghị định 30/2020, Phụ lục I), not part of the unit's name.
  if (cores.length === 2 && STANDING_BOARD_LINE.test(cores[0]!)) return squash([cores[0], body, place].join(' '));
  if (placed[cores.length - 1] && cores.length > 1) parents = [];
  if (SELF_NAMED_BODY.test(body)) parents = parents.filter((p) => !PARENT_LEFT_OUT_BEFORE_SELF_NAMED.test(p));
  return squash([body, ...parents, place].join(' '));
}

/** The province most often named in the text ("tỉnh Nghệ An", "Thành ủy Hà Nội"). */
export function dominantProvince(text: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const province of PROVINCES) {
    const count = text.split(province).length - 1;
    if (count > bestCount) {
      best = province;
      bestCount = count;
    }
  }
  return best;
}

/** Adds the province to a body name that lacks one, in the form the body's kind takes. */
export function withProvince(name: string, province: string | null): string {
  if (!province || name.includes(province) || CENTRAL_BODY_NAME.test(name) || NAME_WITH_PLACE.test(name)) return name;
  if (ENDS_IN_LEVEL.test(name)) return `${name} ${province}`;
  return `${name} ${provinceLevel(province)} ${province}`;
}

/** True when text opens with the head of an agency's name ("Sở …", "UBND …", "Các sở, ngành …"). */
export function opensWithAgency(text: string): boolean {
  return AGENCY_OPENING.test(text.trim());
}

export interface InferredIssuer {
  name: string;
  span: [number, number];
  /** The name as the text spells it with its province, when it does (then the place is known). */
  namedWithProvince: boolean;
}

/** Issuer from the body when the header is lost: the subject of "… ban hành Thông tư", "… ban hành kế hoạch". */
export function inferIssuerFromBody(doc: NormalizedDocument, bodyFrom: number, province: string | null): InferredIssuer | null {
  const text = doc.text.slice(bodyFrom, bodyFrom + 4000);
  for (const m of text.matchAll(SELF_STATEMENT)) {
    const clause = m[1]!.replace(/^\s+/u, '');
    // The subject starts at the last agency head that opens a clause part.
    let start = -1;
    for (const part of clause.matchAll(AGENCY_IN_CLAUSE)) {
      start = part.index + part[0].length - part[1]!.length;
    }
    if (start < 0) continue;
    const printed = squash(clause.slice(start).replace(/\s*\([^)]*\)\s*/g, ' '));
    const subject = printed.replace(ISSUING_OFFICIAL, '');
    // A subject in capitals is a table's cell or a heading, not the opening sentence's subject. A
    // body's name runs to 16 words with its place ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam
    // tỉnh Bà Rịa - Vũng Tàu"); a longer run is a sentence.
    if (subject.split(' ').length > 16 || isUpperLine(subject)) continue;
    // A minister's body is central whatever its name ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc").
    const name = CENTRAL_OFFICIAL.test(printed) || CENTRAL_OFFICIAL_BEFORE.test(clause.slice(0, start)) ? subject : withProvince(subject, province);
    const at = bodyFrom + (m.index ?? 0) + (m[1]!.length - clause.length) + start;
    return { name, span: [at, at + clause.length - start], namedWithProvince: doc.text.includes(name) && name !== subject };
  }
  return null;
}

/** Issuer from the symbol's codes (KH-STTTT → Sở Thông tin và Truyền thông), with the province. */
export function inferIssuerFromSymbol(codes: string[], province: string | null): string | null {
  for (const code of [...codes].reverse()) {
    const name = BODY_CODES[code];
    if (name && code !== 'BTT') return withProvince(name, province);
  }
  return null;
}
