import { docTypeByCode } from '../../data/doc-types.js';
import { IMPLEMENTATION_HEADING } from '../../data/sections.js';
import { ADDRESSEE_LINE, RECIPIENTS_HEADING } from '../../data/layout-patterns.js';
import { ASKED_BY, ASSIGNING_LEAD_IN, CHARTER_HEADING, COMMENTS_SUMMARY, NAMED_ABOVE, NORMATIVE_NUMBER, INFORMING_TYPES, NOTHING_GIVEN_TYPES, PLURAL_WORD, SCOPE_ARTICLE, PROPOSING_TYPES, REPLY_OPENING, REPORT_TYPE, OPENS_REPORT_ITEMS, REPORTS_UPWARD, SUPERIOR_ADDRESSED } from '../../data/tasks.js';
import type { Line } from '../../pipeline/core/model.js';
import type { TaskField } from '../../pipeline/core/record.js';
import { squash } from '../common.js';
import { type SectionNode, flattenSections, sectionText } from '../sections.js';
import { assignedItems, assignedParagraphs, closingDeadline, closingParagraphs, headedGroups, tasksIn } from './items.js';
import { BULLET_KINDS, assignmentParts, headedBy, leadInParts } from './parts.js';
import { deadlineOf, frequencyOf, leadKey } from './reading.js';
import { wrapMargin } from './sentences.js';
import { pageTableLines } from './page-table.js';
import { tableTasks } from './table.js';
import { type TaskCandidate, taskCandidates } from './candidates.js';
import { type TaskScorer, taskProbability, taskScorer } from './scorer.js';
import { amendedQuotes, cellLineTableLines, textTableLines } from './text-layout.js';

export { actorOf, deadlineOf, frequencyOf, leadOf, partnersOf, type TaskSource } from './reading.js';
export { assignedIn, sentencesOf, wrapMargin } from './sentences.js';
export { titleOf } from './items.js';
export { tableTasks } from './table.js';

/**
 * Tasks: who must do what, by when. The assignment parts of the section tree are found by their
 * headings ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ"); each item there whose opening names an
 * agency is a task. Where a document has no such part, its "NHIỆM VỤ VÀ GIẢI PHÁP" part is used,
 * then the articles that assign work ("Giao …", "… chịu trách nhiệm thi hành"), then — for a
 * directive or a conclusion — its numbered items.
 */

/** How far into the body a reply's opening stands (its first paragraph, after the addressees). */
const REPLY_OPENING_REACH = 1_000;

/**
 * A reply to the body that asked gives it no work: a request to the asker ("… nhận được Công văn
 * số … của Sở Nội vụ …; đề nghị Sở Nội vụ căn cứ … xem xét"), unnumbered or one of the reply's
 * numbered opinions ("2. Đề nghị Sở Nội vụ rà soát lại căn cứ …"), is left out.
 */
function repliesLeftOut(tasks: TaskField[], text: string): TaskField[] {
  const opening = REPLY_OPENING.exec(text);
  // A reply says what it answers in its opening paragraph; "nhận được" further on is a procedure's ("Sau khi nhận được kết quả … của
  // Bộ Công an, cơ quan … thực hiện …") and makes no body an asker.
  if (!opening || opening.index > REPLY_OPENING_REACH) return tasks;
  const asked = text.slice(opening.index, opening.index + 300);
  // A request that sets the asker a date asks for work, whatever the hierarchy ("… gửi Sở Nội vụ thẩm định trước ngày 30/10/2025").
  return tasks.filter((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t.deadline ?? '') || !t.lead.every((lead) => NAMED_ABOVE.test(lead) || asked.includes(`${ASKED_BY} ${lead}`)));
}

/**
 * The tasks of a body given as a section tree, with its lines (`body`) for the paragraphs that
 * stand before any numbered item.
 */
