/**
 * `npx tsx scripts/build-person-names.ts`: writes `data/person-names.ts`, the model of Vietnamese
 * personal names the signer's name is repaired with on scans (how often each syllable is a middle
 * or a last name, among distinct people).
 *
 * Sources, all typed text (marks as their bearers spell them), never an OCR reading:
 * - the shared legal corpus (`../shared/corpus`, see its README): every line that is a name alone
 *   (its signature tables are read one cell line per line, so a signer's name is a line of its own)
 *   opening with a family name;
 * - the typed office documents of `../shared/dev/office` and `office-pool` (DOCX, DOC): lines that
 *   are a name alone (a signature's name, a list of members) and names after `Ông`, `Bà`, `Đồng
 *   chí`, `Họ và tên:`;
 * - the hand-labelled signer names of typed documents in `tests/eval/gold` (DOCX, DOC, TXT: no scan,
 *   whose gold the scan sets are measured on).
 * Each distinct full name counts once, so a minister who signs 50 texts weighs as one person.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FAMILY_NAMES, PERSON_NAME_SHAPE } from '../data/layout-patterns.js';
import { readDoc } from '../pipeline/read/doc.js';
import { readDocx } from '../pipeline/read/docx.js';
import { DEFAULT_CORPUS, corpusDocuments } from './corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const GOLD = join(ROOT, 'tests', 'eval', 'gold');
const TYPED = /\.(?:docx|doc|txt)$/i;

/**
 * The documents `npm run eval` holds aside (tests/eval/run-eval.ts partOf: by a hash of the id) give
 * no name: a signer of an aside scan found in the office's own typed files would be measured as
 * repaired by a list that already held him.
 */
const heldAside = (id: string) => createHash('sha1').update(id).digest()[0]! % 3 === 0;

const people = new Set<string>();
const isName = (text: string) => {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && PERSON_NAME_SHAPE.test(text) && FAMILY_NAMES.has(words[0]!) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
};

for (const { text } of corpusDocuments(DEFAULT_CORPUS)) {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/\s+/g, ' ').normalize('NFC');
    if (isName(t)) people.add(t);
  }
}
const beforeOffice = people.size;
/** A name after the words that introduce a person, or a line (a list item's mark allowed) that is one. */
const INTRODUCED = /(?<![\p{L}])(?:Ông|Bà|ông|bà|[Đđ]ồng chí|Họ và tên:?|Tôi tên:?)\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,3})(?![\p{L}])/gu;
const LINE_ITEM = /^(?:\d+[.)]\s*|[-–+•]\s*)?(.+?)\s*$/u;
for (const dir of ['office', 'office-pool'].map((d) => join(ROOT, '..', 'shared', 'dev', d))) {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.(?:docx|doc)$/i.test(f) && !heldAside(f.split('__')[0]!));
  } catch {
    continue;
  }
  for (const file of files) {
    const buf = readFileSync(join(dir, file));
    const text = await (file.toLowerCase().endsWith('.docx') ? readDocx(buf) : readDoc(buf)).then((r) => r.rawText.normalize('NFC'), () => '');
    for (const line of text.split('\n')) {
      const t = line.trim().replace(/\s+/g, ' ');
      const item = LINE_ITEM.exec(t)?.[1];
      if (item && isName(item)) people.add(item);
      for (const m of t.matchAll(INTRODUCED)) if (isName(m[1]!)) people.add(m[1]!);
    }
  }
}
const fromOffice = people.size - beforeOffice;
let fromGold = 0;
for (const dir of readdirSync(GOLD)) {
  if (!statSync(join(GOLD, dir)).isDirectory()) continue;
  for (const file of readdirSync(join(GOLD, dir))) {
    if (!file.endsWith('.json')) continue;
    const gold = JSON.parse(readFileSync(join(GOLD, dir, file), 'utf8')) as { file?: string; signer?: { name?: string | null } };
    const name = gold.signer?.name?.normalize('NFC');
    if (gold.file && TYPED.test(gold.file) && !heldAside(file.replace(/\.json$/, '')) && name && isName(name) && !people.has(name)) {
      people.add(name);
      fromGold++;
    }
  }
}

