import { RECORD_LABELS as LABEL } from '../../data/labels.js';
import type { VanbanRecord } from '../core/record.js';
import type { CitationLink } from '../store/index.js';

/** The readable summary that `extract` and `show` print without --json. */
export function formatRecord(record: VanbanRecord): string {
  const out: string[] = [];
  const field = (label: string, value: string | null | undefined) => out.push(`${label.padEnd(11)} ${value ?? '—'}`);
  field(LABEL.file, `${record.source.path} (${record.source.format}, ${record.source.pages} page(s))`);
  if (record.status !== 'ok') field(LABEL.status, record.status);
  field(LABEL.type, record.docType ? `${record.docType.name} (${record.docType.code})` : null);
  field(LABEL.number, record.number ? `${record.number.raw} [${record.number.system}]` : null);
  field(LABEL.place, record.place?.value);
  field(LABEL.date, record.date ? `${record.date.raw}${record.date.iso ? ` → ${record.date.iso}` : ''}` : null);
  field(LABEL.issuer, record.issuer?.name);
  field(LABEL.title, record.title?.value);
  if (record.addressees.length) field(LABEL.addressees, record.addressees.map((a) => a.name).join('; '));
  field(
    LABEL.signer,
    record.signer ? [record.signer.authority, record.signer.lines.join(' / '), record.signer.name].filter(Boolean).join(' — ') : null,
  );
  if (record.recipients.length) {
    out.push(`${LABEL.recipients}:`);
    for (const r of record.recipients) out.push(`  - ${r.name}${r.purpose ? ` ${r.purpose}` : ''}`);
  }
  if (record.archive) field(LABEL.archive, record.archive.value);
  if (record.citations.length) {
    out.push(`Citations (${record.citations.length}):`);
    for (const c of record.citations) {
      const id = c.number ?? c.name ?? '';
      out.push(`  - [${c.relation}] ${c.type} ${id}${c.date ? ` (${c.date})` : ''}${c.issuer ? ` — ${c.issuer}` : ''}`);
    }
  }
  if (record.tasks.length) {
    out.push(`Tasks (${record.tasks.length}):`);
    for (const t of record.tasks) {
      const extra = [t.deadline && `by ${t.deadline}`, t.frequency].filter(Boolean).join(', ');
      out.push(`  - ${t.section}: ${t.lead.join('; ')}${extra ? ` (${extra})` : ''}`);
    }
  }
  if (record.corrections.length) out.push(`Corrections: ${record.corrections.map((c) => `${c.from}→${c.to}`).join(', ')}`);
  for (const w of record.warnings) out.push(`Warning: ${w}`);
  return out.join('\n');
}

/** The citation graph around a stored document: what it builds on and what builds on it. */
export function formatLinks(cites: CitationLink[], citedBy: CitationLink[]): string {
  const line = (l: CitationLink) =>
    `  - [${l.relation}] ${[l.type, l.number ?? l.name, l.date && `(${l.date})`, l.issuer && `— ${l.issuer}`].filter(Boolean).join(' ')}` +
    (l.documentId === null ? ' · not in the database' : ` · #${l.documentId}`);
  const out: string[] = [];
  if (cites.length) out.push(`Builds on (${cites.filter((l) => l.documentId !== null).length} of ${cites.length} in the database):`, ...cites.map(line));
  if (citedBy.length) out.push(`Cited by (${citedBy.length}):`, ...citedBy.map(line));
  return out.length ? `${out.join('\n')}\n` : '';
}
