import { LEGACY_FONTS } from '../../data/legacy-encodings.js';
import { fromLegacyText, tcvn3FromGlyphNames } from '../core/text/legacy.js';
import { PdfObjects } from './pdf-tounicode.js';

/**
 * Text a PDF draws in a TCVN3 capitals font (`.VnTimeH`, `.VnArialH`…). Such a font draws the
 * small letters' codes as capitals, so headers typed in it ("céng hoµ x· héi chñ nghÜa viÖt nam")
 * come out of any text layer small, although the page shows CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.
 * pdf.js does not say which font an item was drawn in by name, so the page content streams are
 * read here: each font resource's /BaseFont, and the strings shown while it is set (Tj, TJ, ', ").
 * The reader then converts an item whose text only a capitals font drew, upper-cased.
 */

const MAX_CONTENT_BYTES = 4 * 1024 * 1024;
/** Pages walked for their fonts and text; a longer file's headers are on its first pages. */
const MAX_PAGES = 50;

/** Whether a font name (subset prefix and all) is a TCVN3 font that draws capitals. */
export function isTcvn3CapitalsFont(baseFont: string): boolean {
  const name = baseFont.replace(/^[A-Z]{6}\+/, '').replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const font = LEGACY_FONTS.find((f) => f.pattern.test(name.split(/[,-]/)[0]!));
  return !!font?.capitals;
}

/** A PDF literal string's bytes, escapes undone, as Latin-1 characters. */
function literal(body: string): string {
  return body.replace(/\\(?:([0-7]{1,3})|(\r\n|\r|\n)|(.))/gs, (_, octal?: string, newline?: string, ch?: string) => {
    if (octal) return String.fromCharCode(parseInt(octal, 8) & 0xff);
    if (newline) return '';
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[ch!] ?? ch!;
  });
}

const TOKEN = /\((?:\\[\s\S]|\((?:\\[\s\S]|[^\\()])*\)|[^\\()])*\)|<[0-9A-Fa-f\s]*>|\/[^\s/<>[\]()%]+|[A-Za-z'"*]+|%[^\r\n]*|\[|\]/g;

/** The strings a content stream shows, by the font resource set when each is shown. */
export function stringsByFont(content: string): Map<string, string[]> {
  const shown = new Map<string, string[]>();
  let font = '';
  let operands: string[] = [];
  for (const [token] of content.matchAll(TOKEN)) {
    if (token.startsWith('(')) operands.push(literal(token.slice(1, -1)));
    else if (token.startsWith('<')) {
      const hex = token.slice(1, -1).replace(/\s/g, '');
      operands.push(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1'));
    } else if (token.startsWith('/')) operands.push(token);
    else if (token === '[' || token === ']' || token.startsWith('%')) continue;
    else {
      if (token === 'Tf') font = [...operands].reverse().find((o) => o.startsWith('/'))?.slice(1) ?? font;
      else if (token === 'Tj' || token === 'TJ' || token === "'" || token === '"') {
        const text = operands.filter((o) => !o.startsWith('/')).join('');
        if (text) shown.set(font, [...(shown.get(font) ?? []), text]);
      }
      operands = [];
    }
  }
  return shown;
}

/**
 * Text without blanks, to find an item's text in what the fonts showed whatever the spacing; the
 * codes pdf.js reads through glyph names (0xB5 as μ, 0xAD as "-") made alike on both sides.
 */
const squeezed = (text: string) => text.replace(/\s+/g, '').replace(/\u03bc/g, '\u00b5').replace(/\u00ad/g, '-');

/**
 * What the PDF's capitals fonts drew and what its other fonts drew (blanks squeezed out), or null
 * when it uses no TCVN3 capitals font.
 */
export function capitalsFontText(objects: PdfObjects): { capitals: string; other: string } | null {
  const fonts = new Map<number, boolean>();
  for (const num of objects.numbers()) {
    const dict = objects.text(num, 1500);
    if (!dict || !/\/Type\s*\/Font\b/.test(dict)) continue;
    const baseFont = /\/BaseFont\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1];
    if (baseFont) fonts.set(num, isTcvn3CapitalsFont(baseFont));
  }
  if (![...fonts.values()].some(Boolean)) return null;
  const ref = (text: string, key: string) => Number(new RegExp(String.raw`/${key}\s+(\d+)\s+\d+\s+R`).exec(text)?.[1]) || null;
  /** A dictionary value given inline or by reference. */
  const dictValue = (owner: string, key: string): string | null => {
    const at = owner.search(new RegExp(String.raw`/${key}\s*<<`));
    if (at >= 0) {
      let depth = 0;
      for (let i = owner.indexOf('<<', at); i < owner.length - 1; i++) {
        if (owner.startsWith('<<', i)) (depth++, i++);
        else if (owner.startsWith('>>', i) && --depth === 0) return owner.slice(owner.indexOf('<<', at), i + 2);
      }
      return null;
    }
    const r = ref(owner, key);
    return r ? objects.text(r, 8000) : null;
  };
  const capitals: string[] = [];
  const other: string[] = [];
  let pages = 0;
  for (const num of objects.numbers()) {
    const page = objects.text(num, 8000);
    if (!page || !/\/Type\s*\/Page\b/.test(page) || ++pages > MAX_PAGES) continue;
    // Resources may be inherited from the page tree above.
    let resources = dictValue(page, 'Resources');
    for (let node: string | null = page, hops = 0; !resources && node && hops < 20; hops++) {
      const parent = ref(node, 'Parent');
      node = parent ? objects.text(parent, 8000) : null;
      resources = node ? dictValue(node, 'Resources') : null;
    }
    const fontDict = resources ? dictValue(resources, 'Font') : null;
    if (!fontDict) continue;
    const byName = new Map([...fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)].map((m) => [m[1]!, fonts.get(Number(m[2])) ?? false]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+)\s+\d+\s+R/g)].flatMap((m) => {
      const target = Number(m[1]);
      // /Contents may name an array object holding the streams' references.
      const text = objects.text(target, 200);
      return text && /^\s*\[/.test(text) ? [...text.matchAll(/(\d+)\s+\d+\s+R/g)].map((n) => Number(n[1])) : [target];
    });
    const content = streams.map((s) => objects.stream(s, MAX_CONTENT_BYTES)?.toString('latin1') ?? '').join('\n');
    for (const [name, texts] of stringsByFont(content)) (byName.get(name) ? capitals : other).push(...texts.map(squeezed));
  }
  return { capitals: capitals.join('\u0000'), other: other.join('\u0000') };
}

/**
 * An item's text as the page shows it: TCVN3 converted and upper-cased when only a capitals font
 * drew it, unchanged otherwise.
 */
export function asDrawn(text: string, drawn: { capitals: string; other: string }): string {
  const key = squeezed(text);
  if (!/\p{L}/u.test(key) || !drawn.capitals.includes(key) || drawn.other.includes(key)) return text;
  return fromLegacyText(text.replace(/\S+/gu, tcvn3FromGlyphNames), 'tcvn3').toLocaleUpperCase('vi');
}
