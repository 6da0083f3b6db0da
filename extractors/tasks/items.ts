import { IMPLEMENTATION_HEADING, MEASURES_HEADING } from '../../data/sections.js';
import { ARTICLE_MARKER, ASSIGNING_VERB, HEADING_RUNS_ON, ASSIGNMENT_OPENING, CASE_HEADING, CLAUSE_MARKER, DUTIES_OF, EXECUTION_CLAUSE, INSTITUTION_HEAD, ISSUER_ASSIGNS, LEADING_VERB, REGULATED_PARTY, LABELLED_LEAD, LABELLED_PARTNERS, LABELLED_TIME, LABEL_BREAK, REPLY_BY_DATE, SUBJECT_END } from '../../data/tasks.js';
import type { Line } from '../../pipeline/core/model.js';
import type { TaskField } from '../../pipeline/core/record.js';
import { splitAgencyList } from '../agencies.js';
import { confidence, squash } from '../common.js';
import { type SectionNode, flattenSections, ownText, sectionSpan, sectionText } from '../sections.js';
import { BULLET_KINDS, ITEM_KINDS, asksUpward, closingOf, dutiesTitle, headedBy, inAmendingArticle, inArticle, statesAims, underCondition } from './parts.js';
import { type TaskSource, actorOf, reportingDuty, transitionalDuty, deadlineCell, delegatedTo, deadlineOf, frequencyOf, leadKey, leadOf, leadsIn, looksLikeAgency, narrowsLead, partnersOf, subjectOf, verbAfterPlace, withoutBasis } from './reading.js';
import { assignedIn, sentencesOf } from './sentences.js';

/**
 * Cutting the assigning parts into tasks: one per item that names a body (an agency heading over
 * its duties is one), items that label their lead, items and paragraphs that assign by a verb
 * anywhere in the body, and the closing paragraphs after the last item.
 */

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

/**
 * The tasks among the items of an assignment part. A numbered item that names its lead is one
 * task with everything below it; an item that names none is looked into (its lettered items
 * may); a bullet is a task when it opens with an agency, under the id of the section it sits in.
 */
