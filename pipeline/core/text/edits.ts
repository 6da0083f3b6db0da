/**
 * Applies non-overlapping replacements to a text and keeps a map between the old and new offsets,
 * so every normalizer can record what it changed and every span can be traced back to the source.
 */

export interface Edit {
  start: number;
  end: number;
  replacement: string;
  /** Why the change was made; edits with a reason that is not `silent` become output corrections. */
  reason: string;
}

interface Segment {
  /** Offsets of an edited range in the old text and in the new text. */
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * The offset map of one editing pass: edited ranges in the old and the new text. The ranges are
 * in order and do not overlap, so their ends never decrease in either text: the range an offset
 * falls in or after is found by binary search (a pass of thousands of edits moved every earlier
 * correction and every line through all of them).
 */
class PassMap {
  constructor(readonly segments: Segment[]) {}

  toOld(offset: number): number {
    const k = this.firstEndingAfter(offset, 'newEnd');
    const s = this.segments[k];
    if (s && offset >= s.newStart) return offset === s.newStart ? s.oldStart : s.oldEnd;
    const before = this.segments[k - 1];
    return before ? offset + before.oldEnd - before.newEnd : offset;
  }

  toNew(offset: number): number {
    const k = this.firstEndingAfter(offset, 'oldEnd');
    const s = this.segments[k];
    if (s && offset >= s.oldStart) return offset === s.oldStart ? s.newStart : s.newEnd;
    const before = this.segments[k - 1];
    return before ? offset + before.newEnd - before.oldEnd : offset;
  }

  /** The first segment whose end (in the old or the new text) is after `offset`, or the count. */
  private firstEndingAfter(offset: number, end: 'oldEnd' | 'newEnd'): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]![end] > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * Maps offsets between the newest text and the source through any number of editing passes.
 * Inside a replaced range an offset maps to the range's start (or its end, for the range's end).
 */
export class OffsetMap {
  private constructor(private readonly passes: PassMap[]) {}

  static identity(): OffsetMap {
    return new OffsetMap([]);
  }

  static ofPass(segments: Segment[]): OffsetMap {
    return new OffsetMap(segments.length ? [new PassMap(segments)] : []);
  }

  /** This map followed by a later pass (whose old text is this map's new text). */
  then(later: OffsetMap): OffsetMap {
    return new OffsetMap([...this.passes, ...later.passes]);
  }

  /** Source offset for an offset in the newest text. */
  toSource(offset: number): number {
    let o = offset;
    for (let i = this.passes.length - 1; i >= 0; i--) o = this.passes[i]!.toOld(o);
    return o;
  }

  /** Newest-text offset for a source offset. */
  fromSource(offset: number): number {
    let o = offset;
    for (const p of this.passes) o = p.toNew(o);
    return o;
  }

  /** Number of edited ranges over all passes. */
  get size(): number {
    return this.passes.reduce((n, p) => n + p.segments.length, 0);
  }
}

export interface EditResult {
  text: string;
  map: OffsetMap;
  /** The edits that were applied, with their spans in the new text. */
  applied: Array<Edit & { newStart: number; newEnd: number }>;
}

/** Applies edits (sorted or not; overlapping ones after the first are dropped). */
export function applyEdits(text: string, edits: Edit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const segments: Segment[] = [];
  const applied: EditResult['applied'] = [];
  let cursor = 0;
  let newLength = 0;
  for (const e of sorted) {
    if (e.start < cursor) continue; // overlaps an earlier edit
    if (text.slice(e.start, e.end) === e.replacement) continue;
    parts.push(text.slice(cursor, e.start));
    newLength += e.start - cursor;
    const newStart = newLength;
    parts.push(e.replacement);
    newLength += e.replacement.length;
    segments.push({ oldStart: e.start, oldEnd: e.end, newStart, newEnd: newLength });
    // (Fields named, not spread: copying each edit by spread was half of applying them.)
    applied.push({ start: e.start, end: e.end, replacement: e.replacement, reason: e.reason, newStart, newEnd: newLength });
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), map: OffsetMap.ofPass(segments), applied };
}
