import { ADDRESSED_LEAD, ASSIGNING_VERB, ASSIGNMENT_OPENING, ATTENDANCE_REQUEST, BASIS_OPENING, COURTESY_REQUEST, DEFINITION, GENERIC_DUTY, INPUT_REQUEST, NARRATED_SUBJECT, NOT_GIVEN_HERE, OPENING_ADVERBIAL, PURPOSE_BEFORE, QUALIFIED_NOUN, REGULATED_PARTY, RESPONSIBILITY, RESPONSIBLE_FOR, SENTENCE_END } from '../../data/tasks.js';
import type { Line } from '../../pipeline/core/model.js';
import { squash } from '../common.js';
import { markerIn } from '../sections.js';
import { deadlineOf, leadsIn, looksLikeAgency, subjectOf } from './reading.js';

/**
 * Sentences that assign by their verb ("Giao Sở …", "Đề nghị …", "… có trách nhiệm …"), and
 * the sentences of lines that a page wrapped.
 */

const ASSIGNING_VERBS = new RegExp(ASSIGNING_VERB.source, 'gu');

/**
 * The lead of a sentence that assigns work by its verb ("Giao Sở Tư pháp chủ trì …", "Chủ tịch
 * Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu …", "Đề nghị quý cơ quan …"); null when the
 * text assigns nothing, tells of an assignment made elsewhere ("trong đó, giao …", "đã giao"),
 * sets a condition ("nếu …, đề nghị"), or only asks politely or upward without a deadline.
 */
export function assignedIn(text: string, deadlineSet: boolean | (() => boolean) = false): string[] | null {
  const whole = squash(text);
  const dated = typeof deadlineSet === 'function' ? deadlineSet : () => deadlineSet;
  // (Remembered by the squashed sentence, as the task readers and the scorer's candidates both ask it; where the answer turned
  // on whether the request is dated, per that answer.)
  let known = ASSIGNED.get(whole);
  let lead = known?.any;
  let asked: boolean | undefined;
  if (lead === undefined && known) lead = (asked = dated()) ? known.dated : known.undated;
  if (lead === undefined) {
    lead = assignedOnce(whole, () => (asked ??= dated()));
    if (!known) {
      if (ASSIGNED.size >= 5_000) ASSIGNED.clear();
      ASSIGNED.set(whole, (known = {}));
    }
    if (asked === undefined) known.any = lead;
    else known[asked ? 'dated' : 'undated'] = lead;
  }
  return lead && [...lead];
}

/** assignedIn's answers by sentence: `any` where it did not turn on a date, else by whether one was set. */
const ASSIGNED = new Map<string, { any?: string[] | null; dated?: string[] | null; undated?: string[] | null }>();

function assignedOnce(whole: string, dated: () => boolean): string[] | null {
  const line = whole.replace(BASIS_OPENING, '$1');
  // (Found when a verb is met: most sentences have none.)
  let proposed: Array<[number, number]> | undefined;
  const shift = whole.length - line.length;
  for (const m of line.matchAll(ASSIGNING_VERBS)) {
    const before = line.slice(0, m.index);
    const clause = before.split(/[.;:!?]/u).pop()!;
    const near = clause.split(',').pop()!;
    if ((proposed ??= proposedSpans(whole)).some(([from, to]) => from < m.index + shift && m.index + shift < to)) continue;
    if (NOT_GIVEN_HERE.test(clause) || PURPOSE_BEFORE.test(near) || near.length > 100) continue;
    // A verb in quotation marks is quoted (a comment on a draft's "Giao Sở …"); one after a noun qualifies it.
    if (quoted(before) || QUALIFIED_NOUN.test(before)) continue;
    const rest = line.slice(m.index + m[0].length);
    const subject = subjectOf(rest);
    if (!subject) continue;
    const lead = leadsIn(subject);
    const first = lead[0];
    if (!first || !(looksLikeAgency(first) || (ADDRESSED_LEAD.test(first) && first.length < 90))) continue;
    // A lead cut out of a bracket ("… cấp tỉnh) và …") is no name.
    if (lead.some((name) => (name.match(/\(/gu)?.length ?? 0) !== (name.match(/\)/gu)?.length ?? 0))) continue;
    const duty = rest.slice(subject.length).trim();
    // (Whether the request is dated is asked only when a request needs it.)
    // Input is work only by a date.
    if (INPUT_REQUEST.test(duty) && !dated()) continue;
    // (A meeting's own time is no date for the invited: the request itself must set one, "… gửi danh sách trước ngày …".)
    if (ATTENDANCE_REQUEST.test(duty) && deadlineOf(duty) === null) continue;
    if (COURTESY_REQUEST.test(duty) || GENERIC_DUTY.test(duty)) continue;
    return lead;
  }
  return responsibleIn(line);
}

/**
 * Where a request asks someone to consider or approve ("đề nghị Ủy ban nhân dân tỉnh xem xét, giao …", "kính trình … phê
 * duyệt"): from its verb to the end of its clause, what it goes on to give is proposed, not given.
 */
function proposedSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of line.matchAll(ASSIGNING_VERBS)) {
    const rest = line.slice(m.index + m[0].length);
    const subject = subjectOf(rest);
    if (!subject || !COURTESY_REQUEST.test(rest.slice(subject.length).trim())) continue;
    const end = /[.;:!?]/u.exec(rest);
    spans.push([m.index, end ? m.index + m[0].length + end.index : line.length]);
  }
  return spans;
}

/** Whether text ends inside a quotation: more opening marks than closing ones, or an odd number of straight quotes. */
function quoted(before: string): boolean {
  const opened = before.match(/“/gu)?.length ?? 0;
  const closed = before.match(/”/gu)?.length ?? 0;
  return opened > closed || (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/**
 * The subject a sentence makes responsible for a duty ("Trong thời hạn 30 ngày …, Hội X có trách
 * nhiệm chuyển giao …"); null when it names no agency or only carries the decision out (that is
 * the execution clause, found as its own part).
 */
function responsibleIn(sentence: string): string[] | null {
  const m = RESPONSIBILITY.exec(sentence);
  if (!m || RESPONSIBLE_FOR.test(sentence)) return null;
  const before = sentence.slice(0, m.index);
  // Without the item marker it may open with ("Điều 4. ", "2. ", "- ").
  let subject = (markerIn(before)?.rest ?? before).replace(OPENING_ADVERBIAL, '');
  subject = subject.split(/[.;:!?]\s+/u).pop()!.replace(ASSIGNMENT_OPENING, '');
  // "Hiệp hội là tổ chức …, tự chịu trách nhiệm …" defines the body; it is given no duty.
  if (subject.length > 220 || NOT_GIVEN_HERE.test(subject) || NARRATED_SUBJECT.test(subject) || DEFINITION.test(subject)) return null;
  const lead = leadsIn(subject);
  // The persons a rule regulates ("Doanh nghiệp … có trách nhiệm công bố …") are bound by it, not given work.
  return lead[0] && looksLikeAgency(lead[0]) && !REGULATED_PARTY.test(lead[0]) ? lead : null;
}

/** A sentence of the body and its span in the document text. */
interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * The sentences of consecutive lines, with spans into the document text. A line break ends a
 * sentence where the line ends with its mark or stops short of the right margin (a heading, a
 * paragraph's last line); a line that runs to the margin was wrapped by the page and goes on in
 * the next. Without a margin (lines that are paragraphs already: DOCX, DOC) each line ends one.
 */
export function sentencesOf(lines: Line[], margin: number | null): Sentence[] {
  const sentences: Sentence[] = [];
  let open: Sentence | null = null;
  const filled = lines.filter((l) => l.text.trim());
  for (const [index, line] of filled.entries()) {
    let from = 0;
    const cut = (to: number) => {
      const piece = line.text.slice(from, to);
      if (piece.trim()) {
        if (open) open = { text: `${open.text} ${piece.trim()}`, start: open.start, end: line.start + to };
        else open = { text: piece.trim(), start: line.start + from + (piece.length - piece.trimStart().length), end: line.start + to };
      }
      from = to;
    };
    for (const m of line.text.matchAll(SENTENCE_END)) {
      cut(m.index + 1);
      if (open) sentences.push(open);
      open = null;
    }
    cut(line.text.length);
    // (Where too few lines show the margin, a short page's paragraph (margin Infinity): a line that ends without a stop and is
    // followed by one opening in a small letter runs on, as no sentence opens so: "… đơn vị tổ / chức kiểm điểm …"; a lettered
    // point "a) …" opens in one and is an item of its own.)
    const next = filled[index + 1];
    const runsOn = next !== undefined && /^\s*\p{Ll}/u.test(next.text) && !markerIn(next.text.trim());
    const wrapped = !/[.;:!?]\s*$/u.test(line.text) && (margin === Infinity ? runsOn : margin !== null && line.x + line.width >= margin);
    if (open && !wrapped) {
      sentences.push(open);
      open = null;
    }
  }
  if (open) sentences.push(open);
  return sentences;
}

/**
 * Where wrapped lines end: most lines of running text reach the right margin (PDF, scans, text
 * laid out by width). Null for lines that are paragraphs, which nothing wraps; Infinity for a page
 * with too few lines to show its margin (a one-paragraph letter), whose lines run on only into a
 * line that opens in a small letter (sentencesOf).
 */
export function wrapMargin(lines: Line[], paragraphs: boolean): number | null {
  if (paragraphs) return null;
  const rights = lines.filter((l) => l.column === 'full' && l.text.trim()).map((l) => l.x + l.width).sort((a, b) => a - b);
  if (rights.length < 5) return Infinity;
  const right = rights[Math.floor(rights.length * 0.9)]!;
  const left = lines.reduce((min, l) => Math.min(min, l.x), Infinity);
  // Ragged-right text stops up to a word short of the margin.
  return right - (right - left) * 0.12;
}
