/**
 * `npm run eval`: runs extraction on every document that has a gold file and prints strict and soft
 * scores per field and per set. Sets: ../shared/seeds (gold in gold/), ../shared/dev/<set>/ (gold
 * beside the document; a vbpl gold file scores both the DOCX and the PDF).
 *
 * Where poppler-utils is installed, the vbpl PDFs are also scored as `pdftotext -layout` text.
 *
 * Options: --verbose prints every soft mismatch (with --strict: every strict one); --set NAME limits to
 * one set; --json prints the table as JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { closeOcrEngines } from '../../pipeline/ocr/index.js';
import { processFile } from '../../pipeline/run/stages.js';
import type { VanbanRecord } from '../../pipeline/core/record.js';
import { f1, scoreDocument, type DocumentScores, type Gold, type ListScore } from './score.js';

const SHARED = resolve(process.env.VANBAN_SHARED ?? join(import.meta.dirname, '../../../shared'));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const mode = args.includes('--strict') ? 'strict' : 'soft';
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

interface Case {
  set: string;
  gold: Gold;
  file: string;
}

function casesFor(set: string, dir: string, goldDir: string): Case[] {
  if (!existsSync(goldDir)) return [];
  const files = readdirSync(dir);
  const cases: Case[] = [];
  for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, g), 'utf8')) as Gold;
    const id = basename(g, '.json');
    const documents = files.filter((f) => f.startsWith(id) && !f.endsWith('.json'));
    for (const doc of documents) {
      const ext = doc.split('.').pop()!;
      cases.push({ set: documents.length > 1 ? `${set}-${ext}` : set, gold, file: join(dir, doc) });
    }
  }
  return cases;
}

function allCases(): Case[] {
  const cases = casesFor('seeds', join(SHARED, 'seeds'), join(SHARED, 'seeds/gold'));
  const devRoot = join(SHARED, 'dev');
  if (existsSync(devRoot)) {
    for (const set of readdirSync(devRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      cases.push(...casesFor(set, join(devRoot, set), join(devRoot, set)));
    }
  }
  cases.push(...layoutTextCases(cases));
  return cases.filter((c) => !onlySet || c.set.startsWith(onlySet));
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
    if (spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', c.file, out]).status === 0) layout.push({ set: 'layout-txt', gold: c.gold, file: out });
  }
  return layout;
}

type Totals = Record<string, { strict: number; soft: number; n: number } | { strict: ListScore; soft: ListScore; n: number }>;

function add(totals: Totals, scores: DocumentScores): void {
  for (const [field, s] of Object.entries(scores)) {
    if (typeof s.strict === 'boolean') {
      const t = (totals[field] ??= { strict: 0, soft: 0, n: 0 }) as { strict: number; soft: number; n: number };
      t.strict += s.strict ? 1 : 0;
      t.soft += (s.soft as boolean) ? 1 : 0;
      t.n++;
    } else {
      const t = (totals[field] ??= { strict: { tp: 0, fp: 0, fn: 0 }, soft: { tp: 0, fp: 0, fn: 0 }, n: 0 }) as { strict: ListScore; soft: ListScore; n: number };
      for (const mode of ['strict', 'soft'] as const) {
        const src = s[mode] as ListScore;
        t[mode].tp += src.tp;
        t[mode].fp += src.fp;
        t[mode].fn += src.fn;
      }
      t.n++;
    }
  }
}

function describe(field: string, gold: Gold, record: VanbanRecord): string {
  const pick: Record<string, [unknown, unknown]> = {
    docType: [gold.docType, record.docType?.code],
    number: [gold.number, record.number && { seq: record.number.seq, symbol: record.number.symbol }],
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
    citations: [gold.citations.map((c) => c.number ?? c.name), record.citations.map((c) => c.number ?? c.name)],
    'citations+date+issuer': [gold.citations.map((c) => `${c.number ?? c.name} ${c.date} ${c.issuer}`), record.citations.map((c) => `${c.number ?? c.name} ${c.date} ${c.issuer}`)],
    tasks: [gold.tasks?.map((t) => `${t.section} ${t.lead.join('; ')}`), record.tasks.map((t) => `${t.section} ${t.lead.join('; ')}`)],
  };
  const [g, p] = pick[field] ?? [undefined, undefined];
  return `    gold: ${JSON.stringify(g)}\n    got:  ${JSON.stringify(p)}`;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

async function main(): Promise<void> {
  const cases = allCases();
  if (cases.length === 0) {
    console.error(`No gold files found under ${SHARED} (set VANBAN_SHARED to the shared folder).`);
    process.exit(2);
  }
  const bySet = new Map<string, Totals>();
  const overall: Totals = {};
  for (const c of cases) {
    let record: VanbanRecord;
    try {
      record = (await processFile(c.file, { includeText: false })).record;
    } catch (error) {
      console.error(`${c.file}: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    const scores = scoreDocument(c.gold, record);
    add((bySet.get(c.set) ?? bySet.set(c.set, {}).get(c.set))!, scores);
    add(overall, scores);
    if (verbose) {
      for (const [field, s] of Object.entries(scores)) {
        const score = s[mode];
        const ok = typeof score === 'boolean' ? score : score.fp + score.fn === 0;
        if (!ok) console.log(`✗ ${c.set} ${basename(c.file)} ${field}\n${describe(field, c.gold, record)}`);
      }
    }
  }
  const sets = [...bySet.keys()].sort();
  const fields = Object.keys(overall);
  const columns = [...sets, 'all'];
  const count = (set: string) => (set === 'all' ? cases.length : cases.filter((c) => c.set === set).length);
  console.log(['field'.padEnd(26), ...columns.map((s) => `${s} (${count(s)})`.padEnd(14))].join(' '));
  console.log([''.padEnd(26), ...columns.map(() => 'strict  soft'.padEnd(14))].join(' '));
  const table: Record<string, Record<string, { strict: number; soft: number }>> = {};
  for (const field of fields) {
    const cells: string[] = [];
    for (const set of [...sets, 'all']) {
      const t = (set === 'all' ? overall : bySet.get(set)!)[field];
      if (!t) {
        cells.push('    —      —'.padEnd(14));
        continue;
      }
      const strict = typeof t.strict === 'number' ? t.strict / t.n : f1(t.strict);
      const soft = typeof t.soft === 'number' ? t.soft / t.n : f1(t.soft as ListScore);
      (table[field] ??= {})[set] = { strict, soft };
      cells.push(`${pct(strict)}  ${pct(soft)}`.padEnd(14));
    }
    const label = typeof overall[field]!.strict === 'number' ? field : `${field} (F1)`;
    console.log([label.padEnd(26), ...cells].join(' '));
  }
  if (args.includes('--json')) console.log(JSON.stringify(table, null, 2));
}

try {
  await main();
} finally {
  await closeOcrEngines();
}
