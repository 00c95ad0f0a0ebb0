import { edgeSize, entityColor, ENTITY_COLORS, fade, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeLabel, nodeSizes, parallelCurvatures, parseHex, withinCurveBudget, MAX_CURVATURE, scoreColor } from './style';
import { createStoreGraph, mergeGraph } from './store';
import { aliyevNeighbourhood, edge, graphJSON, node, putinNeighbourhood } from './fixtures';

describe('scoreColor', () => {
  it('is red for conflict, green for cooperation, grey for none', () => {
    const [r1, g1] = parseHex(scoreColor(-10));
    expect(r1).toBeGreaterThan(200);
    expect(g1).toBeLessThan(80);
    const [r2, g2] = parseHex(scoreColor(10));
    expect(g2).toBeGreaterThan(r2 + 80);
    expect(scoreColor(null)).toBe(scoreColor(0));
    expect(scoreColor(undefined)).toBe('#a3a8b0');
  });

  it('moves monotonically from red to green', () => {
    const greenness = (s: number) => { const [r, g] = parseHex(scoreColor(s)); return g - r; };
    const scores = [-10, -6, -2, -0.5, 0, 0.5, 1, 3.4, 8, 10];
    for (let i = 1; i < scores.length; i += 1) expect(greenness(scores[i]!)).toBeGreaterThanOrEqual(greenness(scores[i - 1]!));
  });

  it('clamps beyond ±10', () => {
    expect(scoreColor(25)).toBe(scoreColor(10));
    expect(scoreColor(-25)).toBe(scoreColor(-10));
  });
});

describe('entity colours, edge sizes, labels', () => {
  it('maps each entity type to its own colour, others to grey', () => {
    expect(new Set(Object.values(ENTITY_COLORS)).size).toBe(4);
    expect(entityColor('Person')).toBe(ENTITY_COLORS.Person);
    expect(entityColor('Sentence')).toBe(entityColor(undefined));
  });
  it('edges thicken with |score|', () => {
    expect(edgeSize(-10)).toBeGreaterThan(edgeSize(1));
    expect(edgeSize(null)).toBe(edgeSize(0));
  });
  it('fade moves toward the background', () => {
    expect(fade('#000000', 1, '#ffffff')).toBe('#ffffff');
    expect(fade('#000000', 0, '#ffffff')).toBe('#000000');
  });
  it('labels show both names and hidden counts', () => {
    expect(nodeLabel({ name: 'Turkey', nameVi: 'Thổ Nhĩ Kỳ' })).toBe('Turkey (Thổ Nhĩ Kỳ)');
    expect(nodeLabel({ name: 'Russia', nameVi: 'Russia' }, 3)).toBe('Russia  +3');
  });
});

describe('nodeSizes', () => {
  const g = createStoreGraph();
  mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
  mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });

  it('by degree: the hub is biggest, all within bounds', () => {
    const s = nodeSizes(g, 'degree');
    expect(s.get('vladimir-putin')).toBe(MAX_NODE_SIZE);
    for (const v of s.values()) { expect(v).toBeGreaterThanOrEqual(MIN_NODE_SIZE); expect(v).toBeLessThanOrEqual(MAX_NODE_SIZE); }
  });

  it('by PageRank: a different, still bounded ranking', () => {
    const s = nodeSizes(g, 'pagerank');
    expect(s.size).toBe(g.order);
    for (const v of s.values()) { expect(v).toBeGreaterThanOrEqual(MIN_NODE_SIZE); expect(v).toBeLessThanOrEqual(MAX_NODE_SIZE); }
    expect(s.get('vladimir-putin')!).toBeGreaterThan(s.get('russia')!);
  });

  it('restricted to visible nodes', () => {
    const s = nodeSizes(g, 'degree', new Set(['armenia', 'azerbaijan']));
    expect([...s.keys()].sort()).toEqual(['armenia', 'azerbaijan']);
  });
});

describe('parallelCurvatures', () => {
  it('fans out the CALLED / PRAISES pair and keeps lone edges straight', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood());
    const c = parallelCurvatures(g);
    expect(c.get('r004')).toBe(0);
    const a = c.get('r014')!; // putin → aliyev
    const b = c.get('r016')!; // aliyev → putin
    expect(a).not.toBe(0);
    expect(b).not.toBe(0);
    // Opposite directions with the same signed curvature bend to opposite sides.
    expect(a).toBe(b);
  });
});

describe('parallelCurvatures with many relations between one pair', () => {
  it('fans them all out, distinct and within ±MAX_CURVATURE', () => {
    const g = createStoreGraph();
    const rels = Array.from({ length: 50 }, (_, i) => edge(`m${String(i).padStart(2, '0')}`, i % 3 === 0 ? 'russia' : 'turkey', i % 3 === 0 ? 'turkey' : 'russia', 'MET', { score: 1 }));
    mergeGraph(g, graphJSON([node('russia', 'Country'), node('turkey', 'Country')], rels));
    const c = parallelCurvatures(g);
    // Seen from one canonical direction (the sign flips with the edge's own direction).
    const canonical = rels.map((r) => (r.source === 'russia' ? 1 : -1) * c.get(r.key)!);
    expect(new Set(canonical).size).toBe(50);
    for (const v of canonical) {
      expect(v).not.toBe(0);
      expect(Math.abs(v)).toBeLessThanOrEqual(MAX_CURVATURE + 1e-9);
    }
    expect(Math.max(...canonical.map(Math.abs))).toBeCloseTo(MAX_CURVATURE);
  });
});

describe('withinCurveBudget', () => {
  const curvatures = new Map([['a', 0], ['b', 0.25], ['c', -0.25], ['d', 0.5]]);

  it('keeps the curves while the curved relations fit the budget', () => {
    const r = withinCurveBudget(curvatures, 3);
    expect(r.straightened).toBe(0);
    expect(r.curvatures).toBe(curvatures);
  });

  it('draws everything straight past the budget and counts what it straightened', () => {
    const r = withinCurveBudget(curvatures, 2);
    expect(r.straightened).toBe(3);
    expect(r.curvatures.size).toBe(0);
  });
});
