/**
 * `npm run bench:ocr`: what OCR costs and what each image-preparation step is worth.
 *
 * 1. Speed: every page of the scans under ../shared/dev/scans (and the example scans), prepared
 *    once, recognized by tesseract.js with one worker and — where the Debian `tesseract` command
 *    with Vietnamese data is installed — by that command on the same page image at the same
 *    resolution, one thread each. Prints seconds per page side by side, pages per second for each
 *    engine (one core each) and their ratio, and the peak memory of one tesseract.js worker
 *    (process RSS above the level before it started).
 * 2. The OCR stage as vanban runs it on those scans (page pass, blanks, digit reader), per engine:
 *    pages per second, and the digit reader's share of the time (its crops, and loading its model).
 *    The native engine reads with libtesseract in vanban's process where it loads (libtesseract.ts),
 *    else with the command per image; the line says which.
 * 3. Accuracy (`--steps`): the scans with gold are read with each preparation step turned off
 *    (or on, for the steps vanban leaves off) and scored on the header fields the issue names.
 *
 * The native command alone is run as a user would run it (`tesseract page stdout -l vie --psm 3
 * --dpi N tsv`, one thread), on the pages vanban starts from (drawn or decoded, gray, upscaled
 * below 200 dpi): vanban's own choices (options, resolution, blank pages skipped, the overlap of
 * drawing and preparing with recognition) count on its side.
 *
 * Options: --steps (also run the accuracy table), --pages N (the first scans up to N pages, whole
 * scans: both the command-alone run and the stage run cover the same pages), --native (leave out
 * tesseract.js), --fit-print (the stage fits each page's resolution to its print).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractRecord } from '../extractors/index.js';
import { normalizeDocument } from '../normalizers/index.js';
import { digitReaderTime, sharedDigitReader } from '../pipeline/ocr/digits.js';
import { handDigitTime } from '../pipeline/ocr/hand-digits.js';
import { createOcrEngine, NativeTesseractEngine, nativeTesseractVersion, parseTesseractTsv, TesseractJsEngine, type OcrEngine, type OcrPage } from '../pipeline/ocr/engines.js';
import { pdfPageImages } from '../pipeline/ocr/images.js';
import { ocrDocument, ocrStageTime } from '../pipeline/ocr/read-scan.js';
import { PREPARATION, preparePage, toPgm, type GrayImage, type PreparationSteps } from '../pipeline/ocr/prepare.js';
import { readBuffer } from '../pipeline/read/index.js';
import { scoreDocument, type Gold } from '../tests/eval/score.js';

const SHARED = resolve(process.env.VANBAN_SHARED ?? join(import.meta.dirname, '../../shared'));
const SCANS = join(SHARED, 'dev', 'scans');
const EXAMPLES = join(import.meta.dirname, '..', 'examples', 'generated');
const args = process.argv.slice(2);
const maxPages = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : Infinity;
const nativeOnly = args.includes('--native');
/** --fit-print: the stage reads each page at the resolution its print needs (left off by default: `PREPARATION.fitPrint`). */
const stageSteps: PreparationSteps = args.includes('--fit-print') ? { ...PREPARATION, fitPrint: true } : PREPARATION;

function scanFiles(): string[] {
  const dev = existsSync(SCANS) ? readdirSync(SCANS).filter((f) => f.endsWith('.pdf')).map((f) => join(SCANS, f)) : [];
  const examples = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter((f) => f.endsWith('.scan.pdf')).map((f) => join(EXAMPLES, f)) : [];
  return [...dev, ...examples];
}

/** The scans that need OCR, whole, up to `--pages` pages: the speed run and the stage run both read these. */
async function ocrScans(): Promise<string[]> {
  const files = [];
  let pages = 0;
  for (const file of scanFiles()) {
    if (pages >= maxPages) break;
    const raw = await readBuffer(readFileSync(file), file);
    if (!raw.needsOcr) continue; // a text-layer PDF is not OCR'd
    files.push(file);
    pages += raw.source.pages;
  }
  return files;
}

