import { packagePath } from '../core/paths.js';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/index.js';
import { DocumentFiles, FileRefused, PAGE_WIDTHS } from './files.js';
import { h, type Html } from './html.js';
import { isLang, translator, type Lang } from './i18n.js';
import { layout, type PageContext } from './layout.js';
import { agenciesPage, agencyPage } from './pages/agencies.js';
import { documentPage } from './pages/document.js';
import { dotGraph, graphml, graphPage } from './pages/graph.js';
import { reviewPage, writeReview } from './pages/review.js';
import { runsPage } from './pages/runs.js';
import { searchPage } from './pages/search.js';

/**
 * The web application over one database (`vanban serve`): routes over the store's queries, pages
 * drawn on the server. Security, in the order a request meets it: the Host header must name this
 * server (no DNS rebinding); with a token, every request carries it (header, or a cookie set by
 * `?token=` once); strict headers (CSP without inline script or style, no framing, no sniffing);
 * writes carry the page's anti-forgery token and come from this origin. Files are reached only by
 * document id through the database (files.ts).
 */

export interface WebOptions {
  store: Store;
  /** The language pages open in (`?lang=` switches). */
  lang: Lang;
  /** When set, every request must carry it. */
  token?: string;
  /** Host names (without port) requests may address; empty allows any (a token guards those servers). */
  hosts: string[];
  /** Opens the database for the one write the page makes (a review); the page's own store is read-only. */
  openWriter?: () => Store;
}

const CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

