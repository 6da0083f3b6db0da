import { REPORT_WORD, ADDRESSED_LEAD, AFTER_OWNER, DUE_BY, REPORT_RECURRING, REPORT_TIME_END, PLURAL_SCOPE, REPORTING_DUTY, INSTITUTION_OFFICIAL, ONCE_DUTY, OPENING_TIME, RECURRING, SESSION_DEADLINE, AGENT_VERB_END, BARE_HEAD, ASSIGNMENT_OPENING, BASIS_WORDS, CLAUSE_ASSIGNING_VERB, COMMA_BEFORE_PLURAL, CLAUSE_MARKER, COMMA_QUALIFIER, CITED_ISSUER, DELEGATION, DELEGATION_OPENING, PASSIVE_DELEGATION, NOT_IN_BODY_NAME, PUBLIC_RULE_MAKER, RULE_MAKING, UNNAMED_HOLDER, LOCAL_GOVERNMENT_NEXT, MINISTERIAL_TITLE, PLURAL_OPENING, REGULATED_PARTY, DEADLINE, DEADLINE_LABEL, DEADLINE_LEAD_WORDS, DEADLINE_LINE, DEFINITION, DUTY_MODAL_END, FREQUENCY, LABELLED_LEAD, LABELLED_PARTNERS, LABELLED_TIME, LEAD_QUALIFIER, LEAD_SPLIT, LISTED_KIND, LISTED_KIND_OPENING, NARRATED_SUBJECT, OFFICIAL_HEAD, OPEN_AGENT, OWNED_PLURAL, PARTNERS_END, PARTNERS_OPENING, PERIOD_DEADLINE, PERSON_AFTER_COLON, PLACE_CLAUSE, PLURAL_NAME, RELATIVE_DEADLINE, RESPONSIBLE_FOR, SUBJECT_END, UNIT_RANKS, WORKING_BODY } from '../../data/tasks.js';
import type { TaskField } from '../../pipeline/core/record.js';
import { looksLikeAgency as looksLikeRegisteredAgency, splitAgencyList } from '../agencies.js';
import { squash } from '../common.js';
import { findDate } from '../dates.js';
import { execAfterLookBehind } from '../../pipeline/core/text/lookbehind-matches.js';
import { remembered } from '../../pipeline/core/remembered.js';

/**
 * Reading one assignment: who leads it (the subject an item or sentence opens with, split per
 * body), who partners ("phối hợp với …"), by when and how often.
 */

export type TaskSource = TaskField['source'];

/**
 * Whether a name is a body work can be given to: an agency the register knows, or a working body
 * a plan or decision sets up for the task ("Tiểu ban Thông tin, tuyên truyền", "các Tổ bầu cử").
 */
export function looksLikeAgency(name: string): boolean {
  if (BARE_HEAD.test(name.trim())) return false;
  if (looksLikeRegisteredAgency(name) || WORKING_BODY.test(name) || INSTITUTION_OFFICIAL.test(name)) return true;
  // "Bộ trưởng Bộ Công Thương": the minister of a registered ministry.
  const title = MINISTERIAL_TITLE.exec(name);
  return title !== null && looksLikeRegisteredAgency(name.slice(title[0].length));
}

/** The part of the subject an item opens with, before the colon or the first verb. */
export function subjectOf(text: string): string | null {
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
  // A long list of bodies whose qualifier ("…, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát …") pushed the verb out.
  const qualifier = body.slice(0, 300).replace(COMMA_QUALIFIER, (q) => ','.padEnd(q.length));
  if (qualifier !== body.slice(0, 300) && verb && verb.index < 300) {
    const unqualified = verbAfterPlace(qualifier);
    if (unqualified && unqualified.index < 220) return body.slice(0, verb.index);
  }
  // A heading naming the agency, with its duties in the lines below.
  return body.length < 160 && !/[.;]$/u.test(body) ? body : null;
}

