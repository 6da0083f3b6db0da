import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { LRUCache } from 'lru-cache';
import { docxToHtml, pageSizes, renderPageView } from '../run/index.js';
import type { SourceFile, Store } from '../store/index.js';

/**
 * The files behind the pages. A file is reached only through the database: by a document id, whose
 * row names the path and the content's sha256. The bytes read must hash to that sha256 (a file
 * replaced or changed since it was ingested is refused), links are not followed (O_NOFOLLOW),
 * and no part of the URL is ever a path. Drawn pages, page sizes and DOCX HTML are cached by
 * content hash, so a page is rendered once.
 */

export class FileRefused extends Error {}

/** Screen widths a page image is drawn at (a small set, so the cache holds few variants). */
export const PAGE_WIDTHS = [400, 1000, 1600] as const;
const MAX_SOURCE_BYTES = 200 * 1048576;

export class DocumentFiles {
  private readonly images = new LRUCache<string, Promise<Buffer | null>>({ maxSize: 96 * 1048576, sizeCalculation: () => 300_000 }); // a drawn page is about 100-400 KB of PNG
  private readonly sizes = new LRUCache<string, Promise<Array<{ widthPt: number; heightPt: number }>>>({ max: 2000 });
  private readonly docx = new LRUCache<string, Promise<string>>({ max: 200 });

  constructor(private readonly store: Store) {}

  /** The recorded file of a document and its bytes, verified against the recorded sha256. */
  async source(documentId: number): Promise<{ file: SourceFile; bytes: Buffer }> {
    const file = this.store.sourceFile(documentId);
    if (!file) throw new FileRefused(`no document ${documentId}`);
    let handle;
    try {
      handle = await open(file.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      throw new FileRefused('unreadable');
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) throw new FileRefused('not a regular file');
      const bytes = await handle.readFile();
      if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) throw new FileRefused('changed since ingest');
      return { file, bytes };
    } finally {
      await handle.close();
    }
  }

  /** The format a page can be drawn from, or null (text, DOCX). */
  static drawable(format: string): 'pdf' | 'image' | null {
    return format === 'pdf' ? 'pdf' : format === 'image' ? 'image' : null;
  }

  pageSizes(documentId: number): Promise<Array<{ widthPt: number; heightPt: number }>> {
    const file = this.store.sourceFile(documentId);
    const kind = file && DocumentFiles.drawable(file.format);
    if (!file || !kind) return Promise.resolve([]);
    return this.cached(this.sizes, file.sha256, async () => pageSizes((await this.source(documentId)).bytes, kind));
  }

  pagePng(documentId: number, page: number, width: (typeof PAGE_WIDTHS)[number]): Promise<Buffer | null> {
    const file = this.store.sourceFile(documentId);
    const kind = file && DocumentFiles.drawable(file.format);
    if (!file || !kind) return Promise.resolve(null);
    return this.cached(this.images, `${file.sha256}:${page}:${width}`, async () => (await renderPageView((await this.source(documentId)).bytes, kind, page, width))?.png ?? null);
  }

  docxHtml(documentId: number): Promise<string> {
    const file = this.store.sourceFile(documentId);
    if (!file || file.format !== 'docx') return Promise.resolve('');
    return this.cached(this.docx, file.sha256, async () => docxToHtml((await this.source(documentId)).bytes));
  }

  /** One promise per key: concurrent requests for a page render it once; a failure is not kept. */
  private cached<P extends Promise<unknown>>(cache: LRUCache<string, P>, key: string, make: () => P): P {
    let value = cache.get(key);
    if (!value) {
      value = make();
      cache.set(key, value);
      value.catch(() => cache.delete(key));
    }
    return value;
  }
}
