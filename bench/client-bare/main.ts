// The bare baseline for the client benchmark: the same graph and the same sigma settings and edge
// programs as client/render/sigma-view.ts, but no app around it (no React, no reducers, no store):
// colours and sizes are precomputed attributes. Reads /graph.json ({ graph, positions }) from the
// bench's static server and exposes window.__bare for the harness.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { createEdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { createEdgeCurveProgram } from '@sigma/edge-curve';
import { measureFrames } from '../../client/render/frame-cost';
import { HIDE_WHILE_MOVING_ABOVE_EDGES, nodeSizes, parallelCurvatures, withinCurveBudget } from '../../client/state/style';
import type { StoreGraph } from '../../client/state/types';

interface Payload {
  graph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; source: string; target: string; undirected?: boolean; attributes: Record<string, unknown> }[] };
  positions: Record<string, [number, number]>;
}

const COLORS: Record<string, string> = { Person: '#e8833a', Country: '#3a78c9', Organization: '#8a5cc2', Place: '#2a9d8f' };
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const ARROW_HEAD = { lengthToThicknessRatio: 4, widenessToThicknessRatio: 3.5 };

// The harness passes the app's canvas size (?w=&h=): the app's side panels leave its canvas smaller
// than the window, and a frame's cost grows with the pixels drawn, so both must draw the same area.
const size = new URLSearchParams(location.search);
const container = document.getElementById('graph')!;
if (size.has('w') && size.has('h')) Object.assign(container.style, { right: 'auto', bottom: 'auto', width: `${Number(size.get('w'))}px`, height: `${Number(size.get('h'))}px` });

const payload = (await (await fetch('/graph.json')).json()) as Payload;
const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
for (const n of payload.graph.nodes) {
  const [x, y] = payload.positions[n.key] ?? [0, 0];
  g.addNode(n.key, { x, y, label: String(n.attributes.name ?? n.key), color: COLORS[String(n.attributes.entityType)] ?? '#8d939b', size: 4 });
}
for (const e of payload.graph.edges) {
  const score = typeof e.attributes.score === 'number' ? e.attributes.score : 0;
  const attrs = { color: score > 0 ? '#1a9850' : score < 0 ? '#d73027' : '#a3a8b0', size: 1 + Math.abs(score) / 4, type: e.undirected ? 'line' : 'arrow' };
  if (e.undirected) g.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
  else g.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
}
// The app's own node sizes (by degree, its default), so both pages fill the same pixels.
for (const [n, size] of nodeSizes(g as unknown as StoreGraph, 'degree')) g.setNodeAttribute(n, 'size', size);
// Parallel relations fan out as in the app, under the same budget of curved edges.
const { curvatures } = withinCurveBudget(parallelCurvatures(g));
for (const [e, curvature] of curvatures) {
  if (curvature === 0) continue;
  g.mergeEdgeAttributes(e, { curvature, type: g.isUndirected(e) ? 'curved' : 'curvedArrow' });
}

const sigma = new Sigma(g, container, {
  allowInvalidContainer: true,
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  zIndex: true,
  labelFont: LABEL_FONT,
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#1f2328' },
  edgeLabelFont: LABEL_FONT,
  edgeLabelSize: 11,
  edgeLabelWeight: '600',
  labelDensity: 1,
  labelGridCellSize: 70,
  labelRenderedSizeThreshold: 1,
  minEdgeThickness: 1,
  stagePadding: 60,
  defaultEdgeType: 'line',
  // The app's large-graph rule, so both pages draw the same thing while the camera moves.
  hideEdgesOnMove: g.size > HIDE_WHILE_MOVING_ABOVE_EDGES,
  hideLabelsOnMove: g.size > HIDE_WHILE_MOVING_ABOVE_EDGES,
  edgeProgramClasses: {
    arrow: createEdgeArrowProgram(ARROW_HEAD),
    line: EdgeRectangleProgram,
    curved: EdgeCurveProgram,
    curvedArrow: createEdgeCurveProgram({ arrowHead: { extremity: 'target', ...ARROW_HEAD } }),
  },
});

// The same FA2 settings the app's layout uses (client/layout/layouts.ts).
let fa2: FA2LayoutSupervisor | null = null;
const bare = {
  ready: true,
  nodes: g.order,
  edges: g.size,
  cam: () => sigma.getCamera().getState(),
  rect: () => { const r = sigma.getContainer().getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; },
  startLayout: () => {
    fa2 ??= new FA2LayoutSupervisor(g, { settings: { ...forceAtlas2.inferSettings(g), adjustSizes: false, linLogMode: false } });
    fa2.start();
  },
  stopLayout: () => { fa2?.stop(); },
  measureFrames: (frames: number) => measureFrames(sigma, frames),
};
(window as unknown as { __bare: typeof bare }).__bare = bare;
