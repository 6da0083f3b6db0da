import { lstatSync } from 'node:fs';
import { closeOcrEngines, createReporter, ingest, type LogFormat, type OcrSetting } from '../run/index.js';
import { Store } from '../store/index.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, fail, lang, ocrSetting, t } from './common.js';
import type { MessageKey } from './i18n.js';

export interface RunOptions {
  db: string;
  concurrency: number;
  maxSize: number;
  timeout: number;
  ocr?: OcrSetting;
  logFormat: LogFormat;
}

/** `--queue` and its settings: the batch's stages run on workers elsewhere (issue 20). */
export interface CoordinatorCliOptions {
  queue?: string;
  queueDepth: number;
  attempts: number;
  backoff: number;
}

/** `vanban ingest PATHS…`: the nightly batch, a summary on stdout. */
export async function ingestCommand(
  paths: string[],
  opts: RunOptions & CoordinatorCliOptions & { retryFailed?: boolean; verbose?: boolean; followLinks?: boolean; wait?: boolean },
): Promise<void> {
  // A path that names nothing is a typing mistake: refuse before anything is opened or created.
  for (const path of paths) if (!lstatSync(path, { throwIfNoEntry: false })) fail(t('ingest.missingPath', { path }));
  const ocr = await ocrSetting(opts.ocr);
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
  // With --queue, workers on other machines run the stages; this process stays the only writer.
  const queue = opts.queue ? await import('./queue.js') : undefined;
  const processor = queue && opts.queue ? await queue.openCoordinator({ ...opts, queue: opts.queue }, ocr, reporter, queue.queueCli) : undefined;
  const result = await ingest(paths, store, opts.db, {
    processor,
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
}
