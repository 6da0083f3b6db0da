import {
  ABBREVIATION,
  AGENCY_KINDS,
  BARE_BODY,
  CAPITAL_COLLECTIVE,
  CENTRAL_KINDS,
  CENTRAL_NAME,
  COLLECTIVE,
  COLLECTIVE_OPENING,
  DISTRICT_LEVEL,
  EXPANSION,
  FRONT_FULL_NAME,
  KEPT_HEAD_AFTER_TITLE,
  LEADING_BODY,
  LEADING_CONJUNCTION,
  LEVEL_WORDS,
  OFFICIAL_TITLES,
  PERSON_ITEM,
  PERSON_TITLE,
  PROVINCE_SCOPE_TAIL,
  SHARED_HEAD_KIND,
  SHARED_HEAD_LIST,
  SHARED_HEAD_PLURAL,
  SHARED_HEAD_SEPARATOR,
  SMALL_PARTY_COMMITTEE,
  SPECIALTY,
  SPECIALTY_LIST,
  SPLIT_BEFORE_BODY,
  STANDARD_SPECIALTIES,
  STANDING_OF,
  TT_AS_CENTRE,
  TT_AS_STANDING,
  type AgencyKind,
} from '../data/agencies.js';
import { comparisonKey } from '../pipeline/core/text/fold.js';
import { withTraditionalTones } from '../pipeline/core/text/tone.js';
import type { AgencyField, AgencyMention } from '../pipeline/core/record.js';
import { provinceIn, provinceLevel } from '../pipeline/core/places.js';
import { closestAgency } from '../pipeline/core/names.js';
import { ASSIGNMENT_OPENING } from '../data/tasks.js';
import { confidence, stripItem } from './common.js';
import { escapeSpaced } from '../data/regexp.js';

/**
 * Agencies: splitting printed lists into single bodies, and naming each body canonically so that
 * "UBND tỉnh", "Ủy ban nhân dân tỉnh" and "Uỷ ban nhân dân tỉnh Thái Nguyên" in documents of
 * Thái Nguyên are one agency. Canonicalization is deterministic (abbreviations, officials'
 * titles, tone placement, the province the document implies); fuzzy matching corrects only the
 * specialty of a department, ministry or Party board towards a standard name.
 */

// ---------------------------------------------------------------------------------------------
// Splitting lists

/** Comparison keys of the standard specialties of departments and of ministries. */
const STANDARD_KEYS = {
  department: new Set(STANDARD_SPECIALTIES.department.map(comparisonKey)),
  ministry: new Set(STANDARD_SPECIALTIES.ministry.map(comparisonKey)),
};

/**
 * The specialties of a shared head's list: split at every comma and "và", then the pieces that
 * together make a standard name ("Văn hóa, Thể thao và Du lịch") joined back, longest first.
 */
function sharedSpecialties(list: string, kind: 'department' | 'ministry'): Array<{ text: string; start: number; standard: boolean }> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (const sep of list.matchAll(SHARED_HEAD_SEPARATOR)) {
    pieces.push([start, sep.index]);
    start = sep.index + sep[0].length;
  }
  pieces.push([start, list.length]);
  const items: Array<{ text: string; start: number; standard: boolean }> = [];
  for (let i = 0; i < pieces.length; ) {
    let j = pieces.length - 1;
    while (j > i && !STANDARD_KEYS[kind].has(comparisonKey(list.slice(pieces[i]![0], pieces[j]![1])))) j--;
    const text = list.slice(pieces[i]![0], pieces[j]![1]).trim();
    items.push({ text, start: pieces[i]![0], standard: STANDARD_KEYS[kind].has(comparisonKey(text)) });
    i = j + 1;
  }
  return items.filter((item) => item.text);
}

/**
 * "Giám đốc các Sở: Nội vụ, Tài chính và Xây dựng" → one name per department, the title kept on
 * each; "các Sở Nội vụ, Tài chính" too when every item is a standard specialty. A standard name
 * with commas in it ("Văn hóa, Thể thao và Du lịch") is one item. Bodies written before the
 * official ("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: …") and after the list (an item that is
 * not a standard specialty but a body of its own) are names of their own.
 */
