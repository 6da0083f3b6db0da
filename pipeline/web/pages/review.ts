import { userInfo } from 'node:os';
import { fieldEntries, type FieldEntry } from '../../core/fields.js';
import { ReviewError, type QueuedValue, type Store } from '../../store/index.js';
import type { DocumentFiles } from '../files.js';
import { h, type Html } from '../html.js';
import { confidenceBadge, layout, link, type PageContext } from '../layout.js';

/**
 * The review queue: every value flagged for review, the page crop beside it (the value's boxes on
 * the drawn page, or its sentence for a file without pages), accept / correct / skip from the
 * keyboard (assets/app.js). A decision is written as a review (the store's `addReview`), which
 * outlives every re-ingest, and the item shows it at once.
 */

const QUEUE_PAGE = 40;
/** Points of page kept around a value's boxes in its crop. */
const MARGIN_PT = 36;

/** `document_fields.location` (the page is its own column). */
interface Location {
  boxes: Array<{ page: number; left: number; top: number; width: number; height: number }>;
}

const parseLocation = (json: string | null): Location | null => {
  if (!json) return null;
  try {
    const location = JSON.parse(json) as Location;
    return Array.isArray(location.boxes) ? location : null;
  } catch {
    return null;
  }
};

/** The part of the page around the value, drawn as an SVG window onto the page image with the boxes on it. */
function crop(item: QueuedValue, page: number, location: Location, size: { widthPt: number; heightPt: number }): Html {
  const boxes = location.boxes.filter((b) => b.page === page);
  if (!boxes.length) return h``;
  const left = Math.max(0, Math.min(...boxes.map((b) => b.left)) - MARGIN_PT);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) - MARGIN_PT);
  const right = Math.min(size.widthPt, Math.max(...boxes.map((b) => b.left + b.width)) + MARGIN_PT);
  const bottom = Math.min(size.heightPt, Math.max(...boxes.map((b) => b.top + b.height)) + MARGIN_PT);
  // At least a third of the page wide, so the value is seen in its line.
  const width = Math.max(right - left, size.widthPt / 3);
  return h`<svg viewBox="${left.toFixed(1)} ${top.toFixed(1)} ${width.toFixed(1)} ${(bottom - top).toFixed(1)}" role="img">
    <image href="/doc/${item.documentId}/page/${page}.png?w=1600" x="0" y="0" width="${size.widthPt.toFixed(1)}" height="${size.heightPt.toFixed(1)}"></image>
    ${boxes.map((b) => h`<rect class="box conf-low" x="${b.left.toFixed(1)}" y="${b.top.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}"></rect>`)}
  </svg>`;
}

/** The value in its sentence of the stored text, for files without pages (DOCX, text). */
function sentence(text: string, span: [number, number] | null): Html {
  if (!span) return h``;
  const [s, e] = span;
  const a = Math.max(0, text.lastIndexOf('\n', s - 1) + 1, s - 200);
  let b = text.indexOf('\n', e);
  if (b < 0 || b - e > 200) b = Math.min(text.length, e + 200);
  return h`<p class="context">${text.slice(a, s)}<mark>${text.slice(s, e)}</mark>${text.slice(e, b)}</p>`;
}

function itemForm(ctx: PageContext, item: { documentId: number; field: string; value: string | null }): Html {
  const { t } = ctx;
  return h`<form method="post" action="/review" hx-post="/review" hx-target="closest .review-item" hx-swap="outerHTML">
    <input type="hidden" name="_csrf" value="${ctx.csrf}">
    <input type="hidden" name="document" value="${item.documentId}">
    <input type="hidden" name="field" value="${item.field}">
    <input type="hidden" name="shown" value="${item.value ?? ''}">
    <input name="value" value="${item.value ?? ''}" aria-label="${t('web.review.value')}" autocomplete="off">
    <button type="submit" name="action" value="correct">${t('web.review.save')}</button>
    <button type="submit" name="action" value="confirm" class="secondary">${t('web.review.accept')}</button>
  </form>`;
}

