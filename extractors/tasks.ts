import {
  ASSIGNING_ARTICLE,
  IMPLEMENTATION_HEADING,
  ITEMIZED_ASSIGNMENT_TYPES,
  MEASURES_HEADING,
} from '../data/sections.js';
import {
  ADDRESSED_LEAD,
  ASSIGNING_VERB,
  ASSIGNMENT_OPENING,
  ASSIGNING_LEAD_IN,
  COURTESY_REQUEST,
  DEADLINE,
  DEADLINE_LEAD_WORDS,
  INPUT_REQUEST,
  DEADLINE_LINE,
  PERIOD_DEADLINE,
  DEADLINE_LABEL,
  RELATIVE_DEADLINE,
  FREQUENCY,
  GENERIC_DUTY,
  LEAD_QUALIFIER,
  LEAD_SPLIT,
  DUTY_MODAL_END,
  NARRATED_SUBJECT,
  OFFICIAL_HEAD,
  PERSON_AFTER_COLON,
  NOT_GIVEN_HERE,
  OPENING_ADVERBIAL,
  RESPONSIBILITY,
  SENTENCE_END,
  TASK_TABLE_COLUMNS,
  LABELLED_LEAD,
  LABELLED_PARTNERS,
  LABELLED_TIME,
  LABEL_BREAK,
  BARE_UNIT_HEADING,
  CASE_HEADING,
  BASIS_WORDS,
  DEFINITION,
  LEAD_CELL_LABEL,
  ASKED_BY,
  PLURAL_WORD,
  QUALIFIED_NOUN,
  SELF_REFERENCE,
  LISTED_KIND,
  LISTED_KIND_OPENING,
  COMMENTS_SUMMARY,
  PURPOSE_BEFORE,
  REPLY_OPENING,
  NAMED_ABOVE,
  UNIT_RANKS,
  BASIS_OPENING,
  REPLY_BY_DATE,
  DUTIES_OF,
  CLOCK_TIME,
  CLAUSE_ASSIGNING_VERB,
  OPEN_AGENT,
  AGENT_VERB_END,
  PARTNERS_END,
  PARTNERS_OPENING,
  PROPOSING_TYPES,
  RESPONSIBLE_FOR,
  SUBJECT_END,
  PLACE_CLAUSE,
  UPWARD_HEADING,
  WORKING_BODY,
  COMMA_BEFORE_PLURAL,
  PLURAL_NAME,
} from '../data/tasks.js';
import { ADDRESSEE_LINE, RECIPIENTS_HEADING } from '../data/layout-patterns.js';
import type { Line } from '../pipeline/core/model.js';
import type { TaskField } from '../pipeline/core/record.js';
import { looksLikeAgency as looksLikeRegisteredAgency, splitAgencyList } from './agencies.js';
import { confidence, squash } from './common.js';
import { findDate } from './dates.js';
import { flattenSections, markerIn, ownText, sectionSpan, sectionText, type SectionNode } from './sections.js';

/**
 * Tasks: who must do what, by when. The assignment parts of the section tree are found by their
 * headings ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ"); each item there whose opening names an
 * agency is a task. Where a document has no such part, its "NHIỆM VỤ VÀ GIẢI PHÁP" part is used,
 * then the articles that assign work ("Giao …", "… chịu trách nhiệm thi hành"), then — for a
 * directive or a conclusion — its numbered items.
 */

export type TaskSource = TaskField['source'];

/**
 * Whether a name is a body work can be given to: an agency the register knows, or a working body
 * a plan or decision sets up for the task ("Tiểu ban Thông tin, tuyên truyền", "các Tổ bầu cử").
 */
function looksLikeAgency(name: string): boolean {
  return looksLikeRegisteredAgency(name) || WORKING_BODY.test(name);
}

/** The part of the subject an item opens with, before the colon or the first verb. */
function subjectOf(text: string): string | null {
  const subject = subjectIn(text.replace(ASSIGNMENT_OPENING, ''));
  // "Đoàn Luật sư tỉnh (mới) là tổ chức …" defines the body.
  if (subject === null || NARRATED_SUBJECT.test(subject.trim()) || DEFINITION.test(subject)) return null;
  // "Quyết định này có hiệu lực … ban hành. Chánh Văn phòng … chịu trách nhiệm thi hành": the last sentence.
  return subject.split(/[.!?]\s+(?=\p{Lu})/u).pop()!.replace(ASSIGNMENT_OPENING, '');
}

function subjectIn(body: string): string | null {
  const responsible = RESPONSIBLE_FOR.exec(body);
  if (responsible && responsible.index < 600) return body.slice(0, responsible.index);
  const colon = body.indexOf(':');
  const verb = verbAfterPlace(body);
  // "các sở: Nông nghiệp …, Xây dựng đôn đốc …": the bodies listed after the colon lead.
  if (colon > 0 && verb && colon < verb.index && verb.index < 300 && LISTED_KIND.test(body.slice(0, colon))) return body.slice(0, verb.index);
  if (colon > 0 && colon < 200 && (!verb || colon <= verb.index)) {
    // "Đơn vị chủ trì thực hiện: Sở Nội vụ" labels a lead; labelledTask reads it.
    if (PERSON_AFTER_COLON.test(body.slice(colon)) || [LABELLED_LEAD, LABELLED_PARTNERS, LABELLED_TIME].some((p) => p.test(body))) return null;
    return body.slice(0, colon);
  }
  if (verb && verb.index > 0 && verb.index < 220) return body.slice(0, verb.index);
  // A heading naming the agency, with its duties in the lines below.
  return body.length < 160 && !/[.;]$/u.test(body) ? body : null;
}

/** The verb ending a subject, past a place clause that belongs to the name. */
function verbAfterPlace(body: string): { index: number } | null {
  const place = PLACE_CLAUSE.exec(body);
  const before = nameEnd(body);
  if (!place || !before || before.index < place.index || place.index > 200) return before;
  const from = place.index + place[0].length;
  const after = SUBJECT_END.exec(body.slice(from));
  return after ? { index: from + after.index } : before;
}

