import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll } from 'vitest';

/**
 * Vitest set-up file: a test file's processes end with it. A test that fails or times out while it
 * waits on a process it started (`vanban watch`, a lock holder, a copier) leaves that process
 * running after the file's worker exits; a watch never ends by itself. Whatever the file's own
 * clean-up did not end is ended here, with a line naming it, so a CI machine keeps no strays.
 */

/** The process's descendants, children first (Linux's /proc; elsewhere none are known). */
function descendantsOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  const children: number[] = [];
  for (const task of readdirSync(tasks)) {
    try {
      children.push(...readFileSync(`${tasks}/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    } catch {
      // the thread ended meanwhile
    }
  }
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

/** Whether the process is still running: an ended child not yet waited for (a zombie) is not. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^Z/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 160);
  } catch {
    return '?';
  }
}

afterAll(() => {
  const strays = descendantsOf(process.pid).filter(running);
  for (const pid of strays) {
    const command = commandOf(pid);
    try {
      process.kill(pid, 'SIGKILL');
      process.stderr.write(`stray process ended after the test file: ${pid} ${command}\n`);
    } catch {
      // ended meanwhile
    }
  }
});
