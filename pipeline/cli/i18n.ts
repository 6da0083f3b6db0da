import { LANGUAGES, MESSAGES, type Lang, type MessageKey } from '../../data/messages.js';

/**
 * The language people read vanban in: Vietnamese unless `--lang en` or `VANBAN_LANG=en` says
 * otherwise. Decided before the command line is parsed, so the help is in that language too.
 */

export type { Lang, MessageKey };
export { LANGUAGES };

/** `--lang X` / `--lang=X` anywhere on the command line, else `VANBAN_LANG`, else Vietnamese; null names a bad value. */
export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; bad?: { source: string; value: string } } {
  let value: string | undefined;
  let source = '--lang';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') value = argv[i + 1] ?? '';
    else if (argv[i]!.startsWith('--lang=')) value = argv[i]!.slice('--lang='.length);
  }
  if (value === undefined && env.VANBAN_LANG) {
    value = env.VANBAN_LANG;
    source = 'VANBAN_LANG';
  }
  if (value === undefined) return { lang: 'vi' };
  const lang = value.toLowerCase().slice(0, 2) as Lang;
  return LANGUAGES.includes(lang) && /^(vi|en)([-_].*)?$/i.test(value) ? { lang } : { lang: 'vi', bad: { source, value } };
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The messages of one language, with `{name}` filled in. */
export function translator(lang: Lang): Translate {
  return (key, params = {}) => MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A date as people write it here: `24/05/2022`, `05/2022` when the day is unknown, `2022`; other text as it is. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return [m[3], m[2], m[1]].filter(Boolean).join('/');
}
