import { types } from 'node:util';
import { inflateSync } from 'node:zlib';

/**
 * pdf.js (inside unpdf 1.7) calls `ArrayBuffer.prototype.transferToFixedLength`, which Node 20
 * lacks (it arrived in Node 21). Without it pdf.js drops a page's operator list as soon as the page
 * has a font to compile — so a scan carrying a signature stamp loses its page images. The stand-in
 * copies instead of transferring; pdf.js never reads the old buffer again.
 */
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
if (typeof proto.transferToFixedLength !== 'function') {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/**
 * pdf.js inflates every Flate stream (page contents, fonts, CMaps, images) through the global
 * `DecompressionStream('deflate')`. In Node each one is a zlib stream handle driven through web
 * streams: ~3.5 CPU-ms for the dozen small streams of a typical one-page-per-paragraph PDF, against
 * 0.25 for `inflateSync` on the same bytes (a quarter of a worker's time on text PDFs went to it).
 * The stand-in inflates 'deflate' in one call at the end of the input; the bytes out and the
 * errors (truncated, corrupt, bad header: same messages, thrown where the reader waits) are those
 * of the zlib stream, and data after the stream's end is ignored by both. Other formats
 * ('deflate-raw', 'gzip', used by file-type) are the built-in class itself.
 */
const NativeDecompressionStream = globalThis.DecompressionStream as (typeof globalThis.DecompressionStream) | undefined;
if (NativeDecompressionStream && !(NativeDecompressionStream as { vanbanInflating?: boolean }).vanbanInflating) {
  class InflatingDecompressionStream extends NativeDecompressionStream {
    static readonly vanbanInflating = true;
    constructor(format: CompressionFormat) {
      if (format !== 'deflate') {
        super(format);
        return;
      }
      const chunks: Uint8Array[] = [];
      // A derived constructor may return another object: a stream pair with the same shape.
      return new TransformStream<BufferSource, Uint8Array>({
        transform(chunk) {
          if (ArrayBuffer.isView(chunk)) chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          else if (chunk instanceof ArrayBuffer) chunks.push(new Uint8Array(chunk));
          else throw new TypeError('The "chunk" argument must be of type ArrayBuffer or ArrayBufferView');
        },
        flush(controller) {
          const out = inflateSync(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
          controller.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
        },
      }) as unknown as InflatingDecompressionStream;
    }
  }
  globalThis.DecompressionStream = InflatingDecompressionStream;
}

/**
 * pdf.js's fake worker (Node runs its worker side in the same thread) hands each message through a
 * `LoopbackPort` that copies it with the global `structuredClone` — ~155 messages for a typical
 * 6-page text PDF, two thirds of them a text-content stream's flow control (`{ sourceName,
 * targetName, stream, streamId, desiredSize }`). Node 20's `structuredClone` sends every value
 * through a message channel and back; for such a flat record that round trip is the whole cost
 * (~3% of reading a text PDF, issue 23). A flat record (`flatCopy`) that transfers nothing is
 * copied here; every other value, and every call with a transfer list, goes to Node's own
 * `structuredClone` (errors included: a function or symbol value still throws its `DataCloneError`).
 */
const nativeStructuredClone = globalThis.structuredClone as typeof structuredClone & { vanbanFlat?: boolean };
if (typeof nativeStructuredClone === 'function' && !nativeStructuredClone.vanbanFlat) {
  const flatClone = <T>(value: T, options?: StructuredSerializeOptions): T =>
    ((options?.transfer?.length ? null : flatCopy(value)) ?? nativeStructuredClone(value, options)) as T;
  Object.defineProperty(flatClone, 'vanbanFlat', { value: true });
  globalThis.structuredClone = flatClone as typeof structuredClone;
}

/**
 * What `structuredClone` makes of a plain object of this realm (not a proxy) whose own properties
 * are data properties holding primitives, with no symbol key and no own `__proto__`: a new plain
 * object with the same enumerable string-keyed properties and values, in the same order. Null for
 * any other value, found before anything observable is done (no getter is run, no trap asked).
 */
export function flatCopy(value: unknown): Record<string, unknown> | null {
  if (value === null || typeof value !== 'object' || types.isProxy(value) || Object.getPrototypeOf(value) !== Object.prototype) return null;
  if (Object.getOwnPropertySymbols(value).length > 0) return null;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key);
    if (!property || !('value' in property) || key === '__proto__') return null;
    const v: unknown = property.value;
    if (typeof v === 'object' ? v !== null : typeof v === 'function' || typeof v === 'symbol') return null;
    copy[key] = v;
  }
  return copy;
}
