import { LANGUAGES, MESSAGES, type Lang, type MessageKey } from '../../data/messages.js';
import { WEB_MESSAGES, type WebMessageKey } from '../../data/web-messages.js';

/** The page's language: `?lang=` in the URL, else the cookie it set, else `vanban serve --lang`. */

export type { Lang };
export { LANGUAGES };
export type Key = WebMessageKey | MessageKey;
export type Translate = (key: Key, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params = {}) => {
    const template = (WEB_MESSAGES[lang] as Record<string, string>)[key] ?? (MESSAGES[lang] as Record<string, string>)[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

export const isLang = (value: string | undefined): value is Lang => LANGUAGES.includes(value as Lang);

/** A date as people write it here (`24/05/2022`, `05/2022`, `2022`); English pages use the same numeric form. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return [m[3], m[2], m[1]].filter(Boolean).join('/');
}

/** A number with the separators of the language (`10.000` / `10,000`). */
export const formatCount = (n: number, lang: Lang) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
