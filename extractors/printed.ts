import { withCaseOf } from '../pipeline/core/text/syllable.js';
import type { Correction } from '../pipeline/core/model.js';
import type { ExtractedFields } from '../pipeline/core/record.js';

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
type Fix = (value: string) => string;

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

/** How often a word (lower case) stands in a lower-cased text as a whole word. */
function countWord(lowerText: string, word: string): number {
  let count = 0;
  for (let at = lowerText.indexOf(word); at >= 0; at = lowerText.indexOf(word, at + word.length)) {
    if (!/\p{L}/u.test(lowerText.charAt(at - 1)) && !/\p{L}/u.test(lowerText.charAt(at + word.length))) count++;
  }
  return count;
}

/**
 * The issuer's name is composed in sentence case from the header's capitals, not quoted: each of
 * its words re-placed in the header takes the placement the document's own running text gives it
 * more often ("UỶ BAN" over a body that writes "Ủy ban" is the Ủy ban), the header's where the
 * text does not say.
 */
function composedNameWords(corrections: Correction[], span: Span, text: string): Map<string, string> {
  const words = printedWordsIn(corrections, span);
  if (words.size === 0) return words;
  const lowerText = text.toLocaleLowerCase('vi');
  const kept = new Map<string, string>();
  for (const [placed, printed] of words) {
    const outside = countWord(lowerText, placed) - countWord(lowerText.slice(span[0], span[1]), placed);
    const printedOutside = corrections.filter((c) => (c.span[0] < span[0] || c.span[0] >= span[1]) && c.from.toLocaleLowerCase('vi') === printed).length;
    if (outside - printedOutside <= printedOutside) kept.set(placed, printed);
  }
  return kept;
}

/** The fields with the values quoted from the page given back the page's tone placement (`text`: the document's normalized text). */
export function withPrintedTonePlacement(fields: ExtractedFields, allCorrections: Correction[], text = ''): ExtractedFields {
  const corrections = allCorrections.filter((c) => c.reason === 'tone-placement').sort((a, b) => a.span[0] - b.span[0]);
  if (corrections.length === 0) return fields;
  // One look-up of the words re-placed inside a span, shared by every value quoted from it.
  const inSpan = (span: Span): Fix => {
    const words = printedWordsIn(corrections, span);
    return (value) => asPrinted(value, words);
  };
  /** `field` rebuilt by `fixed` with the words re-placed inside its span. */
  const quoted = <T extends { span: Span }>(field: T, fixed: (fix: Fix) => T): T => fixed(inSpan(field.span));
  const nullable = (fix: Fix) => (value: string | null) => (value === null ? null : fix(value));
  const { issuer, title, signer, archive } = fields;

  return {
    ...fields,
    // An issuer inferred from the body (no header lines) is a name vanban composed, not a quote.
    issuer:
      issuer && issuer.lines.length > 0
        ? quoted(issuer, (fix) => ({ ...issuer, lines: issuer.lines.map(fix), name: asPrinted(issuer.name, composedNameWords(corrections, issuer.span, text)) }))
        : issuer,
    title: title && quoted(title, (fix) => ({ ...title, value: fix(title.value) })),
    addressees: fields.addressees.map((a) => quoted(a, (fix) => ({ ...a, name: fix(a.name) }))),
    signer: signer && quoted(signer, (fix) => ({ ...signer, lines: signer.lines.map(fix), name: nullable(fix)(signer.name) })),
    recipients: fields.recipients.map((r) => quoted(r, (fix) => ({ ...r, name: fix(r.name), purpose: nullable(fix)(r.purpose) }))),
    archive: archive && quoted(archive, (fix) => ({ ...archive, value: fix(archive.value) })),
    citations: fields.citations.map((c) => {
      // The issuer and name follow the first mention within a few lines.
      const [first] = c.mentions;
      if (!first) return c;
      const fix = nullable(inSpan([first[0], first[1] + 300]));
      return { ...c, issuer: fix(c.issuer), name: fix(c.name) };
    }),
    tasks: fields.tasks.map((t) => quoted(t, (fix) => ({ ...t, text: fix(t.text), lead: t.lead.map(fix), partners: t.partners.map(fix) }))),
  };
}
