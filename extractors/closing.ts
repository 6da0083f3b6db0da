import {
  APPENDIX_HEADING,
  APPLICANT_NAME_FIELD,
  APPLICANT_SIGNATURE,
  APPLICANTS_GROUP_BLOCK,
  FIRST_PERSON_NAME_FIELD,
  APPLICATION_TITLE,
  DECLARATION_IN_BLOCK,
  ARCHIVE_ITEM,
  CONCURRENTLY,
  DEPUTY_OF,
  DEPUTY_PREFIX,
  FAMILY_NAMES,
  HEAD_POSITIONS,
  AUTHORITIES,
  AUTHORITY_LINE,
  HEADLESS_ARCHIVE_ITEM,
  NAME_PREFIX,
  RANK_PREFIX_FOLDED,
  NOT_A_NAME,
  PERSON_NAME_SHAPE,
  PLACE_DATE_LINE,
  DATE_ALONE_LINE,
  POSITION_PHRASES_FOLDED,
  POSITION_WORDS,
  RECIPIENT_CONTINUATION,
  RECIPIENT_PURPOSE,
  RECIPIENTS_HEADING,
  REPEATED_LETTER_MARK,
} from '../data/layout-patterns.js';
import { AUTHORITY_SPECK, CLERK_CODE_ONE, CLERK_CODE_ZERO, NAME_APOSTROPHE, NAME_APOSTROPHE_READ, NAME_INITIAL_MISREAD, SPECK_CHARACTERS } from '../data/ocr.js';
import type { Line, NormalizedDocument } from '../pipeline/core/model.js';
import type { DateField, RecipientField, ScalarField, SignerField } from '../pipeline/core/record.js';
import { placeDateOfLine } from './header.js';
import { foldDiacritics } from '../pipeline/core/text/fold.js';
import { distance as levenshtein } from 'fastest-levenshtein';
import { isUpperLine, spanIn, spanOf, squash } from './common.js';

/**
 * The closing block: signature (authority, position lines, name) and Nơi nhận (recipients, the
 * archive line). The two sit side by side, so positioned formats are separated by column and
 * flattened text by the shape of each line.
 */

export interface ClosingFields {
  signer: SignerField | null;
  recipients: RecipientField[];
  archive: ScalarField | null;
  /** Index of the first line of the closing (signature or Nơi nhận): where the body ends. */
  bodyEnd: number;
  /** A place and date printed over the signature (a đơn, a financial report) instead of under the motto. */
  placeDate: { place: ScalarField | null; date: DateField | null } | null;
  /**
   * Readings weaker than their field's ordinary evidence, whose confidence the calibration maps
   * (learned over all of a field's values) must not lift: a date standing alone over the signature
   * (its place not printed), a đơn's signer named only by the form's own field or the applicant's
   * first-person statement (no name printed under the signature).
   */
  weaker: { date: boolean; signer: boolean };
}

const AUTHORITY_CODES: Record<string, SignerField['authority']> = AUTHORITIES;

function authorityOf(text: string): SignerField['authority'] | null {
  const m = AUTHORITY_LINE.exec(text.trim());
  if (!m || !isUpperLine(text)) return null;
  return AUTHORITY_CODES[m.groups!.auth!.replace(/\s+/g, '')] ?? null;
}

/**
 * A signature line as OCR read it near a seal, without the specks the seal and the pen add:
 * marks that are not text (ˆ), lower-case letters glued to the end of a capitals word (CHỦx),
 * a lone capital after the authority's dot (TL.R CHỦ TỊCH). Only for capitals lines read by OCR.
 */
export function withoutSpecks(line: Line): string {
  if (line.confidence === undefined) return line.text;
  const cleaned = squash(
    line.text
      .replace(NAME_APOSTROPHE_READ, `$1${NAME_APOSTROPHE}`)
      .replace(SPECK_CHARACTERS, '')
      .replace(/(\p{Lu}{2,})\p{Ll}{1,2}(?![\p{L}\p{N}])/gu, '$1')
      .replace(AUTHORITY_SPECK, '$1 '),
  );
  return isUpperLine(cleaned) ? cleaned : line.text;
}

/**
 * The clerk's code at the end of an archive line is initials and a count ("bngoc106"). No
 * Vietnamese syllable ends in l, so OCR's "bngocl06" has a 1 read as l; an O between digits is 0.
 */
export function clerkCodeDigits(archive: string): string {
  return archive.replace(CLERK_CODE_ONE, '1').replace(CLERK_CODE_ZERO, '0');
}

function isItem(text: string): boolean {
  return /^\s*[-–+•·]\s*/u.test(text);
}

function isSignatureLine(text: string): boolean {
  const t = text.trim();
  if (isItem(t) || RECIPIENTS_HEADING.test(t)) return false;
  return authorityOf(t) !== null || (isUpperLine(t) && POSITION_WORDS.test(t) && t.length < 90);
}

