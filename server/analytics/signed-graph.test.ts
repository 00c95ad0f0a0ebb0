import { computeDyads } from './dyads';
import { frustration, positivePart, signedGraph } from './signed-graph';
import { actorRelations, row } from './test-fixture';

describe('signedGraph', () => {
  const dyads = computeDyads(actorRelations([
    row('SUPPORTS', 'a', 'b'), row('FIGHTS', 'b', 'c'), row('CALLED', 'a', 'd'), row('ACCUSES', 'a', 'd', { score: -1 }),
  ]));
  const g = signedGraph(dyads);

  it('has one edge per dyad with a non-zero sum, weighted by it', () => {
    expect(g.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(g.size).toBe(2);
    expect(g.getEdgeAttribute(g.edge('a', 'b')!, 'weight')).toBe(3.4);
    expect(g.getEdgeAttribute(g.edge('c', 'b')!, 'weight')).toBe(-10);
    expect(g.hasEdge('a', 'd')).toBe(false);
  });

  it('keeps only cooperation in its positive part', () => {
    const p = positivePart(g);
    expect(p.order).toBe(4);
    expect(p.edges().map((e) => p.extremities(e))).toEqual([['a', 'b']]);
  });

  it('measures frustration as the weight of the ties a partition gets wrong', () => {
    expect(frustration(g, (n) => (n === 'c' ? 2 : 1))).toEqual({ frustration: 0, negativeWithin: 0, positiveBetween: 0, total: 13.4 });
    expect(frustration(g, () => 1)).toMatchObject({ frustration: 10, negativeWithin: 10 });
    expect(frustration(g, (n) => n)).toMatchObject({ frustration: 3.4, positiveBetween: 3.4 });
  });
});
