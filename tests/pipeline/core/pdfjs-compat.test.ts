import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The `DecompressionStream` stand-in pdf.js inflates through (pipeline/core/pdfjs-compat.ts):
 * whatever zlib's own stream gives for a Flate stream — its bytes, or its error — the stand-in
 * gives too, read the way pdf.js reads it.
 */

const NATIVE = globalThis.DecompressionStream;
const NATIVE_CLONE = globalThis.structuredClone;
const { flatCopy } = await import('../../../pipeline/core/pdfjs-compat.js');
const STAND_IN = globalThis.DecompressionStream;

/** pdf.js's `asyncGetBytesFromDecompressionStream`, with the class to use. */
async function inflateAsPdfJs(Stream: typeof DecompressionStream, bytes: Uint8Array): Promise<{ bytes: Buffer } | { error: string }> {
  try {
    const { readable, writable } = new Stream('deflate');
    const writer = writable.getWriter();
    await writer.ready;
    writer
      .write(bytes as Uint8Array<ArrayBuffer>)
      .then(async () => {
        await writer.ready;
        await writer.close();
      })
      .catch(() => {});
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const text = Buffer.from('BT /F1 12 Tf 72 712 Td (Cộng hòa xã hội chủ nghĩa Việt Nam) Tj ET\n'.repeat(400));
const whole = deflateSync(text);
const cases: Record<string, Uint8Array> = {
  whole,
  'truncated (a damaged file)': whole.subarray(0, whole.length >> 1),
  'without its checksum': whole.subarray(0, whole.length - 4),
  'followed by other bytes (a stream Length too long)': Buffer.concat([whole, Buffer.from('\nendstream\nendobj\n')]),
  'corrupt in the middle': Buffer.concat([whole.subarray(0, 10), Buffer.alloc(20, 0xff), whole.subarray(30)]),
  'with a wrong header': Buffer.from([0x78, 0x00, 1, 2, 3]),
  empty: new Uint8Array(0),
};

describe('the DecompressionStream pdf.js inflates through', () => {
  it('is a stand-in for deflate only', () => {
    expect(STAND_IN).not.toBe(NATIVE);
    const gzip = new STAND_IN('gzip');
    expect(gzip).toBeInstanceOf(NATIVE);
    expect(gzip.readable).toBeInstanceOf(ReadableStream);
  });

  for (const [name, bytes] of Object.entries(cases)) {
    it(`gives what zlib's stream gives: ${name}`, async () => {
      const expected = await inflateAsPdfJs(NATIVE, bytes);
      expect(await inflateAsPdfJs(STAND_IN, bytes)).toEqual(expected);
      if (name === 'whole') expect(expected).toEqual({ bytes: text });
    });
  }

  it('pipes like a stream, chunk by chunk', async () => {
    const chunks = [whole.subarray(0, 7), whole.subarray(7, 100), whole.subarray(100)];
    const source = new ReadableStream<BufferSource>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const out = await new Response(source.pipeThrough(new STAND_IN('deflate'))).arrayBuffer();
    expect(Buffer.from(out)).toEqual(text);
  });
});

describe('the structuredClone pdf.js copies its messages with', () => {
  /** Everything a clone says about itself: prototype, own property descriptors in order, value types (-0 and NaN kept apart). */
  const shape = (value: unknown) =>
    value !== null && typeof value === 'object'
      ? { proto: protoName(Object.getPrototypeOf(value)), own: Reflect.ownKeys(value).map((k) => [String(k), Object.getOwnPropertyDescriptor(value, k)]), symbols: Object.getOwnPropertySymbols(value).length }
      : { primitive: Object.is(value, -0) ? '-0' : value };
  const protoName = (proto: object | null) => (proto === null ? 'null' : proto === Object.prototype ? 'Object.prototype' : `${(proto as { constructor?: { name?: string } }).constructor?.name} (not Object.prototype)`);
  const outcome = (clone: typeof structuredClone, value: unknown, options?: StructuredSerializeOptions) => {
    try {
      const copy = clone(value, options);
      return { same: copy === value, ...shape(copy) };
    } catch (error) {
      return { error: `${(error as Error).name}: ${(error as Error).message}` };
    }
  };
  let reads = 0;
  const withGetter = { a: 1, get b() { reads++; return 2; } };
  const hidden = Object.defineProperty({ a: 1 }, 'secret', { value: 'x', enumerable: false });
  const ownProto = JSON.parse('{"__proto__": 1, "a": 2}') as object;
  const values: Record<string, unknown> = {
    'a text-stream pull (pdf.js)': { sourceName: 'fake0', targetName: 'fake0_worker', stream: 6, streamId: 3, desiredSize: 100 },
    'every primitive': { s: 'Cộng hòa', n: 1.5, z: -0, nan: NaN, big: 10n, t: true, f: false, nil: null, u: undefined, inf: -Infinity },
    'numeric keys, in clone order': { b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'minus' },
    'an empty object': {},
    'a null-prototype object': Object.assign(Object.create(null), { a: 1 }),
    'a class instance': new (class Point { x = 1; y = 2; })(),
    'a getter': withGetter,
    'a non-enumerable property': hidden,
    'an own __proto__': ownProto,
    'a symbol key': { a: 1, [Symbol('k')]: 2 },
    'a nested object': { a: { b: 1 } },
    'an array': [1, 'two', null],
    'a typed array inside': { bytes: new Uint8Array([1, 2, 3]) },
    'a date': new Date(0),
    'a map': new Map([['a', 1]]),
    'a function value': { a: 1, f: () => 1 },
    'a symbol value': { a: Symbol('v') },
    'a proxy': new Proxy({ a: 1 }, {}),
    'a primitive': 'text',
    null: null,
  };
  for (const [name, value] of Object.entries(values)) {
    it(`clones as Node's own does: ${name}`, () => {
      reads = 0;
      const expected = outcome(NATIVE_CLONE, value);
      const nativeReads = reads;
      reads = 0;
      expect(outcome(globalThis.structuredClone, value)).toEqual(expected);
      expect(reads).toBe(nativeReads);
    });
  }

  it('copies only flat records itself, and a transfer goes to Node', () => {
    expect(globalThis.structuredClone).not.toBe(NATIVE_CLONE);
    expect(flatCopy(values['a text-stream pull (pdf.js)'])).not.toBeNull();
    for (const name of ['a getter', 'an own __proto__', 'a symbol key', 'a nested object', 'a proxy', 'a null-prototype object', 'a class instance', 'an array']) {
      expect(flatCopy(values[name]), name).toBeNull();
    }
    const buffer = new ArrayBuffer(8);
    const copy = globalThis.structuredClone({ buffer }, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0); // detached: transferred, not copied
    expect(copy.buffer.byteLength).toBe(8);
  });
});
