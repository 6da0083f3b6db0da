import type { CitingEntry, GraphEdge, Store } from '../../store/index.js';
import { h, type Html } from '../html.js';
import { formatCount, formatDate } from '../i18n.js';
import { layout, link, type PageContext } from '../layout.js';

/** The citation graph: a cited document's uptake as a timeline by province, the most-cited list, GraphML and DOT. */

/** A partial ISO date as a fractional year (2022-05-24 → 2022.39), for placing it on a time axis. */
function yearOf(date: string | null): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  return Number(m[1]) + (Number(m[2] ?? 6) - 1) / 12 + (Number(m[3] ?? 15) - 1) / 365;
}

/** Dated items on one row per group, on one time axis (SVG: positions are attributes, so the strict CSP holds). */
export function timeline<T>(
  ctx: PageContext,
  rows: Array<{ label: string; items: T[] }>,
  at: (item: T) => number | null,
  href: (item: T) => string,
  title: (item: T) => string,
): Html {
  const times = rows.flatMap((r) => r.items.map(at)).filter((x): x is number => x !== null);
  if (!times.length) return h``;
  const min = Math.floor(Math.min(...times));
  const max = Math.max(Math.ceil(Math.max(...times)), min + 1);
  const left = 210;
  const width = 960;
  const rowHeight = 26;
  const x = (time: number) => left + ((time - min) / (max - min)) * (width - left - 20);
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const step = Math.ceil(years.length / 12);
  const height = rows.length * rowHeight + 30;
  return h`<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img">
    ${years.filter((_, i) => i % step === 0).map((year) => h`<line class="tick" x1="${x(year)}" x2="${x(year)}" y1="0" y2="${height - 20}"></line><text class="year" x="${x(year)}" y="${height - 5}">${year}</text>`)}
    ${rows.map((row, i) => {
      const y = i * rowHeight + 15;
      return h`<text class="row-label" x="${left - 8}" y="${y + 4}">${row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}</text>
        <line class="row" x1="${left}" x2="${width - 20}" y1="${y}" y2="${y}"></line>
        ${row.items.map((item) => {
          const time = at(item);
          return time === null ? '' : h`<a href="${href(item)}"><circle class="dot" cx="${x(time).toFixed(1)}" cy="${y}" r="6"><title>${title(item)}</title></circle></a>`;
        })}`;
    })}
  </svg>`;
}

function uptake(ctx: PageContext, store: Store, cited: string): Html {
  const { t } = ctx;
  const { cited: entry, citing } = store.citingDocuments(cited);
  if (!citing.length) return h`<p>${t('web.graph.none')}</p>`;
  const name = [entry?.type, entry?.number ?? entry?.name].filter(Boolean).join(' ') || cited;
  const byProvince = new Map<string, CitingEntry[]>();
  for (const c of citing) {
    const key = c.province ?? t('web.graph.central');
    byProvince.set(key, [...(byProvince.get(key) ?? []), c]);
  }
  const rows = [...byProvince].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'vi')).map(([label, items]) => ({ label, items }));
  const describe = (c: CitingEntry) => `${[c.type, c.number].filter(Boolean).join(' ')} · ${c.issuer ?? ''} · ${c.date ? formatDate(c.date) : t('web.graph.undated')}`;
  return h`<section class="uptake">
    <h2>${t('web.graph.timeline', { name, n: formatCount(citing.length, ctx.lang) })}${entry?.id ? h` <a href="${link(ctx, `/doc/${entry.id}`)}">→</a>` : ''}</h2>
    ${timeline(ctx, rows, (c) => yearOf(c.date), (c) => link(ctx, `/doc/${c.id}`), describe)}
    <table class="list"><tbody>${rows.map((row) => h`<tr><th>${row.label}</th><td>${row.items.map((c) => h`<a href="${link(ctx, `/doc/${c.id}`)}">${c.number ?? c.issuer ?? c.id}</a> <span class="muted">${c.date ? formatDate(c.date) : ''} ${t(`relation.${c.relation as 'pursuant'}`)}</span><br>`)}</td></tr>`)}</tbody></table>
  </section>`;
}

