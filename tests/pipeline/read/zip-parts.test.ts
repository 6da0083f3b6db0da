import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkZipSizes, jsZipResolve } from '../../../pipeline/read/zip-guard.js';
import { SAMPLE_DOCX } from '../../fixtures.js';

/**
 * mammoth reads a DOCX's parts as the zip guard inflated them (issue 23) only where JSZip, which it
 * would otherwise unzip the file with, finds the same parts: the HTML and the messages must be the
 * same both ways, and a ZIP laid out otherwise goes to JSZip as before.
 */

const PICTURE_RELATION = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const drawing = (id: string) =>
  `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

/** Parts written as Word writes them: no folder entries (JSZip adds one per folder unless told not to). */
const FILE = { createFolders: false };

async function variant(change: (zip: JSZip) => Promise<void> | void, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(SAMPLE_DOCX());
  await change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

async function withPicture(zip: JSZip, present: boolean): Promise<void> {
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdP" Type="${PICTURE_RELATION}" Target="media/p.png"/></Relationships>`), FILE);
  const body = await zip.file('word/document.xml')!.async('string');
  const at = body.indexOf('<w:r>');
  zip.file('word/document.xml', body.slice(0, at) + drawing('rIdP') + body.slice(at), FILE);
  if (present) zip.file('word/media/p.png', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)), FILE);
}

async function bothWays(buf: Buffer) {
  const parts = checkZipSizes(buf);
  const viaJsZip = await mammoth.convertToHtml({ buffer: buf });
  const viaParts = parts ? await mammoth.convertToHtml({ file: parts } as unknown as Parameters<typeof mammoth.convertToHtml>[0]) : null;
  return { parts, viaJsZip, viaParts };
}

describe('a DOCX read from the guard’s inflated parts', () => {
  it.each([
    ['the sample as it is', () => Promise.resolve(SAMPLE_DOCX())],
    ['stored, not deflated', () => variant(() => undefined, 'STORE')],
    ['with a picture (read as base64 into the HTML)', () => variant((zip) => withPicture(zip, true))],
    ['with a picture whose part is missing (mammoth’s error message)', () => variant((zip) => withPicture(zip, false))],
  ])('%s: the same HTML and messages as through JSZip', async (_name, make) => {
    const { parts, viaJsZip, viaParts } = await bothWays(await make());
    expect(parts).not.toBeNull();
    expect(viaParts).toEqual(viaJsZip);
  });

  it('a missing picture gives mammoth’s own error either way', async () => {
    const { viaParts } = await bothWays(await variant((zip) => withPicture(zip, false)));
    expect(viaParts!.messages.some((m) => m.type === 'error')).toBe(true);
  });

  it.each([
    ['a folder entry', (zip: JSZip) => void zip.folder('word/media')],
    ['a part with a name outside ASCII', (zip: JSZip) => void zip.file('word/ảnh.xml', '<x/>', FILE)],
  ])('a ZIP with %s goes to JSZip as before', async (_name, change) => {
    const buf = await variant(change);
    expect(checkZipSizes(buf)).toBeNull();
  });
});

/**
 * JSZip (mammoth's unzipper) resolves each name's `.`, `..` and empty segments when it
 * loads a ZIP (jszip/lib/load.js, `utils.resolve`, since 3.8): the guard's parts must be found under
 * the same names, with the last of two names that resolve alike winning, or the ZIP must go to JSZip.
 */
describe('part names JSZip resolves', () => {
  async function renamed(rename: (name: string) => string, extra?: (zip: JSZip) => Promise<void>): Promise<Buffer> {
    const source = await JSZip.loadAsync(SAMPLE_DOCX());
    const zip = new JSZip();
    for (const [name, file] of Object.entries(source.files)) {
      if (file.dir) continue;
      zip.file(rename(name), await file.async('uint8array'), FILE);
    }
    await extra?.(zip);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('a part named `./word/document.xml` gives the same HTML as through JSZip', async () => {
    const { parts, viaJsZip, viaParts } = await bothWays(await renamed((name) => `./${name}`));
    expect(viaJsZip.value.length).toBeGreaterThan(100);
    expect(parts).toBeNull();
    if (parts) expect(viaParts).toEqual(viaJsZip);
  });

  it.each([
    ['`word//document.xml`', (name: string) => name.replace('/', '//')],
    ['`word/./document.xml`', (name: string) => name.replace('/', '/./')],
    ['`word/x/../document.xml`', (name: string) => name.replace('/', '/x/../')],
  ])('a part named like %s goes to JSZip, which finds it', async (_name, rename) => {
    const { parts, viaJsZip } = await bothWays(await renamed(rename));
    expect(viaJsZip.value.length).toBeGreaterThan(100);
    expect(parts).toBeNull();
  });

  it.each(['word/document.xml', './word/a.xml', 'a//b', '/word/a.xml', 'a/b/', 'x/../../a', '.', '..', 'a/./b/../c'])(
    'the guard resolves %j as JSZip does',
    async (name) => {
      const zip = new JSZip();
      zip.file(name, 'x', FILE);
      const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
      const jsZipNames = Object.keys(loaded.files);
      expect(jsZipNames).toEqual([jsZipResolve(name)]);
    },
  );

  it('two names that resolve alike: the same HTML as through JSZip (its last one)', async () => {
    const { parts, viaJsZip, viaParts } = await bothWays(
      await renamed(
        (name) => name,
        async (zip) => {
          const body = await zip.file('word/document.xml')!.async('string');
          zip.file('x/../word/document.xml', body.replace(/<w:t(\s[^>]*)?>[^<]*<\/w:t>/u, '<w:t>OTHER TEXT</w:t>'), FILE);
        },
      ),
    );
    expect(viaJsZip.value).toContain('OTHER TEXT');
    expect(parts).toBeNull();
    if (parts) expect(viaParts).toEqual(viaJsZip);
  });
});
