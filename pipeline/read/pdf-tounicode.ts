import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Some PDF producers (seen in signed copies re-written by signing tools) write a font's ToUnicode
 * map with capitals sent to a space: `<002B> <0020>` where glyph 43 is `H`. Every reader then
 * drops those letters ("Sở ội vụ" for "Sở Nội vụ"). The glyphs are still drawn right, and an
 * embedded TrueType font whose glyph ids keep the standard Macintosh order of the first 258
 * glyphs (Arial, Times New Roman: id = ASCII code − 29 for the printable ASCII range) says which
 * letter each one is. When a map's own letters prove the font keeps that order, the glyphs it
 * sends to a space are read by the order instead. The repaired map is written back in place
 * (same offsets, so the file's cross-reference table still holds) in the copy handed to pdf.js.
 */

/** Glyph ids 3–97 of the standard order are ASCII 0x20–0x7E. */
const FIRST_ASCII_GLYPH = 3;
const LAST_ASCII_GLYPH = 97;
const GLYPH_TO_ASCII = 29;
/** Mapped letters that must agree with the standard order before it is trusted… */
const MIN_AGREEING = 8;
/** …and the share of the mapped ASCII glyphs that may disagree (none, in a font that keeps it). */
const MAX_DISAGREEING_SHARE = 0.05;
/** ToUnicode maps are small; a larger stream is not one. */
const MAX_MAP_BYTES = 64 * 1024;
/** Embedded fonts larger than this are not parsed for their own character map. */
const MAX_FONT_BYTES = 8 * 1024 * 1024;

/** A PDF's objects by number (the last definition wins, as incremental updates mean), read without pdf.js. */
export class PdfObjects {
  private readonly plain = new Map<number, number>();
  private readonly packed = new Map<number, string>();

  constructor(readonly buf: Buffer, private readonly raw: string) {
    for (const m of raw.matchAll(/(?<![\d])(\d{1,7})\s+\d{1,5}\s+obj\b/g)) this.plain.set(Number(m[1]), m.index + m[0].length);
    // Objects packed in object streams (PDF 1.5+): font dictionaries often are.
    for (const [num] of this.plain) {
      const head = this.text(num, 400);
      if (!head || !/\/Type\s*\/ObjStm/.test(head)) continue;
      const data = this.stream(num, Infinity)?.toString('latin1');
      const n = Number(/\/N\s+(\d+)/.exec(head)?.[1]);
      const first = Number(/\/First\s+(\d+)/.exec(head)?.[1]);
      if (!data || !n || !first) continue;
      const pairs = data.slice(0, first).trim().split(/\s+/).map(Number);
      for (let i = 0; i < n; i++) {
        const at = first + pairs[2 * i + 1]!;
        const next = i + 1 < n ? first + pairs[2 * i + 3]! : data.length;
        if (!this.packed.has(pairs[2 * i]!) || !this.plain.has(pairs[2 * i]!)) this.packed.set(pairs[2 * i]!, data.slice(at, next));
      }
    }
  }

  numbers(): number[] {
    return [...new Set([...this.plain.keys(), ...this.packed.keys()])];
  }

  /** The object's text (for a stream: its dictionary and what follows), `limit` characters at most. */
  text(num: number, limit = 4000): string | null {
    const packed = this.packed.get(num);
    if (packed !== undefined) return packed.slice(0, limit);
    const at = this.plain.get(num);
    if (at === undefined) return null;
    const text = this.raw.slice(at, at + limit);
    const end = text.indexOf('endobj');
    return end >= 0 ? text.slice(0, end) : text;
  }

  /** Where a stream object's data starts and how long it is. */
  streamPlace(num: number): { start: number; size: number; dict: string } | null {
    const at = this.plain.get(num);
    if (at === undefined) return null;
    const head = /^\s*<<((?:[^<>]|<[^<>]*>|<<(?:[^<>]|<[^<>]*>)*>>)*)>>\s*stream\r?\n/.exec(this.raw.slice(at, at + 2000));
    if (!head) return null;
    const dict = head[1]!;
    const direct = /\/Length\s+(\d+)(?![\d\s]*R)/.exec(dict);
    const indirect = /\/Length\s+(\d+)\s+\d+\s+R/.exec(dict);
    const size = direct ? Number(direct[1]) : indirect ? Number(/^\s*(\d+)/.exec(this.text(Number(indirect[1]), 40) ?? '')?.[1]) : NaN;
    if (!Number.isFinite(size) || size <= 0) return null;
    return { start: at + head[0].length, size, dict };
  }

  /** A stream's data, inflated when Flate-compressed; null for other filters or when larger than `max`. */
  stream(num: number, max: number): Buffer | null {
    const place = this.streamPlace(num);
    if (!place || place.size > max) return null;
    const data = this.buf.subarray(place.start, place.start + place.size);
    if (/\/Filter\s*(?:\/FlateDecode|\[\s*\/FlateDecode\s*\])/.test(place.dict)) {
      try {
        return inflateSync(data);
      } catch {
        return null;
      }
    }
    return /\/Filter/.test(place.dict) ? null : data;
  }
}

/** Glyph id → character, from an embedded TrueType font's own `cmap` table (Windows Unicode subtables). */
export function fontGlyphChars(font: Buffer): Map<number, string> {
  const chars = new Map<number, string>();
  const put = (gid: number, code: number) => {
    if (gid > 0 && !chars.has(gid)) chars.set(gid, String.fromCodePoint(code));
  };
  try {
    const tables = font.readUInt16BE(4);
    let cmap = -1;
    for (let i = 0; i < tables; i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap') cmap = font.readUInt32BE(12 + 16 * i + 8);
    if (cmap < 0) return chars;
    const subtables = font.readUInt16BE(cmap + 2);
    const records = Array.from({ length: subtables }, (_, i) => ({
      platform: font.readUInt16BE(cmap + 4 + 8 * i),
      encoding: font.readUInt16BE(cmap + 6 + 8 * i),
      offset: cmap + font.readUInt32BE(cmap + 8 + 8 * i),
    })).filter((r) => (r.platform === 3 && (r.encoding === 1 || r.encoding === 10)) || r.platform === 0);
    for (const { offset } of records) {
      const format = font.readUInt16BE(offset);
      if (format === 4) {
        const segX2 = font.readUInt16BE(offset + 6);
        const ends = offset + 14;
        const starts = ends + segX2 + 2;
        const deltas = starts + segX2;
        const ranges = deltas + segX2;
        for (let s = 0; s < segX2; s += 2) {
          const end = font.readUInt16BE(ends + s);
          const start = font.readUInt16BE(starts + s);
          const delta = font.readUInt16BE(deltas + s);
          const range = font.readUInt16BE(ranges + s);
          for (let c = start; c <= end && c < 0xffff; c++) {
            let gid = (c + delta) & 0xffff;
            if (range !== 0) {
              const g = font.readUInt16BE(ranges + s + range + 2 * (c - start));
              gid = g === 0 ? 0 : (g + delta) & 0xffff;
            }
            put(gid, c);
          }
        }
      } else if (format === 12) {
        const groups = font.readUInt32BE(offset + 12);
        for (let g = 0; g < groups; g++) {
          const at = offset + 16 + 12 * g;
          const [first, last, gid] = [font.readUInt32BE(at), font.readUInt32BE(at + 4), font.readUInt32BE(at + 8)];
          for (let c = first; c <= last && c - first < 0x10000; c++) put(gid + c - first, c);
        }
      }
    }
  } catch {
    // A damaged table gives what was read before the damage.
  }
  return chars;
}

/** One entry of a ToUnicode map: the text a code stands for, and where its destination is written. */
export interface MapEntry {
  text: string;
  /** Offset of the destination's hex digits in the map (absent inside a base range: not one entry's own). */
  at?: number;
}

/** Code → entry of a ToUnicode CMap's bfchar and bfrange entries (two-byte codes only). */
export function parseToUnicode(cmap: string): Map<number, MapEntry> {
  const map = new Map<number, MapEntry>();
  const hex = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const blockAt = block.index + 'beginbfchar'.length;
    for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(e[1]!, 16), { text: hex(e[2]!), at: blockAt + e.index + e[0].length - e[2]!.length - 1 });
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const blockAt = block.index + 'beginbfrange'.length;
    for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const from = parseInt(e[1]!, 16);
      const to = parseInt(e[2]!, 16);
      const restAt = blockAt + e.index + e[0].length - e[3]!.length;
      if (e[3]!.startsWith('[')) {
        [...e[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((t, i) => from + i <= to && map.set(from + i, { text: hex(t[1]!), at: restAt + t.index + 1 }));
      } else {
        const base = parseInt(e[3]!.slice(1, -1), 16);
        for (let c = from; c <= to; c++) map.set(c, { text: String.fromCharCode(base + c - from) });
      }
    }
  }
  return map;
}

/**
 * The glyphs a map sends to a space that are letters or signs: by the embedded font's own
 * character map when it has one (glyph ids = codes, Identity-H), else by the standard glyph order
 * when the map's other letters follow it.
 */
export function spacedGlyphs(map: Map<number, MapEntry>, fontChars?: Map<number, string>): Map<number, string> {
  if (fontChars && fontChars.size > 0) {
    const spaced = new Map<number, string>();
    for (const [code, { text }] of map) {
      const drawn = fontChars.get(code);
      if (text === ' ' && drawn && /[\p{L}\p{N}\p{P}\p{S}]/u.test(drawn)) spaced.set(code, drawn);
    }
    return spaced;
  }
  let agreeing = 0;
  let disagreeing = 0;
  const spaced = new Map<number, string>();
  for (const [code, { text }] of map) {
    if (code < FIRST_ASCII_GLYPH || code > LAST_ASCII_GLYPH || text.length !== 1) continue;
    const standard = String.fromCharCode(code + GLYPH_TO_ASCII);
    if (text === standard) agreeing++;
    else if (text === ' ') spaced.set(code, standard);
    else disagreeing++;
  }
  if (agreeing < MIN_AGREEING || disagreeing > MAX_DISAGREEING_SHARE * (agreeing + disagreeing)) return new Map();
  return spaced;
}

/**
 * The map with each spaced glyph's destination rewritten in place (`<0020>` → `<0048>`): the
 * text keeps its length, so its compressed form stays about as long and fits the old place.
 */
function repairedCMap(cmap: string, map: Map<number, MapEntry>, spaced: Map<number, string>): string {
  const chars = [...cmap];
  for (const [code, letter] of spaced) {
    const at = map.get(code)?.at;
    if (at === undefined) continue;
    const digits = letter.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    for (let i = 0; i < 4; i++) chars[at + i] = digits[i]!;
  }
  return chars.join('');
}

/**
 * Same map in fewer bytes, when the repaired map compresses a little longer than the producer's
 * own compression: runs of blanks made one, and the CIDSystemInfo dictionary dropped (a ToUnicode
 * map is read by its code ranges and entries alone; pdf.js and poppler ignore it).
 */
const compact = (cmap: string) =>
  cmap.replace(/\/CIDSystemInfo\s*<<[^>]*>>\s*def/, '').replace(/[ \t]*\r?\n[ \t\r\n]*/g, '\n').replace(/[ \t]{2,}/g, ' ');

/** The font's ToUnicode map, its embedded TrueType program and whether glyph ids are the codes. */
export function type0Fonts(objects: PdfObjects): Array<{ toUnicode: number; fontFile: number | null }> {
  const ref = (text: string, key: string) => Number(new RegExp(String.raw`/${key}\s*\[?\s*(\d+)\s+\d+\s+R`).exec(text)?.[1]) || null;
  const fonts: Array<{ toUnicode: number; fontFile: number | null }> = [];
  for (const num of objects.numbers()) {
    const dict = objects.text(num, 2000);
    if (!dict || !/\/Subtype\s*\/Type0/.test(dict) || !/\/Encoding\s*\/Identity-H/.test(dict)) continue;
    const toUnicode = ref(dict, 'ToUnicode');
    if (!toUnicode) continue;
    let descendant = ref(dict, 'DescendantFonts');
    const array = descendant ? objects.text(descendant, 200) : null;
    if (array && /^\s*\[/.test(array)) descendant = ref(`/D ${array.trim().slice(1)}`, 'D');
    const cidFont = descendant ? objects.text(descendant, 2000) : null;
    // Codes are glyph ids only through an identity CIDToGIDMap (the default).
    const identity = !!cidFont && !/\/CIDToGIDMap\s*\d/.test(cidFont);
    const descriptor = cidFont ? ref(cidFont, 'FontDescriptor') : null;
    const descriptorText = descriptor ? objects.text(descriptor, 2000) : null;
    fonts.push({ toUnicode, fontFile: identity && descriptorText ? ref(descriptorText, 'FontFile2') : null });
  }
  return fonts;
}

/**
 * A copy of the PDF/**
 * A copy of the PDF with its ToUnicode maps repaired where they send capitals to a space, and how
 * many glyphs were restored; the buffer itself when nothing needed it.
 */
export function repairToUnicode(buf: Buffer, objects = new PdfObjects(buf, buf.toString('latin1'))): { buf: Buffer; restored: number } {
  let out: Buffer | null = null;
  let restored = 0;
  for (const { toUnicode, fontFile } of type0Fonts(objects)) {
    const place = objects.streamPlace(toUnicode);
    const cmap = place ? objects.stream(toUnicode, MAX_MAP_BYTES)?.toString('latin1') : undefined;
    if (!place || !cmap || !cmap.includes('begincmap')) continue;
    const map = parseToUnicode(cmap);
    if (![...map.values()].some((e) => e.text === ' ')) continue;
    const program = fontFile ? objects.stream(fontFile, MAX_FONT_BYTES) : null;
    const spaced = spacedGlyphs(map, program ? fontGlyphChars(program) : undefined);
    if (spaced.size === 0) continue;
    const flate = /\/FlateDecode/.test(place.dict);
    const repaired = repairedCMap(cmap, map, spaced);
    const bytes = [repaired, compact(repaired)]
      .map((text) => (flate ? deflateSync(Buffer.from(text, 'latin1'), { level: 9, memLevel: 9 }) : Buffer.from(text, 'latin1')))
      .find((b) => b.length <= place.size);
    if (!bytes) continue;
    out ??= Buffer.from(buf);
    // Unused bytes after a Flate stream's last block are never read; a plain map ends in blanks.
    out.fill(flate ? 0 : 0x20, place.start, place.start + place.size);
    bytes.copy(out, place.start);
    restored += spaced.size;
  }
  return out ? { buf: out, restored } : { buf, restored: 0 };
}