/** Every page of the scans as vanban starts from it: gray, coloured ink dropped, upscaled below 200 dpi (no resolution fitted). */
async function preparedPages(files: string[]): Promise<Array<{ file: string; page: number; image: GrayImage }>> {
  const pages = [];
  for (const file of files) {
    for await (const image of pdfPageImages(readFileSync(file))) pages.push({ file, page: image.page, image: preparePage(image, { ...PREPARATION, fitPrint: false }) });
  }
  return pages;
}

/** The native command as a user runs it on a page image: defaults, one thread. */
class PlainNativeCommand implements Pick<OcrEngine, 'recognize'> {
  recognize(image: GrayImage): Promise<OcrPage> {
    return new Promise((resolve, reject) => {
      const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'vie', '--psm', '3', '--dpi', String(image.dpi), 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      const out: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(parseTesseractTsv(Buffer.concat(out).toString('utf8'))) : reject(new Error(`tesseract exited with ${code}`))));
      child.stdin.end(toPgm(image));
    });
  }
}

async function timeEngine(engine: Pick<OcrEngine, 'recognize'>, pages: Array<{ image: GrayImage }>): Promise<number[]> {
  const seconds = [];
  for (const { image } of pages) {
    const started = performance.now();
    await engine.recognize(image, { deskew: PREPARATION.deskew });
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds;
}

/**
 * CPU seconds used so far by this process (every thread) and by its finished child processes
 * (Linux: cutime and cstime of /proc/self/stat, in clock ticks of 1/100 s): on a machine loaded by
 * other work, wall time swings with the load, the CPU a page costs does not.
 */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    children = NaN; // not Linux: no CPU figures
  }
  return (own.user + own.system) / 1e6 + children;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** CPU seconds a page cost the native command alone (its process), set by `speed`. */
let nativeCpuPerPage = NaN;

/** Returns the native command's pages per second on the prepared pages (null without it). */
async function speed(files: string[]): Promise<number | null> {
  const pages = await preparedPages(files);
  console.log(`speed: ${pages.length} scanned pages from ${files.length} files (the stage below reads the same pages), as vanban starts from them`);
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const js = nativeOnly ? null : new TesseractJsEngine({ workers: 1 });
  if (js) await js.recognize(pages[0]!.image); // start the worker outside the timing
  const jsSeconds = js ? await timeEngine(js, pages) : pages.map(() => NaN);
  clearInterval(sampler);
  await js?.close();
  const version = nativeTesseractVersion();
  const cpuBefore = cpuSeconds();
  const nativeSeconds = version ? await timeEngine(new PlainNativeCommand(), pages) : null;
  nativeCpuPerPage = (cpuSeconds() - cpuBefore) / pages.length;
  console.log('page'.padEnd(34), 'px'.padEnd(11), 'tesseract.js s'.padEnd(15), version ? `tesseract ${version} s` : '');
  pages.forEach((p, i) => {
    const name = `${p.file.split('/').pop()} p${p.page}`;
    console.log(name.padEnd(34), `${p.image.width}x${p.image.height}`.padEnd(11), (js ? jsSeconds[i]!.toFixed(2) : '—').padEnd(15), nativeSeconds ? nativeSeconds[i]!.toFixed(2) : '');
  });
  if (js) console.log(`tesseract.js: ${mean(jsSeconds).toFixed(2)} s/page = ${(1 / mean(jsSeconds)).toFixed(2)} pages/s on one core, one worker's peak memory ${Math.round((peak - before) / 1048576)} MB above the process before it started`);
  if (nativeSeconds) {
    console.log(`tesseract ${version} (the command alone, defaults, one thread): ${mean(nativeSeconds).toFixed(2)} s/page = ${(1 / mean(nativeSeconds)).toFixed(2)} pages/s on one core, ${nativeCpuPerPage.toFixed(2)} CPU-s/page` + (js ? `; tesseract.js takes ${(mean(jsSeconds) / mean(nativeSeconds)).toFixed(2)}× its time` : ''));
    return 1 / mean(nativeSeconds);
  }
  console.log('the tesseract command with Vietnamese data is not installed: no native comparison (Debian: apt-get install tesseract-ocr-vie)');
  return null;
}

