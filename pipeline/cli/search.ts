import { QueryError, Store } from '../store/index.js';
import { fail, t } from './common.js';
import { formatHits } from './format-record.js';

/** `vanban search [QUERY]`: full-text search with filters, read-only. */
export function searchCommand(query: string, opts: { db: string; type?: string; issuer?: string; province?: string; year?: number; limit: number; json?: boolean }): void {
  const filters = { type: opts.type, issuer: opts.issuer, province: opts.province, year: opts.year };
  if (!query.trim() && !Object.values(filters).some((v) => v !== undefined)) fail(t('search.empty'));
  const store = Store.open(opts.db, { readOnly: true });
  let hits;
  try {
    hits = store.search(query, { ...filters, limit: opts.limit });
  } catch (error) {
    store.close();
    if (error instanceof QueryError) fail(t(`search.${error.reason}`, error.details));
    throw error;
  }
  store.close();
  process.stdout.write(opts.json ? `${JSON.stringify(hits, null, 2)}\n` : formatHits(hits, t));
}
