import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PDFDocument } from 'pdf-lib';
import { linkDocument } from '../pipeline/link/index.js';
import { processBuffer } from '../pipeline/run/stages.js';
import { packOutcome, QUEUE_NAME, EVENTS_MAX_LEN, jobIdOf, type FileJob } from '../pipeline/run/cluster/jobs.js';
import { Store } from '../pipeline/store/index.js';
import type { VanbanRecord } from '../pipeline/core/record.js';
import { renumberedPlan } from '../tests/fixtures.js';
import { redisMissing, startRedis, type TestRedis } from '../tests/pipeline/run/cluster/redis-server.js';

/**
 * `npm run bench:cluster`: the batch on a queue against the local batch, on the same files.
 *
 * - OCR-bound: the example scans split into one-page PDFs (so two workers can share them evenly),
 *   through `vanban ingest` with 1 and 2 threads, and through `ingest --queue` with 1 and 2
 *   `vanban worker` processes of one thread each: documents/s and OCR pages/s.
 * - Queue overhead: small text documents (OCR off) through the local batch and through one
 *   worker: the difference per document, and Redis memory per job and per result.
 * - SQLite for researchers: `--fts-docs` documents (100 000) stored from real texts, with the
 *   database size and search times at 10 000, 30 000 and 100 000, and the single writer's rate.
 *
 * Timings on a shared machine are noisy: compare the ratios of one run.
 *   npm run bench:cluster [-- --part ocr|overhead|fts] [--text-docs 300] [--fts-docs 100000]
 */

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'all' },
    'text-docs': { type: 'string', default: '300' },
    'fts-docs': { type: 'string', default: '100000' },
    ocr: { type: 'string', default: 'tesseract.js' },
  },
});
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'vanban.mjs');
const work = mkdtempSync(join(tmpdir(), 'vanban-bench-cluster-'));
const parts = values.part === 'all' ? ['ocr', 'overhead', 'fts'] : [values.part!];
const report: Record<string, unknown> = {};

interface Running {
  log: string;
  stdout: string;
  exit: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  /** CPU-seconds (user + system, worker threads included) the process used, sampled every 100 ms. */
  cpu: number;
}

