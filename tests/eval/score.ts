import { comparisonKey } from '../../pipeline/core/text/fold.js';
import { canonicalNumber } from '../../pipeline/core/text/number.js';
import type { VanbanRecord } from '../../pipeline/core/record.js';

/**
 * Scoring `vanban/1` records against hand-made gold (../shared/GOLD.md), field by field, strict
 * and soft like GROBID's end-to-end benchmarks:
 * - strict: the same text after NFC and collapsing white space;
 * - soft: the same after lower-casing, removing diacritics (đ→d) and punctuation.
 * A field the gold leaves null must be null in the output too: inventing a value is an error.
 * List fields (addressees, recipients, citations, tasks) are scored by micro-averaged F1.
 */

export interface Gold {
  id: string;
  file: string;
  kind: string;
  docType: string | null;
  number: { seq: string | null; symbol: string } | null;
  place: string | null;
  date: { year: number | null; month: number | null; day: number | null } | null;
  issuer: { lines: string[]; name: string } | null;
  title: string | null;
  addressees: string[];
  signer: { name: string | null; authority: string | null; lines: string[] } | null;
  recipients: string[];
  archive: string | null;
  citations: Array<{ type: string; number?: string | null; name?: string | null; date?: string | null; issuer?: string | null }>;
  citationsComplete?: boolean;
  tasks?: GoldTask[];
  handwritten?: string[];
}

export interface GoldTask {
  section: string;
  lead: string[];
  partners?: string[];
  deadline?: string | null;
  deadlineText?: string | null;
  frequency?: string | null;
}

export type Mode = 'strict' | 'soft';

const strictKey = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
export const keyOf = (s: string, mode: Mode) => (mode === 'strict' ? strictKey(s) : comparisonKey(s));

/** Purposes printed after a recipient ("(b/c)", "(để biết)") are not part of its name. */
export function recipientKey(name: string, mode: Mode): string {
  return keyOf(name.replace(/\s*\((?:để\s+)?[^()]*\)\s*$/u, ''), mode);
}

export interface FieldScore {
  correct: number;
  total: number;
}

export interface ListScore {
  tp: number;
  fp: number;
  fn: number;
}

export type DocumentScores = Record<
  string,
  { strict: boolean; soft: boolean } | { strict: ListScore; soft: ListScore } | { strict: FieldScore; soft: FieldScore }
>;

function scalar(gold: string | null | undefined, predicted: string | null | undefined, mode: Mode): boolean {
  if (gold == null || gold === '') return predicted == null || predicted === '';
  if (predicted == null) return false;
  return keyOf(gold, mode) === keyOf(predicted, mode);
}

function list(gold: string[], predicted: string[]): ListScore {
  const remaining = [...predicted];
  let tp = 0;
  for (const g of gold) {
    const i = remaining.indexOf(g);
    if (i >= 0) {
      tp++;
      remaining.splice(i, 1);
    }
  }
  return { tp, fp: remaining.length, fn: gold.length - tp };
}

function citationKey(c: { number?: string | null; name?: string | null }, mode: Mode): string {
  if (c.number) return keyOf(canonicalNumber(c.number), mode === 'soft' ? 'soft' : 'strict');
  return `law:${keyOf(c.name ?? '', mode)}`;
}

