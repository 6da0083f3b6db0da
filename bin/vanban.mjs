#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs as its prepare step):
// no TypeScript compiler at run time, so a command starts in a tenth of a second.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/pipeline/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('vanban: the compiled CLI is missing (dist/); run `npm run build` (npm ci runs it) in the vanban folder.\n');
  process.exit(2);
}
await import(entry.href);
