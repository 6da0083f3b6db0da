import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaDoc } from '../pipeline/store/schema-doc.js';

/** Writes docs/schema.md from the live schema (npm run docs:schema). */
const target = join(import.meta.dirname, '..', 'docs', 'schema.md');
writeFileSync(target, renderSchemaDoc());
process.stdout.write(`wrote ${target}\n`);
