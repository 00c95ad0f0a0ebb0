import { applyCircular, applyNoverlap, layoutWeight, settleNodes } from './layouts';
import { createStoreGraph, mergeGraph } from '../state/store';
import { aliyevNeighbourhood, putinNeighbourhood } from '../state/fixtures';

describe('one-shot layouts', () => {
  it('settleNodes moves only the newcomers', () => {
    const g = createStoreGraph();
    const first = mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    settleNodes(g, first.addedNodes);
    const before = Object.fromEntries(g.mapNodes((n, a) => [n, [a.x, a.y]]));
    const second = mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });
    const placed = Object.fromEntries(second.addedNodes.map((n) => [n, [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]]));
    settleNodes(g, second.addedNodes);
    for (const [n, [x, y]] of Object.entries(before)) {
      expect(g.getNodeAttribute(n, 'x')).toBe(x);
      expect(g.getNodeAttribute(n, 'y')).toBe(y);
    }
    for (const n of second.addedNodes) {
      const a = g.getNodeAttributes(n);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect([a.x, a.y]).not.toEqual(placed[n]);
      expect(a.fixed).toBeUndefined(); // pinning happened on a copy
    }
  });

  it('circular puts every node on one circle; noverlap separates stacked nodes', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood());
    applyCircular(g);
    const r = g.mapNodes((_n, a) => Math.hypot(a.x, a.y));
    for (const v of r) expect(v).toBeCloseTo(r[0]!, 5);
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: 1, y: 1 }));
    applyNoverlap(g);
    const spots = new Set(g.mapNodes((_n, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`));
    expect(spots.size).toBe(g.order);
  });

  it('cooperation pulls harder than conflict', () => {
    expect(layoutWeight({ relType: 'PROVIDES_MILITARY_AID', score: 8.3 })).toBeGreaterThan(layoutWeight({ relType: 'CALLED', score: 1 }));
    expect(layoutWeight({ relType: 'FIGHTS', score: -10 })).toBeLessThan(layoutWeight({ relType: 'HOLDS_OFFICE', score: 0 }));
  });
});
