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

export function failureCode(error: unknown): string {
  return error instanceof InputError ? error.code : 'internal';
}
