import {
  ASSIGNING_ARTICLE,
  IMPLEMENTATION_HEADING,
  ITEMIZED_ASSIGNMENT_TYPES,
  MEASURES_HEADING,
} from '../data/sections.js';
import { ASSIGNMENT_OPENING, DEADLINE, DEADLINE_LINE, FREQUENCY, LEAD_QUALIFIER, PARTNERS_END, PARTNERS_OPENING, RESPONSIBLE_FOR, SUBJECT_END } from '../data/tasks.js';
import type { TaskField } from '../pipeline/core/record.js';
import { looksLikeAgency, splitAgencyList } from './agencies.js';
import { confidence, squash } from './common.js';
import { findDate } from './dates.js';
import { flattenSections, ownText, sectionSpan, sectionText, type SectionNode } from './sections.js';

/**
 * Tasks: who must do what, by when. The assignment parts of the section tree are found by their
 * headings ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ"); each item there whose opening names an
 * agency is a task. Where a document has no such part, its "NHIỆM VỤ VÀ GIẢI PHÁP" part is used,
 * then the articles that assign work ("Giao …", "… chịu trách nhiệm thi hành"), then — for a
 * directive or a conclusion — its numbered items.
 */

export type TaskSource = TaskField['source'];

/** The part of the subject an item opens with, before the colon or the first verb. */
function subjectOf(text: string): string | null {
  const body = text.replace(ASSIGNMENT_OPENING, '');
  const responsible = RESPONSIBLE_FOR.exec(body);
  if (responsible && responsible.index < 600) return body.slice(0, responsible.index);
  const colon = body.indexOf(':');
  const verb = SUBJECT_END.exec(body);
  if (colon > 0 && colon < 200 && (!verb || colon <= verb.index)) return body.slice(0, colon);
  if (verb && verb.index > 0 && verb.index < 220) return body.slice(0, verb.index);
  // A heading naming the agency, with its duties in the lines below.
  return body.length < 160 && !/[.;]$/u.test(body) ? body : null;
}

/** The lead agencies an item opens with; empty when its subject is not an agency. */
export function leadOf(text: string): string[] {
  // An item's opening is asked for again when its parent looks at its items.
  let lead = LEAD_CACHE.get(text);
  if (!lead) {
    const subject = subjectOf(squash(text));
    const agencies = subject ? splitAgencyList(subject.replace(LEAD_QUALIFIER, '').trim()) : [];
    lead = agencies.length && looksLikeAgency(agencies[0]!) ? agencies : [];
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
  const m = DEADLINE.exec(text) ?? DEADLINE_LINE.exec(text);
  if (!m) return null;
  const date = findDate(m[0]);
  return date?.iso ?? squash(m[0]).replace(/[\s,;.]+$/u, '');
}

export function frequencyOf(text: string): string | null {
  return FREQUENCY.exec(text)?.[1] ?? null;
}

/** A short heading of the given kind of part, in any case ("III. TỔ CHỨC THỰC HIỆN", "3. Tổ chức thực hiện"). */
function headedBy(heading: RegExp): (node: SectionNode) => boolean {
  return (node) => node.heading.length < 90 && heading.test(node.heading.toLocaleUpperCase('vi'));
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
    deadline: deadlineOf(text),
    frequency: frequencyOf(text),
    source,
    span: sectionSpan(node),
    confidence: confidence(leadConfidence),
  };
}

/**
 * The tasks among the items of an assignment part. A numbered item that names its lead is one
 * task with everything below it; an item that names none is looked into (its lettered items
 * may); a bullet is a task when it opens with an agency, under the id of the section it sits in.
 */
function tasksIn(items: SectionNode[], source: TaskSource): TaskField[] {
  const tasks: TaskField[] = [];
  for (const child of items) {
    const opening = squash([child.heading, ...child.lines.slice(1).map((l) => l.text)].join(' '));
    const lead = leadOf(opening);
    // An agency heading over lettered duties ("Bộ Công an: a) Chủ trì …") is one task; items that
    // mostly name agencies of their own ("2. Các sở: a) Sở Tài chính …") are tasks each.
    const items = child.children.filter((c) => ITEM_KINDS.has(c.kind));
    const itemsWithLeads = items.filter((c) => leadOf(c.heading).length > 0);
    if (lead.length && itemsWithLeads.length * 2 <= items.length) {
      tasks.push(taskOf(child, lead, source, BULLET_KINDS.has(child.kind) ? 0.7 : 0.85));
    } else if (child.children.length) {
      tasks.push(...tasksIn(child.children, source));
    }
  }
  return tasks;
}

/** The sections whose items assign work, and how they were found. */
function assignmentParts(roots: SectionNode[], docType: string | null): Array<{ items: SectionNode[]; source: TaskSource }> {
  const nodes = flattenSections(roots);
  const implementation = nodes.filter(headedBy(IMPLEMENTATION_HEADING));
  if (implementation.length) return implementation.map((node) => ({ items: node.children, source: 'implementation' }));
  // The assigning words stand in the article's own sentence ("Điều 3. … chịu trách nhiệm thi
  // hành") or one of its clauses ("Điều 3. Hiệu lực … 2. Các Bộ trưởng … chịu trách nhiệm thi hành").
  const assigns = (n: SectionNode) => ASSIGNING_ARTICLE.test(ownText(n)) || n.children.some((c) => ASSIGNING_ARTICLE.test(ownText(c)));
  const articles = nodes.filter((n) => n.kind === 'article' && assigns(n));
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

export function extractTasks(roots: SectionNode[], docType: string | null): TaskField[] {
  const parts = assignmentParts(roots, docType);
  // A part nested in another found part is covered by it.
  const tasks = parts.flatMap(({ items, source }) => tasksIn(items, source));
  const seen = new Set<string>();
  return tasks.filter((t) => {
    const key = `${t.span[0]}:${t.span[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
