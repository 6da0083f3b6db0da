import { BARE_MARKER, FIRST_LABELS, HEADING_RANK, OCR_COUNTED_KINDS, OCR_MARKERS, SECTION_ID_PREFIX, SECTION_MARKERS, type SectionKind } from '../data/sections.js';
import type { Line, NormalizedDocument } from '../pipeline/core/model.js';
import type { SectionField } from '../pipeline/core/record.js';
import { squash } from './common.js';

/**
 * The body as a tree of sections: every line that opens with a marker ("II-", "2.1.", "a)", "-",
 * "Điều 3.") starts a section; other lines continue the one before. Nesting follows the rank of
 * the markers (a part holds numbered items, which hold letters, which hold dashes), so a marker
 * closes every open section of its own rank or deeper — robust to documents that skip a level.
 *
 * Section ids name the numbered path the way people cite it: "III", "III.2", "II.2.3",
 * "III.2.a", "Điều 3". Dash and plus items carry the id of the section they sit in.
 */

export interface SectionNode {
  kind: SectionKind;
  /** The marker's number or letter ("III", "2.1", "a"); null for dashes and headings. */
  label: string | null;
  id: string;
  rank: number;
  depth: number;
  /** The heading line without its marker. */
  heading: string;
  lines: Line[];
  children: SectionNode[];
  parent: SectionNode | null;
}

/** Markers of the lists a sentence may introduce with a colon (not the numbered structure of the document). */
const INTRODUCED_KINDS: ReadonlySet<SectionKind> = new Set(['letter', 'dash', 'plus']);

const NUMBERED: ReadonlySet<SectionKind> = new Set(['part', 'chapter', 'roman', 'article', 'number', 'decimal', 'letter']);

type Marker = { kind: SectionKind; rank: number; label: string | null; rest: string; counted?: boolean };

/** The item marker a text opens with ("II-", "2.1.", "a)", "-", "Điều 3."), and the text after it. */
export function markerIn(text: string): Marker | null {
  for (const marker of SECTION_MARKERS) {
    const m = marker.pattern.exec(text);
    if (!m) continue;
    let rank = marker.rank;
    // "2.1.3" sits inside "2.1".
    if (marker.kind === 'decimal') rank += (m.groups!.label!.split('.').length - 2) * 0.1;
    return { kind: marker.kind, rank, label: m.groups?.label ?? null, rest: text.slice(m[0].length) };
  }
  return null;
}

function markerOf(line: Line): Marker | null {
  const text = line.text.trim();
  const marker = markerIn(text);
  if (marker) return marker;
  if (line.confidence !== undefined) {
    for (const ocr of OCR_MARKERS) {
      const m = ocr.pattern.exec(text);
      if (m) return { kind: ocr.kind, rank: ocr.rank, label: m.groups!.label!, rest: text.slice(m[0].length), counted: OCR_COUNTED_KINDS.has(ocr.kind) };
    }
  }
  if (line.bold && text.length <= 100 && !/[.;,:]$/u.test(text) && /\p{Lu}/u.test(text[0] ?? '')) {
    return { kind: 'heading', rank: HEADING_RANK, label: null, rest: text };
  }
  return null;
}

