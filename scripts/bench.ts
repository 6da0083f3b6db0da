import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm run bench [-- --docs N]`: end-to-end throughput into SQLite per format, peak memory, and
 * vanban's PDF reading against poppler's pdftotext on the same files (where it is installed).
 * Targets (issue 7, on 2 cores): ≥ 50 text-layer documents/s, peak RSS ≤ 500 MB at 10,000
 * documents, PDF reading within 3× of pdftotext.
 */

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1200' }, fresh: { type: 'boolean', default: false } } });
const n = Number(values.docs);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const corpus = join(tmpdir(), `vanban-bench-${n}`);

function tsx(script: string, args: string[]): string {
  const out = spawnSync(TSX, [join(ROOT, 'scripts', 'bench', script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`${script} failed`);
  return out.stdout;
}

if (values.fresh) rmSync(corpus, { recursive: true, force: true });
if (!existsSync(join(corpus, '.complete'))) {
  process.stderr.write(`generating ${n} documents in ${corpus} …\n`);
  tsx('corpus.ts', [String(n), corpus]);
}

interface Measure {
  files: number;
  stored: number;
  failed: number;
  seconds: number;
  peakRssMb: number;
}
const work = mkdtempSync(join(tmpdir(), 'vanban-bench-db-'));
const rows: Array<[string, Measure]> = [];
for (const format of ['txt', 'docx', 'pdf']) {
  rows.push([format, JSON.parse(tsx('ingest-run.ts', [join(work, `${format}.sqlite`), join(corpus, format)])) as Measure]);
}
rows.push(['all', JSON.parse(tsx('ingest-run.ts', [join(work, 'all.sqlite'), corpus])) as Measure]);

const pdfDir = join(corpus, 'pdf');
const vanbanPdf = JSON.parse(tsx('pdf-read.ts', [pdfDir])) as { files: number; seconds: number };
let poppler: number | null = null;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  const t0 = performance.now();
  for (const f of readdirSync(pdfDir)) execFileSync('pdftotext', ['-layout', join(pdfDir, f), '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  poppler = (performance.now() - t0) / 1000;
} catch {
  poppler = null;
}
rmSync(work, { recursive: true, force: true });

const fmt = (x: number, d = 1) => x.toFixed(d).padStart(8);
console.log(`vanban bench: ${n} documents generated from real texts (${corpus}), ${readFileSync(join(corpus, '.complete'), 'utf8')} files`);
console.log('\nend to end (discover → read → normalize → extract → SQLite), default worker threads');
console.log('format     files   stored   failed   seconds   docs/s   peak RSS MB');
for (const [format, m] of rows) {
  console.log(`${format.padEnd(8)}${String(m.files).padStart(8)}${String(m.stored).padStart(9)}${String(m.failed).padStart(9)}${fmt(m.seconds, 2)}  ${fmt(m.files / m.seconds)}  ${fmt(m.peakRssMb, 0)}`);
}
console.log(`\nPDF text layer only, one thread, ${vanbanPdf.files} files:`);
console.log(`  vanban (unpdf/pdf.js)  ${fmt(vanbanPdf.seconds, 2)} s  ${fmt(vanbanPdf.files / vanbanPdf.seconds)} files/s`);
if (poppler !== null) {
  console.log(`  pdftotext -layout      ${fmt(poppler, 2)} s  ${fmt(vanbanPdf.files / poppler)} files/s  (one process per file)`);
  console.log(`  vanban / pdftotext     ${fmt(vanbanPdf.seconds / poppler, 2)}×`);
} else console.log('  pdftotext not installed (apt install poppler-utils) — no comparison');
