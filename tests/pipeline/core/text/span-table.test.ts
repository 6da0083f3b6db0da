import { describe, expect, it } from 'vitest';
import { SpanTable } from '../../../../pipeline/core/text/span-table.js';

// The repair's word table (issue 23: speed) answers as a Map keyed by the word would.
describe('SpanTable', () => {
  it('finds a word by its place in a text, as a Map finds it by its string', () => {
    const text = 'Ủy ban nhân dân tỉnh Lâm Đồng, ủy ban; UY BAN 𝐀𝐁 ban banh ba';
    const table = new SpanTable<number>(1000);
    const map = new Map<string, number>();
    const words = [...text.matchAll(/\S+/gu)];
    words.forEach((m, k) => {
      if (table.get(text, m.index, m.index + m[0].length) === undefined) table.set(m[0], k);
      if (!map.has(m[0])) map.set(m[0], k);
    });
    for (const m of words) expect(table.get(text, m.index, m.index + m[0].length)).toBe(map.get(m[0]));
    // Prefixes and longer runs of a stored word are other words.
    expect(table.get('bans', 0, 3)).toBe(map.get('ban'));
    expect(table.get('bans', 0, 4)).toBeUndefined();
    expect(table.get('xba', 1, 3)).toBe(map.get('ba'));
    expect(table.get('', 0, 0)).toBeUndefined();
    expect(table.size).toBe(map.size);
  });

  it('grows past its first slots and drops everything when full', () => {
    const table = new SpanTable<string>(5000);
    const words = Array.from({ length: 4000 }, (_, k) => `w${k.toString(36)}`);
    for (const w of words) table.set(w, w.toUpperCase());
    const text = words.join(' ');
    let at = 0;
    for (const w of words) {
      expect(table.get(text, at, at + w.length)).toBe(w.toUpperCase());
      at += w.length + 1;
    }
    for (let k = 0; k < 1000; k++) table.set(`x${k}`, 'x');
    expect(table.size).toBe(5000);
    expect(table.get('w0', 0, 2)).toBe('W0');
    // The 5,001st word: all are dropped, then it is kept.
    table.set('y', 'y');
    expect(table.size).toBe(1);
    expect(table.get('w0', 0, 2)).toBeUndefined();
    expect(table.get('y', 0, 1)).toBe('y');
  });
});
