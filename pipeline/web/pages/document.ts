import { raw } from 'hono/html';
import type { VanbanRecord } from '../../core/record.js';
import type { CitationLink, DocumentView, ReviewRow, Store } from '../../store/index.js';
import type { DocumentFiles } from '../files.js';
import { h, type Html } from '../html.js';
import { formatDate } from '../i18n.js';
import { confidence, confidenceBadge, layout, link, type PageContext } from '../layout.js';

/**
 * The document page: the page images with each field's boxes drawn over them (or the DOCX as
 * HTML), the fields with their confidence in colour and words, the text with the fields and the
 * corrections marked, corrections in their sentence, citations both ways, tasks, recipients.
 */

/** What the trust marks add to a value (pipeline/core/record.ts): where it is on the page, and whether a person should check it. */
interface Trust {
  location?: { page: number; boxes: Array<{ page: number; left: number; top: number; width: number; height: number }> };
  review?: boolean;
  reason?: string;
}

interface ShownField extends Trust {
  /** Field path, as the reviews name it (`number`, `signer.name`). */
  path: string;
  label: string;
  value: string;
  span: [number, number];
  confidence: number | null;
}

/** The header and signature fields of a record, in reading order. */
export function shownFields(ctx: PageContext, record: VanbanRecord): ShownField[] {
  const { t } = ctx;
  const r = record;
  const out: ShownField[] = [];
  const add = (path: string, label: string, value: string | null | undefined, field: ({ span: [number, number]; confidence?: number } & Trust) | null | undefined) => {
    if (!field || !value) return;
    out.push({ path, label, value, span: field.span, confidence: field.confidence ?? null, location: field.location, review: field.review, reason: field.reason });
  };
  add('docType', t('record.type'), r.docType?.name, r.docType);
  add('number', t('record.number'), r.number?.raw, r.number);
  add('place', t('record.place'), r.place?.value, r.place);
  add('date', t('record.date'), r.date ? (r.date.iso ? formatDate(r.date.iso) : r.date.raw) : null, r.date);
  add('issuer', t('record.issuer'), r.issuer?.name, r.issuer);
  add('title', t('record.title'), r.title?.value, r.title);
  add('signer.name', t('record.signer'), r.signer?.name ?? r.signer?.lines.join(' '), r.signer);
  add('archive', t('record.archive'), r.archive?.value, r.archive);
  return out;
}

interface TextMark {
  start: number;
  end: number;
  kind: 'field' | 'correction';
  id?: string;
  level?: string;
  title?: string;
}