/** The name without a rank OCR misread (`Đại-tả Nguyên Văn Cường`); folding keeps the length. */
function withoutRank(text: string): string {
  const rank = RANK_PREFIX_FOLDED.exec(foldDiacritics(text));
  return rank ? text.slice(rank[0].length) : text;
}

/** Family names by their folded spelling, where only one has it: what a misread family name was. */
const FAMILY_NAME_BY_FOLDED = new Map<string, string | null>();
for (const family of FAMILY_NAMES) {
  const key = foldDiacritics(family).toLowerCase();
  FAMILY_NAME_BY_FOLDED.set(key, FAMILY_NAME_BY_FOLDED.has(key) ? null : family);
}

/**
 * Vietnamese family names are a short closed list: a first word that is none of them but spells
 * exactly one of them without its marks lost or changed its marks to OCR (`Trân` → Trần, `Nguyên` → Nguyễn).
 */
export function withFamilyNameRestored(name: string): string {
  const [first, ...rest] = name.split(' ');
  if (!first || rest.length === 0 || FAMILY_NAMES.has(first)) return name;
  const folded = foldDiacritics(first).toLowerCase();
  // Its initial misread too (`Iẽ` for Lê): the letters OCR takes for it, where one family name results.
  const initial = NAME_INITIAL_MISREAD[first.charAt(0)];
  const family = FAMILY_NAME_BY_FOLDED.get(folded) ?? (initial ? FAMILY_NAME_BY_FOLDED.get(`${initial.toLowerCase()}${folded.slice(1)}`) : undefined);
  return family ? [family, ...rest].join(' ') : name;
}

/**
 * A signer's name OCR misread under the pen and the seal (`Tương Thế Điền`) is often printed again
 * in the body, in plain type ("Chủ tịch Hội: Ông Lương Thế Điền"): the one name there that opens
 * with a family name and has the same given names, its family name one letter off the reading or
 * the whole name the same but for its marks, is how it is spelt.
 */
