/**
 * `text.matchAll(pattern)` for a global pattern that opens with a negative look-behind
 * (`(?<![\p{L}])…`), found faster: V8 cannot skip ahead over a pattern that opens with a
 * look-behind and tries it with the rest at every character (issue 23's profiles: the typed
 * citations and the OCR word slips). The rest is searched alone and each match's place is then
 * checked against the look-behind. Exact: the leftmost match of the whole pattern is the leftmost
 * match of the rest at a place where the look-behind holds, and it is the same match.
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
  const end = pattern.source.startsWith('(?<!') ? groupEnd(pattern.source) : -1;
  if (end < 0 || !pattern.global || pattern.sticky) {
    throw new Error(`matchesAfterLookBehind needs a global pattern opening with a negative look-behind: /${pattern.source.slice(0, 40)}/${pattern.flags}`);
  }
  const flags = pattern.flags.replace('g', '');
  parts = {
    rest: new RegExp(pattern.source.slice(end), pattern.flags),
    lookBehind: new RegExp(pattern.source.slice(0, end), `${flags}y`),
  };
  splits.set(pattern, parts);
  return parts;
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
