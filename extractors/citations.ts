import { CITATION_TYPE_NAMES } from '../data/doc-types.js';
import { CITED_NUMBER as NUMBER } from '../data/symbols.js';
import { canonicalNumber } from '../pipeline/core/text/number.js';
import type { NormalizedDocument } from '../pipeline/core/model.js';
import type { CitationField } from '../pipeline/core/record.js';
import { squash } from './common.js';
import { escapeRegExp } from '../data/regexp.js';
import { findDate, isoOrYear } from './dates.js';

/**
 * Cited documents, in the manner of eyecite: find every mention (type + number, or a law by name),
 * read its date and issuer from what follows, its relation from what precedes, then resolve short
 * later mentions to the full citation by canonical number.
 */

/**
 * Type names with either case of their first letter ("văn bản số …" mid-sentence), or all in
 * capitals (a title: "TRIỂN KHAI CHỈ THỊ SỐ 03-CT/TW"), their words free to wrap onto the next
 * line as PDFs do ("Nghị\nquyết số 35/NQ-CP").
 */
function typeNamesPattern(names: string[]): string {
  return names
    .flatMap((t) => [`[${t[0]}${t[0]!.toLocaleLowerCase('vi')}]${escapeRegExp(t.slice(1))}`, escapeRegExp(t.toLocaleUpperCase('vi'))])
    .map((pattern) => pattern.replace(/ /g, '\\s+'))
    .join('|');
}
const LAW_TYPES = /^(?:Luật|Bộ luật|Pháp lệnh)$/iu;
const TYPES = typeNamesPattern(CITATION_TYPE_NAMES);
/** Only laws carry a name between type and number ("Luật Tổ chức Chính phủ số 63/2025/QH15"). */
const LAW_TYPE_NAMES = typeNamesPattern(CITATION_TYPE_NAMES.filter((t) => LAW_TYPES.test(t)));
const OTHER_TYPE_NAMES = typeNamesPattern(CITATION_TYPE_NAMES.filter((t) => !LAW_TYPES.test(t)));

/** "Chỉ thị số 03-CT/TW", "Quyết định 1797/QĐ-TTg", "Luật Tổ chức Chính phủ số 63/2025/QH15", "các Quyết định số: 1743/QĐ-BGTVT, 1744/QĐ-BGTVT". */
const TYPED_MENTION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<lawType>${LAW_TYPE_NAMES})(?<name>(?:\s+(?!số|sổ|SỐ)[\p{Lu}][\p{L}]*(?:,?\s+[\p{L}]+){0,10}?)?)|(?<type>${OTHER_TYPE_NAMES}))\s*(?:(?:số|sổ|SỐ)\s*:?\s*)?(?<numbers>(?:${NUMBER})(?:\s*(?:,|và)\s*(?:${NUMBER}))*)(?![\p{L}\p{N}])`,
  'gu',
);

/** A number mentioned without its type ("số 28/CT-TTg") — resolved only if typed elsewhere. */
const BARE_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}/\-])(?<number>${NUMBER})(?![\p{L}\p{N}])`, 'gu');