const ROMAN_DIGITS: Array<[string, number]> = [['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]];

/** The label after `label` in a list of its kind ("II" → "III", "3" → "4"); null for kinds not counted. */
function nextLabel(kind: SectionKind, label: string): string | null {
  if (kind === 'number') return String(Number(label) + 1);
  if (kind !== 'roman') return null;
  let value = 0;
  let rest = label;
  for (const [digits, n] of ROMAN_DIGITS) while (rest.startsWith(digits)) (value += n), (rest = rest.slice(digits.length));
  let next = value + 1;
  let out = '';
  for (const [digits, n] of ROMAN_DIGITS) while (next >= n) (out += digits), (next -= n);
  return out;
}

/** The id of a numbered section given its parent's: "II" + "2" → "II.2"; "II.2" + "2.3" → "II.2.3". */
function sectionId(kind: SectionKind, label: string | null, parent: SectionNode | null): string {
  const parentId = parent?.id ?? '';
  if (!label || !NUMBERED.has(kind)) return parentId;
  const named = SECTION_ID_PREFIX[kind];
  if (named) return `${named} ${label}`;
  // Chapters and parts are not part of the ids people cite inside them ("III.2", not "Chương I.III.2").
  const base = parent && (parent.kind === 'part' || parent.kind === 'chapter') ? '' : parentId;
  if (kind === 'decimal') {
    // "2.3" under "II.2" adds only "3"; under anything else it stands whole.
    const prefix = label.slice(0, label.lastIndexOf('.'));
    if (base === prefix || base.endsWith(`.${prefix}`)) return `${base}.${label.slice(label.lastIndexOf('.') + 1)}`;
  }
  return base ? `${base}.${label}` : label;
}

/** Parses the body lines [from, to) into a forest of sections. Text before the first marker is left out. */
export function parseSections(doc: NormalizedDocument, from: number, to: number): SectionNode[] {
  const roots: SectionNode[] = [];
  const open: SectionNode[] = [];
  let current: SectionNode | null = null;
  // The label of the last item of each counted kind: a misread marker must continue that count.
  const lastLabel = new Map<SectionKind, string>();
  const lines = doc.lines.slice(from, to).filter((l) => l.text.trim());
  lines.forEach((line, i) => {
    let marker = markerOf(line);
    // "1." alone on an OCR'd line: the item's text is the next line (when that opens no item of its
    // own). A page's text layer sets numbers apart in table columns, so only OCR is read this way.
    const next = lines[i + 1];
    if (!marker && next && line.confidence !== undefined && BARE_MARKER.test(line.text.trim()) && !markerOf(next)) {
      marker = markerIn(`${line.text.trim()} ${next.text.trim()}`);
      if (marker) marker.counted = OCR_COUNTED_KINDS.has(marker.kind);
    }
    if (marker?.counted) {
      const last = lastLabel.get(marker.kind);
      // A count starts again at 1 under each part.
      if (marker.label !== FIRST_LABELS[marker.kind] && (last === undefined || marker.label !== nextLabel(marker.kind, last))) marker = null;
    }
    // A bold heading right after another heading continues it (two-line headings).
    if (marker && !(marker.kind === 'heading' && current?.kind === 'heading' && current.lines.length === 1)) {
      // A marker of a kind already open is that item's sibling, whatever its rank: writers nest
      // lists in the order they open them ("- Thứ nhất: … cụ thể: a) … b) …", then "- Thứ hai").
      let sibling = open.length - 1;
      while (sibling >= 0 && !(open[sibling]!.kind === marker.kind && open[sibling]!.rank === marker.rank)) sibling--;
      if (sibling >= 0) open.length = sibling;
      // A list introduced by a colon belongs to the item that introduced it, whatever its markers.
      else if (!(INTRODUCED_KINDS.has(marker.kind) && current && open.at(-1) === current && /:\s*$/u.test(current.lines.at(-1)!.text))) {
        while (open.length && open[open.length - 1]!.rank >= marker.rank) open.pop();
      }
      const parent = open[open.length - 1] ?? null;
      const previous = (parent ? parent.children : roots).at(-1);
      // OCR misreads a part's number as the one before it ("II. TỔ CHỨC THỰC HIỆN" after "II. NỘI DUNG" for "III."): the next one is meant.
      if (line.confidence !== undefined && previous && previous.kind === marker.kind && previous.label !== null && previous.label === marker.label) {
        marker.label = nextLabel(marker.kind, marker.label) ?? marker.label;
      }
      const node: SectionNode = {
        kind: marker.kind,
        label: marker.label,
        id: sectionId(marker.kind, marker.label, parent),
        rank: marker.rank,
        depth: open.length,
        // Lines come white-space normalized; the marker's rest needs no squashing.
        heading: marker.rest,
        lines: [line],
        children: [],
        parent,
      };
      (parent ? parent.children : roots).push(node);
      open.push(node);
      current = node;
      if (marker.label !== null) lastLabel.set(marker.kind, marker.label);
    } else if (current) {
      current.lines.push(line);
    }
  });
  return roots;
}

/** Every node of a forest, parents before children. */
export function flattenSections(roots: SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  // (A stack, not a recursive closure per call: the readers flatten the same trees many times.)
  const stack = roots.slice().reverse();
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The last line of a section including its subsections. */
function lastLine(node: SectionNode): Line {
  const child = node.children[node.children.length - 1];
  return child ? lastLine(child) : node.lines[node.lines.length - 1]!;
}

/** Span of a section with all its subsections. */
export function sectionSpan(node: SectionNode): [number, number] {
  return [node.lines[0]!.start, lastLine(node).end];
}

/** The text of a section with its subsections, lines joined by spaces. */
export function sectionText(node: SectionNode): string {
  return squash(flattenSections([node]).flatMap((n) => n.lines.map((l) => l.text)).join(' '));
}

/** The text of a section's own lines (without subsections). */
export function ownText(node: SectionNode): string {
  // (Asked of every item by each reader: made once per node, again only if its lines changed.)
  const made = OWN_TEXTS.get(node);
  if (made && made.lines === node.lines && made.count === node.lines.length) return made.text;
  const text = squash(node.lines.map((l) => l.text).join(' '));
  OWN_TEXTS.set(node, { lines: node.lines, count: node.lines.length, text });
  return text;
}

const OWN_TEXTS = new WeakMap<SectionNode, { lines: Line[]; count: number; text: string }>();

/** The flat `sections` list of the record: each section once, with its parent's index. */
export function sectionFields(roots: SectionNode[]): SectionField[] {
  const nodes = flattenSections(roots);
  const index = new Map(nodes.map((n, i) => [n, i]));
  return nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    label: n.label,
    heading: n.heading.length > 200 ? `${n.heading.slice(0, 199)}…` : n.heading,
    depth: n.depth,
    parent: n.parent ? index.get(n.parent)! : null,
    span: sectionSpan(n),
  }));
}
