import type { VanbanRecord } from '../core/record.js';
import type { CitationLink, DocumentSummary, FoundDocument, SearchHit } from '../store/index.js';
import { formatDate, type Translate } from './i18n.js';
import type { MessageKey } from '../../data/messages.js';

/** The readable summaries that `extract`, `show` and `search` print without --json. */

const relationWord = (t: Translate, relation: string) => (relation ? t(`relation.${relation}` as MessageKey) : relation);

/** A value a person reviewed (the review that stands), by field path (pipeline/core/fields.ts). */
export type StandingReviews = Map<string, { value: string | null; reviewer: string }>;

type Doubted = { review?: boolean; reason?: string } | null | undefined;

/** " [check: handwritten blank]" after a value flagged for review; nothing otherwise. */
function doubt(t: Translate, value: Doubted): string {
  if (!value?.review) return '';
  return ` [${t('record.review')}: ${t(`reason.${value.reason ?? 'low-confidence'}` as MessageKey)}]`;
}

/** One stored or extracted document, field by field; values flagged for review say why, reviewed values say by whom. */
export function formatRecord(record: VanbanRecord, t: Translate, reviews: StandingReviews = new Map()): string {
  const rows: Array<[string, string | null | undefined]> = [];
  const out: string[] = [];
  /** A row; `path` names the field for reviews, `source` the value whose review flag it shows. */
  const field = (label: MessageKey, value: string | null | undefined, path?: string, source?: Doubted) => {
    const reviewed = path ? reviews.get(path) : undefined;
    if (reviewed) rows.push([t(label), `${reviewed.value ?? '—'} [${t('record.reviewed', { by: reviewed.reviewer })}]`]);
    else rows.push([t(label), value == null ? value : `${value}${doubt(t, source)}`]);
  };
  const source = record.source;
  // Pages mean something for PDFs and images only; a text file or DOCX has none printed.
  const pages = source.format === 'pdf' || source.format === 'image' ? `, ${t('record.pages', { n: source.pages })}` : '';
  const ocr = source.ocr && source.ocrEngine ? `, ${t('record.ocr', { engine: source.ocrEngine, confidence: Math.round((source.ocrConfidence ?? 0) * 100) })}` : '';
  field('record.file', `${source.path} (${source.format}${pages}${ocr})`);
  if (record.status !== 'ok') field('record.status', t(`record.status.${record.status}` as MessageKey));
  field('record.type', record.docType ? `${record.docType.name} (${record.docType.code})` : null, 'docType', record.docType);
  field('record.number', record.number ? `${record.number.raw} (${t(`system.${record.number.system}` as MessageKey)})` : null, 'number', record.number);
  field('record.place', record.place?.value, 'place', record.place);
  field('record.date', record.date ? `${record.date.raw}${record.date.iso ? ` (${formatDate(record.date.iso)})` : ''}` : null, 'date', record.date);
  field('record.issuer', record.issuer?.name, 'issuer', record.issuer);
  field('record.title', record.title?.value, 'title', record.title);
  if (record.addressees.length) field('record.addressees', record.addressees.map((a) => `${a.name}${doubt(t, a)}`).join('; '));
  field(
    'record.signer',
    record.signer ? [record.signer.name, record.signer.lines.length ? `(${record.signer.lines.join(' / ')})` : null].filter(Boolean).join(' ') : null,
    'signer.name',
    record.signer,
  );
  if (record.archive) field('record.archive', record.archive.value, 'archive', record.archive);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) out.push(`${label.padEnd(width)}  ${value ?? '—'}`);
  if (record.recipients.length) {
    out.push(`${t('record.recipients')}:`);
    for (const r of record.recipients) out.push(`  - ${r.name}${r.purpose ? ` ${r.purpose}` : ''}${doubt(t, r)}`);
  }
  if (record.citations.length) {
    out.push(`${t('record.citations', { n: record.citations.length })}:`);
    for (const c of record.citations) {
      out.push(`  - ${relationWord(t, c.relation)}: ${citedAs(c.type, c.number, c.name)}${c.date ? ` (${formatDate(c.date)})` : ''}${c.issuer ? ` — ${c.issuer}` : ''}${doubt(t, c)}`);
    }
  }
  if (record.tasks.length) {
    out.push(`${t('record.tasks', { n: record.tasks.length })}:`);
    for (const task of record.tasks) {
      const extra = [task.deadline && t('record.deadline', { d: formatDate(task.deadline)! }), task.frequency].filter(Boolean).join(', ');
      out.push(`  - ${task.section}: ${task.lead.join('; ')}${extra ? ` (${extra})` : ''}${doubt(t, task)}`);
    }
  }
  if (record.corrections.length) out.push(`${t('record.corrections')}: ${record.corrections.map((c) => `${c.from}→${c.to}`).join(', ')}`);
  for (const w of record.warnings) out.push(`${t('record.warning')}: ${w}`);
  return out.join('\n');
}

