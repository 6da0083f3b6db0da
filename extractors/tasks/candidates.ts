import { IMPLEMENTATION_HEADING, MEASURES_HEADING } from '../../data/sections.js';
import { ANSWERS_FOR, CASE_HEADING, COMPETENCE_TITLE, DUTIES_OF, PLURAL_NAME, REGULATED_PARTY, SCORER_TYPE_GROUPS, RELATIVE_DEADLINE, SCORER_CUES, SUBJECT_END, VERB_IN_NAME } from '../../data/tasks.js';
import type { TaskField } from '../../pipeline/core/record.js';
import { confidence, squash } from '../common.js';
import { type SectionNode, flattenSections, ownText, sectionSpan, sectionText } from '../sections.js';
import { BULLET_KINDS, ITEM_KINDS, asksUpward, headedBy, inAmendingArticle, inArticle, statesAims, underCondition } from './parts.js';
import { actorOf, deadlineOf, delegatedTo, frequencyOf, leadOf, leadsIn, looksLikeAgency, partnersOf, verbAfterPlace } from './reading.js';
import { assignedIn, sentencesOf } from './sentences.js';
import { titleOf } from './items.js';

/**
 * Clause candidates for the task scorer: every item of the section tree (numbered, lettered, an article or its clause, a
 * dash) whose text names a body by one of the readers — the object of an assigning verb, the subject of a duty's verb, the
 * body a clause delegates to, the body a duties title or a heading over duties names — with the features the scorer
 * weighs (data/task-scorer.json, trained by scripts/train-task-scorer.ts on the tuning documents only).
 */

export interface TaskCandidate {
  task: TaskField;
  features: Record<string, number>;
  /** Set when collected for training: whether a task found by the readings covers the candidate. */
  covered?: boolean;
}

const READERS = ['opening', 'verb', 'subject', 'delegated', 'duties', 'heading'] as const;
const KINDS = ['number', 'decimal', 'letter', 'article', 'roman', 'bullet'] as const;

