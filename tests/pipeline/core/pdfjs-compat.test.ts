import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The `DecompressionStream` stand-in pdf.js inflates through (pipeline/core/pdfjs-compat.ts):
 * whatever zlib's own stream gives for a Flate stream — its bytes, or its error — the stand-in
 * gives too, read the way pdf.js reads it.
 */

const NATIVE = globalThis.DecompressionStream;
await import('../../../pipeline/core/pdfjs-compat.js');
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
