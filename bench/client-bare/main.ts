// The bare baseline for the client benchmark: the same graph, the app's sigma settings and edge
// programs (BASE_SETTINGS from client/render/sigma-view.ts), its style functions and FA2 settings,
// but no app around it (no React, no reducers, no store): colours and sizes are computed once into
// attributes. Reads /graph.json ({ graph, positions }) from the
// bench's static server and exposes window.__bare for the harness.
import Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { fa2Settings, layoutWeight } from '../../client/layout/layouts';
import { measureFrames } from '../../client/render/frame-cost';
import { BASE_SETTINGS } from '../../client/render/sigma-view';
import { edgeSize, entityColor, HIDE_WHILE_MOVING_ABOVE_EDGES, nodeSizes, parallelCurvatures, scoreColor, withinCurveBudget } from '../../client/state/style';
import type { EdgeAttrs, StoreGraph } from '../../client/state/types';

interface Payload {
  graph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; source: string; target: string; undirected?: boolean; attributes: Record<string, unknown> }[] };
  positions: Record<string, [number, number]>;
}

// The harness passes the app's canvas size (?w=&h=): the app's side panels leave its canvas smaller
// than the window, and a frame's cost grows with the pixels drawn, so both must draw the same area.
const size = new URLSearchParams(location.search);
const container = document.getElementById('graph')!;
if (size.has('w') && size.has('h')) Object.assign(container.style, { right: 'auto', bottom: 'auto', width: `${Number(size.get('w'))}px`, height: `${Number(size.get('h'))}px` });

const payload = (await (await fetch('/graph.json')).json()) as Payload;
const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
for (const n of payload.graph.nodes) {
  const [x, y] = payload.positions[n.key] ?? [0, 0];
  g.addNode(n.key, { x, y, label: String(n.attributes.name ?? n.key), color: entityColor(String(n.attributes.entityType)), size: 4 });
}
for (const e of payload.graph.edges) {
  const score = typeof e.attributes.score === 'number' ? e.attributes.score : 0;
  const attrs = { score, color: scoreColor(score), size: edgeSize(score), type: e.undirected ? 'line' : 'arrow' };
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
  ...BASE_SETTINGS,
  // The app's large-graph rule, so both pages draw the same thing while the camera moves.
  hideEdgesOnMove: g.size > HIDE_WHILE_MOVING_ABOVE_EDGES,
  hideLabelsOnMove: g.size > HIDE_WHILE_MOVING_ABOVE_EDGES,
});

// The app's FA2 settings and edge weights (client/layout/layouts.ts).
let fa2: FA2LayoutSupervisor | null = null;
const bare = {
  ready: true,
  nodes: g.order,
  edges: g.size,
  cam: () => sigma.getCamera().getState(),
  setCamera: (state: { x: number; y: number; ratio: number; angle: number }) => { sigma.getCamera().setState(state); },
  rect: () => { const r = sigma.getContainer().getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; },
  startLayout: () => {
    fa2 ??= new FA2LayoutSupervisor(g, { settings: fa2Settings(g as unknown as StoreGraph), getEdgeWeight: (_e, a) => layoutWeight(a as unknown as EdgeAttrs) });
    fa2.start();
  },
  stopLayout: () => { fa2?.stop(); },
  measureFrames: (frames: number) => measureFrames(sigma, frames),
};
(window as unknown as { __bare: typeof bare }).__bare = bare;
