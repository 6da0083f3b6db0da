/**
 * `text.matchAll(pattern)` for a global pattern that opens with a look-behind (`(?<![\p{L}])…`,
 * `(?<=…)`, one or several in a row, capturing nothing), found faster: V8 cannot skip ahead over
 * a pattern that opens with a look-behind and tries it with the rest at every character (issue
 * 23's profiles: the typed citations and the OCR word slips). The rest is searched alone and each
 * match's place is then checked against the look-behind. Exact: the leftmost match of the whole
 * pattern is the leftmost match of the rest at a place where the look-behind holds, and it is the
 * same match.
 */
export function* matchesAfterLookBehind(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const { rest, lookBehind } = split(pattern);
  let from = 0;
  while (from <= text.length) {
    rest.lastIndex = from;
    const m = rest.exec(text);
    if (!m) return;
    lookBehind.lastIndex = m.index;
    if (!lookBehind.test(text)) {
      from = advance(text, m.index, pattern.unicode);
      continue;
    }
    yield m;
    from = m[0].length > 0 ? m.index + m[0].length : advance(text, m.index, pattern.unicode);
  }
}

/** The next place to search from, a whole code point on in Unicode mode (as `matchAll` steps). */
function advance(text: string, at: number, unicode: boolean): number {
  return unicode && (text.codePointAt(at) ?? 0) > 0xffff ? at + 2 : at + 1;
}

interface Split {
  rest: RegExp;
  /** The look-behind alone, sticky: it holds at `lastIndex` when `test` is true. */
  lookBehind: RegExp;
}

const splits = new WeakMap<RegExp, Split>();

function split(pattern: RegExp): Split {
  let parts = splits.get(pattern);
  if (parts) return parts;
  const end = pattern.source.startsWith('(?<') ? leadingLookBehindsEnd(pattern.source) : -1;
  if (end < 0 || !pattern.global || pattern.sticky || capturesIn(pattern.source.slice(0, end), pattern.flags) > 0) {
    throw new Error(`matchesAfterLookBehind needs a global pattern opening with a look-behind that captures nothing: /${pattern.source.slice(0, 40)}/${pattern.flags}`);
  }
  parts = splitAt(pattern, end);
  splits.set(pattern, parts);
  return parts;
}

function splitAt(pattern: RegExp, end: number): Split {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return {
    rest: new RegExp(pattern.source.slice(end), `${flags}g`),
    lookBehind: new RegExp(pattern.source.slice(0, end), `${flags}y`),
  };
}

/** Capture groups of a source (a look-behind's groups would shift the numbers of the rest's). */
function capturesIn(source: string, flags: string): number {
  return new RegExp(`${source}|`, flags.replace(/[gy]/g, '')).exec('')!.length - 1;
}

/**
 * Where the look-behinds opening the source end (`(?<=…)`, `(?<!…)`, one or several in a row), or
 * −1 where it opens with none (a named group `(?<name>` is no look-behind).
 */
function leadingLookBehindsEnd(source: string): number {
  let end = 0;
  while (source.startsWith('(?<=', end) || source.startsWith('(?<!', end)) {
    const group = groupEnd(source.slice(end));
    if (group < 0) return -1;
    end += group;
  }
  return end > 0 ? end : -1;
}

const firstSplits = new WeakMap<RegExp, Split>();

/**
 * `pattern.exec(text)` for a pattern that is neither global nor sticky and opens with look-behinds
 * (`(?<=(?:báo cáo|trình)(?:\s[^.;:]{0,80})?\s)tại kỳ họp…`, `(?<![\p{L}])Sửa đổi…`), found faster
 * the same way: V8 tries a look-behind that opens a pattern at every character (one with a long
 * run inside, backwards, each time) before the rest, which it can otherwise skip ahead to. Exact
 * for the same reason: the first place where the rest matches and the look-behind holds is the
 * first match of the whole pattern, and the rest matches there as the whole pattern does (a
 * look-around is not backtracked into). The look-behind may not capture (that would shift the
 * groups' numbers).
 */
export function execAfterLookBehind(text: string, pattern: RegExp): RegExpExecArray | null {
  let parts = firstSplits.get(pattern);
  if (!parts) {
    const end = leadingLookBehindsEnd(pattern.source);
    if (end < 0 || pattern.global || pattern.sticky || capturesIn(pattern.source.slice(0, end), pattern.flags) > 0) {
      throw new Error(`execAfterLookBehind needs a pattern, neither global nor sticky, opening with a look-behind that captures nothing: /${pattern.source.slice(0, 40)}/${pattern.flags}`);
    }
    firstSplits.set(pattern, (parts = splitAt(pattern, end)));
  }
  const { rest, lookBehind } = parts;
  let from = 0;
  while (from <= text.length) {
    rest.lastIndex = from;
    const m = rest.exec(text);
    if (!m) return null;
    lookBehind.lastIndex = m.index;
    if (lookBehind.test(text)) return m;
    from = advance(text, m.index, pattern.unicode);
  }
  return null;
}

/** `pattern.test(text)` for such a pattern (see `execAfterLookBehind`). */
export function testAfterLookBehind(text: string, pattern: RegExp): boolean {
  return execAfterLookBehind(text, pattern) !== null;
}

/** Where the group opening the source ends (just after its `)`), or −1. */
function groupEnd(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
