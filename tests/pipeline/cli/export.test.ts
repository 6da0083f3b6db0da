import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { exportTable } from '../../../pipeline/cli/export.js';
import type { Store } from '../../../pipeline/store/index.js';

/** `vanban export` pulls rows only as fast as its reader takes them (issue: piped exports held 5–10× the output). */

/** A table of a million rows that counts how many have been read from it. */
function countingStore(): { store: Store; pulled: () => number } {
  let pulled = 0;
  function* rows() {
    for (let i = 0; i < 1_000_000; i++) {
      pulled++;
      yield { id: i, title: `Văn bản số ${i}`, note: '-' };
    }
  }
  const store = { columnsOf: () => ['id', 'title', 'note'], iterateRows: () => rows() } as unknown as Store;
  return { store, pulled: () => pulled };
}

/** A reader that takes its first chunk and then stalls (a pager, a slow network pipe). */
function stalledReader(): Writable {
  let chunks = 0;
  return new Writable({
    highWaterMark: 1024,
    write(_chunk, _encoding, done) {
      if (++chunks === 1) setTimeout(done, 60_000).unref();
      else done();
    },
  });
}

describe('export backpressure', () => {
  for (const format of ['csv', 'jsonl'] as const) {
    it(`${format}: a stalled reader stops the reading of rows`, async () => {
      const { store, pulled } = countingStore();
      const out = stalledReader();
      void exportTable(store, 'big', format, out).catch(() => undefined);
      await sleep(300);
      // A few buffers' worth, never the whole table.
      expect(pulled()).toBeGreaterThan(0);
      expect(pulled()).toBeLessThan(2_000);
      out.destroy();
    });
  }
});

describe('the readable record', () => {
  it('names a law cited by its name once, with its type not repeated', async () => {
    const { formatRecord } = await import('../../../pipeline/cli/format-record.js');
    const { translator } = await import('../../../pipeline/cli/i18n.js');
    const { recordFromText } = await import('../../helpers.js');
    const record = await recordFromText('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;');
    const out = formatRecord(record, translator('vi'));
    expect(out).toMatch(/- căn cứ: Luật Tổ chức chính quyền địa phương \(19\/06\/2015\)/);
    expect(out).toMatch(/- căn cứ: Nghị định 30\/2020\/NĐ-CP \(05\/03\/2020\) — Chính phủ/);
  });
});
