import { lstatSync, readFileSync, statSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { DOC_TYPES } from '../../data/doc-types.js';
import { describeFailure } from '../core/errors.js';
import { comparisonKey } from '../core/text/fold.js';
import {
  closeOcrEngines, createReporter, DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, defaultThreads, ingest,
  OCR_SETTINGS, ocrSettingProblem, processFile, watchInbox, type LogFormat, type OcrSetting,
} from '../run/index.js';
import { PIPELINE_VERSION, QueryError, Store } from '../store/index.js';
import { exportTable } from './export.js';
import { formatCopies, formatHits, formatLinks, formatRecord, formatSummary } from './format-record.js';
import { LANGUAGES, resolveLang, translator, type MessageKey } from './i18n.js';
import { serveCommand } from './serve.js';
import { registerReview } from './review.js';

/**
 * The command line: thin wrappers over the stages and the store (../shared/CONTRACT.md). Every
 * option is checked as it is parsed (commander's argParser) and a bad one is refused with one
 * sentence and exit code 2; people read it in Vietnamese unless `--lang en` / `VANBAN_LANG=en`.
 */

const DEFAULT_DB = './vanban.sqlite';
const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// A reader that goes away (`vanban export … | head`) ends the command quietly, whatever it was doing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
}

const { lang, bad: badLang } = resolveLang(process.argv.slice(2), process.env);
const t = translator(lang);

/** A refusal the user can act on: one sentence, exit code 2 (thrown from parsers, caught below). */
class UsageError extends Error {}

function fail(message: string, code = EXIT_USAGE): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

if (badLang) fail(t('usage.env', { name: badLang.source, value: badLang.value, choices: LANGUAGES.join(', ') }));

// --- option parsers: each turns the text into a value or refuses it in one sentence ---

const usage = (key: MessageKey, params: Record<string, string | number>) => new UsageError(t(key, params));

function numberParser(option: string, zeroAllowed = false) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (n === 0 && !zeroAllowed)) {
      throw usage('usage.number', { option, value, kind: t(zeroAllowed ? 'usage.number.nonNegative' : 'usage.number.positive') });
    }
    return n;
  };
}

function integerParser(option: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw usage('usage.integer', { option, value });
    return Number(value);
  };
}

function choiceParser<T extends string>(option: string, choices: readonly T[]) {
  return (value: string): T => {
    if (!choices.includes(value as T)) throw usage('usage.choice', { option, value, choices: choices.join(', ') });
    return value as T;
  };
}

const TYPE_KEYS = new Set(DOC_TYPES.flatMap((type) => [type.code, type.name, ...(type.aliases ?? []).map((a) => a.name)].map((name) => comparisonKey(name))));

function typeParser(value: string): string {
  if (!TYPE_KEYS.has(comparisonKey(value))) throw usage('usage.type', { value });
  return value;
}

function yearParser(value: string): number {
  if (!/^\d{4}$/.test(value)) throw usage('usage.year', { value });
  return Number(value);
}

/** The OCR setting: the option, else `VANBAN_OCR` (refused when it names no engine), else tesseract.js. */
function ocrSetting(option: OcrSetting | undefined): OcrSetting {
  const fromEnv = process.env.VANBAN_OCR;
  if (option === undefined && fromEnv !== undefined && fromEnv !== '' && !OCR_SETTINGS.includes(fromEnv as OcrSetting)) {
    fail(t('usage.env', { name: 'VANBAN_OCR', value: fromEnv, choices: OCR_SETTINGS.join(', ') }));
  }
  const setting = option ?? ((fromEnv || 'tesseract.js') as OcrSetting);
  const problem = ocrSettingProblem(setting);
  if (problem) fail(problem);
  return setting;
}

// --- options shared by several commands ---

const dbOption = () => new Option('--db <file>', t('help.db')).default(DEFAULT_DB);
const logFormatOption = () =>
  new Option('--log-format <format>', t('help.logFormat')).argParser(choiceParser('--log-format', ['auto', 'json', 'text'] as const)).default('auto');
