import { collapse, createStoreGraph, typicalEdgeLength, deriveOrigins, mergeGraph, removeNode, restoreGraph, snapshotGraph } from './store';
import { History } from './history';
import { aliyevNeighbourhood, putinNeighbourhood } from './fixtures';

describe('mergeGraph', () => {
  it('adds nodes with positions and edges with their direction', () => {
    const g = createStoreGraph();
    const r = mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    expect(r.addedNodes.sort()).toEqual(['emmanuel-macron', 'ilham-aliyev', 'russia', 'vladimir-putin']);
    expect(g.size).toBe(4);
    expect(g.isUndirected('r014')).toBe(true);
    expect(g.isDirected('r016')).toBe(true);
    g.forEachNode((_n, a) => { expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true); });
    // The origin is the centre of its neighbourhood.
    expect(g.getNodeAttributes('vladimir-putin')).toMatchObject({ x: 0, y: 0 });
    expect(g.getNodeAttribute('russia', 'origins')).toEqual(['vladimir-putin']);
  });

  it('keeps existing positions and places new nodes near the expanded node', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    g.setNodeAttribute('ilham-aliyev', 'x', 100);
    g.setNodeAttribute('ilham-aliyev', 'y', 50);
    const before = g.getNodeAttributes('vladimir-putin');
    const typical = typicalEdgeLength(g);
    const r = mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });
    expect(r.addedNodes.sort()).toEqual(['armenia', 'azerbaijan']);
    expect(r.addedEdges.sort()).toEqual(['r090', 'r091']);
    expect(g.getNodeAttributes('vladimir-putin')).toMatchObject({ x: before.x, y: before.y });
    const az = g.getNodeAttributes('azerbaijan');
    // Around the expanded node, at about the picture's usual edge length.
    expect(Math.hypot(az.x - 100, az.y - 50)).toBeLessThan(1.5 * typical);
    expect(Math.hypot(az.x - 100, az.y - 50)).toBeGreaterThan(0.5 * typical);
    expect(g.getNodeAttribute('vladimir-putin', 'origins')!.sort()).toEqual(['ilham-aliyev', 'vladimir-putin']);
    // No duplicate edge for a relation that came twice.
    expect(g.edges('vladimir-putin', 'ilham-aliyev').length).toBe(2);
  });

  it('uses given positions (a restored view)', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood(), { positions: { russia: [5, -7] } });
    expect(g.getNodeAttributes('russia')).toMatchObject({ x: 5, y: -7 });
  });

  it('skips edges whose ends are missing', () => {
    const g = createStoreGraph();
    const json = putinNeighbourhood();
    json.nodes = json.nodes.filter((n) => n.key !== 'russia');
    mergeGraph(g, json);
    expect(g.hasEdge('r004')).toBe(false);
  });
});

describe('collapse and remove', () => {
  it('removes only what the expansion alone brought in', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });
    const removed = collapse(g, 'ilham-aliyev');
    expect(removed.sort()).toEqual(['armenia', 'azerbaijan']);
    expect(g.hasNode('vladimir-putin')).toBe(true);
    expect(g.hasNode('ilham-aliyev')).toBe(true);
    expect(g.getNodeAttribute('vladimir-putin', 'origins')).toEqual(['vladimir-putin']);
  });

  it('collapsing the seed removes its neighbourhood but keeps the seed', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    collapse(g, 'vladimir-putin');
    expect(g.nodes()).toEqual(['vladimir-putin']);
  });

  it('removeNode drops the node and its own expansion', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });
    expect(removeNode(g, 'ilham-aliyev').sort()).toEqual(['armenia', 'azerbaijan', 'ilham-aliyev']);
    expect(g.hasNode('russia')).toBe(true);
  });

  it('deriveOrigins rebuilds origins from seeds and expansions', () => {
    const g = createStoreGraph();
    mergeGraph(g, putinNeighbourhood());
    mergeGraph(g, aliyevNeighbourhood());
    deriveOrigins(g, ['vladimir-putin', 'ilham-aliyev']);
    expect(g.getNodeAttribute('azerbaijan', 'origins')).toEqual(['ilham-aliyev']);
    expect(g.getNodeAttribute('armenia', 'origins')).toEqual(['view']);
    expect(collapse(g, 'ilham-aliyev')).toEqual(['azerbaijan']);
  });
});

describe('undo / redo over snapshots', () => {
  it('restores the graph, positions included, both ways', () => {
    const g = createStoreGraph();
    const h = new History<ReturnType<typeof snapshotGraph>>();
    mergeGraph(g, putinNeighbourhood(), { origin: 'vladimir-putin' });
    const s1 = snapshotGraph(g);
    h.push(s1);
    mergeGraph(g, aliyevNeighbourhood(), { origin: 'ilham-aliyev' });
    expect(g.order).toBe(6);
    const back = h.undo(snapshotGraph(g));
    expect(back).not.toBeNull();
    restoreGraph(g, back!);
    expect(g.order).toBe(4);
    expect(g.getNodeAttributes('russia')).toEqual(s1.nodes.find((n) => n.key === 'russia')!.attributes);
    expect(h.canRedo).toBe(true);
    const fwd = h.redo(snapshotGraph(g));
    restoreGraph(g, fwd!);
    expect(g.order).toBe(6);
    expect(g.hasEdge('r091')).toBe(true);
    expect(g.isUndirected('r091')).toBe(true);
  });

  it('a new change clears redo; the limit drops the oldest', () => {
    const h = new History<number>(2);
    h.push(1); h.push(2); h.push(3);
    expect(h.undo(4)).toBe(3);
    h.push(10);
    expect(h.canRedo).toBe(false);
    expect(h.undo(11)).toBe(10);
    expect(h.undo(10)).toBe(2);
    expect(h.undo(2)).toBeNull();
  });
});
