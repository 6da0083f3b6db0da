/**
 * Measures the readers of the header's handwritten blanks against gold, offline: reads a blanks log
 * written by an eval run with `VANBAN_BLANKS_LOG=file.jsonl VANBAN_BLANKS_CROPS=1` (each blank's
 * readings and the hand-digit reader's crop), keeps the first page's number, day and month blanks
 * of the documents the eval tunes on (never the aside third) whose gold has a value, and counts the
 * blanks each reader read exactly — Tesseract, PP-OCR, the hand-digit reader as logged, the value
 * settled — and the hand-digit reader again on the same crops with the weights and segmentation
 * of this tree (so a change of hand-digits.ts or of the weights is measured in a second).
 *
 *   npx tsx scripts/measure-blanks.ts blanks.jsonl [--weights data/hand-digits.json] [--show]
 *
 * `--show` lists each blank (gold, readings, the hand reader's digit probabilities); `--pgm DIR`
 * writes each crop as a PGM image to look at.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readHandDigits } from '../pipeline/ocr/hand-digits.js';
import { decodeWeights } from '../pipeline/ocr/hand-net.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const log = args[0]!;
const weights = decodeWeights(JSON.parse(readFileSync(option('--weights') ?? 'data/hand-digits.json', 'utf8')));
const show = args.includes('--show');
const pgm = option('--pgm');
const SHARED = resolve(process.env.VANBAN_SHARED ?? '../shared');

interface Gold {
  id: string;
  number?: { seq?: string | null } | null;
  date?: { day?: number | null; month?: number | null } | null;
}
const gold = new Map<string, Gold>();
for (const root of [join(SHARED, 'dev'), 'tests/eval/gold']) {
  if (!existsSync(root)) continue;
  for (const set of readdirSync(root, { withFileTypes: true })) {
    if (!set.isDirectory() || set.name === 'seeds') continue;
    for (const f of readdirSync(join(root, set.name)).filter((n) => n.endsWith('.json'))) {
      const g = JSON.parse(readFileSync(join(root, set.name, f), 'utf8')) as Gold;
      const id = g.id ?? basename(f, '.json');
      gold.set(id, { ...(gold.get(id) ?? {}), ...g });
    }
  }
}
// The eval's own split (tests/eval/run-eval.ts partOf): a document whose id's hash is 0 mod 3 is aside.
const aside = (id: string) => createHash('sha1').update(id).digest()[0]! % 3 === 0;

interface Entry {
  file: string;
  page: number;
  kind: 'number' | 'day' | 'month';
  value: string;
  tesseract: string;
  digitReader: string | null;
  handReader?: string | null;
  confidence: number;
  handCrop?: { width: number; height: number; data: string };
}
const expected = (g: Gold, kind: Entry['kind']): string | null => {
  const v = kind === 'number' ? g.number?.seq : kind === 'day' ? g.date?.day : g.date?.month;
  return v === null || v === undefined || v === '' ? null : String(v);
};
// A number keeps its leading zero (`05`): compared as digits, as the eval's soft score does.
const right = (read: string | null | undefined, want: string) => !!read && /^\d+$/.test(read) && Number(read) === Number(want);

const counts = { blanks: 0, tesseract: 0, digitReader: 0, handLogged: 0, settled: 0, handNow: 0, settledWrongSure: 0, handNowSureWrong: 0, handNowSure: 0 };
const seen = new Set<string>();
let cpuMs = 0;
if (pgm) mkdirSync(pgm, { recursive: true });
for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
  const e = JSON.parse(line) as Entry;
  const id = /^([0-9a-f]{10}(-p\d+-\d+)?)/.exec(basename(e.file))?.[1];
  if (!id || e.page !== 1 || aside(id)) continue;
  const g = gold.get(id);
  const want = g && expected(g, e.kind);
  if (!want) continue;
  const key = `${id} ${e.kind}`;
  if (seen.has(key)) continue; // one blank of each kind per document (a later run's line repeats it)
  seen.add(key);
  counts.blanks++;
  if (right(e.tesseract, want)) counts.tesseract++;
  if (right(e.digitReader, want)) counts.digitReader++;
  if (right(e.handReader, want)) counts.handLogged++;
  if (right(e.value, want)) counts.settled++;
  else if (e.value && e.confidence >= 0.9) counts.settledWrongSure++;
  let now = '';
  let detail = '';
  if (e.handCrop) {
    const { width, height, data } = e.handCrop;
    const crop = { width, height, data: new Uint8Array(Buffer.from(data, 'base64')), dpi: 300 };
    const started = process.cpuUsage();
    const reading = readHandDigits(weights, crop, e.kind);
    const used = process.cpuUsage(started);
    cpuMs += (used.user + used.system) / 1000;
    now = reading.digits;
    if (right(now, want)) counts.handNow++;
    if (reading.confidence >= 0.9) {
      counts.handNowSure++;
      if (!right(now, want)) counts.handNowSureWrong++;
    }
    detail = `${reading.confidence.toFixed(2)} [${reading.probabilities.map((p) => Array.from(p).map((v) => Math.round(v * 9)).join('')).join(' ')}]`;
    if (pgm) writeFileSync(join(pgm, `${id}-${e.kind}.pgm`), Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), Buffer.from(crop.data)]));
  }
  if (show) console.log(`${id.padEnd(18)} ${e.kind.padEnd(6)} gold ${want.padEnd(5)} T ${(e.tesseract || '-').padEnd(5)} P ${(e.digitReader ?? '-').padEnd(5)} H ${(e.handReader ?? '-').padEnd(6)} → ${(e.value || '-').padEnd(5)} ${e.confidence.toFixed(2)} | now ${(now || '-').padEnd(6)} ${right(now, want) ? 'ok ' : 'MISS'} ${detail}`);
}
console.log(JSON.stringify({ ...counts, handCpuMsPerBlank: Math.round((cpuMs / Math.max(1, counts.blanks)) * 100) / 100 }));
