import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../pipeline/store/index.js';
import { renumberedPlan } from '../../fixtures.js';
import { NOBODY, tmp, vanban } from '../../hostile.js';

/**
 * Attacks on the batch and the inbox (issue 24): links, special files, locks, faults, bounds,
 * half-written files. Every hostile file is made here, small on disk.
 */

type Row = Record<string, unknown>;

function rows(dbPath: string, sql: string): Row[] {
  const store = Store.open(dbPath, { readOnly: true });
  try {
    return store.db.prepare(sql).all() as Row[];
  } finally {
    store.close();
  }
}

describe('ingest and links', () => {
  /** An archive with a good file, links out of it (a file, a folder) and a link back to its parent. */
  function linkedArchive() {
    const dir = tmp('links');
    const archive = join(dir, 'archive');
    const outside = join(dir, 'outside');
    mkdirSync(join(archive, 'loop'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(archive, 'good.txt'), renumberedPlan(601));
    writeFileSync(join(outside, 'secret.txt'), renumberedPlan(666));
    writeFileSync(join(outside, 'other.txt'), renumberedPlan(667));
    symlinkSync(join(outside, 'secret.txt'), join(archive, 'secret.txt'));
    symlinkSync(outside, join(archive, 'outdir'));
    symlinkSync('..', join(archive, 'loop', 'up'));
    return { dir, archive };
  }

  it('does not follow links: counts them, says why, and stores nothing they point to', () => {
    const { dir, archive } = linkedArchive();
    const dbPath = join(dir, 'db.sqlite');
    const out = vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off', '--log-format', 'text']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^1 files: 1 stored, 0 unchanged, 0 failed, 3 links not followed in /);
    expect(out.stderr).toContain(`${join(archive, 'secret.txt')}: is a symbolic link; links are not followed (pass --follow-links to follow them).`);
    expect(rows(dbPath, 'SELECT d.number_raw FROM documents d')).toEqual([{ number_raw: '601/KH-MTTQ-BTT' }]);
  });

  it('--follow-links follows them, entering each folder once, so a link to a parent ends', () => {
    const { dir, archive } = linkedArchive();
    const dbPath = join(dir, 'db.sqlite');
    const out = vanban(['ingest', archive, '--db', dbPath, '--ocr', 'off', '--follow-links']);
    expect(out.status).toBe(0);
    const stored = rows(dbPath, 'SELECT f.path, d.number_raw FROM documents d JOIN files f ON f.id = d.file_id ORDER BY d.number_raw');
    // The outside file is reached twice (its own link and through the linked folder): two paths, like two copies.
    expect(stored.map((r) => r.number_raw)).toEqual(['601/KH-MTTQ-BTT', '666/KH-MTTQ-BTT', '666/KH-MTTQ-BTT', '667/KH-MTTQ-BTT']);
    for (const r of stored) expect(String(r.path).length).toBeLessThan(200);
  });
});

describe('one fault never stops the night', () => {
  it('an unreadable folder, an unreadable file, a FIFO and a device are failed items with their reasons; the batch goes on', () => {
    const dir = tmp('faults');
    const archive = join(dir, 'archive');
    mkdirSync(join(archive, 'locked'), { recursive: true });
    writeFileSync(join(archive, 'good.txt'), renumberedPlan(701));
    writeFileSync(join(archive, 'locked', 'inside.txt'), renumberedPlan(702));
    chmodSync(join(archive, 'locked'), 0o000);
    writeFileSync(join(archive, 'private.txt'), renumberedPlan(703));
    chmodSync(join(archive, 'private.txt'), 0o000);
    expect(spawnSync('mkfifo', [join(archive, 'pipe.txt')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(dir, 'named.fifo')]).status).toBe(0);
    const dbPath = join(dir, 'db.sqlite');
    // As an ordinary user: root reads whatever the permissions say.
    const out = vanban(['ingest', archive, join(dir, 'named.fifo'), '/dev/zero', '--db', dbPath, '--ocr', 'off', '--log-format', 'text'], { asUser: NOBODY, timeoutMs: 60_000 });
    expect(out.signal).toBeNull();
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/^6 files: 1 stored, 0 unchanged, 5 failed in /);
    const failed = Object.fromEntries(rows(dbPath, "SELECT path, error FROM files WHERE status = 'failed'").map((r) => [String(r.path).slice(dir.length + 1), r.error]));
    expect(failed).toEqual({
      'archive/locked': `${join(archive, 'locked')}: is a folder vanban may not read (permission denied); the files in it were not read.`,
      'archive/private.txt': `${join(archive, 'private.txt')}: cannot be read: permission denied (give vanban read permission and add it again).`,
      'archive/pipe.txt': `${join(archive, 'pipe.txt')}: is a FIFO (named pipe), not a regular file; vanban reads only regular files.`,
      'named.fifo': `${join(dir, 'named.fifo')}: is a FIFO (named pipe), not a regular file; vanban reads only regular files.`,
      [`${'/dev/zero'.slice(dir.length + 1)}`]: '/dev/zero: is a character device, not a regular file; vanban reads only regular files.',
    });
    expect(rows(dbPath, 'SELECT status, files_seen, files_stored, files_failed FROM runs')).toEqual([{ status: 'finished', files_seen: 6, files_stored: 1, files_failed: 5 }]);
    chmodSync(join(archive, 'locked'), 0o755);
  });
});
