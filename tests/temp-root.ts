import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global set-up: the run's temporary files (inboxes, archives, databases, Redis folders,
 * browser profiles: everything made under `os.tmpdir()`, by the tests and the processes they start)
 * go into one folder made for the run and removed at its end. Most tests leave their folders behind
 * (a failed one always does): without this, every run on a CI machine added about a hundred
 * folders to /tmp.
 */
export default function tempRoot(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'vanban-tests-'));
  // As /tmp itself: the CLI also runs as `nobody` in folders made here.
  chmodSync(root, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