/**
 * The first verb ending a subject, past a verb that only closes a name's comma-joined field
 * ("Tiểu ban Thông tin, tuyên truyền chủ trì …": "tuyên truyền" is the sub-committee's field, the
 * verb right after it is the duty's).
 */
function nameEnd(body: string): { index: number } | null {
  const m = SUBJECT_END.exec(body);
  if (!m || !/,$/u.test(body.slice(0, m.index))) return m;
  const from = m.index + m[0].length;
  const next = SUBJECT_END.exec(body.slice(from));
  return next && next.index === 0 ? { index: from + next.index } : m;
}

/** The bodies a lead names, one per body or official ("Chánh Văn phòng …, Giám đốc Công an tỉnh"). */
function leadsIn(subject: string): string[] {
  const names = splitAgencyList(subject.replace(LEAD_QUALIFIER, '').trim().replace(DUTY_MODAL_END, ''));
  // Semicolons, where the writer used them, already separate the bodies.
  // Semicolons, where the writer used them, already separate the bodies; officials stay apart in them.
  const leads = names
    .flatMap((name) => (!subject.includes(';') || OFFICIAL_HEAD.test(name) ? name.split(LEAD_SPLIT) : [name]))
    .flatMap(splitBeforePlural)
    .map((name) => name.replace(/[\s,.;:]+$/u, '').replace(/^[-–+•]\s*/u, '').replace(LISTED_KIND_OPENING, '').trim())
    .filter((name) => name.length > 1);
  // "người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập": the comma is inside the relative clause.
  for (let i = leads.length - 2; i >= 0; i--) {
    if (OPEN_AGENT.test(leads[i]!) && AGENT_VERB_END.test(leads[i + 1]!)) leads.splice(i, 2, `${leads[i]}, ${leads[i + 1]}`);
  }
  // A unit followed by the bodies above it ("Phòng 5, Cục …, Bộ Công an") names one unit.
  const rank = (name: string) => UNIT_RANKS.find(([head]) => head.test(name))?.[1] ?? 0;
  const merged: string[] = [];
  for (const name of leads) {
    const last = merged.at(-1);
    if (last !== undefined && rank(last.split(', ').at(-1)!) > 0 && rank(name) > rank(last.split(', ').at(-1)!)) merged[merged.length - 1] = `${last}, ${name}`;
    else merged.push(name);
  }
  return merged;
}

/** "X, các Y" names two bodies, unless X is a plural whose list goes on. */
function splitBeforePlural(name: string): string[] {
  const parts = name.split(COMMA_BEFORE_PLURAL);
  const names: string[] = [];
  for (const part of parts) {
    const last = names.at(-1);
    if (last !== undefined && PLURAL_NAME.test(last)) names[names.length - 1] = `${last}, ${part}`;
    else names.push(part);
  }
  return names;
}

/** The lead agencies an item opens with; empty when its subject is not an agency. */
export function leadOf(text: string): string[] {
  // An item's opening is asked for again when its parent looks at its items.
  let lead = LEAD_CACHE.get(text);
  if (!lead) {
    // "Trên cơ sở đề xuất của Bộ Ngoại giao, Bộ Tài chính tổng hợp …": the subject follows the basis.
    const squashed = withoutBasis(squash(text));
    const subject = subjectOf(squashed);
    const agencies = subject ? leadsIn(subject) : [];
    // "… chịu trách nhiệm thi hành Quyết định này" makes whoever it names responsible.
    // (The subject may be the last sentence before it: "… có hiệu lực kể từ ngày ký. Các thành viên … chịu trách nhiệm thi hành".)
    const body = squashed.replace(ASSIGNMENT_OPENING, '');
    const clause = subject === null ? null : RESPONSIBLE_FOR.exec(body);
    const responsible = subject !== null && clause !== null && clause.index <= body.indexOf(subject) + subject.length + 80;
    lead = agencies.length && (looksLikeAgency(agencies[0]!) || (responsible && ADDRESSED_LEAD.test(agencies[0]!))) ? agencies : [];
    if (LEAD_CACHE.size >= 5_000) LEAD_CACHE.clear();
    LEAD_CACHE.set(text, lead);
  }
  return [...lead];
}

const LEAD_CACHE = new Map<string, string[]>();

/** Agencies named after "phối hợp với". */
export function partnersOf(text: string): string[] {
  const opening = PARTNERS_OPENING.exec(text);
  if (!opening) return [];
  const rest = text.slice(opening.index + opening[0].length, opening.index + opening[0].length + 240);
  const end = PARTNERS_END.exec(rest);
  return splitAgencyList(end ? rest.slice(0, end.index) : rest).filter((name) => looksLikeAgency(name));
}

/** "trước ngày 05/12/2023" → "2023-12-05"; "trong quý III/2024" as printed. */
export function deadlineOf(text: string): string | null {
  // The first time the text gives, of a date or a period with its year in words.
  const [dated, period] = [DEADLINE.exec(text), PERIOD_DEADLINE.exec(text)];
  const first = dated && period ? (period.index <= dated.index ? period : dated) : (dated ?? period);
  const m = first ?? DEADLINE_LINE.exec(text) ?? RELATIVE_DEADLINE.exec(text);
  if (!m) return null;
  const date = findDate(m[0]);
  return date?.iso ?? squash(m[0]).replace(DEADLINE_LABEL, '').replace(DEADLINE_LEAD_WORDS, '').replace(/[\s,;.]+$/u, '');
}

export function frequencyOf(text: string): string | null {
  return FREQUENCY.exec(text)?.[1] ?? null;
}

/** A short heading of the given kind of part, in any case ("III. TỔ CHỨC THỰC HIỆN", "3. Tổ chức thực hiện"). */
function headedBy(heading: RegExp): (node: SectionNode) => boolean {
  // A short heading, or a long title over numbered sub-items that ends without a sentence's stop
  // ("2. Một số nhiệm vụ, giải pháp trọng tâm … trong thời gian tới" over 2.1, 2.2 …).
  const title = (node: SectionNode) => node.heading.length < 90 || (node.children.some((c) => ITEM_KINDS.has(c.kind)) && !/[.;:]\s*$/u.test(node.heading));
  return (node) => title(node) && heading.test(node.heading.toLocaleUpperCase('vi'));
}

