import { statSync } from 'node:fs';
import { closeOcrEngines, createReporter, watchInbox } from '../run/index.js';
import { Store } from '../store/index.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, fail, lang, ocrSetting, t } from './common.js';
import type { RunOptions } from './ingest.js';

/** `vanban watch INBOX`: processes what is dropped into the inbox until Ctrl-C. */
export async function watchCommand(inbox: string, opts: RunOptions & { settle: number; poll?: boolean; wait?: boolean }): Promise<void> {
  // A mistyped inbox is refused rather than created: files dropped into the intended one would wait forever.
  const info = statSync(inbox, { throwIfNoEntry: false });
  if (!info) fail(t('watch.missingInbox', { inbox }));
  if (!info.isDirectory()) fail(t('watch.notFolder', { inbox }));
  const ocr = await ocrSetting(opts.ocr);
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
}
