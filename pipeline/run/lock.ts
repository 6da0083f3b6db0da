import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from '../core/process.js';

/**
 * One writer per database and per inbox: a lock file beside the database (`DB.lock`) or in the
 * inbox (`INBOX/.vanban.lock`), created atomically (O_EXCL) and holding who has it — pid, host,
 * command, since when. A second vanban refuses in one sentence naming the holder, or waits for it
 * (`--wait`). A lock whose holder died (kill -9) is taken over at once when the holder ran on this
 * host (its pid no longer exists); from another host (a network share), when it has not been
 * refreshed for `STALE_MS` (the holder touches it every `REFRESH_MS`).
 */

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
  token: string;
}

export class LockError extends Error {
  readonly code = 'locked';
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

export interface Lock {
  readonly path: string;
  release(): Promise<void>;
}

export interface LockOptions {
  /** What the lock guards, for the refusal: "the database /x/vanban.sqlite". */
  what: string;
  command: string;
  /** Wait this long for the holder to finish (Infinity: as long as it takes); 0 refuses at once. */
  waitMs?: number;
}

const REFRESH_MS = 10_000;
export const STALE_MS = 60_000;
const POLL_MS = 250;


async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

async function isStale(path: string, holder: LockHolder | null): Promise<boolean> {
  if (holder && holder.host === hostname()) return holder.pid !== process.pid && !isAlive(holder.pid);
  // Another host (or a file being written this instant): stale only when nobody refreshed it for long.
  const info = await stat(path).catch(() => null);
  return !!info && Date.now() - info.mtimeMs > STALE_MS;
}

/** Removes a dead holder's lock, only if it is still that holder's (another process may have taken it over meanwhile). */
async function removeStale(path: string, holder: LockHolder | null): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch {
    return; // gone already
  }
  const moved = await readHolder(aside);
  if (holder && moved && moved.token !== holder.token) {
    // A live lock was taken over between our look and the rename: put it back unless someone holds the name now.
    await link(aside, path).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

const describe = (holder: LockHolder | null) =>
  holder ? `pid ${holder.pid} on ${holder.host}, "${holder.command}", since ${holder.since}` : 'a process that is starting';

export async function acquireLock(path: string, options: LockOptions): Promise<Lock> {
  const holder: LockHolder = { pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(holder)}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readHolder(path);
    if (await isStale(path, current)) {
      await removeStale(path, current);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LockError(`${options.what} is in use by another vanban (${describe(current)}); wait for it to finish, or pass --wait to queue behind it.`);
    }
    await sleep(POLL_MS);
  }

  const refresh = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), REFRESH_MS);
  refresh.unref();
  const ours = () => {
    try {
      return (JSON.parse(readFileSync(path, 'utf8')) as LockHolder).token === holder.token;
    } catch {
      return false;
    }
  };
  // process.exit() skips finally blocks: the lock goes with the process all the same.
  const onExit = () => {
    if (ours()) unlinkSync(path);
  };
  process.once('exit', onExit);
  return {
    path,
    async release() {
      clearInterval(refresh);
      process.removeListener('exit', onExit);
      if (ours()) await unlink(path).catch(() => undefined);
    },
  };
}
