import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files that are not code (the SQL schema, the language model, package.json) are read from the
 * package's own tree, whether vanban runs from the TypeScript sources (tests, scripts) or from the
 * compiled `dist/` (the CLI): one copy of each, never a stale one copied by the build.
 */

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  // The first folder upwards holding a package.json: the sources' root, or dist/'s parent.
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`vanban: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** The folder holding vanban's package.json. */
export const PACKAGE_ROOT = findPackageRoot();

/** A file of the package, by its path from the package root (`pipeline/store/meta.sql`). */
export function packagePath(relative: string): string {
  return join(PACKAGE_ROOT, relative);
}
