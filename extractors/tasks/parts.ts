import { ASSIGNING_ARTICLE, IMPLEMENTATION_HEADING, ITEMIZED_ASSIGNMENT_TYPES, MEASURES_HEADING } from '../../data/sections.js';
import { AIMS_HEADING, AMENDED_TEXT_NAMED, AMENDING_ARTICLE, QUOTED_PROVISION, ASSIGNING_LEAD_IN, CASE_HEADING, CLAUSE_MARKER, COMPETENCE_TITLE, DUTIES_OF, EXECUTION_CLAUSE, EXECUTION_TITLE, ISSUER_ASSIGNS, SELF_REFERENCE, UPWARD_HEADING } from '../../data/tasks.js';
import type { Line } from '../../pipeline/core/model.js';
import type { TaskField } from '../../pipeline/core/record.js';
import { squash } from '../common.js';
import { type SectionNode, flattenSections, ownText, sectionSpan } from '../sections.js';
import { type TaskSource, reportingDuty, transitionalDuty } from './reading.js';

/**
 * Finding the parts of a document that assign work: its implementation part under its usual
 * headings, else the articles that assign, its part of duties or (directives, conclusions) its
 * numbered items; and the parts that ask upward or set a case, which assign nothing.
 */

/** A short heading of the given kind of part, in any case ("III. TỔ CHỨC THỰC HIỆN", "3. Tổ chức thực hiện"). */
export function headedBy(heading: RegExp): (node: SectionNode) => boolean {
  // A short heading, or a long title over numbered sub-items that ends without a sentence's stop
  // ("2. Một số nhiệm vụ, giải pháp trọng tâm … trong thời gian tới" over 2.1, 2.2 …).
  // (Not a clause of a list, "a) Tổ chức triển khai thực hiện Thông tư này;": a point or dash with nothing under it, or a heading
  // ending as a list's member does, is a duty, not a part's title.)
  const clause = (node: SectionNode) => /[;,]\s*$/u.test(node.heading) || ((node.kind === 'letter' || BULLET_KINDS.has(node.kind)) && !node.children.length && /[.;]\s*$/u.test(node.heading));
  const title = (node: SectionNode) => !clause(node) && (node.heading.length < 90 || (node.children.some((c) => ITEM_KINDS.has(c.kind)) && !/[.;:]\s*$/u.test(node.heading)));
  return (node) => (title(node) && heading.test(node.heading.toLocaleUpperCase('vi'))) || heading.test(chapterTitle(node).toLocaleUpperCase('vi'));
}

/** The title a chapter or part prints on the line under its number ("Chương III" / "TỔ CHỨC THỰC HIỆN"); empty for other nodes. */
export function chapterTitle(node: SectionNode): string {
  if ((node.kind !== 'chapter' && node.kind !== 'part') || node.heading.trim()) return '';
  const line = node.lines[1]?.text.trim() ?? '';
  return line.length < 90 ? line : '';
}

export const ITEM_KINDS = new Set(['number', 'decimal', 'letter', 'article', 'roman']);

export const BULLET_KINDS = new Set(['dash', 'plus']);

/**
 * The clauses of a legal normative text's article that give work (Luật Ban hành văn bản quy phạm pháp luật): its articles
 * state rules, so outside the parts of duties only a clause that makes bodies carry the text out ("… chịu trách nhiệm thi
 * hành / tổ chức thực hiện …") or opens with "Giao …" assigns, and the clause is the item, not the whole article ("Điều 10.
 * Hiệu lực thi hành / 1. … có hiệu lực … / 3. Bộ trưởng … chịu trách nhiệm thi hành"). A point that does so gives its
 * clause, whose other points may name their bodies too ("6. Quản lý việc xuất cấp … / a) Bộ Tài chính chịu trách nhiệm tổ
 * chức thực hiện … / b) Ủy ban nhân dân cấp tỉnh chỉ đạo …"), and a transitional duty with its one-off date (transitionalDuty). A rule's "cơ quan … có trách nhiệm chuyển …" (procedure), a
 * case ("Trường hợp …") and a body's own power ("Bộ trưởng … giao cơ quan …") give none.
 */
