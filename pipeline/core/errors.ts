import { FAILURE_LEAD_VI, FAILURES_VI, MESSAGES, type Lang } from '../../data/messages.js';

/**
 * A failure that a user should read: one sentence naming the reason and, where useful, what to do.
 * Readers throw these for bad input; the batch records `message` and goes on.
 */
export class InputError extends Error {
  constructor(
    /** Stable machine code, e.g. `encrypted`, `corrupt`, `empty`, `unsupported`, `too-large`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** One sentence for any error, naming the file, in the language asked for (English by default). */
export function describeFailure(path: string, error: unknown, lang: Lang = 'en'): string {
  if (error instanceof InputError) return `${path}: ${lang === 'en' ? error.message : failureInVietnamese(error.code, error.message)}`;
  const text = error instanceof Error ? error.message : String(error);
  return `${path}: ${MESSAGES[lang]['failure.internal'].replace('{detail}', text.split('\n')[0]!)}`;
}

/** A reader's English reason in Vietnamese: the sentence's own translation, else a lead-in by its code. */
export function failureInVietnamese(code: string, message: string): string {
  for (const [pattern, vietnamese] of FAILURES_VI) {
    const match = pattern.exec(message);
    if (match) return vietnamese.replace(/\$(\d)/g, (_, i: string) => match[Number(i)] ?? '').replace(' ()', '');
  }
  return `${FAILURE_LEAD_VI[code] ?? FAILURE_LEAD_VI.internal}: ${message}`;
}

const errorCode = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/** The disk (or the database's size limit) cannot take more: going on is pointless until space is freed. */
export function isDiskFull(error: unknown): boolean {
  return ['ENOSPC', 'EDQUOT', 'SQLITE_FULL'].includes(errorCode(error));
}

/** Another program held the database's write lock for longer than the busy timeout. */
export function isDatabaseBusy(error: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(errorCode(error));
}

export function failureCode(error: unknown): string {
  return error instanceof InputError ? error.code : 'internal';
}

/** What a user can do about a failure, by its code: the second line of a rejected file's note. */
export function adviceFor(code: string, lang: Lang = 'en'): string {
  const messages = MESSAGES[lang] as Record<string, string>;
  return messages[`advice.${code}`] ?? messages['advice.internal']!;
}