/** A cited document by its type and number, or by its name, which for a law already opens with its type ("Luật Đất đai"). */
function citedAs(type: string | null, number: string | null | undefined, name: string | null | undefined): string {
  const kind = type ?? '';
  if (number) return `${kind} ${number}`.trim();
  if (!name) return kind;
  return name.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi')) ? name : `${kind} ${name}`.trim();
}

/** One end of a citation: relation, type, number, date, issuer, and where it is in the database. */
function linkLine(t: Translate, l: CitationLink): string {
  const what = [citedAs(l.type, l.number, l.name), l.date && `(${formatDate(l.date)})`, l.issuer && `— ${l.issuer}`].filter(Boolean).join(' ');
  return `  - ${relationWord(t, l.relation)}: ${what}${l.documentId === null ? ` · ${t('links.notStored')}` : ` · #${l.documentId}`}`;
}

/** The citation graph around a stored document: what it builds on and what builds on it. */
export function formatLinks(cites: CitationLink[], citedBy: CitationLink[], t: Translate): string {
  const out: string[] = [];
  if (cites.length) out.push(t('links.buildsOn', { stored: cites.filter((l) => l.documentId !== null).length, n: cites.length }), ...cites.map((l) => linkLine(t, l)));
  if (citedBy.length) out.push(t('links.citedBy', { n: citedBy.length }), ...citedBy.map((l) => linkLine(t, l)));
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The other stored copies of a document (its DOCX, PDF, scan…). */
export function formatCopies(found: FoundDocument, t: Translate): string {
  if (found.copies.length < 2) return '';
  return `${t('links.copies', { n: found.copies.length })}\n${found.copies.map((c) => `  - #${c.id} ${c.path} (${c.format})${c.id === found.id ? ' ←' : ''}`).join('\n')}\n`;
}

/** A document in a list: type and number, date, issuer, id, then its title. */
export function formatSummary(d: DocumentSummary, t: Translate): string {
  const type = d.docTypeName ?? d.docType ?? '';
  const numbered = d.number !== null && !d.number.startsWith('/');
  const label = numbered ? `${type} ${d.number}` : `${type} ${d.number ?? ''} (${t('search.unnumbered')})`;
  const head = [label.replace(/\s+/g, ' ').trim(), formatDate(d.date)].filter(Boolean).join(' · ');
  return `${head}${d.issuer ? ` — ${d.issuer}` : ''}  #${d.id}\n   ${d.title ?? d.path}`;
}

/** Search hits, numbered, each labelled by its number and title, with the matching words in brackets. */
export function formatHits(hits: SearchHit[], t: Translate): string {
  if (hits.length === 0) return `${t('search.none')}\n`;
  return hits.map((h, i) => `${i + 1}. ${formatSummary(h, t)}\n   ${h.snippet.replace(/\s+/g, ' ')}\n`).join('');
}
