// window.__newsgraph: a read-only window onto the store for debugging in the console and for the
// end-to-end tests (which cannot read a WebGL canvas). Accessors return copies; nothing here
// changes the graph.
import type { Explorer } from './explorer';

export interface DebugHook {
  readonly ready: boolean;
  readonly busy: string | null;
  nodes(): string[];
  edges(): { key: string; source: string; target: string; undirected: boolean; attributes: Record<string, unknown> }[];
  node(id: string): Record<string, unknown> | null;
  visibleNodes(): string[];
  visibleEdges(): string[];
  /** Screen position (CSS px relative to the canvas) of a node, or of the middle of an edge as drawn. */
  nodeViewport(id: string): { x: number; y: number } | null;
  edgeViewport(key: string): { x: number; y: number } | null;
  canvasRect(): { x: number; y: number; width: number; height: number } | null;
  selection(): { kind: 'node' | 'edge'; id: string } | null;
  seeds(): string[];
  expanded(): string[];
  layoutRunning(): boolean;
  /** The colour a node is drawn in (entity type, canvas blocs or whole-graph blocs). */
  nodeColor(id: string): string | null;
  /** 'whole' when the whole-graph blocs colour the canvas, 'canvas' for the on-screen Louvain, else 'off'. */
  blocMode(): 'whole' | 'canvas' | 'off';
  /** Times (ms) of `frames` frames rendered while the camera moves, each waited for on the GPU (the client benchmark). */
  measureFrames(frames: number): number[];
  /** Puts the camera somewhere at once (the client benchmark compares both pages' pictures there). */
  setCamera(state: { x: number; y: number; ratio: number; angle: number }): void;
}

export function installDebugHook(explorer: Explorer, canvas: () => HTMLElement | null): void {
  const g = explorer.graph;
  const hook: DebugHook = {
    get ready() { return explorer.state.ready; },
    get busy() { return explorer.state.busy; },
    nodes: () => g.nodes(),
    edges: () => g.mapEdges((key, attributes, source, target, _sa, _ta, undirected) => ({ key, source, target, undirected, attributes: structuredClone(attributes) as Record<string, unknown> })),
    node: (id) => (g.hasNode(id) ? (structuredClone(g.getNodeAttributes(id)) as Record<string, unknown>) : null),
    visibleNodes: () => explorer.visibleNodeIds(),
    visibleEdges: () => explorer.visibleEdgeIds(),
    nodeViewport: (id) => explorer.getView()?.nodeToViewport(id) ?? null,
    edgeViewport: (key) => explorer.getView()?.edgeToViewport(key) ?? null,
    canvasRect: () => {
      const el = canvas();
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selection: () => (explorer.state.selection ? { ...explorer.state.selection } : null),
    seeds: () => [...explorer.state.seeds],
    expanded: () => [...explorer.state.expanded],
    layoutRunning: () => explorer.state.layoutRunning,
    nodeColor: (id) => explorer.nodeColor(id),
    measureFrames: (frames) => explorer.getView()?.measureFrames(frames) ?? [],
    setCamera: (state) => explorer.getView()?.setCamera(state, false),
    blocMode: () => (explorer.state.wholeBlocsOn ? (explorer.state.wholeBlocs ? 'whole' : 'off') : explorer.state.alliancesOn ? 'canvas' : 'off'),
  };
  Object.defineProperty(window, '__newsgraph', { value: Object.freeze(hook), configurable: true });
}

declare global {
  interface Window { __newsgraph?: DebugHook }
}
