import { withCaseOf } from '../pipeline/core/text/syllable.js';
import type { Correction } from '../pipeline/core/model.js';
import type { VanbanRecord } from '../pipeline/core/record.js';

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
  // One look-up of the words re-placed inside a span, shared by every value quoted from it.
  const inSpan = (span: Span) => {
    const words = printedWordsIn(corrections, span);
    return (value: string) => asPrinted(value, words);
  };
  const nullable = (fix: (value: string) => string) => (value: string | null) => (value === null ? null : fix(value));

  // An issuer inferred from the body (no header lines) is a name vanban composed, not a quote.
  if (record.issuer && record.issuer.lines.length > 0) {
    const fix = inSpan(record.issuer.span);
    record.issuer.lines = record.issuer.lines.map(fix);
    record.issuer.name = fix(record.issuer.name);
  }
  if (record.title) record.title.value = inSpan(record.title.span)(record.title.value);
  for (const addressee of record.addressees) addressee.name = inSpan(addressee.span)(addressee.name);
  if (record.signer) {
    const fix = inSpan(record.signer.span);
    record.signer.lines = record.signer.lines.map(fix);
    record.signer.name = nullable(fix)(record.signer.name);
  }
  for (const recipient of record.recipients) {
    const fix = inSpan(recipient.span);
    recipient.name = fix(recipient.name);
    recipient.purpose = nullable(fix)(recipient.purpose);
  }
  if (record.archive) record.archive.value = inSpan(record.archive.span)(record.archive.value);
  for (const citation of record.citations) {
    // The issuer and name follow the first mention within a few lines.
    const [first] = citation.mentions;
    if (!first) continue;
    const fix = nullable(inSpan([first[0], first[1] + 300]));
    citation.issuer = fix(citation.issuer);
    citation.name = fix(citation.name);
  }
  for (const task of record.tasks) {
    const fix = inSpan(task.span);
    task.text = fix(task.text);
    task.lead = task.lead.map(fix);
    task.partners = task.partners.map(fix);
  }
}