/** The text with marks: spans sorted, an overlapping one left out; every piece escaped as it is interpolated. */
export function markedText(text: string, marks: TextMark[]): Html {
  const sorted = marks.filter((m) => m.end > m.start && m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: Html[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    parts.push(h`${text.slice(at, m.start)}`);
    const inner = text.slice(m.start, m.end);
    parts.push(
      m.kind === 'field'
        ? h`<mark class="field conf-${m.level ?? 'none'}" id="${m.id}" title="${m.title}">${inner}</mark>`
        : h`<ins class="corr" title="${m.title}">${inner}</ins>`,
    );
    at = m.end;
  }
  parts.push(h`${text.slice(at)}`);
  return h`${parts}`;
}

/** A correction in its sentence: the text around it up to the sentence's ends, the source's words struck through. */
export function correctionInSentence(text: string, c: { span: [number, number]; from: string; to: string }): Html {
  const [s, e] = c.span;
  let a = s;
  while (a > 0 && s - a < 160 && !/[.!?;\n]/.test(text[a - 1]!)) a--;
  let b = e;
  while (b < text.length && b - e < 160 && !/[.!?;\n]/.test(text[b]!)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return h`${a > 0 && s - a >= 160 ? '…' : ''}${text.slice(a, s)}<del>${c.from}</del><ins>${text.slice(s, e)}</ins>${text.slice(e, b)}`;
}

function citationItem(ctx: PageContext, c: CitationLink): Html {
  const name = [c.type, c.number ?? c.name].filter(Boolean).join(' ');
  const rel = ctx.t(`relation.${c.relation as 'pursuant'}`);
  return h`<li><span class="rel">${rel}</span> ${c.documentId !== null ? h`<a href="${link(ctx, `/doc/${c.documentId}`)}">${name}</a>` : h`${name} <span class="muted">(${ctx.t('links.notStored')})</span>`}${c.date ? h` · ${formatDate(c.date)}` : ''}${c.issuer ? h` · ${c.issuer}` : ''}</li>`;
}

/** One page image with the boxes of the fields on it, drawn in the page's own units (points) over the picture. */
function pageFigure(ctx: PageContext, doc: DocumentView, page: number, size: { widthPt: number; heightPt: number }, fields: ShownField[]): Html {
  const boxes = fields.flatMap((f) =>
    (f.location?.boxes ?? [])
      .filter((b) => b.page === page)
      .map((b) => h`<rect class="box conf-${confidence(ctx, f.confidence).level}" data-field="${f.path}" x="${b.left.toFixed(1)}" y="${b.top.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}"><title>${f.label}: ${f.value}</title></rect>`),
  );
  const src = `/doc/${doc.id}/page/${page}.png`;
  return h`<figure class="page" id="page-${page}">
    <div class="page-frame">
      <img src="${src}?w=1000" srcset="${src}?w=1000 1000w, ${src}?w=1600 1600w" sizes="(min-width: 1200px) 50vw, 100vw" loading="${page <= 2 ? 'eager' : 'lazy'}" alt="${ctx.t('web.doc.pageImage', { n: page })}" width="1000" height="${Math.round((1000 * size.heightPt) / size.widthPt)}">
      <svg viewBox="0 0 ${size.widthPt.toFixed(1)} ${size.heightPt.toFixed(1)}" preserveAspectRatio="none" aria-hidden="true">${boxes}</svg>
    </div>
    <figcaption>${ctx.t('web.doc.page', { n: page })}</figcaption>
  </figure>`;
}

/** A field's review state: corrected (with the value that stands), confirmed, or waiting for a person. */
function reviewStatus(ctx: PageContext, field: ShownField, review: ReviewRow | undefined): Html {
  if (review?.action === 'correct') return h` <span class="reviewed">${ctx.t('web.doc.corrected', { value: review.valueAfter ?? '' })}</span>`;
  if (review) return h` <span class="reviewed">${ctx.t('web.doc.reviewed')}</span>`;
  return field.review ? h` <span class="flag">${ctx.t('web.status.needs-review')}</span>` : h``;
}

const MAX_PAGES_SHOWN = 30;
const MAX_TEXT_SHOWN = 300_000;

export async function documentPage(ctx: PageContext, store: Store, files: DocumentFiles, doc: DocumentView): Promise<Html> {
  const { t } = ctx;
  const r = doc.record;
  const fields = shownFields(ctx, r);
  // What people decided stands over what was extracted (issue 18's reviews).
  const reviewed = new Map(store.reviewsFor(doc.id).filter((x) => x.stands).map((x) => [x.field, x]));
  const cites = store.citesOf(doc.id);
  const citedBy = store.citedBy(doc.id);
  const found = store.lookup(String(doc.id));
  const copies = found.kind === 'document' ? found.document.copies.filter((c) => c.id !== doc.id) : [];

  let source: Html;
  if (doc.format === 'docx') {
    // mammoth escapes the document's text and we unwrap its links (pipeline/read/docx-html.ts): its HTML is the one fragment taken as built.
    const docx = await files.docxHtml(doc.id).catch(() => '');
    source = h`<div class="docx">${raw(docx) as Html}</div>`;
  } else if (doc.format === 'pdf' || doc.format === 'image') {
    const sizes = await files.pageSizes(doc.id).catch(() => []);
    source = h`${sizes.slice(0, MAX_PAGES_SHOWN).map((size, i) => pageFigure(ctx, doc, i + 1, size, fields))}`;
  } else {
    source = h`<p class="muted">${t('web.doc.noPreview')}</p>`;
  }

  const marks: TextMark[] = [
    ...fields.map((f) => ({ start: f.span[0], end: f.span[1], kind: 'field' as const, id: `t-${f.path}`, level: confidence(ctx, f.confidence).level, title: f.label })),
    ...r.corrections.map((c) => ({ start: c.span[0], end: c.span[1], kind: 'correction' as const, title: `${c.from} → ${c.to}` })),
  ];
  const text = doc.text.length > MAX_TEXT_SHOWN ? doc.text.slice(0, MAX_TEXT_SHOWN) : doc.text;

  const fieldRows = fields.map((f) => {
    const c = confidence(ctx, f.confidence);
    return h`<tr id="f-${f.path}" class="conf-${c.level}${f.review ? ' needs-review' : ''}">
      <th>${f.label}</th>
      <td><a href="#t-${f.path}">${f.value}</a>${f.location?.boxes.length ? h` <a class="muted" href="#page-${f.location.page}">${t('web.doc.page', { n: f.location.page })}</a>` : ''}</td>
      <td>${confidenceBadge(ctx, f.confidence)}${reviewStatus(ctx, f, reviewed.get(f.path))}</td>
    </tr>`;
  });

  const body = h`<article class="document">
  <header class="doc-head">
    <h1>${r.docType?.name ?? ''} ${r.number?.raw ?? t('search.unnumbered')}</h1>
    ${r.title ? h`<p class="doc-title">${r.title.value}</p>` : ''}
    <p class="actions"><a class="button" href="/doc/${doc.id}/source" download>${t('web.doc.download')}</a>
      ${r.status === 'needs-ocr' ? h`<span class="flag">${t('web.status.needs-ocr')}</span>` : ''}
      ${copies.length ? h`<span class="muted">${t('web.doc.copies')}:</span> ${copies.map((c) => h`<a href="${link(ctx, `/doc/${c.id}`)}">${c.format}</a> `)}` : ''}</p>
  </header>
  <div class="doc-grid">
    <section class="source" aria-label="${t('web.doc.source')}">${source}</section>
    <section class="facts">
      <h2>${t('web.doc.fields')}</h2>
      <table class="fields"><tbody>${fieldRows}</tbody></table>
      ${r.corrections.length ? h`<h2>${t('web.doc.corrections', { n: r.corrections.length })}</h2><ul class="corrections">${r.corrections.slice(0, 50).map((c) => h`<li>${correctionInSentence(doc.text, c)}</li>`)}</ul>` : ''}
      <h2>${t('web.doc.cites', { n: cites.length })}</h2>
      <ul class="links">${cites.map((c) => citationItem(ctx, c))}</ul>
      <h2>${t('web.doc.citedBy', { n: citedBy.length })}</h2>
      <ul class="links">${citedBy.map((c) => citationItem(ctx, c))}</ul>
      ${r.tasks.length ? h`<h2>${t('web.doc.tasks', { n: r.tasks.length })}</h2><ol class="tasks">${r.tasks.map((task) => h`<li>
        <p>${task.section ? h`<span class="muted">${task.section}</span> ` : ''}${task.text}</p>
        <dl>${task.lead.length ? h`<dt>${t('web.doc.lead')}</dt><dd>${task.lead.join('; ')}</dd>` : ''}${task.partners.length ? h`<dt>${t('web.doc.partners')}</dt><dd>${task.partners.join('; ')}</dd>` : ''}${task.deadline ? h`<dt>${t('web.doc.deadline')}</dt><dd>${formatDate(task.deadline)}</dd>` : ''}</dl>
      </li>`)}</ol>` : ''}
      ${r.recipients.length ? h`<h2>${t('web.doc.recipients', { n: r.recipients.length })}</h2><ul class="recipients">${r.recipients.map((x) => h`<li>${x.name}${x.purpose ? h` <span class="muted">${x.purpose}</span>` : ''}</li>`)}</ul>` : ''}
    </section>
  </div>
  <section class="text"><h2>${t('web.doc.text')}</h2><pre class="doc-text">${markedText(text, marks)}</pre></section>
</article>`;
  return layout(ctx, `${r.docType?.name ?? ''} ${r.number?.raw ?? ''}`.trim() || String(doc.id), body);
}