export function sameNamePrintedElsewhere(name: string, lines: readonly Line[], nameLine: Line | null): string | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  const folded = foldDiacritics(name).toLowerCase();
  const given = words.slice(1).join(' ');
  const found = new Set<string>();
  // Every run of as many capitalised words, overlapping ones too ("Ông Lương Thế Điền").
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?=(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){${words.length - 1}})(?![\p{L}]))`, 'gu');
  for (const line of lines) {
    if (line === nameLine) continue;
    for (const m of squash(line.text).matchAll(pattern)) {
      const other = m[1]!;
      const [family, ...rest] = other.split(' ');
      if (other === name || !FAMILY_NAMES.has(family!)) continue;
      const sameButMarks = foldDiacritics(other).toLowerCase() === folded;
      const familyOneOff = rest.join(' ') === given && levenshtein(foldDiacritics(family!).toLowerCase(), foldDiacritics(words[0]!).toLowerCase()) === 1 && !FAMILY_NAMES.has(words[0]!);
      if (sameButMarks || familyOneOff) found.add(other);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * On a scan, the name under a rank or title OCR misread past recognition (`Tiêu-“Ướng Trương
 * Minh Đương`): the line's last two to four syllables, when they open with a family name, after
 * one or two words of anything.
 */
function nameAfterMisreadTitle(text: string): string | null {
  const words = squash(text).split(' ');
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    const tail = words.slice(k);
    if (tail.length > 4 || !FAMILY_NAMES.has(tail[0]!)) continue;
    const name = tail.join(' ');
    if (PERSON_NAME_SHAPE.test(name)) return name;
  }
  return null;
}

/**
 * A person's name: 2–6 capitalised syllables, maybe after a rank. Some offices print the name in
 * capitals ("NGUYỄN VĂN AN"): under position lines (`capitals`), a capitals line is a name when
 * it opens with a family name, and is returned in title case.
 */
export function personName(text: string, capitals = false, ocr = false): string | null {
  if (NOT_A_NAME.test(squash(text))) return null;
  // A name begins and ends with a letter: what is around it is a seal's or a pen's speck.
  const t = withoutRank(squash(text).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(NAME_PREFIX, ''));
  if (isUpperLine(t)) {
    if (!capitals) return null;
    const words = t.split(' ');
    if (words.length < 2 || words.length > 5 || !/^[\p{Lu} ]+$/u.test(t) || POSITION_WORDS.test(t) || POSITION_PHRASES_FOLDED.test(foldDiacritics(t))) return null;
    const family = words[0]!.charAt(0) + words[0]!.slice(1).toLocaleLowerCase('vi');
    // OCR loses marks of capitals most (`NGUYÊN`, `TRÂN`): a family name's spelling without them will do there.
    if (!FAMILY_NAMES.has(family) && !(ocr && FAMILY_NAME_BY_FOLDED.get(foldDiacritics(family).toLowerCase()))) return null;
    return words.map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ');
  }
  const name = t.replace(NAME_APOSTROPHE_READ, `$1${NAME_APOSTROPHE}`);
  return PERSON_NAME_SHAPE.test(name) ? name : null;
}

interface Zone {
  from: number;
  /** First line of Nơi nhận or the signature; the lines before it are body. */
  closingStart: number;
  to: number;
  recipientsAt: number;
  /** The signature's authority line ("TM. ỦY BAN NHÂN DÂN"), -1 when none was found. */
  signatureAt: number;
  /** Nơi nhận lost its heading: `recipientsAt` is its first item. */
  headless: boolean;
}

function closingZone(lines: Line[], bodyStart: number): Zone | null {
  let recipientsAt = -1;
  let signatureAt = -1;
  for (let i = bodyStart; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    // An annex after the signature is a part of its own: a Nơi nhận in its forms is the form's.
    if (signatureAt >= 0 && recipientsAt < 0 && APPENDIX_HEADING.test(t)) break;
    if (recipientsAt < 0 && RECIPIENTS_HEADING.test(t) && t.length < 60) recipientsAt = i;
    if (signatureAt < 0 && authorityOf(withoutSpecks(lines[i]!))) signatureAt = i;
    if (recipientsAt >= 0 && signatureAt >= 0) break;
  }
  const starts = [recipientsAt, signatureAt].filter((i) => i >= 0);
  if (starts.length === 0) {
    // No Nơi nhận, no authority: a position title near the end, or a bare name (header-less copies).
    const from = Math.max(bodyStart, lines.length - 12);
    // On a scan both may be lost at once (the heading's small bold italic under a seal, the
    // authority line under the signature): Nơi nhận still ends with its archive item "- Lưu: VT, …"
    // (NĐ 30/2020, Phụ lục I), which opens no line of a body; the items over it are the list.
    const headlessAt = headlessRecipientsStart(lines, bodyStart, lines.length);
    if (headlessAt >= 0) return { from, closingStart: headlessAt, to: lines.length, recipientsAt: headlessAt, signatureAt, headless: true };
    return { from, closingStart: lines.length, to: lines.length, recipientsAt: -1, signatureAt, headless: false };
  }
  const from = Math.max(bodyStart, Math.min(...starts) - 2);
  let to = Math.min(lines.length, Math.max(...starts) + 45);
  for (let i = Math.max(...starts) + 1; i < to; i++) {
    if (APPENDIX_HEADING.test(lines[i]!.text.trim())) {
      to = i;
      break;
    }
  }
  if (recipientsAt < 0) {
    recipientsAt = headlessRecipientsStart(lines, from, to);
    if (recipientsAt >= 0) return { from: Math.min(from, recipientsAt), closingStart: Math.min(...starts, recipientsAt), to, recipientsAt, signatureAt, headless: true };
  }
  return { from, closingStart: Math.min(...starts), to, recipientsAt, signatureAt, headless: false };
}

/** A list item, allowing an OCR speck before the dash on a scan ("KỆ- Như trên;"). */
function itemStart(line: Line): number {
  if (isItem(line.text)) return 0;
  const speck = line.confidence !== undefined ? /^\s*[^\s\-–]{1,3}(?=[-–]\s)/u.exec(line.text) : null;
  return speck ? speck[0].length : -1;
}

/**
 * Where Nơi nhận starts when its heading was lost (OCR garbles the small bold italic heading
 * under a seal): the list of items that ends with the archive item "- Lưu: VT, …", walked back
 * over the signature lines interleaved with it until the body.
 */
function headlessRecipientsStart(lines: Line[], from: number, to: number): number {
  const archiveAt = lines.findIndex((l, i) => i >= from && i < to && HEADLESS_ARCHIVE_ITEM.test(l.text.trim()));
  if (archiveAt < 0) return -1;
  let first = -1;
  for (let i = archiveAt - 1; i >= Math.max(0, from - 3); i--) {
    const l = lines[i]!;
    const t = squash(withoutSpecks(l));
    if (itemStart(l) >= 0) first = i;
    // A seal's or a pen's stroke read as a few unsure letters beside the list is passed over too.
    else if (l.confidence !== undefined && l.confidence < SPECK_LINE_CONFIDENCE && (t.match(/\p{L}/gu) ?? []).length <= SPECK_LETTERS) continue;
    else if (!(isSignatureLine(t) || isUpperLine(t) || personName(t) || NOT_A_NAME.test(t))) break;
  }
  return first;
}

/** Under this OCR confidence, a line of one or two capitals in the signature block is a speck (`HN` under a position). */
const SPECK_LINE_CONFIDENCE = 0.7;
/** The most letters a speck read unsurely beside Nơi nhận holds (`mm`, `QUÔ-`, `nz?`): no item is that short. */
const SPECK_LETTERS = 4;
/** Under this OCR confidence, a capitals line under a position that names none is the seal's text. */
const SEAL_TEXT_CONFIDENCE = 0.9;

/** Whether a capitals line names a position (`PHÓ CHỦ TỊCH`, `GIÁM ĐÓC` as OCR leaves it). */
function isPosition(text: string): boolean {
  return POSITION_WORDS.test(text) || POSITION_PHRASES_FOLDED.test(foldDiacritics(text));
}

/** Letters only, marks and spaces set aside: how far a misread position line is from a position. */
const bareLetters = (text: string) => foldDiacritics(text).replace(/[^\p{L}]/gu, '').toUpperCase();

/** A position line this close to the deputy's position (a share of its letters) is that position misread under the seal or the pen. */
const DEPUTY_MISREAD_SHARE = 0.4;

/**
 * The deputy's position under a `KT.` line: the head's position from it (`KT. CHỦ TỊCH UBND TỈNH`
 * → CHỦ TỊCH) made the deputy's (PHÓ CHỦ TỊCH; a minister's: THỨ TRƯỞNG), or null.
 */
export function deputyPosition(authorityLine: string): string | null {
  const head = authorityLine.replace(/^[^.]*\.\s*/u, '');
  const folded = bareLetters(head);
  const position = HEAD_POSITIONS.find((p) => folded.startsWith(bareLetters(p)));
  if (!position) return null;
  return DEPUTY_OF[position] ?? `${DEPUTY_PREFIX} ${position}`;
}

/** The positions a signer holds, the heads' and their deputies', by their letters. */
const SIGNER_POSITIONS = new Map(HEAD_POSITIONS.flatMap((p) => [p, DEPUTY_OF[p] ?? `${DEPUTY_PREFIX} ${p}`]).map((p) => [bareLetters(p), p]));

/** A position line one letter from exactly one position (`CH TỊCH`): that position, a letter lost under the pen. */
function withPositionLetter(line: string): string {
  const letters = bareLetters(line);
  if (SIGNER_POSITIONS.has(letters) || letters.length < 5) return line;
  const close = [...SIGNER_POSITIONS].filter(([bare]) => levenshtein(bare, letters) === 1);
  return close.length === 1 ? close[0]![1] : line;
}

/**
 * A scan's position lines with the deputy's position in place under `KT.`: the line under it OCR
 * misread (`THỨ TRƯỚN`, `RA CỤC TRƯƠNG`) is that position; one lost under the seal and the
 * signature, with the name read below, is put back. A deputy's position is printed there always.
 */
export function withDeputyPosition(positions: string[], authority: SignerField['authority'], named: boolean): string[] {
  // The first line is the authority's (`TM. BAN CHẤP HÀNH`, a body's name) when there is one, else the signer's own position.
  if (authority !== 'KT' || positions.length === 0) return positions.map((p, i) => (i > 0 || authority === null ? withPositionLetter(p) : p));
  const deputy = deputyPosition(positions[0]!);
  if (!deputy) return positions;
  const read = positions[1];
  if (read === undefined) return named ? [positions[0]!, deputy] : positions;
  const letters = bareLetters(read);
  const expected = bareLetters(deputy);
  if (letters.startsWith(expected)) return positions;
  return levenshtein(letters, expected) <= DEPUTY_MISREAD_SHARE * expected.length ? [positions[0]!, deputy, ...positions.slice(2)] : positions;
}

/** A signer as read, and whether its name came from the form's own field rather than the signature block. */
interface SignerReading {
  signer: SignerField;
  fromField: boolean;
}

function extractSigner(lines: Line[], zone: Zone): SignerReading | null {
  let candidates = lines.slice(zone.from, zone.to).filter((l) => l.column !== 'left');
  let start = candidates.findIndex((l) => authorityOf(withoutSpecks(l)) !== null);
  if (start < 0) start = candidates.findIndex((l) => isSignatureLine(withoutSpecks(l)));
  // A signature block positioned on the right stays there, even across a page break, while
  // Nơi nhận runs on beside it.
  // (A line across the page may still be the name: layout text puts it where the pen was.)
  if (start >= 0 && candidates[start]!.column === 'right') {
    const first = candidates[start]!;
    candidates = candidates.filter((l, i) => i < start || l.column === 'right' || (l.column === 'full' && personName(l.text) !== null));
    start = candidates.indexOf(first);
  }
  const used: Line[] = [];
  const positions: string[] = [];
  let authority: SignerField['authority'] = null;
  let nameLine: Line | null = null;
  let name: string | null = null;
  if (start >= 0) {
    authority = authorityOf(withoutSpecks(candidates[start]!));
    let specks = 0;
    // Lines OCR read on a page after the block's last line: a block a page's end cut goes on at
    // the top of the next page, so past its first line there the block has ended (a scanned
    // dossier's next paper, a table, begins there). (A text layer's page may hold the name lower.)
    let onLaterPage = 0;
    for (let i = start; i < candidates.length; i++) {
      const l = candidates[i]!;
      const t = squash(withoutSpecks(l));
      const lastPage = (used.at(-1) ?? candidates[start]!).page;
      if (l.confidence !== undefined && l.page > lastPage && l.confidence >= SPECK_LINE_CONFIDENCE && ++onLaterPage > 1) break;
      // A name OCR read with a pen's stroke before it ("--Nguyễn Du") in the signature's column is no Nơi nhận item.
      const penStruck = l.confidence !== undefined && l.column === 'right' && isItem(t) ? personName(t) : null;
      if (penStruck) {
        name = penStruck;
        nameLine = l;
        break;
      }
      // So is a position line: no position is printed after a dash (Nơi nhận's items are, on the left).
      const penStruckPosition = l.confidence !== undefined && l.column === 'right' && isItem(t) && !name ? t.replace(/^[-–+•·]\s*/u, '') : null;
      if (penStruckPosition && isUpperLine(penStruckPosition) && isPosition(penStruckPosition)) {
        positions.push(penStruckPosition);
        used.push(l);
        continue;
      }
      if (isItem(t) || RECIPIENTS_HEADING.test(t)) continue; // Nơi nhận interleaved in flattened text
      const capitalsName = positions.length > 0 && isUpperLine(t) ? personName(t, true, l.confidence !== undefined) : null;
      if (capitalsName) {
        name = capitalsName;
        nameLine = l;
        break;
      }
      if (isUpperLine(t) || t === CONCURRENTLY) {
        if (name) break;
        // Two capitals read unsurely on a scan, alone on a line, are a seal's or a pen's speck.
        if (l.confidence !== undefined && l.confidence < SPECK_LINE_CONFIDENCE && /^\p{Lu}{1,2}$/u.test(t)) continue;
        // Under the position proper only the signature, the seal and the name are printed: capitals
        // read there unsurely and naming no position are the seal's ring (`BẠN.`, `AI HPHH`).
        if (l.confidence !== undefined && l.confidence < SEAL_TEXT_CONFIDENCE && positions.some(isPosition) && !isPosition(t)) continue;
        // A clerk's initials or pen marks ("LLL") are no word of the position.
        if (REPEATED_LETTER_MARK.test(t)) continue;
        // No position is one word: "HỘI" under "TM. ỦY BAN THƯỜNG VỤ QUỐC" is the same line wrapped.
        if (positions.length > 0 && !/\s/u.test(t) && /^\p{Lu}+$/u.test(t) && positions.at(-1)!.toLocaleLowerCase('vi') !== CONCURRENTLY) {
          positions[positions.length - 1] = `${positions.at(-1)} ${t}`;
          used.push(l);
          continue;
        }
        positions.push(t);
        used.push(l);
        continue;
      }
      const candidate = personName(t) ?? (l.confidence !== undefined && positions.length > 0 ? nameAfterMisreadTitle(t) : null);
      if (candidate) {
        name = candidate;
        nameLine = l;
        break;
      }
      if (NOT_A_NAME.test(t)) continue;
      // Seal and pen strokes read as a few unsure characters do not move the search on.
      if (l.confidence !== undefined && l.confidence < SPECK_LINE_CONFIDENCE) {
        specks++;
        continue;
      }
      if (positions.length > 0 && i - start - specks > positions.length + 3) break;
    }
  } else {
    const applicant = applicantSigner(lines, zone);
    if (applicant) return applicant;
    // Only a name: at the very end (copies that lost the position lines), or on the right beside
    // Nơi nhận (a scan whose position lines are under the seal).
    const right = candidates.filter((l) => l.column === 'right');
    const tail = right.length > 0 ? right : candidates;
    for (let i = tail.length - 1; i >= Math.max(0, tail.length - 4); i--) {
      const l = tail[i]!;
      if (isItem(l.text)) break;
      const candidate = personName(l.text);
      if (candidate) {
        name = candidate;
        nameLine = l;
        const position = l.confidence !== undefined ? positionOverSideBySideName(lines.slice(0, lines.indexOf(l)), l) : null;
        if (position) {
          positions.push(position.text);
          used.push(position.line);
        }
        break;
      }
    }
  }
  // A scanned đơn whose block's name was not read: the applicant who names themself in the first
  // person ("Tôi tên: …") signs it, whatever block they sign under; less surely.
  // Only a đơn (its title ĐƠN …) signed by its applicants: a body's block (KT., TL., TUQ., a TM.
  // of a public body) or a letter quoting a citizen's đơn is signed by its official, whose name is
  // not the quote's.
  const applicantsBlock = authority === null || (authority === 'TM' && APPLICANTS_GROUP_BLOCK.test(positions[0] ?? ''));
  const stated =
    !name && start >= 0 && applicantsBlock && candidates[start]!.confidence !== undefined ? firstPersonName(lines, lines.indexOf(candidates[start]!)) : null;
  if (stated) name = stated;
  if (!name && positions.length === 0) return null;
  const spanLines = nameLine ? [...used, nameLine] : used;
  // Only OCR changes a family name's marks; a typed one is as its bearer spells it.
  const ocr = (nameLine ?? used[0])?.confidence !== undefined;
  const markRestored = name && ocr ? withFamilyNameRestored(name) : name;
  const restored = markRestored && ocr ? (sameNamePrintedElsewhere(markRestored, lines, nameLine) ?? markRestored) : markRestored;
  const signer: SignerField = {
    name: restored,
    authority,
    lines: ocr ? withDeputyPosition(positions, authority, name !== null) : positions,
    span: spanOf(spanLines),
    // A position found over a name of a row of blocks (no authority line) says no more of the name.
    confidence: stated ? APPLICANT_NAME_FROM_FIELD : (name && positions.length && start >= 0 ? 0.92 : name ? 0.6 : 0.5) * (restored !== name ? 0.8 : 1),
  };
  return { signer, fromField: stated !== null };
}

/** The name the text's writer states in the first person before line `before` (`FIRST_PERSON_NAME_FIELD`), its first such. */
function firstPersonName(lines: Line[], before: number): string | null {
  const head = lines.slice(0, Math.max(0, before));
  const title = head.findIndex((l) => APPLICATION_TITLE.test(l.text));
  if (title < 0) return null;
  for (const l of head.slice(title + 1)) {
    const field = FIRST_PERSON_NAME_FIELD.exec(l.text.trim());
    if (field) return applicantName(field[1]!, l.confidence !== undefined);
  }
  return null;
}

/**
 * How many lines over a name of a row of signature blocks its position may stand: the other
 * blocks' lines and the seal's and the pens' specks are read in between.
 */
const SIDE_BY_SIDE_POSITION_REACH = 16;

/**
 * A scan's statement signed side by side (its accountant's and its head's blocks in a row, no
 * authority line): the head's position is printed in ordinary case over the signature, in the
 * column of the name under it ("Phó Chủ tịch Thường trực", "Phó CT Thường trực"): the nearest
 * line over the name, across the same width, that names a position. An abbreviation OCR glued to
 * the next word (`CTThường`) is set apart from it: no word has a capital after two capitals.
 */
function positionOverSideBySideName(above: Line[], nameLine: Line): { line: Line; text: string } | null {
  const overlaps = (l: Line) => l.x < nameLine.x + nameLine.width && nameLine.x < l.x + l.width;
  for (let j = above.length - 1; j >= Math.max(0, above.length - SIDE_BY_SIDE_POSITION_REACH); j--) {
    const l = above[j]!;
    if (l.page !== nameLine.page || isItem(l.text)) return null;
    if (!overlaps(l)) continue;
    const text = squash(l.text.replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2'));
    if (text.length < 60 && !isUpperLine(text) && isPosition(text.toLocaleUpperCase('vi'))) return { line: l, text };
  }
  return null;
}

/** How sure a đơn's signer is: the name printed under the block, or only stated in the form's own field. */
const APPLICANT_NAME_UNDER_BLOCK = 0.8;
/** How many lines under the applicant's label the name may stand (a form's declaration between). */
const APPLICANT_BLOCK_REACH = 7;
const APPLICANT_NAME_FROM_FIELD = 0.7;

/** A name as printed, in capitals or not, with a family name OCR misread restored on a scan. */
function applicantName(text: string, ocr: boolean): string | null {
  const t = squash(text).replace(/[\s.]+$/u, '');
  const cased = isUpperLine(t) ? t.split(' ').map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ') : t;
  const name = personName(ocr ? withFamilyNameRestored(cased) : cased);
  return name && FAMILY_NAMES.has(name.split(' ')[0]!) ? name : null;
}

/**
 * A person's đơn is signed under "Người làm đơn" by the applicant, no position above, the name
 * written by hand under the signature (which OCR seldom reads): the name is the one printed
 * there, else the one the form states in its own field ("Họ và tên: …"), its first such field.
 */
function applicantSigner(lines: Line[], zone: Zone): SignerReading | null {
  const at = lines.findIndex((l, i) => i >= zone.from && i < zone.to && APPLICANT_SIGNATURE.test(squash(l.text)));
  if (at < 0) return null;
  let declaring = false;
  const heading = lines[at]!;
  let read = 0;
  for (const l of lines.slice(at + 1, at + 1 + 2 * APPLICANT_BLOCK_REACH)) {
    const t = squash(withoutSpecks(l));
    if (!t || NOT_A_NAME.test(t)) continue;
    const name = applicantName(t, l.confidence !== undefined);
    if (name) return { signer: { name, authority: null, lines: [squash(heading.text)], span: spanOf([heading, l]), confidence: APPLICANT_NAME_UNDER_BLOCK }, fromField: false };
    // The signature's and the seal's strokes, read as a few unsure signs, do not count.
    if (l.confidence !== undefined && (l.confidence < SPECK_LINE_CONFIDENCE || !/\p{L}{2}/u.test(t))) continue;
    if (++read > APPLICANT_BLOCK_REACH) break;
    // A personal form's declaration under "Người khai" ("Tôi xin cam đoan …", its lines in the
    // block's column) stands between the label and the name; anything else ends the block.
    if (l.column === 'left' || isItem(t) || (!DECLARATION_IN_BLOCK.test(t) && !declaring)) break;
    declaring = true;
  }
  for (const l of lines.slice(0, at)) {
    const field = APPLICANT_NAME_FIELD.exec(l.text);
    if (!field) continue;
    const name = applicantName(field[1]!, l.confidence !== undefined);
    return name ? { signer: { name, authority: null, lines: [squash(heading.text)], span: spanOf([heading]), confidence: APPLICANT_NAME_FROM_FIELD }, fromField: true } : null;
  }
  return null;
}

/** A Nơi nhận item closed by its mark (Nghị định 30/2020, Phụ lục I: ";" after each, "." after the last). */
const ITEM_CLOSED = /[;.]\s*$/u;
/** A recipient's name: a capital, then at least two words. */
const NEXT_ITEM_OPENING = /^\p{Lu}\S*\s+\S/u;

interface ItemDraft {
  lines: Line[];
  text: string;
  brace: string;
}

/** A wrapped item's next line: its text joins the name, its brace text the purpose. */
function appendToItem(item: ItemDraft, line: Line, text: string, brace: string): void {
  item.text = squash(`${item.text} ${text}`);
  item.brace = squash(`${item.brace} ${brace}`);
  item.lines.push(line);
}

function extractRecipients(lines: Line[], zone: Zone): { recipients: RecipientField[]; archive: ScalarField | null } {
  if (zone.recipientsAt < 0) return { recipients: [], archive: null };
  const heading = lines[zone.recipientsAt]!;
  const items: ItemDraft[] = [];
  let archive: ScalarField | null = null;
  const inline = zone.headless ? heading.text.slice(itemStart(heading)) : RECIPIENTS_HEADING.exec(heading.text.trim())![1]!.trim();
  const pending: Array<{ line: Line; text: string }> = [];
  if (inline && isItem(inline)) pending.push({ line: heading, text: inline });
  for (let i = zone.recipientsAt + 1; i < zone.to; i++) {
    const l = lines[i]!;
    if (l.column === 'right' && heading.column !== 'right') continue;
    pending.push({ line: l, text: l.text });
  }
  for (const { line, text } of pending) {
    const t = squash(text);
    if (!t) continue;
    const archiveMatch = ARCHIVE_ITEM.exec(t);
    if (archiveMatch) {
      const value = line.confidence === undefined ? archiveMatch[1]!.trim() : clerkCodeDigits(archiveMatch[1]!.trim());
      archive = { value, span: spanIn(line, line.text.indexOf(archiveMatch[1]!)), confidence: 0.95 };
      break;
    }
    const last = items[items.length - 1];
    if (isItem(t)) {
      const [body, brace = ''] = t.replace(/^[-–+•·]\s*/u, '').split('}');
      // "- trực thuộc, MTTQ …": a wrapped item given a dash of its own by the copy; its first
      // words finish the item before.
      const continuation = last && RECIPIENT_CONTINUATION.exec(body!);
      if (continuation) {
        const restOfItem = body!.slice(continuation[0].length).replace(/^[\s,;]+/u, '').trim();
        appendToItem(last, line, continuation[0], restOfItem ? '' : brace);
        if (restOfItem) items.push({ lines: [line], text: restOfItem, brace: brace.trim() });
        continue;
      }
      items.push({ lines: [line], text: body!.trim(), brace: brace.trim() });
      continue;
    }
    // An item cut off mid-name ("- Bộ trưởng, các thứ trưởng Bộ") finishes on a line that ends
    // the item, even a capitals one ("NN&MT;") that could otherwise be a signature line.
    if (last && line.column === 'full' && !/[;,.]$/u.test(last.text) && /[;,.]$/u.test(t) && !isSignatureLine(t)) {
      const [body, brace = ''] = t.split('}');
      appendToItem(last, line, body!, brace);
      continue;
    }
    // Not an item: a wrapped item's continuation, or the signature block in flattened text.
    if (line.column === 'full' && (isSignatureLine(t) || personName(t) || isUpperLine(t))) {
      if (items.length) continue;
      break;
    }
    if (!last) {
      if (line.column === 'full') break;
      continue;
    }
    const [body, brace = ''] = t.split('}');
    if (line.confidence !== undefined) {
      // A seal's or a pen's mark read as one unsure token is none of the list.
      if (line.confidence < SPECK_LINE_CONFIDENCE && !/\s/u.test(t)) continue;
      // Each item is printed on a line of its own and closed by ";" (the last by "."): after an
      // item so closed, a line of words opening with a capital is the next item, its dash lost.
      if (ITEM_CLOSED.test(last.text) && NEXT_ITEM_OPENING.test(t)) {
        items.push({ lines: [line], text: body!.trim(), brace: brace.trim() });
        continue;
      }
    }
    appendToItem(last, line, body!, brace);
  }
  // Brace groups: "} (để" … "} b/cáo)" spread one purpose over several items.
  const purposes: Array<string | null> = items.map(() => null);
  for (let i = 0; i < items.length; i++) {
    if (!items[i]!.brace) continue;
    let j = i;
    let text = items[i]!.brace;
    while (j + 1 < items.length && items[j + 1]!.brace && (text.split('(').length > text.split(')').length)) {
      j++;
      text = squash(`${text} ${items[j]!.brace}`);
    }
    for (let k = i; k <= j; k++) purposes[k] = text;
    i = j;
  }
  const recipients: RecipientField[] = [];
  items.forEach((item, index) => {
    // OCR reads an item's closing ";" as ":" too (no item of Nơi nhận ends in a colon on a scan's list).
    const scanned = item.lines.some((l) => l.confidence !== undefined);
    const cleaned = item.text.replace(scanned ? /[\s;,.:]+$/u : /[\s;,.]+$/u, '');
    // An inline purpose "(b/c)", "(để biết)" goes to `purpose`.
    const inlinePurpose = RECIPIENT_PURPOSE.exec(cleaned);
    const purpose = purposes[index] ?? (inlinePurpose ? `(${inlinePurpose[1]})` : null);
    // One recipient per printed item (GOLD.md): "Công báo; Cổng TTĐT" stays one entry.
    if (cleaned) recipients.push({ name: cleaned, purpose, span: spanOf(item.lines) });
  });
  return { recipients, archive };
}

export function extractClosing(doc: NormalizedDocument, bodyStart: number): ClosingFields {
  const zone = closingZone(doc.lines, bodyStart);
  if (!zone) return { signer: null, recipients: [], archive: null, bodyEnd: doc.lines.length, placeDate: null, weaker: { date: false, signer: false } };
  const { recipients, archive } = extractRecipients(doc.lines, zone);
  const signed = extractSigner(doc.lines, zone);
  const placeDate = placeDateOverSignature(doc.lines, zone, bodyStart);
  return {
    signer: signed?.signer ?? null,
    recipients,
    archive,
    bodyEnd: zone.closingStart,
    placeDate: placeDate && { place: placeDate.place, date: placeDate.date },
    weaker: { date: placeDate?.alone ?? false, signer: signed?.fromField ?? false },
  };
}

/** How many lines above the authority line a place and date may stand (Nơi nhận's heading between). */
const PLACE_DATE_OVER_SIGNATURE_REACH = 3;

/** The place/date line just above the signature's authority line, if one is printed there. */
function placeDateOverSignature(lines: Line[], zone: Zone, bodyStart: number): PlaceDateReading {
  const { signatureAt } = zone;
  if (signatureAt < 0) return placeDateOverUnsignedBlocks(lines, bodyStart);
  for (let i = signatureAt - 1; i >= Math.max(0, signatureAt - PLACE_DATE_OVER_SIGNATURE_REACH); i--) {
    const found = placeDateOn(lines[i]!, 0.85);
    if (found) return found;
  }
  return null;
}

/** How sure a place and date are when read over signature blocks that carry no authority line. */
const UNSIGNED_BLOCKS_PLACE_DATE = 0.8;
/**
 * How many lines from the end a place/date line may stand over unsigned blocks: a row of four
 * blocks gives their titles, their names and the seal's and pens' specks read in between.
 */
const UNSIGNED_BLOCKS_REACH = 25;
/** A line this long is the body's or a table's, not a signature block's: the blocks start after it. */
const SIGNATURE_BLOCK_LINE_CHARS = 80;

/**
 * Without an authority line (a statement signed side by side by its accountant, treasurer and
 * head, a person's đơn), the place/date line stands over the row of signature blocks at the end:
 * the last one among the short lines that end the document.
 */
function placeDateOverUnsignedBlocks(lines: Line[], bodyStart: number): PlaceDateReading {
  for (let i = lines.length - 1; i >= Math.max(bodyStart, lines.length - UNSIGNED_BLOCKS_REACH); i--) {
    const found = placeDateOn(lines[i]!, UNSIGNED_BLOCKS_PLACE_DATE);
    if (found) return found;
    if (lines[i]!.text.trim().length > SIGNATURE_BLOCK_LINE_CHARS) break;
  }
  return null;
}

/** How much a date alone on its line over the signature is doubted against a place/date line. */
const DATE_ALONE_FACTOR = 0.9;

/** A place and date read over the signature, and whether the date stood alone on its line (no place printed). */
type PlaceDateReading = { place: ScalarField | null; date: DateField | null; alone: boolean } | null;

function placeDateOn(line: Line, sure: number): PlaceDateReading {
  const text = line.text.trim();
  if (line.column === 'left') return null;
  // A form's date whose place was left blank (or lost) dates it as well, less surely.
  const alone = !PLACE_DATE_LINE.test(text) && DATE_ALONE_LINE.test(text);
  if (!alone && !PLACE_DATE_LINE.test(text)) return null;
  const found = placeDateOfLine({ ...line, text, start: line.start + line.text.indexOf(text) }, alone ? sure * DATE_ALONE_FACTOR : sure);
  return found.date ? { ...found, alone } : null;
}
