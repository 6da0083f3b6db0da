import { Store } from '../store/index.js';
import { EXIT_SOME_FAILED, fail, t } from './common.js';
import { formatCopies, formatLinks, formatRecord, formatSummary } from './format-record.js';

/** `vanban show ID-OR-NUMBER`: one document with its copies and links, read-only. */
export function showCommand(key: string, opts: { db: string; json?: boolean }): void {
  const store = Store.open(opts.db, { readOnly: true });
  const found = store.lookup(key);
  if (found.kind === 'none') {
    store.close();
    fail(t('show.notFound', { key, db: opts.db }), EXIT_SOME_FAILED);
  }
  if (found.kind === 'several') {
    store.close();
    const text = `${t('show.several', { key, n: found.documents.length })}\n${found.documents.map((d) => `- ${formatSummary(d, t)}`).join('\n')}\n`;
    process.stdout.write(opts.json ? `${JSON.stringify({ matches: found.documents }, null, 2)}\n` : text);
    return;
  }
  if (found.kind === 'cited') {
    store.close();
    const text = `${t('show.citedOnly', { key: found.number, db: opts.db, n: found.citedBy.length })}\n${formatLinks([], found.citedBy, t).split('\n').slice(1).join('\n')}`;
    process.stdout.write(opts.json ? `${JSON.stringify({ number: found.number, stored: false, links: { cites: [], citedBy: found.citedBy } }, null, 2)}\n` : text);
    return;
  }
  const document = found.document;
  const cites = store.citesOf(document.id);
  const citedBy = store.citedBy(document.id);
  const reviews = store.reviewsFor(document.id).filter((r) => r.stands);
  store.close();
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ id: document.id, ...document.record, reviews, copies: document.copies, links: { cites, citedBy } }, null, 2)}\n`);
    return;
  }
  // The citations print once, as links that say which cited documents are in the database.
  const standing = new Map(reviews.map((r) => [r.field, { value: r.valueAfter, reviewer: r.reviewer }]));
  process.stdout.write(`#${document.id}\n${formatRecord({ ...document.record, citations: [] }, t, standing)}\n${formatCopies(document, t)}${formatLinks(cites, citedBy, t)}`);
}