function ancestors(node: SectionNode): SectionNode[] {
  const out: SectionNode[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

/** The body an item names and how it was read; null where no reader finds one. */
function readLead(node: SectionNode, margin: number | null): { lead: string[]; reader: (typeof READERS)[number] } | null {
  const own = squash(ownText(node));
  // What the item opens with, before its colon or first verb, or the title on a line of its own ("4. Sở Nội vụ" / "Phối hợp …").
  const title = titleOf(node, margin);
  const opening = title !== null ? leadOf(title) : leadOf(DUTIES_OF.test(node.heading) ? node.heading : squash([node.heading, ...node.lines.slice(1).map((l) => l.text)].join(' ')));
  if (opening.length) return { lead: opening, reader: 'opening' };
  for (const s of sentencesOf(node.lines, margin)) {
    const lead = assignedIn(s.text, () => deadlineOf(s.text) !== null);
    if (lead?.length) return { lead, reader: 'verb' };
  }
  const subject = actorOf(own);
  if (subject.length && looksLikeAgency(subject[0]!)) return { lead: subject, reader: 'subject' };
  const delegated = delegatedTo(own);
  if (delegated.length) return { lead: delegated, reader: 'delegated' };
  if (DUTIES_OF.test(node.heading)) {
    const lead = leadOf(node.heading);
    if (lead.length) return { lead, reader: 'duties' };
  }
  if (/:\s*$/u.test(node.heading) && node.children.length) {
    const lead = leadsIn(squash(node.heading).replace(/\s*:$/u, ''));
    if (lead.length && looksLikeAgency(lead[0]!)) return { lead, reader: 'heading' };
  }
  return null;
}

/** Whether an item states a duty: a verb a duty takes stands in it ("- Thực hiện …", "a) Chủ trì …"). */
function statesDuty(node: SectionNode): boolean {
  // (Its heading is its opening without the marker.)
  const text = squash(node.heading).replace(/^[-–+•]\s*/u, '');
  return SUBJECT_END.test(` ${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`);
}

/** The candidates of a body's section tree; `normative` for a legal normative text. */
export function taskCandidates(roots: SectionNode[], docType: string | null, normative: boolean, margin: number | null): TaskCandidate[] {
  const out: TaskCandidate[] = [];
  const nodes = flattenSections(roots);
  // Each item's lead as read once (the reading is the costly part): the maps below ask it again for parents and siblings.
  const reads = new Map<SectionNode, NonNullable<ReturnType<typeof readLead>>>();
  const implementation = headedBy(IMPLEMENTATION_HEADING);
  const measures = headedBy(MEASURES_HEADING);
  for (const node of nodes) {
    // (A part's title, "II. TỔ CHỨC THỰC HIỆN", names no body, whatever its paragraph says.)
    if ((!ITEM_KINDS.has(node.kind) && !BULLET_KINDS.has(node.kind)) || implementation(node) || measures(node)) continue;
    const read = readLead(node, margin);
    if (read) reads.set(node, read);
  }
  const group = Object.entries(SCORER_TYPE_GROUPS).find(([, codes]) => docType !== null && codes.includes(docType))?.[0] ?? 'other';
  for (const node of nodes) {
    const read = reads.get(node);
    const lead = read?.lead;
    // A lead that runs on past a name ("UBND các địa phương: Tập trung …", "Việc … do Bộ trưởng …") names no body.
    if (!lead || lead.some((name) => /:\s*\p{Lu}/u.test(name) || name.length > 160 || VERB_IN_NAME.test(name))) continue;
    // The persons a rule regulates are bound by it, not given work (as leadOf reads them).
    if (REGULATED_PARTY.test(lead[0]!)) continue;
    // The parts the conventions exclude wherever they stand: a plan's aims, what is asked upward, what a case would need, the
    // new text an amending article quotes.
    if (statesAims(node) || asksUpward(node) || underCondition(node) || inAmendingArticle(node)) continue;
    const own = squash(ownText(node));
    const text = sectionText(node);
    const above = ancestors(node);
    const kind = BULLET_KINDS.has(node.kind) ? 'bullet' : node.kind;
    const f: Record<string, number> = { bias: 1 };
    for (const k of KINDS) f[`kind.${k}`] = kind === k ? 1 : 0;
    for (const r of READERS) f[`reader.${r}`] = read.reader === r ? 1 : 0;
    for (const g of [...Object.keys(SCORER_TYPE_GROUPS), 'other']) f[`type.${g}`] = group === g ? 1 : 0;
    f.normative = normative ? 1 : 0;
    f.depth = Math.min(above.length, 4) / 4;
    f.leads = Math.min(lead.length, 4) / 4;
    f.plural = PLURAL_NAME.test(lead[0]!) ? 1 : 0;
    f.agency = looksLikeAgency(lead[0]!) ? 1 : 0;
    f.leadLength = Math.min(lead.join(' ').length, 200) / 200;
    f.length = Math.min(own.length, 1000) / 1000;
    for (const [cue, pattern] of Object.entries(SCORER_CUES)) f[`cue.${cue}`] = pattern.test(own) ? 1 : 0;
    f.opensWithCase = CASE_HEADING.test(own) ? 1 : 0;
    const deadline = deadlineOf(text);
    const frequency = frequencyOf(text);
    f.deadline = deadline !== null ? 1 : 0;
    f.frequency = frequency !== null ? 1 : 0;
    f.implementation = [node, ...above].some(implementation) ? 1 : 0;
    f.measures = [node, ...above].some(measures) ? 1 : 0;
    f.dutiesAbove = above.some((a) => DUTIES_OF.test(a.heading)) ? 1 : 0;
    // A body's competence ("Điều 8. Nhiệm vụ, quyền hạn của …") is a standing rule, not work given.
    f.competence = [node, ...above].some((a) => COMPETENCE_TITLE.test(a.heading)) ? 1 : 0;
    f.inArticle = inArticle(node) ? 1 : 0;
    f.amending = inAmendingArticle(node) ? 1 : 0;
    f.condition = underCondition(node) ? 1 : 0;
    f.upward = asksUpward(node) ? 1 : 0;
    f.aims = statesAims(node) ? 1 : 0;
    f.children = node.children.length ? 1 : 0;
    // Sub-items naming their own bodies share the work out: the heading over them is no task of its own.
    const childLeads = node.children.filter((c) => reads.has(c)).length;
    f.childrenNamed = node.children.length ? childLeads / node.children.length : 0;
    // An item under a heading that names a body is a duty of that body.
    f.parentNamed = node.parent && reads.has(node.parent) ? 1 : 0;
    // An item with no verb after the body it names and nothing under it states no duty ("2. Ông …, Giám đốc Sở Nội vụ – Phó
    // Trưởng ban": a member of a list): no task says who without saying what.
    const verb = verbAfterPlace(own);
    f.verbless = verb ? 0 : 1;
    if (verb && ANSWERS_FOR.test(own.slice(verb.index))) continue;
    // A heading over items is a body's only where they state duties by a verb ("c) Ban Thường trực: / - Số lượng: 05 đồng chí"
    // lists members).
    if (f.verbless && !node.children.some(statesDuty)) continue;
    // In a legal normative text, a step to take within a time limit counted from an event is procedure, not work given.
    if (normative && RELATIVE_DEADLINE.test(own) && !/^\d{4}-\d{2}-\d{2}$/u.test(deadline ?? '')) continue;
    const siblings = node.parent ? node.parent.children : roots;
    f.listSize = Math.min(siblings.length, 20) / 20;
    f.siblingsNamed = siblings.length > 1 ? (siblings.filter((s) => s !== node && reads.has(s)).length) / (siblings.length - 1) : 0;
    out.push({
      task: {
        section: node.id,
        text,
        lead,
        partners: partnersOf(text),
        deadline,
        frequency,
        source: 'items',
        span: sectionSpan(node),
        confidence: confidence(0.6),
      },
      features: f,
    });
  }
  return out;
}
