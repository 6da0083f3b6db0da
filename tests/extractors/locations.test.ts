import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldEntries } from '../../pipeline/core/fields.js';
import { processFile } from '../../pipeline/run/stages.js';
import { EXAMPLES, SEED_TEXT } from '../fixtures.js';
import { recordFromText } from '../helpers.js';

/** Every value is placed on its page: PDF boxes in points, DOCX paragraphs and cells, plain-text rows. */

const SAMPLE = join(EXAMPLES, 'generated', '000_14d7bae0f26e4e26');
const A4 = { width: 595, height: 842 };

describe('locations', () => {
  it('a text PDF: the number top left, the date top right, the issuer on the left only, the recipients on the last page, each box inside the page', async () => {
    const { record } = await processFile(`${SAMPLE}.pdf`, { ocr: 'off' });
    const number = record.number!.location!;
    expect(number.page).toBe(1);
    expect(number.boxes).toHaveLength(1);
    const [box] = number.boxes;
    expect(box!.left).toBeLessThan(A4.width / 2);
    expect(box!.left + box!.width).toBeLessThan(A4.width / 2);
    expect(box!.top).toBeLessThan(A4.height / 5);
    expect(box!.height).toBeGreaterThan(8);
    const date = record.date!.location!.boxes[0]!;
    expect(date.left).toBeGreaterThan(A4.width / 2 - 20);
    expect(Math.abs(date.top - box!.top)).toBeLessThan(25);
    // The issuer's lines, not the motto printed beside them.
    const issuer = record.issuer!.location!.boxes;
    expect(issuer).toHaveLength(record.issuer!.lines.length);
    for (const b of issuer) expect(b.left + b.width).toBeLessThan(A4.width / 2);
    const recipients = record.recipients.map((r) => r.location!.page);
    expect(recipients.at(-1)).toBe(record.source.pages);
    // Every value and list item of the record has a place, inside the page.
    for (const entry of fieldEntries(record).filter((e) => e.value !== null && e.span)) {
      expect(entry.location, entry.field).not.toBeNull();
      for (const b of entry.location!.boxes) {
        expect(b.left, entry.field).toBeGreaterThanOrEqual(0);
        expect(b.left + b.width, entry.field).toBeLessThanOrEqual(A4.width + 1);
        expect(b.top, entry.field).toBeGreaterThanOrEqual(0);
        expect(b.top + b.height, entry.field).toBeLessThanOrEqual(A4.height);
      }
    }
  });

  it('a DOCX: the number in the header table\'s left cell, the title in a body paragraph', async () => {
    const { record } = await processFile(`${SAMPLE}.docx`, { ocr: 'off' });
    const number = record.number!.location!;
    expect(number.boxes).toEqual([]);
    expect(number.cells).toEqual([{ table: 0, row: expect.any(Number), col: 0 }]);
    expect(number.paragraphs).toHaveLength(1);
    const date = record.date!.location!;
    expect(date.cells).toEqual([{ table: 0, row: expect.any(Number), col: 1 }]);
    const title = record.title!.location!;
    expect(title.cells).toBeUndefined();
    expect(title.paragraphs!.length).toBeGreaterThanOrEqual(1);
    expect(title.paragraphs![0]).toBeGreaterThan(number.paragraphs![0]!);
    for (const r of record.recipients) expect(r.location?.paragraphs?.length, r.name).toBeGreaterThan(0);
  });

  it('plain text: the rows a value is on, counted from 1', async () => {
    const record = await recordFromText(SEED_TEXT);
    const rows = SEED_TEXT.split('\n');
    const numberRow = rows.findIndex((l) => l.includes('234/KH-MTTQ-BTT')) + 1;
    expect(record.number!.location).toEqual({ page: 1, boxes: [], lines: [numberRow] });
    const titleRows = record.title!.location!.lines!;
    expect(rows[titleRows[0]! - 1]).toContain(record.title!.value.split(' ')[0]);
  });
});