const ITEM_KINDS = new Set(['number', 'decimal', 'letter', 'article', 'roman']);
const BULLET_KINDS = new Set(['dash', 'plus']);

function taskOf(node: SectionNode, lead: string[], source: TaskSource, leadConfidence: number): TaskField {
  const text = sectionText(node);
  return {
    section: node.id,
    text,
    lead,
    partners: partnersOf(text),
    // The item's own time, else the one its lead-in sets for every item, else one of its sub-items'
    // ("1. Công an tỉnh / a) … / c) … nhiệm vụ … trong Quý IV/2025" under "Trong tháng 12/2025, …:").
    deadline: deadlineOf(ownText(node)) ?? leadInDeadline(node) ?? deadlineOf(text),
    frequency: frequencyOf(text),
    source,
    span: sectionSpan(node),
    confidence: confidence(leadConfidence),
  };
}

/** A time given in the lead-in of an enclosing part holds for every item below it. */
function leadInDeadline(node: SectionNode): string | null {
  for (let p = node.parent; p; p = p.parent) {
    const deadline = deadlineOf(ownText(p));
    if (deadline) return deadline;
  }
  return null;
}

const ASSIGNING_VERBS = new RegExp(ASSIGNING_VERB.source, 'gu');

/**
 * The lead of a sentence that assigns work by its verb ("Giao Sở Tư pháp chủ trì …", "Chủ tịch
 * Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu …", "Đề nghị quý cơ quan …"); null when the
 * text assigns nothing, tells of an assignment made elsewhere ("trong đó, giao …", "đã giao"),
 * sets a condition ("nếu …, đề nghị"), or only asks politely or upward without a deadline.
 */