/**
 * The OCR stage on every scan, one engine at a time: pages per second, against the native
 * command alone on the same prepared pages (issue 23's target for `--ocr auto`), and the share of
 * each of vanban's steps (read-scan.ts's `ocrStageTime`) and of the digit reader within the blanks.
 */
async function stage(scans: string[], nativePagesPerSecond: number | null): Promise<void> {
  const reader = await sharedDigitReader();
  console.log(`\nthe OCR stage as vanban runs it (page pass, blanks, digit reader: ${reader instanceof Error ? `unavailable, ${reader.message}` : reader.name}):`);
  const files = [];
  for (const file of scans) {
    const buf = readFileSync(file);
    files.push({ file, buf, raw: await readBuffer(buf, file) });
  }
  const engines: OcrEngine[] = nativeOnly ? [] : [new TesseractJsEngine({ workers: 1 })];
  const version = nativeTesseractVersion();
  // The command per image too (as before libtesseract.ts), to compare both in one run.
  if (version) engines.push(new NativeTesseractEngine(version, { workers: 1, command: true }), createOcrEngine('native', { workers: 1 }));
  // Each engine's text of each scan: the library in the process must read what the command reads.
  const texts = new Map<OcrEngine, string[]>();
  for (const engine of engines) {
    const read: string[] = [];
    texts.set(engine, read);
    const before = { ...digitReaderTime };
    const handBefore = { ...handDigitTime };
    const stepsBefore = { ...ocrStageTime };
    let pages = 0;
    const cpuBefore = cpuSeconds();
    const started = performance.now();
    for (const { buf, raw } of files) {
      const doc = await ocrDocument(raw, buf, engine, { steps: stageSteps });
      pages += doc.ocr?.pages.length ?? 0;
      read.push(doc.rawText);
    }
    const ms = performance.now() - started;
    const cpuPerPage = (cpuSeconds() - cpuBefore) / pages;
    const digitMs = digitReaderTime.ms - before.ms;
    const crops = digitReaderTime.crops - before.crops;
    const handMs = handDigitTime.ms - handBefore.ms;
    const handCrops = handDigitTime.crops - handBefore.crops;
    const how = engine instanceof NativeTesseractEngine ? (engine.inProcess() ? ' (libtesseract in process)' : ' (the command per image)') : '';
    console.log(
      `${(engine.name + how).padEnd(22)} ${pages} pages in ${(ms / 1000).toFixed(1)} s = ${((pages * 1000) / ms).toFixed(2)} pages/s on one core;` +
        ` digit reader ${crops} blanks in ${Math.round(digitMs)} ms (${crops ? Math.round(digitMs / crops) : 0} ms a blank) = ${((100 * digitMs) / ms).toFixed(1)}% of the time;` +
        ` hand-digit reader ${handCrops} blanks in ${handMs.toFixed(1)} ms (${handCrops ? (handMs / handCrops).toFixed(2) : 0} ms a blank) = ${((100 * handMs) / ms).toFixed(2)}%`,
    );
    const share = (step: keyof typeof ocrStageTime) => `${step} ${((100 * (ocrStageTime[step] - stepsBefore[step])) / ms).toFixed(1)}%`;
    const target = !(engine instanceof TesseractJsEngine);
    console.log(
      `${''.padEnd(22)} shares: ${(['render', 'prepare', 'recognize', 'blanks', 'signature', 'layout'] as const).map(share).join(', ')} (blanks include the digit readers); ${ocrStageTime.retries - stepsBefore.retries} pages read again at 1.5× (confidence under 75%)` +
        (target && nativePagesPerSecond
          ? `; ${((pages * 1000) / ms / nativePagesPerSecond).toFixed(2)}× the native command alone on the same pages (${nativePagesPerSecond.toFixed(2)} pages/s; target 1.00×);` +
            ` ${cpuPerPage.toFixed(2)} CPU-s/page (vanban and its processes) = ${(nativeCpuPerPage / cpuPerPage).toFixed(2)}× the command's pages per CPU-second (${nativeCpuPerPage.toFixed(2)} CPU-s/page)`
          : ''),
    );
    const command = engines.find((e) => e instanceof NativeTesseractEngine && !e.inProcess());
    if (command && engine !== command && engine instanceof NativeTesseractEngine) {
      const same = read.filter((text, i) => text === texts.get(command)![i]).length;
      console.log(`${''.padEnd(22)} the same text as the command per image on ${same} of ${read.length} scans`);
    }
    await engine.close();
  }
  console.log(`digit reader's model loaded once per thread in ${Math.round(digitReaderTime.loadMs)} ms, the hand-digit reader's weights in ${Math.round(handDigitTime.loadMs)} ms (not counted above)`);
}