async function queueItem(ctx: PageContext, store: Store, files: DocumentFiles, item: QueuedValue, entries: Map<number, { text: string; fields: FieldEntry[] }>): Promise<Html> {
  const { t } = ctx;
  const location = parseLocation(item.location);
  let picture: Html = h``;
  if (location?.boxes.length && item.page) {
    const size = (await files.pageSizes(item.documentId).catch(() => []))[item.page - 1];
    if (size) picture = crop(item, item.page, location, size);
  }
  if (!location?.boxes.length || picture.toString() === '') {
    let doc = entries.get(item.documentId);
    if (!doc) {
      const view = store.documentView(item.documentId);
      doc = { text: view?.text ?? '', fields: view ? fieldEntries(view.record) : [] };
      entries.set(item.documentId, doc);
    }
    picture = sentence(doc.text, doc.fields.find((f) => f.field === item.field)?.span ?? null);
  }
  return h`<section class="review-item" data-document="${item.documentId}" data-field="${item.field}">
    <div class="crop">${picture}</div>
    <div>
      <p><a href="${link(ctx, `/doc/${item.documentId}`)}">${item.number ?? `#${item.documentId}`}</a> · <span class="muted">${t('web.review.field')}:</span> <code>${item.field}</code>
        ${confidenceBadge(ctx, item.confidence)}</p>
      <p><strong>${item.value ?? '—'}</strong>${item.reason ? h` <span class="muted">(${t('web.review.reason')}: ${t(`reason.${item.reason as 'low-confidence'}`)})</span>` : ''}</p>
      ${itemForm(ctx, item)}
      <button type="button" class="secondary skip">${t('web.review.skip')}</button>
    </div>
  </section>`;
}

/** The queue, or one document's part of it (`/review?doc=ID`, linked from the document page). */
export async function reviewPage(ctx: PageContext, store: Store, files: DocumentFiles, documentId?: number): Promise<Html> {
  const { t } = ctx;
  const queue = store.reviewQueue({ limit: QUEUE_PAGE, documentId });
  const entries = new Map<number, { text: string; fields: FieldEntry[] }>();
  const items: Html[] = [];
  for (const item of queue) items.push(await queueItem(ctx, store, files, item, entries));
  const body = h`<h1>${t('web.review.title')}</h1>
  <p class="muted">${t('web.review.keys')}</p>
  ${queue.length ? h`<p>${t('web.review.count', { n: queue.length })}</p>${items}` : h`<p>${t('web.review.empty')}</p>`}`;
  return layout(ctx, t('web.review.title'), body);
}

/** Who reviewed from the web page: the user running the server. */
const reviewer = () => `${userInfo().username} (web)`;

/** Writes one decision; the answer is the item as decided (htmx swaps it in), or an error sentence. */
export function writeReview(ctx: PageContext, openWriter: () => Store, form: Record<string, unknown>): { status: 200 | 400; body: Html } {
  const { t } = ctx;
  const documentId = Number(form.document);
  const field = String(form.field ?? '');
  const action = form.action === 'confirm' ? 'confirm' : 'correct';
  const value = String(action === 'confirm' ? form.shown ?? '' : form.value ?? '').trim();
  const writer = openWriter();
  try {
    writer.addReview({ documentId, field, value, reviewer: reviewer(), confirm: action === 'confirm' });
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    return { status: 400, body: h`<section class="review-item"><p class="error">${t(`review.${error.reason}`, { id: documentId, field, value, shown: String(form.shown ?? ''), ...error.details })}</p></section>` };
  } finally {
    writer.close();
  }
  return {
    status: 200,
    body: h`<section class="review-item done" data-document="${documentId}" data-field="${field}">
      <div></div><div><p><a href="${link(ctx, `/doc/${documentId}`)}">#${documentId}</a> · <code>${field}</code></p>
      <p class="review-status">${action === 'confirm' ? t('web.review.accepted') : t('web.review.saved', { value })}</p></div>
    </section>`,
  };
}