export function assignedIn(text: string, deadlineSet: boolean | (() => boolean) = false): string[] | null {
  const line = squash(text).replace(BASIS_OPENING, '$1');
  for (const m of line.matchAll(ASSIGNING_VERBS)) {
    const before = line.slice(0, m.index);
    const clause = before.split(/[.;:!?]/u).pop()!;
    const near = clause.split(',').pop()!;
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
    // (deadlineSet may be a function: finding the deadline is asked only when a request needs it.)
    if (COURTESY_REQUEST.test(duty) || (INPUT_REQUEST.test(duty) && !(typeof deadlineSet === 'function' ? deadlineSet() : deadlineSet)) || GENERIC_DUTY.test(duty)) continue;
    return lead;
  }
  return responsibleIn(line);
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
  return lead[0] && looksLikeAgency(lead[0]) ? lead : null;
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
  for (const line of lines) {
    if (!line.text.trim()) continue;
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
    const wrapped = margin !== null && line.x + line.width >= margin && !/[.;:!?]\s*$/u.test(line.text);
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
 * laid out by width). Null for lines that are paragraphs, which nothing wraps.
 */
export function wrapMargin(lines: Line[], paragraphs: boolean): number | null {
  if (paragraphs) return null;
  const rights = lines.filter((l) => l.column === 'full' && l.text.trim()).map((l) => l.x + l.width).sort((a, b) => a - b);
  if (rights.length < 5) return null;
  const right = rights[Math.floor(rights.length * 0.9)]!;
  const left = lines.reduce((min, l) => Math.min(min, l.x), Infinity);
  // Ragged-right text stops up to a word short of the margin.
  return right - (right - left) * 0.12;
}

/**
 * The tasks among the items of an assignment part. A numbered item that names its lead is one
 * task with everything below it; an item that names none is looked into (its lettered items
 * may); a bullet is a task when it opens with an agency, under the id of the section it sits in.
 */
function tasksIn(items: SectionNode[], source: TaskSource, margin: number | null): TaskField[] {
  const tasks: TaskField[] = [];
  for (const child of items) {
    const labelled = labelledTask(child, source);
    if (labelled) {
      tasks.push(labelled);
      continue;
    }
    const opening = squash([child.heading, ...child.lines.slice(1).map((l) => l.text)].join(' '));
    // "Điều 2. Chức năng, nhiệm vụ của Tổ giúp việc …": the title names the body; so does a heading
    // that is a paragraph of its own ("4. Sở Nội vụ" over "Phối hợp với các sở …").
    const title = titleOf(child, margin);
    const titled = title === null ? [] : leadOf(title);
    // A title naming no body ("Điều 3. Trách nhiệm thi hành") is no part of the paragraph's subject.
    const paragraph = title === null ? opening : squash(child.lines.slice(1).map((l) => l.text).join(' '));
    const lead = titled.length ? titled : leadOf(DUTIES_OF.test(child.heading) ? child.heading : paragraph);
    // An agency heading over lettered duties ("Bộ Công an: a) Chủ trì …") is one task; items that
    // mostly name agencies of their own ("2. Các sở: a) Sở Tài chính …") are tasks each.
    const items = child.children.filter((c) => ITEM_KINDS.has(c.kind));
    const itemsWithLeads = items.filter((c) => leadOf(c.heading).length > 0);
    if (lead.length && itemsWithLeads.length * 2 <= items.length) {
      tasks.push(taskOf(child, lead, source, BULLET_KINDS.has(child.kind) ? 0.7 : 0.85));
    } else if (child.children.length) {
      tasks.push(...tasksIn(child.children, source, margin));
    } else if (!lead.length && ITEM_KINDS.has(child.kind)) {
      // "II. Đề xuất nhu cầu dự toán …: / Các Bộ, cơ quan trung ương … đề xuất …": a titled item whose paragraph names the body.
      const paragraph = paragraphAfterTitle(child);
      const named = paragraph ? leadOf(paragraph) : [];
      if (named.length) tasks.push(taskOf(child, named, source, 0.75));
    }
  }
  return tasks;
}

/**
 * The heading of an item when it is a paragraph of its own, a title over the item's text ("4. Sở
 * Nội vụ" / "Phối hợp với …"): it ends with no mark, stops well short of the margin (each line
 * is a paragraph where there is none) and the next line opens a sentence. Null when it runs on.
 */
export function titleOf(node: SectionNode, margin: number | null): string | null {
  const [first, next] = node.lines;
  if (!first || !next || /[.,;:]\s*$/u.test(first.text) || !/^\p{Lu}/u.test(next.text.trim())) return null;
  // On a page a title stops well short of the margin; a line that nearly reaches it was wrapped.
  if (margin !== null && first.x + first.width >= margin * 0.85) return null;
  return node.heading;
}

/**
 * An item whose lines label its lead, partners and time ("1. Lập danh sách cử tri / - Đơn vị chủ
 * trì thực hiện: Ủy ban nhân dân xã / - Đơn vị phối hợp: Công an xã / - Thời gian hoàn thành: trước
 * ngày 15/4/2026"): one task with those.
 */
function labelledTask(node: SectionNode, source: TaskSource): TaskField | null {
  if (BULLET_KINDS.has(node.kind)) return null;
  const texts = [
    ...node.lines.map((l) => squash(l.text)),
    ...node.children.filter((c) => BULLET_KINDS.has(c.kind) && !c.children.length).map((c) => squash(c.heading + ' ' + c.lines.slice(1).map((l) => l.text).join(' '))),
  ]
    // Labels run on in the item's own line too ("1. Tổ chức hội nghị. Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian: …").
    .flatMap((t) => t.split(LABEL_BREAK))
    .map((t) => t.replace(/^[-–+•]\s*/u, '').replace(/[\s.;]+$/u, ''));
  const found = (pattern: RegExp) => texts.map((t) => pattern.exec(t)?.[1]).find((v) => v !== undefined) ?? null;
  const leadText = found(LABELLED_LEAD);
  if (!leadText) return null;
  const lead = leadsIn(leadText);
  if (!lead.length || !looksLikeAgency(lead[0]!)) return null;
  const task = taskOf(node, lead, source, 0.85);
  const partners = found(LABELLED_PARTNERS);
  if (partners) task.partners = splitAgencyList(partners);
  const time = found(LABELLED_TIME);
  if (time) task.deadline = deadlineCell(time) ?? task.deadline;
  return task;
}

/**
 * The paragraph under an item's title, when the title names no one: a title ends with a colon
 * ("II. Đề xuất nhu cầu dự toán …:") or is a one-line heading without a sentence's mark ("1. Đối
 * với việc hợp nhất các Hội công chứng viên").
 */
function paragraphAfterTitle(node: SectionNode): string | null {
  let title = node.lines.findIndex((l) => /:\s*$/u.test(l.text));
  if (title < 0 && node.lines.length > 1 && node.lines[0]!.text.length < 120 && !/[.;,]\s*$/u.test(node.lines[0]!.text) && /^\p{Lu}/u.test(node.lines[1]!.text)) title = 0;
  if (title < 0 || title > 2 || title === node.lines.length - 1) return null;
  const paragraph = squash(node.lines.slice(title + 1).map((l) => l.text).join(' '));
  return withoutBasis(paragraph);
}

/**
 * A sentence without the basis it opens with ("Căn cứ quy định của Luật Công chứng năm 2024, Điều
 * lệ …, Ủy ban nhân dân tỉnh, thành phố chỉ đạo …"): cut at the comma after which an agency leads.
 */
function withoutBasis(sentence: string): string {
  if (!BASIS_WORDS.test(sentence)) return sentence;
  for (const comma of sentence.slice(0, 400).matchAll(/,\s*/gu)) {
    const rest = sentence.slice(comma.index + comma[0].length).replace(CLAUSE_ASSIGNING_VERB, '');
    if (leadOf(rest).length) return rest;
  }
  return sentence;
}

/** The sections whose items assign work, and how they were found. */
function assignmentParts(roots: SectionNode[], docType: string | null): Array<{ items: SectionNode[]; source: TaskSource }> {
  const nodes = flattenSections(roots);
  const implementation = nodes.filter(headedBy(IMPLEMENTATION_HEADING));
  // The assigning words stand in the article's own sentence ("Điều 3. … chịu trách nhiệm thi
  // hành") or one of its clauses ("Điều 3. Hiệu lực … 2. Các Bộ trưởng … chịu trách nhiệm thi hành").
  const assigns = (n: SectionNode) => ASSIGNING_ARTICLE.test(ownText(n)) || n.children.some((c) => ASSIGNING_ARTICLE.test(ownText(c)));
  const articles = nodes.filter((n) => n.kind === 'article' && assigns(n));
  if (implementation.length) {
    // "Điều 2. Tổ chức thực hiện" is one article; the execution clause of the next one assigns too.
    const others = implementation.some((n) => n.kind === 'article') ? articles.filter((n) => !implementation.includes(n)) : [];
    return [
      ...implementation.map((node) => ({ items: node.children, source: 'implementation' as const })),
      ...others.map((node) => ({ items: [node], source: 'articles' as const })),
    ];
  }
  if (articles.length) {
    // An article is a part of its own: "Điều 3. Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành".
    return articles.map((node) => ({ items: [node], source: 'articles' }));
  }
  const measures = nodes.filter(headedBy(MEASURES_HEADING));
  if (measures.length) return measures.map((node) => ({ items: node.children, source: 'measures' }));
  if (docType && ITEMIZED_ASSIGNMENT_TYPES.has(docType)) {
    const top = roots.filter((r) => r.kind === 'number' || r.kind === 'roman');
    if (top.length) return [{ items: top, source: 'items' }];
  }
  return [];
}

/** Items under a lead-in that asks for them ("III. … trân trọng đề nghị:"), outside the tasks found so far. */
function leadInParts(roots: SectionNode[], found: TaskField[]): SectionNode[] {
  const inside = (n: SectionNode) => found.some((t) => t.span[0] <= sectionSpan(n)[0] && sectionSpan(n)[1] <= t.span[1]);
  return flattenSections(roots).filter((n) => n.children.length && ASSIGNING_LEAD_IN.test(squash(ownText(n))) && !inside(n) && !asksUpward(n));
}

/** Nodes inside a part that asks upward ("KIẾN NGHỊ", "ĐỀ XUẤT") assign nothing. */
function asksUpward(node: SectionNode): boolean {
  // A title ("IV. KIẾN NGHỊ", "3. Kiến nghị, đề xuất"), not an item that opens with the verb ("2. Đề nghị các đơn vị …").
  const title = (heading: string) => heading === heading.toLocaleUpperCase('vi') || heading.length <= 40;
  for (let n: SectionNode | null = node; n; n = n.parent) if (UPWARD_HEADING.test(n.heading.toLocaleUpperCase('vi')) && title(n.heading)) return true;
  return false;
}

/** Nodes under an item that sets a case ("6.2. Trường hợp, nếu các Hội … chưa tiến hành …") tell what to do if it arises: no assignment. */
function underCondition(node: SectionNode): boolean {
  for (let n: SectionNode | null = node.parent; n; n = n.parent) if (CASE_HEADING.test(n.heading)) return true;
  return false;
}

const leadKey = (lead: string[]) => lead.map((l) => squash(l).toLocaleLowerCase('vi')).join(';');

/**
 * Items anywhere in the body that assign by a verb ("1. Giao Sở Y tế …", "- Giao Công an tỉnh …",
 * "a) … giao Sở Nội vụ chủ trì …"), beyond those the assignment parts gave: one task per item,
 * unless an enclosing task already names the same lead.
 */
function assignedItems(roots: SectionNode[], found: TaskField[], margin: number | null): TaskField[] {
  const taskAt = new Map<number, string>(found.map((t) => [t.span[0], leadKey(t.lead)]));
  const tasks: TaskField[] = [];
  const closing = closingOf(roots, margin);
  for (const node of flattenSections(roots)) {
    const start = node.lines[0]!.start;
    if (taskAt.has(start) || asksUpward(node) || underCondition(node)) continue;
    // Sentence by sentence: a heading "2. Yêu cầu" followed by its text is no request.
    let deadline: boolean | undefined;
    const deadlineSet = () => (deadline ??= deadlineOf(sectionText(node)) !== null);
    const labelled = labelledTask(node, 'items');
    if (labelled) {
      taskAt.set(start, leadKey(labelled.lead));
      tasks.push(labelled);
      continue;
    }
    // "7. Trách nhiệm của các sở, ban, ngành": a heading over a body's duties assigns them.
    // So does an item that is a body's name and a colon over its duties ("a) Cục Thi hành án dân sự tỉnh:").
    const heading = DUTIES_OF.test(node.heading) ? leadOf(node.heading) : namedOver(node);
    // The closing paragraphs after the last item are not that item's (closingParagraphs reads them).
    const sentences = sentencesOf(node.lines, margin).filter((s) => !(closing && node === closing.leaf && s.start >= closing.from));
    // A numbered item of a plan's or directive's content whose subject is a body ("3. Các đơn vị,
    // địa phương tham mưu, triển khai …") tells that body what to do.
    const partTitle = headedBy(IMPLEMENTATION_HEADING)(node) || headedBy(MEASURES_HEADING)(node);
    const subject = ITEM_KINDS.has(node.kind) && node.kind !== 'roman' && !inArticle(node) && !partTitle ? actorOf(ownText(node)) : [];
    const leads = heading.length ? [] : sentences.map((s) => assignedIn(s.text, deadlineSet));
    const at = leads.findIndex((l) => l !== null);
    const lead = heading.length ? heading : (leads[at] ?? (subject.length ? subject : undefined));
    if (!lead) continue;
    let covered = false;
    for (let p = node.parent; p && !covered; p = p.parent) covered = taskAt.get(p.lines[0]!.start) === leadKey(lead);
    if (covered) continue;
    const task = taskOf(node, lead, 'items', 0.8);
    // A request made in a later sentence of the item has the time that sentence or the next ones give, not an earlier one.
    if (at > 0) task.deadline = deadlineOf(squash(sentences.slice(at, at + 3).map((s) => s.text).join(' '))) ?? task.deadline;
    taskAt.set(start, leadKey(lead));
    tasks.push(task);
  }
  return tasks;
}

/** The bodies an item names before a colon that ends its heading, with its duties below it; none where a verb comes first. */
function namedOver(node: SectionNode): string[] {
  if (!ITEM_KINDS.has(node.kind) || !node.children.length && node.lines.length < 2) return [];
  // Without the item's marker ("a) ").
  const withoutMarker = (n: SectionNode) => squash([n.heading, ...n.lines.slice(1).map((l) => l.text)].join(' '));
  const own = withoutMarker(node);
  const colon = own.indexOf(':');
  if (colon <= 0 || colon > 200 || verbAfterPlace(own.slice(0, colon)) || ASSIGNING_VERB.test(own.slice(0, colon))) return [];
  // The colon ends the heading; the duties follow, in its text or its first sub-item, opening with a verb ("Thực hiện …", "Chủ trì …").
  const rest = own.slice(colon + 1).trim() || (node.children[0] ? withoutMarker(node.children[0]) : '');
  const duty = rest.replace(/^[-–+•]\s*/u, '');
  const verb = SUBJECT_END.exec(` ${duty.charAt(0).toLocaleLowerCase('vi')}${duty.slice(1)}`);
  if (!verb || verb.index !== 0) return [];
  const lead = leadOf(own.slice(0, colon + 1));
  return lead.length && looksLikeAgency(lead[0]!) ? lead : [];
}

/** Whether a node is an article of a decision or one of its clauses (which permit, define or list, not direct, unless they say "giao"). */
function inArticle(node: SectionNode): boolean {
  for (let n: SectionNode | null = node; n; n = n.parent) if (n.kind === 'article') return true;
  return false;
}

/**
 * The body a sentence opens with as the subject of a verb ("Các đơn vị, địa phương tham mưu, triển
 * khai …"); none for a label before a colon ("Ban Thường trực: 05 đồng chí") or a bare heading.
 */
export function actorOf(text: string): string[] {
  const body = squash(text).replace(ASSIGNMENT_OPENING, '');
  const verb = verbAfterPlace(body);
  const colon = body.indexOf(':');
  if (!verb || verb.index === 0 || (colon >= 0 && colon < verb.index)) return [];
  return leadOf(text);
}

/**
 * Where the closing paragraphs start: the paragraph after the last numbered item's own one, when
 * that one is a whole sentence (not a title over paragraphs of its own, "4. Về cải cách thể chế").
 * Every line of a Word document is a paragraph; on a page, a paragraph ends at a line that stops
 * short of the margin, or before a first-line indent.
 */
function closingOf(roots: SectionNode[], margin: number | null): { leaf: SectionNode; from: number } | null {
  const last = roots.at(-1);
  if (!last || last.kind !== 'number') return null;
  let leaf = last;
  while (leaf.children.length) leaf = leaf.children.at(-1)!;
  // Specks OCR read as lines ("“") are no paragraphs.
  const lines = leaf.lines.filter((l) => (l.text.match(/\p{L}/gu)?.length ?? 0) >= 3);
  // A paragraph also starts at a first-line indent after a line that ends a sentence.
  const left = Math.min(...lines.map((l) => l.x));
  const ends = (l: Line) => /[.;!?]\s*$/u.test(l.text);
  const next = lines.findIndex((l, i) => {
    if (i === 0) return false;
    const before = lines[i - 1]!;
    return margin === null || before.x + before.width < margin || (ends(before) && l.x - left >= 20);
  });
  if (next < 0) return null;
  if (next === 1 && !ends(lines[0]!)) {
    // A title over its own paragraphs ("c) Đề nghị Tòa án nhân dân tỉnh:" / "Phối hợp …"): a later
    // paragraph that speaks of the whole document ("… triển khai thực hiện nghiêm túc Chỉ thị này") closes it.
    const starts = lines.map((l, i) => i).filter((i) => i > 1 && (margin === null || lines[i - 1]!.x + lines[i - 1]!.width < margin || (ends(lines[i - 1]!) && lines[i]!.x - left >= 20)));
    const closing = starts.find((i) => SELF_REFERENCE.test(squash(lines.slice(i, i + 3).map((l) => l.text).join(' '))));
    return closing === undefined ? null : { leaf, from: lines[closing]!.start };
  }
  return { leaf, from: lines[next]!.start };
}

/**
 * A closing paragraph after a công văn's numbered items ("Giao Công an tỉnh theo dõi, đôn đốc việc
 * thực hiện …"): unnumbered, it follows the last item's own paragraph but belongs to no item, so
 * a sentence there that opens a paragraph and assigns to another body than the item is a task of
 * its own, section "". (Under a Roman part or an article, paragraphs after the items stay theirs.)
 */
function closingParagraphs(roots: SectionNode[], found: TaskField[], margin: number | null): TaskField[] {
  const closing = closingOf(roots, margin);
  if (!closing) return [];
  const { leaf, from } = closing;
  const own = found.find((t) => t.span[0] <= leaf.lines[0]!.start && leaf.lines[0]!.start <= t.span[1] && t.section !== '');
  const tasks: TaskField[] = [];
  sentencesOf(leaf.lines, margin).forEach((sentence) => {
    if (sentence.start < from) return;
    const lead = assignedIn(sentence.text, () => deadlineOf(sentence.text) !== null);
    if (!lead || (own && leadKey(own.lead) === leadKey(lead))) return;
    tasks.push(paragraphTask(sentence, lead));
  });
  return tasks;
}

/** A task a paragraph outside the numbered items assigns (section ""), its deadline from the sentence or, failing that, `later`. */
function paragraphTask(sentence: { text: string; start: number; end: number }, lead: string[], later?: string): TaskField {
  const text = squash(sentence.text);
  return {
    section: '',
    text,
    lead,
    partners: partnersOf(text),
    deadline: deadlineOf(text) ?? (later === undefined ? null : deadlineOf(squash(later))),
    frequency: frequencyOf(text),
    source: 'items',
    span: [sentence.start, sentence.end],
    confidence: confidence(0.7),
  };
}

/**
 * A deadline the closing sets for every item ("Văn bản trả lời đề nghị gửi về Bộ Công an … trước
 * ngày 24/12/2025"): a sentence after the last item's first one that sends a reply or report back
 * by a date.
 */
function closingDeadline(roots: SectionNode[], margin: number | null): string | null {
  let leaf = roots.at(-1);
  if (!leaf) return null;
  while (leaf.children.length) leaf = leaf.children.at(-1)!;
  const sentences = sentencesOf(leaf.lines, margin).map((s) => squash(s.text));
  for (let i = sentences.length - 1; i >= 1; i--) {
    // An address in brackets may hold a semicolon that cut the sentence.
    const text = sentences.slice(i, i + 3).join(' ');
    if (REPLY_BY_DATE.test(text)) return deadlineOf(text);
  }
  return null;
}

/** Unnumbered paragraphs before the first item (a công văn's body) that assign by a verb: section "". */
function assignedParagraphs(lines: Line[], margin: number | null, itemsAssign: boolean): TaskField[] {
  const tasks: TaskField[] = [];
  const sentences = sentencesOf(lines, margin);
  sentences.forEach((sentence, i) => {
    // A lead-in to items that name their own bodies ("… đề nghị các Bộ … một số nội dung sau:") is split among them.
    if (itemsAssign && /:\s*$/u.test(sentence.text)) return;
    // A deadline in the sentence or the next ones ("Ý kiến xin gửi về … trước ngày 11/02/2025").
    const later = sentences.slice(i, i + 3).map((s) => s.text).join(' ');
    const lead = assignedIn(sentence.text, () => deadlineOf(later) !== null);
    if (!lead) return;
    tasks.push(paragraphTask(sentence, lead, later));
  });
  return tasks;
}

type TableColumn = (typeof TASK_TABLE_COLUMNS)[number][1];

/** The text of each cell of one table, by row and grid column. */
function tableRows(lines: Line[]): Array<{ row: number; cells: Map<number, Line[]> }> {
  const rows = new Map<number, Map<number, Line[]>>();
  for (const line of lines) {
    if (!line.cell || !line.text.trim()) continue;
    const cells = rows.get(line.cell.row) ?? rows.set(line.cell.row, new Map()).get(line.cell.row)!;
    (cells.get(line.cell.col) ?? cells.set(line.cell.col, []).get(line.cell.col)!).push(line);
  }
  return [...rows].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
}

const cellText = (lines: Line[] | undefined) => squash((lines ?? []).map((l) => l.text).join(' '));

/** What each column of a header row holds, by its heading words ("Cơ quan chủ trì" → lead). */
function headerColumns(cells: Map<number, Line[]>): Map<number, TableColumn> {
  const columns = new Map<number, TableColumn>();
  for (const [col, lines] of cells) {
    const text = cellText(lines).replace(/[\s.:*]+$/u, '');
    if (text.length > 60) continue;
    const kind = TASK_TABLE_COLUMNS.find(([pattern]) => pattern.test(text))?.[1];
    if (kind) columns.set(col, kind);
  }
  return columns;
}

/** A deadline cell: a full date as ISO, a time as printed ("Quý III/2025", "Tháng 12/2025"); a cell with no number names none. */
function deadlineCell(text: string): string | null {
  if (!text) return null;
  const found = deadlineOf(text);
  if (found) return found;
  const date = findDate(text);
  if (date?.iso) return date.iso;
  return /\d/u.test(text) && text.length <= 60 ? text.replace(/[\s,;.]+$/u, '') : null;
}

/**
 * Tasks laid out as a table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
 * thành): the header row is found by its column words (a second header row may split "Cơ quan thực
 * hiện" into "Chủ trì | Phối hợp"); each row below that names a lead is a task, its section the
 * section holding the table and the row's STT ("II.3"). A lead cell merged down over several rows
 * holds for each of them. Returns the tasks and the spans of the tables they came from.
 */
export function tableTasks(lines: Line[], roots: SectionNode[]): { tasks: TaskField[]; spans: Array<[number, number]> } {
  const tasks: TaskField[] = [];
  const spans: Array<[number, number]> = [];
  const tables = new Map<number, Line[]>();
  for (const line of lines) if (line.cell) (tables.get(line.cell.table) ?? tables.set(line.cell.table, []).get(line.cell.table)!).push(line);
  const nodes = flattenSections(roots).filter((n) => !n.lines[0]!.cell);
  const bodyEnd = nodes.length ? Math.max(...nodes.map((n) => sectionSpan(n)[1])) : -1;
  for (const tableLines of tables.values()) {
    const rows = tableRows(tableLines);
    let columns = new Map<number, TableColumn>();
    let first = -1;
    for (let i = 0; i < Math.min(rows.length, 3) && first < 0; i++) {
      const found = headerColumns(rows[i]!.cells);
      const kinds = [...found.values()];
      // A lead column with what to do or by when: a ranking ("Thứ hạng | Đơn vị | Điểm") is no task
      // table, nor a report's "Nội dung | Đơn vị | Kết quả" (a bare "Đơn vị" leads only with a time column).
      if (!kinds.includes('lead') || !(kinds.includes('content') || kinds.includes('deadline'))) continue;
      const leadHeading = cellText(rows[i]!.cells.get([...found].find(([, k]) => k === 'lead')![0]));
      if (BARE_UNIT_HEADING.test(leadHeading) && !kinds.includes('deadline')) continue;
      columns = found;
      first = i + 1;
      // A second header row naming columns of its own refines the first ("Chủ trì | Phối hợp" under "Cơ quan thực hiện").
      const next = rows[first] && headerColumns(rows[first]!.cells);
      if (next && next.size >= 1 && [...next.keys()].every((col) => cellText(rows[first]!.cells.get(col)).length <= 60) && next.size === rows[first]!.cells.size) {
        for (const [col, kind] of next) columns.set(col, kind);
        first++;
      }
    }
    const at = (kind: TableColumn) => [...columns].find(([, k]) => k === kind)?.[0];
    const leadCol = at('lead');
    if (first < 0 || leadCol === undefined) continue;
    // A meeting's programme ("07h45 - 8h00 | Tiếp đón đại biểu | Bộ Công an") gives times of day, not deadlines.
    const timeCol = at('deadline');
    const times = timeCol === undefined ? [] : rows.slice(first).map(({ cells }) => cellText(cells.get(timeCol))).filter(Boolean);
    if (times.length && times.filter((t) => CLOCK_TIME.test(t)).length * 2 >= times.length) continue;
    const start = tableLines[0]!.start;
    const holder = start <= bodyEnd ? nodes.filter((n) => n.lines[0]!.start < start).at(-1) : undefined;
    const prefix = holder?.id ?? '';
    let lastLead: string | null = null;
    let ordinal = 0;
    for (const { cells } of rows.slice(first)) {
      const number = at('number') !== undefined ? cellText(cells.get(at('number')!)).replace(/[.)]+$/u, '') : '';
      const content = at('content') !== undefined ? cellText(cells.get(at('content')!)) : '';
      let leadText = cellText(cells.get(leadCol)).replace(LEAD_CELL_LABEL, '');
      // A lead cell merged down over this row (left out of it) holds here too.
      if (!leadText && lastLead && content && !cells.has(leadCol)) leadText = lastLead;
      if (!leadText) continue;
      lastLead = leadText;
      const lead = leadsIn(leadText);
      if (!lead.length) continue;
      ordinal++;
      const label = number || (at('number') === undefined ? String(ordinal) : '');
      const rowLines = [...cells.values()].flat().sort((a, b) => a.start - b.start);
      const deadlineText = at('deadline') !== undefined ? cellText(cells.get(at('deadline')!)) : '';
      const partnersText = at('partners') !== undefined ? cellText(cells.get(at('partners')!)) : '';
      tasks.push({
        section: [prefix, label].filter(Boolean).join('.'),
        text: content || leadText,
        lead,
        partners: partnersText ? splitAgencyList(partnersText) : partnersOf(content),
        deadline: deadlineCell(deadlineText) ?? deadlineOf(content),
        frequency: frequencyOf(deadlineText) ?? frequencyOf(content),
        source: 'table',
        span: [rowLines[0]!.start, rowLines.at(-1)!.end],
        confidence: confidence(0.8),
      });
    }
    spans.push([start, tableLines.at(-1)!.end]);
  }
  return { tasks, spans };
}

