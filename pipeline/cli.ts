import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { stringify } from 'csv-stringify/sync';
import { describeFailure } from './errors.js';
import { formatLinks, formatRecord } from './format-record.js';
import { ingest } from './ingest.js';
import { processFile } from './stages.js';
import { Store } from './store.js';

/** The command line: thin wrappers over the stages and the store (../shared/CONTRACT.md). */

const DEFAULT_DB = './vanban.sqlite';
const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

const program = new Command('vanban')
  .description('Turns Vietnamese administrative documents into clean, queryable data.')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

const dbOption = () => new Option('--db <file>', 'SQLite database file').default(DEFAULT_DB);

function fail(message: string, code = EXIT_USAGE): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

program
  .command('extract')
  .description('read one file and print its record; writes nothing')
  .argument('<file>')
  .option('--json', 'print the vanban/1 JSON record')
  .option('--no-text', 'leave the normalized text out of the JSON')
  .option('--max-size <mb>', 'refuse files larger than this many MB', '100')
  .action(async (file: string, opts: { json?: boolean; text: boolean; maxSize: string }) => {
    try {
      const { record } = await processFile(file, { includeText: opts.text, maxBytes: Number(opts.maxSize) * 1048576 });
      process.stdout.write(opts.json ? `${JSON.stringify(record, null, 2)}\n` : `${formatRecord(record)}\n`);
    } catch (error) {
      fail(describeFailure(file, error));
    }
  });

program
  .command('ingest')
  .description('read files and folders (recursively) into the database; unchanged files are skipped')
  .argument('<paths...>')
  .addOption(dbOption())
  .option('--concurrency <n>', 'files processed at once', '2')
  .option('--max-size <mb>', 'refuse files larger than this many MB', '100')
  .action(async (paths: string[], opts: { db: string; concurrency: string; maxSize: string }) => {
    const store = new Store(opts.db);
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value} files | {rate}/s | {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    bar?.start(0, 0, { rate: '0', file: '' });
    const t0 = Date.now();
    let done = 0;
    const needOcr: string[] = [];
    const result = await ingest(paths, store, opts.db, {
      concurrency: Number(opts.concurrency),
      maxBytes: Number(opts.maxSize) * 1048576,
      onFile: (event) => {
        done++;
        if (event.outcome === 'needs-ocr') needOcr.push(event.path);
        if (bar) {
          bar.setTotal(done);
          bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1), file: event.path.split('/').pop() });
        }
      },
    });
    bar?.stop();
    store.close();
    for (const f of result.failures) process.stderr.write(`${f.error}\n`);
    for (const path of needOcr) process.stderr.write(`${path}: has no text layer (a scan); stored as needs-ocr, its fields are empty until OCR reads it.\n`);
    const ocrNote = needOcr.length ? ` (${needOcr.length} scans need OCR)` : '';
    process.stdout.write(
      `${result.seen} files: ${result.stored} stored${ocrNote}, ${result.skipped} unchanged, ${result.failed} failed in ${(result.durationMs / 1000).toFixed(1)} s → ${opts.db}\n`,
    );
    process.exitCode = result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });

program
  .command('search')
  .description('full-text search, with or without diacritics ("dang" finds "Đảng"); filters narrow it')
  .argument('[query]', 'words to find; may be left out when a filter is given', '')
  .addOption(dbOption())
  .option('--type <type>', 'document type, as a code or a name ("KH", "Kế hoạch", "ke hoach")')
  .option('--issuer <text>', 'part of the issuer name ("Sở Thông tin", "so thong tin")')
  .option('--province <name>', 'province or city of the issuer ("Thái Nguyên", "thai nguyen")')
  .option('--year <yyyy>', 'year of issue')
  .option('--limit <n>', 'hits to show', '20')
  .option('--json', 'print hits as JSON')
  .action((query: string, opts: { db: string; type?: string; issuer?: string; province?: string; year?: string; limit: string; json?: boolean }) => {
    if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) fail(`--year takes a four-digit year, not "${opts.year}".`);
    const filters = { type: opts.type, issuer: opts.issuer, province: opts.province, year: opts.year ? Number(opts.year) : undefined };
    if (!query.trim() && !Object.values(filters).some((v) => v !== undefined)) fail('Give words to search for, a filter (--type, --issuer, --province, --year), or both.');
    const store = new Store(opts.db);
    const hits = store.search(query, { ...filters, limit: Number(opts.limit) });
    store.close();
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
      return;
    }
    if (hits.length === 0) process.stdout.write('No documents match.\n');
    for (const h of hits) {
      process.stdout.write(`#${h.id} ${[h.docType, h.number, h.date].filter(Boolean).join(' · ')} — ${h.issuer ?? '?'}\n   ${h.title ?? h.path}\n   ${h.snippet.replace(/\s+/g, ' ')}\n`);
    }
  });

program
  .command('show')
  .description('one stored document with its citations (resolved where the cited document is stored), tasks and recipients')
  .argument('<id-or-number>')
  .addOption(dbOption())
  .option('--json', 'print the stored record as JSON, with the resolved citation links')
  .action((key: string, opts: { db: string; json?: boolean }) => {
    const store = new Store(opts.db);
    const found = store.findDocument(key);
    if (!found) {
      store.close();
      fail(`No stored document has the id or number "${key}".`, EXIT_SOME_FAILED);
    }
    const cites = store.citesOf(found.id);
    const citedBy = store.citedBy(found.id);
    store.close();
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ id: found.id, ...found.record, links: { cites, citedBy } }, null, 2)}\n`);
      return;
    }
    // The citations print once, as links that say which cited documents are in the database.
    process.stdout.write(`#${found.id}\n${formatRecord({ ...found.record, citations: [] })}\n${formatLinks(cites, citedBy)}`);
  });

program
  .command('export')
  .description('a table or view to stdout as CSV or JSON Lines')
  .addOption(dbOption())
  .requiredOption('--table <name>', 'table or view to export')
  .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
  .option('--bom', 'start CSV with a UTF-8 byte-order mark (for Excel)')
  .action((opts: { db: string; table: string; format: 'csv' | 'jsonl'; bom?: boolean }) => {
    const store = new Store(opts.db);
    if (!store.exportableNames().includes(opts.table)) {
      const names = store.exportableNames().join(', ');
      store.close();
      fail(`There is no table or view "${opts.table}" in ${opts.db}; choose one of: ${names}.`);
    }
    let header = true;
    if (opts.format === 'csv' && opts.bom) process.stdout.write('\uFEFF');
    for (const row of store.iterateRows(opts.table)) {
      if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(row)}\n`);
      else {
        process.stdout.write(stringify([row], { header, columns: Object.keys(row) }));
        header = false;
      }
    }
    store.close();
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE);
  }
  process.stderr.write(`vanban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_USAGE);
}