const maxSizeOption = () => new Option('--max-size <mb>', t('help.maxSize')).argParser(numberParser('--max-size')).default(DEFAULT_MAX_FILE_BYTES / 1048576);
const timeoutOption = () => new Option('--timeout <seconds>', t('help.timeout')).argParser(numberParser('--timeout')).default(DEFAULT_TIMEOUT_MS / 1000);
const ocrOption = () => new Option('--ocr <engine>', t('help.ocr')).argParser(choiceParser('--ocr', OCR_SETTINGS));
const concurrencyOption = () =>
  new Option('--concurrency <n>', t('help.concurrency')).argParser(numberParser('--concurrency', true)).default(defaultThreads());

const examples = (lines: string[]) => `\n${t('help.examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

const program = new Command('vanban')
  .description(t('help.program'))
  .version(`${VERSION} (pipeline ${PIPELINE_VERSION})`, '-V, --version', t('help.version'))
  .helpOption('-h, --help', t('help.help'))
  .addOption(new Option('--lang <lang>', t('help.lang')).argParser(choiceParser('--lang', LANGUAGES)))
  .showHelpAfterError(false)
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) })
  .addHelpText(
    'after',
    examples([
      'vanban ingest examples/ --db vanban.sqlite',
      'vanban search "chi thi 03"',
      'vanban search --type KH --province "thai nguyen" --year 2022',
      'vanban show 234/KH-MTTQ-BTT',
      'vanban export --table citation_edges --format csv --bom > citations.csv',
      'vanban watch ~/vanban-inbox --db vanban.sqlite',
    ]),
  );

program
  .command('extract')
  .description(t('help.extract'))
  .argument('<file>')
  .option('--json', t('help.extract.json'))
  .option('--no-text', t('help.extract.noText'))
  .addOption(maxSizeOption())
  .addOption(ocrOption())
  .addHelpText('after', examples(['vanban extract examples/generated/000_14d7bae0f26e4e26.pdf --json --no-text']))
  .action(async (file: string, opts: { json?: boolean; text: boolean; maxSize: number; ocr?: OcrSetting }) => {
    const ocr = ocrSetting(opts.ocr);
    try {
      const { record } = await processFile(file, { includeText: opts.text, maxBytes: opts.maxSize * 1048576, ocr });
      process.stdout.write(opts.json ? `${JSON.stringify(record, null, 2)}\n` : `${formatRecord(record, t)}\n`);
    } catch (error) {
      await closeOcrEngines();
      fail(describeFailure(file, error, lang));
    }
    await closeOcrEngines();
  });

interface RunOptions {
  db: string;
  concurrency: number;
  maxSize: number;
  timeout: number;
  ocr?: OcrSetting;
  logFormat: LogFormat;
}

program
  .command('ingest')
  .description(t('help.ingest'))
  .argument('<paths...>')
  .addOption(dbOption())
  .addOption(concurrencyOption())
  .addOption(maxSizeOption())
  .addOption(timeoutOption())
  .addOption(ocrOption())
  .addOption(logFormatOption())
  .option('--retry-failed', t('help.retryFailed'))
  .option('--verbose', t('help.verbose'))
  .option('--follow-links', t('help.followLinks'))
  .option('--wait', t('help.wait'))
  .addHelpText('after', examples(['vanban ingest /archive --db archive.sqlite', 'vanban ingest /archive --db archive.sqlite --concurrency 4 --timeout 300 --retry-failed']))
  .action(async (paths: string[], opts: RunOptions & { retryFailed?: boolean; verbose?: boolean; followLinks?: boolean; wait?: boolean }) => {
    // A path that names nothing is a typing mistake: refuse before anything is opened or created.
    for (const path of paths) if (!lstatSync(path, { throwIfNoEntry: false })) fail(t('ingest.missingPath', { path }));
    const ocr = ocrSetting(opts.ocr);
    const store = new Store(opts.db, { checkIntegrity: true });
    const reporter = createReporter(opts.logFormat, 'ingest', lang);
    // Ctrl-C (or SIGTERM): no new file is started, the ones in hand are finished and stored, the
    // summary is written and the run marked `interrupted`. A second signal quits at once.
    const stop = new AbortController();
    let signalName = '';
    const onSignal = (signal: NodeJS.Signals) => {
      if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED);
      signalName = signal;
      stop.abort();
      reporter.info(t('ingest.stopping', { signal }), { signal });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const result = await ingest(paths, store, opts.db, {
      concurrency: opts.concurrency,
      maxBytes: opts.maxSize * 1048576,
      timeoutMs: opts.timeout * 1000,
      ocr,
      lang,
      retryFailed: opts.retryFailed,
      signal: stop.signal,
      followLinks: opts.followLinks,
      waitMs: opts.wait ? Infinity : 0,
      onFile: (event) => reporter.file(event),
      onDiscovered: (found, complete) => reporter.discovered(found, complete),
      onIgnored: (path, reason) => {
        if (opts.verbose) reporter.info(t('ingest.ignoredFile', { path, reason: t(`ignored.${reason}` as MessageKey) }), { path, ignored: reason });
      },
    });
    store.close();
    await closeOcrEngines();
    const { failures: _omit, ...summary } = result;
    if (result.interrupted) reporter.info(t('ingest.interrupted', { signal: signalName }), { signal: signalName });
    reporter.finish(summary);
    process.stdout.write(
      `${t('ingest.summary', {
        seen: result.seen,
        stored: result.stored,
        ocr: result.needsOcr ? t('ingest.ocrNote', { n: result.needsOcr }) : '',
        skipped: result.skipped,
        failed: result.failed,
        failedBefore: result.failedUnchanged ? t('ingest.failedBefore', { n: result.failedUnchanged }) : '',
        ignored: result.ignored ? t('ingest.ignored', { n: result.ignored }) : '',
        links: result.links ? t('ingest.links', { n: result.links }) : '',
        secs: (result.durationMs / 1000).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        db: opts.db,
      })}\n`,
    );
    process.exitCode = result.interrupted ? EXIT_INTERRUPTED : result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    // A fault that made going on pointless (a full disk): said in one sentence, exit 2.
    if (result.stopped) {
      process.stderr.write(`${result.stopped}\n`);
      process.exitCode = EXIT_USAGE;
    }
  });

program
  .command('watch')
  .description(t('help.watch'))
  .argument('<inbox>')
  .addOption(dbOption())
  .addOption(concurrencyOption())
  .addOption(maxSizeOption())
  .addOption(timeoutOption())
  .addOption(ocrOption())
  .addOption(new Option('--settle <seconds>', t('help.settle')).argParser(numberParser('--settle', true)).default(2))
  .option('--poll', t('help.poll'))
  .option('--wait', t('help.waitInbox'))
  .addOption(logFormatOption())
  .addHelpText('after', examples(['vanban watch ~/vanban-inbox --db vanban.sqlite', 'vanban watch /mnt/share/inbox --db vanban.sqlite --poll --settle 10']))
  .action(async (inbox: string, opts: RunOptions & { settle: number; poll?: boolean; wait?: boolean }) => {
    // A mistyped inbox is refused rather than created: files dropped into the intended one would wait forever.
    const info = statSync(inbox, { throwIfNoEntry: false });
    if (!info) fail(t('watch.missingInbox', { inbox }));
    if (!info.isDirectory()) fail(t('watch.notFolder', { inbox }));
    const ocr = ocrSetting(opts.ocr);
    const store = new Store(opts.db, { checkIntegrity: true });
    // A bar has no end to count towards here: a terminal gets a line per file instead.
    const reporter = createReporter(opts.logFormat === 'auto' && process.stderr.isTTY ? 'text' : opts.logFormat, 'watch', lang);
    const running = await watchInbox(inbox, store, {
      concurrency: opts.concurrency,
      maxBytes: opts.maxSize * 1048576,
      timeoutMs: opts.timeout * 1000,
      settleMs: opts.settle * 1000,
      ocr,
      lang,
      poll: opts.poll,
      waitMs: opts.wait ? Infinity : 0,
      onFile: (event) => {
        reporter.file(event);
        if (event.outcome !== 'failed') reporter.info(`${event.path} → ${event.movedTo}`, { path: event.path, movedTo: event.movedTo });
      },
    });
    reporter.info(t('watch.watching', { inbox }), { inbox });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        // A second signal: leave now; files in progress are redone on the next start.
        process.exit(EXIT_INTERRUPTED);
      }
      stopping = true;
      reporter.info(t('ingest.stopping', { signal }), { signal });
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
  .description(t('help.search'))
  .argument('[query]', t('help.search.query'), '')
  .addOption(dbOption())
  .addOption(new Option('--type <type>', t('help.type')).argParser(typeParser))
  .option('--issuer <text>', t('help.issuer'))
  .option('--province <name>', t('help.province'))
  .addOption(new Option('--year <yyyy>', t('help.year')).argParser(yearParser))
  .addOption(new Option('--limit <n>', t('help.limit')).argParser(integerParser('--limit')).default(20))
  .option('--json', t('help.json'))
  .addHelpText(
    'after',
    examples(['vanban search "chi thi 03"', 'vanban search \'"uu tien dung hang viet nam" NOT "nam 2023"\'', 'vanban search "tuyen truyen OR tuyen giao" --type KH --year 2022', 'vanban search --issuer "so thong tin" --json']),
  )
  .action((query: string, opts: { db: string; type?: string; issuer?: string; province?: string; year?: number; limit: number; json?: boolean }) => {
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
  });

program
  .command('show')
  .description(t('help.show'))
  .argument('<id-or-number>', t('help.show.key'))
  .addOption(dbOption())
  .option('--json', t('help.show.json'))
  .addHelpText('after', examples(['vanban show 234/KH-MTTQ-BTT', 'vanban show 360/2025/nd-cp --json', 'vanban show 03-CT/TW', 'vanban show 12']))
  .action((key: string, opts: { db: string; json?: boolean }) => {
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
    store.close();
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ id: document.id, ...document.record, copies: document.copies, links: { cites, citedBy } }, null, 2)}\n`);
      return;
    }
    // The citations print once, as links that say which cited documents are in the database.
    process.stdout.write(`#${document.id}\n${formatRecord({ ...document.record, citations: [] }, t)}\n${formatCopies(document, t)}${formatLinks(cites, citedBy, t)}`);
  });

