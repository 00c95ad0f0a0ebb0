import { mulberry32 } from '../gen/rng';
import { weightedSample } from './sample';

describe('weightedSample', () => {
  const items = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, weight: i < 10 ? 1000 : 1 }));

  it('draws n distinct items, deterministically for a seed', () => {
    const a = weightedSample(items, 100, mulberry32(7));
    expect(new Set(a).size).toBe(100);
    expect(weightedSample(items, 100, mulberry32(7))).toEqual(a);
    expect(weightedSample(items, 100, mulberry32(8))).not.toEqual(a);
  });

  it('prefers heavy items: the ten heavy ones are almost always drawn', () => {
    let heavy = 0;
    for (let seed = 0; seed < 20; seed++) heavy += weightedSample(items, 50, mulberry32(seed)).filter((id) => Number(id.slice(1)) < 10).length;
    expect(heavy / 20).toBeGreaterThan(9.5);
  });

  it('never draws weightless items, and returns everything when n is larger', () => {
    const some = [{ id: 'a', weight: 0 }, { id: 'b', weight: 2 }, { id: 'c', weight: 1 }];
    expect(weightedSample(some, 10, mulberry32(1)).sort()).toEqual(['b', 'c']);
  });
});