function expandSharedHead(part: string): string[] | null {
  const listed = SHARED_HEAD_LIST.exec(part);
  const plural = listed ? null : SHARED_HEAD_PLURAL.exec(part);
  const m = listed ?? plural;
  if (!m) return null;
  const head = m.groups!.head!;
  const list = m.groups!.list!;
  const items = sharedSpecialties(list, SHARED_HEAD_KIND[head]!);
  // The list ends where an item that is no standard specialty opens a body of its own.
  const end = items.findIndex((item, i) => i > 0 && !item.standard && looksLikeAgency(list.slice(item.start)));
  const shared = end < 0 ? items : items.slice(0, end);
  const after = end < 0 ? [] : splitAgencyList(list.slice(items[end]!.start));
  if (plural && (shared.length < 2 || !shared.every((item) => item.standard))) return null;
  let before = m.groups!.before!;
  const leading: string[] = [];
  const boundary = [...before.matchAll(SHARED_HEAD_SEPARATOR)].pop();
  if (boundary && looksLikeAgency(before.slice(0, boundary.index))) {
    leading.push(...splitAgencyList(before.slice(0, boundary.index)));
    before = before.slice(boundary.index + boundary[0].length);
  }
  const capital = head.charAt(0).toUpperCase() + head.slice(1);
  return [...leading, ...shared.map((item) => `${before}${capital} ${item.text}`), ...after];
}

/** "HĐND, UBND các tỉnh, thành phố" → "HĐND các tỉnh, thành phố", "UBND các tỉnh, thành phố". */
function shareScope(names: string[]): string[] {
  return names.map((name, i) => {
    const next = names[i + 1];
    if (!next || !BARE_BODY.test(name)) return name;
    const head = LEADING_BODY.exec(next);
    return head ? `${name}${next.slice(head[0].length)}` : name;
  });
}

/** Splits a list of agencies into their names, keeping commas inside a body's own name. */
export function splitAgencyList(text: string): string[] {
  const parts = text.split(/\s*;\s*/u);
  // Semicolons, where a writer used them, already separate the bodies; commas inside are their own lists.
  const semicolonList = parts.filter((p) => p.trim()).length > 1;
  const names = parts
    .flatMap((part) => expandSharedHead(part) ?? (semicolonList ? [part] : part.split(SPLIT_BEFORE_BODY)))
    .map((p) => p.replace(LEADING_CONJUNCTION, '').replace(/[\s,.;:]+$/u, '').trim())
    .filter((p) => p.length > 1);
  return shareScope(names);
}

// ---------------------------------------------------------------------------------------------
// Canonical names

export interface CanonicalAgency {
  /** The canonical name: abbreviations expanded, tones placed one way, scoped by province. */
  name: string;
  /** Comparison key of `name` (folded, lower-case, no punctuation): one per real body. */
  key: string;
  kind: AgencyKind;
  province: string | null;
  collective: boolean;
  /** The official the text named instead of the body ("Giám đốc"), if any. */
  official: string | null;
  /** How the name was reached: as printed (after expansion) or by fuzzy correction. */
  match: 'exact' | 'fuzzy';
  similarity: number;
}

/** "UBND tỉnh" → "Ủy ban nhân dân tỉnh"; "TT Tỉnh ủy" → "Thường trực Tỉnh ủy". */
export function expandAbbreviations(text: string): string {
  const standing = text.replace(TT_AS_STANDING.pattern, TT_AS_STANDING.replacement);
  return standing.replace(ABBREVIATION, (abbr) => EXPANSION.get(abbr) ?? abbr).replace(TT_AS_CENTRE.pattern, TT_AS_CENTRE.replacement);
}

/** Party committees are proper names: "Ban Tuyên giáo tỉnh ủy" → "Ban Tuyên giáo Tỉnh ủy". */
function capitalizeCommittees(text: string): string {
  return text.replace(SMALL_PARTY_COMMITTEE, (committee) => `${committee[0]!.toUpperCase()}${committee.slice(1)}`);
}

/** The Front's bodies carry "Việt Nam" in their full name, which texts often leave out. */
function completeFrontName(text: string): string {
  return text.replace(FRONT_FULL_NAME.pattern, FRONT_FULL_NAME.replacement);
}

