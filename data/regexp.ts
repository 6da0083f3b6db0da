/** Helpers for building the patterns of data/ from its word lists. */

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern that reads across line breaks and doubled spaces. */
export function escapeSpaced(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+');
}

/** A word or name as a pattern that takes its first letter in either case ("[Ss]ở", "[Ủủ]y ban"). */
export function eitherCaseInitial(text: string): string {
  return `[${text[0]}${text[0]!.toLocaleLowerCase('vi')}]${escapeRegExp(text.slice(1))}`;
}

/** A replacement: what to find and what to put instead. */
export interface Rewrite {
  pattern: RegExp;
  replacement: string;
}
