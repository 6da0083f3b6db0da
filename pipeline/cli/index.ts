import { Command, CommanderError, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { describeFailure } from '../core/errors.js';
import {
  closeOcrEngines, createReporter, DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, defaultOcrSetting, defaultThreads, ingest,
  OCR_SETTINGS, ocrSettingProblem, processFile, watchInbox, type LogFormat, type OcrSetting,
} from '../run/index.js';
import { Store } from '../store/index.js';
import { formatLinks, formatRecord } from './format-record.js';

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

/** A numeric option, or a usage error naming it. */
function positiveNumber(value: string, name: string, zeroAllowed = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroAllowed)) fail(`${name} takes a ${zeroAllowed ? 'non-negative' : 'positive'} number, not "${value}".`);
  return n;
}

function fail(message: string, code = EXIT_USAGE): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const logFormatOption = (onTerminal: string) =>
  new Option('--log-format <format>', `${onTerminal} on a terminal, JSON lines otherwise (auto); or force json or text`).choices(['auto', 'json', 'text']).default('auto');
const maxSizeOption = () => new Option('--max-size <mb>', 'refuse files larger than this many MB').default(String(DEFAULT_MAX_FILE_BYTES / 1048576));
const timeoutOption = () => new Option('--timeout <seconds>', 'per-file time limit; a file that overruns it is stopped and failed').default(String(DEFAULT_TIMEOUT_MS / 1000));
/** The OCR setting, or a usage error when this machine cannot honour it (checked once, before any file). */
function ocrSetting(setting: OcrSetting): OcrSetting {
  const problem = ocrSettingProblem(setting);
  if (problem) fail(problem);
  return setting;
}

const ocrOption = () =>
  new Option('--ocr <engine>', 'how scans are read: tesseract.js (built in), native (the tesseract command), auto (native where installed), off (store as needs-ocr); also VANBAN_OCR')
    .choices([...OCR_SETTINGS])
    .default(defaultOcrSetting());
const concurrencyOption = () => new Option('--concurrency <n>', 'worker threads (0: none, all in the main thread)').default(String(defaultThreads()));

program
  .command('extract')
  .description('read one file and print its record; writes nothing')
  .argument('<file>')
  .option('--json', 'print the vanban/1 JSON record')
  .option('--no-text', 'leave the normalized text out of the JSON')
  .addOption(maxSizeOption())
  .addOption(ocrOption())
  .action(async (file: string, opts: { json?: boolean; text: boolean; maxSize: string; ocr: OcrSetting }) => {
    try {
      const { record } = await processFile(file, { includeText: opts.text, maxBytes: positiveNumber(opts.maxSize, '--max-size') * 1048576, ocr: ocrSetting(opts.ocr) });
      process.stdout.write(opts.json ? `${JSON.stringify(record, null, 2)}\n` : `${formatRecord(record)}\n`);
    } catch (error) {
      await closeOcrEngines();
      fail(describeFailure(file, error));
    }
    await closeOcrEngines();
  });

