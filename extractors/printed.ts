import { withCaseOf } from '../normalizers/syllable.js';
import type { Correction } from '../pipeline/model.js';
import type { VanbanRecord } from '../pipeline/record.js';

/**
 * Fields copied from the page keep the page's tone placement.
 *
 * The normalized text uses one placement (hòa, thủy, Ủy) so that search and comparison see one
 * spelling. Issuer lines, recipients, signature lines and the like are quoted, though, and a
 * reader checking them against the page expects "UỶ BAN NHÂN DÂN" where it says so. Tone
 * placement only moves a mark inside a word, so each field gets back the printed form of the
 * words the normalizer re-placed inside its own span.
 */

type Span = [number, number];

/** Printed spelling (lower case) of every word re-placed inside `span`, by its normalized spelling. */
function printedWordsIn(corrections: Correction[], span: Span): Map<string, string> {
  const words = new Map<string, string>();
  for (const c of corrections) {
    if (c.span[0] >= span[1]) break;
    if (c.span[0] >= span[0] && c.span[1] <= span[1]) words.set(c.to.toLocaleLowerCase('vi'), c.from.toLocaleLowerCase('vi'));
  }
  return words;
}

function asPrinted(value: string, words: Map<string, string>): string {
  if (words.size === 0) return value;
  return value.replace(/\p{L}+/gu, (word) => {
    const printed = words.get(word.toLocaleLowerCase('vi'));
    return printed ? withCaseOf(word, printed) : word;
  });
}

export function withPrintedTonePlacement(record: VanbanRecord): void {
  const corrections = record.corrections.filter((c) => c.reason === 'tone-placement').sort((a, b) => a.span[0] - b.span[0]);
  if (corrections.length === 0) return;
  const fix = (value: string, span: Span) => asPrinted(value, printedWordsIn(corrections, span));
  const fixNullable = (value: string | null, span: Span) => (value === null ? null : fix(value, span));

  // An issuer inferred from the body (no header lines) is a name vanban composed, not a quote.
  if (record.issuer && record.issuer.lines.length > 0) {
    const { span } = record.issuer;
    record.issuer.lines = record.issuer.lines.map((line) => fix(line, span));
    record.issuer.name = fix(record.issuer.name, span);
  }
  if (record.title) record.title.value = fix(record.title.value, record.title.span);
  for (const addressee of record.addressees) addressee.name = fix(addressee.name, addressee.span);
  if (record.signer) {
    const { span } = record.signer;
    record.signer.lines = record.signer.lines.map((line) => fix(line, span));
    record.signer.name = fixNullable(record.signer.name, span);
  }
  for (const recipient of record.recipients) {
    recipient.name = fix(recipient.name, recipient.span);
    recipient.purpose = fixNullable(recipient.purpose, recipient.span);
  }
  if (record.archive) record.archive.value = fix(record.archive.value, record.archive.span);
  for (const citation of record.citations) {
    // The issuer and name follow the first mention within a few lines.
    const [first] = citation.mentions;
    if (!first) continue;
    const around: Span = [first[0], first[1] + 300];
    citation.issuer = fixNullable(citation.issuer, around);
    citation.name = fixNullable(citation.name, around);
  }
  for (const task of record.tasks) {
    task.text = fix(task.text, task.span);
    task.lead = task.lead.map((lead) => fix(lead, task.span));
    task.partners = task.partners.map((partner) => fix(partner, task.span));
  }
}