/** Where a law's name may start: "Luật Tổ chức chính quyền địa phương", "Luật sửa đổi, bổ sung …". */
const LAW_START = /(?<![\p{L}])(?:Bộ luật|Luật|Pháp lệnh)\s+(?=\p{Lu}|sửa đổi)/gu;
/** Words that end a law's name: dates, numbers and the verbs and prepositions of the sentence. */
const LAW_NAME_STOP = new Set(
  'ngày số năm về và được thì có đã theo tại trong khi để như thuộc của này đó các với cho là mà không hiện nêu trên sau từ đến hoặc nhưng phải cũng do bởi'.split(' '),
);
/** Two-word verbs that end a law's name although each word alone may belong to one. */
const STOP_PAIRS = new Set(['quy định', 'hướng dẫn', 'ban hành', 'sửa đổi']);
const NAME_BEFORE_DATE = /^(\p{Lu}[^;:.()“”"\d]{1,140}?),?\s+(?:ngày\s+\d|năm\s+\d{4}|số\s+\d)/u;
const AMENDING_LAW = /^sửa đổi, bổ sung (?:một số điều )?của (?:các )?/u;

/** Reads a law's name at `at` ("Luật Điện lực", "Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y"). */
export function readLawName(text: string, at: number): string | null {
  const head = /^(?:Bộ luật|Luật|Pháp lệnh)\s+/u.exec(text.slice(at))![0];
  const rest = text.slice(at + head.length, at + head.length + 300).replace(/\s+/gu, ' ');
  const prefix = head.trim();
  const amending = AMENDING_LAW.exec(rest);
  if (amending) {
    const inner = /^(?:Bộ luật|Luật)\s+/u.exec(rest.slice(amending[0].length)) ? readLawName(rest, amending[0].length) : null;
    if (!inner) return null;
    let name = `${prefix} ${amending[0]}${inner}`;
    const and = new RegExp(`^${escapeRegExp(inner)}\\s+và\\s+(?=Luật\\s+\\p{Lu})`, 'u').exec(rest.slice(amending[0].length));
    if (and) {
      const second = readLawName(rest, amending[0].length + and[0].length);
      if (second) name = `${name} và ${second}`;
    }
    return name;
  }
  // A name followed by its date or number runs up to it, small words included ("Pháp lệnh Ưu đãi
  // người có công với cách mạng ngày 09/12/2020"), as long as it names one law and holds no verb.
  const dated = NAME_BEFORE_DATE.exec(rest);
  if (dated && dated[1]!.split(' ').length <= 16 && !/(?<![\p{L}])(?:Luật|Bộ luật|Pháp lệnh)(?![\p{L}])/u.test(dated[1]!)
    && ![...STOP_PAIRS].some((verb) => dated[1]!.includes(verb))) {
    return `${prefix} ${dated[1]}`;
  }
  const words: string[] = [];
  for (const word of rest.split(' ')) {
    const bare = word.replace(/[,.;:()“”"]+$/u, '');
    if (!bare || LAW_NAME_STOP.has(bare) || /^\d/.test(bare) || /^[(“"]/.test(word)) break;
    if (STOP_PAIRS.has(`${words[words.length - 1] ?? ''} ${bare}`)) {
      words.pop(); // "… quy định", "… hướng dẫn": the verb, not the name
      break;
    }
    words.push(bare);
    if (bare !== word || words.length >= 10) break;
  }
  return words.length ? `${prefix} ${words.join(' ')}` : null;
}

const DATE_AFTER = /^\s*,?\s*(?:ban hành\s+)?(?:ngày|ngay)\s*/iu;
/** A line break before a section or list marker ("I. MỤC ĐÍCH", "2.", "a)", "- "). */
const NEW_ITEM_LINE = /\n(?=[ \t]*(?:(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)][ \t]|[-+•–][ \t]))/u;
const YEAR_AFTER = /^\s*,?\s*năm\s+((?:19|20)\d{2})(?!\d)/u;
const ISSUER_AFTER = /^\s*,?\s*(?:của|do)\s+/iu;
/** Words that end an issuer name ("… của Ban Bí thư về …", "… của Thủ tướng Chính phủ hướng dẫn …"). */
const ISSUER_END = new RegExp(
  String.raw`\s+(?:về|V\/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bổ sung|thực hiện|triển khai|tại|trong|đối với|nhằm|để|theo|gửi|đã|được|đến|cho|trên|có|là|giao|với|tiếp tục|khóa|khoá|thì|liên quan|như|(?:và\s+)?(?:${TYPES})\s+(?:số|\d))(?![\p{L}\p{N}])|\s*[;,.(:]|\s*$`,
  'u',
);

const RELATIONS: Array<[RegExp, CitationField['relation']]> = [
  [/(?<![\p{L}\p{N}])(?:bãi bỏ|hủy bỏ|huỷ bỏ)(?![\p{L}\p{N}])/iu, 'repeals'],
  [/(?<![\p{L}\p{N}])(?:thay thế)(?![\p{L}\p{N}])/iu, 'replaces'],
  [/(?<![\p{L}\p{N}])(?:sửa đổi|bổ sung)(?![\p{L}\p{N}])/iu, 'amends'],
  [/(?<![\p{L}\p{N}])căn cứ(?![\p{L}\p{N}])/iu, 'pursuant'],
  [/(?<![\p{L}\p{N}])(?:thực hiện|triển khai|thi hành)(?![\p{L}\p{N}])/iu, 'implements'],
];

/** Type names as they should read in the output ("Thông báo Kết luận" is a Thông báo). */
function canonicalType(printed: string): string {
  const t = squash(printed);
  if (/^Thông báo kết luận$/iu.test(t)) return 'Thông báo';
  if (/^Chương trình hành động$/iu.test(t)) return 'Chương trình';
  const listed = CITATION_TYPE_NAMES.find((name) => name.toLocaleLowerCase('vi') === t.toLocaleLowerCase('vi')) ?? t;
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

/** A clause after ";" that is just the next item of a list of cited documents. */
const LIST_CONTINUATION = /^\s*(?:và|cùng|,)?\s*$/u;
const LIST_ITEM = new RegExp(`^\\s*(?:và|cùng|,)?\\s*(?:${TYPES})(?![\\p{L}])`, 'u');

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

function issuerAfter(text: string, at: number): string | null {
  // Lines wrap anywhere in PDFs: read the tail as one line, up to a line that opens a new item.
  const tail = text.slice(at, at + 260).split(NEW_ITEM_LINE)[0]!.replace(/\s+/gu, ' ');
  const lead = ISSUER_AFTER.exec(tail);
  if (!lead) return null;
  let rest = tail.slice(lead[0].length);
  // Keep a quoted campaign name inside the issuer ("Ban Chỉ đạo Cuộc vận động “…” tỉnh Cao Bằng").
  const quoted: string[] = [];
  rest = rest.replace(/“[^”]{1,120}”/gu, (q) => {
    quoted.push(q);
    return `\u0000${quoted.length - 1}\u0000`;
  });
  const end = ISSUER_END.exec(rest);
  let issuer = end ? rest.slice(0, end.index) : rest;
  issuer = issuer.replace(/\u0000(\d+)\u0000/g, (_, i) => quoted[Number(i)]!);
  issuer = squash(issuer);
  if (!issuer || !/^[\p{Lu}]|^(?:ban|bộ|sở|ủy|uỷ)(?![\p{L}\p{N}])/u.test(issuer) || issuer.split(' ').length > 22) return null;
  return issuer;
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
}

export function extractCitations(doc: NormalizedDocument, ownNumber: string | null): CitationField[] {
  const text = doc.text;
  const own = ownNumber ? canonicalNumber(ownNumber) : null;
  const mentions: Mention[] = [];
  const covered: Array<[number, number]> = [];

  for (const m of text.matchAll(TYPED_MENTION)) {
    const g = m.groups!;
    const numbers = g.numbers!.split(/\s*(?:,|và)\s*/u).map(canonicalNumber);
    const start = m.index;
    const end = start + m[0].length;
    const type = canonicalType((g.lawType ?? g.type)!);
    const { iso, end: dateEnd } = dateAfter(text, end, LAW_TYPES.test(type));
    const issuer = issuerAfter(text, dateEnd);
    const relation = relationBefore(text, start);
    const lawName = LAW_TYPES.test(type) && g.name?.trim() ? squash(`${type} ${g.name}`) : null;
    for (const number of numbers) {
      if (number === own) continue;
      mentions.push({ start, end, type, number, name: lawName, date: iso, issuer, relation });
    }
    covered.push([start, end]);
  }

  for (const m of text.matchAll(LAW_START)) {
    const start = m.index;
    if (covered.some(([s, e]) => start >= s && start < e)) continue;
    const name = readLawName(text, start);
    if (!name) continue;
    const end = start + name.length;
    // A named law followed by its number is a typed mention already.
    if (/^\s*(?:số\s*)?\d/u.test(text.slice(end, end + 8))) continue;
    const { iso } = dateAfter(text, end, true);
    const type = /^(?:Bộ luật|Pháp lệnh)/u.exec(name)?.[0] ?? 'Luật';
    mentions.push({ start, end, type, number: null, name, date: iso, issuer: null, relation: relationBefore(text, start) });
    covered.push([start, end]);
  }

  // Resolve: one citation per number (or law name); the first full mention gives the details.
  const byKey = new Map<string, { first: Mention; mentions: Array<[number, number]> }>();
  for (const mention of mentions.sort((a, b) => a.start - b.start)) {
    const key = mention.number ?? `law:${mention.name!.toLocaleLowerCase('vi')}`;
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { first: mention, mentions: [[mention.start, mention.end]] });
      continue;
    }
    entry.mentions.push([mention.start, mention.end]);
    entry.first.date ??= mention.date;
    entry.first.issuer ??= mention.issuer;
    entry.first.name ??= mention.name;
  }
  // Bare numbers ("(Chỉ thị số 28/CT-TTg)" already typed; "số 28/CT-TTg") add mentions to known ones.
  for (const m of text.matchAll(BARE_NUMBER)) {
    const entry = byKey.get(canonicalNumber(m.groups!.number!));
    if (entry && !entry.mentions.some(([s, e]) => m.index >= s && m.index < e)) entry.mentions.push([m.index, m.index + m[0].length]);
  }

  // A law cited once with its number and elsewhere by name alone is one citation.
  for (const [key, entry] of byKey) {
    if (!key.startsWith('law:')) continue;
    const numbered = [...byKey.values()].find((e) => e.first.number && e.first.name?.toLocaleLowerCase('vi') === key.slice(4));
    if (numbered) {
      numbered.mentions.push(...entry.mentions);
      byKey.delete(key);
    }
  }

  return [...byKey.values()].map(({ first, mentions: spans }) => ({
    type: first.type ?? 'Văn bản',
    number: first.number,
    name: first.name,
    date: first.date,
    issuer: first.issuer,
    relation: first.relation,
    mentions: spans.sort((a, b) => a[0] - b[0]),
    confidence: first.number ? (first.date ? 0.95 : 0.85) : 0.7,
  }));
}