/** A process's CPU-seconds so far, from /proc (Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function vanban(args: string[]): Running {
  // `nice` runs node in its own place (exec): the pid is node's.
  const child = spawn('nice', [process.execPath, BIN, ...args, '--lang', 'en'], { cwd: ROOT });
  const sampler = setInterval(() => {
    const used = cpuSeconds(child.pid!);
    if (used !== null) out.cpu = used;
  }, 100);
  const out: Running = {
    log: '',
    stdout: '',
    cpu: 0,
    exit: new Promise((done) =>
      child.on('exit', (code) => {
        clearInterval(sampler);
        done(code);
      }),
    ),
    kill: (signal) => child.kill(signal),
  };
  child.stderr.on('data', (c: Buffer) => (out.log += c.toString()));
  child.stdout.on('data', (c: Buffer) => (out.stdout += c.toString()));
  return out;
}

/** A queue handle for the bench's own look at Redis; `done()` closes it and its connection. */
function benchQueue(url: string) {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue<FileJob>(QUEUE_NAME, { connection, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
  return { queue, done: async () => { await queue.close(); connection.disconnect(); } };
}

/** The batch's own duration (its JSON log's last line), without the process's start-up. */
function runSeconds(run: Running): { seconds: number; stored: number; failed: number } {
  const last = run.log.trim().split('\n').reverse().find((l) => l.includes('"durationMs"'));
  if (!last) throw new Error(`no summary in:\n${run.log.slice(-2000)}`);
  const summary = JSON.parse(last) as { durationMs: number; stored: number; failed: number };
  return { seconds: summary.durationMs / 1000, stored: summary.stored, failed: summary.failed };
}

async function localIngest(dir: string, threads: number, ocr: string) {
  const db = join(work, `local-${threads}-${Date.now()}.sqlite`);
  const run = vanban(['ingest', dir, '--db', db, '--log-format', 'json', '--concurrency', String(threads), '--ocr', ocr]);
  if ((await run.exit) !== 0) throw new Error(run.log.slice(-2000));
  return { ...runSeconds(run), db, cpu: run.cpu };
}

async function clusterIngest(redis: TestRedis, dir: string, workers: number, ocr: string) {
  const handle = benchQueue(redis.url);
  await handle.queue.obliterate({ force: true });
  await handle.done();
  const started = Array.from({ length: workers }, () => vanban(['worker', '--queue', redis.url, '--concurrency', '1', '--log-format', 'json']));
  while (!started.every((w) => w.log.includes('"worker":'))) await new Promise((r) => setTimeout(r, 50));
  const db = join(work, `cluster-${workers}-${Date.now()}.sqlite`);
  const run = vanban(['ingest', dir, '--db', db, '--queue', redis.url, '--log-format', 'json', '--ocr', ocr]);
  if ((await run.exit) !== 0) throw new Error(run.log.slice(-2000));
  for (const w of started) w.kill('SIGTERM');
  await Promise.all(started.map((w) => w.exit));
  return { ...runSeconds(run), db, cpu: run.cpu + started.reduce((sum, w) => sum + w.cpu, 0), coordinatorCpu: run.cpu };
}

function ocrPages(db: string): number {
  const store = new Store(db);
  const { pages } = store.db.prepare('SELECT coalesce(sum(pages), 0) AS pages FROM documents WHERE ocr = 1').get() as { pages: number };
  store.close();
  return pages;
}

async function usedMemory(redis: TestRedis): Promise<number> {
  const client = new Redis(redis.url);
  const info = await client.info('memory');
  client.disconnect();
  return Number(/used_memory:(\d+)/.exec(info)![1]);
}

const fmt = (x: number, d = 2) => x.toFixed(d);

async function ocrPart(redis: TestRedis) {
  // One page per file: work two workers can split evenly; a trailing comment makes each file distinct.
  const dir = join(work, 'scans');
  mkdirSync(dir);
  let n = 0;
  for (const name of ['000_14d7bae0f26e4e26', '003_cb56f436907ad081', '004_06d10a9c22d37196']) {
    const source = await PDFDocument.load(readFileSync(join(ROOT, 'examples', 'generated', `${name}.scan.pdf`)));
    for (let page = 0; page < source.getPageCount(); page++) {
      const single = await PDFDocument.create();
      const [copied] = await single.copyPages(source, [page]);
      single.addPage(copied!);
      writeFileSync(join(dir, `${name}-p${page + 1}.pdf`), await single.save());
      n++;
    }
  }
  const rows: Array<[string, { seconds: number; stored: number; failed: number; db: string; cpu: number }]> = [];
  for (const [label, go] of [
    ['local ingest, 1 thread', () => localIngest(dir, 1, values.ocr!)],
    ['queue, 1 worker process', () => clusterIngest(redis, dir, 1, values.ocr!)],
    ['local ingest, 2 threads', () => localIngest(dir, 2, values.ocr!)],
    ['queue, 2 worker processes', () => clusterIngest(redis, dir, 2, values.ocr!)],
  ] as const) {
    process.stderr.write(`ocr: ${label} …\n`);
    rows.push([label, await go()]);
  }
  console.log(`\nOCR-bound: ${n} one-page scans (${values.ocr})`);
  console.log('  run                          docs/s   pages/s   seconds   CPU-s/page (all processes)');
  const out: Record<string, unknown> = {};
  for (const [label, r] of rows) {
    const pages = ocrPages(r.db);
    console.log(
      `  ${label.padEnd(28)} ${fmt(r.stored / r.seconds, 3).padStart(6)}   ${fmt(pages / r.seconds, 3).padStart(7)}   ${fmt(r.seconds, 1).padStart(7)}   ${fmt(r.cpu / pages, 1).padStart(6)}`,
    );
    out[label] = { docsPerS: r.stored / r.seconds, pagesPerS: pages / r.seconds, seconds: r.seconds, stored: r.stored, pages, cpuPerPage: r.cpu / pages };
  }
  const one = rows[1]![1].seconds;
  const two = rows[3]![1].seconds;
  const localOne = rows[0]![1].seconds;
  const localTwo = rows[2]![1].seconds;
  console.log(`  2 workers vs 1: ${fmt(one / two)}× (local batch, 2 threads vs 1: ${fmt(localOne / localTwo)}×; machine load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
  report.ocr = { files: n, ...out, speedup2vs1: one / two, localSpeedup2vs1: localOne / localTwo };
}

async function overheadPart(redis: TestRedis) {
  const count = Number(values['text-docs']);
  const dir = join(work, 'texts');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `kh-${i}.txt`), renumberedPlan(50_000 + i));
  process.stderr.write('overhead: local ingest, 1 thread …\n');
  const local = await localIngest(dir, 1, 'off');
  process.stderr.write('overhead: queue, 1 worker …\n');
  const queued = await clusterIngest(redis, dir, 1, 'off');
  const perDocMs = ((queued.seconds - local.seconds) / count) * 1000;
  // CPU the queue adds per document: coordinator and worker together against the local batch.
  const cpuPerDocMs = ((queued.cpu - local.cpu) / count) * 1000;

  // What Redis holds per job: waiting (no worker), and completed with its result (not yet taken).
  const store = new Store(local.db);
  const rows = store.db.prepare('SELECT d.record_json AS json, d.text, f.path, d.sha256 FROM documents d JOIN files f ON f.id = d.file_id').all() as Array<{ json: string; text: string; path: string; sha256: string }>;
  store.close();
  const packed = rows.map((r) => JSON.stringify(packOutcome({ record: JSON.parse(r.json) as VanbanRecord, text: r.text, ms: 0, engineMessages: [], worker: 'bench:0' })).length);
  const handle = benchQueue(redis.url);
  const { queue } = handle;
  await queue.obliterate({ force: true });
  const before = await usedMemory(redis);
  await queue.addBulk(rows.map((r) => ({ name: 'file', data: { path: r.path, sha256: r.sha256, size: 0, ocr: 'off', maxBytes: 1e8 }, opts: { jobId: jobIdOf(r.sha256), attempts: 3 } })));
  const waiting = (await usedMemory(redis)) - before;
  const worker = vanban(['worker', '--queue', redis.url, '--concurrency', '1', '--log-format', 'json']);
  while ((await queue.getCompletedCount()) < rows.length) await new Promise((r) => setTimeout(r, 200));
  worker.kill('SIGTERM');
  await worker.exit;
  const completed = (await usedMemory(redis)) - before;
  await queue.obliterate({ force: true });
  await handle.done();
  const avgPacked = packed.reduce((a, b) => a + b, 0) / packed.length;
  const avgText = rows.reduce((a, r) => a + Buffer.byteLength(r.text), 0) / rows.length;
  console.log(`\nQueue overhead: ${count} text documents, OCR off`);
  console.log(`  local ingest, 1 thread:   ${fmt(count / local.seconds)} docs/s (${fmt(local.seconds, 1)} s)`);
  console.log(`  queue, 1 worker process:  ${fmt(count / queued.seconds)} docs/s (${fmt(queued.seconds, 1)} s)`);
  console.log(`  queue overhead per document: ${fmt(perDocMs, 1)} ms of wall time, ${fmt(cpuPerDocMs, 1)} ms of CPU (coordinator ${fmt((queued.coordinatorCpu / count) * 1000, 1)} ms/doc)`);
  console.log(`  result on the wire: ${fmt(avgPacked / 1024, 1)} KB per document (text ${fmt(avgText / 1024, 1)} KB; gzipped above 16 KB)`);
  console.log(`  Redis memory: ${fmt(waiting / rows.length / 1024, 2)} KB per waiting job, ${fmt(completed / rows.length / 1024, 2)} KB per completed job with its result and event`);
  report.overhead = {
    docs: count,
    localDocsPerS: count / local.seconds,
    queueDocsPerS: count / queued.seconds,
    overheadMsPerDoc: perDocMs,
    overheadCpuMsPerDoc: cpuPerDocMs,
    coordinatorCpuMsPerDoc: (queued.coordinatorCpu / count) * 1000,
    localCpuMsPerDoc: (local.cpu / count) * 1000,
    resultKb: avgPacked / 1024,
    textKb: avgText / 1024,
    redisKbPerWaitingJob: waiting / rows.length / 1024,
    redisKbPerCompletedJob: completed / rows.length / 1024,
  };
}

/**
 * Lines of each real text kept: about 7 KB, and 9 KB once lines of another document are mixed in —
 * the text of a three-page administrative document (the capacity plan's average).
 */
const FTS_LINES = 50;

/** Real texts (the shared legal corpus, else the seeds) as the FTS index's vocabulary. */
function sourceTexts(): string[] {
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'vbpl-0001-0700.txt.gz');
  if (existsSync(corpus)) {
    return gunzipSync(readFileSync(corpus))
      .toString('utf8')
      .split(/^=== doc_\d+\n/m)
      .filter((t) => t.trim())
      .map((t) => t.split('\n').slice(0, FTS_LINES).join('\n'));
  }
  return [renumberedPlan(1)];
}

const QUERIES: Array<[string, string, { type?: string; year?: number }]> = [
  ['common words', 'kế hoạch', {}],
  ['two words', 'phòng chống dịch', {}],
  ['phrase', '"biến đổi khí hậu"', {}],
  ['rare word', 'xâm nhập mặn', {}],
  ['word + type', 'giáo dục', { type: 'QD' }],
  ['no word, year', '', { year: 2020 }],
];

async function ftsPart() {
  const total = Number(values['fts-docs']);
  const texts = sourceTexts();
  // Each source text once through the real stages, then stored again and again under new numbers and paths.
  const bases: Array<{ record: VanbanRecord; text: string }> = [];
  for (const text of texts.slice(0, 300)) {
    try {
      const { record, document } = await processBuffer(Buffer.from(text), '/bench/source.txt', { ocr: 'off' });
      bases.push({ record, text: document.text });
    } catch {
      // not every corpus text is a document on its own
    }
  }
  const db = join(work, 'fts.sqlite');
  const store = new Store(db);
  const checkpoints = [10_000, 30_000, 100_000].filter((c) => c <= total);
  if (!checkpoints.includes(total)) checkpoints.push(total);
  const rows: Array<Record<string, number>> = [];
  let stored = 0;
  let writeMs = 0;
  let textBytes = 0;
  console.log(`\nSQLite for researchers: ${bases.length} real documents stored again and again under new numbers`);
  for (const checkpoint of checkpoints) {
    const t0 = performance.now();
    const batch = store.db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const base = bases[i % bases.length]!;
        const other = bases[(i * 7 + 3) % bases.length]!;
        // Lines of another document mixed in, so no two texts are the same.
        const text = `${base.text}\n${other.text.split('\n').filter((_, k) => k % 5 === i % 5).join('\n')}`;
        const sha256 = createHash('sha256').update(`${i}`).digest('hex');
        const seq = 1 + (i % 9000);
        const record: VanbanRecord = {
          ...base.record,
          source: { ...base.record.source, path: `/archive/${Math.floor(i / 1000)}/doc-${i}.txt`, sha256 },
          number: base.record.number ? { ...base.record.number, raw: base.record.number.raw.replace(/^\d+/, String(seq)), seq: String(seq) } : null,
        };
        textBytes += Buffer.byteLength(text);
        store.saveDocument(record, text, { size: text.length, mtime: 0 }, linkDocument(record));
      }
    });
    for (let from = stored; from < checkpoint; from += 1000) batch(from, Math.min(checkpoint, from + 1000));
    writeMs += performance.now() - t0;
    stored = checkpoint;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(db).size;
    const row: Record<string, number> = { docs: stored, sizeMb: size / 1048576, textKb: textBytes / stored / 1024, writesPerS: stored / (writeMs / 1000) };
    for (const [label, query, filters] of QUERIES) {
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        store.search(query, { ...filters, limit: 20 });
        times.push(performance.now() - t);
      }
      row[label] = times.sort((a, b) => a - b)[1]!;
    }
    rows.push(row);
    console.log(`  ${stored} docs: ${fmt(row.sizeMb!, 0)} MB (${fmt(size / stored / 1024, 1)} KB/doc for ${fmt(row.textKb!, 1)} KB of text), ${fmt(row.writesPerS!, 0)} documents stored/s; search ms: ${QUERIES.map(([l]) => `${l} ${fmt(row[l]!, 1)}`).join(', ')}`);
  }
  store.close();
  report.fts = rows;
}

const missing = redisMissing();
if (missing && parts.some((p) => p !== 'fts')) throw new Error(missing);
const redis = parts.some((p) => p !== 'fts') ? await startRedis() : null;
try {
  if (parts.includes('ocr')) await ocrPart(redis!);
  if (parts.includes('overhead')) await overheadPart(redis!);
  if (parts.includes('fts')) await ftsPart();
} finally {
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${JSON.stringify(report)}`);
