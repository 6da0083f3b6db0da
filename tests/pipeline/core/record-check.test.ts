import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VanbanRecordSchema } from '../../../pipeline/core/record.js';
import { checkRecord, shapeOf } from '../../../pipeline/core/record-check.js';
import { renderRecordShape } from '../../../pipeline/core/record-shape-render.js';
import { processFile } from '../../../pipeline/run/stages.js';

/**
 * Issue 23: records are built by `checkRecord` (no zod loaded at run time); it must give what
 * `VanbanRecordSchema.parse` gives — the same checks, keys in the schema's order, unknown keys
 * dropped — and its shape must be the schema's.
 */

const ROOT = join(import.meta.dirname, '../../..');
/** Records of the sample documents (text, DOCX, text PDF), each read as the batch reads it. */
const samples = ['examples/seeds', 'examples/generated'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.(txt|docx|pdf)$/.test(f) && !f.includes('.scan.'))
    .map((f) => join(ROOT, dir, f)),
);
const records: Array<Record<string, any>> = [];
for (const path of samples) records.push((await processFile(path, { ocr: 'off', readScans: false, includeText: true })).record);

/** The same object with every object's keys in reverse order (the output's order must come from the schema). */
const reversed = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(reversed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;

/** What zod gives, or the fact that it throws. */
const byZod = (value: unknown) => {
  try {
    return { ok: true, value: VanbanRecordSchema.parse(value) };
  } catch {
    return { ok: false };
  }
};
const byCheck = (value: unknown) => {
  try {
    return { ok: true, value: checkRecord(value) };
  } catch {
    return { ok: false };
  }
};

describe('checkRecord', () => {
  it('pipeline/core/record-shape.ts is the schema as it is now (npm run make:record-shape)', () => {
    expect(readFileSync(join(ROOT, 'pipeline/core/record-shape.ts'), 'utf8')).toBe(renderRecordShape());
  });

  it('gives the records zod gives, key order and all, with unknown keys dropped at every depth', () => {
    expect(records.length).toBeGreaterThanOrEqual(10);
    for (const record of records) {
      const noisy = reversed(record) as Record<string, any>;
      noisy.extra = 1;
      noisy.source.size = 1234;
      if (noisy.citations[0]) noisy.citations[0].internal = 'x';
      if (noisy.title) noisy.title = { internal: true, ...noisy.title };
      const zod = VanbanRecordSchema.parse(noisy);
      const ours = checkRecord(noisy);
      expect(ours).toStrictEqual(zod);
      expect(JSON.stringify(ours)).toBe(JSON.stringify(zod));
    }
  });

  it('an optional key given as undefined is kept, as zod keeps it; absent, it stays absent', () => {
    const record = structuredClone(records[0]!) as Record<string, any>;
    delete record.text;
    expect(Object.keys(checkRecord(record))).toEqual(Object.keys(VanbanRecordSchema.parse(record)));
    record.text = undefined;
    expect(Object.keys(checkRecord(record))).toEqual(Object.keys(VanbanRecordSchema.parse(record)));
  });

  it('refuses what zod refuses', () => {
    const base = records.find((r) => r.citations.length > 0 && r.date !== null && r.docType !== null)!;
    const broken: Array<(r: Record<string, any>) => void> = [
      (r) => (r.schema = 'vanban/2'),
      (r) => (r.status = 'done'),
      (r) => delete r.warnings,
      (r) => (r.source.pages = 1.5),
      (r) => (r.source.pages = -1),
      (r) => (r.source.pages = Number.NaN),
      (r) => (r.source.ocr = 'no'),
      (r) => (r.docType.confidence = 1.01),
      (r) => (r.docType.confidence = -0.01),
      (r) => (r.docType.span = [1, 2, 3]),
      (r) => (r.docType.span = [1]),
      (r) => (r.docType.span = [2, -1]),
      (r) => (r.date.month = 13),
      (r) => (r.date.month = 0),
      (r) => (r.date.day = 2 ** 60),
      (r) => (r.date = undefined),
      (r) => (r.citations = {}),
      (r) => (r.citations[0].relation = 'likes'),
      (r) => (r.citations[0].mentions = [[0, Infinity]]),
      (r) => (r.warnings = [1]),
      (r) => (r.messages = [{ message: 'm', origin: 'o', severity: 'info', page: 0 }]),
      (r) => (r.text = null),
    ];
    expect(byCheck(base)).toEqual(byZod(base));
    for (const breakIt of broken) {
      const record = structuredClone(base) as Record<string, any>;
      breakIt(record);
      expect(byZod(record).ok).toBe(false);
      expect(byCheck(record).ok).toBe(false);
    }
  });

  it('describes only the kinds it checks (a new kind in the schema fails here, not silently)', async () => {
    const { z } = await import('zod');
    expect(() => shapeOf(z.object({ at: z.date() }))).toThrow(/date/);
    expect(() => shapeOf(z.object({ name: z.string().min(2) }))).toThrow(/checks/);
    expect(shapeOf(z.number().int().min(1).positive().max(9).lt(5))).toEqual({ kind: 'number', int: true, min: [1, true], max: [5, false] });
  });
});
