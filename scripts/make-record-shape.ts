import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRecordShape } from '../pipeline/core/record-shape-render.js';

/** Writes pipeline/core/record-shape.ts from the zod record schema (npm run make:record-shape; a test fails when it is stale). */
const target = join(import.meta.dirname, '..', 'pipeline', 'core', 'record-shape.ts');
writeFileSync(target, renderRecordShape());
process.stdout.write(`wrote ${target}\n`);
