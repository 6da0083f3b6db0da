import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import type { FileEvent } from './ingest.js';
import { MESSAGES, type Lang } from '../../data/messages.js';

/**
 * How a long run tells people what happens: a progress bar with rate and ETA on a terminal
 * (cli-progress), JSON lines (pino) when nobody is watching (cron, CI, a log file), or plain
 * sentences. Failures are always reported with their one-sentence reason.
 */

export type LogFormat = 'auto' | 'json' | 'text';

// pino and cli-progress are loaded by the reporter that uses them, not with the runners (start time).
const require = createRequire(import.meta.url);

export interface Reporter {
  discovered(found: number, complete: boolean): void;
  file(event: FileEvent): void;
  /** A message about the run itself (started, stopping…). */
  info(message: string, fields?: Record<string, unknown>): void;
  /** Ends the display; `summary` goes to the log as the last line. */
  finish(summary: Record<string, unknown>): void;
}

/**
 * A reporter for a run. JSON lines carry ISO 8601 times (`time`), each file's processing time
 * (`ms`) apart from the time it waited for a worker thread (`waitMs`), and every line an OCR
 * engine printed while reading it (`origin: "engine"`, with the file's `path`).
 */
export function createReporter(format: LogFormat, label: string, lang: Lang = 'en'): Reporter {
  const kind = format === 'auto' ? (process.stderr.isTTY ? 'bar' : 'json') : format;
  const needsOcr = (path: string) => MESSAGES[lang].needsOcr.replace('{path}', path);
  if (kind === 'json') {
    const { pino } = require('pino') as typeof import('pino');
    const log = pino({ base: { command: label }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 2, sync: true }));
    return jsonReporter(log, needsOcr);
  }
  if (kind === 'bar') return barReporter(label, needsOcr);
  return textReporter(needsOcr);
}

function jsonReporter(log: Logger, needsOcrSentence: (path: string) => string): Reporter {
  return {
    discovered: (found, complete) => {
      if (complete) log.info({ found }, 'discovery complete');
    },
    file: (event) => {
      const fields = {
        path: event.path,
        outcome: event.outcome,
        ms: event.ms,
        ...(event.waitMs !== undefined ? { waitMs: event.waitMs } : {}),
        ...(event.code ? { code: event.code } : {}),
      };
      for (const line of event.engineMessages ?? []) log.info({ path: event.path, origin: 'engine' }, line);
      if (event.outcome === 'failed' || event.error) log.warn(fields, event.error ?? 'failed');
      else if (event.outcome === 'needs-ocr') log.warn(fields, needsOcrSentence(event.path));
      else log.info(fields, event.outcome);
    },
    info: (message, fields = {}) => log.info(fields, message),
    finish: (summary) => log.info(summary, 'run finished'),
  };
}

function textReporter(needsOcrSentence: (path: string) => string): Reporter {
  return {
    discovered: () => undefined,
    file: (event) => {
      if (event.outcome === 'failed' || event.error) process.stderr.write(`${event.error ?? 'failed'}\n`);
      if (event.outcome === 'needs-ocr') process.stderr.write(`${needsOcrSentence(event.path)}\n`);
    },
    info: (message) => process.stderr.write(`${message}\n`),
    finish: () => undefined,
  };
}

function barReporter(label: string, needsOcrSentence: (path: string) => string): Reporter {
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} files | {speed}/s | ETA {eta_formatted} | {file}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  let total = 0;
  // Sentences about failed files wait until the bar is gone, so they are not torn by redraws.
  const held: string[] = [];
  const text = textReporter(needsOcrSentence);
  bar.start(0, 0, { speed: '0', file: '' });
  return {
    discovered: (found) => {
      total = Math.max(found, done);
      bar.setTotal(total);
    },
    file: (event) => {
      done++;
      if (done > total) bar.setTotal((total = done));
      const speed = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      bar.update(done, { speed, file: event.path.split('/').pop() });
      if (event.outcome === 'failed' || event.error) held.push(`${event.error ?? 'failed'}`);
      if (event.outcome === 'needs-ocr') held.push(needsOcrSentence(event.path));
    },
    info: (message) => held.push(message),
    finish: () => {
      bar.stop();
      for (const line of held) text.info(line);
    },
  };
}