function kindOf(name: string): AgencyKind | null {
  const bare = name.replace(COLLECTIVE_OPENING, '');
  for (const candidate of [bare, bare.replace(STANDING_OF, '')]) {
    for (const [pattern, kind] of AGENCY_KINDS) if (pattern.test(candidate)) return kind;
  }
  return null;
}

/** The standard specialty a printed one is (or is a misreading of). */
export function closestSpecialty(kind: keyof typeof STANDARD_SPECIALTIES, specialty: string): { name: string; similarity: number } | null {
  const standards = STANDARD_SPECIALTIES[kind];
  const key = comparisonKey(specialty);
  const exact = standards.find((s) => comparisonKey(s) === key);
  if (exact) return { name: exact, similarity: 1 };
  const best = closestAgency(specialty, standards.map((name) => ({ name })), null);
  return best ? { name: best.name, similarity: best.similarity } : null;
}

/**
 * The canonical agency a printed name stands for, in a document of `province` (null when the
 * document's province is unknown). Null when the text is not an agency (a person, "Như trên").
 */
export function canonicalAgency(printed: string, province: string | null): CanonicalAgency | null {
  // The same few hundred names recur in every document of an archive.
  const cacheKey = `${province ?? ''}\u0000${printed}`;
  if (CANONICAL_CACHE.has(cacheKey)) return CANONICAL_CACHE.get(cacheKey)!;
  const canonical = canonicalize(printed, province);
  if (CANONICAL_CACHE.size >= 20_000) CANONICAL_CACHE.clear();
  CANONICAL_CACHE.set(cacheKey, canonical);
  return canonical;
}

const CANONICAL_CACHE = new Map<string, CanonicalAgency | null>();

function canonicalize(printed: string, province: string | null): CanonicalAgency | null {
  // Names from outside the normalized text (a signature stamp's signer) get its tone placement first.
  const cleaned = stripItem(withTraditionalTones(printed)).replace(ASSIGNMENT_OPENING, '').replace(/[\s,.;:]+$/u, '');
  // "(b/c)", "(để biết)", "(BCĐ CVĐ) (b/c)" go; a qualifier like "(Bộ Tư pháp)" still says the body is central.
  let text = cleaned.replace(/(?:\s*\([^()]*\))+\s*$/u, '').replace(/[\s,.;:]+$/u, '');
  if (!text || PERSON_ITEM.test(text)) return null;
  const expand = (t: string) => withTraditionalTones(expandAbbreviations(t).normalize('NFC')).replace(/\s*[–—]\s*/gu, ' - ');
  text = expand(text);
  let official: string | null = null;
  for (const [title, keep] of OFFICIAL_TITLES) {
    const m = title.exec(text);
    if (!m) continue;
    official = m[0].trim().replace(KEPT_HEAD_AFTER_TITLE, '');
    text = keep + text.slice(m[0].length);
    break;
  }
  if (PERSON_TITLE.test(text)) return null;
  // Central before "Việt Nam" is added to a Front body that left it out.
  const central = CENTRAL_NAME.test(text) || CENTRAL_NAME.test(expand(cleaned).replace(/[()]/g, ' '));
  text = completeFrontName(capitalizeCommittees(text.replace(CAPITAL_COLLECTIVE.pattern, CAPITAL_COLLECTIVE.replacement)));
  const kind = kindOf(text);
  if (!kind) return null;

  let match: CanonicalAgency['match'] = 'exact';
  let similarity = 1;
  if (kind === 'department' || kind === 'ministry' || kind === 'party-board') {
    const m = SPECIALTY.exec(text);
    if (m && !SPECIALTY_LIST.test(m.groups!.specialty!)) {
      const standard = closestSpecialty(kind, m.groups!.specialty!);
      if (standard && standard.name !== m.groups!.specialty) {
        if (standard.similarity < 1) match = 'fuzzy';
        similarity = standard.similarity;
        text = `${m.groups!.head} ${standard.name}${m.groups!.tail ?? ''}`;
      }
    }
  }

  // "của tỉnh", "trên địa bàn tỉnh" say no more than the province scope added below.
  text = text.replace(PROVINCE_SCOPE_TAIL, '');
  const collective = COLLECTIVE.test(text);
  const named = provinceIn(text);
  const scope = named ?? (central || CENTRAL_KINDS.has(kind) ? null : province);
  let name = text.charAt(0).toUpperCase() + text.slice(1);
  if (scope && !named) {
    const level = provinceLevel(scope);
    if (collective || DISTRICT_LEVEL.test(name)) name = `${name} (${level} ${scope})`;
    else if (LEVEL_WORDS.test(name)) name = `${name} ${scope}`;
    else name = `${name} ${level} ${scope}`;
  }
  return { name, key: comparisonKey(name), kind, province: scope, collective, official, match, similarity };
}

