import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuffer } from '../../pipeline/read/index.js';

/**
 * vanban's PDF reading alone (text layer → positioned lines), one file after another on one
 * thread, for comparison with pdftotext on the same files: prints {files, seconds}.
 *
 *   tsx scripts/bench/pdf-read.ts DIR
 */
const dir = process.argv[2]!;
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
const t0 = performance.now();
for (const f of files) await readBuffer(readFileSync(join(dir, f)), f);
process.stdout.write(`${JSON.stringify({ files: files.length, seconds: (performance.now() - t0) / 1000 })}\n`);
