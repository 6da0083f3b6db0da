import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../pipeline/run/ingest.js';
import { Store } from '../../../pipeline/store/index.js';
import { renumberedPlan } from '../../fixtures.js';

/**
 * Issue 23: a rerun over an unchanged archive skips each file by path, size and mtime, before it
 * is opened; a file whose size or mtime moved is read and hashed as before.
 */

const dir = mkdtempSync(join(tmpdir(), 'vanban-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rerun of the batch', () => {
  it('skips by size and mtime without reading, reads a file whose mtime or size moved', async () => {
    const archive = join(dir, 'archive');
    const paths = [1, 2, 3].map((n) => join(archive, `plan-${n}.txt`));
    mkdirSync(archive);
    // Whole seconds, so the test can set an mtime back exactly (a copy tool keeping mtimes does the same).
    const then = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    for (const [i, path] of paths.entries()) {
      writeFileSync(path, renumberedPlan(300 + i));
      utimesSync(path, then, then);
    }
    writeFileSync(join(archive, 'english.txt'), 'This is a short note in English, not a document vanban reads at all.');
    const dbPath = join(dir, 'db.sqlite');
    const store = new Store(dbPath);
    const first = await ingest([archive], store, dbPath, { concurrency: 0, ocr: 'off' });
    expect([first.stored, first.failed]).toEqual([3, 1]);

    // Same size and mtime, other bytes: taken as unchanged without being opened (not even hashed).
    const [same, touched, grown] = paths as [string, string, string];
    const before = statSync(same);
    writeFileSync(same, renumberedPlan(399));
    expect(statSync(same).size).toBe(before.size);
    utimesSync(same, then, then);
    // A new mtime, same content: read and hashed, then skipped by its hash.
    utimesSync(touched, new Date(), new Date(Date.now() + 5000));
    // New content of another size: read and stored again.
    writeFileSync(grown, `${renumberedPlan(302)}\n\nNơi nhận:\n- Lưu: VT.\n`);

    const second = await ingest([archive], store, dbPath, { concurrency: 0, ocr: 'off' });
    expect({ stored: second.stored, skipped: second.skipped, failedBefore: second.failedUnchanged, failed: second.failed }).toEqual({ stored: 1, skipped: 2, failedBefore: 1, failed: 0 });
    const sha = (path: string) => (store.db.prepare('SELECT sha256 FROM files WHERE path = ?').get(path) as { sha256: string }).sha256;
    const stored = store.db.prepare('SELECT d.number_raw AS number FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ?');
    // The file changed behind an unchanged size and mtime keeps its first record: it was not read.
    expect(String((stored.get(same) as { number: string }).number)).toContain('300');
    expect(sha(touched)).toMatch(/^[0-9a-f]{64}$/);
    store.close();
  });
});
