// The explorer against a recording fake of the renderer: which redraws each interaction asks for.
import type { GraphView } from '../render/types';
import { edge, graphJSON, node, putinNeighbourhood } from '../state/fixtures';
import { CURVED_EDGE_BUDGET, HIDE_WHILE_MOVING_ABOVE_EDGES, hidesWhileMoving } from '../state/style';
import { mergeGraph } from '../state/store';
import { Explorer } from './explorer';

type RefreshArg = Parameters<GraphView['refresh']>[0];

function fakeView(): { view: GraphView; refreshes: RefreshArg[]; hideWhileMoving: boolean[] } {
  const refreshes: RefreshArg[] = [];
  const hideWhileMoving: boolean[] = [];
  const view: GraphView = {
    ok: true,
    refresh: (only) => { refreshes.push(only); },
    on: () => () => {},
    nodeToViewport: () => null, edgeToViewport: () => null,
    getCamera: () => ({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }), setCamera() {}, fit() {}, zoom() {}, unitsPerPixel: () => 1,
    setHideWhileMoving: (on) => { hideWhileMoving.push(on); },
    measureFrames: () => [], toPNG: () => Promise.reject(new Error('no canvas')), toSVG: () => '', kill() {},
  };
  return { view, refreshes, hideWhileMoving };
}

function setUp() {
  const explorer = new Explorer(null);
  mergeGraph(explorer.graph, putinNeighbourhood());
  const { view, refreshes } = fakeView();
  explorer.attachView(view);
  refreshes.length = 0;
  return { explorer, refreshes };
}

describe('Explorer hover', () => {
  it('restyles only the edges whose hover changed, not the whole graph', () => {
    const { explorer, refreshes } = setUp();
    const [a, b] = explorer.graph.edges();
    explorer.hoverEdge(a!);
    explorer.hoverEdge(b!);
    explorer.hoverEdge(null);
    expect(refreshes).toEqual([{ edges: [a] }, { edges: [a, b] }, { edges: [b] }]);
    expect(explorer.state.hoveredEdge).toBeNull();
  });

  it('shows an edge\'s label while it is hovered', () => {
    const { explorer } = setUp();
    const e = explorer.graph.edges()[0]!;
    const look = () => explorer.styler.edge(e, explorer.graph.getEdgeAttributes(e), true);
    expect(look().label).toBe('');
    explorer.hoverEdge(e);
    expect(look().label).toContain(explorer.graph.getEdgeAttribute(e, 'relType'));
    expect(look().forceLabel).toBe(true);
  });

  it('redraws nothing when the hover does not change', () => {
    const { explorer, refreshes } = setUp();
    explorer.hover(null);
    explorer.hoverEdge(null);
    expect(refreshes).toEqual([]);
  });

  it('a node hover focuses its neighbourhood, so it redraws everything once', () => {
    const { explorer, refreshes } = setUp();
    explorer.hover('vladimir-putin');
    explorer.hover('vladimir-putin');
    expect(refreshes).toEqual([undefined]);
    expect(explorer.state.hoveredNode).toBe('vladimir-putin');
  });
});

describe('Explorer on a large graph', () => {
  // n nodes in a ring, each pair of neighbours joined by `parallel` relations.
  function ring(n: number, parallel: number) {
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`));
    const edges = nodes.flatMap((_, i) => Array.from({ length: parallel }, (_, k) => edge(`e${i}-${k}`, `n${i}`, `n${(i + 1) % n}`, 'MET', { date: '2020-10-07', score: 1 })));
    return graphJSON(nodes, edges);
  }
  function open(json: ReturnType<typeof ring>) {
    const explorer = new Explorer(null);
    mergeGraph(explorer.graph, json);
    const fake = fakeView();
    explorer.attachView(fake.view);
    return { explorer, ...fake };
  }

  it('hides relations while the camera moves only past the threshold', () => {
    const small = open(ring(100, 2));
    expect(small.hideWhileMoving).toEqual([false]);
    expect(hidesWhileMoving(small.explorer.state.visible.edges)).toBe(false);
    const big = open(ring(HIDE_WHILE_MOVING_ABOVE_EDGES / 2 + 1, 2));
    expect(big.explorer.state.visible.edges).toBeGreaterThan(HIDE_WHILE_MOVING_ABOVE_EDGES);
    expect(big.hideWhileMoving).toEqual([true]);
    expect(hidesWhileMoving(big.explorer.state.visible.edges)).toBe(true);
  });

  it('fans parallel relations out until there are too many, then draws them straight and says so', () => {
    const curvature = (x: ReturnType<typeof open>) => {
      const e = x.explorer.graph.edges()[0]!;
      return x.explorer.styler.edge(e, x.explorer.graph.getEdgeAttributes(e), true).curvature;
    };
    const few = open(ring(10, 2));
    expect(few.explorer.state.straightened).toBe(0);
    expect(curvature(few)).not.toBe(0);
    const many = open(ring(CURVED_EDGE_BUDGET / 2 + 1, 2));
    expect(many.explorer.state.straightened).toBe(CURVED_EDGE_BUDGET + 2);
    expect(curvature(many)).toBe(0);
  });
});
