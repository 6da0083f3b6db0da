import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../../pipeline/core/lazy.js';

describe('a module loaded on first use', () => {
  it('is loaded once and kept', async () => {
    let loads = 0;
    const m = lazyModule(async () => ({ n: ++loads }));
    expect(m.loaded()).toBeUndefined();
    expect(await m.get()).toEqual({ n: 1 });
    expect(await m.get()).toEqual({ n: 1 });
    expect(await m.loaded()).toEqual({ n: 1 });
    expect(loads).toBe(1);
  });

  it('is loaded again after a failed load (one EMFILE does not fail every later file)', async () => {
    let loads = 0;
    const m = lazyModule(async () => {
      if (++loads === 1) throw Object.assign(new Error('too many open files'), { code: 'EMFILE' });
      return { n: loads };
    });
    await expect(m.get()).rejects.toMatchObject({ code: 'EMFILE' });
    expect(m.loaded()).toBeUndefined();
    expect(await m.get()).toEqual({ n: 2 });
  });
});
