import mammoth from 'mammoth';
import { checkZipSizes } from './zip-guard.js';

/**
 * A DOCX as HTML for people to read (the web page's document view), by mammoth. Mammoth escapes
 * the document's text; hyperlinks are unwrapped to their text (a document's link is untrusted, and
 * nothing on the page should lead off it) and pictures are left out.
 */

interface MammothNode {
  type: string;
  children?: MammothNode[];
}

function unwrapLinks(node: MammothNode): MammothNode {
  if (!node.children) return node;
  return { ...node, children: node.children.flatMap((child) => (child.type === 'hyperlink' ? (child.children ?? []).map(unwrapLinks) : [unwrapLinks(child)])) };
}

export async function docxToHtml(buf: Buffer): Promise<string> {
  checkZipSizes(buf);
  const result = await mammoth.convertToHtml({ buffer: buf }, {
    transformDocument: unwrapLinks,
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    ignoreEmptyParagraphs: true,
  } as Parameters<typeof mammoth.convertToHtml>[1]);
  // An image left without a source is dropped whole.
  return result.value.replace(/<img[^>]*>/g, '');
}
