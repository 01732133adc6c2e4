import { describe, expect, it } from 'vitest';
import { compactionCounter } from '../../../cli/workshop/store.ts';

describe('compactionCounter', () => {
  it('is due every 500th store of a room, each room counted on its own', () => {
    const compaction = compactionCounter();
    const dueStores = (room: string, stores: number) => {
      const due: number[] = [];
      for (let n = 1; n <= stores; n++) if (compaction.isDue(room)) due.push(n);
      return due;
    };
    expect(dueStores('a', 1000)).toEqual([500, 1000]);
    // Room a's stores did not count towards room b.
    expect(dueStores('b', 499)).toEqual([]);
    expect(compaction.isDue('b')).toBe(true);
  });
});
