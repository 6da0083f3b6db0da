import { h, type Html } from './html.js';
import type { Lang, Translate } from './i18n.js';

/** What every page is drawn with: the language, the request's URL, the form token. */
export interface PageContext {
  t: Translate;
  lang: Lang;
  url: URL;
  /** The anti-forgery token every write carries (forms and htmx requests). */
  csrf: string;
}

const NAV = [
  ['/', 'web.nav.search'],
  ['/review', 'web.nav.review'],
  ['/graph', 'web.nav.graph'],
  ['/agencies', 'web.nav.agencies'],
  ['/runs', 'web.nav.runs'],
] as const;

/** A link to the same page with some query parameters changed (null removes one): page state lives in the URL. */
export function withParams(url: URL, changes: Record<string, string | number | null>): string {
  const next = new URL(url);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') next.searchParams.delete(name);
    else next.searchParams.set(name, String(value));
  }
  next.searchParams.sort();
  return `${next.pathname}${next.search}`;
}

/** A link inside the application, keeping the language the page is read in. */
export const link = (ctx: PageContext, path: string, params: Record<string, string | number> = {}): string => {
  const url = new URL(path, ctx.url);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  if (ctx.url.searchParams.has('lang')) url.searchParams.set('lang', ctx.lang);
  return `${url.pathname}${url.search}`;
};

export function layout(ctx: PageContext, title: string, body: Html): Html {
  const { t } = ctx;
  const other: Lang = ctx.lang === 'vi' ? 'en' : 'vi';
  const active = ctx.url.pathname;
  return h`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false,"historyCacheSize":0}'>
<title>${title} · ${t('web.title')}</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/htmx.min.js" defer></script>
<script src="/assets/app.js" defer></script>
</head>
<body data-csrf="${ctx.csrf}">
<header class="top">
  <a class="brand" href="${link(ctx, '/')}">${t('web.title')}</a>
  <nav>${NAV.map(([path, key]) => h`<a href="${link(ctx, path)}"${(path === '/' ? active === '/' : active.startsWith(path)) ? h` aria-current="page"` : ''}>${t(key)}</a>`)}</nav>
  <a class="lang" lang="${other}" title="${t('web.switch.label')}" href="${withParams(ctx.url, { lang: other })}">${t('web.switch')}</a>
</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

/** Confidence as a class (the colour) and a word. */
export function confidence(ctx: PageContext, value: number | null | undefined): { level: 'high' | 'medium' | 'low' | 'none'; words: string } {
  if (value === null || value === undefined) return { level: 'none', words: '' };
  const level = value >= 0.9 ? 'high' : value >= 0.6 ? 'medium' : 'low';
  return { level, words: `${ctx.t(`web.conf.${level}`)} (${Math.round(value * 100)}%)` };
}

export function confidenceBadge(ctx: PageContext, value: number | null | undefined): Html {
  const c = confidence(ctx, value);
  return c.level === 'none' ? h`` : h`<span class="conf conf-${c.level}">${c.words}</span>`;
}