/** The verb ending a subject, past a place clause that belongs to the name. */
export function verbAfterPlace(body: string): { index: number } | null {
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

const BRACKET_COMMA = '\u{F0001}';
const BRACKET_SEMICOLON = '\u{F0002}';

/** The bodies a lead names, one per body or official ("Chánh Văn phòng …, Giám đốc Công an tỉnh"). */
export function leadsIn(subject: string): string[] {
  // A bracket says what the body is ("Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh)"): its commas split nothing.
  const masked = subject.replace(/\([^()]{0,200}\)/gu, (bracket) => bracket.replace(/,/gu, BRACKET_COMMA).replace(/;/gu, BRACKET_SEMICOLON));
  const names = splitAgencyList(masked.replace(LEAD_QUALIFIER, '').trim().replace(DUTY_MODAL_END, ''));
  // Semicolons, where the writer used them, already separate the bodies; officials, and a plural list's next head noun
  // ("Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh; …"), stay apart in them.
  const leads = names
    .flatMap((name) => (!subject.includes(';') || OFFICIAL_HEAD.test(name) ? name.split(LEAD_SPLIT) : PLURAL_OPENING.test(name) ? name.split(LOCAL_GOVERNMENT_NEXT) : [name]))
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
  return merged.map((name) => name.replaceAll(BRACKET_COMMA, ',').replaceAll(BRACKET_SEMICOLON, ';'));
}

/** "X, các Y" names two bodies, unless X is a plural whose list goes on. */
function splitBeforePlural(name: string): string[] {
  const owner = AFTER_OWNER.exec(name);
  if (owner) return [...splitBeforePlural(owner[1]!), ...splitBeforePlural(name.slice(owner[0].length))];
  const parts = name.split(COMMA_BEFORE_PLURAL);
  const names: string[] = [];
  for (const part of parts) {
    const last = names.at(-1);
    if (last !== undefined && PLURAL_NAME.test(last) && !OWNED_PLURAL.test(last) && !OWNED_PLURAL.test(part)) names[names.length - 1] = `${last}, ${part}`;
    else names.push(part);
  }
  return names;
}

/** The lead agencies an item opens with; empty when its subject is not an agency. */
export function leadOf(text: string): string[] {
  return [...leadRead(squash(text))];
}

/**
 * The readings below are asked again for the same text: an item's opening when its parent looks at its items, an item's lead by
 * the task readers and again by the scorer's candidates (candidates.ts). Each is remembered by the squashed text it reads (the
 * only input it depends on), at most READINGS_KEPT of each, so one reading serves every reader.
 */
const READINGS_KEPT = 5_000;

const leadRead = remembered(READINGS_KEPT, (text: string): string[] => {
  // "Trên cơ sở đề xuất của Bộ Ngoại giao, Bộ Tài chính tổng hợp …": the subject follows the basis.
  // "Định kỳ kết thúc năm học, Ủy ban nhân dân cấp tỉnh gửi …": the subject follows the time it opens with.
  const squashed = withoutBasis(text.replace(OPENING_TIME, ''));
  const subject = subjectOf(squashed);
  const agencies = subject ? leadsIn(subject) : [];
  // "… chịu trách nhiệm thi hành Quyết định này" makes whoever it names responsible.
  // (The subject may be the last sentence before it: "… có hiệu lực kể từ ngày ký. Các thành viên … chịu trách nhiệm thi hành".)
  const body = squashed.replace(ASSIGNMENT_OPENING, '');
  const clause = subject === null ? null : RESPONSIBLE_FOR.exec(body);
  const responsible = subject !== null && clause !== null && clause.index <= body.indexOf(subject) + subject.length + 80;
  const lead = agencies.length && (looksLikeAgency(agencies[0]!) || (responsible && ADDRESSED_LEAD.test(agencies[0]!))) ? agencies : [];
  // The persons a rule regulates are no body given work, unless made responsible for carrying the document out.
  return !responsible && lead.length && REGULATED_PARTY.test(lead[0]!) ? [] : lead;
});

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
  // (Or the session a report or draft is due at: "báo cáo Quốc hội tại kỳ họp cuối năm 2028".)
  // (SESSION_DEADLINE opens with a look-behind with a long run inside: found after it, issue 23.)
  const found = [PERIOD_DEADLINE.exec(text), DEADLINE.exec(text), execAfterLookBehind(text, SESSION_DEADLINE)].filter((m) => m !== null);
  const first = found.length ? found.reduce((a, b) => (b.index < a.index ? b : a)) : null;
  const m = first ?? DEADLINE_LINE.exec(text) ?? RELATIVE_DEADLINE.exec(text);
  if (!m) return null;
  const date = findDate(m[0]);
  return date?.iso ?? squash(m[0]).replace(DEADLINE_LABEL, '').replace(DEADLINE_LEAD_WORDS, '').replace(/[\s,;.]+$/u, '');
}

