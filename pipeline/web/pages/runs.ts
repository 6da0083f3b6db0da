import type { Store } from '../../store/index.js';
import { h, type Html } from '../html.js';
import { formatDate } from '../i18n.js';
import { layout, link, type PageContext } from '../layout.js';

/** Runs and inbox: recent runs with their counts, files rejected with their reasons, scans waiting for OCR. */

const when = (iso: string | null) => (iso ? `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 19)}` : '');

export function runsPage(ctx: PageContext, store: Store): Html {
  const { t } = ctx;
  const runs = store.recentRuns(30);
  const failed = store.failedFiles(200);
  const ocr = store.needsOcr(200);
  const body = h`<h1>${t('web.runs.title')}</h1>
  ${runs.length ? h`<table class="list"><thead><tr><th>${t('web.runs.started')}</th><th>${t('web.runs.command')}</th><th>${t('web.runs.status')}</th><th>${t('web.runs.files')}</th><th>${t('web.runs.duration')}</th></tr></thead><tbody>
  ${runs.map((r) => h`<tr><td class="nowrap">${when(r.started_at)}</td><td><code>${r.command ?? ''}</code></td><td>${r.status ?? ''}</td>
    <td>${r.files_seen} / ${r.files_stored} / ${r.files_skipped} / ${r.files_failed}</td><td>${r.duration_ms === null ? '' : `${(r.duration_ms / 1000).toFixed(1)} s`}</td></tr>`)}
  </tbody></table>` : h`<p>${t('web.runs.none')}</p>`}
  <h2>${t('web.inbox.failed', { n: failed.length })}</h2>
  ${failed.length ? h`<table class="list"><thead><tr><th></th><th>${t('web.inbox.reason')}</th></tr></thead><tbody>
  ${failed.map((f) => h`<tr><td><code>${f.path}</code><br><span class="muted">${when(f.updated)}</span></td><td>${f.error ?? ''} <span class="muted">${f.code ?? ''}</span></td></tr>`)}
  </tbody></table>` : h`<p>${t('web.inbox.none')}</p>`}
  <h2>${t('web.inbox.needsOcr', { n: ocr.length })}</h2>
  ${ocr.length ? h`<ul>${ocr.map((f) => h`<li><a href="${link(ctx, `/doc/${f.id}`)}"><code>${f.path}</code></a> <span class="muted">${t('record.pages', { n: f.pages ?? 1 })}</span></li>`)}</ul>` : h`<p>${t('web.inbox.none')}</p>`}`;
  return layout(ctx, t('web.nav.runs'), body);
}
