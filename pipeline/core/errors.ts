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

/** One sentence for any error, naming the file. */
export function describeFailure(path: string, error: unknown): string {
  if (error instanceof InputError) return `${path}: ${error.message}`;
  const text = error instanceof Error ? error.message : String(error);
  return `${path}: could not be processed (${text.split('\n')[0]}).`;
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
const ADVICE: Record<string, string> = {
  empty: 'What to do: the copy probably failed; copy the file into the inbox again.',
  corrupt: 'What to do: open the file to check it; re-save or re-export it (e.g. print to PDF) and drop it in again.',
  encrypted: 'What to do: remove the password (or save an unprotected copy) and drop it in again.',
  encoding: 'What to do: save the text as UTF-8 (or as DOCX) and drop it in again.',
  'zip-bomb': 'What to do: this file claims far more content than it holds; open and re-save it only if you trust where it came from.',
  'too-large': 'What to do: split the file, or raise the limit with --max-size if it really is one document.',
  'too-complex': 'What to do: re-export the file (e.g. print to PDF) and drop it in again.',
  timeout: 'What to do: re-export the file and drop it in again, or raise the limit with --timeout.',
  unsupported: 'What to do: save it as PDF, DOCX, DOC or plain text and drop it in again.',
  'not-vietnamese': 'What to do: nothing, if it was dropped in by mistake; vanban reads Vietnamese administrative documents.',
  missing: 'What to do: the file disappeared while it was being read; drop it in again.',
  unreadable: 'What to do: give the user that runs vanban permission to read it (e.g. chmod a+r) and drop it in again.',
  link: 'What to do: drop in the file itself, not a link to it.',
  'database-busy': 'What to do: nothing; another program held the database, and the file is read again on the next run.',
  changing: 'What to do: wait until the copy has finished, then drop it in again.',
  'too-many-pages': 'What to do: split the file into its documents and drop them in again.',
  'too-many-pixels': 'What to do: scan or export the page again at 300 dpi and drop it in again.',
  internal: 'What to do: this is a vanban bug; please report it with the file attached.',
};

export function adviceFor(code: string): string {
  return ADVICE[code] ?? ADVICE.internal!;
}
