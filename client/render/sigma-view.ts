// The sigma 3 implementation of GraphView: programs, reducers, events, dragging, camera, images.
// The only module (with svg.ts) that knows sigma exists.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { createEdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import EdgeCurveProgram, { createEdgeCurveProgram } from '@sigma/edge-curve';
import { toBlob } from '@sigma/export-image';
import type { EdgeAttrs, NodeAttrs, StoreGraph } from '../state/types';
import { measureFrames } from './frame-cost';
import { toSVG } from './svg';
import type { CameraState, GraphView, Point, RendererEvents, Styler } from './types';

type Listeners = { [K in keyof RendererEvents]: Set<RendererEvents[K]> };

const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

// Bigger arrow heads than sigma's defaults: with thin edges the default head is a few pixels and
// the direction of "Aliyev PRAISES Putin" is lost.
const ARROW_HEAD = { lengthToThicknessRatio: 4, widenessToThicknessRatio: 3.5 };
const EdgeArrowProgram = createEdgeArrowProgram(ARROW_HEAD);
const EdgeCurvedArrowProgram = createEdgeCurveProgram({ arrowHead: { extremity: 'target', ...ARROW_HEAD } });

/** Every sigma setting of the canvas except the reducers. Exported for the client benchmark's bare
 *  sigma page, which must draw with exactly these. */
export const BASE_SETTINGS = {
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
  edgeLabelColor: { color: '#3d444d' },
  labelDensity: 1,
  labelGridCellSize: 70,
  labelRenderedSizeThreshold: 1,
  minEdgeThickness: 1,
  stagePadding: 60,
  defaultEdgeType: 'line',
  edgeProgramClasses: {
    arrow: EdgeArrowProgram,
    line: EdgeRectangleProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
  },
} satisfies Partial<Settings>;

/** Sigma program names for straight / curved, directed / undirected edges. */
function edgeProgram(directed: boolean, curvature: number): string {
  if (curvature !== 0) return directed ? 'curvedArrow' : 'curved';
  return directed ? 'arrow' : 'line';
}

