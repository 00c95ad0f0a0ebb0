import { blocColoring, bucketFor, buildMatrix, cellColor, isConflictBetweenBlocs, pairKey, scaleChart, signed, UNALIGNED_COLOR, type BlocsLike, type DyadLike } from './alliance-views';
import { blocColor, scoreColor } from './style';

const A = (id: string, name = id[0]!.toUpperCase() + id.slice(1)) => ({ id, name });
const dyad = (a: string, b: string, sum: number, relationIds = [`${a}-${b}`]): DyadLike => ({ a: A(a), b: A(b), sum, count: relationIds.length, relationIds });

const blocs: BlocsLike = {
  blocs: [
    { id: 'b1', label: 'Russia', members: [A('russia'), A('armenia')] },
    { id: 'b0', label: 'Turkey', members: [A('turkey'), A('azerbaijan')] },
  ],
  memberOf: { russia: 'b1', armenia: 'b1', turkey: 'b0', azerbaijan: 'b0' },
  between: [{ a: 'b0', b: 'b1', cooperation: 0, conflict: 12 }],
  rollup: { people: [{ person: A('vladimir-putin'), actor: A('russia') }, { person: A('nobody'), actor: A('atlantis') }] },
};

describe('blocColoring', () => {
  it('colours blocs in the server order and maps rolled-up people to their state', () => {
    const c = blocColoring(blocs);
    expect(c.legend.map((l) => [l.id, l.color, l.size])).toEqual([['b1', blocColor(0), 2], ['b0', blocColor(1), 2]]);
    expect(c.colorOf.get('armenia')).toBe(blocColor(0));
    expect(c.colorOf.get('azerbaijan')).toBe(blocColor(1));
    expect(c.colorOf.get('vladimir-putin')).toBe(blocColor(0));
    expect(c.colorOf.has('nobody')).toBe(false);
  });
  it('emphasises only conflict between different known blocs', () => {
    const c = blocColoring(blocs);
    expect(isConflictBetweenBlocs(c, 'armenia', 'azerbaijan', -8)).toBe(true);
    expect(isConflictBetweenBlocs(c, 'armenia', 'azerbaijan', 3)).toBe(false);
    expect(isConflictBetweenBlocs(c, 'armenia', 'russia', -2)).toBe(false);
    expect(isConflictBetweenBlocs(c, 'armenia', 'atlantis', -2)).toBe(false);
    expect(isConflictBetweenBlocs(c, 'vladimir-putin', 'turkey', -2)).toBe(true);
  });
});

describe('buildMatrix', () => {
  const dyads = [dyad('armenia', 'azerbaijan', -20), dyad('turkey', 'azerbaijan', 12), dyad('russia', 'armenia', 5), dyad('france', 'armenia', 1)];
  it('orders by bloc (server order) then name; actors in no bloc last', () => {
    const m = buildMatrix(dyads, blocs);
    expect(m.actors.map((a) => a.id)).toEqual(['armenia', 'russia', 'azerbaijan', 'turkey', 'france']);
    expect(m.actors.at(-1)!.color).toBe(UNALIGNED_COLOR);
    expect(m.actors[0]!.color).toBe(blocColor(0));
    expect(m.maxAbs).toBe(20);
  });
  it('finds a cell from either order', () => {
    const m = buildMatrix(dyads, blocs);
    expect(m.cells.get(pairKey('azerbaijan', 'turkey'))!.sum).toBe(12);
    expect(m.cells.get(pairKey('turkey', 'azerbaijan'))!.sum).toBe(12);
    expect(m.cells.get(pairKey('turkey', 'russia'))).toBeUndefined();
  });
  it('orders by name alone without blocs', () => {
    expect(buildMatrix(dyads, null).actors.map((a) => a.id)).toEqual(['armenia', 'azerbaijan', 'france', 'russia', 'turkey']);
  });
  it('keeps the strongest actors when there are too many, and drops their cells', () => {
    const m = buildMatrix(dyads, blocs, 3);
    expect(m.omitted).toBe(2);
    expect(m.actors.map((a) => a.id).sort()).toEqual(['armenia', 'azerbaijan', 'turkey']);
    expect([...m.cells.values()].every((d) => d.a.id !== 'russia' && d.b.id !== 'russia')).toBe(true);
  });
});

describe('cellColor', () => {
  it('stretches the strongest dyad to the end of the score scale', () => {
    expect(cellColor(-20, 20)).toBe(scoreColor(-10));
    expect(cellColor(10, 20)).toBe(scoreColor(5));
    expect(cellColor(0, 20)).toBe(scoreColor(0));
    expect(cellColor(undefined, 20)).toBeNull();
  });
  it('writes sums with a sign', () => {
    expect(signed(12)).toBe('+12');
    expect(signed(-3.25)).toBe('-3.3');
    expect(signed(0)).toBe('0');
  });
});

describe('scaleChart', () => {
  const points = [{ start: '2020-09-28', sum: -10, cumulative: -10 }, { start: '2020-10-05', sum: 4, cumulative: -6 }];
  it('puts zero between the extremes and bars on the right side of it', () => {
    const c = scaleChart(points, 240, 120, 20);
    expect(c.min).toBe(-10);
    expect(c.max).toBe(4);
    expect(c.zeroY).toBeCloseTo(20 + (4 / 14) * 80);
    expect(c.bars[0]!.y).toBeCloseTo(c.zeroY);
    expect(c.bars[0]!.height).toBeCloseTo((10 / 14) * 80);
    expect(c.bars[1]!.y + c.bars[1]!.height).toBeCloseTo(c.zeroY);
    expect(c.bars[1]!.x).toBeGreaterThan(c.bars[0]!.x);
    expect(c.line.startsWith('M')).toBe(true);
    expect(c.line.split('L')).toHaveLength(2);
  });
  it('handles no points and flat data', () => {
    expect(scaleChart([], 200, 100).line).toBe('');
    const flat = scaleChart([{ start: 'x', sum: 0, cumulative: 0 }], 200, 100);
    expect(flat.max).toBeGreaterThan(flat.min);
  });
});

describe('bucketFor', () => {
  it('chooses days for short windows and months for long ones', () => {
    expect(bucketFor('2020-09-27', '2020-10-20')).toBe('day');
    expect(bucketFor('2020-01-01', '2020-10-20')).toBe('week');
    expect(bucketFor('2018-01-01', '2020-10-20')).toBe('month');
    expect(bucketFor(null, '2020-10-20')).toBe('week');
  });
});