/**
 * A reply to the body that asked gives it no work: an unnumbered request to the asker ("… nhận
 * được Công văn số … của Sở Nội vụ …; đề nghị Sở Nội vụ căn cứ … xem xét") is left out.
 */
function repliesLeftOut(tasks: TaskField[], text: string): TaskField[] {
  const opening = REPLY_OPENING.exec(text);
  if (!opening) return tasks;
  const asked = text.slice(opening.index, opening.index + 300);
  return tasks.filter((t) => t.section !== '' || !t.lead.every((lead) => NAMED_ABOVE.test(lead) || asked.includes(`${ASKED_BY} ${lead}`)));
}

/**
 * The tasks of a body given as a section tree, with its lines (`body`) for the paragraphs that
 * stand before any numbered item.
 */
export function extractTasks(roots: SectionNode[], docType: string | null, body: Line[] = [], paragraphs = false, after: Line[] = []): TaskField[] {
  const opening = body.filter((l) => l.text.trim()).slice(0, 6);
  if (opening.some((l) => COMMENTS_SUMMARY.test(l.text.trim().toLocaleUpperCase('vi')))) return [];
  const table = tableTasks([...body, ...after.filter((l) => l.cell)], roots);
  // Rows of a task table are its tasks; what the section tree or the sentences read in them is not again.
  const outside = (t: TaskField) => !table.spans.some(([from, to]) => from <= t.span[0] && t.span[0] <= to);
  // (A proposal's copies and attachments propose too.)
  const proposing = docType !== null && PROPOSING_TYPES.has(docType);
  const attached = proposing ? [] : attachedLetters(after.filter((l) => !l.cell)).flatMap((lines) => assignedParagraphs(lines, wrapMargin(lines, paragraphs), false));
  return oneTaskPerBody([...table.tasks, ...[...bodyTasks(roots, docType, body, paragraphs), ...attached].filter(outside)].sort((a, b) => a.span[0] - b.span[0]));
}

