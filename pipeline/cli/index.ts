import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { DOC_TYPES } from '../../data/doc-types.js';
import { packagePath } from '../core/paths.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, defaultThreads, OCR_SETTINGS } from '../core/settings.js';
import { comparisonKey } from '../core/text/fold.js';
import { PIPELINE_VERSION } from '../store/write.js';
import { badLang, DEFAULT_DB, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, fail, lang, LANGUAGES, queueUrlProblem, t, usage, UsageError } from './common.js';
import { serveCommand } from './serve.js';
import { registerReview } from './review.js';

/**
 * The command line: thin wrappers over the stages and the store (../shared/CONTRACT.md). Every
 * option is checked as it is parsed (commander's argParser) and a bad one is refused with one
 * sentence and exit code 2; people read it in Vietnamese unless `--lang en` / `VANBAN_LANG=en`.
 *
 * This module only registers the commands: each action loads its own module (`./extract.js`,
 * `./ingest.js`, …) with `await import()`, so `vanban --help` loads neither a reader, OCR, the
 * language model nor SQLite (issue 23: the help prints in about a tenth of a second).
 */

const VERSION = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

// A reader that goes away (`vanban export … | head`) ends the command quietly, whatever it was doing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
}

if (badLang) fail(t('usage.env', { name: badLang.source, value: badLang.value, choices: LANGUAGES.join(', ') }));

// --- option parsers: each turns the text into a value or refuses it in one sentence ---

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

// --- options shared by several commands ---

const dbOption = () => new Option('--db <file>', t('help.db')).default(DEFAULT_DB);
const logFormatOption = () =>
  new Option('--log-format <format>', t('help.logFormat')).argParser(choiceParser('--log-format', ['auto', 'json', 'text'] as const)).default('auto');
const maxSizeOption = () => new Option('--max-size <mb>', t('help.maxSize')).argParser(numberParser('--max-size')).default(DEFAULT_MAX_FILE_BYTES / 1048576);
const timeoutOption = () => new Option('--timeout <seconds>', t('help.timeout')).argParser(numberParser('--timeout')).default(DEFAULT_TIMEOUT_MS / 1000);
const ocrOption = () => new Option('--ocr <engine>', t('help.ocr')).argParser(choiceParser('--ocr', OCR_SETTINGS));
const concurrencyOption = () =>
  new Option('--concurrency <n>', t('help.concurrency')).argParser(numberParser('--concurrency', true)).default(defaultThreads());

const queueOption = () => new Option('--queue <url>', t('help.queue')).argParser(queueUrlParser);

function queueUrlParser(value: string): string {
  if (queueUrlProblem(value)) throw usage('usage.queue', { value });
  return value;
}

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
  .action(async (file, opts) => (await import('./extract.js')).extractCommand(file, opts));

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
  .addOption(queueOption())
  .addOption(new Option('--queue-depth <n>', t('help.queueDepth')).argParser(integerParser('--queue-depth')).default(256))
  .addOption(new Option('--attempts <n>', t('help.attempts')).argParser(integerParser('--attempts')).default(3))
  .addOption(new Option('--backoff <seconds>', t('help.backoff')).argParser(numberParser('--backoff', true)).default(5))
  .addHelpText(
    'after',
    examples([
      'vanban ingest /archive --db archive.sqlite',
      'vanban ingest /archive --db archive.sqlite --concurrency 4 --timeout 300 --retry-failed',
      'vanban ingest /mnt/archive --db archive.sqlite --queue redis://queue-host:6379/0',
    ]),
  )
  .action(async (paths, opts) => (await import('./ingest.js')).ingestCommand(paths, opts));

program
  .command('worker')
  .description(t('help.worker'))
  .addOption(queueOption().makeOptionMandatory())
  .addOption(new Option('--concurrency <n>', t('help.workerConcurrency')).argParser(numberParser('--concurrency', true)).default(defaultThreads()))
  .addOption(timeoutOption())
  .addOption(new Option('--lock-seconds <s>', t('help.lockSeconds')).argParser(numberParser('--lock-seconds')).default(30))
  .addOption(logFormatOption())
  .addHelpText('after', examples(['vanban worker --queue redis://queue-host:6379/0', 'vanban worker --queue redis://queue-host:6379/0 --concurrency 8 --timeout 300']))
  .action(async (opts) => (await import('./worker.js')).runWorker(opts, (await import('./queue.js')).queueCli));

const queueCommand = program.command('queue').description(t('help.queueCmd'));
queueCommand
  .command('status')
  .description(t('help.queueStatus'))
  .addOption(queueOption().makeOptionMandatory())
  .option('--json', t('help.json'))
  .action(async (opts) => {
    const queue = await import('./queue.js');
    await queue.showStatus(opts, queue.queueCli);
  });
queueCommand
  .command('retry')
  .description(t('help.queueRetry'))
  .addOption(queueOption().makeOptionMandatory())
  .option('--failed', t('help.queueFailed'))
  .action(async (opts) => {
    const queue = await import('./queue.js');
    await queue.retryFailed(opts, queue.queueCli);
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
  .action(async (inbox, opts) => (await import('./watch.js')).watchCommand(inbox, opts));

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
  .action(async (query, opts) => (await import('./search.js')).searchCommand(query, opts));

program
  .command('show')
  .description(t('help.show'))
  .argument('<id-or-number>', t('help.show.key'))
  .addOption(dbOption())
  .option('--json', t('help.show.json'))
  .addHelpText('after', examples(['vanban show 234/KH-MTTQ-BTT', 'vanban show 360/2025/nd-cp --json', 'vanban show 03-CT/TW', 'vanban show 12']))
  .action(async (key, opts) => (await import('./show.js')).showCommand(key, opts));

registerReview(program.command('review'), { t, fail, dbOption, examples, exitNotFound: EXIT_SOME_FAILED });

// The export help lists the tables of a database, which needs SQLite: loaded only for that command.
let exportModule: typeof import('./export.js') | undefined;
program.hook('preSubcommand', async (_program, command) => {
  if (command.name() === 'export') exportModule = await import('./export.js');
});

program
  .command('export')
  .description(t('help.export'))
  .addOption(dbOption())
  .requiredOption('--table <name>', t('help.export.table'))
  .addOption(new Option('--format <format>', t('help.export.format')).argParser(choiceParser('--format', ['csv', 'jsonl'] as const)).default('csv'))
  .option('--bom', t('help.export.bom'))
  .addHelpText('after', () => `${exportModule?.exportableNamesHelp() ?? ''}${examples(['vanban export --table most_cited --format csv --bom > most_cited.csv', 'vanban export --table documents_flat --format jsonl | head'])}`)
  .action(async (opts) => (await import('./export.js')).exportCommand(opts));

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
