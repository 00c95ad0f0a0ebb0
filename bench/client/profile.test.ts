import { formatHot, hotFunctions, type CpuProfile } from './profile';

const frame = (functionName: string, url = 'http://x/assets/index.js', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

describe('hotFunctions', () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('refresh', 'http://x/assets/index.js', 9) },
      { id: 3, callFrame: frame('refresh', 'http://x/assets/index.js', 9) }, // same function, another call site
      { id: 4, callFrame: frame('render') },
      { id: 5, callFrame: frame('', 'http://x/assets/index.js', 3) },
    ],
    // Each sample's time is the next delta: 2 → 10 ms, 4 → 5 ms, 3 → 20 ms, 5 → 1 ms, last sample (2) → nothing.
    samples: [2, 4, 3, 5, 2],
    timeDeltas: [0, 10_000, 5_000, 20_000, 1_000],
  };

  it('sums self time per function over its call sites and sorts by it', () => {
    const hot = hotFunctions(profile);
    expect(hot.map((h) => [h.name, h.selfMs])).toEqual([['refresh', 30], ['render', 5], ['(anonymous)', 1]]);
    expect(hot[0]!.where).toBe('index.js:10:1');
    expect(hot[0]!.share).toBeCloseTo(30 / 36);
  });

  it('keeps only the top entries and survives an empty profile', () => {
    expect(hotFunctions(profile, 1)).toHaveLength(1);
    expect(hotFunctions({ nodes: [] })).toEqual([]);
  });

  it('formats one line per function with its share', () => {
    expect(formatHot(hotFunctions(profile, 1))).toMatch(/^ 83\.3%\s+30 ms {2}refresh {2}index\.js:10:1$/);
  });
});