/**
 * The bodies of letters attached after the signature (a ministry's draft letters sent with its
 * công văn): from the line after "Kính gửi" and the addressees' list to the letter's "Nơi nhận".
 * Their requests are assignments as the main body's are (attachments count, as their citations do).
 */
function attachedLetters(lines: Line[]): Line[][] {
  const letters: Line[][] = [];
  let open: Line[] | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    if (ADDRESSEE_LINE.test(text)) open = [];
    else if (RECIPIENTS_HEADING.test(text)) {
      if (open?.length) letters.push(open);
      open = null;
    } else if (open && !(open.length === 0 && /^[-–+•]/u.test(text))) open.push(line);
  }
  return letters;
}

/** The tasks the section tree and the sentences of the body give. */
function bodyTasks(roots: SectionNode[], docType: string | null, body: Line[], paragraphs: boolean): TaskField[] {
  const parts = assignmentParts(roots, docType);
  // A part nested in another found part is covered by it.
  const margin = wrapMargin(body, paragraphs);
  const tasks = parts.flatMap(({ items, source }) => tasksIn(items, source, margin));
  tasks.push(...tasksIn(leadInParts(roots, tasks).flatMap((n) => n.children), 'items', margin));
  // A paragraph before the first item that asks for them ("Thủ tướng Chính phủ yêu cầu:"): each item naming a body is its task.
  const numbered = roots.filter((r) => r.kind === 'number' || r.kind === 'roman');
  const firstItem = numbered[0]?.lines[0]?.start ?? Infinity;
  const leadIn = body.filter((l) => l.text.trim() && l.start < firstItem).at(-1);
  if (!parts.length && leadIn && ASSIGNING_LEAD_IN.test(squash(leadIn.text))) tasks.push(...tasksIn(numbered, 'items', margin));
  const first = roots[0]?.lines[0]?.start ?? Infinity;
  if (!docType || !PROPOSING_TYPES.has(docType)) {
    tasks.push(...assignedItems(roots, tasks, margin));
    tasks.push(...closingParagraphs(roots, tasks, margin));
    const itemsAssign = tasks.some((t) => t.section !== '');
    tasks.push(...assignedParagraphs(body.filter((l) => l.text.trim() && l.start < first), margin, itemsAssign));
    const closing = closingDeadline(roots, margin);
    if (closing) for (const task of tasks) task.deadline ??= closing;
  }
  const seen = new Set<string>();
  return repliesLeftOut(tasks, squash(body.map((l) => l.text).join(' '))).filter((t) => {
    const key = `${t.span[0]}:${t.span[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An earlier task of the same paragraphs whose one lead is the plural of this one's ("UBND các
 * tỉnh, thành phố …" asked first, then "đề nghị UBND tỉnh …"): the same bodies, asked again.
 */
function pluralOf(task: TaskField, earlier: TaskField[]): TaskField | undefined {
  if (task.section !== '' || task.lead.length !== 1) return undefined;
  const singular = squash(task.lead[0]!).toLocaleLowerCase('vi');
  return earlier.find((t) => {
    if (t.section !== '' || t.lead.length !== 1) return false;
    const plural = squash(t.lead[0]!).toLocaleLowerCase('vi');
    const without = plural.replace(PLURAL_WORD, '');
    return without !== plural && (without === singular || without.startsWith(`${singular},`) || without.startsWith(`${singular} `));
  });
}

/**
 * One task per body made responsible in one item: a công văn that asks the same body for several
 * things in its paragraphs gives it one task, its deadline the first one set.
 */
function oneTaskPerBody(tasks: TaskField[]): TaskField[] {
  const byKey = new Map<string, TaskField>();
  const merged: TaskField[] = [];
  for (const task of tasks) {
    const key = `${task.section}|${leadKey(task.lead)}`;
    const first = byKey.get(key) ?? pluralOf(task, merged);
    if (!first) {
      byKey.set(key, task);
      merged.push(task);
      continue;
    }
    first.text = `${first.text} ${task.text}`;
    first.span = [first.span[0], Math.max(first.span[1], task.span[1])];
    first.deadline ??= task.deadline;
    first.frequency ??= task.frequency;
    first.partners = [...new Set([...first.partners, ...task.partners])];
  }
  return merged;
}