export function frequencyOf(text: string): string | null {
  return FREQUENCY.exec(text)?.[1] ?? null;
}

/**
 * A sentence without the basis it opens with ("Căn cứ quy định của Luật Công chứng năm 2024, Điều
 * lệ …, Ủy ban nhân dân tỉnh, thành phố chỉ đạo …"): cut at the comma after which an agency leads.
 */
export function withoutBasis(sentence: string): string {
  if (!BASIS_WORDS.test(sentence)) return sentence;
  for (const comma of sentence.slice(0, 400).matchAll(/,\s*/gu)) {
    const rest = sentence.slice(comma.index + comma[0].length).replace(CLAUSE_ASSIGNING_VERB, '');
    if (leadOf(rest).length) return rest;
  }
  return sentence;
}

/**
 * The body a sentence opens with as the subject of a verb ("Các đơn vị, địa phương tham mưu, triển
 * khai …"); none for a label before a colon ("Ban Thường trực: 05 đồng chí") or a bare heading.
 */
export function actorOf(text: string): string[] {
  return [...actorRead(squash(text))];
}

const actorRead = remembered(READINGS_KEPT, (text: string): string[] => {
  const body = text.replace(ASSIGNMENT_OPENING, '');
  const verb = verbAfterPlace(body);
  const colon = body.indexOf(':');
  if (!verb || verb.index === 0 || (colon >= 0 && colon < verb.index)) return [];
  return leadOf(text);
});

/** A deadline cell: a full date as ISO, a time as printed ("Quý III/2025", "Tháng 12/2025"); a cell with no number names none. */
export function deadlineCell(text: string): string | null {
  if (!text) return null;
  const found = deadlineOf(text);
  if (found) return found;
  const date = findDate(text);
  if (date?.iso) return date.iso;
  return /\d/u.test(text) && text.length <= 60 ? text.replace(/[\s,;.]+$/u, '') : null;
}

export const leadKey = (lead: string[]) => lead.map((l) => squash(l).toLocaleLowerCase('vi')).join(';');

/** The body a clause of a legal text hands the making of details to ("Chính phủ quy định chi tiết Điều này"); empty if none. */
export function delegatedTo(text: string): string[] {
  return [...delegatedRead(squash(text))];
}