function executingClauses(article: SectionNode): SectionNode[] {
  const executes = (n: SectionNode) => {
    const text = ownText(n).replace(CLAUSE_MARKER, '');
    return !CASE_HEADING.test(text) && (EXECUTION_CLAUSE.test(text) || ISSUER_ASSIGNS.test(text) || transitionalDuty(text) || reportingDuty(text, n.children.map(ownText)));
  };
  if (executes(article)) return [article];
  return article.children.filter((clause) => executes(clause) || clause.children.some(executes));
}

/** A normative text's title over a body's duties in carrying it out ("Trách nhiệm của …"), not over its competence (COMPETENCE_TITLE). */
export function dutiesTitle(heading: string): boolean {
  return DUTIES_OF.test(heading) && !COMPETENCE_TITLE.test(heading);
}

/** The sections whose items assign work, and how they were found; `normative` for a legal normative text (normativeText). */
export function assignmentParts(roots: SectionNode[], docType: string | null, normative = false): Array<{ items: SectionNode[]; source: TaskSource; part?: SectionNode }> {
  const nodes = flattenSections(roots);
  const implementation = nodes.filter(headedBy(IMPLEMENTATION_HEADING));
  // The assigning words stand in the article's own sentence ("Điều 3. … chịu trách nhiệm thi
  // hành") or one of its clauses ("Điều 3. Hiệu lực … 2. Các Bộ trưởng … chịu trách nhiệm thi hành").
  // (Or an execution clause without those words: "Điều 2. Sở Công Thương … hướng dẫn, kiểm tra việc thực hiện Quyết định này".)
  const assigning = (text: string) => ASSIGNING_ARTICLE.test(text) || EXECUTION_CLAUSE.test(text);
  const assigns = (n: SectionNode) => assigning(ownText(n)) || n.children.some((c) => assigning(ownText(c)));
  // (In a normative text the execution clause may stand in a point: "6. Quản lý … / a) Bộ Tài chính chịu trách nhiệm …".)
  // ("Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ, địa phương" gives its clauses' bodies work, whatever words they use;
  // so does "Điều 30. Trách nhiệm thi hành" / "1. Bộ Tài chính tổng hợp, báo cáo …", which itemsOf reads whole.)
  const articles = nodes.filter((n) => n.kind === 'article' && (assigns(n) || (normative && (executingClauses(n).length > 0 || dutiesTitle(n.heading) || EXECUTION_TITLE.test(n.heading)))));
  // An article of a normative text outside its parts of duties gives only its executing clauses.
  // ("Điều 4. Trách nhiệm thi hành" and the duties of a body are such parts, whatever their clauses say.)
  // A body's competence ("Nhiệm vụ, quyền hạn của Hội đồng") is no such part in a normative text: it states standing rules.
  const itemsOf = (article: SectionNode) => (normative && !dutiesTitle(article.heading) && !EXECUTION_TITLE.test(article.heading) ? executingClauses(article) : [article]);
  if (implementation.length) {
    // "Điều 2. Tổ chức thực hiện" is one article; the execution clause of the next one assigns too.
    // So does the execution article after a chapter of duties ("Chương III. TRÁCH NHIỆM THỰC HIỆN … / Chương IV … Điều 16. Trách
    // nhiệm thi hành"): an article-structured text gives work in its articles outside the part too.
    const others = implementation.some((n) => n.kind === 'article' || n.kind === 'chapter' || n.kind === 'part') ? articles.filter((n) => !implementation.includes(n) && !implementation.some((p) => sectionSpan(p)[0] <= sectionSpan(n)[0] && sectionSpan(n)[1] <= sectionSpan(p)[1])) : [];
    return [
      // A part that is one paragraph ("III. TỔ CHỨC THỰC HIỆN" / "Căn cứ Kế hoạch này, các sở, ban, ngành … xây dựng kế hoạch …") is its own item.
      ...implementation.map((node) => ({ items: node.children.length ? node.children : [node], source: 'implementation' as const, part: node })),
      ...others.map((node) => ({ items: itemsOf(node), source: 'articles' as const })).filter((p) => p.items.length),
    ];
  }
  if (articles.length) {
    // An article is a part of its own: "Điều 3. Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành".
    const parts = articles.map((node) => ({ items: itemsOf(node), source: 'articles' as const })).filter((p) => p.items.length);
    if (parts.length || !normative) return parts;
  }
  const measures = nodes.filter(headedBy(MEASURES_HEADING));
  if (measures.length) return measures.map((node) => ({ items: node.children, source: 'measures' }));
  // (A normative text's numbered items are rules, whatever its type's code shares with a directive's.)
  if (docType && ITEMIZED_ASSIGNMENT_TYPES.has(docType) && !normative) {
    const top = roots.filter((r) => r.kind === 'number' || r.kind === 'roman');
    if (top.length) return [{ items: top, source: 'items' }];
  }
  return [];
}