const middle = new Map<string, number>();
const last = new Map<string, number>();
for (const name of people) {
  const words = name.split(' ');
  for (const w of words.slice(1, -1)) middle.set(w, (middle.get(w) ?? 0) + 1);
  last.set(words.at(-1)!, (last.get(words.at(-1)!) ?? 0) + 1);
}
/** Common given-name syllables (see the generated file's note). */
const COMMON = (
  'An Anh Ánh Bách Bạch Bảo Bắc Bích Biên Bình Bổn Cảnh Cát Châu Chí Chiến Chinh Chính Công Cúc Cường Dạ Danh Diễm Diệp Diệu Doanh Dung Dũng Duy Duyên Dương Đại Đan Đào Đạt Đăng Điệp Định Đông Đức Gấm Giang Hà Hạ Hải Hạnh Hào Hảo Hân Hằng Hậu Hiền Hiển Hiệp Hiếu Hinh Hoa Hòa Hóa Hoài Hoan Hoàn Hoàng Hồng Huấn Huệ Hùng Hưng Hương Hường Hữu Huy Huyền Kha Khải Khang Khánh Khoa Khôi Khuê Kiên Kiệt Kiều Kim Lam Lan Lâm Lân Lập Lệ Liên Liễu Linh Loan Lộc Lợi Long Luân Lực Ly Lý Mai Mạnh Mẫn Minh My Mỹ Nam Nga Ngà Ngân Nghĩa Ngọc Nguyên Nhàn Nhân Nhật Nhi Nhung Như Ninh Oanh Phát Phong Phú Phúc Phụng Phước Phương Phượng Quang Quân Quế Quốc Quý Quyên Quyền Quỳnh Sang Sơn Sương Tài Tâm Tân Tấn Thạch Thái Thảo Thanh Thành Thắm Thắng Thân Thế Thi Thiện Thịnh Thoa Thông Thu Thuận Thúy Thủy Thư Thương Thường Tiến Tiên Tín Toàn Trang Trâm Trí Triều Trinh Trọng Trung Trúc Tú Tuấn Tùng Tuyết Tường Uyên Vân Văn Vi Việt Vinh Vĩnh Vũ Vy Xuân Yến'
).split(' ');

const table = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
    .map(([w, n]) => `${w} ${n}`)
    .join(' ');

const out = `// Generated by scripts/build-person-names.ts — do not edit by hand.
/**
 * Vietnamese given names, as syllables, with how many distinct people bear each in that place of
 * the name (middle: between family name and last name; last: the name one is called by). Built from
 * typed text only: the names standing alone on a line of the shared legal corpus (its signature
 * blocks; ${beforeOffice} people), the typed documents of ../shared/dev/office and office-pool (names
 * alone on a line, or after Ông, Bà, Đồng chí, Họ và tên; ${fromOffice} more) and the hand-labelled signer names of typed documents in
 * tests/eval/gold (${fromGold} more; no scan's). ${people.size} people in all.
 */
export const PERSON_NAME_PEOPLE = ${people.size};
/** The full names themselves: a name OCR misread is often one of these, spelled as typed. */
export const KNOWN_PERSON_NAMES: readonly string[] = '${[...people].sort((a, b) => a.localeCompare(b, 'vi')).join('|')}'.split('|');
/**
 * Syllables Vietnamese commonly give as middle or last names (written from the naming customs, not
 * from any document): each counts as borne by someone in either place, so a rare but real name the
 * typed sources above happen to lack (\`Vân\`, \`Nga\`) is never taken for a misreading.
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(
  '${COMMON.join(' ')}'.split(' '),
);
export const MIDDLE_NAME_COUNTS: ReadonlyMap<string, number> = counts('${table(middle)}');
export const LAST_NAME_COUNTS: ReadonlyMap<string, number> = counts('${table(last)}');

function counts(table: string): ReadonlyMap<string, number> {
  const words = table.split(' ');
  const map = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i += 2) map.set(words[i]!, Number(words[i + 1]));
  return map;
}
`;
writeFileSync(join(ROOT, 'data', 'person-names.ts'), out);
console.log(`${people.size} people (${fromGold} from gold), ${middle.size} middle and ${last.size} last syllables`);