const require = createRequire(import.meta.url);
/** The only files served from disk besides the documents: a fixed table, no path from the URL. */
const ASSETS: Record<string, { file: string; type: string }> = {
  // From the package tree, not next to this module: the CLI runs the compiled copy in dist/, which has no assets.
  'app.css': { file: packagePath('pipeline/web/assets/app.css'), type: 'text/css; charset=utf-8' },
  'app.js': { file: packagePath('pipeline/web/assets/app.js'), type: 'text/javascript; charset=utf-8' },
  'htmx.min.js': { file: require.resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
};

/** The host of an Origin header; null for `null` or anything else that is not a URL (Node 20 has no URL.parse). */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

const TOKEN_COOKIE = 'vanban_token';
const LANG_COOKIE = 'vanban_lang';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function createWebApp(options: WebOptions) {
  const { store } = options;
  const files = new DocumentFiles(store);
  const csrf = randomBytes(24).toString('hex');
  const assets = new Map(Object.entries(ASSETS).map(([name, a]) => [name, { body: readFileSync(a.file), type: a.type }]));
  const app = new Hono();

  const contextOf = (c: Context): PageContext => {
    const url = new URL(c.req.url);
    const asked = url.searchParams.get('lang') ?? undefined;
    const cookie = getCookie(c, LANG_COOKIE);
    const lang = isLang(asked) ? asked : isLang(cookie) ? cookie : options.lang;
    if (isLang(asked) && asked !== cookie) setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Strict', httpOnly: true });
    return { t: translator(lang), lang, url, csrf };
  };

  const refuse = (c: Context, status: 400 | 403 | 404 | 410, key: 'web.forbidden' | 'web.badHost' | 'web.csrf' | 'web.notFound' | 'web.fileRefused') => {
    const ctx = contextOf(c);
    c.status(status);
    return c.html(layout(ctx, ctx.t(key), h`<p class="error">${ctx.t(key)}</p>`).toString());
  };

  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
    if (options.hosts.length && !options.hosts.includes(host)) return refuse(c, 403, 'web.badHost');
    await next();
  });

  if (options.token) {
    const token = options.token;
    app.use('*', async (c, next) => {
      const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
      const query = c.req.query('token');
      const cookie = getCookie(c, TOKEN_COOKIE);
      if (query !== undefined && same(query, token)) {
        // The token goes into a cookie and out of the address bar (and out of any Referer).
        setCookie(c, TOKEN_COOKIE, token, { path: '/', sameSite: 'Strict', httpOnly: true });
        const url = new URL(c.req.url);
        url.searchParams.delete('token');
        return c.redirect(`${url.pathname}${url.search}`, 303);
      }
      if (!(bearer && same(bearer, token)) && !(cookie && same(cookie, token))) return refuse(c, 403, 'web.forbidden');
      await next();
    });
  }

  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: 'no-referrer', xFrameOptions: 'DENY', crossOriginResourcePolicy: 'same-origin' }));

  // Writes: the page's token (form field or htmx header) and this origin.
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    if (origin && hostOf(origin) !== new URL(c.req.url).host) return refuse(c, 403, 'web.csrf');
    let sent = c.req.header('x-csrf-token');
    if (!sent && /form/.test(c.req.header('content-type') ?? '')) sent = String((await c.req.parseBody())._csrf ?? '');
    if (!sent || !same(sent, csrf)) return refuse(c, 403, 'web.csrf');
    await next();
  });

  const page = (c: Context, body: Html | null) => (body ? c.html(body.toString()) : refuse(c, 404, 'web.notFound'));
  const idOf = (text: string) => (/^\d{1,12}$/.test(text) ? Number(text) : null);

  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return refuse(c, 404, 'web.notFound');
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  });

  app.get('/', (c) => page(c, searchPage(contextOf(c), store)));

  app.get('/doc/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const doc = id === null ? undefined : store.documentView(id);
    return page(c, doc ? await documentPage(contextOf(c), store, files, doc) : null);
  });

  app.get('/doc/:id/page/:file', async (c) => {
    const id = idOf(c.req.param('id'));
    const n = /^(\d{1,4})\.png$/.exec(c.req.param('file'));
    const asked = Number(c.req.query('w') ?? 1000);
    const width = PAGE_WIDTHS.find((w) => w >= asked) ?? PAGE_WIDTHS.at(-1)!;
    if (id === null || !n) return refuse(c, 404, 'web.notFound');
    try {
      const png = await files.pagePng(id, Number(n[1]), width);
      if (!png) return refuse(c, 404, 'web.notFound');
      return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=600' });
    } catch (error) {
      if (error instanceof FileRefused) return refuse(c, 410, 'web.fileRefused');
      throw error;
    }
  });

  app.get('/doc/:id/source', async (c) => {
    const id = idOf(c.req.param('id'));
    if (id === null) return refuse(c, 404, 'web.notFound');
    try {
      const { file, bytes } = await files.source(id);
      const name = file.path.split('/').pop() ?? `document-${id}`;
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="document-${id}.${file.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    } catch (error) {
      if (error instanceof FileRefused) return refuse(c, store.sourceFile(id) ? 410 : 404, store.sourceFile(id) ? 'web.fileRefused' : 'web.notFound');
      throw error;
    }
  });

  app.get('/graph', (c) => page(c, graphPage(contextOf(c), store)));
  app.get('/graph/export.graphml', (c) =>
    c.body(graphml(store.citationGraph()), 200, { 'content-type': 'application/graphml+xml; charset=utf-8', 'content-disposition': 'attachment; filename="citations.graphml"' }),
  );
  app.get('/graph/export.dot', (c) =>
    c.body(dotGraph(store.citationGraph()), 200, { 'content-type': 'text/vnd.graphviz; charset=utf-8', 'content-disposition': 'attachment; filename="citations.dot"' }),
  );

  app.get('/agencies', (c) => page(c, agenciesPage(contextOf(c), store)));
  app.get('/agencies/:id', (c) => {
    const id = idOf(c.req.param('id'));
    return page(c, id === null ? null : agencyPage(contextOf(c), store, id));
  });

  app.get('/review', async (c) => {
    const doc = c.req.query('doc');
    const documentId = doc && /^\d{1,12}$/.test(doc) ? Number(doc) : undefined;
    return page(c, await reviewPage(contextOf(c), store, files, documentId));
  });
  app.post('/review', async (c) => {
    if (!options.openWriter) return refuse(c, 403, 'web.forbidden');
    const ctx = contextOf(c);
    const { status, body } = writeReview(ctx, options.openWriter, await c.req.parseBody());
    // htmx swaps the decided item in; a form sent without script goes back to the queue.
    if (c.req.header('hx-request') === 'true') return c.html(body.toString(), status);
    if (status !== 200) return c.html(layout(ctx, ctx.t('web.review.title'), body).toString(), status);
    return c.redirect(`/review${ctx.url.search}`, 303);
  });

  app.get('/runs', (c) => page(c, runsPage(contextOf(c), store)));

  app.notFound((c) => refuse(c, 404, 'web.notFound'));
  app.onError((error, c) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    c.status(500);
    return c.text('500');
  });

  return { app, csrf };
}
