import {
  AMENDED_LAW_HEAD, AMENDED_LAW_NUMBER, COMMA_ANOTHER_LAW, LAW_NUMBER_NEAR, BILL_BEFORE, BILL_LIST_LEAD, LIST_ITEM_MARKER, LISTED_IN_AMENDING_NAME, AMENDING_LAW, ANNEXED_TO, AND_ANOTHER_LAW, BARE_NUMBER, BETWEEN_LISTED_MENTIONS, CODED_TYPE_NUMBER, DATE_AFTER, DATED_BEFORE, isLawType, ISSUER_AFTER, ISSUER_END, ISSUER_START, CLOSED_ISSUER, NEXT_LISTED_ISSUER, TASK_NAMED_ISSUER, TASK_NAMED_ISSUER_REST, TRAILING_AND,
  LAW_NAME_COMMA_PAIRS, SPECIALTY_COMMA_SPLITS, MINISTER_RANK_TITLE, UNIT_THEN_SMALL_WORDS, LAW_NAME_GOES_ON, LAW_NAME_LINE_END, LAW_NAME_PARAGRAPH_END, SENTENCE_WITHOUT_SPACE, LAW_NAME_HEAD, LAW_START_SMALL, LAW_NAME_STOP, LAW_NAME_STOP_PAIRS, LAW_START, LAW_TYPE_WORD, LIST_CONTINUATION, LIST_ITEM, NAME_BEFORE_DATE, TIME_PREPOSITION_END, OTHER_TYPE_WORD,
  AMENDED_BY_CLAUSE, AMENDING_LAW_OF, CLAUSE_END_OF_LIST, AMENDING_LIST_DATED, BRACKET_AFTER_BILL, CLAUSE_END, LAW_LIST_HEAD, LISTED_LAW_SPLIT, LISTED_WITH_OWN_DATE, QH_LAW_NUMBER,
  LABELLED_NUMBER, LEADING_SEQUENCE, NEW_ITEM_LINE, NORMATIVE_NUMBER, NUMBER_AFTER_DATE, SEQUENCE_ALONE, SYMBOL_CODE_AFTER_ONE_LINE, TABLE_CELL_BREAK, NUMBER_FOLLOWS, NUMBER_IN_BRACKET_AFTER, TRICH_YEU_OPENING, NUMBER_LIST_SEPARATOR, RELATIONS, SHARED_DATE_AFTER, TYPED_DIGITS, TYPED_MENTION, TYPE_CODE_WITH_D, YEAR_AFTER, MISREAD_LAST_CODE, MARKED_O_BESIDE_DIGIT, CLEAN_CODE, SPECK_BETWEEN_LETTERS,
} from '../data/citations.js';
import { AND } from '../data/language.js';
import { KNOWN_LAW_NAME_PATTERNS } from '../data/law-names.js';
import { TONES } from '../data/alphabet.js';
import { BODY_CODES } from '../data/bodies.js';
import { CITED_TYPE_BY_NAME, docTypeByCode, GENERIC_CITED_TYPE, LAW_TYPE, LAW_TYPE_NAMES, PARTY_TYPE_NAMES, UNTYPED_NUMBER_TYPE } from '../data/doc-types.js';
import { distance as levenshtein } from 'fastest-levenshtein';
import { matchesAfterLookBehind } from '../pipeline/core/text/lookbehind-matches.js';
import { canonicalNumber } from '../pipeline/core/text/number.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { CitationField } from '../pipeline/core/record.js';
import { isUpperLine, squash } from './common.js';
import { parseDocumentNumber } from './document-number.js';
import { findDate, isoOrYear } from './dates.js';

/**
 * Cited documents, in the manner of eyecite: find every mention (type + number, or a law by name),
 * read its date and issuer from what follows, its relation from what precedes, then resolve short
 * later mentions to the full citation by canonical number.
 */

/**
 * Reads a law's name at `at` ("Luật Điện lực", "Luật sửa đổi, bổ sung một số điều của Luật X và Luật
 * Y"); `paragraphLines`: the text's lines are paragraphs (a DOCX, a text file), not a page's width.
 */
export function readLawName(text: string, at: number, paragraphLines = true): string | null {
  const head = LAW_NAME_HEAD.exec(text.slice(at))![0];
  const raw = text.slice(at + head.length, at + head.length + 300).split(TABLE_CELL_BREAK)[0]!;
  // The name ends at a line that does not go on with it (a heading, a list item, a new sentence).
  const ends = [LAW_NAME_LINE_END.exec(raw)?.index, paragraphLines ? LAW_NAME_PARAGRAPH_END.exec(raw)?.index : undefined].filter((i): i is number => i !== undefined);
  const rest = (ends.length ? raw.slice(0, Math.min(...ends)) : raw).replace(SENTENCE_WITHOUT_SPACE, '$1 ').replace(/\s+/gu, ' ');
  const prefix = head.trim();
  const amending = AMENDING_LAW.exec(rest);
  if (amending) {
    const inner = AMENDED_LAW_HEAD.exec(rest.slice(amending[0].length)) ? readLawName(rest, amending[0].length) : null;
    if (!inner) return null;
    let name = `${prefix} ${amending[0]}${inner}`;
    let at = amending[0].length + inner.length;
    if (!rest.startsWith(inner, amending[0].length)) return name;
    // The laws it amends, each with its number where the name gives them, joined by commas and "và".
    let numberedList = false;
    for (;;) {
      // After a number a comma leads on to the next law; a name without one goes on only after "và".
      // A number after the one law amended is the amending law's own ("… của Luật X số 47/2019/QH14"):
      // numbers belong to the amended laws only in a list whose first law has its own.
      // "… của Bộ luật A, Luật B, Luật C và Luật D": a list of amended laws is closed by "và"; commas
      // not closed so are a list of citations.
      if (!numberedList && !AND_ANOTHER_LAW.test(rest.slice(at)) && COMMA_ANOTHER_LAW.test(rest.slice(at))) {
        let probe = at;
        let tentative = name;
        for (let k = 0; k < 12; k++) {
          const comma = COMMA_ANOTHER_LAW.exec(rest.slice(probe))?.[0];
          const link = comma ?? AND_ANOTHER_LAW.exec(rest.slice(probe))?.[0];
          const next = link ? readLawName(rest, probe + link.length) : null;
          if (!link || !next || !rest.startsWith(next, probe + link.length)) {
            // Closed by the amending law's date instead: the list is its name all the same.
            if (probe > at && AMENDING_LIST_DATED.test(rest.slice(probe))) {
              name = tentative;
              at = probe;
            }
            break;
          }
          tentative += `${link}${next}`;
          probe += link.length + next.length;
          if (!comma) {
            name = tentative;
            at = probe;
            break;
          }
        }
      }
      const listed = AMENDED_LAW_NUMBER.exec(rest.slice(at));
      const numbered = listed && (numberedList || (listed[2] && name === `${prefix} ${amending[0]}${inner}`)) ? listed : null;
      if (numbered) numberedList = true;
      const link = numbered ? numbered[2] : AND_ANOTHER_LAW.exec(rest.slice(at))?.[0];
      if (numbered) {
        name += numbered[1]!;
        at += numbered[1]!.length;
      }
      if (!link) break;
      const next = readLawName(rest, at + link.length);
      if (!next || !rest.startsWith(next, at + link.length)) break;
      name += `${link}${next}`;
      at += link.length + next.length;
    }
    return name;
  }
  const ruled = lawNameByRules(rest, prefix);
  // A law's own name may hold the words the rules end a name at ("Luật Hôn nhân và gia đình"): the
  // longest known name the text goes on with, where the rules read less of it.
  const known = knownLawName(prefix, rest);
  return known && known.length > (ruled?.length ?? 0) ? known : ruled;
}

