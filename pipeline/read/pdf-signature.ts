import { CERTIFICATE_AUTHORITY } from '../../data/stamps.js';
import type { SignatureStamp } from '../core/model.js';

/**
 * Digital-signature evidence from a PDF's bytes. Signature dictionaries are written uncompressed
 * by every signing tool we have seen (they are patched in place after hashing), so their signing
 * time `/M(D:…)` and the signer certificate in `/Contents<hex>` can be read without a PDF parser.
 */

const SIG_DICT = /\/Type\s*\/Sig\b|\/Filter\s*\/Adobe\.PPK|\/SubFilter\s*\/(?:adbe|ETSI)/g;

function pdfDateToIso(raw: string): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:([+\-Z])(\d{2})?'?(\d{2})?)?/.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', sign, th = '00', tm = '00'] = m;
  const zone = !sign || sign === 'Z' ? 'Z' : `${sign}${th}:${tm}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
}

/** Every common name (OID 2.5.4.3) in a DER blob, in order. */
function commonNames(der: Buffer): string[] {
  const names: string[] = [];
  for (let i = 0; i + 7 < der.length; i++) {
    if (der[i] === 0x06 && der[i + 1] === 0x03 && der[i + 2] === 0x55 && der[i + 3] === 0x04 && der[i + 4] === 0x03) {
      const tag = der[i + 5]!;
      let len = der[i + 6]!;
      let at = i + 7;
      if (len === 0x81) {
        len = der[at]!;
        at++;
      }
      const bytes = der.subarray(at, at + len);
      let name: string | null = null;
      if (tag === 0x0c || tag === 0x13 || tag === 0x16) name = bytes.toString('utf8');
      else if (tag === 0x1e) name = new TextDecoder('utf-16be').decode(bytes);
      if (name && name.trim()) names.push(name.normalize('NFC').trim());
    }
  }
  return names;
}

export function readSignatureStamps(buf: Buffer): SignatureStamp[] {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = buf.toString('latin1');
  const stamps: SignatureStamp[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(SIG_DICT)) {
    // The dictionary is the `<< … >>` around the match; look a bounded distance either side.
    const from = text.lastIndexOf('<<', m.index);
    if (from < 0 || seen.has(from)) continue;
    seen.add(from);
    const window = text.slice(from, Math.min(text.length, from + 200000));
    const time = /\/M\s*\((D:[^)]*)\)/.exec(window);
    const contents = /\/Contents\s*<([0-9A-Fa-f]+)>/.exec(window);
    const name = /\/Name\s*\(([^)]*)\)/.exec(window);
    // The blob holds the whole chain and a timestamp token: the signer is the first subject that
    // is not a certification or timestamp authority.
    // `/Name` is often the signing application's (Prop_Build), so it is only the fallback.
    const fromCertificate = contents
      ? commonNames(Buffer.from(contents[1]!, 'hex')).find((n) => !CERTIFICATE_AUTHORITY.test(n))
      : undefined;
    const signer = fromCertificate ?? (name?.[1]?.trim() || null);
    const iso = time ? pdfDateToIso(time[1]!) : null;
    if (signer || iso) stamps.push({ signer, time: iso });
  }
  return stamps;
}
