/**
 * `npm run eval`: runs extraction on every document that has a gold file and prints strict and soft
 * scores per field and per set, the held-out (aside) part first.
 *
 * Where gold comes from:
 * - ../shared/seeds (gold in gold/) and ../shared/dev/<set>/ (gold beside the document; a vbpl gold
 *   file scores both the DOCX and the PDF);
 * - tests/eval/gold/<set>/<id>.json, labelled by hand in this repository (../shared/GOLD.md): a
 *   file whose id has shared gold adds its fields to it (task labels for the office set); any
 *   other names its document in ../shared/dev/<set>/, or (`<id>-p<first>-<last>`) pages of one;
 * - tests/eval/gold/corpus/doc_000NNN.json names a document of ../shared/corpus/vbpl-0001-0700.txt.gz
 *   (the lines after its `=== doc_000NNN` line up to the next `===`), written to a .txt file and
 *   scored as text (set "corpus"; a fresh test of legal texts nobody tuned on, issue 17).
 * A set whose documents are of several kinds (scan, text-pdf, docx, doc) is reported per kind.
 * Where poppler-utils is installed, the vbpl PDFs are also scored as `pdftotext -layout` text.
 *
 * Held out: about a third of every set (by a hash of the document id, so it never depends on
 * who labelled what) is kept aside. Its figures come first; its misses are not printed by
 * --verbose, so rules are tuned on the rest and judged on documents nobody tuned on.
 *
 * Options: --verbose prints every soft mismatch of the tuning part (with --strict: every strict
 * one; with --aside: of the aside part too); --set NAME limits to sets starting with NAME; --ids A,B only those documents;
 * --no-scans leaves out the scan sets (quick runs on text rules); --json prints the tables as JSON; --cache DIR keeps each file's read and OCR'd document there;
 * --outcomes FILE writes every judged value (with its confidence) as JSON.
 *
 * Then calibration: per field over every set, a reliability table (confidence bins → share right)
 * and the expected calibration error, the threshold that the labelled values say keeps values
 * above it right 98% of the time, and per set the share of values the record sends to review
 * (`review: true`) and how often the others are right — the aside part and the tuning part apart.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pLimit from 'p-limit';
import { PDFDocument } from 'pdf-lib';
import type { VanbanRecord } from '../../pipeline/core/record.js';
import { closeOcrEngines, readDocument } from '../../pipeline/run/index.js';
import { extractDocument } from '../../pipeline/run/stages.js';
import type { RawDocument } from '../../pipeline/core/model.js';
import type { TaskCandidate } from '../../extractors/tasks/candidates.js';
import { f1, scoreDocument, type DocumentScores, type FieldScore, type Gold, type ListScore } from './score.js';
import { CALIBRATED_FIELDS, calibrationMap, outcomes, reliability, thresholdFor, type Outcome } from './calibration.js';

const SHARED = resolve(process.env.VANBAN_SHARED ?? join(import.meta.dirname, '../../../shared'));
const LOCAL_GOLD = join(import.meta.dirname, 'gold');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const showAside = args.includes('--aside');
const mode = args.includes('--strict') ? 'strict' : 'soft';
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
// --ids a,b,c: only those documents (a fresh test's figures apart from its set's).
const onlyIds = args.includes('--ids') ? new Set(args[args.indexOf('--ids') + 1]!.split(',')) : undefined;
/** --no-scans: text documents only (quick runs while tuning text rules; scans take minutes to OCR). */
const noScans = args.includes('--no-scans');
const isScanSet = (set: string) => set.endsWith('-scan') || set === 'office-split';
const cacheDir = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
const dumpCandidates = args.includes('--candidates') ? args[args.indexOf('--candidates') + 1] : undefined;
const candidateRows: unknown[] = [];

/**
 * The raw document of a file (read and OCR'd), kept in `--cache DIR` by content hash when asked:
 * scoring a change of the normalizer or the extractors again then takes seconds, not OCR's minutes.
 */
