import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global set-up: the CLI tests run `bin/vanban.mjs`, which runs the compiled `dist/`, so it
 * is brought up to date with the sources first (tsc's incremental build: about a second when
 * nothing changed). A test never runs a stale build.
 */
export default function buildDist(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
}