const FIELDS = ['docType', 'number.symbol', 'date', 'place', 'issuer', 'title', 'signer.name'];

async function accuracy(): Promise<void> {
  const golds = existsSync(SCANS) ? readdirSync(SCANS).filter((f) => f.endsWith('.json')) : [];
  // Each step flipped from what vanban does: off for the steps it uses, on for those it leaves off.
  const flip = (name: string, on: boolean) => `${on ? '− without' : '+ with'} ${name}`;
  const variants: Array<[string, PreparationSteps]> = [
    ['vanban (chosen steps)', PREPARATION],
    [flip('coloured ink dropped', PREPARATION.dropColouredInk), { ...PREPARATION, dropColouredInk: !PREPARATION.dropColouredInk }],
    [flip('upscaling', PREPARATION.upscaleBelowDpi > 0), { ...PREPARATION, upscaleBelowDpi: PREPARATION.upscaleBelowDpi > 0 ? 0 : 200 }],
    [flip('deskew', PREPARATION.deskew), { ...PREPARATION, deskew: !PREPARATION.deskew }],
    [flip('adaptive threshold', PREPARATION.adaptiveThreshold), { ...PREPARATION, adaptiveThreshold: !PREPARATION.adaptiveThreshold }],
    [flip('median denoise', PREPARATION.denoise), { ...PREPARATION, denoise: !PREPARATION.denoise }],
    [flip('print fitted (native)', PREPARATION.fitPrint), { ...PREPARATION, fitPrint: !PREPARATION.fitPrint }],
  ];
  const engine = nativeOnly ? createOcrEngine('native') : new TesseractJsEngine();
  console.log(`\naccuracy (${engine.name}) on ${golds.length} scans with gold (soft, header fields ${FIELDS.join(', ')}; OCR'd documents only):`);
  console.log('variant'.padEnd(30), 'fields'.padEnd(8), 'mean OCR conf'.padEnd(14), 's/doc');
  for (const [name, steps] of variants) {
    let right = 0;
    let total = 0;
    const confidences = [];
    const started = performance.now();
    let documents = 0;
    for (const g of golds) {
      const file = join(SCANS, g.replace(/\.json$/, '.pdf'));
      const buf = readFileSync(file);
      const raw = await readBuffer(buf, file);
      if (!raw.needsOcr) continue;
      documents++;
      const doc = normalizeDocument(await ocrDocument(raw, buf, engine, { steps }));
      const record = extractRecord(doc, { includeText: false });
      confidences.push(doc.ocr?.confidence ?? 0);
      const scores = scoreDocument(JSON.parse(readFileSync(join(SCANS, g), 'utf8')) as Gold, record);
      for (const field of FIELDS) {
        const s = scores[field];
        if (!s || typeof s.soft !== 'boolean') continue;
        total++;
        if (s.soft) right++;
      }
    }
    const perDoc = (performance.now() - started) / 1000 / Math.max(1, documents);
    console.log(name.padEnd(30), `${right}/${total}`.padEnd(8), mean(confidences).toFixed(3).padEnd(14), perDoc.toFixed(1));
  }
  await engine.close();
}

const scans = await ocrScans();
const nativePagesPerSecond = await speed(scans);
await stage(scans, nativePagesPerSecond);
if (args.includes('--steps')) await accuracy();
