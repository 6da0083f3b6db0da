import type { AgencyTask, Store } from '../../store/index.js';
import { h, type Html } from '../html.js';
import { formatDate } from '../i18n.js';
import { layout, link, type PageContext } from '../layout.js';
import { timeline } from './graph.js';

/** Agencies: the list (filtered by name), and one agency's tasks across documents with their deadlines on a timeline. */

export function agenciesPage(ctx: PageContext, store: Store): Html {
  const { t } = ctx;
  const q = ctx.url.searchParams.get('q') ?? '';
  const list = store.agencies(q, 100);
  const body = h`<h1>${t('web.agencies.title')}</h1>
  <form class="inline" method="get" action="/agencies" hx-get="/agencies" hx-trigger="input changed delay:300ms from:#agency-q" hx-target="#agency-list" hx-select="#agency-list" hx-swap="outerHTML" hx-push-url="true">
    <input id="agency-q" name="q" value="${q}" placeholder="${t('web.agencies.filter')}" autocomplete="off">
    ${ctx.url.searchParams.get('lang') ? h`<input type="hidden" name="lang" value="${ctx.lang}">` : ''}
  </form>
  <table class="list" id="agency-list"><thead><tr><th></th><th>${t('web.agencies.documents')}</th><th>${t('web.agencies.lead')}</th><th>${t('web.agencies.partner')}</th></tr></thead><tbody>
  ${list.map((a) => h`<tr><td><a href="${link(ctx, `/agencies/${a.id}`)}">${a.name}</a></td><td>${a.documents}</td><td>${a.lead}</td><td>${a.partner}</td></tr>`)}
  </tbody></table>`;
  return layout(ctx, t('web.agencies.title'), body);
}

const dayOf = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return y! + (m! - 1) / 12 + (d! - 1) / 365;
};

export function agencyPage(ctx: PageContext, store: Store, agencyId: number): Html | null {
  const { t } = ctx;
  const { agency, tasks } = store.agencyTasks(agencyId);
  if (!agency) return null;
  const dated = tasks.filter((task) => task.deadlineDate);
  const byDocument = new Map<string, AgencyTask[]>();
  for (const task of dated) {
    const key = task.number ?? task.issuer ?? String(task.documentId);
    byDocument.set(key, [...(byDocument.get(key) ?? []), task]);
  }
  const rows = [...byDocument].map(([label, items]) => ({ label, items }));
  const body = h`<h1>${agency.name}</h1>
  <h2>${t('web.agencies.timeline')}</h2>
  ${timeline(ctx, rows, (task) => dayOf(task.deadlineDate!), (task) => link(ctx, `/doc/${task.documentId}`), (task) => `${formatDate(task.deadlineDate)} · ${(task.text ?? '').slice(0, 120)}`)}
  <h2>${t('web.agencies.tasks', { name: agency.name, n: tasks.length })}</h2>
  <table class="list tasks"><thead><tr><th>${t('web.doc.deadline')}</th><th></th><th></th></tr></thead><tbody>
  ${tasks.map((task) => h`<tr><td class="nowrap">${task.deadlineDate ? formatDate(task.deadlineDate) : task.deadlineText ?? h`<span class="muted">${t('web.agencies.noDeadline')}</span>`}</td>
    <td>${task.text ?? ''} <span class="muted">(${t(`web.role.${task.role as 'lead'}`)})</span></td>
    <td class="nowrap"><a href="${link(ctx, `/doc/${task.documentId}`)}">${task.number ?? task.documentId}</a>${task.issued ? h` <span class="muted">${formatDate(task.issued)}</span>` : ''}</td></tr>`)}
  </tbody></table>`;
  return layout(ctx, agency.name, body);
}