/** Items under a lead-in that asks for them ("III. … trân trọng đề nghị:"), outside the tasks found so far. */
export function leadInParts(roots: SectionNode[], found: TaskField[]): SectionNode[] {
  const inside = (n: SectionNode) => found.some((t) => t.span[0] <= sectionSpan(n)[0] && sectionSpan(n)[1] <= t.span[1]);
  return flattenSections(roots).filter((n) => n.children.length && ASSIGNING_LEAD_IN.test(squash(ownText(n))) && !inside(n) && !asksUpward(n));
}

/** Nodes inside a part that asks upward ("KIẾN NGHỊ", "ĐỀ XUẤT") assign nothing. */
export function asksUpward(node: SectionNode): boolean {
  // A title ("IV. KIẾN NGHỊ", "3. Kiến nghị, đề xuất"), not an item that opens with the verb ("2. Đề nghị các đơn vị …").
  const title = (heading: string) => heading === heading.toLocaleUpperCase('vi') || heading.length <= 40;
  for (let n: SectionNode | null = node; n; n = n.parent) if (UPWARD_HEADING.test(n.heading.toLocaleUpperCase('vi')) && title(n.heading)) return true;
  return false;
}

/** Nodes in a plan's part of aims ("I. MỤC ĐÍCH, YÊU CẦU" / "2. Yêu cầu"), which states how the work is to be done and assigns none. */
export function statesAims(node: SectionNode): boolean {
  for (let n: SectionNode | null = node; n; n = n.parent) if (AIMS_HEADING.test(squash(n.heading).toLocaleUpperCase('vi'))) return true;
  return false;
}

/** Nodes under an item that sets a case ("6.2. Trường hợp, nếu các Hội … chưa tiến hành …") tell what to do if it arises: no assignment. */
export function underCondition(node: SectionNode): boolean {
  for (let n: SectionNode | null = node.parent; n; n = n.parent) if (CASE_HEADING.test(n.heading)) return true;
  return false;
}

/**
 * Whether a node is in an article that amends another text ("Điều 1. Sửa đổi, bổ sung một số điều của Luật …"): its clauses say
 * what is replaced and quote the new provisions, whose duties are the amended text's, not given by this one (gold README).
 */
export function inAmendingArticle(node: SectionNode): boolean {
  for (let n: SectionNode | null = node; n; n = n.parent) if (n.kind === 'article') return AMENDING_ARTICLE.test(squash(n.heading)) && namesAmendedText(n);
  return false;
}

/** Whether an article's title or text names what it amends (a text's provisions, a cited number, a quoted provision). */
function namesAmendedText(article: SectionNode): boolean {
  if (AMENDED_TEXT_NAMED.test(squash(article.heading))) return true;
  const texts: string[] = [];
  const walk = (n: SectionNode) => {
    texts.push(n.heading, ...n.lines.map((l) => l.text));
    n.children.forEach(walk);
  };
  walk(article);
  // (In the clauses, only a provision quoted to follow: a clause's own reference, "tại Điều 5 của Luật …", amends nothing.)
  return texts.some((t) => QUOTED_PROVISION.test(squash(t)));
}

/** Whether a node is an article of a decision or one of its clauses (which permit, define or list, not direct, unless they say "giao"). */
export function inArticle(node: SectionNode): boolean {
  for (let n: SectionNode | null = node; n; n = n.parent) if (n.kind === 'article') return true;
  return false;
}

/**
 * Where the closing paragraphs start: the paragraph after the last numbered item's own one, when
 * that one is a whole sentence (not a title over paragraphs of its own, "4. Về cải cách thể chế").
 * Every line of a Word document is a paragraph; on a page, a paragraph ends at a line that stops
 * short of the margin, or before a first-line indent.
 */
export function closingOf(roots: SectionNode[], margin: number | null): { leaf: SectionNode; from: number } | null {
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