export function createGraphView(graph: StoreGraph, container: HTMLElement, styler: Styler): GraphView {
  const listeners = {} as Listeners;
  const emit = <K extends keyof RendererEvents>(k: K, ...args: Parameters<RendererEvents[K]>) => {
    for (const fn of listeners[k] ?? []) (fn as (...a: unknown[]) => void)(...args);
  };

  let sigma: Sigma;
  try {
    // Sigma's program classes are typed for plain attributes; the store's richer types are only
    // read back in the reducers below.
    sigma = new Sigma(graph as unknown as ConstructorParameters<typeof Sigma>[0], container, {
      ...BASE_SETTINGS,
      nodeReducer: (id, raw) => {
        const attrs = raw as NodeAttrs;
        const v = styler.node(id, attrs);
        return { x: attrs.x, y: attrs.y, ...v };
      },
      edgeReducer: (id, raw) => {
        const directed = !graph.isUndirected(id);
        const v = styler.edge(id, raw as EdgeAttrs, directed);
        // `curvature` is read by the curve programs from the display data.
        return { label: v.label, color: v.color, size: v.size, hidden: v.hidden, forceLabel: v.forceLabel, zIndex: v.zIndex, type: edgeProgram(v.directed, v.curvature), curvature: v.curvature };
      },
    });
  } catch (e) {
    // No WebGL: the app explains instead of showing a blank canvas.
    console.warn('newsgraph: the graph canvas could not start', e);
    return brokenView(container);
  }

  // Dragging: pressing on a node grabs it; the camera stays put while it moves.
  let dragged: string | null = null;
  let dragMoved = false;
  sigma.on('downNode', ({ node, event }) => {
    if ((event.original as MouseEvent).button !== undefined && (event.original as MouseEvent).button !== 0) return;
    dragged = node;
    dragMoved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    if (!dragMoved) emit('dragStart', dragged);
    dragMoved = true;
    const p = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (!dragged) return;
    const id = dragged;
    dragged = null;
    // Let sigma frame the graph again now that nothing is held.
    sigma.setCustomBBox(null);
    if (dragMoved) emit('dragEnd', id);
  };
  sigma.on('upNode', endDrag);
  sigma.on('upStage', endDrag);
  sigma.getMouseCaptor().on('mouseup', endDrag);

  sigma.on('clickNode', ({ node }) => { if (!dragMoved) emit('clickNode', node); });
  sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault(); // no zoom: a double-click on a node expands it
    emit('doubleClickNode', node);
  });
  sigma.on('rightClickNode', ({ node, event }) => {
    event.original.preventDefault();
    emit('rightClickNode', node, { x: event.x, y: event.y });
  });
  sigma.on('clickEdge', ({ edge }) => emit('clickEdge', edge));
  sigma.on('clickStage', () => emit('clickStage'));
  sigma.on('enterNode', ({ node }) => { container.style.cursor = 'pointer'; emit('enterNode', node); });
  sigma.on('leaveNode', ({ node }) => { container.style.cursor = ''; emit('leaveNode', node); });
  sigma.on('enterEdge', ({ edge }) => { container.style.cursor = 'pointer'; emit('enterEdge', edge); });
  sigma.on('leaveEdge', ({ edge }) => { container.style.cursor = ''; emit('leaveEdge', edge); });
  sigma.getCamera().on('updated', (s) => emit('camera', { x: s.x, y: s.y, ratio: s.ratio, angle: s.angle }));
  container.addEventListener('contextmenu', (e) => e.preventDefault());

  const nodeToViewport = (id: string): Point | null => {
    if (!graph.hasNode(id)) return null;
    const a = graph.getNodeAttributes(id);
    return sigma.graphToViewport({ x: a.x, y: a.y });
  };

  return {
    ok: true,
    refresh(only) {
      if (!only) { sigma.refresh(); return; }
      // Position, size and z-order are unchanged, so sigma may skip re-indexing the whole graph.
      const nodes = (only.nodes ?? []).filter((n) => graph.hasNode(n));
      const edges = (only.edges ?? []).filter((e) => graph.hasEdge(e));
      sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    },
    on(event, fn) {
      const set = ((listeners as Record<string, Set<unknown>>)[event] ??= new Set()) as Set<typeof fn>;
      set.add(fn);
      return () => { set.delete(fn); };
    },
    nodeToViewport,
    edgeToViewport(id) {
      if (!graph.hasEdge(id)) return null;
      const s = nodeToViewport(graph.source(id));
      const t = nodeToViewport(graph.target(id));
      if (!s || !t) return null;
      const data = sigma.getEdgeDisplayData(id) as (ReturnType<typeof sigma.getEdgeDisplayData> & { curvature?: number }) | undefined;
      const c = data?.curvature ?? 0;
      // The curve programs draw a quadratic Bézier whose control point is the midpoint pushed by
      // curvature × (dy, −dx) in screen space; the curve's middle is half-way to that point.
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      return { x: (s.x + t.x) / 2 + 0.5 * c * dy, y: (s.y + t.y) / 2 - 0.5 * c * dx };
    },
    getCamera() {
      const s = sigma.getCamera().getState();
      return { x: s.x, y: s.y, ratio: s.ratio, angle: s.angle };
    },
    setCamera(state, animate = false) {
      const cam = sigma.getCamera();
      if (animate) void cam.animate(state, { duration: 400 });
      else cam.setState(state);
    },
    fit(nodes) {
      const cam = sigma.getCamera();
      // Ratio 1 frames the nodes exactly; a little more leaves room for the labels on the right.
      if (!nodes || nodes.length === 0) { void cam.animate({ x: 0.5, y: 0.5, ratio: 1.12, angle: 0 }, { duration: 400 }); return; }
      // Display data positions are in the normalised frame the camera works in.
      let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
      for (const n of nodes) {
        const d = sigma.getNodeDisplayData(n);
        if (!d) continue;
        minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
        minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
      }
      if (!Number.isFinite(minX)) return;
      const ratio = Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.4);
      void cam.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
    },
    zoom(factor) {
      const cam = sigma.getCamera();
      if (factor > 1) void cam.animatedZoom({ duration: 200, factor });
      else void cam.animatedUnzoom({ duration: 200, factor: 1 / factor });
    },
    unitsPerPixel() {
      const a = sigma.viewportToGraph({ x: 0, y: 0 });
      const b = sigma.viewportToGraph({ x: 100, y: 0 });
      const d = Math.hypot(b.x - a.x, b.y - a.y) / 100;
      return Number.isFinite(d) && d > 0 ? d : 1;
    },
    setHideWhileMoving(on) {
      if (sigma.getSetting('hideEdgesOnMove') === on) return;
      sigma.setSetting('hideEdgesOnMove', on);
      sigma.setSetting('hideLabelsOnMove', on);
    },
    measureFrames: (frames) => measureFrames(sigma, frames),
    toPNG: () => toBlob(sigma, { format: 'png', backgroundColor: '#ffffff', fileName: 'newsgraph' }),
    toSVG: () => toSVG(sigma, graph),
    kill: () => { sigma.kill(); },
  };
}

function brokenView(container: HTMLElement): GraphView {
  return {
    ok: false,
    refresh() {}, on: () => () => {}, nodeToViewport: () => null, edgeToViewport: () => null,
    getCamera: () => ({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }), setCamera() {}, fit() {}, zoom() {}, unitsPerPixel: () => 1, setHideWhileMoving() {}, measureFrames: () => [],
    toPNG: () => Promise.reject(new Error('The graph canvas is not available')),
    toSVG: () => '',
    kill() { container.replaceChildren(); },
  };
}