export function graphPage(ctx: PageContext, store: Store): Html {
  const { t } = ctx;
  const cited = ctx.url.searchParams.get('cited') ?? '';
  const most = store.mostCited(40);
  const body = h`<h1>${t('web.graph.title')}</h1>
  <form class="inline" method="get" action="/graph">
    <label>${t('web.graph.directive')} <input name="cited" value="${cited}" autocomplete="off"></label>
    ${ctx.url.searchParams.get('lang') ? h`<input type="hidden" name="lang" value="${ctx.lang}">` : ''}
    <button type="submit">${t('web.graph.show')}</button>
  </form>
  <p>${t('web.graph.export', { graphml: '\u0001', dot: '\u0002' })
    .split(/([\u0001\u0002])/)
    .map((part) => (part === '\u0001' ? h`<a href="/graph/export.graphml" download>GraphML</a>` : part === '\u0002' ? h`<a href="/graph/export.dot" download>DOT</a>` : h`${part}`))}</p>
  ${cited ? uptake(ctx, store, cited) : ''}
  <h2>${t('web.graph.mostCited')}</h2>
  <table class="list"><thead><tr><th></th><th>${t('web.graph.citing')}</th><th>${t('web.graph.provinces')}</th></tr></thead><tbody>
  ${most.map((m) => h`<tr><td><a href="${link(ctx, '/graph', { cited: m.key })}">${[m.type, m.number ?? m.name].filter(Boolean).join(' ')}</a>${m.date ? h` <span class="muted">${formatDate(m.date)}</span>` : ''}${m.id ? h` <a href="${link(ctx, `/doc/${m.id}`)}">↗</a>` : ''}</td><td>${m.citing}</td><td>${m.provinces}</td></tr>`)}
  </tbody></table>`;
  return layout(ctx, t('web.graph.title'), body);
}

// --- export ---

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const dot = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

interface GraphNode {
  id: string;
  label: string;
  date: string;
  province: string;
  stored: boolean;
}

function graphOf(edges: Iterable<GraphEdge>): { nodes: Map<string, GraphNode>; links: Array<{ from: string; to: string; relation: string }> } {
  const nodes = new Map<string, GraphNode>();
  const links: Array<{ from: string; to: string; relation: string }> = [];
  for (const e of edges) {
    const from = `doc${e.citingId}`;
    if (!nodes.has(from)) nodes.set(from, { id: from, label: [e.citingType, e.citingNumber].filter(Boolean).join(' '), date: e.citingDate ?? '', province: e.citingProvince ?? '', stored: true });
    const to = e.citedId !== null ? `doc${e.citedId}` : `key:${e.citedKey}`;
    if (!nodes.has(to)) nodes.set(to, { id: to, label: [e.citedType, e.citedNumber ?? e.citedName].filter(Boolean).join(' '), date: '', province: '', stored: e.citedId !== null });
    links.push({ from, to, relation: e.relation });
  }
  return { nodes, links };
}

export function graphml(edges: Iterable<GraphEdge>): string {
  const { nodes, links } = graphOf(edges);
  const keys = ['label', 'date', 'province', 'stored'].map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys}
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="citations" edgedefault="directed">
${[...nodes.values()].map((n) => `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="date">${xml(n.date)}</data><data key="province">${xml(n.province)}</data><data key="stored">${n.stored}</data></node>`).join('\n')}
${links.map((l, i) => `    <edge id="e${i}" source="${xml(l.from)}" target="${xml(l.to)}"><data key="relation">${xml(l.relation)}</data></edge>`).join('\n')}
  </graph>
</graphml>
`;
}

export function dotGraph(edges: Iterable<GraphEdge>): string {
  const { nodes, links } = graphOf(edges);
  return `digraph citations {
  node [shape=box];
${[...nodes.values()].map((n) => `  ${dot(n.id)} [label=${dot(n.label || n.id)}${n.stored ? '' : ', style=dashed'}];`).join('\n')}
${links.map((l) => `  ${dot(l.from)} -> ${dot(l.to)} [label=${dot(l.relation)}];`).join('\n')}
}
`;
}
