import { FACETS, QueryError, type Facet, type SearchFilters, type Store } from '../../store/index.js';
import { h, type Html } from '../html.js';
import { formatCount, formatDate } from '../i18n.js';
import { layout, link, withParams, type PageContext } from '../layout.js';

/** The search page: one box, facets, snippets with the match marked, paging; every state in the URL. */

export const PAGE_SIZE = 20;
/** Private-use characters open and close a match in a snippet: no document text holds them, so they are split on before escaping. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

const STATUSES = ['needs-review', 'needs-ocr'] as const;

function filtersOf(url: URL): SearchFilters {
  const p = url.searchParams;
  const year = p.get('year');
  const status = p.get('status');
  return {
    type: p.get('type') || undefined,
    issuer: p.get('issuer') || undefined,
    province: p.get('province') || undefined,
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    status: STATUSES.find((s) => s === status),
  };
}

/** A snippet with its matches in <mark>: the text is split on the marks, and each piece is escaped as it is interpolated. */
export function markedSnippet(snippet: string): Html {
  const parts: Html[] = [];
  let rest = snippet;
  while (rest) {
    const open = rest.indexOf(OPEN);
    if (open < 0) {
      parts.push(h`${rest}`);
      break;
    }
    const close = rest.indexOf(CLOSE, open);
    const end = close < 0 ? rest.length : close;
    parts.push(h`${rest.slice(0, open)}<mark>${rest.slice(open + 1, end)}</mark>`);
    rest = rest.slice(end + 1);
  }
  return h`${parts}`;
}

function facetList(ctx: PageContext, facet: Facet, values: Array<{ value: string; label: string; n: number }>, selected: string | null): Html {
  const { t } = ctx;
  if (!values.length && !selected) return h``;
  const label = (value: string, fallback: string) => (facet === 'status' ? t(`web.status.${value as (typeof STATUSES)[number]}`) : fallback);
  return h`<section class="facet"><h3>${t(`web.facet.${facet}`)}</h3><ul>
    ${selected ? h`<li class="selected">${label(selected, selected)} <a href="${withParams(ctx.url, { [facet]: null, page: null })}">${t('web.search.clear')}</a></li>` : ''}
    ${selected ? '' : values.map((v) => h`<li><a href="${withParams(ctx.url, { [facet]: v.value, page: null })}">${label(v.value, v.label)}</a> <span class="n">${formatCount(v.n, ctx.lang)}</span></li>`)}
  </ul></section>`;
}

export function searchPage(ctx: PageContext, store: Store): Html {
  const { t, url } = ctx;
  const q = url.searchParams.get('q') ?? '';
  const filters = filtersOf(url);
  const page = Math.max(1, Math.min(500, Number(url.searchParams.get('page')) || 1));
  let results: Html;
  try {
    const counts = store.searchCounts(q, filters);
    const hits = store.search(q, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, marks: [OPEN, CLOSE] });
    const pages = Math.max(1, Math.ceil(counts.total / PAGE_SIZE));
    const facets = FACETS.map((f) => facetList(ctx, f, counts.facets[f], url.searchParams.get(f)));
    const list = hits.map(
      (hit) => h`<li class="hit">
        <a class="hit-title" href="${link(ctx, `/doc/${hit.id}`)}">${hit.docTypeName ?? ''} ${hit.number ?? t('search.unnumbered')}</a>
        <span class="meta">${hit.issuer ?? ''}${hit.date ? h` · ${formatDate(hit.date)}` : ''}</span>
        ${hit.title ? h`<div class="title">${hit.title}</div>` : ''}
        <div class="snippet">${markedSnippet(hit.snippet)}</div>
      </li>`,
    );
    results =
      !q && Object.values(filters).every((v) => v === undefined)
        ? h`<p class="hint">${t('web.search.hint')}</p>`
        : h`<div class="with-facets">
          <aside class="facets">${facets}</aside>
          <div>
            <p class="count">${t('web.search.count', { n: formatCount(counts.total, ctx.lang) })}</p>
            ${hits.length ? h`<ol class="hits" start="${(page - 1) * PAGE_SIZE + 1}">${list}</ol>` : h`<p>${t('search.none')}</p>`}
            <nav class="paging">
              ${page > 1 ? h`<a rel="prev" href="${withParams(url, { page: page - 1 })}">${t('web.search.prev')}</a>` : ''}
              <span>${t('web.search.page', { page, pages })}</span>
              ${page < pages ? h`<a rel="next" href="${withParams(url, { page: page + 1 })}">${t('web.search.next')}</a>` : ''}
            </nav>
          </div>
        </div>`;
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    results = h`<p class="error">${t(`search.${error.reason}`, error.details)}</p>`;
  }
  const hidden = (['type', 'issuer', 'province', 'year', 'status', 'lang'] as const)
    .filter((name) => url.searchParams.get(name))
    .map((name) => h`<input type="hidden" name="${name}" value="${url.searchParams.get(name)}">`);
  const body = h`<form class="search" method="get" action="/" role="search"
      hx-get="/" hx-trigger="input changed delay:350ms from:#q, submit" hx-target="#results" hx-select="#results" hx-swap="outerHTML" hx-push-url="true">
    <input id="q" type="search" name="q" value="${q}" placeholder="${t('web.search.placeholder')}" autofocus autocomplete="off">
    ${hidden}
    <button type="submit">${t('web.search.button')}</button>
  </form>
  <div id="results">${results}</div>`;
  return layout(ctx, q || t('web.nav.search'), body);
}