export function extractTasks(
  roots: SectionNode[],
  docType: string | null,
  body: Line[] = [],
  paragraphs = false,
  after: Line[] = [],
  number: string | null = null,
  annex: SectionNode[] = [],
  options: TaskOptions = {},
): TaskField[] {
  // A charter's articles are its own organs' standing duties, adopted by its congress: nobody is assigned work.
  if (docType && docTypeByCode(docType)?.approvedRules) return [];
  // A proposal proposes and minutes record: neither gives work.
  if (docType && NOTHING_GIVEN_TYPES.has(docType)) return [];
  roots = withoutAddressees(roots, body);
  // Duties inside the new text an amending document quotes belong to the amended document: its words are read as blanks.
  const quotes = amendedQuotes(body);
  if (quotes.length) {
    roots = quotesBlanked(roots, quotes);
    body = body.map((l) => blanked(l, quotes));
  }
  const opening = body.filter((l) => l.text.trim()).slice(0, 6);
  if (opening.some((l) => COMMENTS_SUMMARY.test(l.text.trim().toLocaleUpperCase('vi')))) return [];
  // Word tables mark their cells; a page's tables are read from where their pieces of text stand.
  // (Text files print a table's rows as cells between bars: "STT | Tên dự án | Cơ quan trình | …".)
  const table = tableTasks([...body, ...after.filter((l) => l.cell), ...pageTableLines([...body, ...after]), ...textTableLines(body), ...cellLineTableLines(body)], roots);
  // Rows of a task table are its tasks; what the section tree or the sentences read in them is not again.
  const outside = (t: TaskField) => !table.spans.some(([from, to]) => from <= t.span[0] && t.span[0] <= to);
  // A letter that reports upward is read as the report it is.
  const bodyText = squash(body.map((l) => l.text).join(' '));
  const openingText = squash(opening.map((l) => l.text).join(' '));
  if (docType !== null && !PROPOSING_TYPES.has(docType) && (REPORTS_UPWARD.test(bodyText) || OPENS_REPORT_ITEMS.test(` ${openingText}`))) docType = REPORT_TYPE;
  // (A proposal's copies and attachments propose too.)
  const proposing = docType !== null && PROPOSING_TYPES.has(docType);
  const attached = proposing ? [] : attachedLetters(after.filter((l) => !l.cell)).flatMap((lines) => assignedParagraphs(lines, wrapMargin(lines, paragraphs), false));
  // An attachment's own implementation part gives its items' tasks (tasks in attachments count, as their citations do).
  if (!proposing) attached.push(...annexImplementation(annex, after, wrapMargin(after, paragraphs)));
  const normative = normativeText(roots, number);
  // (A task table's row, or an item opening inside the quotation, is the amended document's too.)
  const own = (t: TaskField) => !quotes.some(([from, to]) => from <= t.span[0] && t.span[0] < to);
  // A sentence that points to the table below it ("Các cơ quan thực hiện theo bảng sau:") leads into the table's rows, which are the tasks.
  const intoTable = (t: TaskField) =>
    table.spans.some(([from]) => {
      if (!(t.span[0] < from && from <= t.span[1]) || !table.tasks.some((row) => row.span[0] >= from)) return false;
      const before = body.filter((l) => l.start >= t.span[0] && l.end <= from && l.text.trim()).at(-1);
      return before !== undefined && /:\s*$/u.test(before.text);
    });
  const tasks = [...table.tasks, ...[...bodyTasks(roots, docType, body, paragraphs, bodyText, normative), ...attached].filter((t) => outside(t) && !intoTable(t))].filter(own);
  const found = superiorsLeftOut(oneTaskPerBody(tasks.sort((a, b) => a.span[0] - b.span[0])), bodyText);
  // The items no reading above took are weighed by the clause scorer; those it takes are tasks too.
  // A report or a proposal gives work only in its part of tasks, which the readings find; nor does a letter or a notice
  // (unless it is a legal text): they give work by requests the readings know, and an item naming a body and a duty there informs.
  const scorer = options.scorer ?? taskScorer();
  const informing = docType === null || INFORMING_TYPES.has(docType);
  const scorerAdds = !proposing && (!informing || normative);
  // (Reading the candidates costs about as much as the readings above: only where the scorer may use them, or for training.)
  if (!scorerAdds && scorer.mode !== 'decide' && !options.candidates) return found;
  const weighed = taskCandidates(roots, proposing ? REPORT_TYPE : docType, normative, wrapMargin(body, paragraphs)).filter((c) => outside(c.task) && own(c.task));
  if (options.candidates) options.candidates.push(...weighed.map((c) => ({ ...c, covered: covered(c.task, found) })), ...found.map((task) => ({ task, features: {} })));
  const taken = scorerAdds ? weighed.filter((c) => taskProbability(c, scorer) >= scorer.threshold) : [];
  // The scorer decides on every item it can read: a task found in an item it weighed stands only where it takes that item.
  // (What it cannot read — a table's rows, unnumbered paragraphs, labelled items — stands as found.)
  const kept = scorer.mode === 'decide' ? found.filter((t) => !weighed.some((c) => c.task.section === t.section) || taken.some((c) => c.task.section === t.section)) : found;
  // (As the readings do: a request to the body a reply answers gives it no work.)
  const added = (normative ? taken : taken.filter((c) => repliesLeftOut([c.task], bodyText).length)).filter((c) => !covered(c.task, kept)).map((c) => c.task);
  if (!added.length && kept.length === found.length) return found;
  return superiorsLeftOut(oneTaskPerBody([...kept, ...added].sort((a, b) => a.span[0] - b.span[0])), bodyText);
}

/** Options of extractTasks for training the scorer: another scorer, and a list that collects the candidates it weighed. */
export interface TaskOptions {
  scorer?: TaskScorer;
  candidates?: TaskCandidate[];
}

