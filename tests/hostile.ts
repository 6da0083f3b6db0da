import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Helpers for the hostile-input tests: temporary folders and the CLI run as an ordinary user. */

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'vanban.mjs');

/** A fresh folder any user can enter (the CLI may run as `nobody` in it). */
export function tmp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vanban-${prefix}-`));
  chmodSync(dir, 0o777);
  return dir;
}

/** The uid of `nobody`: as root, permissions are not enforced, so attacks on them run the CLI as this user. */
export const NOBODY = 65534;
export const IS_ROOT = process.getuid?.() === 0;

/** Runs the CLI; `asUser` drops to that uid (only possible as root; otherwise it runs as the current user). */
export function vanban(args: string[], options: { asUser?: number; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const drop = options.asUser !== undefined && IS_ROOT ? { uid: options.asUser, gid: options.asUser } : {};
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, HOME: tmpdir(), ...options.env },
    ...drop,
  });
}