export function tasksIn(items: SectionNode[], source: TaskSource, margin: number | null): TaskField[] {
  const tasks: TaskField[] = [];
  for (const child of items) {
    if (statesAims(child)) continue;
    const labelled = labelledTask(child, source);
    if (labelled) {
      tasks.push(labelled);
      continue;
    }
    const opening = squash([child.heading, ...child.lines.slice(1).map((l) => l.text)].join(' '));
    // "Điều 2. Chức năng, nhiệm vụ của Tổ giúp việc …": the title names the body; so does a heading
    // that is a paragraph of its own ("4. Sở Nội vụ" over "Phối hợp với các sở …").
    // (The heading of a one-paragraph implementation part, "TỔ CHỨC THỰC HIỆN", names no body.)
    const title = headedBy(IMPLEMENTATION_HEADING)(child) ? child.heading : titleOf(child, margin);
    const titled = title === null || title === child.heading && headedBy(IMPLEMENTATION_HEADING)(child) ? [] : leadOf(title);
    // A title naming no body ("Điều 3. Trách nhiệm thi hành") is no part of the paragraph's subject.
    const paragraph = title === null ? opening : squash(child.lines.slice(1).map((l) => l.text).join(' '));
    const named = titled.length ? titled : leadOf(DUTIES_OF.test(child.heading) ? child.heading : paragraph);
    // In an implementation part, "Điều 13. Trách nhiệm của cơ sở giáo dục" gives the body its title names, registered or not.
    // So does a clause titled by an institution over its lettered duties ("6. Cơ sở giáo dục có học sinh hưởng chính sách / a) …").
    const lead = named.length || source !== 'implementation' ? named : dutiesHolder(child.heading).concat(institutionTitle(child));
    // An agency heading over lettered duties ("Bộ Công an: a) Chủ trì …") is one task; items that
    // mostly name agencies of their own ("2. Các sở: a) Sở Tài chính …") are tasks each.
    const items = child.children.filter((c) => ITEM_KINDS.has(c.kind));
    // (Where the items are the heading's duties, some naming no body, one that names the heading's own bodies again, or one of
    // their kind, stays inside the heading's task: "1. Ủy ban nhân dân các cấp có trách nhiệm: / a) Tổ chức lập … / b) Ủy ban nhân
    // dân cấp tỉnh công bố …". Items that each name a body of the kind, "1. … cấp tỉnh / 2. … cấp xã", are tasks each.)
    const duties = items.some((c) => leadOf(c.heading).length === 0);
    const itemsWithLeads = items.filter((c) => {
      const own = leadOf(c.heading);
      return own.length > 0 && !(duties && narrowsLead(own, lead));
    });
    if (lead.length && itemsWithLeads.length * 2 <= items.length) {
      tasks.push(taskOf(child, lead, source, BULLET_KINDS.has(child.kind) ? 0.7 : 0.85));
      if (!child.children.length && (child.kind === 'article' || headedBy(IMPLEMENTATION_HEADING)(child))) tasks.push(...laterAssignments(child, lead, margin));
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
 * Bodies named by unnumbered headings inside a part, each over its duties in dashes ("IV. TỔ CHỨC
 * THỰC HIỆN / Sở Nội vụ: / - Chủ trì … / Sở Tài chính: / - Bố trí …"): one task per heading, all
 * with the part's id (an unnumbered paragraph under a heading takes the heading's id). Empty where
 * the part has numbered items or no such heading.
 */
export function headedGroups(part: SectionNode, source: TaskSource): TaskField[] {
  if (!part.children.length || part.children.some((c) => !BULLET_KINDS.has(c.kind))) return [];
  const lines = [...part.lines.slice(1), ...flattenSections(part.children).flatMap((n) => n.lines)].sort((a, b) => a.start - b.start);
  const groups: Array<{ lead: string[]; lines: Line[] }> = [];
  for (const line of lines) {
    const text = squash(line.text);
    const lead = /^\p{Lu}[^:]{1,100}:$/u.test(text) ? leadOf(text) : [];
    if (lead.length && looksLikeAgency(lead[0]!)) groups.push({ lead, lines: [line] });
    else groups.at(-1)?.lines.push(line);
  }
  return groups.map(({ lead, lines: own }) => {
    const text = squash(own.map((l) => l.text).join(' '));
    return {
      section: part.id,
      text,
      lead,
      partners: partnersOf(text),
      deadline: deadlineOf(text),
      frequency: frequencyOf(text),
      source,
      span: [own[0]!.start, own.at(-1)!.end] as [number, number],
      confidence: confidence(0.75),
    };
  });
}

/**
 * An article's or a one-paragraph implementation part's later sentences that give work to another
 * body ("Điều 2. Giao Sở Tài chính thông báo bổ sung dự toán … Công an tỉnh có trách nhiệm sử dụng
 * kinh phí …", "3. Tổ chức thực hiện / Giám đốc các sở … chịu trách nhiệm … Giao Công an tỉnh theo
 * dõi …"): one task per body made responsible, all with the item's id.
 */
function laterAssignments(article: SectionNode, lead: string[], margin: number | null): TaskField[] {
  const seen = new Set([leadKey(lead)]);
  const tasks: TaskField[] = [];
  const sentences = sentencesOf(article.lines, margin);
  for (const [i, sentence] of sentences.entries()) {
    if (i === 0) continue;
    // Or a sentence whose subject is a body and whose verb its duty ("Thường trực Hội đồng nhân dân tỉnh … giám sát việc
    // thực hiện Nghị quyết"), after a full stop: after a semicolon the list of the sentence before goes on.
    const opens = /[.!?]\s*$/u.test(sentences[i - 1]!.text);
    const named = assignedIn(sentence.text, () => deadlineOf(sentence.text) !== null) ?? (opens ? nonEmpty(actorOf(sentence.text)) : null);
    if (!named || seen.has(leadKey(named))) continue;
    seen.add(leadKey(named));
    tasks.push({ ...paragraphTask(sentence, named), section: article.id, source: 'articles' });
  }
  return tasks;
}

const nonEmpty = (names: string[]) => (names.length ? names : null);

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
  // A label ends with a colon: an item without one in its lines and bullets labels nothing (most items; their texts are not made).
  const bullets = node.children.filter((c) => BULLET_KINDS.has(c.kind) && !c.children.length);
  if (!node.lines.some((l) => l.text.includes(':')) && !bullets.some((c) => c.heading.includes(':') || c.lines.slice(1).some((l) => l.text.includes(':')))) return null;
  const texts = [
    ...node.lines.map((l) => squash(l.text)),
    ...bullets.map((c) => squash(c.heading + ' ' + c.lines.slice(1).map((l) => l.text).join(' '))),
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
 * Items anywhere in the body that assign by a verb ("1. Giao Sở Y tế …", "- Giao Công an tỉnh …",
 * "a) … giao Sở Nội vụ chủ trì …"), beyond those the assignment parts gave: one task per item,
 * unless an enclosing task already names the same lead.
 */
export function assignedItems(roots: SectionNode[], found: TaskField[], margin: number | null, normative = false): TaskField[] {
  const taskAt = new Map<number, string>(found.map((t) => [t.span[0], leadKey(t.lead)]));
  const tasks: TaskField[] = [];
  const closing = closingOf(roots, margin);
  for (const node of flattenSections(roots)) {
    const start = node.lines[0]!.start;
    if (taskAt.has(start) || asksUpward(node) || underCondition(node) || statesAims(node)) continue;
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
    const partTitle = headedBy(IMPLEMENTATION_HEADING)(node) || headedBy(MEASURES_HEADING)(node);
    // (A part's title, "IV. TỔ CHỨC THỰC HIỆN", is no body's name, whatever line follows it.)
    // A duties part whose items gave tasks ("Điều 2. Trách nhiệm của các cơ quan, đơn vị / 1. Sở … / 2. …") is no task itself.
    // So is a heading over the duties of bodies its items name ("Điều 11. Trách nhiệm của Ủy ban nhân dân các cấp / 1. Trách
    // nhiệm của Ủy ban nhân dân tỉnh … / 2. Trách nhiệm của Ủy ban nhân dân xã …").
    const itemsGave = (partTitle || DUTIES_OF.test(node.heading)) && found.some((t) => t.span[0] > start && t.span[0] <= sectionSpan(node)[1]);
    // (A normative text's article of a body's competence, "Nhiệm vụ, quyền hạn của Hội đồng", gives it no work.)
    const duties = normative ? dutiesTitle(node.heading) : DUTIES_OF.test(node.heading);
    const heading = duties && !itemsGave ? leadOf(node.heading) : partTitle || (normative && DUTIES_OF.test(node.heading)) ? [] : namedOver(node);
    // The closing paragraphs after the last item are not that item's (closingParagraphs reads them).
    const sentences = sentencesOf(node.lines, margin).filter((s) => !(closing && node === closing.leaf && s.start >= closing.from));
    // A numbered item of a plan's or directive's content whose subject is a body ("3. Các đơn vị,
    // địa phương tham mưu, triển khai …") tells that body what to do.
    // In an article, a clause that hands the making of details to a body ("7. Chính phủ quy định chi tiết Điều này.") gives it that work.
    // So does an article whose paragraph under its title does ("Điều 3. Chính sách tiền lương / Chính phủ quy định chi tiết Điều này.").
    const subject = ITEM_KINDS.has(node.kind) && node.kind !== 'roman' && !partTitle ? (!inArticle(node) ? actorOf(ownText(node)) : inAmendingArticle(node) ? [] : delegatedTo(node.kind !== 'article' ? ownText(node) : articleParagraph(node))) : [];
    // The item's last sentence may be the lead-in to the numbered items after it, which name their own bodies
    // (a công điện's addressees in dashes hold its paragraph "… yêu cầu các cơ quan, đơn vị …:"): it is split among them.
    // So is an item's own lead-in over its sub-items when they name their own bodies ("2. Nhiệm vụ thời gian tới, giao các cơ quan: /
    // a) Sở Y tế … / b) Sở Tài chính …"): the gold rules count the items, not the lead-in.
    const to = sectionSpan(node)[1];
    const leadsInto = (i: number) =>
      i === sentences.length - 1 && /:\s*$/u.test(sentences[i]!.text) && (node.children.length ? found.some((t) => t.span[0] > start && t.span[0] <= to) : found.some((t) => t.span[0] > to));
    // In a normative text's articles a sentence gives work only when the issuer gives it ("Giao …") or it is an execution
    // clause; "Bộ trưởng … giao cơ quan …", "cơ quan … có trách nhiệm chuyển …" state a body's power or a procedure.
    const given = (text: string) => !normative || !inArticle(node) || issuerGives(text);
    const leads = heading.length ? [] : sentences.map((s, i) => (leadsInto(i) || !given(s.text) ? null : assignedIn(s.text, deadlineSet)));
    const at = leads.findIndex((l) => l !== null);
    // A content item whose later sentence names the body leading it ("2. Biên soạn tài liệu …. Sở Tư pháp chủ trì, phối hợp …").
    const leading = ITEM_KINDS.has(node.kind) && !inArticle(node) && !partTitle && !subject.length ? leadingSentence(sentences) : null;
    const lead = heading.length ? heading : (leads[at] ?? (subject.length ? subject : (leading ?? undefined)));
    if (!lead) continue;
    let covered = false;
    for (let p = node.parent; p && !covered; p = p.parent) {
      const above = taskAt.get(p.lines[0]!.start);
      covered = above !== undefined && (above === leadKey(lead) || (p.children.some((c) => ITEM_KINDS.has(c.kind) && !leadOf(c.heading).length) && narrowsLead(lead, above.split(';'))));
    }
    if (covered) continue;
    const task = taskOf(node, lead, 'items', 0.8);
    // A request made in a later sentence of the item has the time that sentence or the next ones give, not an earlier one.
    if (at > 0) task.deadline = deadlineOf(squash(sentences.slice(at, at + 3).map((s) => s.text).join(' '))) ?? task.deadline;
    // A later sentence that delegates ("Đối với đô thị … phê duyệt trước ngày 01 tháng 7 năm 2025 …. Chính phủ quy định chi tiết khoản
    // này."): the time an earlier sentence gives describes the rule's case, not the delegated work's limit.
    const delegating = lead === subject && at < 0 && inArticle(node) ? sentences.findIndex((s) => delegatedTo(s.text).length > 0) : -1;
    if (delegating > 0) task.deadline = deadlineOf(squash(sentences[delegating]!.text));
    taskAt.set(start, leadKey(lead));
    tasks.push(task);
  }
  return tasks;
}

/**
 * The body a later sentence of an item makes lead ("Sở Tư pháp chủ trì, phối hợp với …" after the item's content): a
 * sentence after a full stop whose subject is a body and whose verb is "chủ trì".
 */
function leadingSentence(sentences: Array<{ text: string }>): string[] | null {
  for (const [i, sentence] of sentences.entries()) {
    if (i === 0 || !/[.!?]\s*$/u.test(sentences[i - 1]!.text)) continue;
    const text = squash(sentence.text);
    const lead = actorOf(text);
    const verb = SUBJECT_END.exec(text);
    if (lead.length && verb && LEADING_VERB.test(text.slice(verb.index))) return lead;
  }
  return null;
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

/**
 * A closing paragraph after a công văn's numbered items ("Giao Công an tỉnh theo dõi, đôn đốc việc
 * thực hiện …"): unnumbered, it follows the last item's own paragraph but belongs to no item, so
 * a sentence there that opens a paragraph and assigns to another body than the item is a task of
 * its own, section "". (Under a Roman part or an article, paragraphs after the items stay theirs.)
 */
export function closingParagraphs(roots: SectionNode[], found: TaskField[], margin: number | null): TaskField[] {
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
export function closingDeadline(roots: SectionNode[], margin: number | null): string | null {
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
export function assignedParagraphs(lines: Line[], margin: number | null, itemsAssign: boolean): TaskField[] {
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

/** Whether a sentence of a normative text's article gives work: the issuer's "Giao …", or an execution clause (EXECUTION_CLAUSE). */
function issuerGives(sentence: string): boolean {
  const text = squash(sentence).replace(ARTICLE_MARKER, '').replace(CLAUSE_MARKER, '');
  return !CASE_HEADING.test(text) && (ISSUER_ASSIGNS.test(text) || EXECUTION_CLAUSE.test(text) || transitionalDuty(text) || reportingDuty(text));
}

/**
 * The body a duties heading names ("Trách nhiệm của cơ sở giáo dục" → "cơ sở giáo dục"), as printed, where no register knows
 * it; none for the persons a rule regulates ("Trách nhiệm của tổ chức, cá nhân …").
 */
function dutiesHolder(heading: string): string[] {
  if (!DUTIES_OF.test(heading)) return [];
  const holder = squash(heading).replace(ASSIGNMENT_OPENING, '').replace(/[\s.:;,]+$/u, '');
  if (!holder || holder.length > 120 || REGULATED_PARTY.test(holder) || /[.;:]/u.test(holder)) return [];
  return leadsIn(holder);
}

/** The institution a clause's one-line title names over its lettered duties ("Cơ sở giáo dục có học sinh hưởng chính sách"); none where the title has a verb. */
function institutionTitle(node: SectionNode): string[] {
  const heading = squash(node.heading);
  if (node.lines.length !== 1 || !node.children.some((c) => ITEM_KINDS.has(c.kind)) || !INSTITUTION_HEAD.test(heading) || /[.;:,]$/u.test(heading)) return [];
  if (subjectOf(heading) !== heading || REGULATED_PARTY.test(heading)) return [];
  return leadsIn(heading);
}

/** The paragraph under an article's title ("Điều 3. Chính sách tiền lương" / "Chính phủ quy định chi tiết Điều này."); empty without one. */
function articleParagraph(node: SectionNode): string {
  // "Điều 1. Công bố Nghị định số 24/2016/NĐ-CP … của / Chính phủ quy định …": a heading line that stops on a word which cannot end
  // a title runs on into the next; its sentence is read whole.
  const from = node.lines.length > 1 && HEADING_RUNS_ON.test(squash(node.lines[0]!.text)) ? 0 : 1;
  return node.lines.length > 1 ? squash(node.lines.slice(from).map((l) => l.text).join(' ')) : '';
}