registerReview(program.command('review'), { t, fail, dbOption, examples, exitNotFound: EXIT_SOME_FAILED });

/** The tables and views of a database of this version, for `export --help`. */
function exportableNamesHelp(): string {
  const store = new Store(':memory:');
  try {
    return `\n${t('help.export.tables')}\n${store.exportableNames().map((name) => `  ${name}`).join('\n')}\n`;
  } finally {
    store.close();
  }
}

program
  .command('export')
  .description(t('help.export'))
  .addOption(dbOption())
  .requiredOption('--table <name>', t('help.export.table'))
  .addOption(new Option('--format <format>', t('help.export.format')).argParser(choiceParser('--format', ['csv', 'jsonl'] as const)).default('csv'))
  .option('--bom', t('help.export.bom'))
  .addHelpText('after', () => `${exportableNamesHelp()}${examples(['vanban export --table most_cited --format csv --bom > most_cited.csv', 'vanban export --table documents_flat --format jsonl | head'])}`)
  .action(async (opts: { db: string; table: string; format: 'csv' | 'jsonl'; bom?: boolean }) => {
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
  });

const portParser = (value: string): number => {
  if (!/^\d{1,5}$/.test(value.trim()) || Number(value) > 65535) throw usage('usage.integer', { option: '--port', value });
  return Number(value);
};
program.addCommand(serveCommand({ lang, dbOption, fail, portParser }));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UsageError) fail(error.message);
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE);
  }
  process.stderr.write(`vanban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_USAGE);
}
