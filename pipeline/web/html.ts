import { html as honoHtml } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * HTML escaped by construction: `h` is hono's tagged template, which escapes every interpolated
 * string (`&`, `<`, `>`, `"`, `'`) and passes through only what `h` itself built. Document text is
 * untrusted, so it only ever reaches a page as an interpolated string. The one fragment taken as
 * built (mammoth's HTML of a DOCX, whose text mammoth escapes) is marked with `raw` in pages/document.ts.
 */

export type Html = HtmlEscapedString;
type Part = Html | string | number | null | undefined | false | Part[];

export function h(strings: TemplateStringsArray, ...values: Part[]): Html {
  // Nothing here is asynchronous, so hono returns the string itself, never a promise.
  return honoHtml(strings, ...(values as unknown[])) as Html;
}