program
  .command('ingest')
  .description('read files and folders (recursively) into the database; unchanged files are skipped; safe to kill and rerun')
  .argument('<paths...>')
  .addOption(dbOption())
  .addOption(concurrencyOption())
  .addOption(maxSizeOption())
  .addOption(timeoutOption())
  .addOption(ocrOption())
  .addOption(logFormatOption('progress bar'))
  .option('--follow-links', 'follow symbolic links inside the folders (each folder once); by default they are counted and left alone')
  .option('--wait', 'wait for another vanban writing to the database to finish instead of refusing')
  .action(async (paths: string[], opts: { db: string; concurrency: string; maxSize: string; timeout: string; ocr: OcrSetting; logFormat: LogFormat; followLinks?: boolean; wait?: boolean }) => {
    const store = new Store(opts.db, { checkIntegrity: true });
    const reporter = createReporter(opts.logFormat, 'ingest');
    const result = await ingest(paths, store, opts.db, {
      concurrency: positiveNumber(opts.concurrency, '--concurrency', true),
      maxBytes: positiveNumber(opts.maxSize, '--max-size') * 1048576,
      timeoutMs: positiveNumber(opts.timeout, '--timeout') * 1000,
      ocr: ocrSetting(opts.ocr),
      followLinks: opts.followLinks,
      waitMs: opts.wait ? Infinity : 0,
      onFile: (event) => reporter.file(event),
      onDiscovered: (found, complete) => reporter.discovered(found, complete),
    });
    store.close();
    await closeOcrEngines();
    const { failures: _omit, ...summary } = result;
    reporter.finish(summary);
    const ocrNote = result.needsOcr ? ` (${result.needsOcr} scans need OCR)` : '';
    process.stdout.write(
      `${result.seen} files: ${result.stored} stored${ocrNote}, ${result.skipped} unchanged, ${result.failed} failed${result.links ? `, ${result.links} links not followed` : ''} in ${(result.durationMs / 1000).toFixed(1)} s → ${opts.db}\n`,
    );
    process.exitCode = result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    if (result.stopped) {
      process.stderr.write(`${result.stopped}\n`);
      process.exitCode = EXIT_USAGE;
    }
  });

program
  .command('watch')
  .description('process every file in INBOX (those there now and every new one), moving each to INBOX/done/ or INBOX/rejected/ with the reason; stop with Ctrl-C')
  .argument('<inbox>')
  .addOption(dbOption())
  .addOption(concurrencyOption())
  .addOption(maxSizeOption())
  .addOption(timeoutOption())
  .addOption(ocrOption())
  .option('--settle <seconds>', 'how long a file must stay unchanged before it counts as completely written', '2')
  .option('--poll', 'poll the folder instead of waiting for change notifications (network shares)')
  .option('--wait', 'wait for another vanban watching the inbox or writing to the database to finish instead of refusing')
  .addOption(logFormatOption('text lines'))
  .action(async (inbox: string, opts: { db: string; concurrency: string; maxSize: string; timeout: string; ocr: OcrSetting; settle: string; poll?: boolean; wait?: boolean; logFormat: LogFormat }) => {
    const store = new Store(opts.db, { checkIntegrity: true });
    // A bar has no end to count towards here: a terminal gets a line per file instead.
    const reporter = createReporter(opts.logFormat === 'auto' && process.stderr.isTTY ? 'text' : opts.logFormat, 'watch');
    const running = await watchInbox(inbox, store, {
      concurrency: positiveNumber(opts.concurrency, '--concurrency', true),
      maxBytes: positiveNumber(opts.maxSize, '--max-size') * 1048576,
      timeoutMs: positiveNumber(opts.timeout, '--timeout') * 1000,
      settleMs: positiveNumber(opts.settle, '--settle', true) * 1000,
      ocr: ocrSetting(opts.ocr),
      poll: opts.poll,
      waitMs: opts.wait ? Infinity : 0,
      onFile: (event) => {
        reporter.file(event);
        if (event.outcome !== 'failed') reporter.info(`${event.path} → ${event.movedTo}`, { path: event.path, movedTo: event.movedTo });
      },
    });
    reporter.info(`watching ${inbox} (results in ${inbox}/done, rejected files in ${inbox}/rejected); Ctrl-C stops`, { inbox });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        // A second signal: leave now; files in progress are redone on the next start.
        process.exit(130);
      }
      stopping = true;
      reporter.info(`${signal}: finishing the files in progress, then stopping (again to stop at once)`, { signal });
      const counts = await running.stop();
      store.close();
      await closeOcrEngines();
      reporter.finish({ ...counts });
      process.exit(counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
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
    const store = Store.open(opts.db, { readOnly: true });
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
    const store = Store.open(opts.db, { readOnly: true });
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
    const store = Store.open(opts.db, { readOnly: true });
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