async function rawDocumentOf(file: string): Promise<RawDocument> {
  const buf = readFileSync(file);
  if (!cacheDir) return readDocument(buf, file);
  const cached = join(cacheDir, `${createHash('sha256').update(buf).digest('hex')}.json`);
  if (existsSync(cached)) {
    const raw = JSON.parse(readFileSync(cached, 'utf8')) as RawDocument;
    return { ...raw, source: { ...raw.source, path: file } };
  }
  const raw = await readDocument(buf, file);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(raw));
  return raw;
}

type Part = 'aside' | 'tune';

interface Case {
  set: string;
  gold: Gold;
  file: string;
  part: Part;
  /** For a document cut out of a shared file: where `file` is made from. */
  cut?: PageRange;
}

interface PageRange {
  source: string;
  first: number;
  last: number;
}

/** About one document in three is held out, chosen by its id alone. */
export function partOf(id: string): Part {
  return createHash('sha1').update(id).digest()[0]! % 3 === 0 ? 'aside' : 'tune';
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Gold;
const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

/** Gold labelled in this repository for `set`, by id. */
function localGold(set: string): Map<string, Gold> {
  const dir = join(LOCAL_GOLD, set);
  return new Map(jsonFiles(dir).map((g) => [basename(g, '.json'), readJson(join(dir, g))]));
}

/**
 * A document cut out of a multi-document scan (`<id>-p<first>-<last>`: those pages of the shared
 * file whose name starts with `<id>__`), made once per run with pdf-lib, which copies the pages'
 * objects (the scanned images) unchanged. Copies of dossiers are not kept in the repository.
 */
function pagesCutOut(id: string): PageRange | null {
  const match = /^([0-9a-f]{10})-p(\d+)-(\d+)$/.exec(id);
  if (!match) return null;
  const devRoot = join(SHARED, 'dev');
  const sets = existsSync(devRoot) ? readdirSync(devRoot, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const { name } of sets) {
    const dir = join(devRoot, name);
    const source = readdirSync(dir).find((f) => f.startsWith(`${match[1]}__`) && f.endsWith('.pdf'));
    if (source) return { source: join(dir, source), first: Number(match[2]), last: Number(match[3]) };
  }
  return null;
}

let cutFolder: string | null = null;
function cutDir(): string {
  if (!cutFolder) {
    cutFolder = mkdtempSync(join(tmpdir(), 'vanban-cut-'));
    process.on('exit', () => rmSync(cutFolder!, { recursive: true, force: true }));
  }
  return cutFolder;
}

let corpusTexts: Map<string, string> | null = null;
/**
 * The text of corpus document `id` (`doc_000NNN`) written to a .txt file in the cut-out folder, or
 * null where the corpus lacks it. The corpus is one gzip file of documents each opened by `=== id`.
 */
function corpusDocument(id: string): string | null {
  if (!corpusTexts) {
    const corpus = join(SHARED, 'corpus/vbpl-0001-0700.txt.gz');
    const text = existsSync(corpus) ? gunzipSync(readFileSync(corpus)).toString('utf8') : '';
    corpusTexts = new Map(text.split(/^=== /m).slice(1).map((part) => [part.slice(0, part.indexOf('\n')).trim(), part.slice(part.indexOf('\n') + 1)]));
  }
  const text = corpusTexts.get(id);
  if (text === undefined) return null;
  const file = join(cutDir(), `${id}.txt`);
  writeFileSync(file, text);
  return file;
}

/** Writes the page ranges `pagesCutOut` asked for (pdf-lib is asynchronous, discovery is not). */
async function writeCutOuts(cases: Case[]): Promise<void> {
  for (const { cut, file } of cases) {
    if (!cut) continue;
    const from = await PDFDocument.load(readFileSync(cut.source), { ignoreEncryption: true });
    // No creation/modification dates: the same pages make the same bytes, so `--cache` finds them again.
    const to = await PDFDocument.create({ updateMetadata: false });
    const pages = Array.from({ length: cut.last - cut.first + 1 }, (_, i) => cut.first - 1 + i);
    for (const page of await to.copyPages(from, pages)) to.addPage(page);
    writeFileSync(file, await to.save());
  }
}

function casesFor(set: string, dir: string, goldDir: string): Case[] {
  const local = localGold(set);
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const cases: Case[] = [];
  const add = (id: string, gold: Gold, documents: string[], folder: string, cut?: PageRange) => {
    for (const doc of documents) {
      const ext = doc.split('.').pop()!;
      cases.push({ set: documents.length > 1 ? `${set}-${ext}` : set, gold, file: join(folder, doc), part: partOf(id), cut });
    }
  };
  for (const g of jsonFiles(goldDir)) {
    const id = basename(g, '.json');
    // Labels made here add to the shared gold (task labels for the office set).
    const gold = { ...readJson(join(goldDir, g)), ...(local.get(id) ?? {}) };
    local.delete(id);
    add(id, gold, files.filter((f) => f.startsWith(id) && !f.endsWith('.json')), dir);
  }
  for (const [id, gold] of local) {
    if (existsSync(join(dir, gold.file))) {
      add(id, gold, [gold.file], dir);
      continue;
    }
    const text = set === 'corpus' ? corpusDocument(id) : null;
    if (text) {
      add(id, gold, [basename(text)], cutDir());
      continue;
    }
    const cut = pagesCutOut(id);
    if (cut) add(id, gold, [`${id}.pdf`], cutDir(), cut);
    else console.error(`tests/eval/gold/${set}/${id}.json: its file ${gold.file} is not in ${dir}, and ${id} names no pages of a shared file.`);
  }
  // A set that mixes kinds of document (scans, text PDFs, DOCX, DOC) is reported per kind.
  const kinds = new Set(cases.map((c) => c.gold.kind).filter(Boolean));
  if (kinds.size > 1) for (const c of cases) c.set = `${set}-${c.gold.kind}`;
  return cases;
}

function allCases(): Case[] {
  const cases = casesFor('seeds', join(SHARED, 'seeds'), join(SHARED, 'seeds/gold'));
  const devRoot = join(SHARED, 'dev');
  const sets = new Set<string>();
  for (const root of [devRoot, LOCAL_GOLD]) {
    if (!existsSync(root)) continue;
    // The seeds' corrections (LOCAL_GOLD/seeds) were merged above.
    for (const d of readdirSync(root, { withFileTypes: true })) if (d.isDirectory() && d.name !== 'seeds') sets.add(d.name);
  }
  for (const set of [...sets].sort()) cases.push(...casesFor(set, join(devRoot, set), join(devRoot, set)));
  cases.push(...layoutTextCases(cases));
  return cases.filter((c) => (!onlySet || c.set.startsWith(onlySet)) && (!onlyIds || onlyIds.has(c.gold.id)) && !(noScans && isScanSet(c.set)));
}

/**
 * The vbpl PDFs once more as text laid out with spaces (`pdftotext -layout`, where poppler-utils
 * is installed): the shape of text exported from PDFs that reaches an archive as .txt. Set
 * "layout-txt"; skipped on machines without pdftotext.
 */
function layoutTextCases(cases: Case[]): Case[] {
  const pdfs = cases.filter((c) => c.set === 'vbpl-pdf');
  if (pdfs.length === 0 || spawnSync('pdftotext', ['-v']).error) return [];
  const dir = mkdtempSync(join(tmpdir(), 'vanban-layout-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const layout: Case[] = [];
  for (const c of pdfs) {
    const out = join(dir, `${basename(c.file, '.pdf')}.txt`);
    if (spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', c.file, out]).status === 0) layout.push({ ...c, set: 'layout-txt', file: out });
  }
  return layout;
}

type Tally = { strict: number; soft: number; n: number } | { strict: ListScore; soft: ListScore; n: number } | { strict: FieldScore; soft: FieldScore; n: number };
type Totals = Record<string, Tally>;

function add(totals: Totals, scores: DocumentScores): void {
  for (const [field, s] of Object.entries(scores)) {
    if (typeof s.strict === 'boolean') {
      const t = (totals[field] ??= { strict: 0, soft: 0, n: 0 }) as { strict: number; soft: number; n: number };
      t.strict += s.strict ? 1 : 0;
      t.soft += (s.soft as boolean) ? 1 : 0;
      t.n++;
    } else if ('correct' in s.strict) {
      const t = (totals[field] ??= { strict: { correct: 0, total: 0 }, soft: { correct: 0, total: 0 }, n: 0 }) as { strict: FieldScore; soft: FieldScore; n: number };
      for (const m of ['strict', 'soft'] as const) {
        const src = s[m] as FieldScore;
        t[m].correct += src.correct;
        t[m].total += src.total;
      }
      t.n++;
    } else {
      const t = (totals[field] ??= { strict: { tp: 0, fp: 0, fn: 0 }, soft: { tp: 0, fp: 0, fn: 0 }, n: 0 }) as { strict: ListScore; soft: ListScore; n: number };
      for (const m of ['strict', 'soft'] as const) {
        const src = s[m] as ListScore;
        t[m].tp += src.tp;
        t[m].fp += src.fp;
        t[m].fn += src.fn;
      }
      t.n++;
    }
  }
}

/** A tally as a share: accuracy for fields, F1 for lists, share right for task deadlines; null when nothing was scored. */
function share(t: Tally, m: 'strict' | 'soft'): number | null {
  const v = t[m];
  if (typeof v === 'number') return v / t.n;
  if ('correct' in v) return v.total ? v.correct / v.total : null;
  return f1(v);
}

function describe(field: string, gold: Gold, record: VanbanRecord): string {
  const pick: Record<string, [unknown, unknown]> = {
    docType: [gold.docType, record.docType?.code],
    number: [gold.number, record.number && { seq: record.number.seq, symbol: record.number.symbol }],
    'number.seq': [gold.number?.seq, record.number?.seq],
    'number.symbol': [gold.number?.symbol, record.number?.symbol],
    place: [gold.place, record.place?.value],
    date: [gold.date, record.date && { year: record.date.year, month: record.date.month, day: record.date.day }],
    issuer: [gold.issuer?.name, record.issuer?.name],
    'issuer.lines': [gold.issuer?.lines, record.issuer?.lines],
    title: [gold.title, record.title?.value],
    'signer.name': [gold.signer?.name, record.signer?.name],
    'signer.authority': [gold.signer?.authority, record.signer?.authority],
    'signer.lines': [gold.signer?.lines, record.signer?.lines],
    archive: [gold.archive, record.archive?.value],
    addressees: [gold.addressees, record.addressees.map((a) => a.name)],
    recipients: [gold.recipients, record.recipients.map((r) => r.name)],
    citations: [(gold.citations ?? []).map((c) => c.number ?? c.name), record.citations.map((c) => c.number ?? c.name)],
    'citations+date+issuer': [(gold.citations ?? []).map((c) => `${c.number ?? c.name} ${c.date} ${c.issuer}`), record.citations.map((c) => `${c.number ?? c.name} ${c.date} ${c.issuer}`)],
    tasks: [gold.tasks?.map((t) => `${t.section} ${t.lead.join('; ')}`), record.tasks.map((t) => `${t.section} ${t.lead.join('; ')}`)],
    'tasks.deadline': [gold.tasks?.map((t) => `${t.section} ${t.deadline ?? t.deadlineText ?? '—'}`), record.tasks.map((t) => `${t.section} ${t.deadline ?? '—'}`)],
  };
  const [g, p] = pick[field] ?? [undefined, undefined];
  return `    gold: ${JSON.stringify(g)}\n    got:  ${JSON.stringify(p)}`;
}

const pct = (x: number | null) => (x === null ? '—' : (x * 100).toFixed(1)).padStart(5);
const LABEL_WIDTH = 26;

/** Prints one part's table (fields × sets) and returns it for --json. */
function printTable(title: string, cases: Case[], scored: Map<Case, DocumentScores>): Record<string, Record<string, { strict: number | null; soft: number | null }>> {
  const bySet = new Map<string, Totals>();
  const overall: Totals = {};
  for (const c of cases) {
    const scores = scored.get(c);
    if (!scores) continue;
    add((bySet.get(c.set) ?? bySet.set(c.set, {}).get(c.set))!, scores);
    add(overall, scores);
  }
  const sets = [...bySet.keys()].sort();
  const columns = [...sets, 'all'];
  const count = (set: string) => cases.filter((c) => set === 'all' || c.set === set).length;
  const width = Math.max(14, ...columns.map((s) => `${s} (${count(s)})`.length));
  console.log(`\n${title}`);
  console.log(['field'.padEnd(LABEL_WIDTH), ...columns.map((s) => `${s} (${count(s)})`.padEnd(width))].join(' '));
  console.log([''.padEnd(LABEL_WIDTH), ...columns.map(() => 'strict  soft'.padEnd(width))].join(' '));
  const table: Record<string, Record<string, { strict: number | null; soft: number | null }>> = {};
  for (const field of Object.keys(overall)) {
    const cells = columns.map((set) => {
      const t = (set === 'all' ? overall : bySet.get(set)!)[field];
      if (!t) return '    —      —'.padEnd(width);
      const strict = share(t, 'strict');
      const soft = share(t, 'soft');
      (table[field] ??= {})[set] = { strict, soft };
      return `${pct(strict)}  ${pct(soft)}`.padEnd(width);
    });
    const t = overall[field]!;
    const label = typeof t.strict === 'number' ? field : 'correct' in t.strict ? `${field} (acc.)` : `${field} (F1)`;
    console.log([label.padEnd(LABEL_WIDTH), ...cells].join(' '));
  }
  return table;
}

const share1 = (values: Outcome[]) => (values.length ? values.filter((v) => v.correct).length / values.length : null);

/** The reliability table per field, its ECE and measured threshold, and the review flags per set; returned for --json. */
function printCalibration(cases: Case[], judged: Map<Case, Outcome[]>, uncalibrated: Map<Case, Outcome[]>) {
  const of = (part: Part | 'all', field?: string) =>
    cases.filter((c) => part === 'all' || c.part === part).flatMap((c) => (judged.get(c) ?? []).filter((o) => !field || o.field === field));
  console.log('\nCALIBRATION — confidence bins → share right (n), per field; ECE; the lowest threshold keeping values above it ≥ 98% right');
  const result: Record<string, unknown> = {};
  for (const field of CALIBRATED_FIELDS) {
    const line: string[] = [];
    const entry: Record<string, unknown> = {};
    for (const part of ['tune', 'aside', 'all'] as const) {
      const values = of(part, field);
      if (values.length === 0) continue;
      const table = reliability(values);
      entry[part] = {
        ...table,
        threshold: thresholdFor(values),
        unflaggedRight: share1(values.filter((v) => !v.review)),
        flagged: values.filter((v) => v.review).length / values.length,
      };
      line.push(
        `  ${part.padEnd(5)} n=${String(values.length).padStart(4)}  ECE ${(table.ece * 100).toFixed(1).padStart(4)}  ≥98% from ${String(thresholdFor(values) ?? '—').padStart(4)}  ` +
          `review ${pct(values.filter((v) => v.review).length / values.length)}%  others right ${pct(share1(values.filter((v) => !v.review)))}%\n` +
          `        ${table.bins.map((b) => `[${b.from.toFixed(2)},${b.to.toFixed(2)}) ${pct(b.shareCorrect)}% (${b.n})`).join('  ')}`,
      );
    }
    if (line.length === 0) continue;
    result[field] = entry;
    console.log(`${field}\n${line.join('\n')}`);
  }
  // The maps data/review-thresholds.ts CALIBRATION is read from: tuning part, confidences before calibration, text and OCR apart.
  const learnFrom = cases.filter((c) => c.part === 'tune').flatMap((c) => uncalibrated.get(c) ?? []);
  const maps: Record<string, ReturnType<typeof calibrationMap>> = {};
  for (const field of CALIBRATED_FIELDS) {
    for (const source of ['text', 'ocr'] as const) {
      const values = learnFrom.filter((o) => o.field === field && o.source === source);
      if (values.length) maps[source === 'ocr' ? `${field}:ocr` : field] = calibrationMap(values);
    }
  }
  console.log(`\nCALIBRATION MAPS (tuning part, before calibration; from → share right, n)\n${Object.entries(maps)
    .map(([key, map]) => `${key.padEnd(16)} ${map.map((b) => `${b.from.toFixed(2)}→${b.share.toFixed(3)} (${b.n})`).join('  ')}`)
    .join('\n')}`);
  // The thresholds data/review-thresholds.ts is read from: tuning part, after calibration, text and OCR apart.
  const thresholds: Record<string, number | null> = {};
  const tuned = cases.filter((c) => c.part === 'tune').flatMap((c) => judged.get(c) ?? []);
  for (const source of ['text', 'ocr'] as const) {
    for (const field of CALIBRATED_FIELDS) {
      const values = tuned.filter((o) => o.field === field && o.source === source);
      if (values.length) thresholds[source === 'ocr' ? `${field}:ocr` : field] = thresholdFor(values);
    }
  }
  console.log(`\nTHRESHOLDS (tuning part; the lowest confidence at or above which values were right ≥ 98%; — none)\n${Object.entries(thresholds)
    .map(([key, t]) => `${key}=${t ?? '—'}`)
    .join('  ')}`);
  console.log('\nREVIEW per set — share of values sent to review; share right of the values not sent (aside | tuning)');
  const sets = [...new Set(cases.map((c) => c.set))].sort();
  const perSet: Record<string, unknown> = {};
  for (const set of sets) {
    const cells = (['aside', 'tune'] as const).map((part) => {
      const values = cases.filter((c) => c.set === set && c.part === part).flatMap((c) => judged.get(c) ?? []);
      const kept = values.filter((v) => !v.review);
      (perSet[set] ??= {} as Record<string, unknown>) as Record<string, unknown>;
      (perSet[set] as Record<string, unknown>)[part] = { n: values.length, review: values.length ? 1 - kept.length / values.length : null, keptRight: share1(kept) };
      return values.length ? `review ${pct(1 - kept.length / values.length)}%  kept right ${pct(share1(kept))}% (${values.length})` : '—';
    });
    console.log(`${set.padEnd(LABEL_WIDTH)} ${cells[0]!.padEnd(44)} | ${cells[1]}`);
  }
  return { fields: result, sets: perSet, maps, thresholds };
}

async function main(): Promise<void> {
  const cases = allCases();
  await writeCutOuts(cases);
  if (cases.length === 0) {
    console.error(`No gold files found under ${SHARED} (set VANBAN_SHARED to the shared folder).`);
    process.exit(2);
  }
  /** What a refused document gives: nothing. */
  const REFUSED = { docType: null, number: null, place: null, date: null, issuer: null, title: null, addressees: [], signer: null, archive: null, recipients: [], citations: [], tasks: [] } as unknown as VanbanRecord;
  const scored = new Map<Case, DocumentScores>();
  const records = new Map<Case, VanbanRecord>();
  const uncalibrated = new Map<Case, Outcome[]>();
  // Documents are read side by side (OCR has one worker per core); the results print in order.
  const limit = pLimit(availableParallelism());
  await Promise.all(
    cases.map((c) =>
      limit(async () => {
        try {
          const raw = await rawDocumentOf(c.file);
          // --candidates FILE: the task candidates the clause scorer weighed and the tasks found, per labelled document (for
          // scripts/train-task-scorer.ts). Tuning documents only: an aside document's gold beside its candidates is its misses.
          const weighed: TaskCandidate[] | undefined = dumpCandidates && c.gold.tasks && c.part === 'tune' ? [] : undefined;
          const { record } = extractDocument(raw, { includeText: false, tasks: weighed && { candidates: weighed } });
          if (weighed) candidateRows.push({ set: c.set, part: c.part, id: c.gold.id, gold: c.gold.tasks, candidates: weighed.map(({ task, features, covered }) => ({ section: task.section, lead: task.lead, covered, features })) });
          records.set(c, record);
          // The confidences before the calibration maps: what the maps are learned from.
          uncalibrated.set(c, outcomes(c.gold, extractDocument(raw, { includeText: false, calibrate: false }).record));
          scored.set(c, scoreDocument(c.gold, record));
        } catch (error) {
          // A document vanban refuses still counts: every field it has in gold is a miss.
          console.error(`${c.file}: ${error instanceof Error ? error.message : error}`);
          records.set(c, REFUSED);
          scored.set(c, scoreDocument(c.gold, REFUSED));
        }
      }),
    ),
  );
  if (verbose) {
    for (const c of cases) {
      const scores = scored.get(c);
      if (!scores || (c.part === 'aside' && !showAside)) continue;
      for (const [field, s] of Object.entries(scores)) {
        const score = s[mode];
        const ok = typeof score === 'boolean' ? score : 'correct' in score ? score.correct === score.total : score.fp + score.fn === 0;
        if (!ok) console.log(`✗ ${c.set} ${basename(c.file)} ${field}\n${describe(field, c.gold, records.get(c) ?? REFUSED)}`);
      }
    }
  }
  const failed = cases.filter((c) => !scored.has(c)).length;
  const aside = printTable('ASIDE — held out, never tuned on (about a third of every set)', cases.filter((c) => c.part === 'aside'), scored);
  const tune = printTable('TUNING — the rest', cases.filter((c) => c.part === 'tune'), scored);
  const all = printTable('ALL', cases, scored);
  // Issue 25: documents that assign nothing (gold `tasks: []`: reports, proposals, letters that inform) must give no task.
  console.log('\nTASKS INVENTED on documents that assign nothing (gold tasks: [])');
  for (const [label, part] of [['aside', 'aside'], ['tuning', 'tune']] as const) {
    const none = cases.filter((c) => c.part === part && c.gold.tasks?.length === 0);
    const invented = none.map((c) => records.get(c)?.tasks.length ?? 0);
    console.log(`${label.padEnd(8)} ${invented.reduce((a, b) => a + b, 0)} task(s) in ${invented.filter((n) => n > 0).length} of ${none.length} document(s)`);
  }
  // --counts: the tasks found right, invented and missed per part and set (totals only: an aside document's misses stay unseen).
  if (args.includes('--counts')) {
    console.log('\nTASK COUNTS (soft) — right / invented / missed');
    for (const part of ['aside', 'tune'] as const) {
      const bySet = new Map<string, ListScore>();
      for (const c of cases.filter((x) => x.part === part)) {
        const s = scored.get(c)?.tasks?.soft as ListScore | undefined;
        if (!s) continue;
        for (const key of [c.set, 'all']) {
          const t = bySet.get(key) ?? bySet.set(key, { tp: 0, fp: 0, fn: 0 }).get(key)!;
          t.tp += s.tp;
          t.fp += s.fp;
          t.fn += s.fn;
        }
      }
      console.log(`${part.padEnd(6)} ${[...bySet].map(([set, t]) => `${set} ${t.tp}/${t.fp}/${t.fn}`).join('  ')}`);
    }
  }
  if (failed) console.log(`\n${failed} document(s) could not be read (said above); their fields are not scored.`);
  const judged = new Map([...records].map(([c, record]) => [c, outcomes(c.gold, record)]));
  const calibration = printCalibration(cases, judged, uncalibrated);
  // --outcomes FILE: every judged value (set, part, file, field, confidence, right, review, reason), for a closer look.
  if (args.includes('--outcomes')) {
    const rows = cases.flatMap((c) => (judged.get(c) ?? []).map((o) => ({ set: c.set, part: c.part, file: basename(c.file), ...o })));
    writeFileSync(args[args.indexOf('--outcomes') + 1]!, JSON.stringify(rows));
  }
  if (args.includes('--json')) console.log(JSON.stringify({ aside, tune, all, calibration }, null, 2));
  if (dumpCandidates) writeFileSync(dumpCandidates, JSON.stringify(candidateRows));
}

try {
  await main();
} finally {
  await closeOcrEngines();
}
