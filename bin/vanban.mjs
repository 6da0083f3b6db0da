#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs as its prepare step):
// no TypeScript compiler at run time, so a command starts in a tenth of a second.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Set once, at the start, before any thread: each pattern is compiled to machine code on its first
// use instead of first to V8's regexp bytecode and again to machine code on its second (the default
// tier-up, which suits a pattern run once). A batch thread runs the same few hundred patterns over
// thousands of documents: `vanban ingest` of the bench's 400 txt 10.5 → 9.6 CPU-s (3 runs each,
// alternating; issue 23). The same matches; `extract` of a one-page PDF the same within its noise.
setFlagsFromString('--no-regexp-tier-up');

const entry = new URL('../dist/pipeline/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('vanban: the compiled CLI is missing (dist/); run `npm run build` (npm ci runs it) in the vanban folder.\n');
  process.exit(2);
}
await import(entry.href);