/**
 * Whether a candidate is covered by a task found: the same item, an item inside one (a duty under an agency heading), or a
 * heading over items found (a lead-in over sub-items that name their own bodies is no task).
 */
function covered(candidate: TaskField, found: TaskField[]): boolean {
  const [from, to] = candidate.span;
  return found.some((t) => t.section === candidate.section || (t.span[0] <= from && from <= t.span[1]) || (from <= t.span[0] && t.span[0] <= to));
}

/**
 * The tasks of the implementation parts of what is attached after the signature ("5. TỔ CHỨC THỰC HIỆN / 5.1. Cơ quan quản
 * lý nhà nước về bảo vệ môi trường có trách nhiệm hướng dẫn, kiểm tra …" of a technical regulation a Thông tư issues); none
 * in an attached charter, whose duties are its association's own standing rules (as a charter's are, approvedRules).
 */
function annexImplementation(annex: SectionNode[], after: Line[], margin: number | null): TaskField[] {
  const nodes = flattenSections(annex);
  if (!nodes.length || after.some((l) => CHARTER_HEADING.test(squash(l.text)))) return [];
  const parts = nodes.filter(headedBy(IMPLEMENTATION_HEADING));
  // (A part nested in another is read with it.)
  const outer = parts.filter((p) => !parts.some((q) => q !== p && flattenSections([q]).includes(p)));
  return outer.flatMap((part) => tasksIn(part.children.length ? part.children : [part], 'implementation', margin));
}