/** True when a printed name reads as an agency (or a list of agencies) rather than an action. */
export function looksLikeAgency(text: string): boolean {
  return canonicalAgency(text, null) !== null;
}

// ---------------------------------------------------------------------------------------------
// Mentions in a record

export interface AgencySources {
  text: string;
  issuer: { name: string; span: [number, number] } | null;
  addressees: Array<{ name: string; span: [number, number] }>;
  recipients: Array<{ name: string; span: [number, number] }>;
  tasks: Array<{ lead: string[]; partners: string[]; span: [number, number] }>;
}

/**
 * Each printed name's pattern, compiled once per thread: the same bodies are named in document after
 * document, and a pattern made anew per mention was compiled anew (V8's own cache of compiled
 * patterns is emptied by its collections), ~9 compilations a document in a batch worker (issue 23's
 * profile). Stateless patterns (no `g` or `y` flag), so sharing one is safe; bounded by starting over.
 */
const NAME_PATTERNS = new Map<string, RegExp>();
const MAX_NAME_PATTERNS = 5000;

function namePattern(name: string): RegExp {
  let pattern = NAME_PATTERNS.get(name);
  if (!pattern) {
    if (NAME_PATTERNS.size >= MAX_NAME_PATTERNS) NAME_PATTERNS.clear();
    NAME_PATTERNS.set(name, (pattern = new RegExp(escapeSpaced(name), 'u')));
  }
  return pattern;
}

/** Where a printed name sits inside a span of the text, tolerant of line breaks; the span itself if not found. */
function locate(text: string, name: string, within: [number, number]): [number, number] {
  const pattern = namePattern(name);
  const m = pattern.exec(text.slice(within[0], within[1]));
  return m ? [within[0] + m.index, within[0] + m.index + m[0].length] : within;
}

/**
 * Every agency the record names — issuer, addressees, recipients, task leads and partners — each
 * under its canonical name, with the printed forms and where they are. `province` scopes names
 * that do not say theirs ("UBND tỉnh" in a document of Thái Nguyên).
 */
export function extractAgencies(sources: AgencySources, province: string | null): AgencyField[] {
  const byKey = new Map<string, { canonical: CanonicalAgency; mentions: AgencyMention[] }>();
  const add = (printed: string, role: AgencyMention['role'], item: number | null, within: [number, number]) => {
    const canonical = canonicalAgency(printed, province);
    if (!canonical) return;
    const entry = byKey.get(canonical.key) ?? { canonical, mentions: [] };
    byKey.set(canonical.key, entry);
    entry.mentions.push({ text: printed, role, item, official: canonical.official, match: canonical.match, span: locate(sources.text, printed, within) });
  };
  if (sources.issuer) add(sources.issuer.name, 'issuer', null, sources.issuer.span);
  for (const a of sources.addressees) for (const name of splitAgencyList(a.name)) add(name, 'addressee', null, a.span);
  sources.recipients.forEach((r, i) => {
    for (const name of splitAgencyList(r.name)) add(name, 'recipient', i, r.span);
  });
  sources.tasks.forEach((t, i) => {
    for (const name of t.lead) add(name, 'lead', i, t.span);
    for (const name of t.partners) add(name, 'partner', i, t.span);
  });
  return [...byKey.values()].map(({ canonical, mentions }) => {
    const scopedByDocument = canonical.province !== null && !mentions.some((m) => provinceIn(m.text));
    const base = canonical.match === 'fuzzy' ? 0.9 * canonical.similarity : 0.9;
    return {
      name: canonical.name,
      key: canonical.key,
      kind: canonical.kind,
      province: canonical.province,
      collective: canonical.collective,
      mentions,
      confidence: confidence(base - (scopedByDocument ? 0.1 : 0) - (canonical.collective ? 0.1 : 0)),
    };
  });
}
