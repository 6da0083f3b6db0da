import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { detectFormat, startsAsPdf } from '../../../pipeline/read/detect.js';

// detectFormat answers `pdf` for a leading `%PDF` without loading file-type (issue 23): the
// shortcut must give what file-type gives for every such buffer, and nothing for others.
const examples = join(import.meta.dirname, '..', '..', '..', 'examples', 'generated');

describe('the %PDF shortcut', () => {
  it('agrees with file-type on the sample PDFs and on PDF headers followed by arbitrary bytes', async () => {
    const buffers = readdirSync(examples).filter((name) => name.endsWith('.pdf')).map((name) => readFileSync(join(examples, name)));
    expect(buffers.length).toBeGreaterThan(0);
    for (const version of ['1.0', '1.4', '1.7', '2.0']) {
      buffers.push(Buffer.concat([Buffer.from(`%PDF-${version}\n`), Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256))]));
    }
    buffers.push(Buffer.from('%PDF'), Buffer.from('%PDF-'), Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'));
    for (const buf of buffers) {
      expect(startsAsPdf(buf)).toBe(true);
      expect(await fileTypeFromBuffer(buf)).toEqual({ ext: 'pdf', mime: 'application/pdf' });
      expect(await detectFormat(buf, 'pdf')).toEqual({ format: 'pdf', mime: 'application/pdf' });
    }
  });

  it('leaves every other start to file-type', async () => {
    for (const head of ['%!PS-Adobe-3.0', '%PD', ' %PDF-1.7', 'PK\u0003\u0004', '%pdf-1.7']) {
      expect(startsAsPdf(Buffer.from(head))).toBe(false);
    }
    // A PDF header after leading bytes is still a PDF (found by the 1024-byte window, not the shortcut).
    expect(await detectFormat(Buffer.from('\r\n%PDF-1.7\n1 0 obj\n'), 'pdf')).toEqual({ format: 'pdf', mime: 'application/pdf' });
    // And file-type still judges the rest: PostScript is refused by name.
    await expect(detectFormat(Buffer.from('%!PS-Adobe-3.0\n'), 'ps')).rejects.toThrow(/PS file/);
  });
});
