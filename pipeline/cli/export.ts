import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { Store } from '../store/index.js';
import { fail, t } from './common.js';

/**
 * `vanban export`: a table or view streamed to stdout. Rows are pulled from SQLite only as fast as
 * the reader takes them (stream backpressure), so memory stays flat however large the table and
 * however slow the pipe. An empty table still gets its header line.
 *
 * CSV cells that a spreadsheet would run as a formula — text starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return (and their full-width forms) — are neutralized as OWASP advises
 * (https://owasp.org/www-community/attacks/CSV_Injection): a `'` is put before them and the cell
 * is quoted, so Excel and LibreOffice show the text instead of evaluating it. Numbers are left
 * alone; JSON Lines are written as stored.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export async function exportTable(store: Store, table: string, format: 'csv' | 'jsonl', out: NodeJS.WritableStream, bom = false): Promise<void> {
  const columns = store.columnsOf(table);
  const rows = Readable.from(store.iterateRows(table), { objectMode: true, highWaterMark: 64 });
  if (format === 'jsonl') {
    const lines = async function* (source: AsyncIterable<Record<string, unknown>>) {
      for await (const row of source) yield `${JSON.stringify(row)}\n`;
    };
    await pipeline(rows, lines, out);
    return;
  }
  const csv = stringify({
    header: true,
    columns,
    bom,
    escape_formulas: true,
    cast: { string: (value) => (FORMULA_START.test(value) ? { value, quoted: true } : value) },
  });
  await pipeline(rows, csv, out);
}

/** The tables and views of a database of this version, for `export --help`. */
export function exportableNamesHelp(): string {
  const store = new Store(':memory:');
  try {
    return `\n${t('help.export.tables')}\n${store.exportableNames().map((name) => `  ${name}`).join('\n')}\n`;
  } finally {
    store.close();
  }
}

/** `vanban export --table NAME`: the table streamed to stdout, read-only. */
export async function exportCommand(opts: { db: string; table: string; format: 'csv' | 'jsonl'; bom?: boolean }): Promise<void> {
  const store = Store.open(opts.db, { readOnly: true });
  if (!store.exportableNames().includes(opts.table)) {
    const names = store.exportableNames().join(', ');
    store.close();
    fail(t('usage.table', { table: opts.table, db: opts.db, names }));
  }
  try {
    await exportTable(store, opts.table, opts.format, process.stdout, opts.bom === true && opts.format === 'csv');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE' && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  } finally {
    store.close();
  }
}
