import { describe, expect, it } from '@jest/globals';
import { groupCommit } from './group-commit.js';

const settle = <T>(values: readonly T[]) => values.map((value) => ({ status: 'fulfilled' as const, value }));

describe('groupCommit', () => {
  it('writes one burst together and what arrives meanwhile in the next batch, at most maxBatch at a time', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const write = groupCommit<number, string>(async (items) => {
      batches.push([...items]);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return settle(items.map((item) => `stored ${item}`));
    }, 3);
    const first = [write(1), write(2)];
    await new Promise((resolve) => setImmediate(resolve));
    const later = [3, 4, 5, 6].map(write);
    release();
    expect(await Promise.all([...first, ...later])).toEqual([1, 2, 3, 4, 5, 6].map((n) => `stored ${n}`));
    expect(batches).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it('fails only the items the write says failed, and every item when the write throws', async () => {
    const write = groupCommit<number, number>(async (items) => {
      if (items.includes(0)) throw new Error('database down');
      return items.map((item) =>
        item < 0
          ? { status: 'rejected' as const, reason: new Error(`bad ${item}`) }
          : { status: 'fulfilled' as const, value: item },
      );
    }, 10);
    await expect(Promise.allSettled([write(1), write(-1)])).resolves.toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('bad -1') },
    ]);
    const failed = await Promise.allSettled([write(2), write(0)]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });
});