/** A line with the parts of it inside the given spans turned to spaces (offsets kept). */
function blanked(line: Line, spans: Array<[number, number]>): Line {
  let text = line.text;
  for (const [from, to] of spans) {
    const a = Math.max(from, line.start) - line.start;
    const b = Math.min(to, line.end) - line.start;
    if (a < b) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return text === line.text ? line : { ...line, text };
}

/** The section tree with the text inside the spans blanked in its lines and headings. */
function quotesBlanked(roots: SectionNode[], spans: Array<[number, number]>): SectionNode[] {
  const copy = (node: SectionNode, parent: SectionNode | null): SectionNode => {
    const lines = node.lines.map((l) => blanked(l, spans));
    const first = node.lines[0];
    const at = first ? first.text.lastIndexOf(node.heading) : -1;
    const heading = lines[0] !== first && at >= 0 ? lines[0]!.text.slice(at, at + node.heading.length).trim() : node.heading;
    const out: SectionNode = { ...node, heading, lines, parent, children: [] };
    out.children = node.children.map((c) => copy(c, out));
    return out;
  };
  return roots.map((r) => copy(r, null));
}

/**
 * Whether the document is a legal normative text (Luật Ban hành văn bản quy phạm pháp luật): its number carries the year
 * ("279/2025/NĐ-CP"), or, printed without a number, it opens with the articles of scope ("Phạm vi điều chỉnh", "Đối tượng áp dụng").
 */
function normativeText(roots: SectionNode[], number: string | null): boolean {
  // (An administrative document's number has no year, Nghị định 30/2020: it is one even where its first article states a scope.)
  if (number) return NORMATIVE_NUMBER.test(number);
  return flattenSections(roots).some((n) => n.kind === 'article' && SCOPE_ARTICLE.test(n.heading));
}

/**
 * A công văn's addressees in dashes under "Kính gửi:" ("- Sở Y tế;" / "- Ủy ban nhân dân các huyện."; a công điện's
 * "… điện:" likewise, Nghị định 30/2020, Phụ lục III) are no items of its body: the parser puts the unnumbered paragraphs
 * after them into the last addressee's dash. Without those dashes, the paragraphs stand before the first item, each
 * sentence that assigns one task (section ""), as in a letter whose addressee is on the "Kính gửi" line.
 */
function withoutAddressees(roots: SectionNode[], body: Line[]): SectionNode[] {
  const first = roots[0]?.lines[0]?.start;
  if (first === undefined) return roots;
  const before = body.filter((l) => l.text.trim() && l.start < first).at(-1);
  // Only a bare "Kính gửi:" line heads a list of addressees below it.
  if (!before || ADDRESSEE_LINE.exec(squash(before.text))?.[1]?.trim() !== '') return roots;
  let count = 0;
  for (const root of roots) {
    if (!BULLET_KINDS.has(root.kind) || root.children.length || root.heading.length > 160) break;
    count++;
    // The paragraphs after the list run on in its last dash.
    if (root.lines.length > 1) break;
  }
  return count ? roots.slice(count) : roots;
}

/**
 * A superior the letter submits to or reports to ("kính trình Ủy ban nhân dân tỉnh xem xét, quyết định", "kính báo cáo")
 * is asked, not given work: its requests ("đề nghị Ủy ban nhân dân tỉnh chỉ đạo …") are left out, unless they set it a
 * date (a request for input, whatever the hierarchy).
 */
function superiorsLeftOut(tasks: TaskField[], text: string): TaskField[] {
  const addressed = [...text.matchAll(SUPERIOR_ADDRESSED)].map((m) => m[1]!.toLocaleLowerCase('vi'));
  if (!addressed.length) return tasks;
  const superior = (lead: string) => {
    const name = squash(lead).toLocaleLowerCase('vi');
    // The whole name, not a shorter one that opens it ("Ủy ban nhân dân" of "Ủy ban nhân dân tỉnh").
    return addressed.some((after) => after.startsWith(name) && !/^[\p{L}\p{N}]/u.test(after.slice(name.length)));
  };
  return tasks.filter((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t.deadline ?? '') || t.lead.length === 0 || !t.lead.every(superior));
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

/** The last line of an item's text, below its sub-items. */
function lastLine(node: SectionNode): Line {
  let leaf = node;
  while (leaf.children.length) leaf = leaf.children.at(-1)!;
  return leaf.lines.at(-1)!;
}

/** The tasks the section tree and the sentences of the body give; `bodyText` is the body's lines joined and squashed (the caller has it). */
function bodyTasks(roots: SectionNode[], docType: string | null, body: Line[], paragraphs: boolean, bodyText: string, normative: boolean): TaskField[] {
  const parts = assignmentParts(roots, docType, normative);
  // A part nested in another found part is covered by it.
  const margin = wrapMargin(body, paragraphs);
  // Where the items name no body, unnumbered headings above them may ("Sở Nội vụ:" / "- Chủ trì …").
  const tasks = parts.flatMap(({ items, source, part }) => {
    const inItems = tasksIn(items, source, margin);
    return inItems.length || !part ? inItems : headedGroups(part, source);
  });
  tasks.push(...tasksIn(leadInParts(roots, tasks).flatMap((n) => n.children), 'items', margin));
  // A paragraph before the first item that asks for them ("Thủ tướng Chính phủ yêu cầu:"): each item naming a body is its task.
  // Numbered items, or where there are none, the dashes a notice lists ("… giao: / - Sở Y tế …").
  const numberedItems = roots.filter((r) => r.kind === 'number' || r.kind === 'roman');
  const numbered = numberedItems.length ? numberedItems : roots.filter((r) => r.kind === 'dash' || r.kind === 'plus');
  const firstItem = numbered[0]?.lines[0]?.start ?? Infinity;
  const leadIn = body.filter((l) => l.text.trim() && l.start < firstItem).at(-1);
  if (!parts.length && leadIn && ASSIGNING_LEAD_IN.test(squash(leadIn.text))) tasks.push(...tasksIn(numbered, 'items', margin));
  else if (!parts.length) {
    // The lead-in may close an earlier item's text: a công văn's addressees in dashes ("Kính gửi: / - Công an tỉnh; / - Sở Tài
    // chính.") hold the paragraph after them, down to "… Chủ tịch Ủy ban nhân dân tỉnh giao:" over the dashes it gives.
    const at = numbered.findIndex((item, i) => i < numbered.length - 1 && ASSIGNING_LEAD_IN.test(squash(lastLine(item).text)));
    if (at >= 0) tasks.push(...tasksIn(numbered.slice(at + 1).filter((item) => item.kind === numbered[at + 1]!.kind), 'items', margin));
  }
  const first = roots[0]?.lines[0]?.start ?? Infinity;
  if (!docType || !PROPOSING_TYPES.has(docType)) {
    tasks.push(...assignedItems(roots, tasks, margin, normative));
    tasks.push(...closingParagraphs(roots, tasks, margin));
    const itemsAssign = tasks.some((t) => t.section !== '');
    const paragraphTasks = assignedParagraphs(body.filter((l) => l.text.trim() && l.start < first), margin, itemsAssign);
    // A lead-in over items that name no body ("… đề nghị các cơ quan, đơn vị:" / "- Kiểm tra …" / "- Báo cáo … trước ngày …"):
    // the items are its duties, so its deadline and frequency are the first ones they print.
    const duties = paragraphTasks.at(-1);
    if (!itemsAssign && duties && /:\s*$/u.test(duties.text) && roots.length) {
      const items = squash(roots.map(sectionText).join(' '));
      duties.deadline ??= deadlineOf(items);
      duties.frequency ??= frequencyOf(items);
    }
    tasks.push(...paragraphTasks);
    const closing = closingDeadline(roots, margin);
    if (closing) for (const task of tasks) task.deadline ??= closing;
  }
  const seen = new Set<string>();
  // (A legal normative text answers no letter: its "nhận được hồ sơ …" is a procedure's.)
  return (normative ? tasks : repliesLeftOut(tasks, bodyText)).filter((t) => {
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