/** The longest known law's name (data/law-names.ts) that `rest`, the text after its type word `prefix`, opens with; or null. */
function knownLawName(prefix: string, rest: string): string | null {
  const type = prefix.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  for (const known of KNOWN_LAW_NAME_PATTERNS) {
    if (known.type !== type) continue;
    const m = known.name.exec(rest);
    if (m) return `${prefix} ${m[0]}`;
  }
  return null;
}

/** A law's name read by the rules: up to its date or number, or to the first word no law's name holds. */
function lawNameByRules(rest: string, prefix: string): string | null {
  // A name followed by its date or number runs up to it, small words included ("Pháp lệnh Ưu đãi
  // người có công với cách mạng ngày 09/12/2020"), as long as it names one law and holds no verb.
  const dated = NAME_BEFORE_DATE.exec(rest);
  if (dated && dated[1]!.split(' ').length <= 16 && !LAW_TYPE_WORD.test(dated[1]!) && !OTHER_TYPE_WORD.test(dated[1]!) && !TIME_PREPOSITION_END.test(dated[1]!)
    && ![...LAW_NAME_STOP_PAIRS].some((verb) => dated[1]!.includes(verb))) {
    return `${prefix} ${dated[1]}`;
  }
  const words: string[] = [];
  const split = rest.split(' ');
  for (const [i, word] of split.entries()) {
    // A name's words hold letters only: a mark inside a word ends the name there ("nhân.....[7]", "nhân.Trường").
    const bare = word.replace(/[,.;:()“”"…[\]!?].*$/u, '');
    if (LAW_NAME_STOP_PAIRS.has(`${words[words.length - 1] ?? ''} ${bare}`)) {
      words.pop(); // "… quy định", "… hướng dẫn", "… đối với": the verb or preposition, not the name
      break;
    }
    if (!bare || LAW_NAME_STOP.has(bare) || !/^\p{L}/u.test(bare) || /^[(“"]/.test(word)) break;
    words.push(bare);
    if (word === `${bare},` && joinsWithComma(words, split.slice(i + 1))) {
      words[words.length - 1] = word;
      continue;
    }
    if (bare !== word || words.length >= 10) break;
  }
  return words.length ? `${prefix} ${words.join(' ')}` : null;
}

/** Whether the comma after `words` joins a pair of verbs inside a law's name ("Phòng, chống"). */
function joinsWithComma(words: string[], after: string[]): boolean {
  const before = words.join(' ').toLocaleLowerCase('vi');
  const next = ` ${after.join(' ').toLocaleLowerCase('vi')} `;
  return LAW_NAME_COMMA_PAIRS.some((pair) => {
    const [first, second] = pair.split(', ') as [string, string];
    // The pair's second word may end the name as well as go on with it ("Luật Thi đua, khen thưởng;").
    return (before === first || before.endsWith(` ${first}`)) && next.startsWith(` ${second}`) && !/^[\p{L}\p{N}]/u.test(next.slice(second.length + 1));
  });
}

/** Words of a name, for comparing one printed so with another: lower case, without commas and "và". */
function nameWords(text: string): string {
  return text.toLocaleLowerCase('vi').split(/[\s,.;:()]+/u).filter((w) => w && w !== AND).join(' ');
}

const TONE_MARKS = new RegExp(`[${TONES.join('')}]`, 'gu');
/** A law's name for comparing two printings of it: its words without "và", commas and tone marks. */
function lawNameKey(name: string): string {
  return nameWords(name).normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/**
 * Whether the text after a law's name read short goes on with the rest of the law's full name
 * (`rest`), its "và" and commas aside: the name was cut at a word it holds ("Pháp lệnh Ưu đãi người
 * | có công với cách mạng", "Luật Bầu cử đại biểu Quốc hội | và đại biểu Hội đồng nhân dân").
 */
function goesOnAs(text: string, end: number, rest: string): boolean {
  const wanted = nameWords(rest);
  return wanted.length > 0 && `${nameWords(text.slice(end, end + rest.length + 40))} `.startsWith(`${wanted} `);
}

/**
 * The numbers of a mention's list, canonical: a running number alone takes the symbol of the
 * full number after it ("1520, 1521/QĐ-UBND" → 1520/QĐ-UBND, 1521/QĐ-UBND).
 */
function mentionNumbers(list: string, law = false): string[] {
  const printed = list.split(NUMBER_LIST_SEPARATOR).map(canonicalNumber);
  // A law's name may end in its year ("Luật Đất đai 2024, 31/2024/QH15"): no running number.
  if (law) return printed.filter((number) => !SEQUENCE_ALONE.test(number));
  return printed.map((number, i) => {
    if (!SEQUENCE_ALONE.test(number)) return number;
    const full = printed.slice(i + 1).find((n) => !SEQUENCE_ALONE.test(n))!;
    return canonicalNumber(full.replace(LEADING_SEQUENCE, number));
  });
}

/**
 * A mention's last number completed with its last code when the line broke after a hyphen and
 * another column's line was read in before the code (SYMBOL_CODE_AFTER_ONE_LINE); `end` is where
 * the mention's match ends. The completed number, and where the code ends, or null.
 */
function completedAcrossLine(text: string, end: number, number: string): { number: string; end: number } | null {
  const m = SYMBOL_CODE_AFTER_ONE_LINE.exec(text.slice(end, end + 200));
  return m ? { number: canonicalNumber(`${number}-${m[1]}`), end: end + m[0].length } : null;
}

/**
 * On a scan, a number whose reading stopped at a hyphen because OCR misread its last code
 * (MISREAD_LAST_CODE): the number with the code repaired, where it then is capitals and digits with a
 * digit among them, and where the code ends; else null. The citation is sent to review.
 */
function completedMisreadCode(text: string, end: number, number: string): { number: string; end: number } | null {
  const m = MISREAD_LAST_CODE.exec(text.slice(end, end + 20));
  const code = m?.[1]!.replace(MARKED_O_BESIDE_DIGIT, '0');
  if (!m || !code || (!m[2] && code === m[1])) return null;
  return CLEAN_CODE.test(code) && /\d/u.test(code) ? { number: canonicalNumber(`${number}-${code}`), end: end + m[0].length } : null;
}

/** The type a number's symbol names ("37/HD-BCA-C04": a Hướng dẫn), or null when its code names none. */
function typeOfNumber(number: string): string | null {
  const parsed = parseDocumentNumber(number);
  const code = parsed?.typeCode;
  if (!code) return null;
  return (parsed.system === 'party' ? PARTY_TYPE_NAMES[code] : undefined) ?? docTypeByCode(code)?.name ?? null;
}

/** Whether a number is whole (type and issuer codes) and of the type whose code is given; a công văn's has no type code. */
function numberOfType(number: string, code: string): boolean {
  const parsed = parseDocumentNumber(number);
  if (!parsed?.issuerCodes.length) return false;
  if (parsed.typeCode === code) return true;
  // A công văn's symbol opens with its issuer's code, no type's.
  return docTypeByCode(code) === UNTYPED_NUMBER_TYPE && !(parsed.typeCode && docTypeByCode(parsed.typeCode));
}

/** Type names as they should read in the output ("Thông báo Kết luận" is a Thông báo). */
function canonicalType(printed: string): string {
  const t = squash(printed);
  const listed = CITED_TYPE_BY_NAME.get(t.toLocaleLowerCase('vi')) ?? t;
  return listed.charAt(0).toLocaleUpperCase('vi') + listed.slice(1);
}

/**
 * The last line break before `at` that ends a line of its own. A break followed by a lower-case
 * letter is where a PDF or a narrow column wrapped a sentence ("triển khai các nội\ndung … theo
 * Chỉ thị"), not where a clause ends.
 */
function lastHardBreak(text: string, at: number): number {
  let i = text.lastIndexOf('\n', at - 1);
  while (i >= 0 && /\p{Ll}/u.test(text[i + 1] ?? '')) i = text.lastIndexOf('\n', i - 1);
  return i;
}

function relationBefore(text: string, at: number, continuing = false): CitationField['relation'] {
  // The clause that introduces the citation: back to the previous sentence or line break.
  const from = Math.max(lastHardBreak(text, at), text.lastIndexOf('.', at - 1), text.lastIndexOf(';', at - 1), at - 160);
  // Read across wrapped lines as one: "thực\nhiện" is "thực hiện".
  const clause = text.slice(from + 1, at).replace(/\s+/gu, ' ');
  for (const [re, relation] of RELATIONS) if (re.test(clause)) return relation;
  // "Thực hiện Thông tư số …; Kế hoạch số …": an item that opens its clause continues the list
  // of the clause before it, and shares its relation.
  const isItem = continuing ? LIST_ITEM.test(clause) : LIST_CONTINUATION.test(clause);
  if (text[from] === ';' && isItem) return relationBefore(text, from, true);
  return 'refers';
}

function dateAfter(text: string, at: number, yearAlone = false): { iso: string | null; end: number } {
  const tail = text.slice(at, at + 60);
  const lead = DATE_AFTER.exec(tail);
  if (!lead) {
    // Laws are often cited by their year alone: "Luật Tố tụng hành chính năm 2015". (Other
    // documents' "năm 2024" is usually the year they plan for, not their date.)
    const year = yearAlone ? YEAR_AFTER.exec(tail) : null;
    return year ? { iso: year[1]!, end: at + year[0].length } : { iso: null, end: at };
  }
  const parts = findDate(tail.slice(lead[0].length - 5 < 0 ? 0 : lead.index));
  if (!parts || parts.index > lead[0].length + 2) return { iso: null, end: at };
  return { iso: isoOrYear(parts), end: at + lead.index + parts.index + parts.raw.length };
}

/** Three words in capitals at least: a title's issuer set in capitals. */
const CAPITALS_OPENING = /^\p{Lu}{2,}\s+\p{Lu}{2,}\s+\p{Lu}{2,}(?![\p{Ll}])/u;

const QUOTED_TRICH_YEU = new RegExp(`^“\\s*${TRICH_YEU_OPENING}`, 'u');

/** The date a narrative gives the document cited at `at` before citing it (DATED_BEFORE), or null. */
function dateBefore(text: string, at: number): string | null {
  const from = Math.max(at - 200, lastHardBreak(text, at) + 1, text.lastIndexOf('. ', at) + 1);
  const m = DATED_BEFORE.exec(text.slice(from, at));
  const parts = m ? findDate(m[1]!) : null;
  return parts?.iso ?? null;
}

function issuerAfter(text: string, at: number): string | null {
  // Lines wrap anywhere in PDFs: read the tail as one line, up to a line that opens a new item.
  const tail = text.slice(at, at + 260).split(NEW_ITEM_LINE)[0]!.replace(/\s+/gu, ' ');
  const lead = ISSUER_AFTER.exec(tail);
  if (!lead) return null;
  let rest = tail.slice(lead[0].length);
  // Keep a quoted campaign name inside the issuer ("Ban Chỉ đạo Cuộc vận động “…” tỉnh Cao Bằng").
  const quoted: string[] = [];
  rest = rest.replace(/“[^”]{1,120}”/gu, (q) => {
    if (QUOTED_TRICH_YEU.test(q)) return q;
    quoted.push(q);
    return `\u0000${quoted.length - 1}\u0000`;
  });
  // In a title set in capitals the issuer ends where the sentence's words do, in capitals too
  // ("… CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH VỀ …"): the end is found in the same text in small letters.
  const inCapitals = CAPITALS_OPENING.test(rest);
  const searched = inCapitals ? rest.toLocaleLowerCase('vi') : rest;
  let end = ISSUER_END.exec(searched);
  // A comma between the pair of words a name joins so ("Hội đồng Thi đua, khen thưởng") is the name's own.
  // So is the comma of a ministry's or department's name ("Bộ Văn hóa, Thể thao và Du lịch").
  const specialtyGoesOn = (at: number) => SPECIALTY_COMMA_SPLITS.find(([before, rest]) => searched.slice(0, at).endsWith(before) && searched.startsWith(rest, at));
  while (end && end[0].trimStart().startsWith(',') && (specialtyGoesOn(end.index) || (MINISTER_RANK_TITLE.test(searched.slice(0, end.index)) && /^,\s*\p{Lu}/u.test(searched.slice(end.index))) || joinsWithComma(searched.slice(0, end.index).split(' '), searched.slice(end.index + end[0].length).trim().split(' ')))) {
    const from = end.index + (specialtyGoesOn(end.index)?.[1].length ?? end[0].length);
    const next = ISSUER_END.exec(searched.slice(from));
    end = next ? Object.assign(next, { index: next.index + from }) : null;
  }
  let issuer = end ? rest.slice(0, end.index) : rest;
  let after = end ? end.index : rest.length;
  const closed = CLOSED_ISSUER.exec(issuer);
  if (closed) {
    issuer = closed[1]!;
    after = issuer.length;
  }
  // A body named by its task goes on after "về" up to its place.
  const task = TASK_NAMED_ISSUER.test(issuer.trim()) ? TASK_NAMED_ISSUER_REST.exec(rest.slice(after)) : null;
  let extended = false;
  if (task) {
    extended = true;
    issuer += task[1]!;
    after += task[1]!.length;
  }
  // More bodies of the same kind listed after it, each up to its own end.
  const head = issuer.split(/\s+/u).slice(0, 2).join(' ');
  for (let next = head.includes(' ') ? NEXT_LISTED_ISSUER.exec(rest.slice(after)) : null; next && rest.startsWith(head, after + next[0].length); next = NEXT_LISTED_ISSUER.exec(rest.slice(after))) {
    const from = after + next[0].length;
    const stop = ISSUER_END.exec(rest.slice(from + head.length));
    const to = stop ? from + head.length + stop.index : rest.length;
    issuer = `${issuer}${rest.slice(after, to)}`;
    after = to;
    extended = true;
  }
  issuer = issuer.replace(/\u0000(\d+)\u0000/g, (_, i) => quoted[Number(i)]!);
  issuer = squash(issuer).replace(TRAILING_AND, '').replace(UNIT_THEN_SMALL_WORDS, '');
  // A name is short; a list of bodies or a body named by its task may run longer.
  if (!issuer || !ISSUER_START.test(issuer) || issuer.split(' ').length > (extended ? 40 : 22)) return null;
  return issuer;
}

/**
 * Whether the law named at `at` opens an item of a list whose lead-in names its items as bills
 * (BILL_LIST_LEAD): the items above it in the list are passed over up to the lead-in.
 */
function isListedBill(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!LIST_ITEM_MARKER.test(text.slice(lineStart, at))) return false;
  let end = lineStart - 1;
  for (let k = 0; k < 12 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (BILL_LIST_LEAD.test(line)) return true;
    if (/:\s*$/u.test(line)) return false;
    end = start - 1;
  }
  return false;
}

/**
 * Whether the laws listed after an amending law's name run, within its clause, up to a law's number
 * (LISTED_LAW_SPLIT): the list is the amending law's name, the number its own.
 */
function listedLawsUpToNumber(text: string, end: number): boolean {
  const tail = text.slice(end, end + 400);
  const stop = tail.search(CLAUSE_END);
  const clause = stop < 0 ? tail : tail.slice(0, stop);
  const number = QH_LAW_NUMBER.exec(clause);
  if (!number) return false;
  const pieces = clause.slice(0, number.index).split(LISTED_LAW_SPLIT);
  return pieces.length > 1 && pieces[0]!.trim() === '' && pieces.slice(1).every((piece) => LAW_LIST_HEAD.test(piece.trim()));
}

/** The span of the bracket that follows a bill's name on its line (BRACKET_AFTER_BILL), or null. */
function bracketAfter(text: string, end: number): [number, number] | null {
  const open = BRACKET_AFTER_BILL.exec(text.slice(end, end + 120));
  if (!open) return null;
  const from = end + open[0].length;
  const close = text.indexOf(')', from);
  const line = text.indexOf('\n', from);
  return close >= 0 && (line < 0 || close < line) ? [from, close] : null;
}

interface Mention {
  start: number;
  end: number;
  type: string | null;
  number: string | null;
  name: string | null;
  date: string | null;
  issuer: string | null;
  relation: CitationField['relation'];
  /** Read by a rule that may mistake it (a law's name in small letters): sent to review. */
  unsure?: boolean;
}

/** One cited document while mentions are resolved: the mention that gives its details, and every span that names it. */
interface CitedEntry {
  first: Mention;
  mentions: Array<[number, number]>;
}

/** The symbol of a number ("5689/BCA-C04" → "BCA-C04"; "/BCA-C04", a blank left unread, too). */
function symbolOf(number: string): string {
  return number.slice(number.indexOf('/') + 1);
}

/** Whether a typed mention at `start` is an annex's heading naming the document itself (ANNEXED_TO, the own symbol). */
function namesItselfAsAnnexed(text: string, start: number, number: string, own: string | null): boolean {
  if (!own || symbolOf(number) !== symbolOf(own)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return ANNEXED_TO.test(text.slice(Math.max(lineStart, start - 30), start));
}

/**
 * The document's own number as an annex's heading prints it ("Kèm theo Công văn số 5689/BCA-C04"),
 * for a header whose number blank was not read (`ownNumber` without its digits), with where it stands.
 */
export function ownNumberFromAnnex(doc: NormalizedDocument, ownNumber: string): { number: string; span: [number, number] } | null {
  const own = canonicalNumber(ownNumber);
  for (const m of matchesAfterLookBehind(doc.text, TYPED_MENTION)) {
    for (const number of mentionNumbers(m.groups!.numbers!)) {
      if (/^\d/.test(number) && namesItselfAsAnnexed(doc.text, m.index, number, own)) return { number, span: [m.index, m.index + m[0].length] };
    }
  }
  return null;
}

/**
 * "… số 1234/QĐ-UBND và Quyết định số 1235/QĐ-UBND cùng ngày 5/12/2024 của UBND tỉnh": the mentions
 * listed before one dated "cùng ngày" take its date and issuer (mentions in text order).
 */
function shareListedDates(text: string, mentions: Mention[]): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const last = mentions[i]!;
    if (!last.date || !SHARED_DATE_AFTER.test(text.slice(last.end, last.end + 20))) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = mentions[j]!;
      if (earlier.date || earlier.issuer || !BETWEEN_LISTED_MENTIONS.test(text.slice(earlier.end, mentions[j + 1]!.start))) break;
      earlier.date = last.date;
      earlier.issuer = last.issuer;
    }
  }
  // Documents of one type and one issuer's symbol listed each with its own date: the issuer written
  // after the last names them all (the symbol's issuer codes say it is the same body).
  // A number's issuer codes, joined ("BCA-C04" of "1095/BCA-C04"), or "" when it has none.
  const codesOf = new Map<string, string>();
  const issuerCodesOf = (number: string): string => {
    let codes = codesOf.get(number);
    if (codes === undefined) codesOf.set(number, (codes = parseDocumentNumber(number)?.issuerCodes.join('-') ?? ''));
    return codes;
  };
  for (let i = mentions.length - 1; i > 0; i--) {
    const last = mentions[i]!;
    const codes = last.issuer && last.number ? issuerCodesOf(last.number) : '';
    if (!codes) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = mentions[j]!;
      if (earlier.issuer || earlier.type !== last.type || !earlier.number || issuerCodesOf(earlier.number) !== codes || !LISTED_WITH_OWN_DATE.test(text.slice(earlier.end, mentions[j + 1]!.start))) break;
      earlier.issuer = last.issuer;
    }
  }
}

/** A name set all in capitals over three words at least, as a title prints it (an abbreviation alone is not). */
function inTitleCapitals(name: string): boolean {
  return isUpperLine(name) && name.split(' ').length >= 3;
}


export function extractCitations(doc: NormalizedDocument, ownNumber: string | null): CitationField[] {
  // On a scan a speck between two small letters is read as a stop or a comma ("Nghị,quyết"): the
  // space it stands for (one character for one, so every place in the text stays where it is).
  const text = doc.source.ocr ? doc.text.replace(SPECK_BETWEEN_LETTERS, ' ') : doc.text;
  const own = ownNumber ? canonicalNumber(ownNumber) : null;
  // A PDF's or a scan's lines end at the page's width; a DOCX's or a text file's are paragraphs.
  const paragraphLines = doc.source.format !== 'pdf' && doc.source.format !== 'image' && !doc.source.ocr;
  const mentions: Mention[] = [];
  const covered: Array<[number, number]> = [];

  for (const m of matchesAfterLookBehind(text, TYPED_MENTION)) {
    const g = m.groups!;
    const numbers = mentionNumbers(g.numbers!, g.lawType !== undefined);
    const start = m.index;
    let end = start + m[0].length;
    const completed = completedAcrossLine(text, end, numbers.at(-1)!);
    if (completed) {
      numbers[numbers.length - 1] = completed.number;
      end = completed.end;
    }
    const repaired = doc.source.ocr ? completedMisreadCode(text, end, numbers.at(-1)!) : null;
    if (repaired) {
      numbers[numbers.length - 1] = repaired.number;
      end = repaired.end;
    }
    const type = canonicalType((g.lawType ?? g.type)!);
    let { iso: isoAfter, end: dateEnd } = dateAfter(text, end, isLawType(type));
    const iso = isoAfter ?? dateBefore(text, start);
    // "Văn bản số 477/BCA-H01 ngày 04/02/2026 và 1095/BCA-C04 ngày 19/3/2026 của Bộ Công an": more
    // numbers of the type, each with its own date, the issuer after the last one for them all.
    const dated: Array<{ number: string; date: string | null; at: [number, number] }> = numbers.map((number) => ({ number, date: iso, at: [start, end] }));
    for (let next = isoAfter ? NUMBER_AFTER_DATE.exec(text.slice(dateEnd, dateEnd + 80)) : null; next; next = isoAfter ? NUMBER_AFTER_DATE.exec(text.slice(dateEnd, dateEnd + 80)) : null) {
      const at: [number, number] = [dateEnd + next[0].length - next[1]!.length, dateEnd + next[0].length];
      ({ iso: isoAfter, end: dateEnd } = dateAfter(text, at[1]));
      dated.push({ number: canonicalNumber(next[1]!), date: isoAfter, at });
      covered.push(at);
    }
    const issuer = issuerAfter(text, dateEnd);
    const relation = relationBefore(text, start);
    const lawName = isLawType(type) && g.name?.trim() ? squash(`${type} ${g.name}`) : null;
    for (const { number, date, at } of dated) {
      if (number === own || namesItselfAsAnnexed(text, start, number, own)) continue;
      mentions.push({ start: at[0], end: at[1], type, number, name: lawName, date, issuer, relation, ...(repaired && number === repaired.number ? { unsure: true } : {}) });
    }
    covered.push([start, end]);
  }

  // "Quyết định số 984 của Bộ Công an": a type and a number without its symbol, dated or issued.
  for (const m of matchesAfterLookBehind(text, TYPED_DIGITS)) {
    const start = m.index;
    if (covered.some(([s, e]) => start < e && start + m[0].length > s)) continue;
    const end = start + m[0].length;
    const type = canonicalType(m.groups!.type!);
    const { iso, end: dateEnd } = dateAfter(text, end);
    mentions.push({ start, end, type, number: m.groups!.number!, name: null, date: iso, issuer: issuerAfter(text, dateEnd), relation: relationBefore(text, start) });
    covered.push([start, end]);
  }

  // "QĐ 75/QĐ-UBND": a number after its type's code; then "tại Đơn đề nghị hợp nhất số
  // 258/ĐĐN-ĐLS": a numbered document whatever words name it.
  for (const m of [...text.matchAll(CODED_TYPE_NUMBER), ...text.matchAll(LABELLED_NUMBER)]) {
    const start = m.index + m[0].length - m.groups!.number!.length;
    const repaired = doc.source.ocr ? completedMisreadCode(text, m.index + m[0].length, canonicalNumber(m.groups!.number!)) : null;
    const end = repaired?.end ?? m.index + m[0].length;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    const number = repaired?.number ?? canonicalNumber(m.groups!.number!);
    if (number === own) continue;
    // After a type's code the number must be whole and of that type ("QĐ 751/QĐ UB" is read no further than "751/QĐ").
    const code = m.groups!.code ? (TYPE_CODE_WITH_D.get(m.groups!.code) ?? m.groups!.code) : undefined;
    if (code && !numberOfType(number, code)) continue;
    const { iso, end: dateEnd } = dateAfter(text, end);
    const type = code ? docTypeByCode(code)!.name : typeOfNumber(number);
    mentions.push({ start, end, type, number, name: null, date: iso ?? dateBefore(text, m.index), issuer: issuerAfter(text, dateEnd), relation: relationBefore(text, m.index), ...(repaired ? { unsure: true } : {}) });
    covered.push([start, end]);
  }

  // "… Nghị định số - Biên bản kiểm tra⏎138/2024/NĐ-CP": a normative number, its type from its symbol.
  for (const m of text.matchAll(BARE_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const number = canonicalNumber(m.groups!.number!);
    if (!NORMATIVE_NUMBER.test(number) || number === own || covered.some(([s, e]) => start < e && end > s)) continue;
    const type = typeOfNumber(number);
    if (!type) continue;
    const { iso, end: dateEnd } = dateAfter(text, end);
    mentions.push({ start, end, type, number, name: null, date: iso, issuer: issuerAfter(text, dateEnd), relation: relationBefore(text, start) });
    covered.push([start, end]);
  }

  // The names of bills, whose every mention (a table of the programme's bills too) is no citation.
  const bills = new Set<string>();
  // A bill's description in brackets after its name names the laws it replaces: part of the bill.
  const billBrackets: Array<[number, number]> = [];
  const addBill = (name: string, start: number, listed = true) => {
    if (listed) bills.add(name.toLocaleLowerCase('vi'));
    const bracket = bracketAfter(text, start + name.length);
    if (bracket) billBrackets.push(bracket);
  };
  const lawStarts = [...[...text.matchAll(LAW_START)].map((m) => ({ start: m.index, small: false })), ...[...matchesAfterLookBehind(text, LAW_START_SMALL)].map((m) => ({ start: m.index, small: true }))].sort((a, b) => a.start - b.start);
  for (const { start, small } of lawStarts) {
    if (covered.some(([s, e]) => start >= s && start < e) || billBrackets.some(([s, e]) => start >= s && start < e)) continue;
    const before = text.slice(Math.max(0, start - 1500), start);
    if (LISTED_IN_AMENDING_NAME.test(before)) continue;
    const name = readLawName(text, start, paragraphLines);
    // A bill named after "dự án"/"dự thảo" in a sentence: its description is no citation; the law
    // of the same name cited elsewhere (the one the bill revises) still is.
    if (BILL_BEFORE.test(before)) {
      if (name) addBill(name, start, false);
      continue;
    }
    if (!name) continue;
    const end = start + name.length;
    // A bill named again (a table of the programme's bills: the cell holds its name alone) is the bill.
    const lineEnd = text.indexOf('\n', start);
    const cell = squash(text.slice(start, lineEnd < 0 ? text.length : lineEnd)).replace(/[;,.]$/u, '').toLocaleLowerCase('vi');
    if (bills.has(name.toLocaleLowerCase('vi')) || bills.has(cell)) {
      addBill(name, start);
      covered.push([start, end]);
      continue;
    }
    // A named law followed by its number is a typed mention already (as are the laws its name lists).
    if (NUMBER_FOLLOWS.test(text.slice(end, end + 24)) || (AMENDING_LAW.test(name.replace(LAW_NAME_HEAD, '')) && (LAW_NUMBER_NEAR.test(text.slice(end, end + 80)) || listedLawsUpToNumber(text, end)))) {
      // The numbered mention read by its label alone is this law: it takes the law's type and name.
      // The first number after the name is its own: one further on is another document's.
      const next = mentions.filter((x) => x.number && x.end > end).reduce<Mention | null>((a, x) => (!a || x.end < a.end ? x : a), null);
      const numbered = next && next.start >= end && next.start <= end + 80 && !next.name && !isLawType(next.type ?? '') ? next : null;
      if (numbered) {
        numbered.type = LAW_TYPE_NAMES.find((law) => law !== LAW_TYPE.name && name.toLocaleLowerCase('vi').startsWith(law.toLocaleLowerCase('vi'))) ?? LAW_TYPE.name;
        numbered.name = name;
      }
      covered.push([start, end]);
      continue;
    }
    // Its number in brackets after it: the numbered mention is the law, and takes its name.
    const bracketed = NUMBER_IN_BRACKET_AFTER.exec(text.slice(end, end + 200));
    const numbered = bracketed && mentions.find((x) => x.number === canonicalNumber(bracketed[1]!) && x.start > end);
    if (numbered) {
      numbered.name ??= name;
      continue;
    }
    const { iso } = dateAfter(text, end, true);
    // A law named as an item of a list of bills ("… đối với 02 dự án:" / "1. Luật …") is a bill.
    if (!iso && isListedBill(text, start)) {
      addBill(name, start);
      covered.push([start, end]);
      continue;
    }
    const type = LAW_TYPE_NAMES.find((law) => law !== LAW_TYPE.name && name.toLocaleLowerCase('vi').startsWith(law.toLocaleLowerCase('vi'))) ?? LAW_TYPE.name;
    mentions.push({ start, end, type, number: null, name, date: iso, issuer: null, relation: relationBefore(text, start), ...(small && !iso ? { unsure: true } : {}) });
    covered.push([start, end]);
  }

  // The date after an amending law's name that lists the laws it amends with their numbers is the
  // amending law's ("… và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024"), not
  // the last amended law's.
  for (const amending of mentions) {
    if (amending.number || !amending.date || !amending.name || !AMENDING_LAW.test(amending.name.replace(LAW_NAME_HEAD, ''))) continue;
    for (const inner of mentions) {
      if (inner.number && inner.start >= amending.start && inner.end <= amending.end && inner.date === amending.date) inner.date = null;
    }
  }

  mentions.sort((a, b) => a.start - b.start);
  if (bills.size > 0) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!m.number && m.name && bills.has(m.name.toLocaleLowerCase('vi'))) mentions.splice(i, 1);
    }
  }
  shareListedDates(text, mentions);

  // Resolve: one citation per number (or law name); the first full mention gives the details.
  const byKey = new Map<string, CitedEntry>();
  /** The citation under `key` is `target` read or written otherwise: its mentions become the target's. */
  const foldInto = (key: string, target: CitedEntry) => {
    target.mentions.push(...byKey.get(key)!.mentions);
    byKey.delete(key);
  };
  for (const mention of mentions) {
    const key = mention.number ?? `law:${mention.name!.toLocaleLowerCase('vi')}`;
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { first: mention, mentions: [[mention.start, mention.end]] });
      continue;
    }
    entry.mentions.push([mention.start, mention.end]);
    entry.first.date ??= mention.date;
    // An issuer in a title set in capitals has lost its name's own capitals: a later mention's writing is taken.
    if (!entry.first.issuer || (mention.issuer && inTitleCapitals(entry.first.issuer) && !isUpperLine(mention.issuer))) entry.first.issuer = mention.issuer ?? entry.first.issuer;
    entry.first.name ??= mention.name;
  }
  // Bare numbers ("(Chỉ thị số 28/CT-TTg)" already typed; "số 28/CT-TTg") add mentions to known ones.
  for (const m of text.matchAll(BARE_NUMBER)) {
    const entry = byKey.get(canonicalNumber(m.groups!.number!));
    if (entry && !entry.mentions.some(([s, e]) => m.index >= s && m.index < e)) entry.mentions.push([m.index, m.index + m[0].length]);
  }

  // A number OCR read with its type code one letter off ("37/HID-BCA-C04" beside "37/HD-BCA-C04"):
  // no type has that code, and the same running number and issuer codes are cited with the real one.
  for (const [key, entry] of byKey) {
    const misread = key.startsWith('law:') ? null : parseDocumentNumber(key);
    if (!misread?.typeCode || !misread.seq || docTypeByCode(misread.typeCode)) continue;
    const same = [...byKey.keys()].find((other) => {
      const real = other === key || other.startsWith('law:') ? null : parseDocumentNumber(other);
      return !!real?.typeCode && real.seq === misread.seq && docTypeByCode(real.typeCode) !== undefined && real.issuerCodes.join('-') === misread.issuerCodes.join('-') && levenshtein(real.typeCode, misread.typeCode!) === 1;
    });
    if (same) foldInto(key, byKey.get(same)!);
  }

  // On a scan, a running number read with a digit more or less ("285/QĐ-TTg" for the "28/QĐ-TTg"
  // printed on the other pages: a speck read as a digit), with the same symbol, date and issuer as a
  // number the document cites more often: one document, as the reading printed more often has it.
  // (A digit changed is left: one body signs consecutive numbers on one day, 1743 and 1744; numbers
  // as far apart as 28 and 285 it does not.)
  if (doc.ocr) {
    for (const [key, entry] of byKey) {
      const read = key.startsWith('law:') ? null : parseDocumentNumber(key);
      if (!read?.seq || !entry.first.date) continue;
      const same = [...byKey.entries()].find(([other, e]) => {
        if (other === key || other.startsWith('law:') || e.mentions.length <= entry.mentions.length || e.first.date !== entry.first.date || e.first.issuer !== entry.first.issuer) return false;
        const real = parseDocumentNumber(other);
        return !!real?.seq && real.symbol === read.symbol && real.seq.length !== read.seq!.length && levenshtein(real.seq, read.seq!) === 1;
      });
      if (same) foldInto(key, same[1]);
    }
  }

  // A misprinted repeat of a normative number without its type code ("Thông tư số 69/2022/BTC" after
  // "69/2022/TT-BTC"): same running number, year and issuer codes, cited as the same type.
  const parsedKeys = new Map([...byKey.keys()].filter((key) => !key.startsWith('law:')).map((key) => [key, parseDocumentNumber(key)] as const));
  const withTypeCode = new Map<string, string>();
  for (const [key, parsed] of parsedKeys) {
    if (parsed?.typeCode && parsed.seq && parsed.year !== null) withTypeCode.set(`${parsed.seq}/${parsed.year}/${parsed.issuerCodes.join('-')}|${byKey.get(key)!.first.type}`, key);
  }
  for (const [key, short] of parsedKeys) {
    if (!short?.seq || short.year === null || short.typeCode) continue;
    const entry = byKey.get(key)!;
    const same = withTypeCode.get(`${short.seq}/${short.year}/${short.issuerCodes.join('-')}|${entry.first.type}`);
    if (same) foldInto(key, byKey.get(same)!);
  }

  // A normative number read cut short, its type and issuer codes one code that names neither a type
  // nor a body, or its type's alone, ("Thông tư liên tịch số 206/2010/TT1 .T-BTC-…" of a scan's text beside "206/2010/TTLT-BTC-…"):
  // the one number of the same running number, year and type the document cites whole.
  for (const [key, short] of parsedKeys) {
    if (!short?.seq || short.year === null || short.typeCode || short.issuerCodes.length !== 1 || !byKey.has(key)) continue;
    const code = short.issuerCodes[0]!;
    // (A legislature's code with its term, "QH13", is a body's.) A type's code is read up to where
    // its issuer's codes were cut off ("13/2020/TT BTC", "156/2020/NĐ-CPngày"): it is the whole one's type.
    const misread = !BODY_CODES[code.replace(/\d+$/u, '')] && !docTypeByCode(code);
    const entry = byKey.get(key)!;
    const whole = [...parsedKeys].filter(([other, parsed]) => other !== key && byKey.has(other) && parsed?.typeCode && (misread || parsed.typeCode === code) && parsed.seq === short.seq && parsed.year === short.year && byKey.get(other)!.first.type === entry.first.type);
    if (whole.length !== 1) continue;
    const target = byKey.get(whole[0]![0])!;
    target.first.date ??= entry.first.date;
    target.first.issuer ??= entry.first.issuer;
    foldInto(key, target);
  }

  // A law's name cut short at a comma or "và" of its own name ("Luật Cán bộ, công⏎…", "Luật Tiêu
  // chuẩn và quy chuẩn kỹ thuật" read up to "và") is the law the document cites in full elsewhere,
  // by name or with its number.
  for (const [key, entry] of byKey) {
    if (!key.startsWith('law:')) continue;
    const short = key.slice(4);
    const full = [...byKey.values()].find((other) => {
      const name = other !== entry && isLawType(other.first.type ?? '') ? other.first.name?.toLocaleLowerCase('vi') : undefined;
      return !!name && name.startsWith(short) && (LAW_NAME_GOES_ON.test(name.slice(short.length)) || goesOnAs(text, entry.first.end, name.slice(short.length)));
    });
    if (full) foldInto(key, full);
  }

  // A law cited once with its number and elsewhere by name alone is one citation, also where one of
  // the two prints the name with a "và" or comma left out or a tone mark wrong ("Luật Phi và lệ phí số
  // 97/2015/QH13" beside "Luật Phí và lệ phí"): no two laws' names differ so little.
  for (const [key, entry] of byKey) {
    if (!key.startsWith('law:')) continue;
    const numbered = [...byKey.values()].find((e) => e.first.number && e.first.name && lawNameKey(e.first.name) === lawNameKey(key.slice(4)));
    if (numbered) foldInto(key, numbered);
  }

  // An amending law named by the law it amends and its year ("Luật sửa đổi, bổ sung một số điều của
  // Luật X năm 2020") is the one law of that year the document cites by number as amending X ("Luật X
  // số … được sửa đổi, bổ sung bởi Luật số 54/2014/QH13, Luật số 67/2020/QH14, …").
  for (const [key, entry] of byKey) {
    const amended = key.startsWith('law:') && entry.first.date ? AMENDING_LAW_OF.exec(entry.first.name ?? '')?.[1]?.toLocaleLowerCase('vi') : undefined;
    if (!amended) continue;
    const year = Number(entry.first.date!.slice(0, 4));
    const amending = new Set<CitedEntry>();
    for (const law of byKey.values()) {
      if (law === entry || law.first.name?.toLocaleLowerCase('vi') !== amended) continue;
      for (const [start] of law.mentions) {
        const stop = text.slice(start, start + 2000).search(CLAUSE_END_OF_LIST);
        const clause: [number, number] = [start, stop < 0 ? Math.min(text.length, start + 2000) : start + stop];
        if (!AMENDED_BY_CLAUSE.test(text.slice(...clause))) continue;
        for (const other of byKey.values()) {
          const parsed = other !== law && other.first.number && isLawType(other.first.type ?? '') ? parseDocumentNumber(other.first.number) : null;
          if (parsed?.year === year && other.mentions.some(([s]) => s > clause[0] && s < clause[1])) amending.add(other);
        }
      }
    }
    if (amending.size === 1) foldInto(key, [...amending][0]!);
  }

  return [...byKey.values()].map(({ first, mentions: spans }) => ({
    type: first.type ?? GENERIC_CITED_TYPE,
    number: first.number,
    name: first.name,
    date: first.date,
    issuer: first.issuer,
    relation: first.relation,
    mentions: spans.sort((a, b) => a[0] - b[0]),
    confidence: first.unsure ? 0.5 : first.number ? (first.date ? 0.95 : 0.85) : 0.7,
  }));
}