const delegatedRead = remembered(READINGS_KEPT, (text: string): string[] => {
  // (Any sentence of the clause may delegate: "b) Trích lập vào các quỹ …. Bộ trưởng Bộ Tài chính quy định tỷ lệ trích lập …".)
  // (A provision quoted for amendment, "Sửa đổi khoản 2 như sau: “2. Chính phủ quy định …”", is the amended text's, not this one's.)
  const own = text.replace(CLAUSE_MARKER, '').replace(/\s*[“"].*$/u, '');
  for (const sentence of own.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
    const lead = delegatedIn(sentence);
    if (lead.length) return lead;
  }
  // "… do Bộ trưởng Bộ Tài chính quy định.": the matter is left to the body named.
  const passive = PASSIVE_DELEGATION.exec(own);
  // (One body's name, whole: no clause's word inside it, and the lead splitter gives it back as one name.)
  // Bodies named jointly ("do Bộ Y tế và Bộ Tài chính quy định") are each a lead; a clause's verb
  // among them ("do Ủy ban nhân dân tỉnh phê duyệt và Sở Y tế quy định") leaves none.
  const named = passive?.[1];
  if (!named || NOT_IN_BODY_NAME.test(named)) return [];
  const bodies = named.split(LEAD_SPLIT).map((name) => name.trim());
  const oneBody = (name: string) => {
    if (!looksLikeAgency(name) || REGULATED_PARTY.test(name)) return false;
    const names = splitAgencyList(name);
    return names.length === 1 && squash(names[0]!) === squash(name);
  };
  return bodies.every(oneBody) ? bodies : [];
});

function delegatedIn(text: string): string[] {
  // (Past a time or basis the clause opens with: the subject is the body after its last comma.)
  const squashed = squash(text);
  const clause = squashed.replace(CLAUSE_MARKER, '').replace(DELEGATION_OPENING, '');
  if (clause !== squashed.replace(CLAUSE_MARKER, '')) return delegatedIn(clause);
  const body = squashed.replace(ASSIGNMENT_OPENING, '');
  const verb = verbAfterPlace(body);
  const rest = verb ? body.slice(verb.index).trimStart() : '';
  if (!verb || verb.index === 0 || !(DELEGATION.test(rest) || RULE_MAKING.test(rest)) || CITED_ISSUER.test(body.slice(0, verb.index).trimEnd())) return [];
  const lead = actorOf(text);
  if (DELEGATION.test(rest)) return lead;
  return lead.length && lead.every((name) => PUBLIC_RULE_MAKER.test(name) && !UNNAMED_HOLDER.test(name)) ? lead : [];
}

/**
 * A duty the text sets once, by a date, as its transitional provisions do (Luật Ban hành văn bản quy phạm pháp luật: "Ủy ban
 * nhân dân cấp tỉnh có trách nhiệm hoàn thành việc sắp xếp … trước ngày 31 tháng 12 năm 2027"): a duty word and a time with its
 * year; a time that recurs ("trước ngày 15 tháng 7 hằng năm") is a standing procedure's.
 */
export function transitionalDuty(text: string): boolean {
  if (!ONCE_DUTY.test(text)) return false;
  const deadline = deadlineOf(text);
  return deadline !== null && /\d{4}/u.test(deadline) && !RECURRING.test(deadline);
}

/**
 * A clause of a legal text that gives a named body a report to make, recurring or by a date ("Ủy ban nhân dân cấp tỉnh báo cáo kết
 * quả … gửi Bộ Nội vụ trước ngày 30 tháng 10 hàng năm", a "Chế độ báo cáo" article's "Các cơ quan … báo cáo … định kỳ hằng năm"):
 * work the text gives, as its execution clauses do; a report only "theo yêu cầu" or due within a procedure's time limit is not.
 * (The persons a rule regulates report under it, not as work given: leadOf names no body for them.)
 */
export function reportingDuty(text: string, points: string[] = []): boolean {
  const body = squash(text).replace(CLAUSE_MARKER, '').replace(OPENING_TIME, '');
  // (No report named, none to make: most clauses are passed over before their verb is looked for.)
  if (!body.includes(REPORT_WORD)) return false;
  const verb = verbAfterPlace(body);
  if (!verb || verb.index === 0 || !REPORTING_DUTY.test(body.slice(verb.index).trimStart())) return false;
  // (The report's own time: a frequency right after the verb or closing the clause, or a dated deadline; "báo cáo kết quả kiểm
  // tra … hằng tháng của người nộp thuế" times the object, "báo cáo mỗi trường hợp" counts cases, "trước ngày khởi công" is no date.)
  const after = body.slice(verb.index).trimStart().replace(REPORTING_DUTY, '');
  const timedIn = (part: string, atVerb: boolean) => [FREQUENCY, REPORT_RECURRING].some((pattern) => {
    const m = pattern.exec(part);
    return m !== null && ((atVerb && /^\s*$/u.test(part.slice(0, m.index))) || REPORT_TIME_END.test(part.slice(m.index + m[0].length)));
  });
  // (A report of "các thông tin sau đây:" is timed by its points: "a) Thông tin … định kỳ 06 tháng hoặc đột xuất …".)
  const timed = timedIn(after, true) || (/:\s*$/u.test(after) && points.some((point) => timedIn(squash(point), false)));
  const clause = squash(text).replace(CLAUSE_MARKER, '');
  const opening = clause.slice(0, clause.length - body.length);
  const dated = (part: string) => DUE_BY.test(part) && /\d/u.test(deadlineOf(part) ?? '');
  const openingTimed = FREQUENCY.test(opening) || REPORT_RECURRING.test(opening) || dated(opening);
  if (!timed && !openingTimed && !dated(body)) return false;
  return actorOf(body).length > 0;
}

/**
 * Whether a sub-item's lead only names the heading's own bodies again (the gold rules: a lettered item under an agency heading
 * stays inside its task unless it assigns another body): the same body, or one of the kind a plural heading names ("b) Ủy ban nhân
 * dân cấp tỉnh …" under "1. Ủy ban nhân dân các cấp có trách nhiệm:").
 */
export function narrowsLead(lead: string[], heading: string[]): boolean {
  const fold = (name: string) => squash(name).toLocaleLowerCase('vi');
  return lead.length > 0 && heading.length > 0 && lead.every((name) => heading.some((head) => {
    const kind = fold(head).replace(PLURAL_SCOPE, '');
    return fold(name) === fold(head) || (kind !== fold(head) && kind.length >= 5 && fold(name).startsWith(`${kind} `));
  }));
}