export function scoreDocument(gold: Gold, record: VanbanRecord): DocumentScores {
  const scores: DocumentScores = {};
  // A gold file labelled for some fields only (task labels of a document nobody labelled the
  // header of) scores those: a field it does not have is left out, not counted as a miss.
  const labelled = (field: string) => (gold as unknown as Record<string, unknown>)[field.split(/[.+]/)[0]!] !== undefined;
  const both = (field: string, gold: string | null | undefined, predicted: string | null | undefined) => {
    if (labelled(field)) scores[field] = { strict: scalar(gold, predicted, 'strict'), soft: scalar(gold, predicted, 'soft') };
  };
  const lists = (field: string, toKeys: (mode: Mode) => [string[], string[]]) => {
    if (labelled(field)) scores[field] = { strict: list(...toKeys('strict')), soft: list(...toKeys('soft')) };
  };

  both('docType', gold.docType, record.docType?.code);
  const numberText = (n: { seq: string | null; symbol: string } | null | undefined) => (n ? `${n.seq ?? ''}/${n.symbol}` : null);
  both('number', numberText(gold.number), numberText(record.number));
  // The symbol alone: on scans the sequence number is often handwritten.
  both('number.symbol', gold.number?.symbol ?? null, record.number?.symbol ?? null);
  // The sequence number alone (handwritten on most scans); a document without a "Số" line has none.
  both('number.seq', gold.number?.seq ?? null, record.number?.seq ?? null);
  both('place', gold.place, record.place?.value);
  // A date with every part blank says no more than no date: both are "not read".
  const dateText = (d: { year: number | null; month: number | null; day: number | null } | null | undefined) =>
    d && (d.year ?? d.month ?? d.day) !== null ? `${d.year ?? '-'}-${d.month ?? '-'}-${d.day ?? '-'}` : null;
  both('date', dateText(gold.date), dateText(record.date));
  both('issuer', gold.issuer?.name, record.issuer?.name);
  both('issuer.lines', gold.issuer?.lines.join(' / ') || null, record.issuer?.lines.join(' / ') || null);
  both('title', gold.title, record.title?.value);
  both('signer.name', gold.signer?.name, record.signer?.name);
  both('signer.authority', gold.signer?.authority, record.signer?.authority);
  both('signer.lines', gold.signer?.lines.join(' / ') || null, record.signer?.lines.join(' / ') || null);
  both('archive', gold.archive, record.archive?.value);
  lists('addressees', (mode) => [gold.addressees.map((a) => keyOf(a, mode)), record.addressees.map((a) => keyOf(a.name, mode))]);
  lists('recipients', (mode) => [gold.recipients.map((r) => recipientKey(r, mode)), record.recipients.map((r) => recipientKey(r.name, mode))]);
  if (gold.citations && gold.citationsComplete !== false) {
    lists('citations', (mode) => [gold.citations.map((c) => citationKey(c, mode)), record.citations.map((c) => citationKey(c, mode))]);
    // Details of the citations both sides found: date and issuer must agree too.
    lists('citations+date+issuer', (mode) => {
      const detail = (c: { date?: string | null; issuer?: string | null }) => `${c.date ?? ''}|${keyOf(c.issuer ?? '', mode)}`;
      const goldKeys = gold.citations.map((c) => `${citationKey(c, mode)}|${detail(c)}`);
      const predictedKeys = record.citations.map((c) => `${citationKey(c, mode)}|${detail(c)}`);
      return [goldKeys, predictedKeys];
    });
  }
  if (gold.tasks) {
    const taskKey = (t: { section: string; lead: string[] }, mode: Mode) =>
      `${t.section}|${t.lead.map((l) => keyOf(l, mode)).sort().join(';')}`;
    lists('tasks', (mode) => [gold.tasks!.map((t) => taskKey(t, mode)), record.tasks.map((t) => taskKey(t, mode))]);
    // The bodies given work, whatever section they are placed in: tells a task missed or invented
    // from one found under another section's label.
    const leadKey = (t: { lead: string[] }, mode: Mode) => t.lead.map((l) => keyOf(l, mode)).sort().join(';');
    lists('tasks.lead', (mode) => [gold.tasks!.map((t) => leadKey(t, mode)), record.tasks.map((t) => leadKey(t, mode))]);
    // Deadlines of the tasks both sides found: a full date as ISO, anything else as printed.
    const deadlines = (mode: Mode): FieldScore => {
      const found = new Map(record.tasks.map((t) => [taskKey(t, 'soft'), t.deadline]));
      let correct = 0;
      let total = 0;
      for (const t of gold.tasks!) {
        const key = taskKey(t, 'soft');
        if (!found.has(key)) continue;
        total++;
        if (scalar(t.deadline ?? t.deadlineText ?? null, found.get(key), mode)) correct++;
      }
      return { correct, total };
    };
    scores['tasks.deadline'] = { strict: deadlines('strict'), soft: deadlines('soft') };
  }
  return scores;
}

export function f1({ tp, fp, fn }: ListScore): number {
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}
